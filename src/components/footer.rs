//! The page's foot: credit as printed, source, translation note, and the corrections made.

use yew::prelude::*;

use crate::content::content;
use crate::embed::View;
use crate::export;
use crate::model::Lang;
use crate::ui::{self, t};

/// The whole page's notes (translation, then corrections), where an embed's link to them leads.
const NOTES_ID: &str = "notes";

/// Props: the language and whether to show only the credit (embedded). The footer takes no
/// context: opening a card does not re-render it.
#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// The reader's language.
    pub lang: Lang,
    /// Embedded: credit and source only.
    #[prop_or_default]
    pub compact: bool,
}

/// Credit, source and corrections.
#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let lang = props.lang;
    let content = content();
    let page = &content.page;
    html! {
        <footer class="credits">
            <p><span class="meta-label">{ t(lang, ui::CREDIT) }{ t(lang, ui::COLON) }</span><span lang="zh-Hans">
                // Each name (and what it did, 秦廷富/摄) on one line.
                { for page.credit.zh.split(' ').enumerate().map(|(i, part)| html! {
                    <>{ if i > 0 { " " } else { "" } }<span class="kept">{ part.to_string() }</span></>
                }) }</span>
                if lang == Lang::En { { " — " }{ page.credit.en.clone() } }</p>
            if let Some(date) = &page.date {
                <p><span class="meta-label">{ t(lang, ui::DATE) }{ t(lang, ui::COLON) }</span>{ date.get(lang) }</p>
            }
            <p class="get-data"><span class="meta-label">{ t(lang, ui::GET_DATA) }{ t(lang, ui::COLON) }</span>
                <a href={format!("./{}/figures.csv", export::DIR)} download="">{ t(lang, ui::ALL_CSV) }</a>
                { " · " }
                <a href={format!("./{}/figures.json", export::DIR)} download="">{ t(lang, ui::ALL_JSON) }</a>
            </p>
            <p><span class="meta-label">{ t(lang, ui::SOURCE) }{ t(lang, ui::COLON) }</span>{ page.source.get(lang) }</p>
            if props.compact {
                // An embed keeps the source line; the rest of the notes are a tap away.
                <p><a href={format!("{}#{NOTES_ID}", View { lang, embed: false }.href())} target="_blank" rel="noopener">{ t(lang, ui::NOTES_ON_FULL_PAGE) }<span class="new-tab">{ t(lang, ui::NEW_TAB) }</span></a></p>
            }
            if !props.compact {
            // How the page was made (what is ours and what is the page's, then the corrections):
            // one disclosure under the source, so the page ends on its findings and their
            // source, and the method is a tap away (the loader opens it at `#notes` and for
            // printing: see `openFolded` in loader/loader.js).
            <details id={NOTES_ID} class="page-notes">
                <summary>{ t(lang, ui::HOW_WE_MADE_IT) }</summary>
                // A paragraph each of the note's (a line each in the data).
                <div class="translation-note">
                    { for page.translation_note.get(lang).lines().map(|para| html! { <p>{ super::note_text(para, lang) }</p> }) }
                </div>
                if !content.corrections.is_empty() {
                <p><span class="meta-label">{ t(lang, ui::CORRECTIONS) }{ t(lang, ui::COLON) }</span>{ t(lang, ui::CORRECTIONS_NOTE.of(page.medium)) }</p>
                <ul class="corrections">
                    { for content.corrections.iter().map(|c| html! {
                        <li><span lang="zh-Hans"><del>{ c.original.clone() }</del>{ " → " }<ins>{ c.replacement.clone() }</ins></span>
                            { t(lang, ui::COLON) }<span class="correction-reason">{ super::note_text(c.reason.get(lang), lang) }</span></li>
                    }) }
                </ul>
                }
            </details>
            { super::embed_code(None, lang) }
            }
        </footer>
    }
}
