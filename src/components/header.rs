//! The page's head: kicker, headline, dek, and the language toggle.

use yew::prelude::*;

use super::use_app;
use crate::content::content;
use crate::state::Action;
use crate::ui::{self, t};

/// Props: whether to show the compact (embedded) header.
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Embedded: the headline small, no dek.
    #[prop_or_default]
    pub compact: bool,
}

/// Headline and dek from the newspaper page, with the language toggle.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let state = use_app();
    let lang = state.lang;
    let Ok(content) = content() else {
        return html! {};
    };
    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(state.lang.other())))
    };
    let other = lang.other();
    html! {
        <header class={classes!("masthead", props.compact.then_some("compact"))}>
            <div class="masthead-bar">
                <p class="kicker">{ if lang == crate::model::Lang::Zh { "重庆·北碚" } else { "Beibei District, Chongqing" } }</p>
                <button type="button" class="lang-toggle" onclick={toggle}
                    lang={other.tag()} aria-label={t(lang, ui::SWITCH_LANG_LABEL)}>
                    { t(lang, ui::SWITCH_LANG) }
                </button>
            </div>
            <h1 class="headline">{ content.page.headline.get(lang) }</h1>
            if !props.compact {
                <p class="dek">{ content.page.dek.get(lang) }</p>
            }
        </header>
    }
}
