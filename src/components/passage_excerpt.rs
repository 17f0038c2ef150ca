//! A passage as printed: its title, the paragraph that holds the quote with the quote in
//! `<mark>`, and the whole passage behind a disclosure. Text only; no markup from the data.

use yew::prelude::*;

use crate::content::{content, locate_quote};
use crate::model::Lang;
use crate::ui::{self, t};

/// Props: which passage, and the quote to mark (or the whole passage).
#[derive(Properties, PartialEq)]
pub struct PassageExcerptProps {
    /// The passage id.
    pub passage: AttrValue,
    /// The exact words to highlight.
    #[prop_or_default]
    pub quote: Option<AttrValue>,
    /// Show every paragraph instead of the quoted one.
    #[prop_or_default]
    pub whole: bool,
    /// The reader's language (for the notes; the passage is Chinese).
    pub lang: Lang,
}

fn paragraphs(text: &str) -> Html {
    text.split('\n')
        .map(|p| html! { <p>{ p.to_string() }</p> })
        .collect()
}

/// The passage with its source line.
#[component]
pub fn PassageExcerpt(props: &PassageExcerptProps) -> Html {
    let whole_open = use_state_eq(|| false);
    let on_toggle = {
        let whole_open = whole_open.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open());
            if open {
                whole_open.set(true);
            }
        })
    };
    let lang = props.lang;
    let content = content();
    let Some(passage) = content.passage(&props.passage) else {
        return html! {};
    };
    let located = props.quote.as_ref().and_then(|q| locate_quote(passage, q));
    let body = match located {
        Some((_, before, mark, after)) if !props.whole => html! {
            <>
                <p>{ before.to_string() }<mark>{ mark.to_string() }</mark>{ after.to_string() }</p>
                <details class="full-passage" ontoggle={on_toggle}>
                    <summary>{ t(lang, ui::FULL_PASSAGE) }</summary>
                    // Built when first opened: most readers never open it.
                    if *whole_open { { paragraphs(&passage.text) } }
                </details>
            </>
        },
        _ => paragraphs(&passage.text),
    };
    let title_note = (!passage.title_printed).then(|| t(lang, ui::OUR_TITLE));
    html! {
        <figure class="excerpt">
            <figcaption class="excerpt-title">
                <span lang={if passage.title_printed { "zh-Hans" } else { lang.tag() }}>
                    { if passage.title_printed { passage.title.zh.as_str() } else { passage.title.get(lang) } }
                </span>
                if let Some(sub) = &passage.subtitle { <span class="excerpt-subtitle" lang="zh-Hans">{ " — " }{ sub.zh.clone() }</span> }
                if let Some(note) = title_note { <span class="excerpt-note">{ " " }{ note }</span> }
            </figcaption>
            <blockquote lang="zh-Hans">{ body }</blockquote>
            if lang == Lang::En {
                <p class="excerpt-lang-note">
                    { t(lang, if props.quote.is_some() { ui::PASSAGE_NOTE } else { ui::PASSAGE_NOTE_PLAIN }) }
                </p>
            }
            if passage.text.contains('…') {
                <p class="excerpt-gap-note">{ t(lang, ui::GAP_NOTE) }</p>
            }
        </figure>
    }
}
