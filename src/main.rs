//! Starts the app on `#app`; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use infographic::embed::{EmbedOptions, View};
    use infographic::{hooks::remembered_lang, App, AppProps};

    infographic::panic_notice::install();
    let document = gloo::utils::document();
    // The whole text for readers without WASM, after the app: the app's cards now hold it (all
    // but the photo caption, whose photo we do not have).
    if let Some(text) = document.get_element_by_id("static-text") {
        text.remove();
    }
    let root = document
        .get_element_by_id("app")
        .expect("index.html has #app");
    // The view this file holds (`<html data-view>`), and the one the reader asked for; the
    // loader has already gone to the right file, so they differ only for `?plain` or when
    // the loader could not (then the app renders afresh).
    let page = gloo::utils::document_element()
        .get_attribute("data-view")
        .and_then(|code| View::from_code(&code));
    let query = EmbedOptions::current();
    let piece_page = gloo::utils::document_element().has_attribute("data-piece");
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let remembered = infographic::embed::front_door(&hash, piece_page)
        .then(remembered_lang)
        .flatten();
    let wanted = View::wanted(page.unwrap_or_default(), &query, remembered);
    // An English view's translations, if the loader fetched them with the app: the page it
    // takes over shows them, so it is taken over only with them here.
    let translated = infographic::translations::here();
    // A piece's own page (`<html data-piece>`): that piece alone.
    let piece = gloo::utils::document_element()
        .get_attribute("data-piece")
        .and_then(|code| infographic::piece::Piece::parse(&code, infographic::content()));
    let props = AppProps {
        lang: wanted.lang,
        options: EmbedOptions {
            embed: wanted.embed,
            ..query.clone()
        },
        piece,
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    // The prerendered page is the app's first frame: the app takes its nodes over in place.
    if root.has_attribute("data-prerendered")
        && page == Some(wanted)
        && !query.plain
        && (wanted.lang == infographic::model::Lang::Zh || translated)
    {
        infographic::takeover::take_over(|| {
            renderer.hydrate();
        });
    } else {
        root.set_inner_html("");
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("infographic is a web app: run scripts/serve.sh and open http://127.0.0.1:8080");
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app's WASM runs on one thread, which is what `TalckWasm` asks of its user.
static ALLOC: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
