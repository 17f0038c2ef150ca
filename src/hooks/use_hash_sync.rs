//! The URL hash names the open card: opening a card pushes a history entry, back and forward
//! reopen the card they name, and a hash naming no card closes the open one (a place on the
//! page, `#notes`, is brought into view at start).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::content::content;
use crate::route::CardId;
use crate::state::{store, Action};

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The card the location's hash names, if it exists.
fn card_at_hash() -> Option<CardId> {
    content().card_at(&current_hash())
}

/// The element the location's hash names where it names no card (`#notes`), if the page has it.
fn place_at_hash() -> Option<web_sys::Element> {
    let hash = current_hash();
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    gloo::utils::document().get_element_by_id(id)
}

/// What is waiting to write the hash: the frame, then the task after it.
#[derive(Default)]
struct PendingWrite {
    frame: Option<gloo::render::AnimationFrame>,
    timer: Rc<RefCell<Option<Timeout>>>,
}

/// Opens the card named at load, follows `hashchange`/`popstate`, and writes the open card
/// back to the hash. It listens to the store rather than reading the state in a render, so
/// opening a card re-renders nothing here. (The card scrolls itself into view when it opens:
/// see `Card`.) On a piece's own page (`piece`), a hash naming a card the page does not hold
/// changes nothing (its links to other cards lead to the whole page: see `excerpt_html`).
#[hook]
pub fn use_hash_sync(piece: bool) {
    use_effect_with((), move |_| {
        // The state at mount has no card open, whatever the hash says: only later changes are
        // written (writing that one would add a history entry, and Back would land on a
        // closed page).
        let shown = RefCell::new(store::current().open.clone());
        let pending = Rc::new(RefCell::new(PendingWrite::default()));
        let subscription = {
            let pending = pending.clone();
            store::subscribe(move |state| {
                if *shown.borrow() == state.open {
                    return;
                }
                shown.replace(state.open.clone());
                let wanted = state.open.as_ref().map(CardId::hash).unwrap_or_default();
                // After the card is painted (the next frame, then a task): a history entry
                // costs the open a few milliseconds, and the reader sees the card first. Opened
                // or closed again before then, the pending write is dropped (frame and timer
                // alike): only the last is written.
                let timer = Rc::new(RefCell::new(None::<Timeout>));
                let frame = {
                    let timer = timer.clone();
                    gloo::render::request_animation_frame(move |_| {
                        *timer.borrow_mut() = Some(Timeout::new(0, move || write_hash(&wanted)));
                    })
                };
                let old = pending.replace(PendingWrite {
                    frame: Some(frame),
                    timer,
                });
                drop(old.timer.borrow_mut().take());
            })
        };
        // Focus on the card a link names (at load, or a link within the page: 接上文), once it
        // is drawn open (see `Card`); not inside a host's frame, whose page it would scroll
        // (the loader marks a framed page).
        let framed = gloo::utils::document_element()
            .class_name()
            .split_whitespace()
            .any(|c| c == "framed");
        let open = move |card: CardId| {
            if !framed {
                crate::components::focus_when_open(card.clone());
            }
            store::dispatch(Action::Open(card));
        };
        if let Some(card) = card_at_hash().filter(|card| !piece || held(card)) {
            open(card);
        } else if let Some(place) = place_at_hash() {
            // A place on the page that is no card (`#notes`, where an embed's link leads): in
            // view once the app has drawn the page, as the browser put it before (the loader
            // has opened it if it is folded: see `openFolded` in loader/loader.js).
            crate::components::scroll_to_top(&place);
        }
        let on_change = move |_: &web_sys::Event| match card_at_hash() {
            Some(card) if piece && !held(&card) => {}
            Some(card) => open(card),
            None => store::dispatch(Action::Close),
        };
        let window = gloo::utils::window();
        let hash = EventListener::new(&window, "hashchange", on_change);
        let pop = EventListener::new(&window, "popstate", on_change);
        move || {
            let last = pending.take();
            drop(last.timer.borrow_mut().take());
            drop((subscription, hash, pop, last.frame));
        }
    });
}

/// Whether the page holds `card`'s element.
fn held(card: &CardId) -> bool {
    gloo::utils::document()
        .get_element_by_id(&card.card_dom_id())
        .is_some()
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
            // Back or Forward to an entry with a card open brings that card into view (see
            // `Card`): the browser's own restoring, of where the page stood when the reader
            // left the entry, would scroll it away again. An entry with none open keeps it.
            let _ = history.set_scroll_restoration(if wanted.is_empty() {
                web_sys::ScrollRestoration::Auto
            } else {
                web_sys::ScrollRestoration::Manual
            });
        }
    }
}
