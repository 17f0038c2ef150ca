//! Native data tests: the data files are consistent and traceable to the printed page.
#![cfg(not(target_arch = "wasm32"))]

use beibei_infographic::content::{Content, Sources, SOURCE_TEXT};
use beibei_infographic::trace;

fn bundled() -> Content {
    Content::parse(&Sources::bundled()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn bundled_data_parses_and_checks() {
    let c = bundled();
    assert!(c.figures.len() >= 50, "only {} figures", c.figures.len());
    assert!(c.passages.len() >= 15);
}

#[test]
fn every_passage_is_traceable_to_the_source() {
    let c = bundled();
    let corrected = trace::corrected_source(SOURCE_TEXT, &c.corrections).unwrap();
    for p in &c.passages {
        let missing = trace::untraced_clauses(p, SOURCE_TEXT, &corrected);
        assert!(
            missing.is_empty(),
            "passage `{}` has clauses not in the source: {missing:?}",
            p.id
        );
    }
    for t in [&c.page.headline.zh, &c.page.dek.zh, &c.page.credit.zh] {
        let p = beibei_infographic::Passage {
            id: "page".into(),
            section: "overview".into(),
            kind: beibei_infographic::PassageKind::Article,
            title: c.page.headline.clone(),
            title_printed: true,
            subtitle: None,
            text: t.clone(),
        };
        assert!(
            trace::untraced_clauses(&p, SOURCE_TEXT, &corrected).is_empty(),
            "{t}"
        );
    }
}

#[test]
fn the_whole_page_is_covered_by_passages() {
    let c = bundled();
    let mut printed: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
    printed.push(&c.page.headline.zh);
    printed.push(&c.page.credit.zh);
    for p in &c.passages {
        if p.title_printed {
            printed.push(&p.title.zh);
        }
        if let Some(s) = &p.subtitle {
            printed.push(&s.zh);
        }
    }
    let left_out = trace::uncovered_source_clauses(SOURCE_TEXT, &c.corrections, &printed);
    assert!(
        left_out.is_empty(),
        "source text in no passage: {left_out:?}"
    );
}

#[test]
fn every_number_in_the_source_is_a_figure_or_excluded_with_a_reason() {
    let c = bundled();
    let corrected = trace::corrected_source(SOURCE_TEXT, &c.corrections).unwrap();
    let uncovered = trace::uncovered_numbers(&corrected, &c.figures, &c.excluded);
    let shown: Vec<String> = uncovered
        .iter()
        .map(|o| {
            format!(
                "{} in …{}…",
                o.number,
                &corrected[o.start.saturating_sub(12)..(o.end + 12).min(corrected.len())]
            )
        })
        .collect();
    assert!(
        uncovered.is_empty(),
        "numbers neither figures nor excluded: {shown:?}"
    );
    for e in &c.excluded {
        assert!(
            !e.reason.trim().is_empty(),
            "exclusion `{}` has no reason",
            e.context
        );
        assert!(
            e.context.contains(&e.number),
            "exclusion context `{}` lacks `{}`",
            e.context,
            e.number
        );
        assert!(
            corrected.contains(&trace::skeleton(&e.context)),
            "exclusion context `{}` is not in the source",
            e.context
        );
    }
}

#[test]
fn every_quote_is_in_the_source() {
    let c = bundled();
    let corrected = trace::corrected_source(SOURCE_TEXT, &c.corrections).unwrap();
    for f in &c.figures {
        for m in &f.mentions {
            assert!(
                corrected.contains(&trace::skeleton(&m.quote)),
                "figure `{}`: quote `{}` is not in the printed page",
                f.id,
                m.quote
            );
        }
    }
}
