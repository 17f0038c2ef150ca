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
    use beibei_infographic::prerender::{
        build_static_page, embed_script, head_tags, render_app_html, static_text_html, Profile,
    };
    use beibei_infographic::share_image;

    fn draw_share_image(
        content: &beibei_infographic::Content,
        dir: &std::path::Path,
    ) -> Result<(), String> {
        let font = std::fs::read(share_image::FONT_PATH).map_err(|e| {
            format!(
                "{}: {e} (scripts/setup.sh installs fonts-wqy-microhei)",
                share_image::FONT_PATH
            )
        })?;
        share_image::register_font(Box::leak(font.into_boxed_slice()))?;
        share_image::draw_share_image(content, &dir.join("share.png"))
    }

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
        // The folder's public URL, for canonical and share tags: BEIBEI_CANONICAL_URL.
        let canonical = std::env::var("BEIBEI_CANONICAL_URL")
            .ok()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .map(|u| if u.ends_with('/') { u } else { format!("{u}/") });
        if let Err(e) = beibei_infographic::export::write_all(content, &dir) {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
        let embed_js = dir.join("embed.js");
        if let Err(e) = std::fs::read_to_string(&embed_js)
            .map_err(|e| format!("{}: {e}", embed_js.display()))
            .and_then(|js| embed_script(&js, content))
            .and_then(|js| std::fs::write(&embed_js, js).map_err(|e| e.to_string()))
        {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
        if let Err(e) = draw_share_image(content, &dir) {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
        let index = dir.join("index.html");
        let result = std::fs::read_to_string(&index)
            .map_err(|e| format!("{}: {e}", index.display()))
            .and_then(|html| {
                build_static_page(
                    &html,
                    &head_tags(content, canonical.as_deref()),
                    &render_app_html(),
                    &static_text_html(content),
                    Profile::from_trunk(std::env::var("TRUNK_PROFILE").ok().as_deref()),
                )
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
