//! Find: filter by group and search cards by text. Charts and cards follow.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::content;
use crate::hooks::use_dispatch;
use crate::model::{GroupId, Lang, Section};
use crate::state::{found, Action, MAX_QUERY};
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

/// Brings the topic's first section to the top once drawn, where it would start below the
/// middle of the screen (on a phone the chips and the figures above them are most of the
/// screen: a tap seemed to do nothing, or showed a heading with nothing under it).
fn show_results() {
    gloo::timers::callback::Timeout::new(0, || {
        let first = gloo::utils::document()
            .query_selector("#main section.group")
            .ok()
            .flatten();
        let height = gloo::utils::window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if let Some(first) = first.filter(|f| f.get_bounding_client_rect().top() > height * 0.5) {
            super::scroll_to_top(&first);
        }
    })
    .forget();
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
            Callback::from(move |_: MouseEvent| {
                state.dispatch(Action::SetGroup(id.clone()));
                show_results();
            })
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
    // What the search found, said under the box (a live region: read out as it changes); with
    // nothing found, why, and the way back.
    let searching = !props.query.trim().is_empty();
    let (figures, stories) = match searching {
        true => found(content, props.group.as_ref(), &props.query),
        false => (0, 0),
    };
    let input = use_node_ref();
    let clear = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetQuery(String::new()));
            // The button goes with the message: the reader is back in the box.
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        })
    };
    let all_topics = Callback::from(move |_: MouseEvent| state.dispatch(Action::SetGroup(None)));
    html! {
        <nav class="filter" id="topics" aria-label={t(lang, ui::FILTER)}>
            <ul class="chips">
                { chip(None, t(lang, ui::ALL)) }
                { for content.groups.iter().map(|g| chip(Some(g.id.clone()), g.title.get(lang))) }
            </ul>
            <div class="search">
                <label for="search-input">{ t(lang, ui::SEARCH) }</label>
                <input id="search-input" type="search" ref={input} value={props.query.clone()}
                    placeholder={content.page.search_hint.as_ref().map_or(t(lang, ui::SEARCH_HINT), |h| h.get(lang))} {oninput} autocomplete="off"
                    maxlength={MAX_QUERY.to_string()} />
            </div>
            <p class="search-status" role="status">
                if searching && figures + stories > 0 {
                    { ui::found_line(lang, figures, stories) }
                } else if searching {
                    { t(lang, if props.group.is_some() { ui::NO_MATCH_IN_TOPIC } else { ui::NO_MATCH }) }
                }
            </p>
            if searching && figures + stories == 0 {
                <p class="search-ways">
                    <button type="button" class="chip" onclick={clear}>{ t(lang, ui::CLEAR_SEARCH) }</button>
                    if props.group.is_some() {
                        <button type="button" class="chip" onclick={all_topics}>{ t(lang, ui::SEARCH_ALL_TOPICS) }</button>
                    }
                </p>
            }
        </nav>
    }
}

/// Props of [`AllTopics`].
#[derive(Properties, PartialEq)]
pub struct AllTopicsProps {
    pub lang: Lang,
    /// The topic shown alone.
    pub group: GroupId,
}

/// At the end of a topic shown alone: the way back to every topic, where the reader is (the
/// chips are a long scroll up). The topic's heading then takes the focus, in view, among the
/// others.
#[component]
pub fn AllTopics(props: &AllTopicsProps) -> Html {
    let state = use_dispatch();
    let heading = Section::Group(props.group.clone()).heading_dom_id();
    let onclick = Callback::from(move |_: MouseEvent| {
        state.dispatch(Action::SetGroup(None));
        // Once every topic is drawn again (a task after the dispatch's render), as
        // `show_results` waits.
        let heading = heading.clone();
        gloo::timers::callback::Timeout::new(0, move || {
            if let Some(h) = gloo::utils::document().get_element_by_id(&heading) {
                let _ = h.set_attribute("tabindex", "-1");
                // Focus first: focusing an element out of view centres it, and would cut short
                // the scroll to the top (the heading stopped mid-screen).
                if let Some(h) = h.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
                super::scroll_to_top(&h);
            }
        })
        .forget();
    });
    html! {
        <p class="all-topics">
            <button type="button" class="chip" {onclick}>{ t(props.lang, ui::SHOW_ALL_TOPICS) }</button>
        </p>
    }
}
