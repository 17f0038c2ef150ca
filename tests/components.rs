//! Component tests in headless Chromium: mount the app into a fresh element, act as a reader
//! would, flush Yew's scheduler, and read the DOM.
#![cfg(target_arch = "wasm32")]

use infographic::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Resolves after the next frame and a task queued in it: the moment the app writes the hash
/// of a card it has opened (after the card is painted). Callbacks of one frame run in the
/// order they were asked for, and tasks of one delay in the order they were queued, so the
/// app's, asked for when the card opened, have run by then.
async fn after_the_next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let in_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        window
            .request_animation_frame(in_frame.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The location's hash is `hash` once the app has written it: after the frame that paints the
/// card and the task it queues there, not later.
async fn hash_becomes(hash: &str) {
    after_the_next_frame().await;
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), hash);
}

/// A mounted app and the element it lives in; destroyed at the end of each test.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Mounted {
    async fn new(hash: &str) -> Mounted {
        let window = web_sys::window().unwrap();
        window.local_storage().unwrap().unwrap().clear().unwrap();
        let history = window.history().unwrap();
        let path = window.location().pathname().unwrap();
        history
            .replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{hash}")),
            )
            .unwrap();
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no `{selector}`"))
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    async fn click(&self, selector: &str) {
        self.get(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }

    /// Clicks the element matching `selector` whose text is `text`.
    async fn click_text(&self, selector: &str, text: &str) {
        let all = self.root.query_selector_all(selector).unwrap();
        let element = (0..all.length())
            .filter_map(|i| all.item(i))
            .find(|e| e.text_content().as_deref() == Some(text))
            .unwrap_or_else(|| panic!("no `{selector}` reads `{text}`"));
        element.dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }

    async fn key(&self, selector: &str, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.get(selector).dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn renders_headline_charts_and_cards() {
    let app = Mounted::new("").await;
    // Our headline, a finding; the page's printed one under it, named as the page's.
    assert_eq!(
        app.get("h1").text_content().unwrap(),
        "北碚称“十三五”城镇新增就业12.5万人，人均预期寿命达78.2岁"
    );
    assert_eq!(
        app.get(".printed-headline").text_content().unwrap(),
        "版面原标题：《北碚奋力谱写高质量发展高品质生活新篇章》"
    );
    let content = infographic::content();
    assert_eq!(
        app.count(".chart .chart-drawing svg"),
        content.charts.len() as u32
    );
    // Under its title, each chart says what its bars have in common; its keys point to it.
    // Overlapping shares say so after it.
    for chart in &content.charts {
        let measure = app
            .get(&format!("#chart-measure-{}", chart.id))
            .text_content()
            .unwrap();
        let note = chart.note.as_ref().map(|n| format!("。{}", n.zh));
        assert_eq!(
            measure,
            format!("{}{}", chart.measure.zh, note.unwrap_or_default())
        );
    }
    assert!(content.charts.iter().any(|c| c.note.is_some()));
    // The translation note at the foot, a paragraph for each of its parts, folded with the
    // corrections into one disclosure under the source.
    let parts = content.page.translation_note.zh.lines().count();
    assert!(parts > 1);
    assert_eq!(app.count("#notes .translation-note p"), parts as u32);
    assert_eq!(app.count("details#notes:not([open]) > summary"), 1);
    assert_eq!(
        app.count("#notes .corrections li"),
        content.corrections.len() as u32
    );
    // A figure no chart draws is drawn alone on its card where a picture means something (a
    // an exact part of a whole); a charted one is not drawn twice; a count is its number alone.
    for f in &content.figures {
        let drawn = app.count(&format!("#card-{} .figure-visual svg", f.id));
        let whole = f.part_of.as_deref().and_then(|w| content.figure(w));
        let wanted = !content.in_chart(&f.id) && infographic::charts::visual_of(f, whole).is_some();
        assert_eq!(drawn, u32::from(wanted), "{}", f.id);
    }
    assert_eq!(app.count("#card-lifts-installed .figure-visual"), 0);
    assert_eq!(
        app.get("#card-listed-private-companies .figure-visual-key")
            .text_content()
            .unwrap(),
        "整条：北碚A股上市企业5家；填色：A股上市企业中的民营企业3家"
    );
    // A share alone is its number alone, as every other per cent on the page.
    for id in ["forest-cover", "culture-share"] {
        assert_eq!(app.count(&format!("#card-{id} .figure-visual")), 0, "{id}");
    }
    let described = app
        .get(".chart-bars")
        .get_attribute("aria-describedby")
        .unwrap();
    assert!(described.starts_with("chart-measure-"), "{described}");
    assert!(app.count(".card-toggle") >= 50);
    // Each chart is a listbox of its bars, each named "label: value (n of m)".
    let bars = app.get(".chart-bars");
    assert_eq!(bars.get_attribute("role").as_deref(), Some("listbox"));
    assert_eq!(
        app.get(".chart-bars [role=option]").text_content().unwrap(),
        "战略性新兴制造业：67%（第1项，共3项）"
    );
}

#[wasm_bindgen_test]
async fn the_bars_of_a_chart_are_walked_by_keyboard_and_enter_opens_one() {
    let app = Mounted::new("").await;
    // The industry chart: three bars.
    let bars = ".chart-bars[aria-describedby^=\"chart-measure-industry-output-shares \"]";
    app.get(bars)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    yew::scheduler::flush().await;
    let active = || app.get(bars).get_attribute("aria-activedescendant");
    assert!(active().unwrap().ends_with("-0"), "{:?}", active());
    assert_eq!(app.count(".chart-focus rect"), 1);
    app.key(bars, "ArrowDown").await;
    assert!(active().unwrap().ends_with("-1"));
    app.key(bars, "End").await;
    assert!(active().unwrap().ends_with("-2"));
    app.key(bars, "ArrowDown").await;
    assert!(active().unwrap().ends_with("-2"), "stops at the last bar");
    app.key(bars, "Home").await;
    assert!(active().unwrap().ends_with("-0"));
    app.key(bars, "Enter").await;
    assert_eq!(
        app.get("#toggle-emerging-manufacturing-share")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    app.key(bars, "Escape").await;
    assert_eq!(app.count(".chart-focus rect"), 0);
    let focused = document().active_element().unwrap();
    assert_eq!(focused.tag_name(), "SUMMARY");
}

#[wasm_bindgen_test]
async fn the_pointer_over_a_bar_reads_it_out_and_leaving_clears_it() {
    let app = Mounted::new("").await;
    let readout = || app.get(".chart-readout").text_content().unwrap();
    let hint = readout();
    // The middle of the first row's first shape (the track, under its bar).
    let rect = app
        .get(".chart-drawing svg rect")
        .get_bounding_client_rect();
    let init = web_sys::MouseEventInit::new();
    init.set_client_x((rect.left() + rect.width() / 2.0) as i32);
    init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
    init.set_bubbles(true);
    let moved = web_sys::MouseEvent::new_with_mouse_event_init_dict("mousemove", &init).unwrap();
    app.get(".chart-plot").dispatch_event(&moved).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(readout(), "战略性新兴制造业：67%");
    let left = web_sys::MouseEvent::new("mouseleave").unwrap();
    app.get(".chart-plot").dispatch_event(&left).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(readout(), hint);
}

#[wasm_bindgen_test]
async fn a_card_opens_with_its_quote_highlighted_and_escape_closes_it() {
    let app = Mounted::new("").await;
    let button = "#toggle-hospital-beds";
    assert_eq!(
        app.get(button).get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(app.get("#panel-hospital-beds").has_attribute("hidden"));
    app.click(button).await;
    assert_eq!(
        app.get(button).get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!app.get("#panel-hospital-beds").has_attribute("hidden"));
    let mark = app.get("#panel-hospital-beds mark");
    assert_eq!(
        mark.text_content().unwrap(),
        "每千人医疗机构床位数达到6.82张"
    );
    assert!(app
        .get("#panel-hospital-beds")
        .text_content()
        .unwrap()
        .contains("“十三五”期间"));
    hash_becomes("#hospital-beds").await;

    app.get(button)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    app.key("#panel-hospital-beds", "Escape").await;
    assert_eq!(
        app.get(button).get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "toggle-hospital-beds");
}

#[wasm_bindgen_test]
async fn a_figure_printed_twice_shows_both_passages() {
    let app = Mounted::new("").await;
    app.click("#toggle-rd-share").await;
    // Each passage's own paragraph, its quote marked (the whole passages behind their
    // disclosures mark it again).
    let marks = app
        .root
        .query_selector_all("#panel-rd-share blockquote > p > mark")
        .unwrap();
    assert_eq!(marks.length(), 2);
}

#[wasm_bindgen_test]
async fn the_hash_opens_its_card() {
    let app = Mounted::new("#forest-cover").await;
    assert_eq!(
        app.get("#toggle-forest-cover")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        app.get("#panel-forest-cover mark").text_content().unwrap(),
        "森林覆盖率达到50.7%"
    );
}

#[wasm_bindgen_test]
async fn a_hostile_hash_is_ignored() {
    for hash in [
        "#%3Cscript%3Ealert(1)%3C/script%3E",
        "#%E0%A4%A",
        "#no-such-card",
    ] {
        let app = Mounted::new(hash).await;
        assert_eq!(app.count(".card.open"), 0, "{hash}");
        assert!(app.count(".card-toggle") >= 50);
    }
}

#[wasm_bindgen_test]
async fn the_language_toggle_switches_labels_and_is_remembered() {
    let app = Mounted::new("").await;
    app.click(".lang-toggle").await;
    assert!(app
        .get("h1")
        .text_content()
        .unwrap()
        .starts_with("Beibei reports"));
    let value = app
        .get("#toggle-new-urban-jobs .card-value")
        .text_content()
        .unwrap();
    assert_eq!(value, "125,000 jobs");
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        stored.get_item("infographic:lang").unwrap().as_deref(),
        Some("en")
    );
    let chart_text = app.get(".chart svg").text_content().unwrap();
    let chart_text = chart_text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        chart_text.contains("Strategic emerging manufacturing"),
        "{chart_text}"
    );
}

#[wasm_bindgen_test]
async fn the_filter_and_search_narrow_cards_and_charts() {
    let app = Mounted::new("").await;
    let all_charts = app.count(".chart svg");
    app.click_text(".chip", "土地整治").await;
    assert_eq!(app.count("section.group"), 1);
    assert!(app.find("#card-land-recovered").is_some());
    assert!(app.find("#card-hospital-beds").is_none());
    assert!(app.count(".chart svg") < all_charts);

    app.click_text(".chip", "全部").await;
    let input: HtmlInputElement = app.get("#search-input").dyn_into().unwrap();
    input.set_value("床位");
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    // One figure, and the one passage that prints it.
    assert_eq!(app.count(".card:not(.story-card)"), 1);
    assert!(app.find("#card-hospital-beds").is_some());
    assert_eq!(app.count(".story-card"), 1);
    assert!(app.find("#card-story-livelihood-report").is_some());
}

#[wasm_bindgen_test]
async fn the_open_figure_is_marked_on_its_chart() {
    let app = Mounted::new("").await;
    assert_eq!(app.count(".chart-highlight rect"), 0);
    app.click("#toggle-high-tech-manufacturing-share").await;
    assert_eq!(app.count(".chart-highlight rect"), 1);
    let chart = app
        .get(".chart-highlight")
        .closest(".chart")
        .unwrap()
        .unwrap();
    assert!(chart
        .text_content()
        .unwrap()
        .contains("各占规上工业总产值六成以上"));
    app.click("#toggle-high-tech-manufacturing-share").await;
    assert_eq!(app.count(".chart-highlight rect"), 0);
}

#[wasm_bindgen_test]
async fn the_whole_passage_opens_under_the_quote() {
    let app = Mounted::new("").await;
    app.click("#toggle-hospital-beds").await;
    let details: web_sys::HtmlDetailsElement = app
        .get("#panel-hospital-beds details.full-passage")
        .dyn_into()
        .unwrap();
    let summary: web_sys::HtmlElement = details
        .query_selector("summary")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // Closed, the reader sees only the quoted paragraph: the disclosure is its summary line.
    let height = |e: &web_sys::Element| e.get_bounding_client_rect().height();
    assert!((height(&details) - height(&summary)).abs() < 1.0);
    summary.click();
    assert!(details.open());
    let text = details.text_content().unwrap();
    assert!(text.contains("出行更方便更高效"), "{text}");
    // Every paragraph of the passage that prints the figure.
    let content = infographic::content();
    let passage = &content.figure("hospital-beds").unwrap().mentions[0].passage;
    let paragraphs = content.passage(passage).unwrap().text.paragraphs().count() as u32;
    assert!(paragraphs > 1);
    // (A gap note, where the gap is in another paragraph, stands inside too.)
    assert_eq!(
        details
            .query_selector_all("p:not(.excerpt-gap-note)")
            .unwrap()
            .length(),
        paragraphs
    );
    // Open, the paragraphs take the space under the summary.
    assert!(height(&details) > height(&summary) + 20.0 * paragraphs as f64);
}
