//! Native data tests: the data files are consistent and traceable to the printed page. The
//! provenance checks are the editor's audit (`src/audit.rs`, `scripts/audit.sh`): on our page
//! it must find nothing left to do.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use beibei_infographic::audit::{audit, DataDir};
use beibei_infographic::content::{Content, Sources};

fn bundled() -> Content {
    Content::parse(&Sources::bundled()).unwrap_or_else(|e| panic!("{e}"))
}

fn our_data() -> DataDir {
    DataDir::read(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data")))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Every passage clause and quote is in the source, every number in the source is a figure or
/// excluded with a reason, and no printed clause is left out of the passages.
#[test]
fn the_page_is_traceable_to_the_source_and_wholly_covered() {
    let found: Vec<String> = audit(&our_data()).iter().map(|f| f.to_string()).collect();
    assert!(found.is_empty(), "left to do:\n{}", found.join("\n"));
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

/// A picture only where it means something true: a figure no chart draws is drawn alone when
/// it is an exact part of a whole (a share, a fraction, a part of another figure); a count, a
/// measure, a growth, a ratio that can pass 100% or an approximate figure is its number alone.
#[test]
fn a_figure_alone_is_drawn_only_as_an_exact_part_of_a_whole() {
    use beibei_infographic::model::FigureKind;
    let content = bundled();
    for f in content.figures.iter().filter(|f| !content.in_chart(&f.id)) {
        let whole = f.part_of.as_deref().and_then(|w| content.figure(w));
        let drawn = beibei_infographic::charts::visual_of(f, whole).is_some();
        let exact = f.qualifier.is_none() && f.mentions.iter().all(|m| m.qualifier.is_none());
        let means_something = exact
            && (whole.is_some() || matches!(f.kind, FigureKind::Share | FigureKind::Fraction));
        assert_eq!(drawn, means_something, "{}: {:?}", f.id, f.kind);
    }
}

#[test]
fn units_that_differ_only_by_wan_share_one_axis_in_one_base_unit() {
    let content = beibei_infographic::content();
    // No chart on this page mixes them now; one of the same unit, as an editor might make.
    let mut chart = content.charts[0].clone();
    chart.figures = vec![
        "idle-factories-reused".into(),
        "illegal-buildings-removed".into(),
    ];
    let chart = &chart;
    let bars = content.chart_bars(chart, beibei_infographic::Lang::En);
    let reused = bars
        .iter()
        .find(|b| b.figure == "idle-factories-reused")
        .unwrap();
    // Printed 6.82万平方米, drawn as 68,200 m² beside the figures printed in 平方米.
    assert_eq!(reused.value, 68_200.0);
    assert_eq!(reused.value_text, "68,200 m²");
    let zh = content.chart_bars(chart, beibei_infographic::Lang::Zh);
    assert!(zh.iter().any(|b| b.value_text == "6.82万平方米"));
    assert!(bars.iter().any(|b| b.value == 30_389.0));
}
