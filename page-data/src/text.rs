//! A passage's text as typed blocks: paragraphs, each a run of spans, a span either words as
//! printed or a gap where our OCR copy lost words. The files write it as one string (a line
//! break between paragraphs, `……` for a gap) and the app's bundle keeps that string; the
//! blocks are read from it here, as they are asked for, so no other module looks for line
//! breaks or gap marks in a passage's text.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How the files write a gap: words lost in our OCR copy of the page (not by the newspaper).
pub const GAP_MARK: &str = "……";

/// A stretch of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span<'a> {
    /// Words as printed.
    Words(&'a str),
    /// Words our OCR copy lost.
    Gap,
}

/// A paragraph of a passage's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph<'a>(&'a str);

impl<'a> Paragraph<'a> {
    /// The spans in order: never two runs of words side by side, nor an empty one.
    pub fn spans(self) -> impl Iterator<Item = Span<'a>> {
        self.0.split(GAP_MARK).enumerate().flat_map(|(i, words)| {
            let gap = (i > 0).then_some(Span::Gap);
            gap.into_iter()
                .chain((!words.is_empty()).then_some(Span::Words(words)))
        })
    }

    /// The runs of words, in order, without the gaps.
    pub fn words(self) -> impl Iterator<Item = &'a str> {
        self.spans().filter_map(|s| match s {
            Span::Words(words) => Some(words),
            Span::Gap => None,
        })
    }

    /// The paragraph as the file writes it (gaps as `……`).
    pub fn as_written(self) -> &'a str {
        self.0
    }

    /// The paragraph's first run of words: whether a gap comes before it, the words, and
    /// whether anything (a gap, more words) comes after it. `None` when it has no words.
    pub fn opening(self) -> Option<(bool, &'a str, bool)> {
        let mut runs = self.0.split(GAP_MARK).enumerate();
        let (at, words) = runs.find(|(_, run)| !run.is_empty())?;
        Some((at > 0, words, runs.next().is_some()))
    }

    /// The paragraph split around the first place `quote` stands within one run of words (a
    /// quote never runs across a gap): the paragraph before it, the quote, the paragraph after.
    pub fn split_at_quote(self, quote: &str) -> Option<(&'a str, &'a str, &'a str)> {
        let mut run_start = 0;
        for run in self.0.split(GAP_MARK) {
            if let Some(at) = run.find(quote) {
                let (start, end) = (run_start + at, run_start + at + quote.len());
                return Some((&self.0[..start], &self.0[start..end], &self.0[end..]));
            }
            run_start += run.len() + GAP_MARK.len();
        }
        None
    }
}

/// A passage's text: its paragraphs. Kept as the file writes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(String);

impl Text {
    /// The text as the file writes it (paragraphs on lines of their own, gaps as `……`).
    pub fn as_written(&self) -> &str {
        &self.0
    }

    /// The paragraphs in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = Paragraph<'_>> {
        self.0.split('\n').map(Paragraph)
    }

    /// Whether our copy lost words anywhere in it.
    pub fn has_gap(&self) -> bool {
        self.0.contains(GAP_MARK)
    }

    /// Every run of words, paragraph by paragraph, without the gaps.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.paragraphs().flat_map(Paragraph::words)
    }

    /// Whether `quote` stands within one run of words (where it can be marked): the card
    /// finds it by the same [`Paragraph::split_at_quote`].
    pub fn holds(&self, quote: &str) -> bool {
        self.paragraphs().any(|p| p.split_at_quote(quote).is_some())
    }

    /// Whether every gap is written `……`: a lone `…` would read as words, and `…………` as two
    /// gaps side by side.
    pub fn marks_gaps_whole(&self) -> bool {
        self.0
            .split(|c| c != '…')
            .all(|run| run.is_empty() || run == GAP_MARK)
    }

    /// Whether there are no words at all.
    pub fn is_blank(&self) -> bool {
        self.words().all(|w| w.trim().is_empty())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text(text.to_string())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(text)
    }
}

/// The file's form: paragraphs on lines of their own, gaps as `……`.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_written())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        // Whatever the file holds (gaps, empty or trailing lines), the blocks put back
        // together give the text back, and no paragraph has two runs of words side by side.
        #[test]
        fn the_blocks_of_any_text_give_the_text_back(text in "[a北。…\\n]{0,24}") {
            let blocks = Text::from(text.as_str());
            let mut written = Vec::new();
            for p in blocks.paragraphs() {
                let spans: Vec<Span> = p.spans().collect();
                let two_runs = spans.windows(2).any(|w| matches!(w, [Span::Words(_), Span::Words(_)]));
                prop_assert!(!two_runs);
                prop_assert!(!spans.contains(&Span::Words("")));
                written.push(spans.iter().map(|s| match s {
                    Span::Words(w) => *w,
                    Span::Gap => GAP_MARK,
                }).collect::<String>());
            }
            prop_assert_eq!(written.join("\n"), text);
        }
    }

    #[test]
    fn a_text_is_read_into_paragraphs_of_words_and_gaps() {
        let text = Text::from("首段。\n北碚区……建成10个城市公园……\n……末段");
        let spans: Vec<Vec<Span>> = text.paragraphs().map(|p| p.spans().collect()).collect();
        assert_eq!(
            spans,
            [
                vec![Span::Words("首段。")],
                vec![
                    Span::Words("北碚区"),
                    Span::Gap,
                    Span::Words("建成10个城市公园"),
                    Span::Gap
                ],
                vec![Span::Gap, Span::Words("末段")],
            ]
        );
        assert!(text.has_gap());
        assert_eq!(
            text.words().collect::<Vec<_>>(),
            ["首段。", "北碚区", "建成10个城市公园", "末段"]
        );
    }

    #[test]
    fn a_quote_is_held_only_within_one_run_of_words() {
        let text = Text::from("床位数达到6.82张……居全市前列。");
        assert!(text.holds("达到6.82张"));
        assert!(!text.holds("6.82张……居"));
        assert!(!text.holds("张居"));
        let written = Text::from("旧文……床位数达到6.82张，居前列");
        let p = written.paragraphs().next().unwrap();
        assert_eq!(
            p.split_at_quote("达到6.82张"),
            Some(("旧文……床位数", "达到6.82张", "，居前列"))
        );
        assert_eq!(p.split_at_quote("旧文……床位"), None);
        let opening = |text: &str| {
            Text::from(text)
                .paragraphs()
                .next()
                .unwrap()
                .opening()
                .map(|(g, w, m)| (g, w.to_string(), m))
        };
        assert_eq!(
            opening("……电梯……装好"),
            Some((true, "电梯".to_string(), true))
        );
        assert_eq!(
            opening("电梯装好"),
            Some((false, "电梯装好".to_string(), false))
        );
        assert_eq!(opening("电梯……"), Some((false, "电梯".to_string(), true)));
        assert_eq!(opening("……"), None);
        assert!(!Text::from("无缺口。").has_gap());
        assert!(Text::from("……\n").is_blank());
        assert!(Text::from("前文……后文").marks_gaps_whole());
        assert!(!Text::from("前文…后文").marks_gaps_whole());
        assert!(!Text::from("前文…………后文").marks_gaps_whole());
    }
}
