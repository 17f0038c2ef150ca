//! A figure's card: a real button showing value, unit and label; open, it shows the period and
//! every passage that prints the figure, with the figure's own words marked.

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::PassageExcerpt;
use crate::content::content;
use crate::format::format_figure;
use crate::model::Lang;
use crate::state::Action;
use crate::state::AppState;
use crate::ui::{self, t};

/// Props: the figure, whether it is open, the language and the dispatcher. Cards take no
/// context, so opening one card re-renders that card alone.
#[derive(Properties, PartialEq)]
pub struct FigureCardProps {
    /// The figure id.
    pub figure: AttrValue,
    /// Whether this card is open.
    pub open: bool,
    /// The reader's language.
    pub lang: Lang,
    /// Sends actions to the app's reducer.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Opens or closes the card `id` on click (Enter and Space click a button too).
pub fn toggles(dispatch: &UseReducerDispatcher<AppState>, id: &str) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    let id = id.to_string();
    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Toggle(id.clone())))
}

/// Closes the card on Escape and gives focus back to its button.
pub fn escape_closes(
    dispatch: &UseReducerDispatcher<AppState>,
    button: &NodeRef,
    open: bool,
) -> Callback<KeyboardEvent> {
    let state = dispatch.clone();
    let button = button.clone();
    Callback::from(move |e: KeyboardEvent| {
        if open && e.key() == "Escape" {
            e.prevent_default();
            state.dispatch(Action::Close);
            if let Some(b) = button.cast::<HtmlElement>() {
                let _ = b.focus();
            }
        }
    })
}

/// Scrolls the first highlighted quote into view when the card opens.
#[hook]
pub fn use_scroll_to_mark(panel: &NodeRef, open: bool) {
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

/// One figure, closed or open.
#[component]
pub fn FigureCard(props: &FigureCardProps) -> Html {
    let button = use_node_ref();
    let panel = use_node_ref();
    let open = props.open;
    use_scroll_to_mark(&panel, open);
    let lang = props.lang;
    let Ok(content) = content() else {
        return html! {};
    };
    let Some(figure) = content.figure(&props.figure) else {
        return html! {};
    };
    let id = &figure.id;
    let onclick = toggles(&props.dispatch, id);
    let onkeydown = escape_closes(&props.dispatch, &button, open);
    let period = figure
        .period
        .as_ref()
        .map_or(t(lang, ui::NO_PERIOD), |p| p.get(lang));
    html! {
        <li class={classes!("card", open.then_some("open"))} id={format!("card-{id}")} {onkeydown}>
            <h3 class="card-heading">
                <button type="button" class="card-toggle" ref={button}
                    id={format!("toggle-{id}")}
                    aria-expanded={open.to_string()} aria-controls={format!("panel-{id}")} {onclick}>
                    <span class="card-value">{ format_figure(figure, lang) }</span>
                    <span class="card-label">{ figure.label.get(lang) }</span>
                    <span class="card-chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div class="card-panel" id={format!("panel-{id}")} role="region"
                aria-labelledby={format!("toggle-{id}")} hidden={!open} ref={panel}>
                if open {
                    <p class="card-period"><span class="meta-label">{ t(lang, ui::PERIOD) }{ t(lang, ui::COLON) }</span>{ period }</p>
                    <p class="meta-label">{ t(lang, ui::PRINTED_IN) }</p>
                    { for figure.mentions.iter().map(|m| html! {
                        <PassageExcerpt passage={m.passage.clone()} quote={m.quote.clone()} {lang} />
                    }) }
                }
            </div>
        </li>
    }
}
