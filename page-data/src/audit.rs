//! The editor's audit: what is left to do before a page's data can be published, as plain
//! sentences that name the file, the entry and the line. `scripts/audit.sh [data-dir]` prints
//! it; the data tests run the same checks on `data/` and expect none to find anything.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::DataError;
use crate::files::Sources;
use crate::model::{Content, Passage, PassageKind, Section, Text};
use crate::trace;

/// One thing left to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file, as the editor names it (`data/figures.json`).
    pub file: String,
    /// The line in that file, where one can be given.
    pub line: Option<usize>,
    /// What is wrong, as a sentence.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A page's data folder, read: the four JSON files and the OCR'd source.
pub struct DataDir {
    /// The folder, as given.
    pub dir: PathBuf,
    /// `passages.json`.
    pub passages: String,
    /// `figures.json`.
    pub figures: String,
    /// `charts.json`.
    pub charts: String,
    /// `corrections.json`.
    pub corrections: String,
    /// `source/page.txt`.
    pub source: String,
}

impl DataDir {
    /// The files a data folder holds, by their names in it.
    pub const FILES: [&'static str; 5] = [
        "passages.json",
        "figures.json",
        "charts.json",
        "corrections.json",
        "source/page.txt",
    ];

    /// Reads a data folder; a missing file is a finding of its own.
    pub fn read(dir: &Path) -> Result<DataDir, Finding> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|e| Finding {
                file: path.display().to_string(),
                line: None,
                message: format!("cannot be read: {e}"),
            })
        };
        let mut texts = Vec::with_capacity(Self::FILES.len());
        for name in Self::FILES {
            texts.push(read(name)?);
        }
        let [passages, figures, charts, corrections, source] =
            <[String; 5]>::try_from(texts).expect("one text a file");
        Ok(DataDir {
            dir: dir.to_path_buf(),
            passages,
            figures,
            charts,
            corrections,
            source,
        })
    }

    /// The files as the content parser takes them.
    pub fn sources(&self) -> Sources<'_> {
        Sources {
            passages: &self.passages,
            figures: &self.figures,
            charts: &self.charts,
            corrections: &self.corrections,
        }
    }

    /// A file's name under this folder, for messages.
    fn name(&self, file: &str) -> String {
        self.dir.join(file).display().to_string()
    }

    /// The text of a file by its name in the data model's messages (`data/figures.json`).
    fn text_of(&self, file: &str) -> &str {
        match file.rsplit('/').next().unwrap_or(file) {
            "passages.json" => &self.passages,
            "figures.json" => &self.figures,
            "charts.json" => &self.charts,
            "corrections.json" => &self.corrections,
            _ => "",
        }
    }
}

/// The 1-based line of the first place `needle` stands in `text`.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    let at = text.find(needle)?;
    Some(text[..at].matches('\n').count() + 1)
}

/// The line of the source that holds a stretch of the skeleton text (whitespace removed).
fn source_line(source: &str, stretch: &str) -> Option<usize> {
    source
        .lines()
        .position(|l| trace::skeleton(l).contains(stretch))
        .map(|i| i + 1)
}

/// The line of the source that holds a number found in the corrected skeleton: the line with
/// the number and the most of its surroundings (a number at a line's edge has some on one
/// side only), else the first line with the number alone.
fn number_line(source: &str, corrected: &str, start: usize, end: usize) -> Option<usize> {
    (0..=3)
        .rev()
        .flat_map(|chars| {
            [
                (floor(corrected, start, chars), ceil(corrected, end, chars)),
                (floor(corrected, start, chars), end),
                (start, ceil(corrected, end, chars)),
            ]
        })
        .find_map(|(a, b)| source_line(source, &corrected[a..b]))
}

/// Everything left to do on a page's data: a broken rule first (the rest cannot be checked
/// until the files agree with each other), else every provenance check.
pub fn audit(data: &DataDir) -> Vec<Finding> {
    match Content::parse(&data.sources()) {
        Err(error) => vec![rule_finding(data, &error)],
        Ok(content) => provenance(data, &content),
    }
}

/// A broken data rule as a finding, at the line of the entry it names.
fn rule_finding(data: &DataDir, error: &DataError) -> Finding {
    let (file, id, message) = match error {
        DataError::Parse { file, message } => (*file, None, format!("cannot be read: {message}")),
        DataError::Entry { file, id, problem } => {
            (*file, Some(id.as_str()), format!("entry `{id}`: {problem}"))
        }
    };
    let name = file.rsplit('/').next().unwrap_or(file);
    Finding {
        file: data.name(name),
        line: id.and_then(|id| line_of(data.text_of(file), &format!("\"{id}\""))),
        message,
    }
}

/// The provenance checks: every passage and quote is in the source, every number in the source
/// is a figure or an exclusion with a reason, and no printed text is left out.
pub fn provenance(data: &DataDir, content: &Content) -> Vec<Finding> {
    let source = data.source.as_str();
    let corrected = match trace::corrected_source(source, &content.corrections) {
        Ok(text) => text,
        Err(problem) => {
            return vec![Finding {
                file: data.name("corrections.json"),
                line: None,
                message: problem,
            }]
        }
    };
    let mut found = Vec::new();
    let at = |file: &str, needle: &str| Finding {
        file: data.name(file),
        line: line_of(data.text_of(file), needle),
        message: String::new(),
    };

    // Passages (and the page's headline, dek and credit) are in the source.
    let page_texts = [
        ("headline", &content.page.headline.zh),
        ("dek", &content.page.dek.zh),
        ("credit", &content.page.credit.zh),
    ];
    let page_passages = page_texts.iter().map(|(field, text)| Passage {
        id: format!("page {field}"),
        section: Section::Frame,
        kind: PassageKind::Article,
        title: content.page.headline.clone(),
        title_printed: true,
        subtitle: None,
        text: Text::from(text.as_str()),
        text_en: None,
        uncertain_joins: Vec::new(),
        uncertain_joins_en: Vec::new(),
        continues: None,
        order_is_ours: false,
    });
    for p in content.passages.iter().cloned().chain(page_passages) {
        for clause in trace::untraced_clauses(&p, source, &corrected) {
            found.push(Finding {
                message: format!(
                    "passage `{}`: “{clause}” is not in the source (a typo, or a correction to record in corrections.json?)",
                    p.id
                ),
                ..at("passages.json", &format!("\"{}\"", p.id))
            });
        }
    }

    // Every quote is in the source.
    for f in &content.figures {
        for m in &f.mentions {
            if !corrected.contains(&trace::skeleton(&m.quote)) {
                found.push(Finding {
                    message: format!(
                        "figure `{}`: the quote “{}” is not in the source",
                        f.id, m.quote
                    ),
                    ..at("figures.json", &m.quote)
                });
            }
        }
    }

    // Every number in the source is a figure or excluded.
    for n in trace::uncovered_numbers(&corrected, &content.figures, &content.excluded) {
        let context = &corrected[floor(&corrected, n.start, 12)..ceil(&corrected, n.end, 12)];
        found.push(Finding {
            file: data.name("source/page.txt"),
            line: number_line(source, &corrected, n.start, n.end),
            message: format!(
                "the number {} in “…{context}…” is neither a figure nor excluded: add it to figures.json, or to `excluded` with a reason",
                n.number
            ),
        });
    }
    for e in &content.excluded {
        let fault = if e.reason.trim().is_empty() {
            Some("has no reason".to_string())
        } else if !e.context.contains(&e.number) {
            Some(format!("its context does not contain `{}`", e.number))
        } else if !corrected.contains(&trace::skeleton(&e.context)) {
            Some("its context is not in the source".to_string())
        } else {
            None
        };
        if let Some(fault) = fault {
            found.push(Finding {
                message: format!("the exclusion of {} (“{}”) {fault}", e.number, e.context),
                ..at("figures.json", &e.context)
            });
        }
    }

    // No printed text is left out of the passages.
    let mut printed: Vec<&str> = content
        .passages
        .iter()
        .map(|p| p.text.as_written())
        .collect();
    printed.push(&content.page.headline.zh);
    printed.push(&content.page.credit.zh);
    for p in &content.passages {
        if p.title_printed {
            printed.push(&p.title.zh);
        }
        if let Some(s) = &p.subtitle {
            printed.push(&s.zh);
        }
    }
    for clause in trace::uncovered_source_clauses(source, &content.corrections, &printed) {
        found.push(Finding {
            file: data.name("source/page.txt"),
            line: source_line(source, &clause),
            message: format!("“{clause}” is printed but in no passage"),
        });
    }
    found
}

/// The char boundary at most `chars` characters before `at`.
fn floor(text: &str, at: usize, chars: usize) -> usize {
    if chars == 0 {
        return at;
    }
    text[..at]
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The char boundary at most `chars` characters after `at`.
fn ceil(text: &str, at: usize, chars: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn our_page() -> DataDir {
        DataDir::read(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data"))).unwrap()
    }

    #[test]
    fn our_page_has_nothing_left_to_do() {
        let found: Vec<String> = audit(&our_page()).iter().map(|f| f.to_string()).collect();
        assert!(found.is_empty(), "{found:#?}");
    }

    fn fixture_page() -> DataDir {
        DataDir::read(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/page"
        )))
        .unwrap()
    }

    #[test]
    fn the_fixture_page_has_nothing_left_to_do() {
        let found: Vec<String> = audit(&fixture_page())
            .iter()
            .map(|f| f.to_string())
            .collect();
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn a_figure_removed_is_named_with_its_number_and_line() {
        let mut data = fixture_page();
        let mut figures: serde_json::Value = serde_json::from_str(&data.figures).unwrap();
        let list = figures["figures"].as_array_mut().unwrap();
        let before = list.len();
        list.retain(|f| f["id"] != "library-visits");
        assert_eq!(list.len(), before - 1);
        data.figures = serde_json::to_string_pretty(&figures).unwrap();
        let found = audit(&data);
        assert_eq!(found.len(), 1, "{found:#?}");
        let finding = &found[0];
        assert!(
            finding.message.starts_with("the number 8 in “"),
            "{finding}"
        );
        assert!(finding.message.contains("全年接待读者8万人次"), "{finding}");
        assert!(finding.file.ends_with("source/page.txt"));
        let line = finding.line.expect("a line");
        assert!(data
            .source
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("读者8万人次"));
    }

    #[test]
    fn every_number_of_our_page_is_found_on_its_line() {
        let data = our_page();
        let content = Content::parse(&data.sources()).unwrap();
        let corrected = trace::corrected_source(&data.source, &content.corrections).unwrap();
        for n in trace::numbers(&corrected) {
            let line = number_line(&data.source, &corrected, n.start, n.end)
                .unwrap_or_else(|| panic!("{} at {}: no line", n.number, n.start));
            let text = trace::skeleton(data.source.lines().nth(line - 1).unwrap());
            assert!(
                text.contains(&n.number),
                "{} is not on line {line}",
                n.number
            );
        }
    }

    #[test]
    fn a_broken_rule_names_the_entry_and_its_line() {
        let mut data = our_page();
        data.figures =
            data.figures
                .replacen("\"group\": \"livelihood\"", "\"group\": \"nowhere\"", 1);
        let found = audit(&data);
        assert_eq!(found.len(), 1);
        let line = found[0].line.expect("a line");
        assert!(found[0].message.contains("group `nowhere` does not exist"));
        assert!(data
            .figures
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("\"id\""));
    }
}
