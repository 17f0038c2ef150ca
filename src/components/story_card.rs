//! A story's card: the narrative pieces (the lifts, Nanjing Road, the guesthouse, the park),
//! opening into the whole passage.

use yew::prelude::*;

use super::figure_card::{escape_closes, toggles, use_scroll_to_mark};
use super::PassageExcerpt;
use crate::content::content;
use crate::model::{Lang, PassageKind};
use crate::route::story_card;
use crate::state::AppState;
use crate::ui::{self, t};

/// Props: the passage, whether it is open, the language and the dispatcher (no context, as
/// for figure cards).
#[derive(Properties, PartialEq)]
pub struct StoryCardProps {
    /// The passage id.
    pub passage: AttrValue,
    /// Whether this card is open.
    pub open: bool,
    /// The reader's language.
    pub lang: Lang,
    /// Sends actions to the app's reducer.
    pub dispatch: UseReducerDispatcher<AppState>,
}

fn kind_tag(kind: PassageKind) -> ui::Str {
    match kind {
        PassageKind::Story => ui::STORY,
        PassageKind::Commentary => ui::COMMENTARY,
        PassageKind::Article | PassageKind::Caption => ui::REPORT,
    }
}

/// One story, closed or open.
#[component]
pub fn StoryCard(props: &StoryCardProps) -> Html {
    let button = use_node_ref();
    let panel = use_node_ref();
    let id = story_card(&props.passage);
    let open = props.open;
    use_scroll_to_mark(&panel, open);
    let lang = props.lang;
    let Ok(content) = content() else {
        return html! {};
    };
    let Some(passage) = content.passage(&props.passage) else {
        return html! {};
    };
    let onclick = toggles(&props.dispatch, &id);
    let onkeydown = escape_closes(&props.dispatch, &button, open);
    let first = passage.paragraphs().next().unwrap_or_default();
    let teaser: String = first.chars().take(36).collect();
    html! {
        <li class={classes!("card", "story-card", open.then_some("open"))} id={format!("card-{id}")} {onkeydown}>
            <h3 class="card-heading">
                <button type="button" class="card-toggle" ref={button} id={format!("toggle-{id}")}
                    aria-expanded={open.to_string()} aria-controls={format!("panel-{id}")} {onclick}>
                    <span class="card-tag">{ t(lang, kind_tag(passage.kind)) }</span>
                    <span class="card-label">{ passage.title.get(lang) }</span>
                    <span class="card-teaser" lang="zh-Hans">{ teaser }{ "…" }</span>
                    <span class="card-chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div class="card-panel" id={format!("panel-{id}")} role="region"
                aria-labelledby={format!("toggle-{id}")} hidden={!open} ref={panel}>
                if open {
                    <PassageExcerpt passage={passage.id.clone()} whole={true} {lang} />
                }
            </div>
        </li>
    }
}
