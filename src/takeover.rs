//! Whether the app is taking the prerendered page over right now (hydrating it). While it is,
//! the page already holds every drawing at the prerender's width: components give Yew an empty
//! stand-in for them (Yew adopts the nodes of raw HTML without reading it), so the start does
//! not draw again with plotters what the build drew. A drawing is made anew only when its
//! width, language or bars change.

use std::cell::Cell;

thread_local! {
    static TAKING_OVER: Cell<bool> = const { Cell::new(false) };
}

/// True while the app's first render adopts the prerendered page.
pub fn taking_over() -> bool {
    TAKING_OVER.with(Cell::get)
}

/// Runs `hydrate` (which starts Yew's first render, in a microtask) with [`taking_over`] true
/// until the task after it: by then the first render, and everything it scheduled, is done.
#[cfg(target_arch = "wasm32")]
pub fn take_over(hydrate: impl FnOnce()) {
    TAKING_OVER.with(|t| t.set(true));
    hydrate();
    gloo::timers::callback::Timeout::new(0, || TAKING_OVER.with(|t| t.set(false))).forget();
}
