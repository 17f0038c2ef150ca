//! The data as files for readers and journalists, written at build time next to the page
//! (`dist/data/`): every figure as CSV and JSON, and one CSV per chart. The CSVs are UTF-8
//! with a byte-order mark, so Excel opens the Chinese correctly. No runtime cost: the app only
//! links to them.

use crate::format::{figure_title, qualifier_en};
use crate::model::{Content, Figure, FigureKind, Lang};

/// The folder under `dist/` the files go in, and the links' prefix.
pub const DIR: &str = "data";

/// Excel reads a CSV as UTF-8 only when it starts with this.
const BOM: &str = "\u{feff}";

/// One CSV field, always quoted (commas, quotes and line breaks in Chinese text are safe).
fn field(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn row(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",")
        + "\r\n"
}

/// The value as a plain number, as printed (`6.82`, `0.3333` for 1/3): no grouping, no unit.
fn plain(value: f64) -> String {
    let text = format!("{value}");
    if text.contains('e') {
        format!("{value:.6}")
    } else {
        text
    }
}

/// Figures as CSV, one row each: id, group, labels, titles (each figure standing alone:
/// "10 city parks built"), value (a plain number for a spreadsheet),
/// the numeral as printed (`1/3`), the qualifier that makes it approximate (多 / more than) and
/// the kind, units (and the value in the base unit: 125000 jobs for 12.5万人), as printed, period,
/// where it is printed (passage ids, quotes and our translations of them; a figure
/// printed twice lists both, separated by ` | `, as do mentions that word it differently), the
/// figure it is part of, the note of the chart that draws it, and the page's source line.
/// Every file has these columns, so a chart's CSV reads like the whole one.
fn csv_of<'a>(content: &Content, figures: impl Iterator<Item = &'a Figure>) -> String {
    let mut csv = String::from(BOM);
    csv.push_str(&row(&[
        "id",
        "group",
        "label_zh",
        "label_en",
        "title_zh",
        "title_en",
        "value",
        "numeral",
        "qualifier_zh",
        "qualifier_en",
        "kind",
        "unit_zh",
        "unit_en",
        "base_value",
        "base_unit_en",
        "as_printed",
        "period_zh",
        "period_en",
        "passage",
        "quote_zh",
        "quote_en",
        "part_of",
        "chart_note_zh",
        "chart_note_en",
        "source_zh",
        "source_en",
        "credit_zh",
        "credit_en",
    ]));
    let no_period = crate::ui::NO_PERIOD.of(content.page.medium);
    for f in figures {
        let (passages, quotes, quotes_en) = mentions(f);
        // The value is in the printed unit: for 6.82万平方米, 6.82 of "10,000 m²".
        let unit_en = printed_unit_en(f);
        let (qualifier_zh, qualifier_en) = qualifiers(f);
        // What a reader of the chart that draws it must know (overlapping shares).
        let note = content.chart_of(&f.id).and_then(|c| c.note.as_ref());
        csv.push_str(&row(&[
            &f.id,
            &f.group,
            &f.label.zh,
            &f.label.en,
            &figure_title(f, Lang::Zh),
            &figure_title(f, Lang::En),
            &plain(f.value),
            &f.numeral,
            &qualifier_zh,
            &qualifier_en,
            kind_name(f.kind),
            &f.unit.zh,
            &unit_en,
            &base_value(f),
            &f.unit.en,
            &f.display,
            f.period.as_ref().map_or(no_period.zh, |p| &p.zh),
            f.period.as_ref().map_or(no_period.en, |p| &p.en),
            &passages,
            &quotes,
            &quotes_en,
            f.part_of.as_deref().unwrap_or(""),
            note.map_or("", |n| &n.zh),
            note.map_or("", |n| &n.en),
            &content.page.source.zh,
            &content.page.source.en,
            &content.page.credit.zh,
            &content.page.credit.en,
        ]));
    }
    csv
}

/// Every figure, in the data's order.
pub fn figures_csv(content: &Content) -> String {
    csv_of(content, content.figures.iter())
}

/// The qualifier every mention prints, or each mention's own (` | ` between), in Chinese and
/// English (`无` / `none` for a mention printed exactly); empty for an exact figure.
fn qualifiers(f: &Figure) -> (String, String) {
    let all: Vec<Option<&str>> = match f.qualifier.as_deref() {
        Some(q) => vec![Some(q)],
        None if f.mentions.iter().any(|m| m.qualifier.is_some()) => {
            f.mentions.iter().map(|m| m.qualifier.as_deref()).collect()
        }
        None => vec![],
    };
    // A mention printed exactly says so where another is approximate (`突破 | 无`).
    let zh: Vec<&str> = all.iter().map(|q| q.unwrap_or("无")).collect();
    let en: Vec<&str> = all.iter().map(|q| q.map_or("none", qualifier_en)).collect();
    (zh.join(" | "), en.join(" | "))
}

fn kind_name(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Share => "share",
        FigureKind::Ratio => "ratio",
        FigureKind::Rate => "rate",
        FigureKind::Count => "count",
        FigureKind::Measure => "measure",
        FigureKind::Fraction => "fraction",
    }
}

fn mentions(f: &Figure) -> (String, String, String) {
    let passages: Vec<&str> = f.mentions.iter().map(|m| m.passage.as_str()).collect();
    let quotes: Vec<&str> = f.mentions.iter().map(|m| m.quote.as_str()).collect();
    // Our translation of each quote, as the English page highlights it (empty where none).
    let quotes_en: Vec<&str> = f
        .mentions
        .iter()
        .map(|m| m.quote_en.as_deref().unwrap_or(""))
        .collect();
    (
        passages.join(" | "),
        quotes.join(" | "),
        quotes_en.join(" | "),
    )
}

/// The value in its base unit, at the printed precision and no more (4.35亿 is `435000000`,
/// never the float's `434999999.99999994`); a fraction as its value (1/3 is 0.3333).
fn base_value(f: &Figure) -> String {
    if f.numeral.contains('/') {
        return plain(f.base_value());
    }
    let exponent = f.scale().map_or(0, |s| s.exponent()) as usize;
    let decimals = crate::format::decimals_of(&f.numeral).saturating_sub(exponent);
    // The formatter's Chinese form: no group separator, no trailing zeros.
    crate::format::format_number(f.base_value(), decimals, crate::model::Lang::Zh)
}

/// The English of the unit a value is printed in: the base unit after its scale (`10,000 m²`
/// for 万平方米, `100 million yuan` for 亿元), the base unit alone where none is printed.
fn printed_unit_en(f: &Figure) -> String {
    match (f.scale(), f.unit.en.as_str()) {
        (Some(scale), "") => scale.en().to_string(),
        (Some(scale), unit) => format!("{} {unit}", scale.en()),
        (None, unit) => unit.to_string(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Every figure as JSON, as the data holds it (labels, value, unit, as printed, qualifier,
/// kind, part, definition, action, period, mentions), under the page's source line and
/// translation note. A value printed in 万, 亿 or 万亿 says so in its English unit (`10,000 m²`) and comes
/// with its `base_value` and `base_unit` too (68200 m²).
pub fn figures_json(content: &Content) -> String {
    use serde_json::{json, Value};
    let figures: Vec<Value> = content
        .figures
        .iter()
        .map(|f| {
            let mut value = serde_json::to_value(f).unwrap_or(Value::Null);
            if f.scale().is_some() {
                value["unit"]["en"] = json!(printed_unit_en(f));
            }
            value["base_value"] =
                serde_json::from_str::<Value>(&base_value(f)).unwrap_or(Value::Null);
            value["base_unit"] = json!({ "zh": f.base_unit(), "en": f.unit.en });
            value
        })
        .collect();
    let notes: Vec<Value> = content
        .charts
        .iter()
        .filter_map(|c| {
            c.note
                .as_ref()
                .map(|n| json!({ "chart": c.id, "figures": c.figures, "note": n }))
        })
        .collect();
    let file = json!({
        "source": content.page.source,
        "credit": content.page.credit,
        "translation_note": content.page.translation_note,
        "corrections": content.corrections,
        "chart_notes": notes,
        "figures": figures,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// One chart's figures, in its order.
pub fn chart_csv(content: &Content, chart_id: &str) -> Option<String> {
    let chart = content.charts.iter().find(|c| c.id == chart_id)?;
    Some(csv_of(
        content,
        chart.figures.iter().filter_map(|id| content.figure(id)),
    ))
}

/// The file name of a chart's CSV under [`DIR`].
pub fn chart_file(chart_id: &str) -> String {
    format!("chart-{chart_id}.csv")
}

#[cfg(not(target_arch = "wasm32"))]
/// Writes every file into `dist/data/`.
pub fn write_all(content: &Content, dist: &std::path::Path) -> Result<(), String> {
    let dir = dist.join(DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let write = |name: &str, text: String| {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    write("figures.csv", figures_csv(content))?;
    write("figures.json", figures_json(content))?;
    for chart in &content.charts {
        let csv = chart_csv(content, &chart.id).unwrap_or_default();
        write(&chart_file(&chart.id), csv)?;
    }
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_csv_has_a_bom_a_header_and_a_row_per_figure() {
        let content = crate::content::content();
        let csv = figures_csv(content);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), content.figures.len() + 1);
        assert!(lines[0].contains("\"label_zh\""));
        assert!(csv.contains("\"hospital-beds\",\"livelihood\",\"每千人医疗机构床位数\""));
        assert!(csv.contains(",\"6.82\","));
    }

    #[test]
    fn fields_with_quotes_and_commas_stay_one_field() {
        assert_eq!(
            row(&["a,b", "say \"hi\""]),
            "\"a,b\",\"say \"\"hi\"\"\"\r\n"
        );
        assert_eq!(plain(0.3333), "0.3333");
        assert_eq!(plain(125000.0), "125000");
    }

    #[test]
    fn every_chart_has_its_csv() {
        let content = crate::content::content();
        for chart in &content.charts {
            let csv = chart_csv(content, &chart.id).unwrap();
            assert_eq!(
                csv.trim_end().split("\r\n").count(),
                chart.figures.len() + 1
            );
        }
        assert_eq!(chart_csv(content, "no-such-chart"), None);
    }

    #[test]
    fn a_value_in_wan_says_its_unit_in_english_too() {
        // 6.82 beside 30389 in one chart's file: the English unit says what 6.82 counts.
        // No chart on this page mixes them now; one of the same unit, as an editor might make.
        let mut content = crate::content::content().clone();
        let mut chart = content.charts[0].clone();
        chart.kind = crate::model::ChartKind::Bars;
        chart.note = None;
        chart.id = "buildings".into();
        chart.figures = vec![
            "idle-factories-reused".into(),
            "illegal-buildings-removed".into(),
        ];
        content.charts.push(chart);
        let csv = chart_csv(&content, "buildings").unwrap();
        assert!(
            csv.contains(",\"6.82\",\"6.82\",\"\",\"\",\"measure\",\"万平方米\",\"10,000 m²\","),
            "{csv}"
        );
        assert!(
            csv.contains(",\"30389\",\"30389\",\"\",\"\",\"measure\",\"平方米\",\"m²\","),
            "{csv}"
        );
    }

    #[test]
    fn values_in_yi_and_wan_yi_say_their_scale_and_their_base_value() {
        let mut content = crate::content::content().clone();
        let f = &mut content.figures[0];
        (f.value, f.numeral, f.display) = (8263.0, "8263".into(), "8263亿元".into());
        f.unit = crate::model::Bilingual {
            zh: "亿元".into(),
            en: "yuan".into(),
        };
        let g = &mut content.figures[1];
        (g.value, g.numeral, g.display) = (7.0, "7".into(), "7万亿元".into());
        g.unit = crate::model::Bilingual {
            zh: "万亿元".into(),
            en: "yuan".into(),
        };
        let csv = figures_csv(&content);
        assert!(
            csv.contains(",\"亿元\",\"100 million yuan\",\"826300000000\",\"yuan\",\"8263亿元\","),
            "{csv}"
        );
        assert!(
            csv.contains(",\"万亿元\",\"trillion yuan\",\"7000000000000\",\"yuan\",\"7万亿元\","),
            "{csv}"
        );
        // The float's noise never reaches the files: 4.35亿 is 435000000, 2.01万亿 2010000000000.
        let h = &mut content.figures[2];
        (h.value, h.numeral, h.display) = (4.35, "4.35".into(), "4.35亿元".into());
        h.unit = crate::model::Bilingual {
            zh: "亿元".into(),
            en: "yuan".into(),
        };
        assert_ne!(
            h.base_value(),
            435_000_000.0,
            "the float is noisy, as the test needs"
        );
        let csv = figures_csv(&content);
        assert!(
            csv.contains(",\"435000000\",\"yuan\",\"4.35亿元\","),
            "{csv}"
        );
        let json: serde_json::Value = serde_json::from_str(&figures_json(&content)).unwrap();
        assert_eq!(json["figures"][2]["base_value"], 435_000_000.0);
        // A fraction keeps its value: 1/3以上 is 0.3333, never rounded to 0.
        let third = content.figure("workshop-labour-saved").unwrap();
        assert!(
            csv.contains(&format!(
                ",\"{}\",\"\",\"1/3以上\",",
                plain(third.base_value())
            )),
            "{csv}"
        );
        let labour = json["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "workshop-labour-saved")
            .unwrap();
        assert_eq!(labour["base_value"], third.base_value());
        let first = &json["figures"][0];
        assert_eq!(first["unit"]["en"], "100 million yuan");
        assert_eq!(first["base_value"], 826_300_000_000.0);
        assert_eq!(first["base_unit"]["zh"], "元");
    }

    #[test]
    fn the_json_says_its_source_and_a_value_in_wan_says_its_scale() {
        let content = crate::content::content();
        let json: serde_json::Value = serde_json::from_str(&figures_json(content)).unwrap();
        assert_eq!(json["source"]["en"], content.page.source.en.as_str());
        let reused = json["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "idle-factories-reused")
            .unwrap();
        assert_eq!(reused["value"], 6.82);
        assert_eq!(reused["unit"]["en"], "10,000 m²");
        assert_eq!(reused["base_value"], 68200.0);
        assert_eq!(reused["base_unit"]["en"], "m²");
    }

    #[test]
    fn the_csv_says_parts_notes_and_the_source() {
        let content = crate::content::content();
        let csv = figures_csv(content);
        assert!(csv.contains(",\"listed-companies\","), "part_of");
        // 12.5万人: 12.5 of “10,000 jobs”, and 125,000 jobs.
        assert!(
            csv.contains(",\"10,000 jobs\",\"125000\",\"jobs\",\"12.5万人\","),
            "{csv}"
        );
        let shares = chart_csv(content, "industry-output-shares").unwrap();
        let note = &content
            .charts
            .iter()
            .find(|c| c.id == "industry-output-shares")
            .unwrap();
        let note = note.note.as_ref().unwrap();
        assert_eq!(shares.matches(&field(&note.en)).count(), 3, "{shares}");
        assert!(csv.contains(&field(&content.page.source.zh)));
    }

    #[test]
    fn an_approximate_figure_keeps_its_qualifier_and_a_fraction_its_numeral() {
        let csv = figures_csv(crate::content::content());
        // 50多所: 50, and “more than”.
        assert!(
            csv.contains(",\"50\",\"50\",\"多\",\"more than\",\"count\","),
            "{csv}"
        );
        // 1/3以上: the numeral as printed beside the number a spreadsheet can use.
        assert!(
            csv.contains(",\"1/3\",\"以上\",\"at least\",\"fraction\","),
            "{csv}"
        );
        // 突破1600家 in one passage, 达1600家 in the other: each mention's own.
        assert!(
            csv.contains(",\"1600\",\"1600\",\"突破 | 无\",\"more than | none\","),
            "{csv}"
        );
    }
}
