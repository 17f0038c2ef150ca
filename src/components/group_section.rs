//! One section per group: title, charts, figure cards and story cards.

use yew::prelude::*;

use super::{use_app, ChartView, FigureCard, StoryCard};
use crate::content::content;
use crate::route::story_card;
use crate::ui::{self, t};

/// Props: the group id.
#[derive(Properties, PartialEq)]
pub struct GroupSectionProps {
    /// The group id.
    pub group: AttrValue,
}

/// A group's charts and cards, filtered by the search.
#[component]
pub fn GroupSection(props: &GroupSectionProps) -> Html {
    let state = use_app();
    let lang = state.lang;
    let Ok(content) = content() else {
        return html! {};
    };
    let Some(group) = content.group(&props.group) else {
        return html! {};
    };
    let figures: Vec<_> = content
        .figures_in(&group.id)
        .filter(|f| state.shows_figure(content, f))
        .collect();
    let stories: Vec<_> = content
        .passages_in(&group.id)
        .filter(|p| state.shows_story(p))
        .collect();
    if figures.is_empty() && stories.is_empty() {
        return html! {};
    }
    let heading_id = format!("group-{}", group.id);
    let charts = content.charts_in(&group.id).filter(|c| {
        c.figures
            .iter()
            .any(|id| figures.iter().any(|f| &f.id == id))
    });
    html! {
        <section class="group" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ group.title.get(lang) }</h2>
            <p class="group-dek">{ group.dek.get(lang) }</p>
            <div class="charts">
                { for charts.map(|c| html! { <ChartView key={c.id.clone()} chart={c.id.clone()} /> }) }
            </div>
            if !figures.is_empty() {
                <ul class="cards" aria-label={format!("{} · {} {}", group.title.get(lang), figures.len(), t(lang, ui::FIGURES_IN_SECTION))}>
                    { for figures.iter().map(|f| html! {
                        <FigureCard key={f.id.clone()} figure={f.id.clone()} {lang}
                            open={state.open.as_deref() == Some(f.id.as_str())} dispatch={state.dispatcher()} />
                    }) }
                </ul>
            }
            if !stories.is_empty() {
                <h3 class="stories-heading">{ t(lang, ui::STORIES) }</h3>
                <ul class="cards stories" aria-label={t(lang, ui::STORIES)}>
                    { for stories.iter().map(|p| html! {
                        <StoryCard key={p.id.clone()} passage={p.id.clone()} {lang}
                            open={state.open.as_deref() == Some(story_card(&p.id).as_str())} dispatch={state.dispatcher()} />
                    }) }
                </ul>
            }
        </section>
    }
}
