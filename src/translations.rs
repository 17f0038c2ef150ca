//! Our English translations of the passages (see `model::Translations`): not in the app's
//! bundle, so a Chinese reader's app does not carry them. The loader fetches them (the one
//! place that does): for an English first view beside the app's files, before the app takes
//! the page over (the page already shows them); for a reader who switches to English, before
//! it lets the switch through. It leaves their text at `window.infographicTranslations.text`,
//! read here when first asked for. Natively (the prerender, the tests) every passage holds its
//! own.

use std::sync::OnceLock;

use crate::model::{Mention, Passage, Text, Translations};

/// The translations, once they have come.
static LOADED: OnceLock<Translations> = OnceLock::new();

/// The translation of `passage`, if it has one and it is here.
pub fn of_passage(passage: &Passage) -> Option<&Text> {
    passage
        .text_en
        .as_ref()
        .or_else(|| loaded()?.passage(&passage.id))
}

/// The English words of `figure`'s `mention`, if they are here.
pub fn of_mention<'a>(figure: &str, mention: &'a Mention) -> Option<&'a str> {
    mention
        .quote_en
        .as_deref()
        .or_else(|| loaded()?.quote(figure, &mention.passage))
}

/// Whether they are here (natively, always: the content holds them).
pub fn here() -> bool {
    cfg!(not(target_arch = "wasm32")) || loaded().is_some()
}

/// The translations, read from what the loader left the first time they are there.
fn loaded() -> Option<&'static Translations> {
    if let Some(t) = LOADED.get() {
        return Some(t);
    }
    decode(&from_loader()?).then(|| LOADED.get()).flatten()
}

/// Takes the text the prerender wrote; false if it is not theirs.
fn decode(text: &str) -> bool {
    match Translations::from_text(text) {
        Some(t) => LOADED.set(t).is_ok() || LOADED.get().is_some(),
        None => false,
    }
}

/// The text the loader left: `window.infographicTranslations.text`.
#[cfg(target_arch = "wasm32")]
fn from_loader() -> Option<String> {
    let handed = js_sys::Reflect::get(&gloo::utils::window(), &"infographicTranslations".into())
        .ok()
        .filter(|v| v.is_object())?;
    js_sys::Reflect::get(&handed, &"text".into())
        .ok()?
        .as_string()
}

#[cfg(not(target_arch = "wasm32"))]
fn from_loader() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    #[test]
    fn what_the_prerender_writes_reads_back_to_every_translation() {
        let all = content().translations();
        assert!(!all.passages.is_empty() && !all.quotes.is_empty());
        assert_eq!(Translations::from_text(&all.to_text()).as_ref(), Some(&all));
        assert!(decode(&all.to_text()));
        let p = content().passage("livelihood-report").unwrap();
        assert_eq!(LOADED.get().unwrap().passage(&p.id), p.text_en.as_ref());
        assert_eq!(Translations::from_text("not theirs"), None);
    }
}
