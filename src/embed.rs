//! Embed options from the query string (`?embed&plain&dark=true&lang=en&childId=…&id=…`), the
//! prerendered first views, the page's public address and the embed snippet. Parsing is total:
//! unknown or malformed flags are ignored. (The height messages are the loader's.)

use crate::model::Lang;
use crate::route::percent_decode;

/// How the page is themed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always dark.
    Dark,
    /// Always light.
    Light,
}

impl Theme {
    /// The value of `<html data-theme>`, if any.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Dark => Some("dark"),
            Theme::Light => Some("light"),
        }
    }
}

/// The page's options as an embed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `embed`: compact title and credit, no page chrome.
    pub embed: bool,
    /// `plain`: no header and no footer at all.
    pub plain: bool,
    /// `dark=auto|true|false`.
    pub theme: Theme,
    /// `lang=zh|en`.
    pub lang: Option<Lang>,
}

impl EmbedOptions {
    /// Reads the options from a query string, with or without its `?`. The first of a repeated
    /// flag counts (as `URLSearchParams.get`, which the loader reads, takes the first), even
    /// when its value is not one we know. (`childId`/`id` are the loader's, for its height
    /// messages.)
    pub fn from_query(query: &str) -> EmbedOptions {
        let mut options = EmbedOptions::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut seen: Vec<&str> = Vec::new();
        for pair in query.split('&').take(50) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let Some(value) = percent_decode(&value.replace('+', " ")) else {
                continue;
            };
            match key {
                "embed" => options.embed = !matches!(value.as_str(), "false" | "0"),
                "plain" => options.plain = !matches!(value.as_str(), "false" | "0"),
                "dark" => {
                    options.theme = match value.as_str() {
                        "true" | "1" => Theme::Dark,
                        "false" | "0" => Theme::Light,
                        _ => Theme::Auto,
                    }
                }
                "lang" => options.lang = Lang::from_code(&value),
                _ => {}
            }
        }
        options
    }

    /// The options of this page (native: the defaults, as prerendered).
    pub fn current() -> EmbedOptions {
        #[cfg(target_arch = "wasm32")]
        {
            let query = gloo::utils::window()
                .location()
                .search()
                .unwrap_or_default();
            EmbedOptions::from_query(&query)
        }
        #[cfg(not(target_arch = "wasm32"))]
        EmbedOptions::default()
    }

    /// Whether the page header is shown in full.
    pub fn full_header(&self) -> bool {
        !self.embed && !self.plain
    }
}

/// The key the reader's chosen language is remembered under (localStorage), by the app and by
/// the loader, which reads it before first paint.
pub const LANG_STORAGE_KEY: &str = "infographic:lang";
/// The key it was remembered under before: the loader copies a choice found there to the new
/// key, so that a reader's English is not forgotten.
pub const OLD_LANG_STORAGE_KEY: &str = "beibei-infographic:lang";

/// A first view of the page: what `#app` holds before the app runs. The build prerenders
/// each one into its own file beside `index.html`, and the app takes it over in place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// The view's language.
    pub lang: Lang,
    /// Embedded: compact header and footer.
    pub embed: bool,
}

impl View {
    /// Every view the build prerenders.
    pub const ALL: [View; 4] = [
        View {
            lang: Lang::Zh,
            embed: false,
        },
        View {
            lang: Lang::En,
            embed: false,
        },
        View {
            lang: Lang::Zh,
            embed: true,
        },
        View {
            lang: Lang::En,
            embed: true,
        },
    ];

    /// The file that holds this view, beside `index.html`.
    pub fn file(self) -> &'static str {
        match (self.lang, self.embed) {
            (Lang::Zh, false) => "index.html",
            (Lang::En, false) => "en.html",
            (Lang::Zh, true) => "embed.html",
            (Lang::En, true) => "embed-en.html",
        }
    }

    /// The link to this view from another one in the same folder: the folder itself for the
    /// default view, so `…/beibei/` stays `…/beibei/`.
    pub fn href(self) -> &'static str {
        match self.file() {
            "index.html" => "./",
            file => file,
        }
    }

    /// The view's code, in `<html data-view>`: `zh`, `en`, `embed`, `embed-en`.
    pub fn code(self) -> &'static str {
        match (self.lang, self.embed) {
            (Lang::Zh, false) => "zh",
            (Lang::En, false) => "en",
            (Lang::Zh, true) => "embed",
            (Lang::En, true) => "embed-en",
        }
    }

    /// Parses [`View::code`]; anything else is `None`.
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }

    /// The view a reader who opened `page` is shown: `?embed` makes any view embedded;
    /// `?lang=` chooses the language, else the file's language holds, but for the Chinese
    /// whole page, which follows the language the reader chose before (`remembered`): an
    /// embedded view is the host's choice. The caller passes `remembered` only for a visit to
    /// the page itself (see [`front_door`]): a link to a figure or a piece's page is the
    /// sharer's language. `loader/loader.js` makes the same choice before first paint and goes
    /// to that view's file.
    pub fn wanted(page: View, query: &EmbedOptions, remembered: Option<Lang>) -> View {
        let embed = page.embed || query.embed;
        let lang = query.lang.unwrap_or(match (page.lang, embed) {
            (Lang::Zh, false) => remembered.unwrap_or(Lang::Zh),
            (lang, _) => lang,
        });
        View { lang, embed }
    }
}

/// Whether a visit is to the whole page itself (no `hash` naming a card, not a `piece`'s own
/// page): only there does a language the reader chose before count. A link someone shared
/// (`#city-parks`, `figure-city-parks.html`) opens in the language it was shared in.
pub fn front_door(hash: &str, piece: bool) -> bool {
    hash.len() <= 1 && !piece
}

/// The URL of a view's file (`href`: [`View::href`], or a piece's file) for a reader at
/// `search` and `hash` (both as `location` gives them): the same query without `lang` (the
/// file says the language now), and the same hash.
pub fn view_url(href: &str, search: &str, hash: &str) -> String {
    let query: Vec<&str> = search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .collect();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    format!("{href}{query}{hash}")
}

/// The snippet an editor pastes into an article page, for the infographic at `base_url`
/// (the folder that holds `index.html` and `embed.js`), whole or one `piece` of it alone (its
/// code: `figure-hospital-beds`). Without a known address (a build without
/// `INFOGRAPHIC_CANONICAL_URL`, before the browser has run the app), `fill_in` stands where the
/// address goes, saying what to put there. In English it asks for the English view
/// (`data-query="lang=en"`): the snippet an English reader copies embeds what they read.
pub fn embed_snippet(
    base_url: Option<&str>,
    piece: Option<&str>,
    title: &str,
    fill_in: &str,
    lang: Lang,
) -> String {
    let base = match base_url {
        Some(url) if url.ends_with('/') => url.to_string(),
        Some(url) => format!("{url}/"),
        None => fill_in.to_string(),
    };
    let attr = crate::html::escape;
    let piece = piece.map_or(String::new(), |code| {
        format!(" data-piece=\"{}\"", attr(code))
    });
    let query = match lang {
        Lang::Zh => "",
        Lang::En => " data-query=\"lang=en\"",
    };
    format!(
        "<div data-infographic=\"{}\"{piece}{query} data-title=\"{}\"></div>\n<script src=\"{}embed.js\" async></script>",
        attr(&base),
        attr(title),
        attr(&base)
    )
}

/// The environment variable that gives the build this page's public folder URL.
pub const CANONICAL_ENV: &str = "INFOGRAPHIC_CANONICAL_URL";
/// Its name before, still read where the new one is not set.
pub const OLD_CANONICAL_ENV: &str = "BEIBEI_CANONICAL_URL";

/// The public folder URL the build was given, by `read`ing the environment: under its name,
/// else under its old name.
pub fn canonical_given(read: impl Fn(&str) -> Option<String>) -> Option<String> {
    let given = read(CANONICAL_ENV).or_else(|| read(OLD_CANONICAL_ENV));
    canonical_folder(given.as_deref())
}

/// A public folder URL as given to the build: http(s) only, ending in `/`.
pub fn canonical_folder(given: Option<&str>) -> Option<String> {
    let url = given?.trim();
    let web = url.starts_with("https://") || url.starts_with("http://");
    (web && !url.contains(['"', '<', '>', ' '])).then(|| {
        if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        }
    })
}

/// This page's public address (without its hash, which the caller adds): in the browser the
/// canonical URL when the build set one, else the address the reader is on; when prerendering,
/// the folder the build was given (`INFOGRAPHIC_CANONICAL_URL`), else none. The one place that says
/// where this page lives: "Copy link", the embed snippet and the head tags all ask it.
pub fn public_url() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let canonical = gloo::utils::document()
            .query_selector("link[rel=canonical]")
            .ok()
            .flatten()
            .and_then(|l| l.get_attribute("href"))
            .filter(|href| href.starts_with("https://") || href.starts_with("http://"));
        canonical.or_else(|| gloo::utils::window().location().href().ok())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        canonical_given(|name| std::env::var(name).ok())
    }
}

/// The folder of a page URL: everything up to its last `/` (query and hash dropped).
pub fn folder_of(url: &str) -> &str {
    let url = url.split(['?', '#']).next().unwrap_or(url);
    &url[..url.rfind('/').map_or(0, |i| i + 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_url_is_read_under_its_name_else_its_old_one() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        const OLD: &[(&str, &str)] = &[(OLD_CANONICAL_ENV, "https://news.example/old")];
        let old = OLD;
        assert_eq!(
            canonical_given(env(old)).as_deref(),
            Some("https://news.example/old/")
        );
        const BOTH: &[(&str, &str)] = &[
            (CANONICAL_ENV, "https://news.example/new/"),
            (OLD_CANONICAL_ENV, "https://news.example/old/"),
        ];
        let both = BOTH;
        assert_eq!(
            canonical_given(env(both)).as_deref(),
            Some("https://news.example/new/")
        );
        assert_eq!(canonical_given(env(&[])), None);
    }

    #[test]
    fn reads_every_flag() {
        let o = EmbedOptions::from_query("?embed&plain&dark=true&lang=en&childId=beibei-1");
        assert!(o.embed && o.plain);
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.lang, Some(Lang::En));
        let o = EmbedOptions::from_query("embed=1&dark=false&lang=zh&id=a_b");
        assert!(o.embed && !o.plain && !o.full_header());
        assert_eq!(o.theme, Theme::Light);
        assert_eq!(o.lang, Some(Lang::Zh));
    }

    #[test]
    fn the_first_of_a_repeated_flag_counts_as_the_loader_reads_it() {
        let o = EmbedOptions::from_query("?lang=en&lang=zh&embed=0&embed");
        assert_eq!(o.lang, Some(Lang::En));
        assert!(!o.embed);
        // A first value we do not know still counts: no language asked for.
        assert_eq!(EmbedOptions::from_query("?lang=fr&lang=en").lang, None);
    }

    #[test]
    fn ignores_junk() {
        let o = EmbedOptions::from_query("?dark=maybe&lang=fr&childId=%3Cscript%3E&id=%zz&&=&x=1");
        assert_eq!(o, EmbedOptions::default());
        assert!(o.full_header());
        let _ = EmbedOptions::from_query(&"&".repeat(10_000));
    }

    #[test]
    fn the_snippet_names_the_folder_and_the_host_script() {
        let s = embed_snippet(
            Some("https://news.example/graphics/beibei"),
            None,
            "北碚 \"数据\"",
            "x",
            Lang::Zh,
        );
        assert_eq!(
            s,
            "<div data-infographic=\"https://news.example/graphics/beibei/\" data-title=\"北碚 &quot;数据&quot;\"></div>\n<script src=\"https://news.example/graphics/beibei/embed.js\" async></script>"
        );
    }

    #[test]
    fn a_pieces_snippet_names_the_piece_beside_the_folder() {
        let s = embed_snippet(
            Some("https://news.example/beibei/"),
            Some("figure-hospital-beds"),
            "t",
            "x",
            Lang::Zh,
        );
        assert!(s.starts_with(
            "<div data-infographic=\"https://news.example/beibei/\" data-piece=\"figure-hospital-beds\" data-title=\"t\">"
        ));
        assert!(s.contains("src=\"https://news.example/beibei/embed.js\""));
        // An English reader's snippet embeds the English view.
        let en = embed_snippet(
            Some("https://news.example/beibei/"),
            Some("section-livelihood"),
            "t",
            "x",
            Lang::En,
        );
        assert!(
            en.contains("data-piece=\"section-livelihood\" data-query=\"lang=en\""),
            "{en}"
        );
    }

    #[test]
    fn each_view_has_its_own_file_and_code() {
        let files: Vec<_> = View::ALL.iter().map(|v| v.file()).collect();
        assert_eq!(
            files,
            ["index.html", "en.html", "embed.html", "embed-en.html"]
        );
        for view in View::ALL {
            assert_eq!(View::from_code(view.code()), Some(view));
        }
        assert_eq!(View::from_code("fr"), None);
        assert_eq!(View::default().href(), "./");
    }

    #[test]
    fn the_wanted_view_follows_the_query_then_the_file_then_the_reader() {
        let [zh, en, embed, embed_en] = View::ALL;
        let query = |q: &str| EmbedOptions::from_query(q);
        // A plain visit stays where it is.
        for view in View::ALL {
            assert_eq!(View::wanted(view, &query(""), None), view);
        }
        // `?lang=` and `?embed` win.
        assert_eq!(View::wanted(zh, &query("?lang=en"), None), en);
        assert_eq!(View::wanted(en, &query("?lang=zh"), None), zh);
        assert_eq!(View::wanted(zh, &query("?embed="), None), embed);
        assert_eq!(
            View::wanted(zh, &query("?embed&lang=en"), Some(Lang::Zh)),
            embed_en
        );
        assert_eq!(View::wanted(embed, &query("?lang=en"), None), embed_en);
        // The remembered language moves only the Chinese whole page: an English link stays
        // English, and an embedded view is in the host's language.
        assert_eq!(View::wanted(zh, &query(""), Some(Lang::En)), en);
        assert_eq!(View::wanted(embed, &query(""), Some(Lang::En)), embed);
        assert_eq!(View::wanted(zh, &query("?embed"), Some(Lang::En)), embed);
        assert_eq!(View::wanted(en, &query(""), Some(Lang::Zh)), en);
        // Only at the front door: a shared link is opened in its own language.
        assert!(front_door("", false) && front_door("#", false));
        assert!(!front_door("#city-parks", false));
        assert!(!front_door("", true));
        // An explicit `lang` wins over the remembered one (the loader keeps it in the query).
        assert_eq!(View::wanted(en, &query("?lang=zh"), Some(Lang::En)), zh);
        assert_eq!(View::wanted(zh, &query("?lang=zh"), Some(Lang::En)), zh);
        assert_eq!(
            View::wanted(zh, &query("?embed&lang=zh"), Some(Lang::En)),
            embed
        );
        // Once there, a reader stays: no view leads on to another.
        for page in View::ALL {
            for q in [
                "",
                "?lang=en",
                "?lang=zh",
                "?embed",
                "?embed&lang=en",
                "?lang=fr&embed=0",
            ] {
                for remembered in [None, Some(Lang::Zh), Some(Lang::En)] {
                    let there = View::wanted(page, &query(q), remembered);
                    assert_eq!(
                        View::wanted(there, &query(q), remembered),
                        there,
                        "{page:?} {q}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_view_url_keeps_the_query_and_hash_but_the_language() {
        let [zh, en, _, embed_en] = View::ALL;
        assert_eq!(view_url(en.href(), "", ""), "en.html");
        assert_eq!(
            view_url(zh.href(), "?lang=en", "#hospital-beds"),
            "./#hospital-beds"
        );
        assert_eq!(
            view_url(embed_en.href(), "?embed=&lang=zh&childId=c1", "#x"),
            "embed-en.html?embed=&childId=c1#x"
        );
        assert_eq!(
            view_url(en.href(), "?language=x&lang", ""),
            "en.html?language=x"
        );
    }

    #[test]
    fn without_an_address_the_snippet_says_what_to_fill_in() {
        let s = embed_snippet(None, None, "t", "[folder]/", Lang::Zh);
        assert!(s.contains("data-infographic=\"[folder]/\""));
        assert!(s.contains("src=\"[folder]/embed.js\""));
        assert!(!s.contains("example.com"));
    }

    #[test]
    fn the_public_folder_is_read_once_and_checked() {
        assert_eq!(
            canonical_folder(Some("https://news.example/beibei")).as_deref(),
            Some("https://news.example/beibei/")
        );
        assert_eq!(canonical_folder(Some("ftp://x/")), None);
        assert_eq!(canonical_folder(Some("https://x/\"><script>")), None);
        assert_eq!(canonical_folder(None), None);
        assert_eq!(
            folder_of("https://n.example/b/en.html?x=1#c"),
            "https://n.example/b/"
        );
        assert_eq!(folder_of("https://n.example/b/"), "https://n.example/b/");
    }
}
