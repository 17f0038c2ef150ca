//! The page's opening and closing passages, which frame the figures, as cards at the end.

use yew::prelude::*;

use super::group_section::{story_cards, SectionProps};
use crate::content::content;
use crate::state::story_matches;
use crate::ui::{self, t};

/// The frame section's passages (the page's opening and closing), filtered by the search.
#[component]
pub fn OverviewSection(props: &SectionProps) -> Html {
    let lang = props.lang;
    let content = content();
    let passages: Vec<_> = content
        .passages_in(&props.section)
        .filter(|p| story_matches(p, &props.query))
        .collect();
    if passages.is_empty() {
        return html! {};
    }
    let heading_id = props.section.heading_dom_id();
    let frame = content.page.frame.as_ref();
    let title = frame.map_or(t(lang, ui::MORE_FROM_PAGE.of(content.page.medium)), |f| {
        f.title.get(lang)
    });
    html! {
        <section class="group overview" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ super::set_text(title, lang) }</h2>
            if let Some(frame) = frame {
                <p class="group-dek">{ super::set_text(frame.dek.get(lang), lang) }</p>
            }
            { story_cards(props, &passages) }
        </section>
    }
}
