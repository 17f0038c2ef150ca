//! The URL hash names the open card: opening a card pushes a history entry, back and forward
//! reopen the card they name, and a hash naming no card is ignored.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::content::content;
use crate::route::CardId;
use crate::state::{Action, AppState};

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The card the location's hash names, if it exists.
fn card_at_hash() -> Option<CardId> {
    content().card_at(&current_hash())
}

/// Opens the card named at load, follows `hashchange`/`popstate`, and writes the open card
/// back to the hash. (The card scrolls itself into view when it opens: see `Card`.)
#[hook]
pub fn use_hash_sync(state: &UseReducerHandle<AppState>) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some(card) = card_at_hash() {
                state.dispatch(Action::Open(card));
            }
            let window = gloo::utils::window();
            let on_change = {
                let state = state.clone();
                move |_: &web_sys::Event| match card_at_hash() {
                    Some(card) => state.dispatch(Action::Open(card)),
                    None => state.dispatch(Action::Close),
                }
            };
            let hash = EventListener::new(&window, "hashchange", on_change.clone());
            let pop = EventListener::new(&window, "popstate", on_change);
            move || drop((hash, pop))
        });
    }
    // On mount no card is open yet, whatever the hash says (the effect above opens it next):
    // writing that to the history would add an entry, and Back would land on a closed page.
    let mounted = use_mut_ref(|| false);
    use_effect_with(state.open.clone(), move |open| {
        let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
        let wanted = open.as_ref().map(CardId::hash).unwrap_or_default();
        // After the card is painted (the next frame, then a task): a history entry costs the
        // open a few milliseconds, and the reader sees the card first. Opened or closed again
        // before then, the pending write is dropped (frame and timer alike): only the last is
        // written.
        let timer = Rc::new(RefCell::new(None::<Timeout>));
        let frame = (!first).then(|| {
            let timer = timer.clone();
            gloo::render::request_animation_frame(move |_| {
                *timer.borrow_mut() = Some(Timeout::new(0, move || write_hash(&wanted)));
            })
        });
        move || drop((frame, timer.borrow_mut().take()))
    });
}

/// Writes the open card's hash (`""`: none) to the location, as a new history entry.
fn write_hash(wanted: &str) {
    let now = current_hash();
    // Closing a card clears the hash, unless the hash names no card (then it is left alone).
    if now != wanted && !(wanted.is_empty() && card_at_hash().is_none()) {
        let window = gloo::utils::window();
        if let Ok(history) = window.history() {
            let url = if wanted.is_empty() {
                // Keep path and query, drop the hash.
                let loc = window.location();
                let path = loc.pathname().unwrap_or_default();
                let query = loc.search().unwrap_or_default();
                format!("{path}{query}")
            } else {
                wanted.to_string()
            };
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}
