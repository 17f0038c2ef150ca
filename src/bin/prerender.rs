//! Turns trunk's output into the static page (see `infographic::prerender`).
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
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use infographic::content::content;
    use infographic::embed::View;
    use infographic::model::Lang;
    use infographic::piece::Piece;
    use infographic::prerender::{
        app_files, build_static_page, embed_script, head_tags, loader_script, piece_head_tags,
        render_app_html, static_text_html, translations_file, PageParts, Profile,
    };
    use infographic::share_image;

    fn draw_share_image(
        content: &infographic::Content,
        dir: &std::path::Path,
    ) -> Result<(), String> {
        // A font file, kept for the process (plotters holds it), or what installs it.
        let font = |path: &str, package: &str| -> Result<&'static [u8], String> {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("{path}: {e} (scripts/setup.sh installs {package})"))?;
            Ok(Box::leak(bytes.into_boxed_slice()))
        };
        share_image::register_font(font(share_image::FONT_PATH, "fonts-wqy-microhei")?)?;
        share_image::register_latin_font(font(share_image::LATIN_FONT_PATH, "fonts-dejavu-core")?)?;
        for lang in [Lang::Zh, Lang::En] {
            share_image::draw_share_image(content, lang, &dir.join(share_image::file_name(lang)))?;
        }
        Ok(())
    }

    /// A file's text, or an error naming it.
    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Writes a file, or an error naming it.
    fn write(path: &Path, text: &str) -> Result<(), String> {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Everything the hook writes into `dir`: the data files, embed.js with the page's title,
    /// the share image, one static page per first view, and our loader.
    fn run(dir: &Path) -> Result<(), String> {
        let content = content();
        // The folder's public URL (INFOGRAPHIC_CANONICAL_URL), for the canonical, share and
        // alternate tags; the prerendered embed snippet asks the same function.
        let canonical = infographic::embed::public_url();
        // trunk's page, read once: every view's page is made from it. It and trunk's copy of
        // embed.js are read before anything is written, so a folder that is not trunk's output
        // (a mistyped argument) is refused as it was found.
        let trunk_page = read(&dir.join("index.html"))?;
        let embed_js = dir.join("embed.js");
        let embed_source = read(&embed_js)?;
        infographic::export::write_all(content, dir)?;
        write(&embed_js, &embed_script(&embed_source, content)?)?;
        draw_share_image(content, dir)?;
        let (translations_name, translations) = translations_file(content);
        write(&dir.join(&translations_name), &translations)?;
        let (loader_name, loader_js) = loader_script(&app_files(&trunk_page)?, &translations_name)?;
        write(&dir.join(&loader_name), &loader_js)?;
        let profile = Profile::from_trunk(std::env::var("TRUNK_PROFILE").ok().as_deref());
        for view in View::ALL {
            let parts = PageParts {
                view,
                piece: None,
                head_tags: head_tags(content, canonical.as_deref(), view),
                app_html: render_app_html(view, None),
                static_text: static_text_html(content, view.lang),
            };
            let html = build_static_page(&trunk_page, &parts, &loader_name, profile)?;
            write(&dir.join(view.file()), &html)?;
            println!("prerender: {} ({} bytes)", view.file(), html.len());
        }
        // Each figure, chart and section alone: its own page in each language (embedded view,
        // the piece alone; the shared CSS, loader and app are the whole page's), and a figure's
        // or chart's own share image.
        let started = std::time::Instant::now();
        let (mut pages, mut page_bytes, mut images, mut image_bytes) = (0, 0, 0, 0);
        for piece in Piece::all(content) {
            for lang in [Lang::Zh, Lang::En] {
                let view = View { lang, embed: true };
                let parts = PageParts {
                    view,
                    piece: Some(piece.code()),
                    head_tags: piece_head_tags(content, canonical.as_deref(), &piece, lang),
                    app_html: render_app_html(view, Some(piece.clone())),
                    static_text: String::new(),
                };
                let html = build_static_page(&trunk_page, &parts, &loader_name, profile)?;
                write(&dir.join(piece.file(lang)), &html)?;
                pages += 1;
                page_bytes += html.len();
                let path = dir.join(piece.image_file(lang));
                share_image::draw_piece_image(content, &piece, lang, &path)?;
                images += 1;
                image_bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
            }
        }
        println!(
            "prerender: {pages} piece pages ({page_bytes} bytes), {images} share images ({image_bytes} bytes), {:.1} s",
            started.elapsed().as_secs_f64()
        );
        println!("prerender: {loader_name} ({} bytes)", loader_js.len());
        println!(
            "prerender: {translations_name} ({} bytes)",
            translations.len()
        );
        Ok(())
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
        match run(&dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: {e}");
                ExitCode::FAILURE
            }
        }
    }
}
