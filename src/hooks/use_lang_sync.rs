//! The reader's language: read from `?lang=` or from storage at start, remembered on change,
//! and set on the document's `lang` attribute.

use yew::prelude::*;

use crate::model::Lang;
use crate::state::AppState;

const STORAGE_KEY: &str = "beibei-infographic:lang";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The language to start in: `?lang=zh|en`, else the remembered one, else Chinese (and
/// Chinese when prerendering natively).
pub fn initial_lang(from_query: Option<Lang>) -> Lang {
    if cfg!(not(target_arch = "wasm32")) {
        return from_query.unwrap_or_default();
    }
    from_query
        .or_else(|| {
            storage()
                .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
                .and_then(|code| Lang::from_code(&code))
        })
        .unwrap_or_default()
}

/// Keeps storage and `<html lang>` in step with the state.
#[hook]
pub fn use_lang_sync(state: &UseReducerHandle<AppState>) {
    use_effect_with(state.lang, |lang| {
        if let Some(s) = storage() {
            // Storage may be full or blocked (private mode): the toggle still works.
            let _ = s.set_item(STORAGE_KEY, lang.code());
        }
        let _ = gloo::utils::document_element().set_attribute("lang", lang.tag());
    });
}
