//! Reads the page's data folder (`data/`, or the folder `INFOGRAPHIC_DATA` names), runs the
//! editor's audit on it (`page-data`: every rule, and the trace of every passage, quote and
//! number back to the printed source) and writes the model compactly (postcard) for the app,
//! so the WASM carries neither JSON text, nor a JSON parser, nor the checks. Data the audit
//! finds anything left to do in fails the build, each finding with its file, line and fault.

use std::path::{Path, PathBuf};

use page_data::audit::{audit, DataDir};
use page_data::Content;

/// The app's line breaking between words (pure; shared, so that the words found here are
/// checked against the breaks the app will make).
#[path = "src/typeset.rs"]
#[allow(dead_code)]
mod typeset;

fn main() {
    println!("cargo:rerun-if-env-changed=INFOGRAPHIC_DATA");
    println!("cargo:rerun-if-changed=src/typeset.rs");
    println!("cargo:rerun-if-changed=src/ui.rs");
    let dir = std::env::var("INFOGRAPHIC_DATA").unwrap_or_else(|_| "data".to_string());
    let dir = Path::new(dir.trim_end_matches('/'));
    for name in DataDir::FILES {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
    }
    let data = DataDir::read(dir).unwrap_or_else(|finding| fail(&[finding]));
    let found = audit(&data);
    if !found.is_empty() {
        fail(&found);
    }
    let mut content = Content::parse(&data.sources()).expect("the audit has parsed and checked it");
    content.line_words = line_words(&content);
    // What only the checks read (they have run above) stays out of the browser's app; the
    // native tools (the data files for readers, the audit) keep it.
    let content = match std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
        Ok("wasm32") => content.for_app(),
        _ => content,
    };
    let bytes = postcard::to_allocvec(&content).expect("the model encodes");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("content.postcard"), bytes).expect("OUT_DIR is writable");
}

/// The Chinese words (two characters or more) of the texts the app sets as short lines, as a
/// segmenter finds them, sorted. The plan names (十三五, 十四五) and a few words the segmenter
/// misses here (老房, 变身, 上云 上平台, 地区生产总值; 负责人称, never 负责人|称：; the
/// headline's phrases 新增就业 and 预期寿命; 成真, never 成|真的; 应对, never 有效应|对; the name
/// 黄远均) are words of their own. Where the app's
/// longest-match over these words would still break inside a word the segmenter found (占地|区
/// in 占地区生产总值, where it found 占|地区), the run up to that word's end is added as a word
/// too, so the app never breaks there.
fn line_words(content: &Content) -> Vec<String> {
    let mut jieba = jieba_rs::Jieba::new();
    // Words of our own: the segmenter is told them, with a weight that wins over its own cut
    // (it kept 成|真的 and 有效应|对 at its suggested weight), and each is a word whatever it
    // cuts.
    const OWN_WORDS: &[&str] = &[
        "十三五",
        "十四五",
        "可支配",
        "地区生产总值",
        "老房",
        "变身",
        "上云",
        "上平台",
        "负责人称",
        "新增就业",
        "预期寿命",
        "成真",
        "应对",
        "黄远均",
        "填色",
        "整条",
        "可支配收入",
        "高品质生活",
    ];
    for &name in OWN_WORDS {
        jieba.add_word(name, Some(100_000), None);
    }
    let ideograph = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}');
    // The page's short lines, and the interface's Chinese (every `zh: "…"` of src/ui.rs: the
    // embed hint, the notes' headings), which the app sets by words too.
    let ui = std::fs::read_to_string("src/ui.rs").expect("src/ui.rs is there");
    let mut texts = content.line_texts();
    texts.extend(ui.lines().filter_map(|line| {
        let (_, rest) = line.split_once("zh: \"")?;
        rest.split_once('"').map(|(text, _)| text)
    }));
    let tokens: Vec<Vec<&str>> = texts
        .iter()
        .map(|text| jieba.cut(text, true).into_iter().map(|t| t.word).collect())
        .collect();
    let mut words: Vec<String> = tokens
        .iter()
        .flatten()
        .filter(|w| w.chars().count() >= 2 && w.chars().all(ideograph))
        .map(|w| w.to_string())
        .collect();
    words.extend(OWN_WORDS.iter().map(|w| w.to_string()));
    words.sort_unstable();
    words.dedup();
    for _ in 0..8 {
        let mut more = Vec::new();
        for (text, tokens) in texts.iter().zip(&tokens) {
            // Where the segmenter's words end (byte offsets).
            let ends: Vec<usize> = tokens
                .iter()
                .scan(0, |at, t| {
                    *at += t.len();
                    Some(*at)
                })
                .collect();
            let mut start = 0;
            for run in typeset::word_runs(text, &words) {
                let end = start + run.len();
                if end < text.len() && !ends.contains(&end) {
                    let word_end = ends
                        .iter()
                        .copied()
                        .find(|&e| e > end)
                        .unwrap_or(text.len());
                    more.push(text[start..word_end].to_string());
                }
                start = end;
            }
        }
        if more.is_empty() {
            break;
        }
        words.extend(more);
        words.sort_unstable();
        words.dedup();
    }
    words
}

/// Stops the build with what is left to do, one finding a line.
fn fail(found: &[impl std::fmt::Display]) -> ! {
    for finding in found {
        eprintln!("error: {finding}");
    }
    eprintln!(
        "error: the page's data has {} thing(s) left to do (scripts/audit.sh prints the same)",
        found.len()
    );
    std::process::exit(1);
}
