//! The static page trunk's `index.html` becomes: the app rendered natively to HTML (the same
//! components, through yew's SSR), followed by the whole text of the page, so readers without
//! JavaScript or WASM, and crawlers, get every figure, chart and passage. The app replaces both
//! when it starts; the markup it renders first is the markup prerendered, so nothing shifts.
//! Trunk's inline loader is moved into a file, so the page runs under a strict CSP.

use crate::content::Content;
use crate::model::PassageKind;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole printed text in reading order, as plain HTML: the static page's second half.
pub fn static_text_html(content: &Content) -> String {
    let mut html = String::from(
        "<section id=\"static-text\" class=\"static-text\" lang=\"zh-Hans\" aria-labelledby=\"static-text-title\">\n<h2 id=\"static-text-title\">版面全文 <span lang=\"en\">The page as printed</span></h2>\n",
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
        html.push_str("</article>\n");
    }
    html.push_str(&format!(
        "<p class=\"static-credit\">{}</p>\n</section>\n",
        escape(&content.page.credit.zh)
    ));
    html
}

/// Open Graph and Twitter card tags, and the canonical link when the page's public URL is
/// known (`canonical`, the folder URL ending in `/`). Without it the share image's URL is
/// relative, which some sites do not follow.
pub fn share_tags(content: &Content, canonical: Option<&str>) -> String {
    let title = escape(&content.page.headline.zh);
    let description = escape(&content.page.dek.zh);
    let base = canonical.map(escape).unwrap_or_else(|| "./".to_string());
    let mut tags = String::new();
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

/// FNV-1a, for a short content hash in the loader's file name (cache-busting, not security).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The first element opened by `open` and closed by the next `close`: where it starts, where
/// its content starts and where its content ends.
fn element(html: &str, open: &str, close: &str) -> Result<(usize, usize, usize), String> {
    let start = html
        .find(open)
        .ok_or_else(|| format!("index.html has no {open}"))?;
    let inner = start + open.len();
    let end = html[inner..]
        .find(close)
        .ok_or_else(|| format!("{open} is not closed"))?;
    Ok((start, inner, inner + end))
}

/// Puts the prerendered app into `<div id="app">…</div>`, the static text after it, and moves
/// trunk's inline `<script type="module">` loader into its own file.
pub fn build_static_page(
    index_html: &str,
    head_tags: &str,
    app_html: &str,
    static_text: &str,
) -> Result<StaticPage, String> {
    let (_, inner, end) = element(index_html, "<div id=\"app\">", "</div>")?;
    let mut page = format!(
        "{}{app_html}</div>\n{static_text}{}",
        &index_html[..inner],
        &index_html[end + "</div>".len()..]
    );

    let head_end = page.find("</head>").ok_or("index.html has no </head>")?;
    page.insert_str(head_end, head_tags);

    const SCRIPT_OPEN: &str = "<script type=\"module\">";
    let (s, body_start, body_end) = element(&page, SCRIPT_OPEN, "</script>")?;
    let loader_js = page[body_start..body_end].trim().to_string() + "\n";
    let loader_name = format!("init-{:016x}.js", fnv1a(&loader_js));
    page.replace_range(
        s..body_end + "</script>".len(),
        &format!("<script type=\"module\" src=\"./{loader_name}\"></script>"),
    );
    if page.contains("<script>") || page.contains(SCRIPT_OPEN) || page.contains(" style=\"") {
        return Err("inline script or style left in the page: a strict CSP would block it".into());
    }
    Ok(StaticPage {
        index_html: page,
        loader_name,
        loader_js,
    })
}

/// Renders the app to HTML natively, as a first visit in Chinese sees it.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_app_html() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        yew::ServerRenderer::<crate::App>::new()
            .hydratable(false)
            .render()
            .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_OUTPUT: &str = "<html><head>\n<script type=\"module\">\nimport init from './app-1.js';\nawait init({ module_or_path: './app-1_bg.wasm' });\n</script>\n</head><body>\n<div id=\"app\">\n<noscript>x</noscript>\n</div>\n</body></html>";

    #[test]
    fn moves_the_loader_out_and_puts_the_app_in() {
        let page = build_static_page(
            TRUNK_OUTPUT,
            "<meta name=\"x\">",
            "<main>app</main>",
            "<section>text</section>",
        )
        .unwrap();
        assert!(page
            .index_html
            .contains("<div id=\"app\"><main>app</main></div>\n<section>text</section>"));
        assert!(page.index_html.contains(&format!(
            "<script type=\"module\" src=\"./{}\"></script>",
            page.loader_name
        )));
        assert!(!page.index_html.contains("import init"));
        assert!(page.loader_js.starts_with("import init from './app-1.js';"));
        assert!(page.loader_name.starts_with("init-") && page.loader_name.ends_with(".js"));
        assert!(page.index_html.contains("<meta name=\"x\"></head>"));
    }

    #[test]
    fn refuses_a_page_it_cannot_make_csp_safe() {
        assert!(build_static_page("<head></head><div id=\"app\"></div>", "", "", "").is_err());
        let with_inline = TRUNK_OUTPUT.replace("<body>", "<body><script>alert(1)</script>");
        assert!(build_static_page(&with_inline, "", "", "").is_err());
        let styled = build_static_page(TRUNK_OUTPUT, "", "<div style=\"color:red\"></div>", "");
        assert!(styled.is_err());
    }

    #[test]
    fn share_tags_use_the_canonical_url_when_given() {
        let content = crate::content::content().unwrap();
        let tags = share_tags(content, Some("https://news.example/beibei/"));
        assert!(tags.contains("<link rel=\"canonical\" href=\"https://news.example/beibei/\">"));
        assert!(tags.contains("content=\"https://news.example/beibei/share.png\""));
        assert!(tags.contains("og:title\" content=\"北碚奋力谱写高质量发展高品质生活新篇章\""));
        let relative = share_tags(content, None);
        assert!(!relative.contains("canonical") && relative.contains("content=\"./share.png\""));
    }

    #[test]
    fn the_static_text_holds_every_passage_escaped() {
        let content = crate::content::content().unwrap();
        let html = static_text_html(content);
        assert!(html.contains("每千人医疗机构床位数达到6.82张"));
        assert!(html.contains("本版稿件由北碚区融媒体中心"));
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_app_prerenders_with_charts_cards_and_no_inline_style() {
        let html = render_app_html();
        assert!(html.contains("北碚奋力谱写高质量发展高品质生活新篇章"));
        assert!(html.matches("<svg").count() >= 10, "charts");
        assert!(html.contains("id=\"toggle-hospital-beds\""));
        assert!(
            !html.contains(" style=\""),
            "inline style would break a strict CSP"
        );
    }
}
