//! Starts the app on `#app`; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use beibei_infographic::{first_view_is_prerendered, App};

    beibei_infographic::panic_notice::install();
    let document = gloo::utils::document();
    // The whole text for readers without WASM, after the app: the app's cards now hold it.
    if let Some(text) = document.get_element_by_id("static-text") {
        text.remove();
    }
    let root = document
        .get_element_by_id("app")
        .expect("index.html has #app");
    let renderer = yew::Renderer::<App>::with_root(root.clone());
    // The prerendered page is the app's first frame: the app takes its nodes over in place.
    // A reader whose first view differs from it (English, embed flags) gets a fresh render.
    if root.has_attribute("data-prerendered") && first_view_is_prerendered() {
        renderer.hydrate();
    } else {
        root.set_inner_html("");
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "beibei-infographic is a web app: run scripts/serve.sh and open http://127.0.0.1:8080"
    );
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app's WASM runs on one thread, which is what `TalckWasm` asks of its user.
static ALLOC: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
