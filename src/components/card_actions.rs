//! What an open card offers besides its text: copy its link, copy a citation (figure cards),
//! and the system share sheet where the browser has one. Results are announced in a status
//! region; where the clipboard cannot be used (an insecure page, an old browser), the text is
//! shown selected for the reader to copy.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::cite::card_link;
use crate::embed::public_url;
use crate::model::Lang;
use crate::route::CardId;
use crate::ui::{self, t};

/// Props: the card, the language and, for a figure, its citation.
#[derive(Properties, PartialEq)]
pub struct CardActionsProps {
    /// The card whose link is copied.
    pub card: CardId,
    /// The reader's language.
    pub lang: Lang,
    /// The figure's one-line citation, if the card cites one.
    #[prop_or_default]
    pub citation: Option<AttrValue>,
}

/// A property of `navigator`, if the browser has it.
fn navigator_api(name: &str) -> Option<wasm_bindgen::JsValue> {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::get(&navigator, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Whether the browser has a share sheet (`navigator.share`); asked once, in the browser (a
/// prerendered card has no share button).
fn has_share() -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return false;
    }
    thread_local! {
        static SHARE: bool = navigator_api("share").is_some();
    }
    SHARE.with(|s| *s)
}

/// Writes `text` to the clipboard; false where there is no clipboard or it refused.
pub(super) async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator_api("clipboard") else {
        return false;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// What the status region says, and the text shown selected when copying failed.
#[derive(Clone, PartialEq)]
struct Notice {
    message: ui::Str,
    by_hand: Option<String>,
}

/// The actions of an open card.
#[component]
pub fn CardActions(props: &CardActionsProps) -> Html {
    let lang = props.lang;
    let notice = use_state(|| None::<Notice>);
    let manual = use_node_ref();
    {
        // The text to copy by hand is selected as it appears.
        let manual = manual.clone();
        use_effect_with((*notice).clone(), move |_| {
            if let Some(input) = manual.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    // What is copied is made when clicked: the link needs the page's address, which most
    // readers never ask for (the citation comes ready made, as a prop).
    let copy = |text: Rc<dyn Fn() -> String>, done: ui::Str| {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            let (notice, text) = (notice.clone(), text());
            spawn_local(async move {
                notice.set(Some(if copy_text(&text).await {
                    Notice {
                        message: done,
                        by_hand: None,
                    }
                } else {
                    Notice {
                        message: ui::COPY_BY_HAND,
                        by_hand: Some(text),
                    }
                }));
            });
        })
    };
    let link: Rc<dyn Fn() -> String> = {
        let card = props.card.clone();
        Rc::new(move || card_link(&public_url().unwrap_or_default(), &card, lang))
    };
    // The share button comes after the first render: a prerendered open card (a figure's own
    // page) has none, and the page taken over must match it.
    let sheet = use_state_eq(|| false);
    {
        let sheet = sheet.clone();
        use_effect_with((), move |_| sheet.set(has_share()));
    }
    let share = sheet.then(|| {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"url".into(), &link().into());
            if let Some(Ok(share)) =
                navigator_api("share").map(|s| s.dyn_into::<js_sys::Function>())
            {
                // The reader may cancel the sheet, which rejects the promise: nothing to
                // report then, but the rejection is handled (none left unhandled).
                if let Ok(promise) = share
                    .call1(&gloo::utils::window().navigator(), &data)
                    .and_then(|p| p.dyn_into::<js_sys::Promise>())
                {
                    spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                    });
                }
            }
        })
    });
    html! {
        <div class="card-actions">
            <button type="button" class="card-action" onclick={copy(link.clone(), ui::LINK_COPIED)}>
                { t(lang, ui::COPY_LINK) }
            </button>
            if let Some(citation) = &props.citation {
                <button type="button" class="card-action" onclick={copy({ let c = citation.clone(); Rc::new(move || c.to_string()) }, ui::CITATION_COPIED)}>
                    { t(lang, ui::COPY_CITATION) }
                </button>
            }
            if let Some(onclick) = share {
                <button type="button" class="card-action" {onclick}>{ t(lang, ui::SHARE) }</button>
            }
            if let Some(text) = notice.as_ref().and_then(|n| n.by_hand.clone()) {
                <input class="card-manual" type="text" readonly=true value={text} ref={manual}
                    aria-label={t(lang, ui::COPY_BY_HAND)} />
            }
            <p class="card-notice" role="status">{ notice.as_ref().map(|n| t(lang, n.message)) }</p>
            if let Some(id) = props.card.figure() {
                { super::embed_code(Some(&crate::piece::Piece::Figure(id.to_string())), lang) }
            }
        </div>
    }
}
