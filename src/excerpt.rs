//! A passage as a card shows it, written as HTML text: its title, the paragraph that holds the
//! quote with the quote in `<mark>`, and the whole passage behind a disclosure. Every piece of
//! text is escaped; no markup comes from the data. The card inserts it as one piece (one
//! `innerHTML`), not node by node: an open costs one parse instead of some thirty DOM calls.

use crate::content::{content, locate_in, QuoteAt};
use crate::html::escape;
use crate::model::{Lang, Medium, Passage, Text, GAP_MARK};
use crate::route::CardId;
use crate::ui::{self, t};

/// How a gap of our copy is shown in a text in `lang`: the Chinese `……` as written; in our
/// English translation an editor's bracketed ellipsis, `[…]`, set off from the words around it
/// (a translation's `……` would read as a trailing-off, and `…` is a teaser's cut).
pub fn gap_shown(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => GAP_MARK,
        Lang::En => "[…]",
    }
}

/// A printed title and its subtitle in our English, as English sets a subtitle: "Nanjing
/// Road’s old estates renovated: a new life for residents" (the Chinese has ——).
pub fn subtitled_en(title: &str, subtitle: &str) -> String {
    format!(
        "{title}: {}",
        crate::format::in_sentence(subtitle, Lang::En)
    )
}

/// `text` (in `lang`) as plain text, each gap in its mark ([`gap_shown`]): for a page without
/// script.
pub fn with_gaps_shown(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    push_runs(
        &mut out,
        text,
        lang,
        &mut |out, words| out.push_str(words),
        false,
    );
    out
}

/// Every paragraph of `text` (in `lang`) as written, gaps as their mark (the gap note says what
/// it is); the quote `at` points to marked in its own paragraph.
fn push_paragraphs(out: &mut String, text: &Text, at: Option<&QuoteAt>, lang: Lang) {
    for (i, p) in text.paragraphs().enumerate() {
        match at.filter(|at| at.paragraph == i) {
            Some(at) => push_marked(out, at, lang),
            None => push_text_element(out, "<p>", p.as_written(), "</p>", lang),
        }
    }
}

/// Whether the quote's paragraph has a gap (the quote itself never runs across one).
fn gap_in(at: &QuoteAt) -> bool {
    at.before.contains(GAP_MARK) || at.after.contains(GAP_MARK)
}

/// After a join's Chinese words, for an English reader: where it falls in our translation.
pub fn join_in_translation(en: &str) -> String {
    format!(" (in our translation: {})", crate::format::quoted(en))
}

/// The note that says what a gap `……` is.
fn push_gap_note(out: &mut String, lang: Lang, medium: Medium) {
    push_element(
        out,
        &format!("<p class=\"excerpt-gap-note\"{}>", ours(lang)),
        t(lang, ui::GAP_NOTE.of(medium)),
        "</p>",
    );
}

/// The language of our own words set inside the Chinese quote (its disclosure's summary, the
/// notes on its text), where it is not the quote's: ` lang="en"` in English, so that a screen
/// reader speaks them in an English voice and the browser sets them in a Latin font.
fn ours(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " lang=\"en\"",
        Lang::Zh => "",
    }
}

/// The quote's paragraph (in `lang`), the quote marked.
fn push_marked(out: &mut String, at: &QuoteAt, lang: Lang) {
    // In English a gap stands a word apart from the quote beside it too ("28.1 […]"), as
    // `push_runs` sets it inside one text.
    let letter = |c: Option<char>| lang == Lang::En && c.is_some_and(|c| c.is_ascii_alphanumeric());
    push_text_element(out, "<p>", at.before, "", lang);
    if at.before.ends_with(GAP_MARK) && letter(at.quote.chars().next()) {
        out.push(' ');
    }
    if at.after.is_empty() {
        push_text_element(out, "<mark>", at.quote, "</mark></p>", lang);
    } else {
        push_text_element(out, "<mark>", at.quote, "</mark>", lang);
        if at.after.starts_with(GAP_MARK) && letter(at.quote.chars().next_back()) {
            out.push(' ');
        }
        push_text_element(out, "", at.after, "</p>", lang);
    }
}

/// A title escaped, its short compounds and ranges of years kept on one line (`2016–2020`, as
/// [`crate::typeset::short_compounds`] finds them; a Chinese title has none).
fn push_english_whole(out: &mut String, title: &str) {
    for (piece, whole) in crate::typeset::short_compounds(title) {
        if whole {
            out.push_str("<span class=\"whole\">");
            out.push_str(&escape(piece));
            out.push_str("</span>");
        } else {
            out.push_str(&escape(piece));
        }
    }
}

/// Words of our interface or a title, between `open` and `close`.
fn push_element(out: &mut String, open: &str, text: &str, close: &str) {
    out.push_str(open);
    push_runs(out, text, Lang::Zh, &mut push_numbers_whole, true);
    out.push_str(close);
}

/// Words of the page's text or our translation of it (in `lang`), between `open` and `close`,
/// each gap of our copy in its mark.
fn push_text_element(out: &mut String, open: &str, text: &str, close: &str, lang: Lang) {
    out.push_str(open);
    // A Chinese paragraph's last four characters, from the start of the word they start in,
    // kept on one line: never 示范基 / 地。 nor 产业示范 / 基地。 nor 城 / 市新名片； (not where a
    // gap or a number ends it: each is kept whole its own way).
    let (text, tail) = match lang {
        Lang::Zh if close.ends_with("</p>") => {
            let (rest, tail) =
                crate::typeset::split_last_words(text, LAST_LINE, &content().line_words);
            match tail.contains(GAP_MARK) || tail.contains(|c: char| c.is_ascii_digit()) {
                true => (text, ""),
                false => (rest, tail),
            }
        }
        _ => (text, ""),
    };
    // A gap of our copy, set apart (muted) from an ellipsis the text might hold.
    push_runs(out, text, lang, &mut push_numbers_whole, true);
    if !tail.is_empty() {
        out.push_str("<span class=\"kept\">");
        out.push_str(&escape(tail));
        out.push_str("</span>");
    }
    out.push_str(close);
}

/// The Chinese characters a paragraph's last line keeps together, with what follows them
/// (`示范基地。`); none in a paragraph of fewer.
const LAST_LINE: usize = 4;

/// `text`'s runs of words, each pushed by `push_words`, and its gaps as [`gap_shown`] (in a
/// `.gap` span when `set_apart`); in English a space between a gap and a word on either side.
fn push_runs(
    out: &mut String,
    text: &str,
    lang: Lang,
    push_words: &mut dyn FnMut(&mut String, &str),
    set_apart: bool,
) {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let mut last = None;
    for (i, words) in text.split(GAP_MARK).enumerate() {
        if i > 0 {
            if lang == Lang::En && letter(last) {
                out.push(' ');
            }
            if set_apart {
                out.push_str("<span class=\"gap\">");
            }
            out.push_str(gap_shown(lang));
            if set_apart {
                out.push_str("</span>");
            }
            if lang == Lang::En && letter(words.chars().next()) {
                out.push(' ');
            }
        }
        push_words(out, words);
        last = words.chars().next_back();
    }
}

/// `text` escaped, each number with the Chinese unit after it kept on one line (`4623户`,
/// `12.5万人`, `2059公里`, `28.1平方米`, `200余个次`, `1/3以上`: a line that ends `4623` or
/// `28.1平` splits the figure a reader looks for): digits, any 万 or 亿, then 余 or 多, the unit
/// (a figure's unit where one is written there, else the one character after them) and 以上, in
/// a `.whole` span.
fn push_numbers_whole(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let (digits, end) = number_with_unit(&rest[start..]);
        let (digits, end) = (start + digits, start + end);
        out.push_str(&escape(&rest[..start]));
        if end > digits {
            out.push_str("<span class=\"whole\">");
            out.push_str(&escape(&rest[start..end]));
            out.push_str("</span>");
        } else {
            out.push_str(&escape(&rest[start..end]));
        }
        rest = &rest[end..];
    }
    out.push_str(&escape(rest));
}

/// The length of the number that starts `text` with the Chinese words that go with it: its
/// digits, any 万 or 亿, 余 or 多, its unit (the longest figure's unit, without its 万, that is
/// written there; else one Chinese character) and 以上: `(where its digits end, where it ends)`.
fn number_with_unit(text: &str) -> (usize, usize) {
    let after = |at: usize, test: &dyn Fn(char) -> bool| {
        text[at..]
            .find(|c: char| !test(c))
            .map_or(text.len(), |n| at + n)
    };
    let digits = after(0, &|c| {
        c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '/')
    });
    let scaled = after(digits, &|c| matches!(c, '万' | '亿'));
    let more = after(scaled, &|c| matches!(c, '余' | '多'));
    let rest = &text[more..];
    if rest.starts_with("以上") {
        return (digits, more + "以上".len());
    }
    let unit = content()
        .figures
        .iter()
        .map(|f| f.unit.zh.trim_start_matches(['万', '亿']))
        .filter(|u| !u.is_empty() && rest.starts_with(u))
        .map(str::len)
        .max()
        .or_else(|| {
            rest.chars()
                .next()
                .filter(|c| crate::typeset::ideograph(*c))
                .map(char::len_utf8)
        })
        .unwrap_or(0);
    let end = more + unit;
    (
        digits,
        end + text[end..].starts_with("以上") as usize * "以上".len(),
    )
}

/// A passage's title as shown, with its language tag: a printed title is Chinese; a title of
/// ours is in the reader's language.
fn shown_title(passage: &Passage, lang: Lang) -> (&'static str, &str) {
    if passage.title_printed {
        ("zh-Hans", passage.title.zh.as_str())
    } else {
        (lang.tag(), passage.title.get(lang))
    }
}

/// The words that carry a figure, in the passage and in our translation of it.
#[derive(Clone, Copy, Debug)]
pub struct Quote<'a> {
    /// In the passage's text.
    pub zh: &'a str,
    /// In its translation, where it has one.
    pub en: Option<&'a str>,
}

/// A text as written and the language it is written in (the page's Chinese, or our English).
struct Written<'a> {
    text: &'a Text,
    lang: Lang,
}

/// `written` as an excerpt shows it: the paragraph that holds the quote (`at`, where it was
/// found in its text), marked, with the whole text and `notes` on it behind a disclosure (`more` names
/// it; `less`, once it is open), unless that paragraph is the whole text; or every paragraph when `whole` (or when the
/// quote is not found). Returns whether the
/// words shown outside the disclosure hold a gap (the gap note goes under them); a gap only in
/// the rest is noted inside the disclosure.
fn push_text(
    out: &mut String,
    written: Written<'_>,
    at: Option<QuoteAt<'_>>,
    whole: bool,
    (more, less): (&str, &str),
    lang: Lang,
    notes: &str,
) -> bool {
    let Written {
        text,
        lang: text_lang,
    } = written;
    match at {
        // One paragraph is the whole text: no disclosure that would show it again.
        Some(at) if !whole && text.paragraphs().nth(1).is_none() => {
            push_marked(out, &at, text_lang);
            gap_in(&at)
        }
        Some(at) if !whole => {
            push_marked(out, &at, text_lang);
            // What the summary does, said as it is: open the text, or (open) close it.
            push_element(
                out,
                &format!(
                    "<details class=\"full-passage\"><summary{}><span class=\"when-closed\">",
                    ours(lang)
                ),
                more,
                "</span>",
            );
            push_element(out, "<span class=\"when-open\">", less, "</span></summary>");
            // The whole text, the figure's words marked in it too, and what is said of it.
            push_paragraphs(out, text, Some(&at), text_lang);
            if !gap_in(&at) && text.has_gap() {
                push_gap_note(out, lang, content().page.medium);
            }
            out.push_str(notes);
            out.push_str("</details>");
            gap_in(&at)
        }
        _ => {
            push_paragraphs(out, text, None, text_lang);
            text.has_gap()
        }
    }
}

/// The excerpt of `passage`: the paragraph that holds `quote`, marked, with the whole passage
/// in a closed `<details>`; or every paragraph when `whole` (or when the quote is not found).
/// On a page that holds one piece, `whole_page` is the whole page's address: a link to another
/// card (the passage this one continues) leads there, in a new tab, as the piece's other links
/// to the whole page do.
pub fn excerpt_html(
    passage: &Passage,
    quote: Option<Quote<'_>>,
    whole: bool,
    lang: Lang,
    whole_page: Option<&str>,
) -> String {
    let mut out = String::with_capacity(passage.text.as_written().len() * 2 + 512);
    out.push_str("<figure class=\"excerpt\">");
    // A whole passage is its own card's, whose summary holds its title: the caption keeps only
    // a printed subtitle (an open story card showed its title twice).
    if !whole || passage.subtitle.is_some() {
        out.push_str("<figcaption class=\"excerpt-title\">");
        if !whole {
            let (title_lang, title) = shown_title(passage, lang);
            out.push_str(&format!("<span lang=\"{title_lang}\">"));
            push_english_whole(&mut out, title);
            out.push_str("</span>");
        }
        if let Some(sub) = &passage.subtitle {
            push_element(
                &mut out,
                "<span class=\"excerpt-subtitle\" lang=\"zh-Hans\">——",
                &sub.zh,
                "</span>",
            );
        }
        // For an English reader, the printed words of the caption in our translation too
        // (a printed title, a printed subtitle), on a line of their own.
        if lang == Lang::En {
            let mut printed_en = String::new();
            if !whole && passage.title_printed {
                printed_en.push_str(&passage.title.en);
            }
            if let Some(sub) = &passage.subtitle {
                printed_en = match printed_en.is_empty() {
                    true => sub.en.clone(),
                    false => subtitled_en(&printed_en, &sub.en),
                };
            }
            if !printed_en.is_empty() {
                push_element(
                    &mut out,
                    "<span class=\"excerpt-title-en\" lang=\"en\">",
                    &printed_en,
                    "</span>",
                );
            }
        }
        if !whole && !passage.title_printed {
            // Kept whole (CSS); in Chinese no space before its full-width bracket, which has
            // its own.
            let open = match lang {
                Lang::Zh => "<span class=\"excerpt-note\">",
                Lang::En => "<span class=\"excerpt-note\"> ",
            };
            push_element(&mut out, open, t(lang, ui::OUR_TITLE), "</span>");
        }
        out.push_str("</figcaption>");
    }
    if let Some(before) = passage
        .continues
        .as_deref()
        .and_then(|id| content().passage(id))
    {
        push_element(
            &mut out,
            "<p class=\"excerpt-continues-note\">",
            t(lang, ui::CONTINUES),
            "",
        );
        let (title_lang, title) = shown_title(before, lang);
        push_element(
            &mut out,
            &match whole_page {
                Some(page) => format!(
                    "<a href=\"{}#{}\" target=\"_blank\" rel=\"noopener\" lang=\"{title_lang}\">",
                    escape(page),
                    CardId::Story(before.id.clone())
                ),
                None => format!(
                    "<a href=\"#{}\" lang=\"{title_lang}\">",
                    CardId::Story(before.id.clone())
                ),
            },
            title,
            "</a></p>",
        );
    }
    let medium = content().page.medium;
    // What is said of the whole passage (our order of its paragraphs, our joins across its
    // columns) goes with the whole passage: in its disclosure when the card shows one
    // paragraph that holds no join, else under the text.
    let notes = passage_notes(passage, lang, medium);
    let at = quote.and_then(|q| locate_in(&passage.text, q.zh));
    let notes_inside = !whole
        && passage.text.paragraphs().nth(1).is_some()
        && at.is_some_and(|at| {
            passage
                .text
                .paragraphs()
                .nth(at.paragraph)
                .is_some_and(|p| {
                    let shown = p.as_written();
                    !passage
                        .uncertain_joins
                        .iter()
                        .any(|j| shown.contains(j.as_str()))
                })
        });
    out.push_str("<blockquote lang=\"zh-Hans\">");
    let shown_gap = push_text(
        &mut out,
        Written {
            text: &passage.text,
            lang: Lang::Zh,
        },
        at,
        whole,
        (t(lang, ui::FULL_PASSAGE), t(lang, ui::HIDE_PASSAGE)),
        lang,
        if notes_inside { &notes } else { "" },
    );
    out.push_str("</blockquote>");
    if lang == Lang::En {
        let note = if quote.is_some() {
            ui::PASSAGE_NOTE.of(medium)
        } else {
            ui::PASSAGE_NOTE_PLAIN.of(medium)
        };
        push_element(
            &mut out,
            "<p class=\"excerpt-lang-note\">",
            t(lang, note),
            "</p>",
        );
        // Our translation, under the Chinese, the figure's words marked in it too.
        if let Some(en) = crate::translations::of_passage(passage) {
            out.push_str("<div class=\"excerpt-translation\" lang=\"en\">");
            push_element(
                &mut out,
                "<p class=\"excerpt-translation-label\">",
                t(lang, ui::OUR_TRANSLATION),
                "</p>",
            );
            push_text(
                &mut out,
                Written {
                    text: en,
                    lang: Lang::En,
                },
                quote.and_then(|q| q.en).and_then(|q| locate_in(en, q)),
                whole,
                (t(lang, ui::FULL_TRANSLATION), t(lang, ui::HIDE_TRANSLATION)),
                lang,
                "",
            );
            out.push_str("</div>");
        }
    }
    if shown_gap {
        push_gap_note(&mut out, lang, medium);
    }
    if !notes_inside {
        out.push_str(&notes);
    }
    out.push_str("</figure>");
    out
}

/// The words around a join of ours, quoted exactly as our copy prints them: in double marks, as
/// the mainland quotes (`“最近，因定期要去医院”`); in corner brackets where they hold double
/// marks of their own (`「电梯。”最近」`), which double marks around them would have to change.
pub fn quoted_join(join: &str) -> String {
    match join.contains(['“', '”']) {
        true => format!("「{join}」"),
        false => crate::format::quoted(join),
    }
}

/// The notes on a whole passage, as HTML: its paragraphs' order is our reading, each
/// correction of ours in it, and each of its joins across columns that is ours.
fn passage_notes(passage: &Passage, lang: Lang, medium: Medium) -> String {
    let mut out = String::new();
    if passage.order_is_ours {
        push_element(
            &mut out,
            &format!("<p class=\"excerpt-join-note\"{}>", ours(lang)),
            t(lang, ui::ORDER_NOTE.of(medium)),
            "</p>",
        );
    }
    // A correction of ours in this passage, said where it is read too (not only in the notes).
    for c in content()
        .corrections
        .iter()
        .filter(|c| passage.text.as_written().contains(c.replacement.as_str()))
    {
        let space = if lang == Lang::En { " " } else { "" };
        // The characters themselves are Chinese, in an English note too (its quotation marks
        // the note's own).
        let (chinese, end) = match lang {
            Lang::En => ("“<span lang=\"zh-Hans\">", "</span>”"),
            Lang::Zh => ("“", "”"),
        };
        push_element(
            &mut out,
            &format!(
                "<p class=\"excerpt-join-note excerpt-correction-note\"{}>",
                ours(lang)
            ),
            &format!(
                "{}{}{space}",
                t(lang, ui::CORRECTED_HERE),
                t(lang, ui::CORRECTED_TO)
            ),
            "",
        );
        push_element(&mut out, chinese, &c.original, end);
        push_element(
            &mut out,
            "",
            &format!("{}{space}", t(lang, ui::SHOWN_AS)),
            "",
        );
        push_element(&mut out, chinese, &c.replacement, end);
        push_element(&mut out, "", t(lang, ui::FULL_STOP).trim_end(), "</p>");
    }
    for (i, join) in passage.uncertain_joins.iter().enumerate() {
        push_element(
            &mut out,
            &format!("<p class=\"excerpt-join-note\"{}>", ours(lang)),
            t(lang, ui::JOIN_NOTE.of(medium)),
            "",
        );
        // The quoted words kept on one line (never 要去医 / 院”).
        push_element(
            &mut out,
            "<span class=\"kept\" lang=\"zh-Hans\">",
            &quoted_join(join),
            "</span>",
        );
        // For an English reader, the same place in our translation.
        if let Some(en) = passage
            .uncertain_joins_en
            .get(i)
            .filter(|_| lang == Lang::En)
        {
            out.push_str(&escape(&join_in_translation(en)));
        }
        // A sentence, ended as one.
        push_element(&mut out, "", t(lang, ui::FULL_STOP).trim_end(), "</p>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    fn zh(quote: &str) -> Quote<'_> {
        Quote {
            zh: quote,
            en: None,
        }
    }

    fn passage(text: &str) -> Passage {
        let mut p = content().passages[0].clone();
        p.text = text.into();
        p
    }

    #[test]
    fn a_whole_passage_leaves_its_title_to_its_card_and_keeps_a_printed_subtitle() {
        // A figure's card names the passage its quote is from.
        let mut p = passage("第一段。");
        p.subtitle = None;
        let quoted = excerpt_html(&p, Some(zh("第一段")), false, Lang::Zh, None);
        assert!(quoted.contains("<figcaption class=\"excerpt-title\"><span lang=\"zh-Hans\">"));
        assert!(quoted.contains(&escape(&p.title.zh)), "{quoted}");
        // A story's card shows its title over the passage: not again inside it.
        for lang in [Lang::Zh, Lang::En] {
            let whole = excerpt_html(&p, None, true, lang, None);
            assert!(!whole.contains("figcaption"), "{whole}");
            assert!(!whole.contains(&escape(p.title.get(lang))), "{whole}");
        }
        let nanjing = content().passage("nanjing-road").unwrap();
        let whole = excerpt_html(nanjing, None, true, Lang::Zh, None);
        assert!(
            whole.contains("<figcaption class=\"excerpt-title\"><span class=\"excerpt-subtitle\" lang=\"zh-Hans\">——改出居民新生活</span></figcaption>"),
            "{whole}"
        );
        assert!(!whole.contains(&nanjing.title.zh), "{whole}");
    }

    #[test]
    fn a_passage_of_one_paragraph_is_shown_once_with_no_disclosure_to_show_it_again() {
        let p = passage("床位数达到6.82张，居全市前列。");
        for lang in [Lang::Zh, Lang::En] {
            let html = excerpt_html(&p, Some(zh("达到6.82张")), false, lang, None);
            assert!(!html.contains("<details"), "{html}");
            assert_eq!(html.matches("<mark>").count(), 1, "{html}");
        }
    }

    #[test]
    fn the_quote_is_marked_in_its_paragraph_and_in_the_whole_passage_behind_a_disclosure() {
        let p = passage("第一段。\n床位数达到6.82张，居全市前列。\n第三段。");
        let html = excerpt_html(&p, Some(zh("达到6.82张")), false, Lang::Zh, None);
        assert!(html.contains(
            "<blockquote lang=\"zh-Hans\"><p>床位数<mark>达到<span class=\"whole\">6.82张</span></mark>，居<span class=\"kept\">全市前列。</span></p><details class=\"full-passage\"><summary>"
        ), "{html}");
        // The whole passage marks the figure's words too: it never repeats them unmarked.
        assert!(html.contains("</summary><p>第一段。</p><p>床位数<mark>达到<span class=\"whole\">6.82张</span></mark>，居<span class=\"kept\">全市前列。</span></p><p>第三段。</p></details></blockquote>"), "{html}");
        assert_eq!(html.matches("<mark>").count(), 2);
    }

    #[test]
    fn our_words_inside_the_chinese_quote_say_their_language_in_english() {
        let p = passage("第一段……\n床位数达到6.82张，居全市前列。");
        let quote = || Quote {
            zh: "达到6.82张",
            en: None,
        };
        let en = excerpt_html(&p, Some(quote()), false, Lang::En, None);
        let quoted = &en[en.find("<blockquote lang=\"zh-Hans\">").unwrap()..];
        let quoted = &quoted[..quoted.find("</blockquote>").unwrap()];
        // The disclosure's summary and the gap note are ours, in English: said so.
        assert!(quoted.contains("<summary lang=\"en\">"), "{quoted}");
        assert!(
            quoted.contains("<p class=\"excerpt-gap-note\" lang=\"en\">"),
            "{quoted}"
        );
        // In Chinese they are in the quote's own language.
        let zh = excerpt_html(&p, Some(quote()), false, Lang::Zh, None);
        assert!(
            zh.contains("<summary>") && !zh.contains("lang=\"en\""),
            "{zh}"
        );
    }

    #[test]
    fn in_english_our_translation_follows_the_chinese_marked_too_and_says_it_is_ours() {
        let mut p = passage("第一段。\n床位数达到6.82张，居全市前列。");
        p.text_en =
            Some("The first paragraph.\nBeds reached 6.82, among the best in the city.".into());
        let quote = Quote {
            zh: "达到6.82张",
            en: Some("Beds reached 6.82"),
        };
        let en = excerpt_html(&p, Some(quote), false, Lang::En, None);
        let chinese = en.find("<blockquote lang=\"zh-Hans\">").unwrap();
        let translation = en
            .find("<div class=\"excerpt-translation\" lang=\"en\">")
            .unwrap();
        assert!(chinese < translation, "{en}");
        assert!(en[translation..].contains(ui::OUR_TRANSLATION.en), "{en}");
        assert!(
            en[translation..]
                .contains("<p><mark>Beds reached 6.82</mark>, among the best in the city.</p>"),
            "{en}"
        );
        // Its whole text behind its own disclosure, marked there too.
        assert!(en[translation..].contains(ui::FULL_TRANSLATION.en), "{en}");
        assert_eq!(en[translation..].matches("<mark>").count(), 2, "{en}");
        // A Chinese reader gets the Chinese alone.
        let zh = excerpt_html(&p, Some(quote), false, Lang::Zh, None);
        assert!(!zh.contains("excerpt-translation"), "{zh}");
        // A whole passage (a story card) in English: every paragraph of both.
        let whole = excerpt_html(&p, None, true, Lang::En, None);
        assert!(
            whole.contains("<p>The first paragraph.</p>") && whole.contains("<p>第一段。</p>"),
            "{whole}"
        );
    }

    #[test]
    fn an_english_titles_range_of_years_stays_on_one_line() {
        // As a figure's card names the passage (a story's card titles it in its summary).
        let p = content().passage("livelihood-report").unwrap();
        let html = excerpt_html(p, None, false, Lang::En, None);
        assert!(
            html.contains("<span class=\"whole\">2016–2020</span>"),
            "{html}"
        );
    }

    #[test]
    fn a_gap_reads_as_an_editors_bracketed_ellipsis_in_our_translation() {
        let mut p = passage("改革……\n高……区建设日新月异。");
        p.text_en = Some("and reform……\na high……zone is changing by the day.".into());
        let html = excerpt_html(&p, None, true, Lang::En, None);
        let translation = html.find("excerpt-translation").unwrap();
        // The Chinese keeps the page's `……`; our English marks the gap `[…]`, a word apart.
        assert!(
            html[..translation].contains("高<span class=\"gap\">……</span>区"),
            "{html}"
        );
        assert!(
            html[translation..].contains("<p>and reform <span class=\"gap\">[…]</span></p>"),
            "{html}"
        );
        assert!(
            html[translation..].contains("a high <span class=\"gap\">[…]</span> zone is"),
            "{html}"
        );
        let end = translation + html[translation..].find("</div>").unwrap();
        assert!(!html[translation..end].contains("……"), "{html}");
        // A word apart from a highlighted quote beside it too, on either side.
        let mut p = passage(
            "绿地28.1……
……魂，加快打造。",
        );
        p.text_en = Some(
            "green space 28.1……
……soul, speeding up."
                .into(),
        );
        let quoted = |zh, en| Quote { zh, en: Some(en) };
        let html = excerpt_html(
            &p,
            Some(quoted("绿地28.1", "green space 28.1")),
            false,
            Lang::En,
            None,
        );
        assert!(
            html.contains("28.1</mark> <span class=\"gap\">[…]</span>"),
            "{html}"
        );
        let html = excerpt_html(
            &p,
            Some(quoted("魂，加快打造", "soul, speeding up")),
            false,
            Lang::En,
            None,
        );
        assert!(
            html.contains("<span class=\"gap\">[…]</span> <mark>soul"),
            "{html}"
        );
        assert_eq!(
            with_gaps_shown("……soul, Beibei", Lang::En),
            "[…] soul, Beibei"
        );
    }

    #[test]
    fn the_gap_note_stands_under_the_text_that_has_the_gap() {
        let note = |html: &str| html.find("excerpt-gap-note");
        // The gap is in another paragraph: noted inside the whole passage, not under the
        // excerpt's paragraph, which has none.
        let p = passage("第一段……缺字。\n床位数达到6.82张，居全市前列。");
        let html = excerpt_html(&p, Some(zh("达到6.82张")), false, Lang::Zh, None);
        let details_end = html.find("</details>").unwrap();
        assert!(note(&html).is_some_and(|at| at < details_end), "{html}");
        assert_eq!(html.matches("excerpt-gap-note").count(), 1);
        // In the excerpt's own paragraph: noted under the excerpt.
        let p = passage("第一段。\n床位数……达到6.82张，居全市前列。");
        let html = excerpt_html(&p, Some(zh("达到6.82张")), false, Lang::Zh, None);
        assert!(
            note(&html).is_some_and(|at| at > html.find("</blockquote>").unwrap()),
            "{html}"
        );
        // No gap: no note.
        let p = passage("第一段。\n床位数达到6.82张。");
        assert_eq!(
            note(&excerpt_html(
                &p,
                Some(zh("达到6.82张")),
                false,
                Lang::Zh,
                None
            )),
            None
        );
    }

    #[test]
    fn a_whole_passage_or_a_missing_quote_shows_every_paragraph_unmarked() {
        let p = passage("一。\n二。");
        for html in [
            excerpt_html(&p, None, true, Lang::Zh, None),
            excerpt_html(&p, Some(zh("不在此处")), false, Lang::Zh, None),
        ] {
            assert!(
                html.contains("<blockquote lang=\"zh-Hans\"><p>一。</p><p>二。</p></blockquote>"),
                "{html}"
            );
            assert!(
                !html.contains("<mark>") && !html.contains("<details"),
                "{html}"
            );
        }
    }

    #[test]
    fn a_paragraphs_last_line_keeps_whole_words() {
        // Its last four characters would start inside 城市 (城 / 市新名片；).
        let ecology = content().passage("ecology-report").unwrap();
        let html = excerpt_html(ecology, None, true, Lang::Zh, None);
        assert!(
            html.contains("“北碚蓝”成为<span class=\"kept\">城市新名片；</span></p>"),
            "{html}"
        );
    }

    #[test]
    fn a_correction_of_ours_is_noted_under_the_passage_that_holds_it() {
        let p = content().passage("lead-innovation").unwrap();
        for (lang, note) in [
            (
                Lang::Zh,
                "原识别作“打造创新人才法地”，此处作“打造创新人才洼地”。",
            ),
            (
                Lang::En,
                "the OCR reads “<span lang=\"zh-Hans\">打造创新人才法地</span>”; we show “<span lang=\"zh-Hans\">打造创新人才洼地</span>”.",
            ),
        ] {
            // (In an English note the Chinese words say their language.)
            let html = excerpt_html(p, None, true, lang, None);
            assert!(html.contains(note), "{html}");
        }
        let other = content().passage("elevators").unwrap();
        let html = excerpt_html(other, None, true, Lang::Zh, None);
        assert!(!html.contains("excerpt-correction-note"), "{html}");
    }

    #[test]
    fn a_number_and_its_chinese_unit_stay_on_one_line() {
        let mut out = String::new();
        push_numbers_whole(
            &mut out,
            "实施棚户区改造4623户，新增就业12.5万人，寿命78.2岁；5G与25.8%",
        );
        assert_eq!(
            out,
            "实施棚户区改造<span class=\"whole\">4623户</span>，新增就业<span class=\"whole\">12.5万人</span>，寿命<span class=\"whole\">78.2岁</span>；5G与25.8%"
        );
        // The whole unit, with 余, 多 and 以上: never 2059公 / 里 or 200余 / 个次.
        let mut out = String::new();
        push_numbers_whole(
            &mut out,
            "道路2059公里，绿地28.1平方米，约44万平方米，200余个次，50多所，1/3以上，20余家",
        );
        assert_eq!(
            out,
            "道路<span class=\"whole\">2059公里</span>，绿地<span class=\"whole\">28.1平方米</span>，约<span class=\"whole\">44万平方米</span>，<span class=\"whole\">200余个次</span>，<span class=\"whole\">50多所</span>，<span class=\"whole\">1/3以上</span>，<span class=\"whole\">20余家</span>"
        );
        let mut out = String::new();
        push_numbers_whole(&mut out, "a <b> 4,623 households");
        assert_eq!(out, "a &lt;b&gt; 4,623 households");
    }

    #[test]
    fn text_from_the_data_is_escaped() {
        let mut p = passage("a<b>&\"c\"\n<script>x</script>");
        p.title.zh = "<i>标题</i>".into();
        p.title_printed = true;
        let html = excerpt_html(&p, Some(zh("<b>")), false, Lang::Zh, None);
        assert!(
            !html.contains("<script>") && !html.contains("<i>") && !html.contains("<b>"),
            "{html}"
        );
        assert!(
            html.contains("a<mark>&lt;b&gt;</mark>&amp;&quot;c&quot;</p>"),
            "{html}"
        );
        assert!(html.contains("&lt;i&gt;标题&lt;/i&gt;"), "{html}");
    }

    #[test]
    fn notes_follow_the_reader_and_the_text() {
        let mut p = passage("前文……后文");
        p.title_printed = false;
        let en = excerpt_html(&p, Some(zh("后文")), false, Lang::En, None);
        assert!(
            en.contains(&format!(
                "<span lang=\"en\">{}</span>",
                escape(p.title.get(Lang::En))
            )),
            "{en}"
        );
        assert!(en.contains(&escape(t(Lang::En, ui::OUR_TITLE))), "{en}");
        assert!(en.contains("class=\"excerpt-lang-note\""), "{en}");
        assert!(en.contains("class=\"excerpt-gap-note\""), "{en}");
        // The words before the quote's run, and the gap between, stay in its paragraph; the
        // gap's mark is set as a gap (muted), told apart from an ellipsis.
        assert!(
            en.contains("<p>前文<span class=\"gap\">……</span><mark>后文</mark></p>"),
            "{en}"
        );
        let zh = excerpt_html(&p, Some(zh("后文")), false, Lang::Zh, None);
        assert!(!zh.contains("excerpt-lang-note"), "{zh}");
    }

    #[test]
    fn a_passage_links_the_one_it_continues_here_or_on_the_whole_page() {
        let p = content()
            .passages
            .iter()
            .find(|p| p.continues.is_some())
            .unwrap();
        let before = p.continues.as_deref().unwrap();
        let here = excerpt_html(p, None, true, Lang::Zh, None);
        assert!(
            here.contains(&format!("<a href=\"#story-{before}\" lang=")),
            "{here}"
        );
        // On a piece's own page the card is not there: the whole page is, in a new tab.
        let piece = excerpt_html(p, None, true, Lang::En, Some("en.html"));
        assert!(
            piece.contains(&format!(
                "<a href=\"en.html#story-{before}\" target=\"_blank\" rel=\"noopener\" lang="
            )),
            "{piece}"
        );
    }

    #[test]
    fn a_printed_title_and_subtitle_come_to_an_english_reader_in_our_translation_too() {
        let nanjing = content().passage("nanjing-road").unwrap();
        assert!(nanjing.title_printed && nanjing.subtitle.is_some());
        let line = |html: &str| {
            html.split("<span class=\"excerpt-title-en\" lang=\"en\">")
                .nth(1)
                .and_then(|rest| rest.split("</span>").next())
                .map(str::to_string)
        };
        // Quoted from a figure's card: the title and the subtitle.
        let quoted = excerpt_html(nanjing, None, false, Lang::En, None);
        assert_eq!(
            line(&quoted).as_deref(),
            Some(escape("Nanjing Road’s old estates renovated: a new life for residents").as_str())
        );
        // The whole passage, under its own card's (English) title: the subtitle.
        let whole = excerpt_html(nanjing, None, true, Lang::En, None);
        assert_eq!(line(&whole).as_deref(), Some("A new life for residents"));
        // The Chinese reader has the Chinese alone.
        assert_eq!(
            line(&excerpt_html(nanjing, None, false, Lang::Zh, None)),
            None
        );
    }

    #[test]
    fn a_join_that_is_our_reading_is_noted_under_the_passage() {
        let elevators = content().passage("elevators").unwrap();
        assert!(!elevators.uncertain_joins.is_empty());
        for lang in [Lang::Zh, Lang::En] {
            let html = excerpt_html(elevators, None, true, lang, None);
            // For an English reader, where the join falls in our translation too.
            let translated = match lang {
                Lang::Zh => String::new(),
                Lang::En => escape(
                    " (in our translation: “who had been forced to move away because he needed regular hospital visits, recently moved back”)",
                ),
            };
            // Our words in our language, also inside the Chinese quote.
            let note = format!(
                "<p class=\"excerpt-join-note\"{}>{}<span class=\"kept\" lang=\"zh-Hans\">{}</span>{translated}{}</p>",
                ours(lang),
                escape(t(lang, ui::JOIN_NOTE.of(content().page.medium))),
                escape(&quoted_join(&elevators.uncertain_joins[0])),
                t(lang, ui::FULL_STOP).trim_end()
            );
            assert!(html.contains(&note), "{html}");
        }
        assert_eq!(quoted_join("最近，因定期"), "“最近，因定期”");
        assert_eq!(quoted_join("电梯。”最近"), "「电梯。”最近」");
        let other = passage("一。");
        assert!(!excerpt_html(&other, None, true, Lang::Zh, None).contains("excerpt-join-note"));
    }

    #[test]
    fn a_card_showing_one_paragraph_notes_a_join_elsewhere_in_the_whole_passage_only() {
        let elevators = content().passage("elevators").unwrap();
        let join = &elevators.uncertain_joins[0];
        let mut inside = 0;
        for f in &content().figures {
            for m in f.mentions.iter().filter(|m| m.passage == "elevators") {
                let quote = Quote {
                    zh: &m.quote,
                    en: None,
                };
                let html = excerpt_html(elevators, Some(quote), false, Lang::Zh, None);
                let at = locate_in(&elevators.text, &m.quote).unwrap();
                let shown = format!("{}{}{}", at.before, at.quote, at.after);
                let note = html.find("excerpt-join-note").unwrap();
                let details = html.find("</details>").unwrap();
                // Under the text where the shown paragraph holds the join; else in the whole
                // passage's disclosure, where the join is.
                assert_eq!(note < details, !shown.contains(join.as_str()), "{}", f.id);
                inside += usize::from(note < details);
            }
        }
        assert!(inside > 0);
    }
}
