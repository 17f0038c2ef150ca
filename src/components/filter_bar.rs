//! Find: filter by group and search cards by text. Charts and cards follow.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::content;
use crate::hooks::use_dispatch;
use crate::model::{GroupId, Lang};
use crate::state::{Action, MAX_QUERY};
use crate::ui::{self, t};

/// Props: the language, the group shown alone (if any) and the search text.
#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    /// The reader's language.
    pub lang: Lang,
    /// The group shown alone.
    pub group: Option<GroupId>,
    /// The search text.
    pub query: AttrValue,
}

/// Group chips (toggle buttons) and a search box.
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let state = use_dispatch();
    let lang = props.lang;
    let content = content();
    let chip = |id: Option<GroupId>, label: &str| {
        let pressed = props.group == id;
        let onclick = {
            let id = id.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::SetGroup(id.clone())))
        };
        html! {
            <li><button type="button" class="chip" aria-pressed={pressed.to_string()} {onclick}>{ label.to_string() }</button></li>
        }
    };
    let oninput = {
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
                <input id="search-input" type="search" value={props.query.clone()}
                    placeholder={content.page.search_hint.as_ref().map_or(t(lang, ui::SEARCH_HINT), |h| h.get(lang))} {oninput} autocomplete="off"
                    maxlength={MAX_QUERY.to_string()} />
            </div>
        </nav>
    }
}
