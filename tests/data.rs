//! Native data tests: what the page's data makes of the app (pictures, chart axes) and the
//! editor's audit (`page-data/src/audit.rs`, `scripts/audit.sh`) on broken copies of our page.
//! That our own page passes the audit is not tested here: `build.rs` runs the audit and does
//! not build the app from data it finds anything in (`page-data`'s own tests check it too).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use infographic::audit::{audit, DataDir};
use infographic::content::{bundled_sources, chart_bars, Content};

fn bundled() -> Content {
    Content::parse(&bundled_sources()).unwrap_or_else(|e| panic!("{e}"))
}

fn our_data() -> DataDir {
    DataDir::read(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data")))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_audit_finds_an_invented_sentence_and_a_changed_number() {
    let mut data = our_data();
    data.passages = data.passages.replacen(
        "每千人医疗机构床位数达到6.82张",
        "每千人医疗机构床位数达到6.82张，全市第一",
        1,
    );
    let found: Vec<String> = audit(&data).iter().map(|f| f.to_string()).collect();
    assert!(
        found
            .iter()
            .any(|f| f.contains("“全市第一”") && f.contains("is not in the source")),
        "{found:#?}"
    );
    let mut data = our_data();
    data.source = data.source.replacen("340天", "341天", 1);
    let found: Vec<String> = audit(&data).iter().map(|f| f.to_string()).collect();
    assert!(
        found.iter().any(|f| f.contains("the number 341")),
        "{found:#?}"
    );
}

/// A picture only where it says something its number does not. On this page that is the 3
/// private companies among the 5 listed, a part of another figure the page prints; every other
/// uncharted figure (shares alone, counts, measures, growth rates, ratios, approximate figures)
/// is its number alone.
#[test]
fn the_pictures_on_this_page_are_its_exact_parts_of_another_figure() {
    let content = bundled();
    let mut drawn: Vec<&str> = content
        .figures
        .iter()
        .filter(|f| !content.in_chart(&f.id))
        .filter(|f| {
            let whole = f.part_of.as_deref().and_then(|w| content.figure(w));
            infographic::charts::visual_of(f, whole).is_some()
        })
        .map(|f| f.id.as_str())
        .collect();
    drawn.sort_unstable();
    assert_eq!(drawn, ["listed-private-companies"]);
}

#[test]
fn units_that_differ_only_by_wan_share_one_axis_in_one_base_unit() {
    let content = infographic::content();
    // No chart on this page mixes them now; one of the same unit, as an editor might make.
    let mut chart = content.charts[0].clone();
    chart.kind = infographic::model::ChartKind::Bars;
    chart.note = None;
    chart.figures = vec![
        "idle-factories-reused".into(),
        "illegal-buildings-removed".into(),
    ];
    let chart = &chart;
    let bars = chart_bars(content, chart, infographic::Lang::En);
    let reused = bars
        .iter()
        .find(|b| b.figure == "idle-factories-reused")
        .unwrap();
    // Printed 6.82万平方米, drawn as 68,200 m² beside the figures printed in 平方米.
    assert_eq!(reused.value, 68_200.0);
    assert_eq!(reused.value_text, "68,200 m²");
    let zh = chart_bars(content, chart, infographic::Lang::Zh);
    assert!(zh.iter().any(|b| b.value_text == "6.82万平方米"));
    assert!(bars.iter().any(|b| b.value == 30_389.0));
}

#[test]
fn a_range_is_two_numbers_and_a_quote_accounts_only_for_its_own() {
    // A range printed in the source: 20 and 60, never “2060”.
    let mut data = our_data();
    data.source = data.source.replacen(
        "人均预期寿命达到78.2岁。",
        "人均预期寿命达到78.2岁。补贴20-60万元。",
        1,
    );
    let found: Vec<String> = audit(&data).iter().map(|f| f.to_string()).collect();
    assert!(
        found.iter().any(|f| f.contains("the number 20 in")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|f| f.contains("the number 60 in")),
        "{found:#?}"
    );
    assert!(!found.iter().any(|f| f.contains("2060")), "{found:#?}");

    // A quote widened over a second number that no figure or exclusion accounts for: that
    // number is still reported, though the quote holds it.
    let mut data = our_data();
    data.source = data
        .source
        .replacen("床位数达到6.82张,", "床位数达到6.82张(新增35张),", 1);
    data.passages =
        data.passages
            .replacen("床位数达到6.82张，", "床位数达到6.82张（新增35张），", 1);
    data.figures = data.figures.replacen(
        "\"quote\": \"每千人医疗机构床位数达到6.82张\"",
        "\"quote\": \"每千人医疗机构床位数达到6.82张（新增35张）\"",
        1,
    );
    let found: Vec<String> = audit(&data).iter().map(|f| f.to_string()).collect();
    assert!(
        found
            .iter()
            .any(|f| f.contains("the number 35 in") && f.contains("neither a figure nor excluded")),
        "{found:#?}"
    );
    assert!(
        !found.iter().any(|f| f.contains("the number 6.82")),
        "{found:#?}"
    );
}
