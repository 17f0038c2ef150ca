//! "Embed this": the snippet an editor pastes into an article page, for the whole infographic
//! or for one piece of it alone (a figure's card, a chart, a section).

use yew::prelude::*;

use crate::content::content;
use crate::embed::{embed_snippet, folder_of, public_url};
use crate::model::Lang;
use crate::piece::Piece;
use crate::ui::{self, t};

/// A disclosure with the snippet for `piece` (none: the whole infographic) and how to use it.
/// (A function, not a component: it has no state, and a component of its own would cost the
/// bundle more than its few nodes.)
pub fn embed_code(piece: Option<&Piece>, lang: Lang) -> Html {
    let content = content();
    let (summary, title) = match piece {
        None => (ui::EMBED, content.page.short_title.get(lang).to_string()),
        Some(piece) => (
            match piece {
                Piece::Figure(_) => ui::EMBED_FIGURE,
                Piece::Chart(_) => ui::EMBED_CHART,
                Piece::Section(_) => ui::EMBED_SECTION,
            },
            format!(
                "{} · {}",
                piece.title(content, lang),
                content.page.short_title.get(lang)
            ),
        ),
    };
    let code = piece.map(Piece::code);
    html! {
        <details class="embed-code">
            <summary>{ t(lang, summary) }</summary>
            <p>{ super::set_text(t(lang, ui::EMBED_HINT), lang) }</p>
            <pre><code>{ embed_snippet(public_url().as_deref().map(folder_of), code.as_deref(), &title, t(lang, ui::EMBED_ADDRESS), lang) }</code></pre>
        </details>
    }
}
