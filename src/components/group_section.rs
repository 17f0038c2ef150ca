//! One section per group: title, charts, figure cards and story cards.

use yew::prelude::*;

use super::{ChartView, FigureCard, StoryCard};
use crate::content::content;
use crate::model::{Lang, Passage};
use crate::route::story_card;
use crate::state::AppState;
use crate::ui::{self, t};

/// Props: the section and only the state it draws, so that opening a card elsewhere leaves
/// it alone (Yew skips a component whose props are unchanged).
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    /// The group id (or `overview`).
    pub group: AttrValue,
    /// The reader's language.
    pub lang: Lang,
    /// The search text.
    pub query: AttrValue,
    /// The open card, if it is in this section.
    pub open: Option<AttrValue>,
    /// Sends actions to the app's reducer.
    pub dispatch: UseReducerDispatcher<AppState>,
}

impl SectionProps {
    /// The state as this section sees it, for the filters.
    pub fn view(&self) -> AppState {
        AppState {
            lang: self.lang,
            open: self.open.as_ref().map(|o| o.to_string()),
            group: None,
            query: self.query.to_string(),
        }
    }
}

/// The story cards of a section's passages, in one list.
pub fn story_cards(props: &SectionProps, passages: &[&Passage]) -> Html {
    html! {
        <ul class="cards stories" aria-label={t(props.lang, ui::STORIES)}>
            { for passages.iter().map(|p| html! {
                <StoryCard key={p.id.clone()} passage={p.id.clone()} lang={props.lang}
                    open={props.open.as_deref() == Some(story_card(&p.id).as_str())}
                    dispatch={props.dispatch.clone()} />
            }) }
        </ul>
    }
}

/// A group's charts and cards, filtered by the search.
#[component]
pub fn GroupSection(props: &SectionProps) -> Html {
    let state = props.view();
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
                { for charts.map(|c| html! {
                    <ChartView key={c.id.clone()} chart={c.id.clone()} {lang} query={props.query.clone()}
                        active={props.open.clone().filter(|o| c.figures.iter().any(|f| f == o.as_str()))}
                        dispatch={props.dispatch.clone()} />
                }) }
            </div>
            if !figures.is_empty() {
                <ul class="cards" aria-label={format!("{} · {} {}", group.title.get(lang), figures.len(), t(lang, ui::FIGURES_IN_SECTION))}>
                    { for figures.iter().map(|f| html! {
                        <FigureCard key={f.id.clone()} figure={f.id.clone()} {lang}
                            open={state.open.as_deref() == Some(f.id.as_str())} dispatch={props.dispatch.clone()} />
                    }) }
                </ul>
            }
            if !stories.is_empty() {
                <h3 class="stories-heading">{ t(lang, ui::STORIES) }</h3>
                { story_cards(props, &stories) }
            }
        </section>
    }
}
