//! A passage as printed, in an open card: the excerpt `excerpt::excerpt_html` writes (escaped
//! text only), inserted in one piece.

use yew::prelude::*;

use crate::content::content;
use crate::excerpt::excerpt_html;
use crate::model::Lang;

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

/// The passage with its source line.
#[component]
pub fn PassageExcerpt(props: &PassageExcerptProps) -> Html {
    let Some(passage) = content().passage(&props.passage) else {
        return html! {};
    };
    let html = excerpt_html(passage, props.quote.as_deref(), props.whole, props.lang);
    Html::from_html_unchecked(html.into())
}
