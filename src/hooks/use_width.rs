//! The width a chart is drawn at: the prerender's at first, then its plot's measured width
//! whenever that calls for a redraw (`charts::redraw_width`), on start and on window resize.

use gloo::events::EventListener;
use yew::prelude::*;

/// The width charts are prerendered at: a phone's chart column.
pub const PRERENDER_WIDTH: u32 = 332;

/// The second width the static page holds each chart at: a wide screen's chart column (the
/// page's `--measure`, 46rem, less its padding, the chart's padding and border: 678 px), shown
/// from 46rem up by the CSS.
pub const PRERENDER_WIDE: u32 = 678;

/// The width in CSS px to draw the chart in `node` at. The first render uses the prerender's
/// width, so that it matches the prerendered page node for node (hydration); the first measure,
/// right after, redraws for the real width where it differs enough (chart heights do not depend
/// on the width, so nothing shifts).
#[hook]
pub fn use_width(node: &NodeRef) -> u32 {
    let width = use_state_eq(|| PRERENDER_WIDTH);
    // The width drawn at, for the listener (a state handle's value is its render's snapshot).
    let drawn = use_mut_ref(|| PRERENDER_WIDTH);
    {
        let width = width.clone();
        let node = node.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    let shown = el.client_width().max(0) as u32;
                    let redraw = crate::charts::redraw_width(*drawn.borrow(), shown);
                    if let Some(w) = redraw {
                        *drawn.borrow_mut() = w;
                        width.set(w);
                    }
                }
            };
            // The first measure waits for the next task: the app's start (hydrating the whole
            // page) and the redraw for the real width are then two shorter tasks, not one long
            // one that blocks the reader's first tap.
            let first = gloo::timers::callback::Timeout::new(0, {
                let measure = measure.clone();
                move || measure()
            });
            let window = gloo::utils::window();
            let listener = EventListener::new(&window, "resize", move |_| measure());
            move || drop((first, listener))
        });
    }
    *width
}
