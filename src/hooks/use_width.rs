//! The rendered width of an element, updated on window resize: charts are laid out for it.

use gloo::events::EventListener;
use yew::prelude::*;

/// The width charts are prerendered at: a phone's chart column.
pub const PRERENDER_WIDTH: u32 = 332;

/// Width in CSS px of the element behind `node`; before the first measure, a guess from the
/// window width so the first render already has about the right layout.
#[hook]
pub fn use_width(node: &NodeRef) -> u32 {
    let guess = if cfg!(target_arch = "wasm32") {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|v| v.as_f64())
            .map_or(PRERENDER_WIDTH, |w| (w as u32).saturating_sub(58).min(640))
    } else {
        PRERENDER_WIDTH
    };
    let width = use_state_eq(|| guess);
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
            measure();
            let window = web_sys::window().expect("a browser window");
            let listener = EventListener::new(&window, "resize", move |_| measure());
            move || drop(listener)
        });
    }
    *width
}
