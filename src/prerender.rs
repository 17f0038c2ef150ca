//! The static page trunk's `index.html` becomes: the app rendered natively to HTML (the same
//! components, through yew's SSR), followed by the whole text of the page, so readers without
//! JavaScript or WASM, and crawlers, get every figure, chart and passage. The app hydrates the
//! prerendered part in place (its first render is that markup, node for node), and removes the
//! whole text, which its cards now hold (all but the photo caption, whose photo we do not have).
//! Each first view (Chinese, English, each embedded) is its own such file; trunk's loader is
//! replaced by ours, a file (so the page runs under a strict CSP) that starts the app after
//! the page has loaded and keeps the reader's early taps.

use crate::content::Content;
use crate::embed::View;
use crate::format::quoted;
use crate::html::escape;
use crate::model::Lang;
use crate::piece::Piece;

/// The whole printed text in reading order, as plain HTML: the static page's second half. In
/// English, each passage is followed by our translation.
pub fn static_text_html(content: &Content, lang: Lang) -> String {
    let medium = content.page.medium;
    let heading = crate::ui::WHOLE_TEXT.of(medium);
    let mut html = format!(
        "<section id=\"static-text\" class=\"static-text\" lang=\"zh-Hans\" aria-labelledby=\"static-text-title\">\n<h2 id=\"static-text-title\">{} <span lang=\"en\">{}</span></h2>\n",
        escape(heading.zh),
        escape(heading.en)
    );
    // A note of ours, in both languages: this text is the same under every view.
    let note = |s: crate::ui::Str| {
        format!(
            "<p class=\"static-note\">{} <span lang=\"en\">{}</span></p>\n",
            escape(s.zh),
            escape(s.en)
        )
    };
    // Every passage, the photo caption too (its title, 图片说明, is ours).
    for p in &content.passages {
        // A title of ours says so; a printed subtitle is kept.
        let ours = if p.title_printed {
            String::new()
        } else {
            format!(
                " <small>{} <span lang=\"en\">{}</span></small>",
                escape(crate::ui::OUR_TITLE.zh),
                escape(crate::ui::OUR_TITLE.en)
            )
        };
        let subtitle = p.subtitle.as_ref().map_or(String::new(), |s| {
            format!("<small>——{}</small>", escape(&s.zh))
        });
        // In the English view, the title in English too, under the Chinese.
        let english = match lang {
            Lang::En => format!(
                "<br><span lang=\"en\">{}</span>",
                escape(&match &p.subtitle {
                    Some(sub) => crate::excerpt::subtitled_en(&p.title.en, &sub.en),
                    None => p.title.en.clone(),
                })
            ),
            Lang::Zh => String::new(),
        };
        html.push_str(&format!(
            "<article id=\"text-{}\"><h3>{}{subtitle}{english}{ours}</h3>\n",
            escape(&p.id),
            escape(&p.title.zh)
        ));
        if let Some(before) = p.continues.as_deref().and_then(|id| content.passage(id)) {
            // Its title as the heading it links gives it: in English too on the English page.
            let title = match lang {
                Lang::Zh => escape(&before.title.zh),
                Lang::En => format!(
                    "{} <span lang=\"en\">{}</span>",
                    escape(&before.title.zh),
                    escape(&before.title.en)
                ),
            };
            html.push_str(&format!(
                "<p class=\"static-note\">{} <span lang=\"en\">{}</span><a href=\"#text-{}\">{title}</a></p>\n",
                escape(crate::ui::CONTINUES.zh),
                escape(crate::ui::CONTINUES.en),
                escape(&before.id),
            ));
        }
        for para in p.text.paragraphs() {
            html.push_str(&format!("<p>{}</p>\n", escape(para.as_written())));
        }
        // Our translation, where there is one, says it is ours.
        if let Some(en) = p.text_en.as_ref().filter(|_| lang == Lang::En) {
            html.push_str(&format!(
                "<div class=\"static-translation\" lang=\"en\"><p class=\"static-note\">{}</p>\n",
                escape(crate::ui::OUR_TRANSLATION.en)
            ));
            for para in en.paragraphs() {
                html.push_str(&format!(
                    "<p>{}</p>\n",
                    escape(&crate::excerpt::with_gaps_shown(
                        para.as_written(),
                        Lang::En
                    ))
                ));
            }
            html.push_str("</div>\n");
        }
        if p.text.has_gap() {
            html.push_str(&note(crate::ui::GAP_NOTE.of(medium)));
        }
        if p.order_is_ours {
            html.push_str(&note(crate::ui::ORDER_NOTE.of(medium)));
        }
        for (i, join) in p.uncertain_joins.iter().enumerate() {
            // The same place in our translation, on the English page.
            let en = p
                .uncertain_joins_en
                .get(i)
                .filter(|_| lang == Lang::En)
                .map_or(String::new(), |en| {
                    format!(
                        "<span lang=\"en\">{}</span>",
                        escape(&crate::excerpt::join_in_translation(en))
                    )
                });
            html.push_str(&format!(
                "<p class=\"static-note\">{} <span lang=\"en\">{}</span>{}{en}</p>\n",
                escape(crate::ui::JOIN_NOTE.of(medium).zh),
                escape(crate::ui::JOIN_NOTE.of(medium).en),
                escape(&crate::excerpt::quoted_join(join))
            ));
        }
        html.push_str("</article>\n");
    }
    // The page's credit, in our English too on the English page.
    let credit_en = match lang {
        Lang::En => format!(
            " <span lang=\"en\">{}</span>",
            escape(&content.page.credit.en)
        ),
        Lang::Zh => String::new(),
    };
    html.push_str(&format!(
        "<p class=\"static-credit\">{}{credit_en}</p>\n</section>\n",
        escape(&content.page.credit.zh)
    ));
    html
}

/// The head's page-specific tags for one view, all from the data: `<title>`, the meta
/// description, Open Graph and Twitter card tags, the other language's file
/// (`hreflang`), and the canonical link when the page's public URL is known (`canonical`, the
/// folder URL ending in `/`). Without it the URLs are relative, which some sites do not follow.
/// An embedded view is not for search engines: `noindex`, and its canonical is the full page.
/// (`index.html` holds no page-specific words.)
pub fn head_tags(content: &Content, canonical: Option<&str>, view: View) -> String {
    let lang = view.lang;
    let title = escape(content.page.shown_headline().get(lang));
    // The page's own description (ours, which says whose figures these are), not the printed
    // dek: it is what search results and link previews show without the page around it.
    let description = escape(content.page.description.get(lang));
    let base = canonical.map(escape).unwrap_or_else(|| "./".to_string());
    let mut tags = format!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n",
        escape(&crate::piece::document_title(content, None, lang)),
        description
    );
    let full = |lang| View { lang, embed: false };
    let url_of = |view: View| format!("{base}{}", view.href().trim_start_matches("./"));
    if view.embed {
        tags.push_str("<meta name=\"robots\" content=\"noindex\">\n");
    } else if canonical.is_some() {
        // Search engines read only absolute alternates: without the public URL there are none.
        for other in [Lang::Zh, Lang::En] {
            tags.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                other.tag(),
                url_of(full(other))
            ));
        }
    }
    if canonical.is_some() {
        let url = url_of(full(lang));
        tags.push_str(&format!("<link rel=\"canonical\" href=\"{url}\">\n<meta property=\"og:url\" content=\"{url}\">\n"));
    }
    let image_alt = share_image_alt(content, lang);
    let image = format!("{base}{}", crate::share_image::file_name(lang));
    tags.push_str(&share_tags(lang, &title, &description, &image, &image_alt));
    tags
}

/// The Open Graph and Twitter card tags of a page (`title` and `description` escaped already):
/// its image is 1200×630, as every share image is.
fn share_tags(lang: Lang, title: &str, description: &str, image: &str, image_alt: &str) -> String {
    let locale = match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_GB",
    };
    let image_alt = escape(image_alt);
    format!(
        "<meta property=\"og:type\" content=\"article\">\n\
         <meta property=\"og:locale\" content=\"{locale}\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n\
         <meta property=\"og:image\" content=\"{image}\">\n\
         <meta property=\"og:image:width\" content=\"1200\">\n\
         <meta property=\"og:image:height\" content=\"630\">\n\
         <meta property=\"og:image:alt\" content=\"{image_alt}\">\n\
         <meta name=\"twitter:card\" content=\"summary_large_image\">\n\
         <meta name=\"twitter:title\" content=\"{title}\">\n\
         <meta name=\"twitter:description\" content=\"{description}\">\n\
         <meta name=\"twitter:image\" content=\"{image}\">\n"
    )
}

/// A piece's own page's head tags: its title and description (a figure's: its printed words),
/// its own share image (a section: the page's), its other language's page, and its own
/// canonical URL when the public folder is known (`canonical`). A piece's page is for sharing
/// and embedding, and may be found: it is not `noindex`.
pub fn piece_head_tags(
    content: &Content,
    canonical: Option<&str>,
    piece: &Piece,
    lang: Lang,
) -> String {
    let title = escape(&crate::piece::document_title(content, Some(piece), lang));
    // A figure's: whose figures they are (the kicker), then its printed words (in English our
    // translation, named so). Cut to what a link preview shows.
    let description = match piece {
        Piece::Figure(id) => content.figure(id).and_then(|f| {
            let mention = f.shown_mention()?;
            let kicker = content.kicker_of(f, lang);
            // The figure's period before its words, where the page gives one: a quote such
            // as "shut down 20 firms" says nothing of when.
            // Left out where it would push the words past what a preview shows.
            let when = f.period.as_ref().map(|p| p.get(lang));
            let say = |when: Option<&str>| match lang {
                Lang::Zh => Some(match when {
                    Some(when) => format!("{kicker}。{when}：{}", quoted(&mention.quote)),
                    None => format!("{kicker}。{}", quoted(&mention.quote)),
                }),
                Lang::En => mention.quote_en.as_ref().map(|q| match when {
                    Some(when) => format!("{kicker}. {when}: {} (our translation)", quoted(q)),
                    None => format!("{kicker}. {} (our translation)", quoted(q)),
                }),
            };
            say(when)
                .filter(|d| d.chars().count() <= preview_limit(lang))
                .or_else(|| say(None))
        }),
        Piece::Chart(id) => content
            .charts
            .iter()
            .find(|c| &c.id == id)
            .map(|c| c.measure.get(lang).to_string()),
        Piece::Section(id) => content.group(id).map(|g| g.dek.get(lang).to_string()),
    };
    let description = escape(&preview_text(
        &description.unwrap_or_else(|| content.page.description.get(lang).to_string()),
        lang,
    ));
    let base = canonical.map(escape).unwrap_or_else(|| "./".to_string());
    let mut tags =
        format!("<title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n");
    if canonical.is_some() {
        for other in [Lang::Zh, Lang::En] {
            tags.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{base}{}\">\n",
                other.tag(),
                piece.file(other)
            ));
        }
        let url = format!("{base}{}", piece.file(lang));
        tags.push_str(&format!("<link rel=\"canonical\" href=\"{url}\">\n<meta property=\"og:url\" content=\"{url}\">\n"));
    }
    let image = piece.image_file(lang);
    let image_alt = crate::share_image::piece_image_alt(content, piece, lang);
    tags.push_str(&share_tags(
        lang,
        &title,
        &description,
        &format!("{base}{image}"),
        &image_alt,
    ));
    tags
}

/// The longest description a link preview shows whole, in characters (Chinese sets about half
/// as many in the same width).
fn preview_limit(lang: Lang) -> usize {
    match lang {
        Lang::Zh => 110,
        Lang::En => 200,
    }
}

/// `text` as a link preview shows it: whole when short enough, else cut after its last
/// sentence or clause that fits, or at a word with `…`.
pub fn preview_text(text: &str, lang: Lang) -> String {
    let limit = preview_limit(lang);
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let fits: String = text.chars().take(limit).collect();
    let sentence = fits
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '。' | '；' | '！' | '？')
                || (matches!(c, '.' | ';' | ':') && fits[i + c.len_utf8()..].starts_with(' '))
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .filter(|&end| end >= fits.len() / 2);
    match sentence {
        // A clause's mark closes it as a sentence does.
        Some(end) => {
            let kept = &fits[..end];
            match kept.chars().last() {
                Some(';' | ':') => format!("{}.", &kept[..kept.len() - 1]),
                Some('；') => format!("{}。", &kept[..kept.len() - '；'.len_utf8()]),
                _ => kept.to_string(),
            }
        }
        None => {
            let cut = match lang {
                Lang::En => fits.rfind(' ').unwrap_or(fits.len()),
                Lang::Zh => fits.char_indices().last().map_or(0, |(i, _)| i),
            };
            format!("{}…", fits[..cut].trim_end_matches([',', '，', ' ']))
        }
    }
}

/// What the share image shows, in words (its `og:image:alt`): the headline, and each figure
/// under it with its period, in the image's language.
pub fn share_image_alt(content: &Content, lang: Lang) -> String {
    let figures: Vec<String> = content
        .share_image_figures()
        .map(|f| {
            let title = crate::format::figure_title(f, lang);
            let period = crate::ui::period_of(f, content.page.medium, lang);
            match lang {
                Lang::Zh => format!("{title}（{period}）"),
                // A sentence each (a title starts with a capital): no brackets in brackets.
                Lang::En => format!("{title}, {}.", crate::format::lower_first(period)),
            }
        })
        .collect();
    let headline = content.page.shown_headline().get(lang);
    match lang {
        Lang::Zh => format!("{headline}。{}。", figures.join("；")),
        Lang::En => format!("{headline}. {}", figures.join(" ")),
    }
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

/// FNV-1a, for a short content hash in a file's name (cache-busting, not security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Our translations as the app reads them (`Translations::to_text`), and their file's name:
/// fetched for an English reader only (see `translations`).
pub fn translations_file(content: &Content) -> (String, String) {
    let text = content.translations().to_text();
    (
        format!("translations-{:016x}.txt", fnv1a(text.as_bytes())),
        text,
    )
}

/// Where trunk says its files are: `Trunk.toml`'s `pattern_script` writes this element in
/// place of trunk's own inline loader (and `pattern_preload` writes no preload), so nothing
/// fetches the WASM before the page has loaded.
const APP_FILES: &str = "meta[name=\"app-files\"]";

/// The app's two files as trunk built them (paths relative to the page, e.g. `./app-1a2b.js`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppFiles {
    /// wasm-bindgen's JS glue (an ES module).
    pub js: String,
    /// The WASM.
    pub wasm: String,
}

/// Our loader (`loader/loader.js`): it leads the reader to the view they asked for before
/// first paint, keeps taps made before the app has started, and starts the app after the page
/// has loaded (or at the reader's first touch, key or focus).
const LOADER_TEMPLATE: &str = include_str!("../loader/loader.js");

/// The views as the loader reads them: code, file, link, language and whether embedded.
fn views_json() -> serde_json::Value {
    View::ALL
        .iter()
        .map(|v| {
            serde_json::json!({
                "code": v.code(),
                "file": v.file(),
                "href": v.href(),
                "lang": v.lang.code(),
                "embed": v.embed,
            })
        })
        .collect()
}

/// The loader's file name and text for `files`: the template with what Rust says filled in
/// (the two paths, the views, the language's storage key), each as JSON, which JavaScript
/// reads as a literal.
pub fn loader_script(files: &AppFiles, translations: &str) -> Result<(String, String), String> {
    let mut js = LOADER_TEMPLATE.to_string();
    for (marker, value) in [
        ("\"__APP_JS__\"", serde_json::json!(files.js)),
        ("\"__APP_WASM__\"", serde_json::json!(files.wasm)),
        ("\"__APP_TRANSLATIONS__\"", serde_json::json!(translations)),
        ("\"__VIEWS__\"", views_json()),
        (
            "\"__LANG_STORAGE_KEY__\"",
            serde_json::json!(crate::embed::LANG_STORAGE_KEY),
        ),
        (
            "\"__OLD_LANG_STORAGE_KEY__\"",
            serde_json::json!(crate::embed::OLD_LANG_STORAGE_KEY),
        ),
    ] {
        if !js.contains(marker) {
            return Err(format!("loader/loader.js: {marker} is missing"));
        }
        let literal = serde_json::to_string(&value).map_err(|e| e.to_string())?;
        js = js.replacen(marker, &literal.replace('<', "\\u003c"), 1);
    }
    let js = without_comment_lines(&js);
    let name = format!("loader-{:016x}.js", fnv1a(js.as_bytes()));
    Ok((name, js))
}

/// A script as it is shipped: its whole-line comments (`// …`, and `/* … */` blocks that open
/// a line) and blank lines left out, a third of the loader's gzip bytes that every first view
/// waits for. Code is left as it is written, comments at a line's end too (the scripts have no
/// multi-line strings, where a line could start with `//`). A script this reading could cut
/// code from (code after a block's `*/`, or a block opened after code on its line and left
/// open) is shipped as it is written.
pub fn without_comment_lines(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let code = line.trim_start();
        let closes = code.find("*/").map(|at| code[at + 2..].trim());
        if in_block || code.starts_with("/*") {
            match closes {
                Some("") => in_block = false,
                Some(_) => return js.to_string(),
                None => in_block = true,
            }
            continue;
        }
        if code.find("/*").is_some_and(|at| !code[at..].contains("*/")) {
            return js.to_string();
        }
        if code.is_empty() || code.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

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

/// The passage a card quotes (a figure's first mention; a story's own), by the card's list
/// item id (`card-hospital-beds`): where the card leads when the app cannot load.
fn card_text(card_dom_id: &str) -> Option<String> {
    let card = crate::route::CardId::parse(card_dom_id.strip_prefix("card-")?)?;
    let passage = match &card {
        crate::route::CardId::Figure(id) => {
            &crate::content::content()
                .figure(id)?
                .mentions
                .first()?
                .passage
        }
        crate::route::CardId::Story(passage) => passage,
    };
    Some(format!("text-{passage}"))
}

/// The app's HTML with each card marking its passage in the printed text after it
/// (`data-text="text-livelihood-report"`): if the app fails to load, the loader makes a tap on
/// the card a way to that passage. Only in the prerendered page (the app, taking it over,
/// leaves the attribute, which it never reads).
fn with_cards_texts(app_html: &str) -> Result<String, String> {
    use lol_html::element;
    rewrite(
        app_html,
        vec![element!("li.card[id]", |el| {
            if let Some(text) = el.get_attribute("id").as_deref().and_then(card_text) {
                el.set_attribute("data-text", &text)?;
            }
            Ok(())
        })],
    )
}

/// A relative path trunk wrote, checked: a plain file name in the page's folder.
fn app_file(value: Option<String>, what: &str) -> Result<String, String> {
    let value = value.unwrap_or_default();
    let name = value.strip_prefix("./").unwrap_or(&value);
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if plain {
        Ok(format!("./{name}"))
    } else {
        Err(format!(
            "index.html: the app-files element's {what} is not a file name: {value:?}"
        ))
    }
}

/// Reads the app's files from trunk's output (the element `pattern_script` writes).
pub fn app_files(index_html: &str) -> Result<AppFiles, String> {
    use lol_html::element;
    use std::cell::RefCell;
    let found = RefCell::new(Vec::new());
    rewrite(
        index_html,
        vec![element!(APP_FILES, |el| {
            found
                .borrow_mut()
                .push((el.get_attribute("data-js"), el.get_attribute("data-wasm")));
            Ok(())
        })],
    )?;
    let mut found = found.into_inner();
    if found.len() != 1 {
        return Err(format!(
            "index.html: expected one <meta name=\"app-files\"> (Trunk.toml's pattern_script), found {}",
            found.len()
        ));
    }
    let (js, wasm) = found.remove(0);
    Ok(AppFiles {
        js: app_file(js, "data-js")?,
        wasm: app_file(wasm, "data-wasm")?,
    })
}

/// One view's page: trunk's `index.html` with `<html lang data-view>` set, the prerendered app
/// in `#app` (marked `data-prerendered`, so the app hydrates it), the static text after it,
/// the head tags at the end of `<head>`, and our loader (a plain `<script src>`, no inline
/// code) where trunk's app-files element was. trunk's output is parsed, not searched:
/// attribute order, whitespace, nested elements in `#app` and trunk's live-reload script do
/// not matter.
pub fn build_static_page(
    index_html: &str,
    page: &PageParts,
    loader_name: &str,
    profile: Profile,
) -> Result<String, String> {
    use lol_html::element;
    use lol_html::html_content::ContentType;
    use std::cell::Cell;

    // First pass: one of each element the rewrite needs.
    let (apps, heads, files) = (Cell::new(0), Cell::new(0), Cell::new(0));
    rewrite(
        index_html,
        vec![
            element!("#app", |_| {
                apps.set(apps.get() + 1);
                Ok(())
            }),
            element!("head", |_| {
                heads.set(heads.get() + 1);
                Ok(())
            }),
            element!(APP_FILES, |_| {
                files.set(files.get() + 1);
                Ok(())
            }),
        ],
    )?;
    for (count, what) in [
        (apps.get(), "one element with id=\"app\""),
        (heads.get(), "one <head>"),
        (
            files.get(),
            "one <meta name=\"app-files\"> (Trunk.toml's pattern_script)",
        ),
    ] {
        if count != 1 {
            return Err(format!("index.html: expected {what}, found {count}"));
        }
    }

    let loader_tag = format!("<script src=\"./{}\"></script>", escape(loader_name));
    // A page with the printed text after the app (not a piece's own page): its cards lead to
    // their passages there if the app fails, and the notice says so.
    let with_text = !page.static_text.is_empty();
    let app_html = match with_text {
        true => with_cards_texts(&page.app_html)?,
        false => page.app_html.clone(),
    };
    let medium = crate::content::content().page.medium;
    let failed = format!(
        "{}{}",
        crate::ui::START_FAILED.of(medium).get(page.view.lang),
        if with_text {
            crate::ui::CARDS_TO_TEXT.of(medium).get(page.view.lang)
        } else {
            ""
        }
    );
    let html = rewrite(
        index_html,
        vec![
            element!("html", |el| {
                el.set_attribute("lang", page.view.lang.tag())?;
                el.set_attribute("data-view", page.view.code())?;
                if let Some(piece) = &page.piece {
                    el.set_attribute("data-piece", piece)?;
                }
                Ok(())
            }),
            element!("#app", |el| {
                el.set_inner_content(&app_html, ContentType::Html);
                el.set_attribute("data-prerendered", "")?;
                el.set_attribute("data-starting", crate::ui::STARTING.get(page.view.lang))?;
                el.set_attribute("data-failed", &failed)?;
                // The loader's status line, in the page from the start so that what it says is
                // announced (a live region added late often is not).
                el.after(
                    "<p id=\"app-status\" class=\"visually-hidden\" role=\"status\"></p>",
                    ContentType::Html,
                );
                el.after(&page.static_text, ContentType::Html);
                Ok(())
            }),
            element!("head", |el| {
                el.append(&page.head_tags, ContentType::Html);
                Ok(())
            }),
            element!(APP_FILES, |el| {
                el.replace(&loader_tag, ContentType::Html);
                Ok(())
            }),
        ],
    )?;

    if profile == Profile::Release {
        if let Some(found) = inline_code(&html)? {
            return Err(format!(
                "{found} left in the page: a strict CSP would block it"
            ));
        }
    }
    Ok(html)
}

/// What one view's page is made of, besides trunk's `index.html`.
#[derive(Debug, Clone, PartialEq)]
pub struct PageParts {
    /// The view.
    pub view: View,
    /// The piece the page shows alone (`<html data-piece>`, its code), if any.
    pub piece: Option<String>,
    /// Its head tags ([`head_tags`]).
    pub head_tags: String,
    /// The app rendered in that view ([`render_app_html`]).
    pub app_html: String,
    /// The whole text ([`static_text_html`]).
    pub static_text: String,
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
    Ok(without_comment_lines(&js.replacen(
        DEFAULT,
        &format!("var DEFAULT_TITLE = {literal};"),
        1,
    )))
}

/// Renders the app to HTML natively, as a first visit to `view` sees it (a piece's own page:
/// that piece alone).
#[cfg(not(target_arch = "wasm32"))]
pub fn render_app_html(view: View, piece: Option<crate::piece::Piece>) -> String {
    let props = crate::AppProps {
        lang: view.lang,
        options: crate::embed::EmbedOptions {
            embed: view.embed,
            ..Default::default()
        },
        piece,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        yew::ServerRenderer::<crate::App>::with_props(move || props)
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

    fn parts(view: View, app_html: &str, head_tags: &str) -> PageParts {
        PageParts {
            view,
            piece: None,
            head_tags: head_tags.to_string(),
            app_html: app_html.to_string(),
            static_text: "<section id=\"static-text\">text</section>".to_string(),
        }
    }

    fn build(html: &str, profile: Profile) -> Result<String, String> {
        build_static_page(
            html,
            &parts(View::default(), "<main>app</main>", "<meta name=\"x\">"),
            "loader-0123.js",
            profile,
        )
    }

    /// The checks every good page passes: app in `#app`, text after it, our loader in place
    /// of trunk's, and nothing that fetches the app's files before the page has loaded.
    fn assert_built(html: &str) {
        assert!(
            html.contains("<main>app</main></div><section id=\"static-text\">text</section>"),
            "{html}"
        );
        assert!(html.contains("data-prerendered"));
        assert!(html.contains("data-view=\"zh\""));
        assert!(html.contains("<script src=\"./loader-0123.js\"></script>"));
        assert!(
            !html.contains("<noscript>"),
            "the prerendered app takes the place of #app's content"
        );
        let lower = html.to_lowercase();
        for early in [
            "import init",
            "_bg.wasm",
            "modulepreload",
            "rel=\"preload\"",
            "app-files",
        ] {
            assert!(!lower.contains(early), "{early} left in the page");
        }
        assert!(lower.contains("<meta name=\"x\"></head"));
    }

    #[test]
    fn reads_the_app_files_trunk_wrote_and_fills_in_the_loader() {
        for fixture in [RELEASE, SERVE] {
            let files = app_files(fixture).unwrap();
            assert!(files.js.starts_with("./infographic-app-") && files.js.ends_with(".js"));
            assert!(files.wasm.ends_with("_bg.wasm"), "{files:?}");
            let (name, js) = loader_script(&files, "translations-0123.txt").unwrap();
            assert!(name.starts_with("loader-") && name.ends_with(".js"));
            assert!(js.contains("var APP_TRANSLATIONS = \"translations-0123.txt\";"));
            assert!(js.contains(&format!("var APP_JS = \"{}\";", files.js)));
            assert!(js.contains(&format!("var APP_WASM = \"{}\";", files.wasm)));
            assert!(!js.contains("\"__"), "a marker left");
            // Shipped without its comment lines: code only.
            assert!(js.len() * 10 < LOADER_TEMPLATE.len() * 7, "{}", js.len());
            assert!(js.lines().all(|l| {
                let code = l.trim_start();
                !code.is_empty() && !code.starts_with("//") && !code.starts_with("/*")
            }));
            assert!(js.contains("\"file\":\"embed-en.html\""));
            assert!(js.contains(&format!(
                "var STORAGE_KEY = \"{}\";",
                crate::embed::LANG_STORAGE_KEY
            )));
        }
        // A name that is not a plain file name in the folder is refused.
        let odd = RELEASE.replace("data-js=\"./", "data-js=\"https://elsewhere.example/");
        assert!(app_files(&odd).unwrap_err().contains("data-js"));
        let none = RELEASE.replace("name=\"app-files\"", "name=\"other\"");
        assert!(app_files(&none).unwrap_err().contains("pattern_script"));
    }

    #[test]
    fn rewrites_trunks_release_output_for_a_strict_csp() {
        let html = build(RELEASE, Profile::Release).unwrap();
        assert_built(&html);
        assert_eq!(inline_code(&html).unwrap(), None);
    }

    #[test]
    fn each_view_says_its_language_and_view() {
        for view in View::ALL {
            let html = build_static_page(
                RELEASE,
                &parts(view, "<main>app</main>", ""),
                "loader-0123.js",
                Profile::Release,
            )
            .unwrap();
            assert!(html.contains(&format!(
                "<html lang=\"{}\" data-view=\"{}\">",
                view.lang.tag(),
                view.code()
            )));
            assert!(html.contains(&format!(
                "data-starting=\"{}\"",
                crate::ui::STARTING.get(view.lang)
            )));
        }
    }

    #[test]
    fn rewrites_trunks_serve_output_keeping_its_reload_script() {
        assert!(
            inline_code(SERVE).unwrap().is_some(),
            "trunk serve adds an inline script"
        );
        let html = build(SERVE, Profile::Dev).unwrap();
        assert_built(&html);
        assert!(html.contains("WebSocket"), "live reload kept");
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
            RELEASE.replace("<meta name=\"app-files\"", "<meta  name='app-files'"),
            RELEASE.replace("</head>", "</HEAD >"),
        ];
        for html in &variants {
            let page = build(html, Profile::Release).unwrap_or_else(|e| panic!("{e}\n{html}"));
            assert_built(&page);
            assert!(!page.contains("class=\"loading\""));
        }
    }

    #[test]
    fn refuses_a_page_it_cannot_make_csp_safe() {
        let no_app = RELEASE.replace("id=\"app\"", "id=\"root\"");
        assert!(build(&no_app, Profile::Release)
            .unwrap_err()
            .contains("id=\"app\""));
        let no_files = RELEASE.replace("name=\"app-files\"", "name=\"other\"");
        assert!(build(&no_files, Profile::Release)
            .unwrap_err()
            .contains("pattern_script"));
        let with_inline = RELEASE.replace("<body>", "<body><script>alert(1)</script>");
        assert!(build(&with_inline, Profile::Release)
            .unwrap_err()
            .contains("an inline <script>"));
        let page = |app: &str, head: &str| {
            build_static_page(
                RELEASE,
                &parts(View::default(), app, head),
                "loader-0123.js",
                Profile::Release,
            )
        };
        assert!(page("<div style=\"color:red\"></div>", "")
            .unwrap_err()
            .contains("style attribute on <div>"));
        assert!(page("<button onclick=\"x()\"></button>", "")
            .unwrap_err()
            .contains("inline event handler (onclick) on <button>"));
        assert!(page("<a href=\" JavaScript:x()\">x</a>", "")
            .unwrap_err()
            .contains("javascript: URL on <a>"));
        assert!(page("", "<style>p{}</style>")
            .unwrap_err()
            .contains("<style>"));
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
    fn a_long_description_is_cut_where_a_sentence_or_clause_ends() {
        let short = "Forest cover.";
        assert_eq!(preview_text(short, Lang::En), short);
        let long = format!(
            "{}; then more words that go on.",
            "word ".repeat(30).trim_end()
        );
        let cut = preview_text(&(long.clone() + &" more".repeat(40)), Lang::En);
        assert_eq!(cut, long);
        let cut = preview_text(
            &(long.replace(" go on.", "") + &" more".repeat(40)),
            Lang::En,
        );
        assert_eq!(cut, format!("{}.", "word ".repeat(30).trim_end()));
        // No sentence ends in the first half: cut at a word, marked.
        let words = "word ".repeat(60);
        let cut = preview_text(&words, Lang::En);
        assert!(
            cut.ends_with("word…") && cut.chars().count() <= 201,
            "{cut}"
        );
        let zh = format!("{}；{}", "字".repeat(80), "字".repeat(80));
        assert_eq!(
            preview_text(&zh, Lang::Zh),
            format!("{}。", "字".repeat(80))
        );
    }

    #[test]
    fn every_pieces_description_fits_a_link_preview_and_a_figure_says_whose_it_is() {
        let content = crate::content::content();
        let (mut said, mut periods) = (0, 0);
        for piece in Piece::all(content) {
            for lang in [Lang::Zh, Lang::En] {
                let tags = piece_head_tags(content, None, &piece, lang);
                let description = tags
                    .split("<meta name=\"description\" content=\"")
                    .nth(1)
                    .and_then(|d| d.split('"').next())
                    .unwrap();
                let shown = [
                    ("&quot;", "\""),
                    ("&#39;", "'"),
                    ("&lt;", "<"),
                    ("&gt;", ">"),
                    ("&amp;", "&"),
                ]
                .iter()
                .fold(description.to_string(), |d, (from, to)| d.replace(from, to));
                assert!(
                    shown.chars().count() <= preview_limit(lang) + 1,
                    "{}: {shown}",
                    piece.code()
                );
                if let Piece::Figure(id) = &piece {
                    // Whose number it is: the district's, or whoever the page quotes.
                    let f = content.figure(id).unwrap();
                    assert!(shown.starts_with(&content.kicker_of(f, lang)), "{shown}");
                    if f.said_by.is_some() {
                        assert!(!shown.starts_with(content.page.kicker.get(lang)), "{shown}");
                    }
                    // Its printed words (cut at the end only, where long) and, most, its period.
                    if let Some(period) = &f.period {
                        said += usize::from(shown.contains(period.get(lang)));
                        if !shown.contains(period.get(lang)) {
                            eprintln!("NOPERIOD {id} {lang:?}");
                        }
                        periods += 1;
                    }
                    let m = f.shown_mention().unwrap();
                    let quote = match lang {
                        Lang::Zh => Some(&m.quote),
                        Lang::En => m.quote_en.as_ref(),
                    };
                    if let Some(quote) = quote {
                        // Quoted, a quotation inside it in single marks.
                        let start: String = quote.chars().take(12).collect();
                        let start = quoted(&start);
                        assert!(shown.contains(&start[..start.len() - "”".len()]), "{shown}");
                    }
                }
            }
        }
        // Most figures' previews say when, where the page gives a period.
        eprintln!("{said} of {periods} previews say their period");
        assert!(said * 4 >= periods * 3, "{said} of {periods}");
    }

    #[test]
    fn a_pieces_head_tags_are_its_own_and_absolute_with_the_canonical_url() {
        let content = crate::content::content();
        let base = "https://news.example/beibei/";
        let pieces = [
            Piece::Figure("hospital-beds".into()),
            Piece::Chart(content.charts[0].id.clone()),
            Piece::Section(content.groups[0].id.clone()),
        ];
        for piece in &pieces {
            for lang in [Lang::Zh, Lang::En] {
                let tags = piece_head_tags(content, Some(base), piece, lang);
                let url = format!("{base}{}", piece.file(lang));
                assert!(
                    tags.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")),
                    "{tags}"
                );
                assert!(tags.contains(&format!("og:url\" content=\"{url}\"")));
                for other in [Lang::Zh, Lang::En] {
                    assert!(tags.contains(&format!(
                        "hreflang=\"{}\" href=\"{base}{}\"",
                        other.tag(),
                        piece.file(other)
                    )));
                }
                // Every URL an `og:` or `twitter:` tag gives is absolute.
                for line in tags
                    .lines()
                    .filter(|l| l.contains("og:") || l.contains("twitter:"))
                {
                    let content = line.split("content=\"").nth(1).unwrap_or("");
                    if content.contains(".png") || content.contains(".html") {
                        assert!(content.starts_with(base), "{line}");
                    }
                }
                // Its own image, a section's too.
                let image = piece.image_file(lang);
                assert!(tags.contains(&format!("og:image\" content=\"{base}{image}\"")));
                assert!(!tags.contains("noindex"));
                let relative = piece_head_tags(content, None, piece, lang);
                assert!(relative.contains(&format!("og:image\" content=\"./{image}\"")));
                assert!(!relative.contains("canonical") && !relative.contains("hreflang"));
            }
        }
        // A figure's page says its printed words (and in English, our translation of them).
        let beds = content.figure("hospital-beds").unwrap();
        let zh = piece_head_tags(content, None, &pieces[0], Lang::Zh);
        assert!(zh.contains(&format!(
            "<meta name=\"description\" content=\"{}。“十三五”期间达到的水平：“{}”",
            content.page.kicker.zh, beds.mentions[0].quote
        )));
        assert!(zh.contains("<title>每千人医疗机构床位数6.82张 · "), "{zh}");
        let en = piece_head_tags(content, None, &pieces[0], Lang::En);
        let quote_en = escape(beds.mentions[0].quote_en.as_deref().unwrap());
        assert!(
            en.contains(&format!("“{quote_en}” (our translation)")),
            "{en}"
        );
    }

    #[test]
    fn head_tags_come_from_the_data_and_use_the_canonical_url_when_given() {
        let content = crate::content::content();
        let [zh, en, embed, _] = View::ALL;
        let tags = head_tags(content, Some("https://news.example/beibei/"), zh);
        assert!(tags.contains(&format!(
            "<title>{} · {}</title>",
            content.page.shown_headline().zh,
            content.page.short_title.zh
        )));
        assert!(tags.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            content.page.description.zh
        )));
        assert!(tags.contains("<link rel=\"canonical\" href=\"https://news.example/beibei/\">"));
        assert!(tags.contains("content=\"https://news.example/beibei/share.png\""));
        assert!(tags.contains(&format!(
            "og:title\" content=\"{}\"",
            escape(&content.page.shown_headline().zh)
        )));
        // Each language names the other's page.
        for view in [zh, en] {
            let tags = head_tags(content, Some("https://news.example/beibei/"), view);
            assert!(tags.contains("<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://news.example/beibei/\">"));
            assert!(tags.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example/beibei/en.html\">"));
        }
        let english = head_tags(content, Some("https://news.example/beibei/"), en);
        assert!(english.contains(&format!(
            "<title>{} · {}</title>",
            escape(&content.page.shown_headline().en),
            escape(&content.page.short_title.en)
        )));
        assert!(english
            .contains("<link rel=\"canonical\" href=\"https://news.example/beibei/en.html\">"));
        assert!(english.contains("og:locale\" content=\"en_GB\""));
        // English link previews show the English image.
        assert!(english.contains("og:image\" content=\"https://news.example/beibei/share-en.png\""));
        assert!(english
            .contains("twitter:image\" content=\"https://news.example/beibei/share-en.png\""));
        // An embedded view is not for search engines; its canonical is the full page.
        let embedded = head_tags(content, Some("https://news.example/beibei/"), embed);
        assert!(embedded.contains("noindex") && !embedded.contains("hreflang"));
        assert!(embedded.contains("<link rel=\"canonical\" href=\"https://news.example/beibei/\">"));
        let relative = head_tags(content, None, zh);
        assert!(!relative.contains("canonical") && relative.contains("content=\"./share.png\""));
        assert!(
            !relative.contains("hreflang"),
            "relative alternates are invalid"
        );
    }

    #[test]
    fn a_script_ships_without_its_comment_lines_and_keeps_its_code() {
        let js = "/* A block\n * of words\n */\nvar a = 1; // kept: code before it\n\n  // gone\n  if (a) { /* kept */ b('//'); }\n/* one line */\nvar c = '*/';\n";
        assert_eq!(
            without_comment_lines(js),
            "var a = 1; // kept: code before it\n  if (a) { /* kept */ b('//'); }\nvar c = '*/';\n"
        );
        // Where a line's code could be cut with its comment, nothing is taken out.
        for unsure in [
            "/* a\n */ var a = 1;\n// b\n",
            "/* a */ var a = 1;\n",
            "var a = 1; /* a\n/* b */\nvar c;\n",
        ] {
            assert_eq!(without_comment_lines(unsure), unsure);
        }
        // Both shipped scripts are read with their code whole: lines are only taken out.
        for script in [LOADER_TEMPLATE, include_str!("../embed/embed.js")] {
            let shipped = without_comment_lines(script);
            assert!(shipped.len() < script.len());
            let mut kept = script.lines();
            for line in shipped.lines() {
                assert!(kept.any(|l| l == line), "{line}");
            }
        }
    }

    #[test]
    fn each_prerendered_card_names_its_passage_in_the_printed_text() {
        let content = crate::content::content();
        let app = with_cards_texts(&render_app_html(View::ALL[0], None)).unwrap();
        let text = static_text_html(content, Lang::Zh);
        let cards = app.matches("<li id=\"card-").count();
        let named: Vec<&str> = app
            .split("data-text=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(cards > 50);
        assert_eq!(named.len(), cards, "every card names its passage");
        for id in named {
            assert!(text.contains(&format!("<article id=\"{id}\">")), "{id}");
        }
        assert_eq!(
            card_text("card-hospital-beds").as_deref(),
            Some("text-livelihood-report")
        );
        assert_eq!(card_text("card-no-such-figure"), None);
    }

    #[test]
    fn the_static_text_holds_every_passage_escaped() {
        let content = crate::content::content();
        let html = static_text_html(content, Lang::Zh);
        assert!(html.contains("每千人医疗机构床位数达到6.82张"));
        // Our translations are the English page's alone, each said to be ours.
        assert!(!html.contains("static-translation"));
        let en = static_text_html(content, Lang::En);
        let translated = content
            .passages
            .iter()
            .filter(|p| p.text_en.is_some())
            .count();
        assert!(translated > 0);
        assert_eq!(
            en.matches("<div class=\"static-translation\" lang=\"en\">")
                .count(),
            translated
        );
        assert_eq!(
            en.matches(&escape(crate::ui::OUR_TRANSLATION.en)).count(),
            translated
        );
        // A passage that continues another links it by both its titles there.
        let continuing = content
            .passages
            .iter()
            .find(|p| p.continues.is_some())
            .unwrap();
        let before = content
            .passage(continuing.continues.as_deref().unwrap())
            .unwrap();
        assert!(en.contains(&format!(
            "{} <span lang=\"en\">{}</span></a>",
            escape(&before.title.zh),
            escape(&before.title.en)
        )));
        // Each title in English too, there alone, under the Chinese it stands for (a printed
        // subtitle after it).
        for p in &content.passages {
            let title = format!("<br><span lang=\"en\">{}", escape(&p.title.en));
            assert!(en.contains(&title) && !html.contains(&title), "{}", p.id);
        }
        assert!(en.contains(&format!(
            "{}</span>",
            escape("Nanjing Road’s old estates renovated: a new life for residents")
        )));
        assert!(html.contains("本版稿件由北碚区融媒体中心"));
        // The credit in our English too, on the English page alone.
        let credit = format!(
            "<span lang=\"en\">{}</span>",
            escape(&content.page.credit.en)
        );
        assert!(en.contains(&credit) && !html.contains(&credit));
        // It says what it is (our copy, not the print), which titles are ours, what a gap is,
        // and keeps a printed subtitle.
        assert!(html.contains(&escape(crate::ui::WHOLE_TEXT.print.zh)));
        let ours = content.passages.iter().find(|p| !p.title_printed).unwrap();
        assert!(html.contains(&format!(
            "<h3>{} <small>{} <span lang=\"en\">{}</span></small></h3>",
            escape(&ours.title.zh),
            escape(crate::ui::OUR_TITLE.zh),
            escape(crate::ui::OUR_TITLE.en)
        )));
        assert!(html.contains(&format!(
            "{} <span lang=\"en\">{}</span>",
            escape(crate::ui::GAP_NOTE.print.zh),
            escape(crate::ui::GAP_NOTE.print.en)
        )));
        // The photo caption is text of the page too.
        let caption = content
            .passages
            .iter()
            .find(|p| p.kind == crate::model::PassageKind::Caption)
            .unwrap();
        assert!(html.contains(&format!("<p>{}</p>", escape(caption.text.as_written()))));
        for p in &content.passages {
            if let Some(sub) = &p.subtitle {
                assert!(html.contains(&escape(&sub.zh)), "{}", p.id);
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_app_prerenders_with_charts_cards_and_no_inline_style() {
        let content = crate::content::content();
        for view in View::ALL {
            let html = render_app_html(view, None);
            // The headline, its last two Chinese characters kept on one line, its words
            // apart by <wbr>.
            let headline = content.page.shown_headline().get(view.lang);
            let (_, tail) = crate::typeset::split_tail(headline);
            let h1 = &html[html.find("<h1").unwrap()..html.find("</h1>").unwrap()];
            let words: String = h1
                .split('<')
                .map(|piece| piece.split_once('>').map_or(piece, |(_, text)| text))
                .collect();
            assert!(words.contains(&escape(headline)), "{view:?}: {h1}");
            if view.lang == Lang::Zh {
                assert!(h1.matches("<wbr>").count() >= 5, "{h1}");
                let kept = &h1[h1.find("<span class=\"kept\">").unwrap()..];
                assert!(kept.contains(&escape(tail)), "{h1}");
            }
            // Every chart of the data is drawn.
            let charts = content.charts.len();
            assert!(charts >= 1);
            assert_eq!(html.matches("class=\"chart-drawing\"").count(), charts);
            assert!(html.contains("id=\"toggle-hospital-beds\""));
            assert!(
                !html.contains(" style=\""),
                "inline style would break a strict CSP"
            );
            assert_eq!(
                html.contains("class=\"page embed\""),
                view.embed,
                "{view:?}"
            );
        }
        let english = render_app_html(View::ALL[1], None);
        // Under our headline, the page's own, in the reader's language.
        assert!(english.contains(&escape(&content.page.headline.en)));
        assert!(!english.contains(&escape(&content.page.headline.zh)));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_english_page_names_its_charts_with_an_english_colon() {
        let english = render_app_html(View::ALL[1], None);
        let listboxes: Vec<&str> = english
            .split("role=\"listbox\"")
            .skip(1)
            .map(|rest| rest.split('>').next().unwrap_or_default())
            .collect();
        assert_eq!(listboxes.len(), crate::content::content().charts.len());
        for attrs in listboxes {
            assert!(attrs.contains(": arrow keys"), "{attrs}");
            assert!(!attrs.contains('：'), "a Chinese colon in English: {attrs}");
        }
    }

    /// Text as Yew's server renderer writes it into an element (quotes are left as they are).
    fn as_text(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_footer_gives_each_correction_with_its_reason_in_the_readers_language() {
        let content = crate::content::content();
        assert!(!content.corrections.is_empty());
        for view in [View::ALL[0], View::ALL[1]] {
            // As read: its words, not its tags (in English the Chinese words a reason cites
            // are in spans of their own language).
            let raw = render_app_html(view, None);
            if view.lang == Lang::En {
                assert!(raw.contains("misread <span lang=\"zh-Hans\">洼</span> as"));
            }
            let mut html = String::new();
            let mut in_tag = false;
            for c in raw.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => html.push(c),
                    _ => {}
                }
            }
            for c in &content.corrections {
                let reason = c.reason.get(view.lang);
                assert!(html.contains(&as_text(reason)), "{view:?}: {reason}");
                let other = c.reason.get(view.lang.other());
                assert!(!html.contains(&as_text(other)), "{view:?}: {other}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_prerendered_embed_snippet_names_the_public_folder_or_says_what_goes_there() {
        use crate::embed::{canonical_folder, CANONICAL_ENV};
        for view in [View::ALL[0], View::ALL[1]] {
            let html = render_app_html(view, None);
            assert!(!html.contains("example.com"), "a placeholder host");
            let address = canonical_folder(std::env::var(CANONICAL_ENV).ok().as_deref())
                .unwrap_or_else(|| crate::ui::EMBED_ADDRESS.get(view.lang).to_string());
            // The snippet is HTML, shown as text.
            let shown = as_text(&format!("<div data-infographic=\"{}\"", escape(&address)));
            assert!(html.contains(&shown), "{view:?}: {address}");
        }
    }

    #[test]
    fn the_share_images_alt_says_its_headline_and_each_figure_with_its_period() {
        let content = crate::content::content();
        let zh = share_image_alt(content, Lang::Zh);
        let en = share_image_alt(content, Lang::En);
        assert!(
            zh.starts_with(content.page.shown_headline().zh.as_str()),
            "{zh}"
        );
        assert!(
            en.starts_with(content.page.shown_headline().en.as_str()),
            "{en}"
        );
        for id in &content.page.share_image.figures {
            let f = content.figure(id).unwrap();
            assert!(zh.contains(&f.display), "{zh}");
            assert!(zh.contains(f.period.as_ref().unwrap().zh.as_str()), "{zh}");
            assert!(
                en.contains(&crate::format::format_figure(f, Lang::En)),
                "{en}"
            );
        }
        // The two periods of the image's figures (during, reached during) both said.
        // (A sentence each: no brackets in brackets, no capital after a semicolon.)
        assert!(
            en.contains(", during the 13th") && en.contains(", reached during"),
            "{en}"
        );
        assert!(!en.contains("; ") && !en.contains("(during"), "{en}");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_search_box_takes_no_more_than_the_filter_keeps() {
        let html = render_app_html(View::default(), None);
        assert!(html.contains(&format!("maxlength=\"{}\"", crate::state::MAX_QUERY)));
    }
}
