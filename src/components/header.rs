//! The page's head: kicker, headline, dek, the lead (a line and the strongest figures, each
//! opening its card) and the language toggle.

use yew::prelude::*;

use crate::content::content;
use crate::format::{cited_headline, format_figure, split_at_unit};
use crate::hooks::use_dispatch;
use crate::model::Lang;
use crate::route::CardId;
use crate::state::Action;
use crate::ui::{self, t};

/// The DOM id of a lead figure's link, where its card's way back goes.
pub fn lead_dom_id(figure: &str) -> String {
    format!("lead-{figure}")
}

/// Props: the language, and whether to show the compact (embedded) header.
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The reader's language.
    pub lang: Lang,
    /// Embedded: the headline small, no dek.
    #[prop_or_default]
    pub compact: bool,
    /// One piece shown alone: the infographic's short title instead of the page's headline,
    /// which would read as this piece's (a figure on hospital beds under a headline on jobs).
    #[prop_or_default]
    pub piece: bool,
    /// The kicker, where not the page's (a figure someone else says, shown alone).
    #[prop_or_default]
    pub kicker: Option<AttrValue>,
}

/// Headline and dek from the newspaper page, the lead, and the language toggle.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let dispatch = use_dispatch();
    let lang = props.lang;
    let content = content();
    let toggle =
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetLang(lang.other())));
    let other = lang.other();
    // A lead figure opens its card (the link sets the hash too) and takes the reader's focus
    // there: to its button, which brings it into view, also when it is open already.
    let open_lead = |card: CardId| {
        Callback::from(move |e: MouseEvent| {
            // A link opened elsewhere (a new tab, a new window) is the browser's.
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                return;
            }
            let toggle = card.toggle_dom_id();
            dispatch.dispatch(Action::Open(card.clone()));
            if let Some(button) = gloo::utils::document()
                .get_element_by_id(&toggle)
                .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
            {
                let _ = button.focus();
            }
        })
    };
    html! {
        <header class={classes!("masthead", props.compact.then_some("compact"))}>
            <div class="masthead-bar">
                <p class="kicker">{ super::set_text(props.kicker.as_deref().unwrap_or(content.page.kicker.get(lang)), lang) }</p>
                <button type="button" class="lang-toggle" onclick={toggle}
                    aria-label={t(lang, ui::SWITCH_LANG_LABEL)}>
                    <span lang={other.tag()}>{ t(lang, ui::SWITCH_LANG) }</span>
                </button>
            </div>
            <h1 class="headline">{ super::set_headline(if props.piece {
                content.page.short_title.get(lang)
            } else {
                content.page.shown_headline().get(lang)
            }, lang) }</h1>
            if !props.compact {
                // Under our headline, the page's own, named as the page's; else its dek.
                if *content.page.shown_headline() != content.page.headline {
                    <p class="dek printed-headline">
                        { ui::PRINTED_HEADLINE.of(content.page.medium).get(lang) }
                        { super::set_text(&cited_headline(content.page.headline.get(lang), lang), lang) }
                    </p>
                } else {
                    <p class="dek">{ super::set_text(content.page.dek.get(lang), lang) }</p>
                }
                if let Some(lead) = &content.page.lead {
                    // The page's strongest figures, large; each a link to its card (the public
                    // link, #figure-id), which the app opens and brings into view.
                    <div class="page-lead">
                        <p class="page-lead-line">{ super::set_text(lead.line.get(lang), lang) }</p>
                        <ul class="page-lead-figures">
                            { for lead.figures.iter().filter_map(|id| content.figure(id)).map(|f| html! {
                                <li><a class="page-lead-figure" id={lead_dom_id(&f.id)} href={CardId::Figure(f.id.clone()).hash()}
                                    onclick={open_lead(CardId::Figure(f.id.clone()))}>
                                    // The number large, its unit smaller (6.82 beds per 1,000 people).
                                    <span class="page-lead-value">{{
                                        let shown = format_figure(f, lang);
                                        let (number, unit) = split_at_unit(&shown);
                                        html! { <>{ number.to_string() }<span class="page-lead-unit">{ unit.to_string() }</span></> }
                                    }}</span>
                                    <span class="page-lead-label">{ super::set_text(&crate::format::shown_label(f, lang), lang) }</span>
                                    // When: a figure with no date says so, as its card does.
                                    <span class="page-lead-period">{ super::set_text(ui::period_of(f, content.page.medium, lang), lang) }</span>
                                </a></li>
                            }) }
                        </ul>
                    </div>
                }
            }
        </header>
    }
}
