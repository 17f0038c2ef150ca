//! The reducer's dispatcher, shared by context: the one way components send actions.

use yew::prelude::*;

use crate::state::AppContext;

/// The app's dispatcher; every component below `App` has it (it never changes, so reading it
/// re-renders nothing).
#[hook]
pub fn use_dispatch() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App")
}
