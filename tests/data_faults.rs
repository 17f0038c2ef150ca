//! Broken copies of the data files must fail loudly, naming the file, the entry and the fault.
#![cfg(not(target_arch = "wasm32"))]

use infographic::content::{bundled_sources, Content, Sources, SOURCE_TEXT};
use infographic::{trace, DataError, Text};

/// Parses the files with one of them edited: `(file, from, to)` replaces the first `from`.
fn parse_edited(file: &str, from: &str, to: &str) -> Result<Content, DataError> {
    parse_edits(&[(file, from, to)])
}

/// Parses the files with each edit made in turn, as [`parse_edited`] makes one.
fn parse_edits(edits: &[(&str, &str, &str)]) -> Result<Content, DataError> {
    let edit = |name: &str, text: &'static str| -> String {
        let mut text = text.to_string();
        for (file, from, to) in edits.iter().filter(|(file, ..)| *file == name) {
            assert!(
                text.contains(from),
                "the test's edit `{from}` is not in {file}"
            );
            // An edit that changes nothing would test the data as it is.
            assert_ne!(from, to, "the test's edit changes nothing in {file}");
            text = text.replacen(from, to, 1);
        }
        text
    };
    let files = bundled_sources();
    let (p, f, c, k) = (
        edit("passages", files.passages),
        edit("figures", files.figures),
        edit("charts", files.charts),
        edit("corrections", files.corrections),
    );
    Content::parse(&Sources {
        passages: &p,
        figures: &f,
        charts: &c,
        corrections: &k,
    })
}

/// The files as they are.
fn bundled() -> Content {
    Content::parse(&bundled_sources()).unwrap()
}

fn message(result: Result<Content, DataError>) -> String {
    match result {
        Ok(_) => panic!("the broken data was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn malformed_json_names_the_file_and_position() {
    let m = message(parse_edited("figures", "\"figures\": [", "\"figures\": [,"));
    assert!(m.starts_with("data/figures.json: cannot be read"), "{m}");
    assert!(m.contains("line"), "{m}");
}

#[test]
fn a_changed_digit_in_a_quote_is_caught() {
    // 6.82 beds → 6.83 in the quote only: the quote is no longer in the passage.
    let m = message(parse_edited(
        "figures",
        "每千人医疗机构床位数达到6.82张",
        "每千人医疗机构床位数达到6.83张",
    ));
    assert!(
        m.contains("data/figures.json: entry `hospital-beds`"),
        "{m}"
    );
    assert!(m.contains("is not in passage `livelihood-report`"), "{m}");
}

#[test]
fn a_value_that_disagrees_with_the_printed_numeral_is_caught() {
    let m = message(parse_edited(
        "figures",
        "\"value\": 6.82,",
        "\"value\": 6.28,",
    ));
    assert!(
        m.contains("does not match the printed numeral `6.82`"),
        "{m}"
    );
}

#[test]
fn a_mention_of_a_missing_passage_is_caught() {
    let m = message(parse_edited(
        "figures",
        "\"passage\": \"elevators\"",
        "\"passage\": \"lifts\"",
    ));
    assert!(
        m.contains("entry `lifts-installed`")
            && m.contains("passage `lifts`, which does not exist"),
        "{m}"
    );
}

#[test]
fn a_duplicate_id_is_caught() {
    let m = message(parse_edited(
        "figures",
        "\"id\": \"community-parks\"",
        "\"id\": \"city-parks\"",
    ));
    assert!(m.contains("entry `city-parks`: id is used twice"), "{m}");
}

#[test]
fn two_units_on_one_chart_axis_are_caught() {
    let m = message(with_chart(
        "bars",
        "mixed",
        "livelihood",
        &["shantytown-homes", "city-parks"],
    ));
    assert!(m.contains("data/charts.json: entry `mixed`"), "{m}");
    assert!(m.contains("never two units on one axis"), "{m}");
}

#[test]
fn a_share_over_100_is_caught() {
    // Value, numeral and display changed together, so that only the share rule is broken.
    let printed = "\"value\": 50.7,\n   \"numeral\": \"50.7\",\n   \"unit\": {\n    \"zh\": \"%\",\n    \"en\": \"%\"\n   },\n   \"display\": \"50.7%\"";
    let m = message(parse_edited(
        "figures",
        printed,
        &printed.replace("50.7", "150.7"),
    ));
    assert_eq!(
        m,
        "data/figures.json: entry `forest-cover`: share 150.7 is outside 0–100%"
    );
}

#[test]
fn a_changed_digit_in_a_passage_is_not_traceable() {
    let content = bundled();
    let mut passage = content.passage("livelihood-report").unwrap().clone();
    passage.text = Text::from(passage.text.to_string().replace("6.82张", "6.83张"));
    let corrected = trace::corrected_source(SOURCE_TEXT, &content.corrections).unwrap();
    let missing = trace::untraced_clauses(&passage, SOURCE_TEXT, &corrected);
    assert_eq!(missing, vec!["每千人医疗机构床位数达到6.83张".to_string()]);
}

#[test]
fn an_invented_sentence_is_not_traceable() {
    let content = bundled();
    let mut passage = content.passage("elevators").unwrap().clone();
    passage.text = Text::from(passage.text.to_string() + "居民们都非常满意。");
    let corrected = trace::corrected_source(SOURCE_TEXT, &content.corrections).unwrap();
    assert_eq!(
        trace::untraced_clauses(&passage, SOURCE_TEXT, &corrected),
        vec!["居民们都非常满意".to_string()]
    );
}

#[test]
fn a_correction_that_does_not_match_the_source_is_refused() {
    let content = parse_edited(
        "corrections",
        "\"original\": \"北洛奋力谱写\"",
        "\"original\": \"北京奋力谱写\"",
    )
    .unwrap();
    let err = trace::corrected_source(SOURCE_TEXT, &content.corrections).unwrap_err();
    assert!(
        err.contains("北京奋力谱写") && err.contains("0 times"),
        "{err}"
    );
}

#[test]
fn a_number_with_no_figure_and_no_exclusion_is_reported() {
    let content = bundled();
    let corrected = trace::corrected_source(SOURCE_TEXT, &content.corrections).unwrap();
    let without_64: Vec<_> = content
        .excluded
        .iter()
        .filter(|e| e.number != "64")
        .cloned()
        .collect();
    let uncovered = trace::uncovered_numbers(&corrected, &content.figures, &without_64);
    assert_eq!(uncovered.len(), 1);
    assert_eq!(uncovered[0].number, "64");
}

#[test]
fn a_chart_without_its_measure_in_both_languages_is_caught() {
    let m = message(parse_edited(
        "charts",
        "\"en\": \"Share of the total output of industrial firms above designated size (China’s statistical cut-off for larger firms), in %; grey bars mark 100%; the page gives no period\"",
        "\"en\": \" \"",
    ));
    assert_eq!(
        m,
        "data/charts.json: entry `industry-output-shares`: has no `measure` in both languages: say what its bars have in common"
    );
}

#[test]
fn a_measure_line_that_ends_with_a_full_stop_is_caught() {
    // The page adds its own before the note: “…no period.. The three shares …”.
    let m = message(parse_edited(
        "charts",
        "the page gives no period\"",
        "the page gives no period.\"",
    ));
    assert!(m.contains("`measure` ends with a full stop"), "{m}");
}

#[test]
fn a_bar_too_small_to_see_is_caught() {
    // 20 firms in one park beside 5,331 firms district-wide: the chart issue 12 took apart.
    let chart = r#"{ "id": "industry-firms", "group": "industry", "kind": "bars", "headline": false,
        "title": { "zh": "企业数", "en": "Firms" }, "measure": { "zh": "企业（家）", "en": "Firms" },
        "figures": ["cloud-enterprises", "industrial-internet-firms"] },"#;
    let m = message(parse_edits(&[
        ("charts", "\"charts\": [", &format!("\"charts\": [{chart}")),
        (
            "figures",
            "\"id\": \"cloud-enterprises\",",
            "\"id\": \"cloud-enterprises\", \"definition\": \"企业（家）\",",
        ),
        (
            "figures",
            "\"id\": \"industrial-internet-firms\",",
            "\"id\": \"industrial-internet-firms\", \"definition\": \"企业（家）\",",
        ),
    ]));
    assert_eq!(
        m,
        "data/charts.json: entry `industry-firms`: figure `industrial-internet-firms` (20) is under 1/50 of the chart's largest bar (5331): it would be a sliver; show it on its own"
    );
}

#[test]
fn a_mention_worded_apart_must_say_so() {
    // 突破340 in one passage, 增至340 in the other: the first mention must carry its 突破.
    let m = message(parse_edited(
        "figures",
        "\"quote\": \"首个突破340个蓝天的行政区\",\n     \"qualifier\": \"突破\"",
        "\"quote\": \"首个突破340个蓝天的行政区\"",
    ));
    assert_eq!(
        m,
        "data/figures.json: entry `good-air-days`: quote `首个突破340个蓝天的行政区` prints `突破` next to the number: give the mention `\"qualifier\": \"突破\"`"
    );
}

#[test]
fn a_qualifier_one_mention_does_not_print_is_caught() {
    // One qualifier for both mentions of 1600 firms: the second prints 达1600家, not 突破.
    let one_for_both = parse_edited(
        "figures",
        "\"display\": \"1600家\",\n   \"qualifier\": null,",
        "\"display\": \"突破1600家\",\n   \"qualifier\": \"突破\",",
    );
    // (The first mention's own 突破 is then a second qualifier: that is caught first.)
    assert!(message(one_for_both).contains("a qualifier on the figure and on its mention"));
    let files = bundled_sources();
    let figures = files
        .figures
        .replacen(
            "\"display\": \"1600家\",\n   \"qualifier\": null,",
            "\"display\": \"突破1600家\",\n   \"qualifier\": \"突破\",",
            1,
        )
        .replacen(
            "\"quote\": \"科技型企业突破1600家\",\n     \"qualifier\": \"突破\"",
            "\"quote\": \"科技型企业突破1600家\"",
            1,
        );
    let m = message(Content::parse(&Sources {
        figures: &figures,
        ..files
    }));
    assert_eq!(
        m,
        "data/figures.json: entry `tech-enterprises`: quote `全区科技型企业达1600家` does not print the qualifier `突破` next to the number; where mentions differ, each mention carries its own"
    );
}

#[test]
fn a_display_that_disagrees_with_its_qualifier_is_caught() {
    let m = message(parse_edited(
        "figures",
        "\"display\": \"1600家\",",
        "\"display\": \"突破1600家\",",
    ));
    assert_eq!(
        m,
        "data/figures.json: entry `tech-enterprises`: display `突破1600家` and qualifier `null` disagree"
    );
}

#[test]
fn an_uncertain_join_must_be_in_its_passage() {
    let m = message(parse_edited(
        "passages",
        "\"uncertain_joins\": [\"最近，因定期要去医院\"]",
        "\"uncertain_joins\": [\"最近，因为要去医院\"]",
    ));
    assert_eq!(
        m,
        "data/passages.json: entry `elevators`: uncertain join `最近，因为要去医院` is not in the passage's text"
    );
}

#[test]
fn an_uncertain_joins_english_must_be_in_the_translation() {
    let m = message(parse_edited(
        "passages",
        "\"uncertain_joins_en\": [\"who had been forced to move away because he needed regular hospital visits, recently moved back\"]",
        "\"uncertain_joins_en\": [\"because he went to hospital, recently\"]",
    ));
    assert_eq!(
        m,
        "data/passages.json: entry `elevators`: `uncertain_joins_en` gives one exact piece of `text_en` for each uncertain join"
    );
}

/// A chart the editors drew before, put back at the top of `charts.json`.
fn with_chart(kind: &str, id: &str, group: &str, figures: &[&str]) -> Result<Content, DataError> {
    let figures = figures
        .iter()
        .map(|f| format!("\"{f}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let chart = format!(
        r#"{{ "id": "{id}", "group": "{group}", "kind": "{kind}", "headline": false,
        "title": {{ "zh": "图", "en": "Chart" }}, "measure": {{ "zh": "度量", "en": "Measure" }},
        "figures": [{figures}] }},"#
    );
    parse_edited("charts", "\"charts\": [", &format!("\"charts\": [{chart}"))
}

#[test]
fn a_part_beside_its_whole_is_refused() {
    // 3 private A-share companies drawn beside the 5 A-share companies they are among.
    let m = message(with_chart(
        "bars",
        "private-listed",
        "private-economy",
        &["listed-companies", "listed-private-companies"],
    ));
    assert!(
        m.starts_with("data/charts.json: entry `private-listed`: figure `listed-private-companies` is part of `listed-companies`: a part never stands beside its whole"),
        "{m}"
    );
}

#[test]
fn a_part_must_be_in_its_wholes_unit_and_no_larger() {
    let m = message(parse_edited(
        "figures",
        "\"part_of\": \"listed-companies\"",
        "\"part_of\": \"schools-built\"",
    ));
    assert!(
        m.starts_with("data/figures.json: entry `listed-private-companies`: part_of `schools-built`: a part is in its whole's unit and no larger"),
        "{m}"
    );
    let m = message(parse_edited(
        "figures",
        "\"part_of\": \"listed-companies\"",
        "\"part_of\": \"no-such-figure\"",
    ));
    assert!(
        m.ends_with("part_of names figure `no-such-figure`, which does not exist"),
        "{m}"
    );
}

#[test]
fn a_ratio_that_can_pass_100_is_never_drawn_as_a_share() {
    // The education chart as it was: a gross enrolment ratio against 100%.
    let m = message(with_chart(
        "share",
        "livelihood-education",
        "livelihood",
        &[
            "compulsory-retention",
            "highschool-enrolment",
            "preschool-enrolment",
        ],
    ));
    assert_eq!(
        m,
        "data/charts.json: entry `livelihood-education`: figure `compulsory-retention` is a ratio, no share of a whole (it can pass 100%, or what it divides is no part of what it divides by): never draw it as a share"
    );
}

#[test]
fn two_definitions_on_one_chart_are_refused() {
    // A retention rate (pupils who finish) beside a gross enrolment ratio.
    let m = message(with_chart(
        "bars",
        "education",
        "livelihood",
        &["compulsory-retention", "highschool-enrolment"],
    ));
    assert_eq!(
        m,
        "data/charts.json: entry `education`: figures `compulsory-retention` (巩固率) and `highschool-enrolment` (毛入学率) are of two definitions: a chart compares like with like"
    );
}

#[test]
fn two_actions_on_one_chart_are_refused() {
    // Land taken back beside land reused: one unit, two things done.
    let m = message(parse_edited(
        "charts",
        "\"charts\": [",
        r#""charts": [{ "id": "land-area", "group": "land", "kind": "bars", "headline": false,
        "title": { "zh": "土地（亩）", "en": "Land" }, "measure": { "zh": "土地（亩）", "en": "Land (mu)" },
        "figures": ["land-recovered", "idle-land-reused"] },"#,
    ));
    assert_eq!(
        m,
        "data/charts.json: entry `land-area`: figures `land-recovered` (收回) and `idle-land-reused` (盘活利用) are two actions: a chart draws one action, never what was taken back beside what was reused"
    );
}

#[test]
fn a_charted_figure_must_say_its_definition() {
    let m = message(parse_edited(
        "figures",
        "\"definition\": \"产值占规模以上工业总产值比重\",",
        "",
    ));
    assert_eq!(
        m,
        "data/charts.json: entry `industry-output-shares`: figure `emerging-manufacturing-share` does not say its `definition` (what it counts or measures): a chart draws figures of one definition"
    );
}

#[test]
fn overlapping_shares_must_say_so_wherever_they_are_drawn() {
    let note = "   \"note\": {\n    \"zh\": \"三项比重相加远超100%，可见三类所指的产值互有交叉，不应相加。\",\n    \"en\": \"The three shares add up to far more than 100%, so the categories overlap and should not be added together.\"\n   },\n";
    let m = message(parse_edited("charts", note, ""));
    assert_eq!(
        m,
        "data/charts.json: entry `industry-output-shares`: its shares add up to 193.3%: they overlap; give the chart a `note` that says so, for every place it is drawn"
    );
}

#[test]
fn a_passage_continues_only_another_passage() {
    let m = message(parse_edited(
        "passages",
        "\"continues\": \"industry-report\"",
        "\"continues\": \"innovation-report\"",
    ));
    assert_eq!(
        m,
        "data/passages.json: entry `innovation-report`: continues `innovation-report`, which is not another passage with a card"
    );
}

#[test]
fn a_passage_continues_no_caption_and_no_loop() {
    // A caption has no card to link to.
    let m = message(parse_edited(
        "passages",
        "\"continues\": \"industry-report\"",
        "\"continues\": \"innovation-caption\"",
    ));
    assert!(
        m.ends_with("which is not another passage with a card"),
        "{m}"
    );
    // industry-report → innovation-report → industry-report.
    let m = message(parse_edited(
        "passages",
        "\"id\": \"industry-report\",",
        "\"id\": \"industry-report\", \"continues\": \"innovation-report\",",
    ));
    assert!(m.ends_with("`continues` leads back to this passage"), "{m}");
}

#[test]
fn a_part_that_leads_back_to_itself_is_refused() {
    let m = message(parse_edited(
        "figures",
        "\"id\": \"listed-companies\",",
        "\"id\": \"listed-companies\", \"part_of\": \"listed-private-companies\",",
    ));
    assert!(m.contains("leads back to this figure"), "{m}");
}

#[test]
fn a_lead_is_a_figure_of_its_group_and_not_beside_a_headline_chart() {
    let m = message(parse_edited(
        "figures",
        "\"lead\": \"new-urban-jobs\"",
        "\"lead\": \"forest-cover\"",
    ));
    assert_eq!(
        m,
        "data/figures.json: entry `livelihood`: lead `forest-cover` is not a figure of this group"
    );
    let m = message(parse_edited(
        "figures",
        "\"id\": \"industry\",",
        "\"id\": \"industry\", \"lead\": \"high-tech-enterprises\",",
    ));
    assert!(
        m.contains("a headline chart leads this group already"),
        "{m}"
    );
}

#[test]
fn the_share_image_says_its_source_and_shows_its_headlines_figures() {
    let m = message(parse_edited(
        "passages",
        "\"source\": { \"zh\": \"来源：",
        "\"source\": { \"zh\": \" \", \"x\": \"",
    ));
    assert!(m.contains("`source` must say in one line"), "{m}");
    // The headline says 78.2 (life expectancy): an image without that figure is refused.
    let m = message(parse_edited(
        "passages",
        "\"hospital-beds\", \"life-expectancy\"], \"source\"",
        "\"hospital-beds\", \"forest-cover\"], \"source\"",
    ));
    assert!(
        m.contains("the headline says figure `life-expectancy`'s number; the image under it must show the figure"),
        "{m}"
    );
    // Figures of other groups and periods may stand beside it: each shows its own period.
    parse_edited(
        "passages",
        "\"share_image\": { \"figures\": [\"new-urban-jobs\", \"income-growth\"",
        "\"share_image\": { \"figures\": [\"new-urban-jobs\", \"forest-cover\"",
    )
    .unwrap();
}

#[test]
fn overlapping_shares_need_a_note_on_any_chart_and_an_empty_note_is_none() {
    let note = "   \"note\": {\n    \"zh\": \"三项比重相加远超100%，可见三类所指的产值互有交叉，不应相加。\",\n    \"en\": \"The three shares add up to far more than 100%, so the categories overlap and should not be added together.\"\n   },\n";
    // The same shares drawn as bars, without the note: still shares that overlap.
    let m = message(parse_edits(&[
        ("charts", "\"kind\": \"share\"", "\"kind\": \"bars\""),
        ("charts", note, ""),
    ]));
    assert!(m.contains("they overlap; give the chart a `note`"), "{m}");
    // A note that says nothing is none.
    let m = message(parse_edited(
        "charts",
        "\"zh\": \"三项比重相加远超100%，可见三类所指的产值互有交叉，不应相加。\"",
        "\"zh\": \" \"",
    ));
    assert!(m.contains("they overlap; give the chart a `note`"), "{m}");
}

#[test]
fn a_group_may_not_take_the_name_of_the_page_frame() {
    // `overview` names the section of the page's opening and closing passages; a group of
    // that name would share its heading and its filter.
    let m = message(parse_edited(
        "figures",
        "\"groups\": [",
        "\"groups\": [{\"id\": \"overview\", \"title\": {\"zh\": \"概览\", \"en\": \"Overview\"}, \"dek\": {\"zh\": \"概览\", \"en\": \"Overview\"}},",
    ));
    assert!(
        m.contains("data/figures.json: entry `overview`: `overview` names the page's frame"),
        "{m}"
    );
}

#[test]
fn a_quote_that_runs_across_a_gap_is_caught() {
    // Words lost in our copy (`……`) between two halves of a quote: the card could not mark
    // it as one piece of the printed words.
    let m = message(parse_edits(&[
        (
            "passages",
            "每千人医疗机构床位数达到6.82张",
            "每千人医疗机构床位数……达到6.82张",
        ),
        (
            "figures",
            "每千人医疗机构床位数达到6.82张",
            "每千人医疗机构床位数……达到6.82张",
        ),
        // The translation keeps each gap of the Chinese.
        (
            "passages",
            "the number of beds in medical facilities reached",
            "the number of beds in medical facilities…… reached",
        ),
    ]));
    assert!(
        m.contains("entry `hospital-beds`: quote `每千人医疗机构床位数……达到6.82张` is not in passage `livelihood-report` (or runs across a gap"),
        "{m}"
    );
}

#[test]
fn a_gap_written_with_one_or_four_dots_is_caught() {
    for wrong in ["…", "…………"] {
        let m = message(parse_edited(
            "passages",
            "每千人医疗机构床位数达到6.82张",
            &format!("每千人医疗机构{wrong}床位数达到6.82张"),
        ));
        assert!(
            m.contains("entry `livelihood-report`: a gap is written `……` (two `…`)"),
            "{m}"
        );
    }
}

#[test]
fn an_english_unit_that_repeats_the_printed_scale_is_refused() {
    // 12.5万人 with "10,000 jobs" would read "125,000 10,000 jobs"; "100 million yuan" and
    // "trillion yuan" likewise multiply a second time.
    for unit in [
        "10,000 jobs",
        "100 million jobs",
        "trillion jobs",
        "Million jobs",
        "bn jobs",
        "10,000jobs",
    ] {
        let m = message(parse_edited(
            "figures",
            "\"zh\": \"万人\",\n    \"en\": \"jobs\"",
            &format!("\"zh\": \"万人\",\n    \"en\": \"{unit}\""),
        ));
        assert!(m.contains("entry `new-urban-jobs`"), "{m}");
        assert!(m.contains("names a scale"), "{m}");
    }
    // The unit alone passes, and so does a unit that names a scale of its own where none is
    // printed (doctors per 10,000 people), or one in which a scale word is no scale.
    for unit in [
        "new jobs",
        "jobs in Yi villages",
        "Yi households",
        "billionaires",
    ] {
        assert!(parse_edited(
            "figures",
            "\"zh\": \"万人\",\n    \"en\": \"jobs\"",
            &format!("\"zh\": \"万人\",\n    \"en\": \"{unit}\""),
        )
        .is_ok());
    }
    assert!(parse_edited(
        "figures",
        "\"en\": \"beds per 1,000 people\"",
        "\"en\": \"beds per 10,000 people\"",
    )
    .is_ok());
}

#[test]
fn a_chart_or_group_id_that_would_not_make_a_link_or_a_path_is_refused() {
    for bad in ["Industry-Shares", "../shares", "shares/2020", "产值"] {
        let m = message(parse_edited(
            "charts",
            "\"id\": \"industry-output-shares\"",
            &format!("\"id\": \"{bad}\""),
        ));
        assert!(m.contains("must be a link and a path"), "{bad}: {m}");
    }
    let m = message(parse_edits(&[
        ("figures", "\"id\": \"tourism\"", "\"id\": \"tour ism\""),
        (
            "figures",
            "\"group\": \"tourism\"",
            "\"group\": \"tour ism\"",
        ),
        (
            "passages",
            "\"section\": \"tourism\"",
            "\"section\": \"tour ism\"",
        ),
    ]));
    assert!(m.contains("must be a link and a path"), "{m}");
}

#[test]
fn a_figure_id_that_would_not_make_its_own_page_is_refused() {
    // A figure's page is `figure-<id>.html` beside the whole page: its id is a path as it is.
    for bad in [
        "../schools-built",
        "schools-built.html",
        "Schools-Built",
        "schools/built",
        "学校",
    ] {
        let m = message(parse_edited(
            "figures",
            "\"id\": \"schools-built\"",
            &format!("\"id\": \"{bad}\""),
        ));
        assert!(m.contains("id must be a link"), "{bad}: {m}");
    }
}

#[test]
fn the_lead_names_two_to_four_figures_that_exist_once_each() {
    // The lead's list (after its line), not the share image's, which names the same figures.
    let lead = "comes from.\" }, \"figures\": [\"new-urban-jobs\", \"income-growth\", \"hospital-beds\", \"life-expectancy\"]";
    for (to, fault) in [
        ("\"figures\": [\"new-urban-jobs\", \"no-such-figure\"]", "figure `no-such-figure` does not exist"),
        ("\"figures\": [\"forest-cover\"]", "names two to four figures"),
        ("\"figures\": [\"forest-cover\", \"forest-cover\"]", "figure `forest-cover` is named twice"),
        (
            "\"figures\": [\"new-urban-jobs\", \"income-growth\", \"hospital-beds\", \"life-expectancy\", \"rd-share\"]",
            "names two to four figures",
        ),
    ] {
        let to = format!("comes from.\" }}, {to}");
        let m = message(parse_edited("passages", lead, &to));
        assert!(m.contains("entry `lead`") && m.contains(fault), "{m}");
    }
}

#[test]
fn our_headline_says_only_numbers_its_lead_figures_print() {
    // A number no lead figure's words print, in either language.
    for (from, to, lang, n) in [
        ("就业12.5万人", "就业13万人", "zh", "13"),
        (
            "and life expectancy of 78.2 years\"",
            "and life expectancy of 79 years\"",
            "en",
            "79",
        ),
        // A figure the headline cites, taken out of the lead.
        (
            "\"hospital-beds\", \"life-expectancy\"] }",
            "\"hospital-beds\"] }",
            "zh",
            "78.2",
        ),
    ] {
        let m = message(parse_edited("passages", from, to));
        assert!(m.contains("entry `lead`"), "{m}");
        assert!(
            m.contains(&format!(
                "`headline` ({lang}) says {n}, which no lead figure"
            )),
            "{m}"
        );
    }
}

#[test]
fn a_translation_sets_its_apostrophes_curly_as_our_english_does() {
    let m = message(parse_edited(
        "passages",
        "Xi Jinping’s earnest",
        "Xi Jinping's earnest",
    ));
    assert!(m.contains("entry `feature-intro`"), "{m}");
    assert!(
        m.contains("writes a straight ' after `y Xi Jinping`: write ’"),
        "{m}"
    );
}

#[test]
fn a_translated_passage_keeps_its_paragraphs_and_its_gaps() {
    // A paragraph break dropped from the translation of the lifts story.
    let m = message(parse_edited(
        "passages",
        "30 years without one……\\n",
        "30 years without one…… ",
    ));
    assert!(m.contains("entry `elevators`"), "{m}");
    assert!(m.contains("text_en has 1 paragraphs and text 2"), "{m}");
    // A gap of our copy left out of the translation.
    let m = message(parse_edited(
        "passages",
        "30 years without one……\\n",
        "30 years without one.\\n",
    ));
    assert!(m.contains("text_en has 1 gaps"), "{m}");
}

#[test]
fn a_translated_passage_gives_each_figure_its_english_words() {
    // The English words changed in the quote only: no longer in the translation.
    let m = message(parse_edited(
        "figures",
        "reached 6.82 per 1,000 people\"",
        "reached 6.83 per 1,000 people\"",
    ));
    assert!(m.contains("entry `hospital-beds`"), "{m}");
    assert!(
        m.contains("is not in the translation of `livelihood-report`"),
        "{m}"
    );
    // A mention without its English words, in a passage that has a translation.
    let m = message(parse_edited(
        "figures",
        ",\n     \"quote_en\": \"the number of beds in medical facilities reached 6.82 per 1,000 people\"",
        "",
    ));
    assert!(m.contains("give the mention `quote_en`"), "{m}");
    // English words without the figure's number (the number spelt out, in both).
    let m = message(parse_edits(&[
        (
            "passages",
            "18 schools were newly built",
            "Eighteen schools were newly built",
        ),
        (
            "figures",
            "\"18 schools were newly built",
            "\"Eighteen schools were newly built",
        ),
    ]));
    assert!(m.contains("entry `schools-built`"), "{m}");
    assert!(
        m.contains("has neither a digit nor the number in words"),
        "{m}"
    );
    // One to nine in words is the number (news style), but only the figure's own number.
    let m = message(parse_edits(&[
        (
            "passages",
            "renovated six old housing estates",
            "renovated seven old housing estates",
        ),
        (
            "figures",
            "\"renovated six old housing estates",
            "\"renovated seven old housing estates",
        ),
    ]));
    assert!(m.contains("entry `old-estates`"), "{m}");
}

#[test]
fn a_figure_someone_else_says_says_who_in_both_languages() {
    let m = message(parse_edited(
        "figures",
        "\"en\": \"A figure from Huizheng Machinery’s manager, unverified\"",
        "\"en\": \" \"",
    ));
    assert!(
        m.contains("`said_by` must say in both languages who says the number"),
        "{m}"
    );
}
