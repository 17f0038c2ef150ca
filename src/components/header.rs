//! The page's head: kicker, headline, dek, and the language toggle.

use yew::prelude::*;

use crate::content::content;
use crate::format::format_figure;
use crate::hooks::use_dispatch;
use crate::model::Lang;
use crate::route::CardId;
use crate::state::Action;
use crate::ui::{self, t};

/// Props: the language, and whether to show the compact (embedded) header.
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The reader's language.
    pub lang: Lang,
    /// Embedded: the headline small, no dek.
    #[prop_or_default]
    pub compact: bool,
}

/// Headline and dek from the newspaper page, with the language toggle.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let dispatch = use_dispatch();
    let lang = props.lang;
    let content = content();
    let toggle =
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetLang(lang.other())));
    let other = lang.other();
    html! {
        <header class={classes!("masthead", props.compact.then_some("compact"))}>
            <div class="masthead-bar">
                <p class="kicker">{ content.page.kicker.get(lang) }</p>
                <button type="button" class="lang-toggle" onclick={toggle}
                    aria-label={t(lang, ui::SWITCH_LANG_LABEL)}>
                    <span lang={other.tag()}>{ t(lang, ui::SWITCH_LANG) }</span>
                </button>
            </div>
            <h1 class="headline">{ super::set_text(content.page.headline.get(lang), lang) }</h1>
            if !props.compact {
                <p class="dek">{ super::set_text(content.page.dek.get(lang), lang) }</p>
                if let Some(lead) = &content.page.lead {
                    // The page's strongest figures, large; each a link to its card (the public
                    // link, #figure-id), which the app opens and brings into view.
                    <div class="page-lead">
                        <p class="page-lead-line">{ lead.line.get(lang) }</p>
                        <ul class="page-lead-figures">
                            { for lead.figures.iter().filter_map(|id| content.figure(id)).map(|f| html! {
                                <li><a class="page-lead-figure" href={CardId::Figure(f.id.clone()).hash()}>
                                    <span class="page-lead-value">{ format_figure(f, lang) }</span>
                                    <span class="page-lead-label">{ super::set_text(f.label.get(lang), lang) }</span>
                                </a></li>
                            }) }
                        </ul>
                    </div>
                }
            }
        </header>
    }
}
