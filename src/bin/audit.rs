//! The editor's audit of a page's data folder (default `data/`): prints what is left to do,
//! one sentence a line with file and line, and exits 1 while anything is; see AUTHORING.md.
//! `scripts/audit.sh [data-dir]` runs it.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use infographic::audit::{audit, DataDir};
    use infographic::format::format_figure;
    use infographic::Lang;
    use std::process::ExitCode;

    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data".to_string());
    let data = match DataDir::read(std::path::Path::new(&dir)) {
        Ok(data) => data,
        Err(finding) => {
            println!("{finding}");
            return ExitCode::FAILURE;
        }
    };
    // How a reader will read each figure in both languages, for the author to check: the
    // English is worded by the app (8263亿元 → 826.3 billion yuan), not copied from the data.
    if let Ok(content) = infographic::Content::parse(&data.sources()) {
        println!("How each figure reads (Chinese → English):");
        for f in &content.figures {
            println!(
                "  {}: {} → {}",
                f.id,
                format_figure(f, Lang::Zh),
                format_figure(f, Lang::En)
            );
        }
        println!();
    }
    let found = audit(&data);
    for finding in &found {
        println!("{finding}");
    }
    if found.is_empty() {
        println!("audit: {dir}: nothing left to do");
        ExitCode::SUCCESS
    } else {
        println!("audit: {dir}: {} thing(s) left to do", found.len());
        ExitCode::FAILURE
    }
}
