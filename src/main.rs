//! Renders the app into `#app`; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    beibei_infographic::panic_notice::install();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    // The prerendered page (same markup as the first render, so nothing shifts) and the static
    // text for readers without WASM give way to the live app.
    if let Some(text) = document.get_element_by_id("static-text") {
        text.remove();
    }
    let root = document
        .get_element_by_id("app")
        .expect("index.html has #app");
    root.set_inner_html("");
    yew::Renderer::<beibei_infographic::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "beibei-infographic is a web app: run scripts/serve.sh and open http://127.0.0.1:8080"
    );
}
