//! Provenance: ties every passage and every number back to the OCR'd page.
//!
//! Comparison is made on the *skeleton* of a text: whitespace and punctuation removed, but the
//! decimal point, fraction slash and per-cent sign kept, so that a changed digit always shows,
//! and a dash between two digits kept as `-`, so that a range is two numbers.

use crate::model::{Correction, Exclusion, Figure, Passage};

/// Whether a character is kept in the skeleton.
fn kept(c: char) -> bool {
    if c.is_whitespace() {
        return false;
    }
    if matches!(c, '.' | '/' | '%') || c.is_alphanumeric() {
        return true;
    }
    // CJK ideographs are alphanumeric; everything else left is punctuation or a symbol.
    false
}

/// Whether a character can join the two ends of a range (`20-60万元`, `20～60`, `20—60`).
fn range_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '–' | '—' | '－' | '~' | '～')
}

/// The text without whitespace and punctuation (see the module docs). A dash or tilde between
/// two digits is kept as `-`: `20-60万元` is two numbers, 20 and 60, never 2060.
pub fn skeleton(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().filter(|c| !c.is_whitespace()).peekable();
    while let Some(c) = chars.next() {
        if kept(c) {
            out.push(c);
        } else if range_dash(c)
            && out.ends_with(|d: char| d.is_ascii_digit())
            && chars.peek().is_some_and(|d| d.is_ascii_digit())
        {
            out.push('-');
        }
    }
    out
}

/// The source's skeleton with the corrections applied. Each correction's original must occur
/// exactly once; the error names the one that does not.
pub fn corrected_source(source: &str, corrections: &[Correction]) -> Result<String, String> {
    let mut text = skeleton(source);
    for c in corrections {
        let original = skeleton(&c.original);
        match text.matches(&original).count() {
            1 => text = text.replacen(&original, &skeleton(&c.replacement), 1),
            n => {
                return Err(format!(
                    "correction `{}` occurs {n} times in the source, not once",
                    c.original
                ))
            }
        }
    }
    Ok(text)
}

/// The clauses of a text: the runs between punctuation marks (and between `……` gaps),
/// as skeletons, without empty ones.
pub fn clauses(text: &str) -> Vec<String> {
    text.split(|c: char| !kept(c) && !c.is_whitespace())
        .map(skeleton)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The source's lines as skeletons: a clause may run from the end of one line to the start of
/// another, where the page's columns were interleaved by the OCR.
fn line_skeletons(source: &str) -> Vec<String> {
    source
        .lines()
        .map(skeleton)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Clauses of a passage that cannot be found in the corrected source, either whole or joined
/// across a column break (the end of one source line followed by the start of another).
pub fn untraced_clauses(passage: &Passage, source: &str, corrected: &str) -> Vec<String> {
    let lines = line_skeletons(source);
    clauses(passage.text.as_written())
        .into_iter()
        .filter(|clause| !corrected.contains(clause.as_str()) && !joins_pieces(clause, &lines))
        .collect()
}

/// Whether `clause` is the end of one piece (a source line, a paragraph, a run between gaps)
/// followed by the start of another: a sentence that a column break or a gap cut in two.
fn joins_pieces(clause: &str, pieces: &[String]) -> bool {
    clause.char_indices().skip(1).any(|(i, _)| {
        let (head, tail) = clause.split_at(i);
        pieces.iter().any(|p| p.ends_with(head)) && pieces.iter().any(|p| p.starts_with(tail))
    })
}

/// Clauses of the source that no passage (nor the page frame) contains: text the data leaves
/// out. The source is read line by line, since its lines are where the OCR interleaved the
/// columns; gaps (`……`) in the passages vanish in the skeleton, so a clause cut by a gap matches.
pub fn uncovered_source_clauses(
    source: &str,
    corrections: &[Correction],
    printed: &[&str],
) -> Vec<String> {
    let all: Vec<String> = printed.iter().map(|t| skeleton(t)).collect();
    let all = all.join("|");
    // Paragraphs and the runs between gaps: where a column may end or begin.
    let pieces: Vec<String> = printed
        .iter()
        .flat_map(|t| t.split(['\n', '…']))
        .map(skeleton)
        .filter(|s| !s.is_empty())
        .collect();
    source
        .lines()
        .flat_map(clauses)
        .map(|clause| {
            corrections.iter().fold(clause, |c, fix| {
                c.replace(&skeleton(&fix.original), &skeleton(&fix.replacement))
            })
        })
        .filter(|clause| !all.contains(clause.as_str()) && !joins_pieces(clause, &pieces))
        .collect()
}

/// A number printed in the source: where it starts and ends in the corrected skeleton.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// The digits, with a decimal point if printed.
    pub number: String,
    /// Byte offset of the first digit.
    pub start: usize,
    /// Byte offset after the last digit.
    pub end: usize,
}

/// Every Arabic number in a skeleton text.
pub fn numbers(text: &str) -> Vec<Occurrence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (bytes[i] == b'.' && i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit()))
            {
                i += 1;
            }
            out.push(Occurrence {
                number: text[start..i].to_string(),
                start,
                end: i,
            });
        } else {
            i += 1;
        }
    }
    out
}

/// Every span of `needle` in `haystack`.
fn spans(haystack: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    haystack
        .match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

/// Numbers of the corrected source that neither a figure's quote nor an exclusion's context
/// covers. A quote covers the numbers inside the place it is found in the source.
pub fn uncovered_numbers(
    corrected: &str,
    figures: &[Figure],
    excluded: &[Exclusion],
) -> Vec<Occurrence> {
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for f in figures {
        // A quote accounts for its figure's own number, not for every number it holds: another
        // number in a long quote is a figure of its own or an exclusion with a reason.
        let own: Vec<String> = numbers(&skeleton(&f.numeral))
            .into_iter()
            .map(|n| n.number)
            .collect();
        for m in &f.mentions {
            for (s, e) in spans(corrected, &skeleton(&m.quote)) {
                covered.extend(
                    numbers(&corrected[s..e])
                        .into_iter()
                        .filter(|n| own.contains(&n.number))
                        .map(|n| (s + n.start, s + n.end)),
                );
            }
        }
    }
    for e in excluded {
        covered.extend(spans(corrected, &skeleton(&e.context)));
    }
    numbers(corrected)
        .into_iter()
        .filter(|n| !covered.iter().any(|(s, e)| *s <= n.start && n.end <= *e))
        .collect()
}
