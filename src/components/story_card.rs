//! A story's card: the narrative pieces (the lifts, Nanjing Road, the guesthouse, the park),
//! opening into the whole passage.

use yew::prelude::*;

use super::{Card, CardActions, PassageExcerpt};
use crate::content::content;
use crate::excerpt::gap_shown;
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
/// our copy, and where they stop.
#[derive(Debug, PartialEq)]
pub struct Teaser {
    /// Words of our copy are missing before them (the paragraph opens with a gap).
    pub gap_before: bool,
    /// The words shown.
    pub words: String,
    /// How they end.
    pub end: TeaserEnd,
}

/// How a teaser's words end.
#[derive(Debug, PartialEq)]
pub enum TeaserEnd {
    /// The paragraph's end: nothing follows.
    Whole,
    /// Cut for room: the paragraph goes on (an ellipsis).
    Cut,
    /// At a gap of our copy (the gap's mark, set as a gap: muted, as in the passage).
    Gap,
}

impl Teaser {
    /// Before a Chinese teaser's cue, where the cut is inside a sentence: one `…`, as Chinese
    /// sites mark a cut preview (…展开全文); never the gap's `……`. Nothing after a sentence's
    /// end.
    fn cut_inside_sentence(&self) -> &'static str {
        match self.words.ends_with(SENTENCE_ENDS) {
            true => "",
            false => "…",
        }
    }

    /// The teaser as text, its marks as its card sets them: a gap's `……` (Chinese; `[…]` in
    /// English, a space between it and the words), a cut's `…` (Chinese: only inside a
    /// sentence), then, wherever the teaser stops short of its paragraph, the card's cue
    /// (` 展开全文`, ` Read more`, after a space).
    #[cfg(test)]
    pub fn plain(&self, lang: Lang) -> String {
        let space = gap_space(lang);
        let before = if self.gap_before {
            format!("{}{space}", gap_shown(lang))
        } else {
            String::new()
        };
        let after = match self.end {
            TeaserEnd::Whole => String::new(),
            TeaserEnd::Cut => match lang {
                Lang::Zh => format!("{} {}", self.cut_inside_sentence(), more_cue(lang)),
                Lang::En => format!("… {}", more_cue(lang)),
            },
            TeaserEnd::Gap => format!("{space}{} {}", gap_shown(lang), more_cue(lang)),
        };
        format!("{before}{}{after}", self.words)
    }
}

/// Between a gap's mark and the words beside it: a space in English (`[…] soul`), none in
/// Chinese.
fn gap_space(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => " ",
    }
}

/// Where a teaser stops short of its paragraph (cut for room, or at a gap of our copy), the
/// card's cue: `展开全文`, as Chinese sites end a cut preview, or `Read more`. A cut inside a
/// sentence has one `…` before it (in English, every cut: our translation's gap is `[…]`);
/// never `……`, which marks the words our copy lost, as the gap note says.
fn more_cue(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "展开全文",
        Lang::En => "Read more",
    }
}

/// The marks that end a sentence: a Chinese teaser is cut after the last after its room's first
/// third, where it has one (…引人注目。, not …引人注目。在社区搭台).
const SENTENCE_ENDS: [char; 3] = ['。', '！', '？'];

/// The marks a Chinese teaser may be cut after otherwise: a clause's end, never inside a word
/// (新能源新材|料); a list's 、 only where no clause ends there (产品从制造到加工、… left a
/// list unfinished).
const CLAUSE_MARKS: [char; 3] = ['，', '；', '：'];

/// The closed card's teaser of `first`: its words up to its first gap, cut for room where a
/// clause ends (Chinese; at the last one in the second half of the room, else at the room's
/// end) or where a word ends (English).
pub fn teaser(first: Paragraph<'_>, lang: Lang) -> Teaser {
    let Some((gap_before, words, more)) = first.opening() else {
        return Teaser {
            gap_before: false,
            words: String::new(),
            end: TeaserEnd::Whole,
        };
    };
    let limit = match lang {
        Lang::Zh => TEASER_CHARS,
        Lang::En => TEASER_CHARS_EN,
    };
    let cut = words.char_indices().nth(limit).map(|(at, _)| at);
    let (shown, end) = match cut {
        None => (
            words,
            if more {
                TeaserEnd::Gap
            } else {
                TeaserEnd::Whole
            },
        ),
        Some(at) => {
            let head = &words[..at];
            let head = match lang {
                // Back to the last whole word, if the cut fell inside one; and not inside a
                // gloss of ours ("whole-area tourism [tourism developed across the…"): before it.
                Lang::En => {
                    let head = match words[at..].starts_with(' ') {
                        true => head,
                        false => head.rfind(' ').map_or(head, |space| &head[..space]),
                    };
                    match (head.rfind('['), head.rfind(']')) {
                        (Some(open), close) if close.is_none_or(|close| close < open) => {
                            &head[..open]
                        }
                        _ => head,
                    }
                }
                // Back to the last sentence's end after the room's first third, its mark kept;
                // else the last clause's end in its second half (a list's 、 last), its mark
                // dropped; else the room's end.
                Lang::Zh => {
                    let last = |from: usize, marks: &[char], keep: bool| {
                        head.char_indices()
                            .filter(|(i, c)| *i >= from && marks.contains(c))
                            .map(|(i, c)| &head[..i + if keep { c.len_utf8() } else { 0 }])
                            .next_back()
                    };
                    last(head.len() / 3, &SENTENCE_ENDS, true)
                        .or_else(|| last(head.len() / 2, &CLAUSE_MARKS, false))
                        .or_else(|| last(head.len() / 2, &['、'], false))
                        .unwrap_or(head)
                }
            };
            let head = head.trim_end_matches([' ', ',', ';', ':', '，', '、', '；', '：']);
            (head, TeaserEnd::Cut)
        }
    };
    Teaser {
        gap_before,
        words: shown.to_string(),
        end,
    }
}

/// A teaser as its card sets it: a gap's mark muted as in the passage; a cut's `…`; the card's
/// cue in its own span ([`more_cue`]); Chinese words set by [`super::set_text`] (never one
/// character alone on the last line).
fn teaser_html(teaser: &Teaser, lang: Lang) -> Html {
    let gap = html! { <span class="gap">{ gap_shown(lang) }</span> };
    let space = gap_space(lang);
    // After a space, not a margin: where the cue starts a line, it starts at the margin.
    let cue = html! { <>{ " " }<span class="teaser-more">{ more_cue(lang) }</span></> };
    html! {
        <>
            if teaser.gap_before { { gap.clone() }{ space } }
            { super::set_text(&teaser.words, lang) }
            {
                match teaser.end {
                    TeaserEnd::Whole => html! {},
                    TeaserEnd::Cut => html! {
                        <>
                            { match lang { Lang::Zh => teaser.cut_inside_sentence(), Lang::En => "…" } }
                            { cue }
                        </>
                    },
                    TeaserEnd::Gap => html! { <>{ space }{ gap }{ cue }</> },
                }
            }
        </>
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
    // In English, our translation's first words, where the passage has one.
    let (text, teaser_lang) = match (lang, crate::translations::of_passage(passage)) {
        (Lang::En, Some(en)) => (en, Lang::En),
        _ => (&passage.text, Lang::Zh),
    };
    let teaser = text
        .paragraphs()
        .next()
        .map(|first| teaser_html(&teaser(first, teaser_lang), teaser_lang))
        .unwrap_or_default();
    let summary = html! {
        <>
            <span class="card-tag">{ t(lang, kind_tag(passage.kind)) }</span>
            <span class="card-label">{ super::set_text(passage.title.get(lang), lang) }
                // The note whole (CSS: no break inside it; words set by set_text would offer one).
                if !passage.title_printed { <small class="excerpt-note">{ if lang == Lang::En { " " } else { "" } }{ t(lang, ui::OUR_TITLE) }</small> }</span>
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
    use super::{teaser, TeaserEnd};
    use crate::model::{Lang, Text};

    fn teaser_of(text: &str) -> String {
        teaser(Text::from(text).paragraphs().next().unwrap(), Lang::Zh).plain(Lang::Zh)
    }

    #[test]
    fn a_teaser_ends_with_its_cue_where_it_is_cut_or_stops_at_a_gap() {
        // Cut for room inside a sentence: one "…" and the card's cue, 展开全文 (never `……`,
        // a gap of our copy).
        let long = "缙".repeat(50);
        assert_eq!(teaser_of(&long), format!("{}… 展开全文", "缙".repeat(36)));
        // The words stop at a gap of our copy: its mark, then the cue (the paragraph goes on).
        assert_eq!(teaser_of("电梯装好了……"), "电梯装好了…… 展开全文");
        let gap_before_cut = format!("{}……{}", "缙".repeat(34), "云".repeat(10));
        assert_eq!(
            teaser_of(&gap_before_cut),
            format!("{}…… 展开全文", "缙".repeat(34))
        );
        // A paragraph that opens with a gap is teased from its first words, which are shown
        // to follow others.
        assert_eq!(teaser_of("……电梯装好了。"), "……电梯装好了。");
        assert_eq!(teaser_of("……电梯……装好了。"), "……电梯…… 展开全文");
        // A whole short sentence is shown whole.
        assert_eq!(teaser_of("电梯装好了。"), "电梯装好了。");
        // The next paragraph is not this one's: a whole first paragraph ends without one.
        assert_eq!(teaser_of("电梯装好了。\n第二段。"), "电梯装好了。");
        // A cut after a comma drops the comma.
        let comma = format!("{}，{}", "缙".repeat(35), "云".repeat(10));
        assert_eq!(teaser_of(&comma), format!("{}… 展开全文", "缙".repeat(35)));
    }

    #[test]
    fn a_chinese_teaser_is_cut_where_a_clause_ends_never_inside_a_word() {
        // The industry passage was cut 新能源新材…… (inside 新材料): now after its last
        // sentence, its full stop kept.
        let text = "坚持智能引领数字赋能，加快打造高新产业基地。大力发展电子信息、新能源新材料、生物医药等战略性新兴产业";
        assert_eq!(
            teaser_of(text),
            "坚持智能引领数字赋能，加快打造高新产业基地。 展开全文"
        );
        // With no sentence's end there, after its last clause, not inside a list (大力发展电子信息、…).
        let text = "坚持智能引领数字赋能，加快打造高新产业基地，大力发展电子信息、新能源新材料、生物医药等战略性新兴产业";
        assert_eq!(
            teaser_of(text),
            "坚持智能引领数字赋能，加快打造高新产业基地… 展开全文"
        );
        // A sentence that ends in the room's first half, after its first third, is whole.
        let text = "5月的缙云山，青山似染，云雾如画。每到周末，前来登山赏景的游客络绎不绝，山间小路上人来人往";
        assert_eq!(
            teaser_of(text),
            "5月的缙云山，青山似染，云雾如画。 展开全文"
        );
        // A room with no clause end in its second half is cut at its end.
        let t = teaser(
            Text::from("缙".repeat(50).as_str())
                .paragraphs()
                .next()
                .unwrap(),
            Lang::Zh,
        );
        assert_eq!(t.end, TeaserEnd::Cut);
        // A stop at a gap is told apart from a cut: its mark is the gap's.
        let t = teaser(
            Text::from("电梯装好了……后文").paragraphs().next().unwrap(),
            Lang::Zh,
        );
        assert_eq!((t.words.as_str(), t.end), ("电梯装好了", TeaserEnd::Gap));
    }

    #[test]
    fn an_english_teaser_stops_at_the_end_of_a_word() {
        let en = |text: &str| {
            teaser(Text::from(text).paragraphs().next().unwrap(), Lang::En).plain(Lang::En)
        };
        let long = "The lifts were installed in eighteen old buildings, and the residents of the estate no longer climb the stairs.";
        let shown = en(long);
        assert!(shown.ends_with("… Read more"), "{shown}");
        let words = shown.trim_end_matches("… Read more");
        assert!(long.starts_with(words), "{shown}");
        assert!(
            long[words.len()..].starts_with(' '),
            "cut inside a word: {shown}"
        );
        assert!(words.chars().count() <= 90);
        assert_eq!(en("The lifts came."), "The lifts came.");
        assert_eq!(en("……the lifts came."), "[…] the lifts came.");
        assert_eq!(en("The lifts came……"), "The lifts came […] Read more");
        // Never cut inside a gloss of ours: before it.
        let glossed = "Holding to the all-round improvement of whole-area tourism [tourism developed across the whole district], Beibei is speeding up";
        assert_eq!(
            en(glossed),
            "Holding to the all-round improvement of whole-area tourism… Read more"
        );
    }
}
