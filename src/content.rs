//! The data: the bundle `build.rs` checked (the rules are in `rules`) and compiled into the app
//! (postcard), decoded once; lookups; where a quote stands in its passage.

use std::sync::OnceLock;

use crate::charts::BarSpec;
use crate::format::format_figure;
pub use crate::model::Content;
use crate::model::{Chart, Lang, Passage, Text};
pub use crate::model::{CHARTS_FILE, CORRECTIONS_FILE, FIGURES_FILE, PASSAGES_FILE};
#[cfg(not(target_arch = "wasm32"))]
pub use page_data::files::Sources;

/// The four files, read, checked against every rule and encoded by `build.rs` (postcard): the
/// app carries neither a JSON parser nor the rules.
const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));

/// The printed page as OCR'd, kept for provenance checks.
#[cfg(not(target_arch = "wasm32"))]
pub const SOURCE_TEXT: &str = include_str!("../data/source/page.txt");

/// The files as they are in `data/`.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_sources() -> Sources<'static> {
    Sources {
        passages: include_str!("../data/passages.json"),
        figures: include_str!("../data/figures.json"),
        charts: include_str!("../data/charts.json"),
        corrections: include_str!("../data/corrections.json"),
    }
}

/// The bars of a chart, in the reader's language, each value worded as its card words it.
pub fn chart_bars(content: &Content, chart: &Chart, lang: Lang) -> Vec<BarSpec> {
    chart
        .figures
        .iter()
        .filter_map(|id| content.figure(id))
        .map(|f| BarSpec {
            figure: f.id.clone(),
            // The chart's title and measure say the rest of a short label.
            label: f
                .short_label
                .as_ref()
                .unwrap_or(&f.label)
                .get(lang)
                .to_string(),
            // Bars of one chart are in one base unit (万, 亿, 万亿 scaled out), as the rules
            // require.
            value: f.base_value(),
            value_text: format_figure(f, lang),
        })
        .collect()
}

/// The bundled content, decoded once. `build.rs` refused to build from data that breaks a rule,
/// and wrote these bytes from this same model, so decoding them cannot fail.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    // The error's Debug form (every variant's name) would cost the bundle bytes for a
    // message no reader can see.
    CONTENT.get_or_init(|| match postcard::from_bytes(BUNDLE) {
        Ok(content) => content,
        Err(_) => panic!("build.rs encodes this model"),
    })
}

/// Where a quote stands in a passage: in which paragraph, and that paragraph split into the
/// text before the quote, the quote, and the text after (the quote within one run of words:
/// never across a gap).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteAt<'a> {
    /// The paragraph's index.
    pub paragraph: usize,
    /// The paragraph before the quote.
    pub before: &'a str,
    /// The quote.
    pub quote: &'a str,
    /// The paragraph after it.
    pub after: &'a str,
}

/// Where `quote` first stands in `passage`, if it does.
pub fn locate_quote<'a>(passage: &'a Passage, quote: &str) -> Option<QuoteAt<'a>> {
    locate_in(&passage.text, quote)
}

/// Where `quote` first stands in `text` (a passage's, or its translation), if it does.
pub fn locate_in<'a>(text: &'a Text, quote: &str) -> Option<QuoteAt<'a>> {
    text.paragraphs().enumerate().find_map(|(paragraph, p)| {
        let (before, quote, after) = p.split_at_quote(quote)?;
        Some(QuoteAt {
            paragraph,
            before,
            quote,
            after,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::CardId;

    #[test]
    fn a_hash_names_a_card_only_where_there_is_one() {
        let c = content();
        assert!(c.card_at("#story-elevators").is_some());
        assert!(c.card_at("#hospital-beds").is_some());
        // A caption is a passage but has no card: its hash opens nothing.
        let caption = c
            .passages
            .iter()
            .find(|p| p.kind == crate::model::PassageKind::Caption)
            .expect("the page has a caption");
        assert_eq!(c.card_at(&format!("#story-{}", caption.id)), None);
        assert!(!c.has_card(&CardId::Story(caption.id.clone())));
    }

    #[test]
    fn every_mention_is_located_in_one_paragraph() {
        // A card marks a quote inside one paragraph; a quote across a paragraph break could
        // not be marked, and the card would show its passage without a highlight.
        let c = content();
        for f in &c.figures {
            for m in &f.mentions {
                let p = c.passage(&m.passage).unwrap();
                assert!(
                    locate_quote(p, &m.quote).is_some(),
                    "{}: quote `{}` spans paragraphs of `{}`",
                    f.id,
                    m.quote,
                    p.id
                );
            }
        }
    }

    #[test]
    fn a_quote_is_split_around_its_own_paragraph() {
        let mut p = content().passages[0].clone();
        p.text = "第一段。\n旧文……床位数达到6.82张，居全市前列。\n第三段。".into();
        assert_eq!(
            locate_quote(&p, "达到6.82张"),
            Some(QuoteAt {
                paragraph: 1,
                before: "旧文……床位数",
                quote: "达到6.82张",
                after: "，居全市前列。"
            })
        );
        assert_eq!(locate_quote(&p, "第一段。\n床位"), None);
        // Across a gap: not one run of words, so it cannot be marked.
        assert_eq!(locate_quote(&p, "旧文……床位"), None);
        assert_eq!(locate_quote(&p, "7.00张"), None);
    }

    #[test]
    fn bars_in_yi_and_wan_yi_are_drawn_in_one_base_unit() {
        // 8263亿元 beside 2.1万亿元: the longer bar is the trillions, worded as the cards word them.
        let mut content = content().clone();
        let mut chart = content.charts[0].clone();
        chart.figures = vec![content.figures[0].id.clone(), content.figures[1].id.clone()];
        for (f, (value, unit)) in content
            .figures
            .iter_mut()
            .zip([(8263.0, "亿元"), (2.1, "万亿元")])
        {
            f.value = value;
            f.numeral = value.to_string();
            f.qualifier = None;
            f.unit = crate::model::Bilingual {
                zh: unit.into(),
                en: "yuan".into(),
            };
        }
        let bars = chart_bars(&content, &chart, Lang::En);
        assert_eq!(bars[0].value, 826_300_000_000.0);
        assert_eq!(bars[1].value, 2_100_000_000_000.0);
        assert_eq!(bars[0].value_text, "826.3 billion yuan");
        assert_eq!(bars[1].value_text, "2.1 trillion yuan");
    }

    #[test]
    fn short_lines_never_break_inside_a_word_readers_saw_broken() {
        // 占地|区 (land taken up) in 占地区生产总值, 老|房, 变|身, 上云上|平台, 新增|就业, 预期|寿命:
        // each pair, where a short line holds it, has no break between its halves.
        let content = content();
        let mut checked = 0;
        for (before, after) in [
            ("占地", "区"),
            ("老", "房"),
            ("变", "身"),
            ("上云上", "平台"),
            ("新增", "就业"),
            ("预期", "寿命"),
        ] {
            for text in content.line_texts() {
                let Some(at) = text.find(&format!("{before}{after}")) else {
                    continue;
                };
                let at = at + before.len();
                let breaks: Vec<usize> = crate::typeset::word_runs(text, &content.line_words)
                    .iter()
                    .scan(0, |end, run| {
                        *end += run.len();
                        Some(*end)
                    })
                    .collect();
                assert!(!breaks.contains(&at), "{text} breaks {before}|{after}");
                checked += 1;
            }
        }
        assert!(checked >= 4, "{checked}");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_bundle_build_rs_made_is_the_json_files() {
        let mut from_json = Content::parse(&bundled_sources()).unwrap();
        // With the words of its short lines, which build.rs finds (收入 is one).
        assert!(content().line_words.iter().any(|w| w == "收入"));
        assert!(content().line_words.is_sorted());
        from_json.line_words = content().line_words.clone();
        assert_eq!(content(), &from_json);
        // The browser's bundle leaves out what only the checks read.
        let for_app = from_json.clone().for_app();
        assert!(!from_json.excluded.is_empty() && for_app.excluded.is_empty());
        assert!(
            for_app.page.description.zh.is_empty() && for_app.page.share_image.figures.is_empty()
        );
        assert!(from_json
            .passages
            .iter()
            .any(|p| p.kind == crate::model::PassageKind::Caption));
        assert!(for_app
            .passages
            .iter()
            .all(|p| p.kind != crate::model::PassageKind::Caption));
        // The citation reads the share image's source line, in both languages: that stays.
        assert_eq!(
            for_app.page.share_image.source,
            from_json.page.share_image.source
        );
        assert!(from_json.figures.iter().any(|f| f.action.is_some()));
        assert!(for_app
            .figures
            .iter()
            .all(|f| f.definition.is_none() && f.action.is_none()));
    }
}
