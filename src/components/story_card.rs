//! A story's card: the narrative pieces (the lifts, Nanjing Road, the guesthouse, the park),
//! opening into the whole passage.

use yew::prelude::*;

use super::{Card, CardActions, PassageExcerpt};
use crate::content::content;
use crate::model::{Lang, PassageKind};
use crate::route::CardId;
use crate::ui::{self, t};

/// Props: the passage, whether it is open and the language, as for figure cards.
#[derive(Properties, PartialEq)]
pub struct StoryCardProps {
    /// The passage id.
    pub passage: AttrValue,
    /// Whether this card is open.
    pub open: bool,
    /// The reader's language.
    pub lang: Lang,
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
    let lang = props.lang;
    let Some(passage) = content().passage(&props.passage) else {
        return html! {};
    };
    let first = passage.paragraphs().next().unwrap_or_default();
    let teaser: String = first.chars().take(36).collect();
    let summary = html! {
        <>
            <span class="card-tag">{ t(lang, kind_tag(passage.kind)) }</span>
            <span class="card-label">{ passage.title.get(lang) }</span>
            <span class="card-teaser" lang="zh-Hans">{ teaser }{ "…" }</span>
        </>
    };
    html! {
        <Card id={CardId::Story(props.passage.to_string())} open={props.open}
            class={classes!("story-card")} {summary}>
            if props.open {
                <PassageExcerpt passage={passage.id.clone()} whole={true} {lang} />
                <CardActions card={CardId::Story(props.passage.to_string())} {lang} />
            }
        </Card>
    }
}
