//! Embed options from the query string (`?embed&plain&dark=true&lang=en&childId=…&id=…`) and
//! the height messages an embedded page sends its host. Parsing is total: unknown or malformed
//! flags are ignored.

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
    /// `childId=…` (pym.js) or `id=…`: echoed in height messages so the host can tell embeds apart.
    pub id: Option<String>,
}

/// An id safe to echo: letters, digits, `-`, `_`, `.`, `:`; at most 64 characters.
fn clean_id(raw: &str) -> Option<String> {
    let ok = !raw.is_empty()
        && raw.len() <= 64
        && raw
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
    ok.then(|| raw.to_string())
}

impl EmbedOptions {
    /// Reads the options from a query string, with or without its `?`.
    pub fn from_query(query: &str) -> EmbedOptions {
        let mut options = EmbedOptions::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').take(50) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
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
                "childId" | "id" => options.id = clean_id(&value).or(options.id.take()),
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

/// The snippet an editor pastes into an article page, for the infographic at `base_url`
/// (the folder that holds `index.html` and `embed.js`).
pub fn embed_snippet(base_url: &str, title: &str) -> String {
    let base = if base_url.ends_with('/') {
        base_url.to_string()
    } else {
        format!("{base_url}/")
    };
    let attr = crate::html::escape;
    format!(
        "<div data-beibei-infographic=\"{}\" data-title=\"{}\"></div>\n<script src=\"{}embed.js\" async></script>",
        attr(&base),
        attr(title),
        attr(&base)
    )
}

/// The folder URL of this page (native: a placeholder for the prerendered page).
pub fn page_base_url() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let loc = gloo::utils::window().location();
        let origin = loc.origin().unwrap_or_default();
        let path = loc.pathname().unwrap_or_default();
        let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        format!("{origin}{folder}")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "https://example.com/infographic/".to_string()
    }
}

/// The message type of our own height messages.
pub const HEIGHT_MESSAGE_TYPE: &str = "beibei-infographic:height";

/// The pym.js child message for a height: `pymxPYMx{id}xPYMxheightxPYMx{px}`.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_flag() {
        let o = EmbedOptions::from_query("?embed&plain&dark=true&lang=en&childId=beibei-1");
        assert!(o.embed && o.plain);
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.id.as_deref(), Some("beibei-1"));
        let o = EmbedOptions::from_query("embed=1&dark=false&lang=zh&id=a_b");
        assert!(o.embed && !o.plain && !o.full_header());
        assert_eq!(o.theme, Theme::Light);
        assert_eq!(o.lang, Some(Lang::Zh));
        assert_eq!(o.id.as_deref(), Some("a_b"));
    }

    #[test]
    fn ignores_junk() {
        let o = EmbedOptions::from_query("?dark=maybe&lang=fr&childId=%3Cscript%3E&id=%zz&&=&x=1");
        assert_eq!(o, EmbedOptions::default());
        assert!(o.full_header());
        let long = format!("?childId={}", "a".repeat(100));
        assert_eq!(EmbedOptions::from_query(&long).id, None);
        let _ = EmbedOptions::from_query(&"&".repeat(10_000));
    }

    #[test]
    fn the_snippet_names_the_folder_and_the_host_script() {
        let s = embed_snippet("https://news.example/graphics/beibei", "北碚 \"数据\"");
        assert_eq!(
            s,
            "<div data-beibei-infographic=\"https://news.example/graphics/beibei/\" data-title=\"北碚 &quot;数据&quot;\"></div>\n<script src=\"https://news.example/graphics/beibei/embed.js\" async></script>"
        );
    }

    #[test]
    fn pym_message_has_the_protocol_shape() {
        assert_eq!(
            pym_height_message("c1", 812),
            "pymxPYMxc1xPYMxheightxPYMx812"
        );
    }
}
