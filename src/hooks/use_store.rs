//! The store's two hooks: the dispatcher (the one way components send actions) and the part of
//! the state a component draws, which re-renders it when, and only when, that part changes.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::{store, AppState, Dispatcher};

/// The app's dispatcher (it never changes, so holding it re-renders nothing).
#[hook]
pub fn use_dispatch() -> Dispatcher {
    Dispatcher
}

/// What `select` reads of the state, kept up to date: the component re-renders when it
/// changes. `select` is the one of the first render (a component reads the same part for its
/// whole life: key components by what their `select` captures).
#[hook]
pub fn use_app_state<T, F>(select: F) -> T
where
    T: PartialEq + Clone + 'static,
    F: Fn(&AppState) -> T + 'static,
{
    let select = use_memo((), move |_| Rc::new(select));
    let value = {
        let select = (*select).clone();
        use_state_eq(move || select(&store::current()))
    };
    {
        let value = value.clone();
        let select = (*select).clone();
        use_effect_with((), move |_| {
            // The state may have changed between the render and now.
            value.set(select(&store::current()));
            let subscription = store::subscribe(move |state| value.set(select(state)));
            move || drop(subscription)
        });
    }
    (*value).clone()
}
