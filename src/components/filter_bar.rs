//! Find: filter by group and search cards by text. Charts and cards follow.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::use_app;
use crate::content::content;
use crate::state::Action;
use crate::ui::{self, t};

/// Group chips (toggle buttons) and a search box.
#[component]
pub fn FilterBar() -> Html {
    let state = use_app();
    let lang = state.lang;
    let Ok(content) = content() else {
        return html! {};
    };
    let chip = |id: Option<String>, label: &str| {
        let pressed = state.group == id;
        let onclick = {
            let state = state.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::SetGroup(id.clone())))
        };
        html! {
            <li><button type="button" class="chip" aria-pressed={pressed.to_string()} {onclick}>{ label.to_string() }</button></li>
        }
    };
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetQuery(input.value()));
        })
    };
    html! {
        <nav class="filter" aria-label={t(lang, ui::FILTER)}>
            <ul class="chips">
                { chip(None, t(lang, ui::ALL)) }
                { for content.groups.iter().map(|g| chip(Some(g.id.clone()), g.title.get(lang))) }
            </ul>
            <div class="search">
                <label for="search-input">{ t(lang, ui::SEARCH) }</label>
                <input id="search-input" type="search" value={state.query.clone()}
                    placeholder={t(lang, ui::SEARCH_HINT)} {oninput} autocomplete="off" />
            </div>
        </nav>
    }
}
