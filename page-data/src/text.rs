//! A passage's text as typed blocks: paragraphs, each a run of spans, a span either words as
//! printed or a gap where our OCR copy lost words. The files write it as one string (a line
//! break between paragraphs, `……` for a gap); it is read into blocks once, here, so no other
//! module looks for line breaks or gap marks in a string.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How the files write a gap: words lost in our OCR copy of the page (not by the newspaper).
pub const GAP_MARK: &str = "……";

/// A stretch of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// Words as printed.
    Words(String),
    /// Words our OCR copy lost.
    Gap,
}

/// A paragraph: its spans in order, never two gaps or two runs of words side by side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paragraph {
    spans: Vec<Span>,
}

impl Paragraph {
    /// The spans in order.
    #[inline]
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// The runs of words, in order, without the gaps.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.spans.iter().filter_map(|s| match s {
            Span::Words(w) => Some(w.as_str()),
            Span::Gap => None,
        })
    }

    fn read(text: &str) -> Paragraph {
        let mut spans = Vec::new();
        for (i, words) in text.split(GAP_MARK).enumerate() {
            if i > 0 {
                spans.push(Span::Gap);
            }
            if !words.is_empty() {
                spans.push(Span::Words(words.to_string()));
            }
        }
        Paragraph { spans }
    }
}

impl fmt::Display for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for span in &self.spans {
            f.write_str(match span {
                Span::Words(w) => w,
                Span::Gap => GAP_MARK,
            })?;
        }
        Ok(())
    }
}

/// A passage's text: its paragraphs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct Text {
    paragraphs: Vec<Paragraph>,
}

impl Text {
    /// The paragraphs in order.
    #[inline]
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// Whether our copy lost words anywhere in it.
    pub fn has_gap(&self) -> bool {
        self.paragraphs.iter().any(|p| p.spans.contains(&Span::Gap))
    }

    /// Every run of words, paragraph by paragraph, without the gaps.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.paragraphs.iter().flat_map(Paragraph::words)
    }

    /// Whether `quote` stands within one run of words (where it can be marked).
    pub fn holds(&self, quote: &str) -> bool {
        self.words().any(|w| w.contains(quote))
    }

    /// Whether there are no words at all.
    pub fn is_blank(&self) -> bool {
        self.words().all(|w| w.trim().is_empty())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text {
            paragraphs: text.split('\n').map(Paragraph::read).collect(),
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::from(text.as_str())
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.to_string()
    }
}

/// The file's form: paragraphs on lines of their own, gaps as `……`.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            p.fmt(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        // Whatever the file holds (gaps of any length, empty or trailing lines), reading it
        // into blocks and writing it back gives it back unchanged.
        #[test]
        fn any_text_reads_into_blocks_and_writes_back_unchanged(text in "[a北。…\n]{0,24}") {
            let blocks = Text::from(text.as_str());
            prop_assert_eq!(blocks.to_string(), text);
            for p in blocks.paragraphs() {
                let two_runs = p.spans().windows(2).any(|w| matches!(w, [Span::Words(_), Span::Words(_)]));
                prop_assert!(!two_runs);
            }
        }
    }

    #[test]
    fn a_text_is_read_into_paragraphs_of_words_and_gaps_and_written_back_the_same() {
        let written = "首段。\n北碚区……建成10个城市公园……\n……末段";
        let text = Text::from(written);
        let spans: Vec<&[Span]> = text.paragraphs().iter().map(|p| p.spans()).collect();
        let words = |w: &str| Span::Words(w.to_string());
        assert_eq!(
            spans,
            [
                &[words("首段。")][..],
                &[
                    words("北碚区"),
                    Span::Gap,
                    words("建成10个城市公园"),
                    Span::Gap
                ][..],
                &[Span::Gap, words("末段")][..],
            ]
        );
        assert!(text.has_gap());
        assert_eq!(text.to_string(), written);
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
        assert!(!Text::from("无缺口。").has_gap());
        assert!(Text::from("……\n").is_blank());
    }
}
