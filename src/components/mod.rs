//! One Yew component per file.

mod card;
mod card_actions;
mod chart_view;
mod embed_code;
mod figure_card;
mod filter_bar;
mod footer;
mod group_section;
mod header;
mod overview_section;
mod passage_excerpt;
mod story_card;
mod way_back;

pub use card::{focus_when_open, open_with_focus, Card};
pub use card_actions::CardActions;
pub use chart_view::ChartView;
pub use embed_code::embed_code;
pub use figure_card::FigureCard;
pub use filter_bar::{AllTopics, FilterBar};
pub use footer::Footer;
pub use group_section::{chart_with_cards, GroupSection, SectionProps};
pub use header::{lead_dom_id, Header};
pub use overview_section::OverviewSection;
pub use passage_excerpt::PassageExcerpt;
pub use story_card::StoryCard;
pub use way_back::WayBack;

/// A headline, dek or label. In Chinese it breaks between words only (`<wbr>` between them, in
/// a `.words` span that keeps each word whole), and its last two characters, with the word
/// they end, stay on one line (see [`crate::typeset`]): never one character alone on the last
/// line, never 收/入. In English a compound such as `A-share` is kept whole.
pub fn set_text(text: &str, lang: crate::model::Lang) -> yew::Html {
    use yew::html;
    if lang == crate::model::Lang::En {
        // `A-share` never split at its hyphen.
        let pieces = crate::typeset::short_compounds(text);
        return html! {
            <>{ for pieces.into_iter().map(|(piece, whole)| match whole {
                true => html! { <span class="whole">{ piece.to_string() }</span> },
                false => html! { { piece.to_string() } },
            }) }</>
        };
    }
    let tail_at = crate::typeset::split_tail(text).0.len();
    let runs = crate::typeset::word_runs(text, &crate::content::content().line_words);
    // The runs before the tail, each followed by a break; the tail from the run it starts in.
    let mut kept_from = 0;
    let mut before = Vec::new();
    for run in runs {
        if kept_from + run.len() > tail_at {
            break;
        }
        before.push(run);
        kept_from += run.len();
    }
    let kept = &text[kept_from..];
    html! {
        <span class="words">
            { for before.into_iter().map(|run| html! { <>{ run.to_string() }<wbr/></> }) }
            if !kept.is_empty() { <span class="kept">{ kept.to_string() }</span> }
        </span>
    }
}

/// A note of ours in `lang`: in English, the Chinese words it cites say their language (a
/// screen reader speaks them in a Chinese voice, the browser sets them in a Chinese font).
pub fn note_text(text: &str, lang: crate::model::Lang) -> yew::Html {
    use yew::html;
    if lang == crate::model::Lang::Zh {
        return html! { { text.to_string() } };
    }
    html! {
        <>{ for crate::typeset::chinese_runs(text).into_iter().map(|(run, chinese)| match chinese {
            true => html! { <span lang="zh-Hans">{ run.to_string() }</span> },
            false => html! { { run.to_string() } },
        }) }</>
    }
}

/// A headline: in Chinese its clauses and phrases each kept on a line where they fit (see
/// [`crate::typeset::headline_clauses`]), each set by words as [`set_text`] sets them; in
/// English as `set_text` sets it (balanced by CSS).
pub fn set_headline(text: &str, lang: crate::model::Lang) -> yew::Html {
    use yew::html;
    if lang == crate::model::Lang::En {
        return set_text(text, lang);
    }
    html! {
        <>{ for crate::typeset::headline_clauses(text).into_iter().map(|phrases| html! {
            <span class="clause">{ for phrases.into_iter().map(|phrase| html! {
                <span class="phrase">{ set_text(phrase, lang) }</span>
            }) }</span>
        }) }</>
    }
}

/// Brings `element` into view at the top of the screen (a section or card the reader is sent
/// to).
pub fn scroll_to_top(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
