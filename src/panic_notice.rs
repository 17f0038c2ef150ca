//! A panic never leaves a dead page: the hook logs it and shows a short notice.

use wasm_bindgen::JsValue;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("infographic: {info}")));
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if doc.get_element_by_id("panic-notice").is_some() {
            return;
        }
        if let (Ok(el), Some(body)) = (doc.create_element("div"), doc.body()) {
            el.set_id("panic-notice");
            let _ = el.set_attribute("role", "alert");
            el.set_text_content(Some(
                "图表出错，请刷新页面。The infographic hit an error; please reload the page.",
            ));
            let _ = body.prepend_with_node_1(&el);
        }
    }));
}
