//! Embedding: the theme flag on `<html>`, and the height messages to the host page whenever
//! the layout's height changes (a ResizeObserver on the body, not polling).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::embed::{pym_height_message, EmbedOptions, HEIGHT_MESSAGE_TYPE};

/// Sets `<html data-theme>` for `dark=true|false`.
#[hook]
pub fn use_theme(options: &EmbedOptions) {
    use_effect_with(options.theme, |theme| {
        let root = gloo::utils::document_element();
        let _ = match theme.attribute() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    });
}

/// Our message, pym.js's and AMP's, for one height.
fn post_height(parent: &web_sys::Window, id: Option<&str>, height: u32) {
    let ours = js_sys_object(&[
        ("type", JsValue::from_str(HEIGHT_MESSAGE_TYPE)),
        ("height", JsValue::from(height)),
        ("id", id.map_or(JsValue::NULL, JsValue::from_str)),
    ]);
    // Heights are not secret: any host may read them.
    let _ = parent.post_message(&ours, "*");
    if let Some(id) = id {
        let _ = parent.post_message(&JsValue::from_str(&pym_height_message(id, height)), "*");
    }
    let amp = js_sys_object(&[
        ("sentinel", JsValue::from_str("amp")),
        ("type", JsValue::from_str("embed-size")),
        ("height", JsValue::from(height)),
    ]);
    let _ = parent.post_message(&amp, "*");
}

fn js_sys_object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// In an iframe, tells the parent the page's height after every layout change.
#[hook]
pub fn use_height_messages(options: &EmbedOptions) {
    let id = options.id.clone();
    use_effect_with(id, |id| {
        let window = gloo::utils::window();
        let parent = window.parent().ok().flatten();
        let in_frame = parent
            .as_ref()
            .is_some_and(|p| !js_sys::Object::is(p.as_ref(), window.as_ref()));
        let mut cleanup: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> = None;
        if let (true, Some(parent), Some(body)) =
            (in_frame, parent, window.document().and_then(|d| d.body()))
        {
            let id = id.clone();
            let last = std::cell::Cell::new(0u32);
            let measure_body = body.clone();
            let on_resize = Closure::<dyn FnMut()>::new(move || {
                let height = measure_body.get_bounding_client_rect().height().ceil() as u32;
                if height != last.get() {
                    last.set(height);
                    post_height(&parent, id.as_deref(), height);
                }
            });
            if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                observer.observe(&body);
                cleanup = Some((observer, on_resize));
            }
        }
        move || {
            if let Some((observer, _closure)) = cleanup {
                observer.disconnect();
            }
        }
    });
}
