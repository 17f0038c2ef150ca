//! Reads the page's data folder (`data/`, or the folder `INFOGRAPHIC_DATA` names), runs the
//! editor's audit on it (`page-data`: every rule, and the trace of every passage, quote and
//! number back to the printed source) and writes the model compactly (postcard) for the app,
//! so the WASM carries neither JSON text, nor a JSON parser, nor the checks. Data the audit
//! finds anything left to do in fails the build, each finding with its file, line and fault.

use std::path::{Path, PathBuf};

use page_data::audit::{audit, DataDir};
use page_data::Content;

fn main() {
    println!("cargo:rerun-if-env-changed=INFOGRAPHIC_DATA");
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
/// segmenter finds them, sorted. The plan names (十三五, 十四五) are words of their own.
fn line_words(content: &Content) -> Vec<String> {
    let mut jieba = jieba_rs::Jieba::new();
    for name in ["十三五", "十四五", "可支配"] {
        jieba.add_word(name, None, None);
    }
    let ideograph = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}');
    let mut words: Vec<String> = content
        .line_texts()
        .iter()
        .flat_map(|text| jieba.cut(text, true))
        .map(|token| token.word)
        .filter(|w| w.chars().count() >= 2 && w.chars().all(ideograph))
        .map(str::to_string)
        .collect();
    words.sort_unstable();
    words.dedup();
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
