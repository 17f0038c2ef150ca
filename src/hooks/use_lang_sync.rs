//! The reader's language: remembered on change, set on the document's `lang` attribute, and
//! said in the URL (the view's own file: `en.html`, `embed-en.html` …), so a reload or a copied
//! address opens the prerendered page in that language.

use yew::prelude::*;

use crate::embed::{view_url, View};
use crate::model::Lang;
use crate::piece::Piece;

const STORAGE_KEY: &str = crate::embed::LANG_STORAGE_KEY;

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The language the reader chose on an earlier visit, if any (none when prerendering).
pub fn remembered_lang() -> Option<Lang> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| Lang::from_code(&code))
}

/// Keeps `<html lang>` in step with the state; when the reader switches, remembers the choice,
/// puts that language's file in the address and gives the document that page's title (the page
/// they opened is already the right one).
#[hook]
pub fn use_lang_sync(lang: Lang, embed: bool, piece: Option<Piece>) {
    // Back and Forward to an entry written before the switch (a card opened in Chinese, then
    // the switch to English): the address is that language's file again, while the page stays
    // in the reader's language; it is said in the address once more, so that a reload or a
    // copied address opens what the reader sees.
    {
        let piece = piece.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let lang = crate::state::store::current().lang;
                    put_in_address(lang, embed, piece.as_ref());
                });
            move || drop(listener)
        });
    }
    let shown = use_mut_ref(|| lang);
    use_effect_with(lang, move |lang| {
        let _ = gloo::utils::document_element().set_attribute("lang", lang.tag());
        // Only the reader's own switch is remembered: a page opened in a language (an English
        // link, an embed the host set to English) is not a choice.
        if *shown.borrow() != *lang {
            *shown.borrow_mut() = *lang;
            if let Some(s) = storage() {
                // Storage may be full or blocked (private mode): the toggle still works.
                let _ = s.set_item(STORAGE_KEY, lang.code());
            }
            put_in_address(*lang, embed, piece.as_ref());
            gloo::utils::document().set_title(&crate::piece::document_title(
                crate::content::content(),
                piece.as_ref(),
                *lang,
            ));
            // The reader's place: the card the address names, open, is brought back into view
            // once the page is drawn in the other language (the switch is at the page's top).
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let card = crate::route::CardId::from_hash(&hash);
            if let Some(card) = card {
                gloo::timers::callback::Timeout::new(0, move || {
                    if let Some(el) = gloo::utils::document().get_element_by_id(&card.card_dom_id())
                    {
                        crate::components::scroll_to_top(&el);
                    }
                })
                .forget();
            }
        }
    });
}

/// Puts `lang`'s file (the view's, or the piece's) in the address, with the same query (less
/// `lang`) and hash, in place of the current entry (the same address again changes nothing).
fn put_in_address(lang: Lang, embed: bool, piece: Option<&Piece>) {
    let window = gloo::utils::window();
    let location = window.location();
    let href = match piece {
        Some(piece) => piece.file(lang),
        None => View { lang, embed }.href().to_string(),
    };
    let url = view_url(
        &href,
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
