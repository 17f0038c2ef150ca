//! Reads the page's data folder (`data/`, or the folder `INFOGRAPHIC_DATA` names) into the
//! model, checks it against every data rule (`src/rules.rs`) and writes it compactly (postcard)
//! for the app, so the WASM carries neither JSON text, nor a JSON parser, nor the rules. A file
//! that cannot be read fails the build with its name and serde's line and column; data that
//! breaks a rule fails it with the file, the entry and the fault.

#[allow(dead_code)]
#[path = "src/error.rs"]
mod error;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/route.rs"]
mod route;
#[allow(dead_code)]
#[path = "src/rules.rs"]
mod rules;

use std::path::PathBuf;

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    println!("cargo:rerun-if-changed={file}");
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: cannot be read: {e}"))
}

fn main() {
    println!("cargo:rerun-if-changed=src/model.rs");
    println!("cargo:rerun-if-env-changed=INFOGRAPHIC_DATA");
    let dir = std::env::var("INFOGRAPHIC_DATA").unwrap_or_else(|_| "data".to_string());
    let file = |name: &str| format!("{}/{name}", dir.trim_end_matches('/'));
    let content = model::Content::from_files(
        read(&file("passages.json")),
        read(&file("figures.json")),
        read(&file("charts.json")),
        read(&file("corrections.json")),
    );
    for name in ["src/route.rs", "src/error.rs", "src/rules.rs"] {
        println!("cargo:rerun-if-changed={name}");
    }
    if let Err(fault) = rules::check(&content) {
        // The rules name files as `data/…`; name the folder actually read.
        let fault = fault.to_string();
        let fault = fault.strip_prefix("data/").map_or(fault.clone(), file);
        eprintln!("error: {fault}");
        std::process::exit(1);
    }
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
