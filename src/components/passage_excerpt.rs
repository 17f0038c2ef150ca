//! A passage as printed, in an open card: the excerpt `excerpt::excerpt_html` writes (escaped
//! text only), inserted in one piece.

use yew::prelude::*;

use crate::content::content;
use crate::embed::View;
use crate::excerpt::{excerpt_html, Quote};
use crate::model::Lang;
use crate::state::store;

/// Props: which passage, and the quote to mark (or the whole passage).
#[derive(Properties, PartialEq)]
pub struct PassageExcerptProps {
    /// The passage id.
    pub passage: AttrValue,
    /// The exact words to highlight.
    #[prop_or_default]
    pub quote: Option<AttrValue>,
    /// The same words in our translation, where the passage has one.
    #[prop_or_default]
    pub quote_en: Option<AttrValue>,
    /// Show every paragraph instead of the quoted one.
    #[prop_or_default]
    pub whole: bool,
    /// The reader's language (for the notes, and the translation in English).
    pub lang: Lang,
}

/// The passage with its source line.
#[component]
pub fn PassageExcerpt(props: &PassageExcerptProps) -> Html {
    // On a piece's own page the other cards are on the whole page (fixed when the app starts).
    let on_piece_page = store::current().piece_page;
    // Written once per passage, quote and language. (A language switch writes it anew, so an
    // open "whole passage" closes: the text it shows is the same in both languages.)
    let html = use_memo(
        (
            props.passage.clone(),
            props.quote.clone(),
            props.quote_en.clone(),
            props.whole,
            props.lang,
            on_piece_page,
        ),
        |(passage, quote, quote_en, whole, lang, on_piece_page)| {
            let quote = quote.as_deref().map(|zh| Quote {
                zh,
                en: quote_en.as_deref(),
            });
            let whole_page = on_piece_page.then(|| {
                View {
                    lang: *lang,
                    embed: false,
                }
                .href()
            });
            content()
                .passage(passage)
                .map(|p| AttrValue::from(excerpt_html(p, quote, *whole, *lang, whole_page)))
        },
    );
    match html.as_ref() {
        Some(html) => Html::from_html_unchecked(html.clone()),
        None => html! {},
    }
}
