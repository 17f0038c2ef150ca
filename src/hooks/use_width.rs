//! The rendered width of an element, updated on window resize: charts are laid out for it.

use gloo::events::EventListener;
use yew::prelude::*;

/// The width charts are prerendered at: a phone's chart column.
pub const PRERENDER_WIDTH: u32 = 332;

/// Width in CSS px of the element behind `node`. The first render uses the prerender's width,
/// so that it matches the prerendered page node for node (hydration); the first measure, right
/// after, redraws for the real width (chart heights do not depend on it, so nothing shifts).
#[hook]
pub fn use_width(node: &NodeRef) -> u32 {
    let width = use_state_eq(|| PRERENDER_WIDTH);
    {
        let width = width.clone();
        let node = node.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    let w = el.client_width();
                    if w > 0 {
                        width.set(w as u32);
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
