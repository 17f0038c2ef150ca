//! Renders the app into `#app`; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    beibei_infographic::panic_notice::install();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has #app");
    yew::Renderer::<beibei_infographic::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("beibei-infographic is a web app: run `make serve` and open http://127.0.0.1:8080");
}
