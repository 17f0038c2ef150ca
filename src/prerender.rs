//! The static page trunk's `index.html` becomes: the app rendered natively to HTML (the same
//! components, through yew's SSR), followed by the whole text of the page, so readers without
//! JavaScript or WASM, and crawlers, get every figure, chart and passage. The app hydrates the
//! prerendered part in place (its first render is that markup, node for node), and removes the
//! whole text, which its cards now hold.
//! Trunk's inline loader is moved into a file, so the page runs under a strict CSP.

use crate::content::Content;
use crate::html::escape;
use crate::model::PassageKind;

/// The whole printed text in reading order, as plain HTML: the static page's second half.
pub fn static_text_html(content: &Content) -> String {
    let heading = crate::ui::WHOLE_TEXT;
    let mut html = format!(
        "<section id=\"static-text\" class=\"static-text\" lang=\"zh-Hans\" aria-labelledby=\"static-text-title\">\n<h2 id=\"static-text-title\">{} <span lang=\"en\">{}</span></h2>\n",
        heading.zh, heading.en
    );
    for p in content
        .passages
        .iter()
        .filter(|p| p.kind != PassageKind::Caption)
    {
        html.push_str(&format!(
            "<article id=\"text-{}\"><h3>{}</h3>\n",
            escape(&p.id),
            escape(&p.title.zh)
        ));
        for para in p.paragraphs() {
            html.push_str(&format!("<p>{}</p>\n", escape(para)));
        }
        for join in &p.uncertain_joins {
            html.push_str(&format!(
                "<p class=\"static-note\">{}“…{}…”</p>\n",
                escape(crate::ui::JOIN_NOTE.zh),
                escape(join)
            ));
        }
        html.push_str("</article>\n");
    }
    html.push_str(&format!(
        "<p class=\"static-credit\">{}</p>\n</section>\n",
        escape(&content.page.credit.zh)
    ));
    html
}

/// The head's page-specific tags, all from the data: `<title>`, the meta description, Open
/// Graph and Twitter card tags, and the canonical link when the page's public URL is known
/// (`canonical`, the folder URL ending in `/`). Without it the share image's URL is relative,
/// which some sites do not follow. (`index.html` holds no page-specific words.)
pub fn head_tags(content: &Content, canonical: Option<&str>) -> String {
    let title = escape(&content.page.headline.zh);
    let description = escape(&content.page.dek.zh);
    let base = canonical.map(escape).unwrap_or_else(|| "./".to_string());
    let mut tags = format!(
        "<title>{title} · {}</title>\n<meta name=\"description\" content=\"{}\">\n",
        crate::ui::INFOGRAPHIC.zh,
        escape(&content.page.description.zh)
    );
    if let Some(url) = canonical {
        let url = escape(url);
        tags.push_str(&format!("<link rel=\"canonical\" href=\"{url}\">\n<meta property=\"og:url\" content=\"{url}\">\n"));
    }
    tags.push_str(&format!(
        "<meta property=\"og:type\" content=\"article\">\n\
         <meta property=\"og:locale\" content=\"zh_CN\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n\
         <meta property=\"og:image\" content=\"{base}share.png\">\n\
         <meta property=\"og:image:width\" content=\"1200\">\n\
         <meta property=\"og:image:height\" content=\"630\">\n\
         <meta property=\"og:image:alt\" content=\"{title}\">\n\
         <meta name=\"twitter:card\" content=\"summary_large_image\">\n\
         <meta name=\"twitter:title\" content=\"{title}\">\n\
         <meta name=\"twitter:description\" content=\"{description}\">\n\
         <meta name=\"twitter:image\" content=\"{base}share.png\">\n"
    ));
    tags
}

/// What the prerender writes: the new `index.html` and the loader moved out of it.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticPage {
    /// The page.
    pub index_html: String,
    /// The file name of the loader, e.g. `init-1a2b3c4d.js`.
    pub loader_name: String,
    /// The loader's text.
    pub loader_js: String,
}

/// Which build trunk ran: the release page must run under a strict CSP; the dev page that
/// `trunk serve` makes also carries trunk's inline live-reload script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `trunk build --release`: no inline script or style may be left.
    Release,
    /// `trunk serve` / `trunk build`: trunk's own inline scripts may stay.
    Dev,
}

impl Profile {
    /// From trunk's `TRUNK_PROFILE` (`release` or `debug`); anything else is treated as release,
    /// the stricter of the two.
    pub fn from_trunk(value: Option<&str>) -> Profile {
        match value {
            Some("debug") => Profile::Dev,
            _ => Profile::Release,
        }
    }
}

/// FNV-1a, for a short content hash in the loader's file name (cache-busting, not security).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// trunk's inline loader: a module script with a body and no `src`.
const LOADER: &str = "script[type=\"module\"]:not([src])";

fn rewrite<'h>(
    html: &str,
    handlers: Vec<(
        std::borrow::Cow<'static, lol_html::Selector>,
        lol_html::ElementContentHandlers<'h>,
    )>,
) -> Result<String, String> {
    lol_html::rewrite_str(
        html,
        lol_html::RewriteStrSettings {
            element_content_handlers: handlers,
            ..lol_html::RewriteStrSettings::default()
        },
    )
    .map_err(|e| format!("index.html: {e}"))
}

/// Puts the prerendered app into `#app` (marked `data-prerendered`, so the app hydrates it),
/// the static text after it, the head tags at the end of `<head>`, and moves trunk's inline
/// `<script type="module">` loader into its own file. trunk's output is parsed, not searched:
/// attribute order, whitespace, nested elements in `#app` and trunk's live-reload script do not
/// matter.
pub fn build_static_page(
    index_html: &str,
    head_tags: &str,
    app_html: &str,
    static_text: &str,
    profile: Profile,
) -> Result<StaticPage, String> {
    use lol_html::html_content::ContentType;
    use lol_html::{element, text};
    use std::cell::{Cell, RefCell};

    // First pass: the loader's text, and how many of each element there are.
    let loader_js = RefCell::new(String::new());
    let (loaders, apps, heads) = (Cell::new(0), Cell::new(0), Cell::new(0));
    rewrite(
        index_html,
        vec![
            text!(LOADER, |t| {
                loader_js.borrow_mut().push_str(t.as_str());
                Ok(())
            }),
            element!(LOADER, |_| {
                loaders.set(loaders.get() + 1);
                Ok(())
            }),
            element!("#app", |_| {
                apps.set(apps.get() + 1);
                Ok(())
            }),
            element!("head", |_| {
                heads.set(heads.get() + 1);
                Ok(())
            }),
        ],
    )?;
    for (count, what) in [
        (apps.get(), "one element with id=\"app\""),
        (
            loaders.get(),
            "one inline <script type=\"module\"> (trunk's loader)",
        ),
        (heads.get(), "one <head>"),
    ] {
        if count != 1 {
            return Err(format!("index.html: expected {what}, found {count}"));
        }
    }
    let loader_js = loader_js.into_inner().trim().to_string() + "\n";
    let loader_name = format!("init-{:016x}.js", fnv1a(&loader_js));

    // Second pass: the rewrite.
    let loader_tag = format!("<script type=\"module\" src=\"./{loader_name}\"></script>");
    let page = rewrite(
        index_html,
        vec![
            element!("#app", |el| {
                el.set_inner_content(app_html, ContentType::Html);
                el.set_attribute("data-prerendered", "")?;
                el.after(static_text, ContentType::Html);
                Ok(())
            }),
            element!("head", |el| {
                el.append(head_tags, ContentType::Html);
                Ok(())
            }),
            element!(LOADER, |el| {
                el.replace(&loader_tag, ContentType::Html);
                Ok(())
            }),
        ],
    )?;

    if profile == Profile::Release {
        if let Some(found) = inline_code(&page)? {
            return Err(format!(
                "{found} left in the page: a strict CSP would block it"
            ));
        }
    }
    Ok(StaticPage {
        index_html: page,
        loader_name,
        loader_js,
    })
}

/// The first inline script (a `<script>` without `src`, an `on…` handler, a `javascript:` URL),
/// `<style>` element or `style` attribute in `html`, if any: what a strict
/// Content-Security-Policy (`script-src 'self'; style-src 'self'`) blocks.
pub fn inline_code(html: &str) -> Result<Option<String>, String> {
    use lol_html::element;
    use std::cell::RefCell;
    let found = RefCell::new(None::<String>);
    let note = |what: String| {
        found.borrow_mut().get_or_insert(what);
    };
    rewrite(
        html,
        vec![
            element!("script:not([src])", |_| {
                note("an inline <script>".into());
                Ok(())
            }),
            element!("style", |_| {
                note("a <style> element".into());
                Ok(())
            }),
            element!("*", |el| {
                let tag = el.tag_name();
                for attr in el.attributes() {
                    let (name, value) = (attr.name(), attr.value());
                    if name == "style" {
                        note(format!("a style attribute on <{tag}>"));
                    } else if name.starts_with("on") {
                        note(format!("an inline event handler ({name}) on <{tag}>"));
                    } else if value
                        .trim_start()
                        .to_ascii_lowercase()
                        .starts_with("javascript:")
                    {
                        note(format!("a javascript: URL on <{tag}>"));
                    }
                }
                Ok(())
            }),
        ],
    )?;
    Ok(found.into_inner())
}

/// `embed.js` with the page's short title as the default title of the iframes it makes (used
/// when the host's element has no `data-title`). The title is written as a JSON string, which
/// is a valid JavaScript string literal.
pub fn embed_script(js: &str, content: &Content) -> Result<String, String> {
    const DEFAULT: &str = "var DEFAULT_TITLE = 'Infographic';";
    if !js.contains(DEFAULT) {
        return Err(format!("embed.js: `{DEFAULT}` is missing"));
    }
    let title = format!(
        "{} {}",
        content.page.short_title.zh, content.page.short_title.en
    );
    let literal = serde_json::to_string(&title).map_err(|e| e.to_string())?;
    // `</script>` and line separators cannot end up in the script: JSON escapes neither `<` nor
    // U+2028, so do it here.
    let literal = literal
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    Ok(js.replacen(DEFAULT, &format!("var DEFAULT_TITLE = {literal};"), 1))
}

/// Renders the app to HTML natively, as a first visit in Chinese sees it.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_app_html() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        yew::ServerRenderer::<crate::App>::new()
            .hydratable(true)
            .render()
            .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// trunk 0.21.14's real `index.html`, as its post-build hook receives it, from
    /// `trunk build --release` and from `trunk serve` (live-reload script included).
    /// Regenerate with `scripts/capture-trunk-output.sh` after a trunk upgrade.
    const RELEASE: &str = include_str!("../tests/fixtures/trunk/release.html");
    const SERVE: &str = include_str!("../tests/fixtures/trunk/serve.html");

    fn build(html: &str, profile: Profile) -> Result<StaticPage, String> {
        build_static_page(
            html,
            "<meta name=\"x\">",
            "<main>app</main>",
            "<section id=\"static-text\">text</section>",
            profile,
        )
    }

    /// The checks every good page passes: app in `#app`, text after it, loader moved out.
    fn assert_built(page: &StaticPage) {
        let html = &page.index_html;
        assert!(
            html.contains("<main>app</main></div><section id=\"static-text\">text</section>"),
            "{html}"
        );
        assert!(html.contains("data-prerendered"));
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"./{}\"></script>",
            page.loader_name
        )));
        assert!(
            !html.contains("<noscript>"),
            "the prerendered app takes the place of #app's content"
        );
        assert!(!html.contains("import init"));
        assert!(page.loader_js.contains("import init"));
        assert!(page.loader_js.contains("_bg.wasm"));
        assert!(page.loader_name.starts_with("init-") && page.loader_name.ends_with(".js"));
        assert!(html.to_lowercase().contains("<meta name=\"x\"></head"));
    }

    #[test]
    fn rewrites_trunks_release_output_for_a_strict_csp() {
        let page = build(RELEASE, Profile::Release).unwrap();
        assert_built(&page);
        assert_eq!(inline_code(&page.index_html).unwrap(), None);
    }

    #[test]
    fn rewrites_trunks_serve_output_keeping_its_reload_script() {
        assert!(
            inline_code(SERVE).unwrap().is_some(),
            "trunk serve adds an inline script"
        );
        let page = build(SERVE, Profile::Dev).unwrap();
        assert_built(&page);
        assert!(page.index_html.contains("WebSocket"), "live reload kept");
        // The same page as a release would be refused: the reload script is inline.
        let refused = build(SERVE, Profile::Release).unwrap_err();
        assert!(refused.contains("an inline <script>"), "{refused}");
    }

    #[test]
    fn does_not_depend_on_trunks_exact_bytes() {
        let variants = [
            // Nested elements inside #app: the whole content goes, not up to the first </div>.
            RELEASE.replace(
                "<div id=\"app\">",
                "<div id=\"app\"><div class=\"loading\"><div>…</div></div>",
            ),
            // Other attribute order, quoting and whitespace.
            RELEASE.replace("<div id=\"app\">", "<div\n  class=\"root\" id=app >"),
            RELEASE.replace(
                "<script type=\"module\">",
                "<script  nonce=\"\" type='module' >",
            ),
            RELEASE.replace("</head>", "</HEAD >"),
        ];
        for html in &variants {
            let page = build(html, Profile::Release).unwrap_or_else(|e| panic!("{e}\n{html}"));
            assert_built(&page);
            assert!(!page.index_html.contains("class=\"loading\""));
        }
    }

    #[test]
    fn refuses_a_page_it_cannot_make_csp_safe() {
        let no_app = RELEASE.replace("id=\"app\"", "id=\"root\"");
        assert!(build(&no_app, Profile::Release)
            .unwrap_err()
            .contains("id=\"app\""));
        let no_loader = RELEASE.replace("type=\"module\"", "type=\"text/plain\"");
        assert!(build(&no_loader, Profile::Release)
            .unwrap_err()
            .contains("trunk's loader"));
        let with_inline = RELEASE.replace("<body>", "<body><script>alert(1)</script>");
        assert!(build(&with_inline, Profile::Release)
            .unwrap_err()
            .contains("an inline <script>"));
        let styled = build_static_page(
            RELEASE,
            "",
            "<div style=\"color:red\"></div>",
            "",
            Profile::Release,
        );
        assert!(styled.unwrap_err().contains("style attribute on <div>"));
        let handler = build_static_page(
            RELEASE,
            "",
            "<button onclick=\"x()\"></button>",
            "",
            Profile::Release,
        );
        assert!(handler
            .unwrap_err()
            .contains("inline event handler (onclick) on <button>"));
        let url = build_static_page(
            RELEASE,
            "",
            "<a href=\" JavaScript:x()\">x</a>",
            "",
            Profile::Release,
        );
        assert!(url.unwrap_err().contains("javascript: URL on <a>"));
        let style_element =
            build_static_page(RELEASE, "<style>p{}</style>", "", "", Profile::Release);
        assert!(style_element.unwrap_err().contains("<style>"));
    }

    #[test]
    fn embed_js_gets_the_pages_short_title() {
        let content = crate::content::content();
        let js = include_str!("../embed/embed.js");
        let written = embed_script(js, content).unwrap();
        assert!(written.contains(&format!(
            "var DEFAULT_TITLE = \"{} {}\";",
            content.page.short_title.zh, content.page.short_title.en
        )));
        assert!(embed_script("(function(){})()", content).is_err());
    }

    #[test]
    fn reads_trunks_profile() {
        assert_eq!(Profile::from_trunk(Some("debug")), Profile::Dev);
        assert_eq!(Profile::from_trunk(Some("release")), Profile::Release);
        assert_eq!(Profile::from_trunk(None), Profile::Release);
    }

    #[test]
    fn head_tags_come_from_the_data_and_use_the_canonical_url_when_given() {
        let content = crate::content::content();
        let tags = head_tags(content, Some("https://news.example/beibei/"));
        assert!(tags.contains(&format!(
            "<title>{} · 数据图解</title>",
            content.page.headline.zh
        )));
        assert!(tags.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            content.page.description.zh
        )));
        assert!(tags.contains("<link rel=\"canonical\" href=\"https://news.example/beibei/\">"));
        assert!(tags.contains("content=\"https://news.example/beibei/share.png\""));
        assert!(tags.contains("og:title\" content=\"北碚奋力谱写高质量发展高品质生活新篇章\""));
        let relative = head_tags(content, None);
        assert!(!relative.contains("canonical") && relative.contains("content=\"./share.png\""));
    }

    #[test]
    fn the_static_text_holds_every_passage_escaped() {
        let content = crate::content::content();
        let html = static_text_html(content);
        assert!(html.contains("每千人医疗机构床位数达到6.82张"));
        assert!(html.contains("本版稿件由北碚区融媒体中心"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_app_prerenders_with_charts_cards_and_no_inline_style() {
        let html = render_app_html();
        assert!(html.contains("北碚奋力谱写高质量发展高品质生活新篇章"));
        // Every chart of the data is drawn.
        let charts = crate::content::content().charts.len();
        assert!(charts >= 5);
        assert_eq!(html.matches("class=\"chart-drawing\"").count(), charts);
        assert!(html.contains("id=\"toggle-hospital-beds\""));
        assert!(
            !html.contains(" style=\""),
            "inline style would break a strict CSP"
        );
    }
}
