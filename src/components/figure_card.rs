//! A figure's card: its button shows value, unit and label; open, it shows the period and every
//! passage that prints the figure, with the figure's own words marked.

use yew::prelude::*;

use super::{Card, PassageExcerpt};
use crate::content::content;
use crate::format::format_figure;
use crate::model::Lang;
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

/// One figure, closed or open.
#[component]
pub fn FigureCard(props: &FigureCardProps) -> Html {
    let lang = props.lang;
    let Some(figure) = content().ok().and_then(|c| c.figure(&props.figure)) else {
        return html! {};
    };
    let summary = html! {
        <>
            <span class="card-value">{ format_figure(figure, lang) }</span>
            <span class="card-label">{ figure.label.get(lang) }</span>
        </>
    };
    let period = figure
        .period
        .as_ref()
        .map_or(t(lang, ui::NO_PERIOD), |p| p.get(lang));
    html! {
        <Card id={props.figure.clone()} open={props.open} dispatch={props.dispatch.clone()} {summary}>
            if props.open {
                <p class="card-period"><span class="meta-label">{ t(lang, ui::PERIOD) }{ t(lang, ui::COLON) }</span>{ period }</p>
                <p class="meta-label">{ t(lang, ui::PRINTED_IN) }</p>
                { for figure.mentions.iter().map(|m| html! {
                    <PassageExcerpt passage={m.passage.clone()} quote={m.quote.clone()} {lang} />
                }) }
            }
        </Card>
    }
}
