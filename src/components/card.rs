//! The frame every card shares: a heading with a real button (aria-expanded, aria-controls)
//! and a region that holds the card's content while it is open. Click, Enter or Space toggles
//! it; Escape closes it and gives focus back to the button; opening scrolls the marked quote
//! into view.

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::state::{Action, AppState};

/// Props: the card's id and state, what its button shows, and (as children) what it shows open.
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The card id: a figure id or `story-<passage id>`; also the URL hash that opens it.
    pub id: AttrValue,
    /// Whether it is open.
    pub open: bool,
    /// Sends actions to the app's reducer.
    pub dispatch: UseReducerDispatcher<AppState>,
    /// Extra classes for the card.
    #[prop_or_default]
    pub class: Classes,
    /// What the button shows.
    pub summary: Html,
    /// What the card shows open (built by the caller only when open).
    #[prop_or_default]
    pub children: Html,
}

/// Scrolls the first highlighted quote into view when the card opens.
#[hook]
fn use_scroll_to_mark(panel: &NodeRef, open: bool) {
    let panel = panel.clone();
    use_effect_with(open, move |open| {
        if *open {
            if let Some(mark) = panel
                .cast::<web_sys::Element>()
                .and_then(|p| p.query_selector("mark").ok().flatten())
            {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                mark.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
}

/// One card, closed or open.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let button = use_node_ref();
    let panel = use_node_ref();
    let open = props.open;
    use_scroll_to_mark(&panel, open);
    let id = &props.id;
    let onclick = {
        let dispatch = props.dispatch.clone();
        let id = id.to_string();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Toggle(id.clone())))
    };
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        let button = button.clone();
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                dispatch.dispatch(Action::Close);
                if let Some(b) = button.cast::<HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    html! {
        <li class={classes!("card", props.class.clone(), open.then_some("open"))} id={format!("card-{id}")} {onkeydown}>
            <h3 class="card-heading">
                <button type="button" class="card-toggle" ref={button} id={format!("toggle-{id}")}
                    aria-expanded={open.to_string()} aria-controls={format!("panel-{id}")} {onclick}>
                    { props.summary.clone() }
                    <span class="card-chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div class="card-panel" id={format!("panel-{id}")} role="region"
                aria-labelledby={format!("toggle-{id}")} hidden={!open} ref={panel}>
                if open {
                    { props.children.clone() }
                }
            </div>
        </li>
    }
}
