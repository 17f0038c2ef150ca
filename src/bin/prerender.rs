//! Turns trunk's output into the static page (see `beibei_infographic::prerender`).
//! Run by trunk as a post-build hook, on `$TRUNK_STAGING_DIR`, or by hand on a `dist/`:
//! `cargo run --bin prerender -- dist`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use beibei_infographic::content::content;
    use beibei_infographic::prerender::{build_static_page, render_app_html, static_text_html};

    pub fn main() -> ExitCode {
        let dir = std::env::args()
            .nth(1)
            .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
            .map(PathBuf::from);
        let Some(dir) = dir else {
            eprintln!("prerender: name the dist folder, or run as a trunk hook");
            return ExitCode::FAILURE;
        };
        let content = match content() {
            Ok(c) => c,
            Err(e) => {
                eprintln!("prerender: {e}");
                return ExitCode::FAILURE;
            }
        };
        let index = dir.join("index.html");
        let result = std::fs::read_to_string(&index)
            .map_err(|e| format!("{}: {e}", index.display()))
            .and_then(|html| {
                build_static_page(&html, &render_app_html(), &static_text_html(content))
            })
            .and_then(|page| {
                std::fs::write(dir.join(&page.loader_name), &page.loader_js)
                    .and_then(|_| std::fs::write(&index, &page.index_html))
                    .map_err(|e| e.to_string())
                    .map(|_| page)
            });
        match result {
            Ok(page) => {
                println!(
                    "prerender: {} ({} bytes) and {}",
                    index.display(),
                    page.index_html.len(),
                    page.loader_name
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("prerender: {e}");
                ExitCode::FAILURE
            }
        }
    }
}
