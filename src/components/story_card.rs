//! A story's card: the narrative pieces (the lifts, Nanjing Road, the guesthouse, the park),
//! opening into the whole passage.

use yew::prelude::*;

use super::{Card, CardActions, PassageExcerpt};
use crate::content::content;
use crate::hooks::use_app_state;
use crate::model::{Lang, Paragraph, PassageKind};
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

/// How many characters of a story's first paragraph its closed card shows: Chinese, and our
/// English translation (about as many words as the Chinese shows).
const TEASER_CHARS: usize = 36;
const TEASER_CHARS_EN: usize = 90;

/// The closed card's teaser: the first words of the first paragraph, up to the first gap of
/// our copy (a teaser never shows a gap mark), with an ellipsis where words come before them
/// (the paragraph opens with a gap) and one where they stop short of the paragraph's end: in
/// Chinese the full-width `……`, as Chinese sets an ellipsis. In English it stops at the end of
/// a word.
pub fn teaser(first: Paragraph<'_>, lang: Lang) -> String {
    let Some((after_gap, words, more)) = first.opening() else {
        return String::new();
    };
    let ellipsis = match lang {
        Lang::Zh => "……",
        Lang::En => "…",
    };
    let mut shown = String::new();
    if after_gap {
        shown.push_str(ellipsis);
    }
    let limit = match lang {
        Lang::Zh => TEASER_CHARS,
        Lang::En => TEASER_CHARS_EN,
    };
    let cut = words.char_indices().nth(limit).map(|(at, _)| at);
    match cut {
        None => shown.push_str(words),
        Some(at) => {
            let head = &words[..at];
            let head = match lang {
                // Back to the last whole word, if the cut fell inside one.
                Lang::En if !words[at..].starts_with(' ') => {
                    head.rfind(' ').map_or(head, |space| &head[..space])
                }
                _ => head,
            };
            shown.push_str(head.trim_end_matches([' ', ',', ';', ':', '，', '、', '；', '：']));
        }
    }
    if more || cut.is_some() {
        shown.push_str(ellipsis);
    }
    shown
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
    // In English, our translation's first words, where the passage has one.
    let (text, teaser_lang) = match (lang, crate::translations::of_passage(passage)) {
        (Lang::En, Some(en)) => (en, Lang::En),
        _ => (&passage.text, Lang::Zh),
    };
    let teaser = text
        .paragraphs()
        .next()
        .map(|first| teaser(first, teaser_lang))
        .unwrap_or_default();
    let summary = html! {
        <>
            <span class="card-tag">{ t(lang, kind_tag(passage.kind)) }</span>
            <span class="card-label">{ super::set_text(passage.title.get(lang), lang) }
                if !passage.title_printed { <small class="excerpt-note">{ if lang == Lang::En { " " } else { "" } }{ super::set_text(t(lang, ui::OUR_TITLE), lang) }</small> }</span>
            <span class="card-teaser" lang={teaser_lang.tag()}>{ teaser }</span>
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
    use crate::model::{Lang, Text};

    fn teaser_of(text: &str) -> String {
        teaser(Text::from(text).paragraphs().next().unwrap(), Lang::Zh)
    }

    #[test]
    fn a_teaser_has_one_ellipsis_where_it_is_cut_and_never_shows_a_gap() {
        // Chinese sets its ellipsis full-width, two marks: `……`, as a Chinese reader expects.
        let long = "缙".repeat(50);
        assert_eq!(teaser_of(&long), format!("{}……", "缙".repeat(36)));
        // The words stop at a gap of our copy: one ellipsis, no gap mark.
        assert_eq!(teaser_of("电梯装好了……"), "电梯装好了……");
        let gap_before_cut = format!("{}……{}", "缙".repeat(34), "云".repeat(10));
        assert_eq!(teaser_of(&gap_before_cut), format!("{}……", "缙".repeat(34)));
        // A paragraph that opens with a gap is teased from its first words, which are shown
        // to follow others.
        assert_eq!(teaser_of("……电梯装好了。"), "……电梯装好了。");
        assert_eq!(teaser_of("……电梯……装好了。"), "……电梯……");
        // A whole short sentence is shown whole.
        assert_eq!(teaser_of("电梯装好了。"), "电梯装好了。");
        // The next paragraph is not this one's: a whole first paragraph ends without one.
        assert_eq!(teaser_of("电梯装好了。\n第二段。"), "电梯装好了。");
        // A cut after a comma drops the comma: no "，……".
        let comma = format!("{}，{}", "缙".repeat(35), "云".repeat(10));
        assert_eq!(teaser_of(&comma), format!("{}……", "缙".repeat(35)));
    }

    #[test]
    fn an_english_teaser_stops_at_the_end_of_a_word() {
        let en = |text: &str| teaser(Text::from(text).paragraphs().next().unwrap(), Lang::En);
        let long = "The lifts were installed in eighteen old buildings, and the residents of the estate no longer climb the stairs.";
        let shown = en(long);
        assert!(shown.ends_with('…'), "{shown}");
        let words = shown.trim_end_matches('…');
        assert!(long.starts_with(words), "{shown}");
        assert!(
            long[words.len()..].starts_with(' '),
            "cut inside a word: {shown}"
        );
        assert!(words.chars().count() <= 90);
        assert_eq!(en("The lifts came."), "The lifts came.");
        assert_eq!(en("……the lifts came."), "…the lifts came.");
    }
}
