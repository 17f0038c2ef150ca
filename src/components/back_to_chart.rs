//! The way back from a card to the chart that draws its figure: on a phone a card opened from
//! a bar is far below the chart, so a charted figure's open card offers one tap back to the
//! chart, with focus on its bars.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::{ChartId, Lang};
use crate::state::{Action, Dispatcher};
use crate::ui::{self, t};

/// Brings the reader to `chart`, focus on its bars (the keyboard and screen reader are back on
/// the chart): where a charted figure's card goes when it closes, since closed it is not shown.
pub fn to_chart(chart: &ChartId) {
    let Some(figure) = gloo::utils::document().get_element_by_id(&chart.dom_id()) else {
        return;
    };
    if let Some(bars) = figure
        .query_selector(".chart-bars")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = bars.focus();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    figure.scroll_into_view_with_scroll_into_view_options(&options);
}

/// A button that closes the card and brings the reader back to `chart`, focus on its bars
/// (`dispatch` is the card's; no component of its own, which would cost the WASM ~1 KB).
pub fn back_to_chart(chart: ChartId, lang: Lang, dispatch: Dispatcher) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        dispatch.dispatch(Action::Close);
        to_chart(&chart);
    });
    html! {
        <p class="back-to-chart">
            <button type="button" class="card-action" {onclick}>
                <span aria-hidden="true">{ "↑ " }</span>{ t(lang, ui::BACK_TO_CHART) }
            </button>
        </p>
    }
}
