//! The pointer over a chart: which bar it is on (for the readout above the chart), through the
//! scale the chart is shown at in its box. The mapping itself is `ChartLayout::figure_at`, a
//! pure function; this hook holds the bar under the pointer and wires the events.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::ChartLayout;

/// Maps a pointer event to chart px, through the scale the chart is shown at in `node`.
pub fn chart_point(e: &MouseEvent, node: &NodeRef, chart: &ChartLayout) -> Option<(f64, f64)> {
    let rect = node.cast::<web_sys::Element>()?.get_bounding_client_rect();
    chart.to_chart_px(
        (rect.width(), rect.height()),
        (
            e.client_x() as f64 - rect.left(),
            e.client_y() as f64 - rect.top(),
        ),
    )
}

/// The figure under the pointer, and the plot's handlers.
pub struct BarHover {
    /// The figure of the bar under the pointer, if any.
    pub hovered: Option<String>,
    /// Follows the pointer.
    pub onmousemove: Callback<MouseEvent>,
    /// The pointer gone: no bar.
    pub onmouseleave: Callback<MouseEvent>,
}

/// The pointer over `plot`, where `geometry` (the chart's layout) is drawn.
#[hook]
pub fn use_bar_hover(plot: &NodeRef, geometry: Option<Rc<ChartLayout>>) -> BarHover {
    let hovered = use_state_eq(|| None::<String>);
    let onmousemove = {
        let hovered = hovered.clone();
        let plot = plot.clone();
        Callback::from(move |e: MouseEvent| {
            let id = geometry.as_ref().and_then(|geometry| {
                chart_point(&e, &plot, geometry)
                    .and_then(|(x, y)| geometry.figure_at(x, y).map(str::to_string))
            });
            hovered.set(id);
        })
    };
    let onmouseleave = {
        let hovered = hovered.clone();
        Callback::from(move |_: MouseEvent| hovered.set(None))
    };
    BarHover {
        hovered: (*hovered).clone(),
        onmousemove,
        onmouseleave,
    }
}
