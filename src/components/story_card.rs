//! A story's card: the narrative pieces (the lifts, Nanjing Road, the guesthouse, the park),
//! opening into the whole passage.

use yew::prelude::*;

use super::{Card, CardActions, PassageExcerpt};
use crate::content::content;
use crate::hooks::use_app_state;
use crate::model::{Lang, PassageKind};
use crate::route::CardId;
use crate::ui::{self, t};

/// Props: the passage and the language; whether it is open, the card reads from the store, as
/// figure cards do.
#[derive(Properties, PartialEq)]
pub struct StoryCardProps {
    /// The passage id (read for the card's whole life: key it by this).
    pub passage: AttrValue,
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

/// How many characters of a story's first paragraph its closed card shows.
const TEASER_CHARS: usize = 36;

/// The closed card's teaser: the first paragraph's opening, with one ellipsis where it is cut
/// (none added where the text shown already ends in the gap mark `……`, or is whole).
pub fn teaser(first: &str) -> String {
    let shown: String = first.chars().take(TEASER_CHARS).collect();
    let cut = first.chars().count() > TEASER_CHARS;
    if cut && !shown.ends_with('…') {
        format!("{shown}…")
    } else {
        shown
    }
}

/// One story, closed or open.
#[component]
pub fn StoryCard(props: &StoryCardProps) -> Html {
    let lang = props.lang;
    let card = CardId::Story(props.passage.to_string());
    let open = {
        let card = card.clone();
        use_app_state(move |s| s.is_open(&card))
    };
    let Some(passage) = content().passage(&props.passage) else {
        return html! {};
    };
    let first = passage.paragraphs().next().unwrap_or_default();
    let teaser = teaser(first);
    let summary = html! {
        <>
            <span class="card-tag">{ t(lang, kind_tag(passage.kind)) }</span>
            <span class="card-label">{ passage.title.get(lang) }
                if !passage.title_printed { <small class="excerpt-note">{ " " }{ t(lang, ui::OUR_TITLE) }</small> }</span>
            <span class="card-teaser" lang="zh-Hans">{ teaser }</span>
        </>
    };
    html! {
        <Card id={card.clone()} {open}
            class={classes!("story-card")} {summary}>
            if open {
                <PassageExcerpt passage={passage.id.clone()} whole={true} {lang} />
                <CardActions {card} {lang} />
            }
        </Card>
    }
}

#[cfg(test)]
mod tests {
    use super::teaser;

    #[test]
    fn a_teaser_has_one_ellipsis_where_it_is_cut() {
        let long = "缙".repeat(50);
        assert_eq!(teaser(&long), format!("{}…", "缙".repeat(36)));
        // A paragraph that already ends in a gap mark gets no third dot.
        assert_eq!(teaser("电梯装好了……"), "电梯装好了……");
        let gap_at_cut = format!("{}……{}", "缙".repeat(34), "云".repeat(10));
        assert_eq!(teaser(&gap_at_cut), format!("{}……", "缙".repeat(34)));
        // A whole short sentence is shown whole.
        assert_eq!(teaser("电梯装好了。"), "电梯装好了。");
    }
}
