//! "Embed this": the snippet an editor pastes into an article page, for the whole infographic
//! or for one piece of it alone (a figure's card, a chart, a section).

use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
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
            <button type="button" class="card-action" onclick={Callback::from(move |e: MouseEvent| copy_snippet(&e, lang))}>
                { t(lang, ui::COPY_CODE) }
            </button>
            <p class="card-notice" role="status"></p>
        </details>
    }
}

/// Copies the snippet of the disclosure the button `e` was clicked in, and says so in its
/// status line (or, where the clipboard cannot be used, asks the reader to copy it by hand).
fn copy_snippet(e: &MouseEvent, lang: Lang) {
    // (The event's target: Yew listens at the app's root, its current target.)
    let details = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest("details").ok().flatten());
    let Some(details) = details else {
        return;
    };
    let find = |selector: &str| details.query_selector(selector).ok().flatten();
    let (Some(code), Some(status)) = (find("code"), find("[role=status]")) else {
        return;
    };
    let text = code.text_content().unwrap_or_default();
    // Emptied first, so that the same words said again are announced again.
    status.set_text_content(None);
    spawn_local(async move {
        let said = match super::card_actions::copy_text(&text).await {
            true => ui::CODE_COPIED,
            false => ui::CODE_BY_HAND,
        };
        status.set_text_content(Some(t(lang, said)));
    });
}
