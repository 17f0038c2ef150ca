//! The URL hash names the open card: opening a card pushes a history entry, back and forward
//! reopen the card they name, and a hash naming no card is ignored.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::content::content;
use crate::route::{card_from_hash, hash_for};
use crate::state::{Action, AppState};

/// The card a location hash names, if it is a card that exists.
pub fn known_card(hash: &str) -> Option<String> {
    let id = card_from_hash(hash)?;
    let content = content().ok()?;
    let exists = content.figure(&id).is_some()
        || id
            .strip_prefix("story-")
            .is_some_and(|p| content.passage(p).is_some());
    exists.then_some(id)
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Scrolls a card into view (instantly when the reader prefers reduced motion: CSS sets
/// `scroll-behavior`).
pub fn scroll_to_card(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("card-{id}")))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Opens the card named at load, follows `hashchange`/`popstate`, and writes the open card
/// back to the hash.
#[hook]
pub fn use_hash_sync(state: &UseReducerHandle<AppState>) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some(id) = known_card(&current_hash()) {
                state.dispatch(Action::Open(id.clone()));
                // After the card has rendered open.
                gloo::timers::callback::Timeout::new(0, move || scroll_to_card(&id)).forget();
            }
            let window = web_sys::window().expect("a browser window");
            let on_change = {
                let state = state.clone();
                move |_: &web_sys::Event| match known_card(&current_hash()) {
                    Some(id) => state.dispatch(Action::Open(id)),
                    None => state.dispatch(Action::Close),
                }
            };
            let hash = EventListener::new(&window, "hashchange", on_change.clone());
            let pop = EventListener::new(&window, "popstate", on_change);
            move || drop((hash, pop))
        });
    }
    use_effect_with(state.open.clone(), |open| {
        let wanted = open.as_deref().map(hash_for).unwrap_or_default();
        let now = current_hash();
        if now != wanted && !(wanted.is_empty() && known_card(&now).is_none()) {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let url = if wanted.is_empty() {
                    // Keep path and query, drop the hash.
                    let loc = web_sys::window().map(|w| w.location());
                    let path = loc
                        .as_ref()
                        .and_then(|l| l.pathname().ok())
                        .unwrap_or_default();
                    let query = loc
                        .as_ref()
                        .and_then(|l| l.search().ok())
                        .unwrap_or_default();
                    format!("{path}{query}")
                } else {
                    wanted
                };
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
            }
        }
    });
}
