//! Our English translations of the passages (see `model::Translations`): not in the app's
//! bundle, so a Chinese reader's app does not carry them. For an English first view the loader
//! fetches them beside the app's files and hands them over before the app starts (the page
//! it takes over already shows them); a reader who switches to English has the app fetch them.
//! Natively (the prerender, the tests) every passage holds its own.

use std::sync::OnceLock;

use crate::model::{Mention, Passage, Text, Translations};

/// The translations, once they have come.
static LOADED: OnceLock<Translations> = OnceLock::new();

/// The translation of `passage`, if it has one and it is here.
pub fn of_passage(passage: &Passage) -> Option<&Text> {
    passage
        .text_en
        .as_ref()
        .or_else(|| LOADED.get()?.passage(&passage.id))
}

/// The English words of `figure`'s `mention`, if they are here.
pub fn of_mention<'a>(figure: &str, mention: &'a Mention) -> Option<&'a str> {
    mention
        .quote_en
        .as_deref()
        .or_else(|| LOADED.get()?.quote(figure, &mention.passage))
}

/// Whether they are here (natively, always: the content holds them).
pub fn here() -> bool {
    cfg!(not(target_arch = "wasm32")) || LOADED.get().is_some()
}

/// Takes the bytes the prerender wrote (postcard); false if they do not decode.
#[cfg(any(target_arch = "wasm32", test))]
fn decode(bytes: &[u8]) -> bool {
    match postcard::from_bytes::<Translations>(bytes) {
        Ok(t) => LOADED.set(t).is_ok() || LOADED.get().is_some(),
        Err(_) => false,
    }
}

/// What the loader left for the app: `window.infographicTranslations`, `{ url, bytes }`.
#[cfg(target_arch = "wasm32")]
fn from_loader(key: &str) -> Option<wasm_bindgen::JsValue> {
    let handed = js_sys::Reflect::get(&gloo::utils::window(), &"infographicTranslations".into())
        .ok()
        .filter(|v| v.is_object())?;
    js_sys::Reflect::get(&handed, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Takes the translations the loader fetched for an English first view, if it did.
#[cfg(target_arch = "wasm32")]
pub fn take_from_loader() -> bool {
    use wasm_bindgen::JsCast;
    here()
        || from_loader("bytes")
            .and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok())
            .is_some_and(|bytes| decode(&bytes.to_vec()))
}

/// Fetches them (the reader switched to English); true once they are here.
#[cfg(target_arch = "wasm32")]
pub async fn fetch() -> bool {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if here() {
        return true;
    }
    let Some(url) = from_loader("url").and_then(|u| u.as_string()) else {
        return false;
    };
    let Ok(response) = JsFuture::from(gloo::utils::window().fetch_with_str(&url)).await else {
        return false;
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return false;
    };
    if !response.ok() {
        return false;
    }
    let Ok(buffer) = response.array_buffer() else {
        return false;
    };
    match JsFuture::from(buffer).await {
        Ok(buffer) => decode(&js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    #[test]
    fn what_the_prerender_writes_decodes_to_every_translation() {
        let all = content().translations();
        assert!(!all.passages.is_empty() && !all.quotes.is_empty());
        let bytes = postcard::to_allocvec(&all).unwrap();
        assert!(decode(&bytes));
        let p = content().passage("livelihood-report").unwrap();
        assert_eq!(LOADED.get().unwrap().passage(&p.id), p.text_en.as_ref());
        assert!(!decode(b"not postcard"));
    }
}
