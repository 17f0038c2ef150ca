//! "Embed this": the snippet an editor pastes into an article page, for the whole infographic
//! or for one piece of it alone (a figure's card, a chart, a section).

use yew::prelude::*;

use crate::content::content;
use crate::embed::{embed_snippet, folder_of, public_url};
use crate::model::Lang;
use crate::piece::Piece;
use crate::ui::{self, t};

/// Props: the piece (none: the whole page) and the language.
#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    /// The piece the snippet embeds alone; `None` for the whole infographic.
    #[prop_or_default]
    pub piece: Option<Piece>,
    /// The reader's language.
    pub lang: Lang,
}

/// A disclosure with the snippet and how to use it.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let lang = props.lang;
    let content = content();
    let (summary, title) = match &props.piece {
        None => (ui::EMBED, content.page.short_title.get(lang).to_string()),
        Some(piece) => (
            ui::EMBED_PIECE,
            format!(
                "{} · {}",
                piece.title(content, lang),
                content.page.short_title.get(lang)
            ),
        ),
    };
    let code = props.piece.as_ref().map(Piece::code);
    html! {
        <details class="embed-code">
            <summary>{ t(lang, summary) }</summary>
            <p>{ t(lang, ui::EMBED_HINT) }</p>
            <pre><code>{ embed_snippet(public_url().as_deref().map(folder_of), code.as_deref(), &title, t(lang, ui::EMBED_ADDRESS)) }</code></pre>
        </details>
    }
}
