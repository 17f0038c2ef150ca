//! The frame every card shares: a heading with a real button (aria-expanded, aria-controls)
//! and a region that holds the card's content while it is open. Click, Enter or Space toggles
//! it; Escape closes it and gives focus back to the button. However a card opens (its button,
//! a bar of a chart, the URL hash), it brings its marked quote into view: the one open path.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::hooks::use_dispatch;
use crate::route::CardId;
use crate::state::{Action, Dispatcher};

/// Props: the card's id and state, what its button shows, and (as children) what it shows open.
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The card; also the URL hash that opens it.
    pub id: CardId,
    /// Whether it is open.
    pub open: bool,
    /// Extra classes for the card.
    #[prop_or_default]
    pub class: Classes,
    /// What the button shows.
    pub summary: Html,
    /// What the card shows open (built by the caller only when open).
    #[prop_or_default]
    pub children: Html,
    /// Where the reader goes when the card closes, if not to its own button (a charted
    /// figure's card is not shown closed: the reader goes back to its chart).
    #[prop_or_default]
    pub on_close: Option<Callback<()>>,
}

thread_local! {
    /// The card to take the focus once it is drawn open.
    static FOCUS_WHEN_OPEN: RefCell<Option<CardId>> = const { RefCell::new(None) };
}

/// Asks `card` to take the focus once it is drawn open (after it has brought its quote into
/// view, which the focus leaves where it is): a card a link opened is then as one a reader
/// opened, the keyboard going on from it and Escape closing it.
pub fn focus_when_open(card: CardId) {
    FOCUS_WHEN_OPEN.with(|wanted| *wanted.borrow_mut() = Some(card));
}

/// Opens `card` from a bar (tapped, or Enter on it) and gives it the focus, as its own button
/// would have it: once drawn open ([`focus_when_open`]), or at once where it is open already
/// (no change would make it answer).
pub fn open_with_focus(card: CardId, dispatch: &Dispatcher) {
    if crate::state::store::current().is_open(&card) {
        if let Some(button) = gloo::utils::document()
            .get_element_by_id(&card.toggle_dom_id())
            .and_then(|b| b.dyn_into::<HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    } else {
        focus_when_open(card.clone());
        dispatch.dispatch(Action::Open(card));
    }
}

/// The space kept above a card scrolled to its top (its CSS `scroll-margin-top`, 1rem).
const CARD_MARGIN_PX: f64 = 16.0;

/// When the card opens: brings the first highlighted quote (or, in a card with none, the card
/// itself, from its top) into view, left where it is when a reader can already read it (opened by its own
/// button); else (opened from a chart or a link) the card from its top, number first, where the
/// quote fits on the screen with it, or the quote centred where it does not. Then takes the
/// focus if [`focus_when_open`] asked it to. When it closes and leaves no card open (its own
/// button, Escape, Back), it is brought back where it went above the screen (an open card is a
/// row of its own: closed, the rows under it move up); closed because another card opened, it
/// is left where it is, the reader going to that one.
/// (One effect per card: there are some sixty.)
#[hook]
fn use_on_open(panel: &NodeRef, button: &NodeRef, id: &CardId, open: bool) {
    let (panel, button, id) = (panel.clone(), button.clone(), id.clone());
    let was_open = use_mut_ref(|| false);
    use_effect_with(open, move |open| {
        let closed = was_open.replace(*open) && !*open;
        if closed && crate::state::store::current().open.is_none() {
            // (The card from its top, its margin kept: see CARD_MARGIN_PX.)
            if let Some(card) = button
                .cast::<web_sys::Element>()
                .filter(|b| b.get_bounding_client_rect().top() < 0.0)
                .and_then(|b| b.closest(".card").ok().flatten())
            {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                card.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
        if !*open {
            return;
        }
        let panel = panel.cast::<web_sys::Element>();
        let card = panel.as_ref().and_then(|p| p.parent_element());
        let mark = panel
            .as_ref()
            .and_then(|p| p.query_selector("mark").ok().flatten());
        let marked = mark.is_some();
        if let Some((card, target)) = card.map(|c| (c.clone(), mark.unwrap_or(c))) {
            let viewport = gloo::utils::window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            let rect = target.get_bounding_client_rect();
            if rect.top() < 0.0 || rect.bottom() > viewport {
                // The card from its top (its number and label) where the quote then fits on
                // the screen too; else the quote, centred.
                let top = card.get_bounding_client_rect().top();
                // (A card with no quote, a story, from its top: centring a long one would
                // leave its title above the screen.)
                let (element, block) =
                    if !marked || rect.bottom() - top + CARD_MARGIN_PX <= viewport {
                        (&card, web_sys::ScrollLogicalPosition::Start)
                    } else {
                        (&target, web_sys::ScrollLogicalPosition::Center)
                    };
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(block);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
        let asked = FOCUS_WHEN_OPEN.with(|wanted| {
            let mut wanted = wanted.borrow_mut();
            let asked = wanted.as_ref() == Some(&id);
            if asked {
                *wanted = None;
            }
            asked
        });
        if let Some(button) = button.cast::<HtmlElement>().filter(|_| asked) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = button.focus_with_options(&options);
        }
    });
}

/// One card, closed or open.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let button = use_node_ref();
    let panel = use_node_ref();
    let open = props.open;
    use_on_open(&panel, &button, &props.id, open);
    let dispatch = use_dispatch();
    let id = &props.id;
    let onclick = {
        let id = id.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Toggle(id.clone()));
            if let Some(on_close) = on_close.as_ref().filter(|_| open) {
                on_close.emit(());
            }
        })
    };
    let onkeydown = {
        let button = button.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                dispatch.dispatch(Action::Close);
                match &on_close {
                    Some(on_close) => on_close.emit(()),
                    None => {
                        if let Some(b) = button.cast::<HtmlElement>() {
                            let _ = b.focus();
                        }
                    }
                }
            }
        })
    };
    html! {
        <li class={classes!("card", props.class.clone(), open.then_some("open"))} id={id.card_dom_id()} {onkeydown}>
            // In the prerendered page, the card's public link (`#hospital-beds`) names this
            // place, for a reader without JavaScript or whose app failed to load; the loader
            // takes the name away while the app can come (the app and the loader bring a
            // linked card into view themselves, and the browser's own jump would move the
            // reader's focus off the link). The app's own page has none.
            <span class="card-anchor" id={cfg!(not(target_arch = "wasm32")).then(|| id.to_string())}></span>
            <h3 class="card-heading">
                <button type="button" class="card-toggle" ref={button} id={id.toggle_dom_id()}
                    aria-expanded={open.to_string()} aria-controls={id.panel_dom_id()} {onclick}>
                    { props.summary.clone() }
                    <span class="card-chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div class="card-panel" id={id.panel_dom_id()} role="region"
                aria-labelledby={id.toggle_dom_id()} hidden={!open} ref={panel}>
                if open {
                    { props.children.clone() }
                }
            </div>
        </li>
    }
}
