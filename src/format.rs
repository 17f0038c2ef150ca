//! Number formatting, the one place it is done: figures as printed in Chinese, and in English
//! with 万, 亿 and 万亿 expanded (12.5万 → 125,000; 8263亿 → 826.3 billion) and qualifiers spelled out (余 → more than).

use crate::model::{printed_span, Figure, Lang, Mention};

/// Groups the integer part in threes with commas: `30389` → `30,389`.
fn group_thousands(int: &str) -> String {
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(*d);
    }
    out
}

/// A number with `decimals` places, without trailing zeros, grouped for `lang`
/// (Chinese prints no group separator, as on the page).
pub fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let int = match lang {
        Lang::Zh => int.to_string(),
        Lang::En => group_thousands(int),
    };
    let sign = if value < 0.0 && text.chars().any(|c| c != '0' && c != '.') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// The English for a printed qualifier: 约 is “about”; 以上 includes its bound (“at least”);
/// 余, 多, 突破 and 超过 are “more than”.
pub fn qualifier_en(qualifier: &str) -> &'static str {
    match qualifier {
        "约" => "about",
        "以上" => "at least",
        _ => "more than",
    }
}

/// An English amount with its qualifier before it: `about 440,000 m²`, `at least a third`,
/// `more than 1,600 firms`.
fn qualified_en(qualifier: &str, amount: &str) -> String {
    format!("{} {amount}", qualifier_en(qualifier))
}

/// A printed fraction in English words where there is a common one (`1/3` → `a third`),
/// else as printed.
pub fn fraction_en(numeral: &str) -> String {
    match numeral {
        "1/2" => "half",
        "1/3" => "a third",
        "2/3" => "two thirds",
        "1/4" => "a quarter",
        "3/4" => "three quarters",
        "1/5" => "a fifth",
        other => other,
    }
    .to_string()
}

/// Decimal places in a printed numeral (`6.82` → 2).
pub fn decimals_of(numeral: &str) -> usize {
    numeral.split_once('.').map_or(0, |(_, f)| f.len())
}

/// The number and unit in English, without qualifier: `68,200 m²` for 6.82万平方米,
/// `826.3 billion yuan` for 8263亿元, `a third` for 1/3. (In Chinese a figure is always shown as
/// printed, qualifier and all.)
fn amount_en(figure: &Figure) -> String {
    if figure.numeral.contains('/') {
        return fraction_en(&figure.numeral);
    }
    let scale = figure.scale().map_or(0, |s| s.exponent());
    let number = large_number_en(figure.base_value(), decimals_of(&figure.numeral), scale);
    match figure.unit.en.as_str() {
        "" => number,
        "%" => format!("{number}%"),
        unit => format!("{number} {unit}"),
    }
}

/// A number in English as a news desk writes it: in full below a million (`68,200`), else in
/// millions, billions or trillions (`826.3 billion`, `7 trillion`), unless it was printed in
/// full and its words would need more than two decimals (`1,234,567`). `printed_decimals` and
/// `printed_exponent` say how it was printed (8263亿: 0 decimals of 10⁸), so it keeps the
/// printed precision and invents none.
pub fn large_number_en(value: f64, printed_decimals: usize, printed_exponent: i32) -> String {
    let (exponent, divisor, word) = match value.abs() {
        v if v >= 1e12 => (12, 1e12, " trillion"),
        v if v >= 1e9 => (9, 1e9, " billion"),
        v if v >= 1e6 => (6, 1e6, " million"),
        _ => (0, 1.0, ""),
    };
    let decimals = (printed_decimals as i32 + exponent - printed_exponent).max(0) as usize;
    let number = format_number(value / divisor, decimals, Lang::En);
    // A number printed in full reads in full where its words would need more than two
    // decimals (1,234,567, not 1.234567 million).
    if printed_exponent == 0 && decimals_of(&number) > 2 {
        return format_number(value, printed_decimals, Lang::En);
    }
    format!("{number}{word}")
}

/// The figure as a reader sees it: in Chinese exactly as printed (`突破1600家`), in English
/// with the qualifier spelled out (`more than 1,600 firms`).
pub fn format_figure(figure: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => figure.display.clone(),
        Lang::En => {
            let amount = amount_en(figure);
            match figure.qualifier.as_deref() {
                Some(q) => qualified_en(q, &amount),
                None => amount,
            }
        }
    }
}

/// A figure's label as it is set under its number (a card, a lead figure, a share image): in
/// English, a label that reads after the figure (`label_follows_value`) goes on with its phrase,
/// in lower case ("10 city parks" / "built", not "Built", a fragment set as a sentence); any
/// other as it is ("Forest cover").
pub fn shown_label(figure: &Figure, lang: Lang) -> std::borrow::Cow<'_, str> {
    match lang {
        Lang::En if figure.label_follows_value => in_sentence(&figure.label.en, lang).into(),
        _ => figure.label.get(lang).into(),
    }
}

/// A figure's title where it stands alone (a page's title, a link preview, a CSV row): its
/// label and the figure, in the order that makes one phrase. In Chinese the label leads
/// (`森林覆盖率50.7%`); in English the label leads after a colon ("Forest cover: 50.7%"), or,
/// where it reads after the figure (`label_follows_value`), follows it ("10 city parks built").
pub fn figure_title(figure: &Figure, lang: Lang) -> String {
    let value = format_figure(figure, lang);
    match lang {
        Lang::Zh => format!("{}{value}", figure.label.zh),
        Lang::En if figure.label_follows_value => {
            format!("{} {}", capitalised(&value), shown_label(figure, lang))
        }
        Lang::En => format!("{}: {value}", figure.label.en),
    }
}

/// `text` in double quotation marks, a quotation inside it in single ones, as Chinese and
/// English both nest them (“38个‘邮票广场’”, not “38个“邮票广场””).
pub fn quoted(text: &str) -> String {
    let inner: String = text
        .chars()
        .map(|c| match c {
            '“' => '‘',
            '”' => '’',
            c => c,
        })
        .collect();
    format!("“{inner}”")
}

/// A headline cited in running text in `lang`: in title marks in Chinese (《…》), in quotation
/// marks in English, as the share image and the page both cite the page's own.
pub fn cited_headline(headline: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("《{headline}》"),
        Lang::En => quoted(headline),
    }
}

/// `text` with its first letter in upper case ("more than 520" → "More than 520").
pub fn capitalised(text: &str) -> String {
    with_first(text, char::to_ascii_uppercase)
}

/// A label set inside an English sentence, after a colon, in a list or after its number
/// ("Largest: strategic emerging manufacturing, 67%"; "155 firms classed as…"): its first
/// letter in lower case, as English sets a common word there; one that starts with an
/// abbreviation (R&D, 5G) is kept. (A chart's labels start
/// with common words, never a name: a test holds them to it.) Chinese as it is.
pub fn in_sentence(label: &str, lang: Lang) -> String {
    let mut chars = label.chars();
    let common = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == ' ');
    match lang {
        Lang::En if common => lower_first(label),
        _ => label.to_string(),
    }
}

/// `text` with its first letter in lower case, set inside a sentence ("During the 13th …" →
/// "during the 13th …").
pub fn lower_first(text: &str) -> String {
    with_first(text, char::to_ascii_lowercase)
}

/// `text` with `case` applied to its first letter. ASCII case only: Unicode's case tables would
/// cost the bundle kilobytes for English.
fn with_first(text: &str, case: fn(&char) -> char) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |c| {
        std::iter::once(case(&c)).chain(chars).collect()
    })
}

/// A figure as shown (`format_figure`) split where its number ends, so that the number can be
/// set large and its unit smaller: `12.5万人` → `12.5`, `万人`; "6.82 beds per 1,000 people" →
/// "6.82", " beds per 1,000 people"; "more than 50 schools" → "more than 50", " schools". A
/// figure in words ("a third") is all number.
pub fn split_at_unit(shown: &str) -> (&str, &str) {
    let Some(start) = shown.find(|c: char| c.is_ascii_digit()) else {
        return (shown, "");
    };
    let end = shown[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '%' || c == '/'))
        .map_or(shown.len(), |i| start + i);
    shown.split_at(end)
}

/// A mention's own wording of its figure, where the mentions word it differently: in Chinese
/// the exact piece of its quote (`突破1600家`, `突破340个蓝天`), in English the figure with this
/// mention's qualifier (`more than 1,600 firms`).
pub fn format_mention(figure: &Figure, mention: &Mention, lang: Lang) -> String {
    let qualifier = mention.qualifier.as_deref().or(figure.qualifier.as_deref());
    match lang {
        Lang::Zh => {
            let quote = &mention.quote;
            let Some(mut span) = printed_span(quote, &figure.numeral) else {
                return format_figure(figure, lang);
            };
            // With its unit, where the quote prints it right after, or within the words that
            // name what is counted (`突破340个蓝天`: 340 days, worded as blue-sky days).
            let unit = figure.unit.zh.as_str();
            let after = &quote[span.end..];
            let within = after
                .char_indices()
                .take(3)
                .take_while(|(_, c)| crate::typeset::ideograph(*c))
                .map(|(i, c)| i + c.len_utf8())
                .find(|&end| !unit.is_empty() && after[..end].ends_with(unit));
            if let Some(end) = within {
                span.end += end;
            }
            quote[span].to_string()
        }
        Lang::En => match qualifier {
            Some(q) => qualified_en(q, &amount_en(figure)),
            None => format_figure(figure, lang),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bilingual, FigureKind};

    fn figure(
        value: f64,
        numeral: &str,
        unit: (&str, &str),
        display: &str,
        q: Option<&str>,
    ) -> Figure {
        Figure {
            id: "f".into(),
            group: "g".into(),
            label: Bilingual {
                zh: "标签".into(),
                en: "label".into(),
            },
            short_label: None,
            label_follows_value: false,
            said_by: None,
            value,
            numeral: numeral.into(),
            unit: Bilingual {
                zh: unit.0.into(),
                en: unit.1.into(),
            },
            display: display.into(),
            qualifier: q.map(Into::into),
            kind: FigureKind::Count,
            part_of: None,
            definition: None,
            action: None,
            period: None,
            mentions: vec![],
        }
    }

    #[test]
    fn a_quotation_inside_a_quote_takes_single_marks() {
        assert_eq!(super::quoted("38个“邮票广场”"), "“38个‘邮票广场’”");
        assert_eq!(
            super::quoted("the “old-flat lift dream” of 605 households"),
            "“the ‘old-flat lift dream’ of 605 households”"
        );
        assert_eq!(super::quoted("达到6.82张"), "“达到6.82张”");
    }

    #[test]
    fn a_figure_splits_where_its_number_ends() {
        assert_eq!(split_at_unit("12.5万人"), ("12.5", "万人"));
        assert_eq!(split_at_unit("8.6%"), ("8.6%", ""));
        assert_eq!(
            split_at_unit("6.82 beds per 1,000 people"),
            ("6.82", " beds per 1,000 people")
        );
        assert_eq!(split_at_unit("125,000 jobs"), ("125,000", " jobs"));
        assert_eq!(
            split_at_unit("more than 50 schools"),
            ("more than 50", " schools")
        );
        assert_eq!(split_at_unit("1/3以上"), ("1/3", "以上"));
        assert_eq!(split_at_unit("a third"), ("a third", ""));
        assert_eq!(split_at_unit("三届"), ("三届", ""));
    }

    #[test]
    fn a_title_standing_alone_reads_as_one_phrase_in_both_languages() {
        let content = crate::content::content();
        let title = |id: &str, lang| figure_title(content.figure(id).unwrap(), lang);
        assert_eq!(title("forest-cover", Lang::Zh), "森林覆盖率50.7%");
        assert_eq!(title("forest-cover", Lang::En), "Forest cover: 50.7%");
        assert_eq!(title("city-parks", Lang::Zh), "建成城市公园10个");
        assert_eq!(title("city-parks", Lang::En), "10 city parks built");
        assert_eq!(
            title("hospital-beds", Lang::En),
            "6.82 beds per 1,000 people in hospitals and other medical facilities"
        );
        assert_eq!(
            title("rd-teams", Lang::En),
            "More than 520 technology-based firms and R&D teams drawn to the innovation spaces"
        );
        assert_eq!(title("firms-closed", Lang::En), "20 firms shut down");
    }

    #[test]
    fn wan_expands_in_english_and_stays_as_printed_in_chinese() {
        let f = figure(12.5, "12.5", ("万人", "people"), "12.5万人", None);
        assert_eq!(format_figure(&f, Lang::Zh), "12.5万人");
        assert_eq!(format_figure(&f, Lang::En), "125,000 people");
        let f = figure(6.82, "6.82", ("万平方米", "m²"), "6.82万平方米", None);
        assert_eq!(format_figure(&f, Lang::En), "68,200 m²");
        let f = figure(73.4, "73.4", ("万份", "records"), "73.4万份", None);
        assert_eq!(format_figure(&f, Lang::En), "734,000 records");
    }

    #[test]
    fn yi_and_wan_yi_come_out_in_billions_and_trillions() {
        let f = figure(7.0, "7", ("万亿元", "yuan"), "突破7万亿元", Some("突破"));
        assert_eq!(format_figure(&f, Lang::En), "more than 7 trillion yuan");
        assert_eq!(format_figure(&f, Lang::Zh), "突破7万亿元");
        let f = figure(8263.0, "8263", ("亿元", "yuan"), "8263亿元", None);
        assert_eq!(format_figure(&f, Lang::En), "826.3 billion yuan");
        let f = figure(20.6, "20.6", ("万亿元", "yuan"), "20.6万亿元", None);
        assert_eq!(format_figure(&f, Lang::En), "20.6 trillion yuan");
        let f = figure(3.5, "3.5", ("亿人次", "visits"), "3.5亿人次", None);
        assert_eq!(format_figure(&f, Lang::En), "350 million visits");
        let f = figure(1.25, "1.25", ("亿", ""), "约1.25亿", Some("约"));
        assert_eq!(format_figure(&f, Lang::En), "about 125 million");
        let f = figure(5000.0, "5000", ("万元", "yuan"), "5000万元", None);
        assert_eq!(format_figure(&f, Lang::En), "50 million yuan");
        let f = figure(120.0, "120", ("亿千瓦时", "kWh"), "120亿千瓦时", None);
        assert_eq!(format_figure(&f, Lang::En), "12 billion kWh");
        // In 万 a million reads in millions too; below it, in full.
        let f = figure(125.0, "125", ("万人", "people"), "125万人", None);
        assert_eq!(format_figure(&f, Lang::En), "1.25 million people");
        let f = figure(0.5, "0.5", ("万亿元", "yuan"), "0.5万亿元", None);
        assert_eq!(format_figure(&f, Lang::En), "500 billion yuan");
    }

    #[test]
    fn large_numbers_keep_their_printed_precision() {
        assert_eq!(large_number_en(826_300_000_000.0, 0, 8), "826.3 billion");
        assert_eq!(large_number_en(7e12, 0, 12), "7 trillion");
        assert_eq!(large_number_en(1_234_567.0, 0, 0), "1,234,567");
        assert_eq!(large_number_en(3_500_000.0, 0, 0), "3.5 million");
        assert_eq!(large_number_en(12.3456e12, 4, 12), "12.3456 trillion");
        assert_eq!(large_number_en(999_999.0, 0, 0), "999,999");
        assert_eq!(large_number_en(68_200.0, 2, 4), "68,200");
    }

    #[test]
    fn qualifiers_are_kept() {
        let f = figure(1600.0, "1600", ("家", "firms"), "突破1600家", Some("突破"));
        assert_eq!(format_figure(&f, Lang::Zh), "突破1600家");
        assert_eq!(format_figure(&f, Lang::En), "more than 1,600 firms");
        let f = figure(44.0, "44", ("万平方米", "m²"), "约44万平方米", Some("约"));
        assert_eq!(format_figure(&f, Lang::En), "about 440,000 m²");
        let f = figure(0.3333, "1/3", ("", ""), "1/3以上", Some("以上"));
        assert_eq!(format_figure(&f, Lang::En), "at least a third");
        assert_eq!(format_figure(&f, Lang::Zh), "1/3以上");
    }

    #[test]
    fn percentages_and_decimals() {
        let f = figure(99.8, "99.8", ("%", "%"), "99.8%", None);
        assert_eq!(format_figure(&f, Lang::En), "99.8%");
        assert_eq!(format_number(30389.0, 0, Lang::En), "30,389");
        assert_eq!(format_number(30389.0, 0, Lang::Zh), "30389");
        assert_eq!(format_number(1234567.25, 2, Lang::En), "1,234,567.25");
        assert_eq!(format_number(6.80, 2, Lang::En), "6.8");
        assert_eq!(format_number(f64::NAN, 0, Lang::En), "–");
        assert_eq!(format_number(-1500.0, 0, Lang::En), "-1,500");
    }

    #[test]
    fn a_mention_is_worded_as_its_own_passage_prints_it() {
        let content = crate::content::content();
        let tech = content.figure("tech-enterprises").unwrap();
        let (a, b) = (&tech.mentions[0], &tech.mentions[1]);
        assert_eq!(format_mention(tech, a, Lang::Zh), "突破1600家");
        assert_eq!(format_mention(tech, a, Lang::En), "more than 1,600 firms");
        assert_eq!(format_mention(tech, b, Lang::Zh), "1600家");
        assert_eq!(format_mention(tech, b, Lang::En), "1,600 firms");
        // The card's number is the wording both share.
        assert_eq!(format_figure(tech, Lang::Zh), "1600家");
        // Exactly as printed, with the words that name what is counted: 突破340个蓝天 in
        // 首个突破340个蓝天的行政区 (its unit, 天, ends them); never past them (的行政区).
        let air = content.figure("good-air-days").unwrap();
        assert_eq!(
            format_mention(air, &air.mentions[1], Lang::Zh),
            "突破340个蓝天"
        );
        assert_eq!(
            format_mention(air, &air.mentions[1], Lang::En),
            "more than 340 days"
        );
        let parks = content.figure("industrial-park-area").unwrap();
        assert_eq!(
            format_mention(parks, &parks.mentions[0], Lang::Zh),
            "170余亩"
        );
    }
}
