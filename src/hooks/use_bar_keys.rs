//! The keyboard on a chart: the chart is one Tab stop, a listbox of its bars; arrows, Home and
//! End move between them, Enter or Space opens the bar's card (focus on it), Escape leaves for
//! the chart's table. Focus coming back finds the bar it left. The moves themselves are
//! `charts::bar_key`, a pure function; this hook holds the bar the keyboard is on and wires the
//! events.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::charts::{bar_key, BarKey};
use crate::hooks::use_dispatch;
use crate::route::CardId;

/// The bar the keyboard is on, and the listbox's handlers.
pub struct BarKeys {
    /// The bar the keyboard is on, while the chart has focus.
    pub focused: Option<usize>,
    /// Moves, opens or leaves.
    pub onkeydown: Callback<KeyboardEvent>,
    /// Focus lands on the bar it left last (at first, the first bar).
    pub onfocus: Callback<FocusEvent>,
    /// Focus gone: no bar is marked.
    pub onblur: Callback<FocusEvent>,
}

/// The keyboard over `figures` (the chart's bars, in order); Escape moves focus to the first
/// `summary` inside `leave_to` (the chart's table).
#[hook]
pub fn use_bar_keys(figures: Vec<String>, leave_to: NodeRef) -> BarKeys {
    let focused = use_state_eq(|| None::<usize>);
    // The figure whose bar the keyboard was last on: focus coming back (Escape from the card a
    // bar opened) lands there again, not on the first bar; by figure, as a search may have
    // taken bars out since.
    let last = use_mut_ref(|| None::<String>);
    let dispatch = use_dispatch();
    let count = figures.len();
    let onkeydown = {
        let focused = focused.clone();
        let last = last.clone();
        let figures = figures.clone();
        Callback::from(
            move |e: KeyboardEvent| match bar_key(*focused, &e.key(), count) {
                BarKey::Move(i) => {
                    e.prevent_default();
                    *last.borrow_mut() = figures.get(i).cloned();
                    focused.set(Some(i));
                }
                BarKey::Open(i) => {
                    e.prevent_default();
                    *last.borrow_mut() = figures.get(i).cloned();
                    focused.set(Some(i));
                    // The keyboard goes on from the card, as from one its own button opened
                    // (Escape closes it and brings the reader back to this chart).
                    crate::components::open_with_focus(
                        CardId::Figure(figures[i].clone()),
                        &dispatch,
                    );
                }
                BarKey::Leave => {
                    e.prevent_default();
                    focused.set(None);
                    if let Some(summary) = leave_to
                        .cast::<web_sys::Element>()
                        .and_then(|t| t.query_selector("summary").ok().flatten())
                        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = summary.focus();
                    }
                }
                BarKey::Ignore => {}
            },
        )
    };
    let onfocus = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| {
            if focused.is_none() {
                let at = last
                    .borrow()
                    .as_ref()
                    .and_then(|id| figures.iter().position(|f| f == id));
                focused.set(Some(at.unwrap_or(0)));
            }
        })
    };
    let onblur = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(None))
    };
    BarKeys {
        focused: focused.filter(|i| *i < count),
        onkeydown,
        onfocus,
        onblur,
    }
}
