//! The way back from a card to where a reader opened it: on a phone a card opened from a bar
//! or from a figure at the top of the page is far below it, so its open card offers one tap
//! back, with focus there.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::content;
use crate::model::{ChartId, Lang};
use crate::state::{Action, Dispatcher};
use crate::ui::{self, t};

/// Where a figure's card leads back to.
#[derive(Clone, PartialEq)]
pub enum WayBack {
    /// The chart that draws the figure, focus on its bars.
    Chart(ChartId),
    /// The figure's link among the lead's figures at the top of the page.
    Lead(String),
}

impl WayBack {
    /// The way back from `figure`'s card: its chart, else its place in the lead, else none.
    pub fn of(figure: &str) -> Option<Self> {
        let content = content();
        if let Some(chart) = content.chart_of(figure) {
            return Some(Self::Chart(chart.id.clone()));
        }
        let lead = content.page.lead.as_ref()?;
        lead.figures
            .iter()
            .any(|f| f == figure)
            .then(|| Self::Lead(figure.to_string()))
    }

    /// Brings the reader there, focus on it (the keyboard and screen reader are back too).
    pub fn go(&self) {
        let document = gloo::utils::document();
        let (target, focus) = match self {
            Self::Chart(chart) => {
                let Some(figure) = document.get_element_by_id(&chart.dom_id()) else {
                    return;
                };
                let bars = figure.query_selector(".chart-bars").ok().flatten();
                (figure, bars)
            }
            Self::Lead(figure) => {
                let Some(link) = document.get_element_by_id(&super::lead_dom_id(figure)) else {
                    return;
                };
                (link.clone(), Some(link))
            }
        };
        if let Some(focus) = focus.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = focus.focus();
        }
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }

    /// A button that closes the card and goes back (`dispatch` is the card's; no component of
    /// its own, which would cost the WASM ~1 KB).
    pub fn button(self, lang: Lang, dispatch: Dispatcher) -> Html {
        // An embedded or plain view shows no lead: its way back is hidden there (CSS).
        let (label, class) = match self {
            Self::Chart(_) => (ui::BACK_TO_CHART, "way-back"),
            Self::Lead(_) => (ui::BACK_TO_LEAD, "way-back way-back-lead"),
        };
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Close);
            self.go();
        });
        html! {
            <p {class}>
                <button type="button" class="card-action" {onclick}>
                    <span aria-hidden="true">{ "↑ " }</span>{ t(lang, label) }
                </button>
            </p>
        }
    }
}
