//! The root component: loads the content once, provides the state, lays out the page.

use yew::prelude::*;

use crate::components::{FilterBar, Footer, GroupSection, Header, OverviewSection, SectionProps};
use crate::content::content;
use crate::embed::EmbedOptions;
use crate::hooks::{use_hash_sync, use_height_messages, use_lang_sync, use_theme};
use crate::model::Lang;
use crate::state::{AppContext, AppState};
use crate::ui;

/// What the app starts with: the view's language and the page's options (`embed` included).
/// `main.rs` reads them from the page and the URL; `prerender` gives each view's.
#[derive(Properties, Clone, Debug, Default, PartialEq)]
pub struct AppProps {
    /// The language to start in.
    #[prop_or_default]
    pub lang: Lang,
    /// The page's options: embedded, plain, theme, the host's id.
    #[prop_or_default]
    pub options: EmbedOptions,
}

/// The whole infographic. (Its data was checked when it was built: see `build.rs`.)
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = &props.options;
    let state = {
        let lang = props.lang;
        use_reducer(move || AppState {
            lang,
            ..AppState::default()
        })
    };
    use_lang_sync(&state, options.embed);
    use_hash_sync(&state);
    use_theme(options);
    use_height_messages(options);
    let content = content();
    let lang = state.lang;
    // Every child gets only the state it draws (see `SectionProps`); the context gives them
    // the dispatcher.
    let query = AttrValue::from(state.query.clone());
    let section = |id: &str| SectionProps {
        group: AttrValue::from(id.to_string()),
        lang,
        query: query.clone(),
        open: state.open_in(content, id),
    };
    let sections = content
        .groups
        .iter()
        .filter(|g| state.shows_group(&g.id))
        .map(|g| html! { <GroupSection key={g.id.clone()} ..section(&g.id) /> });
    let overview = section(crate::model::FRAME_SECTION);
    html! {
        <ContextProvider<AppContext> context={state.dispatcher()}>
            <div class={classes!("page", options.embed.then_some("embed"), options.plain.then_some("plain"))} lang={lang.tag()}>
                if !options.plain {
                    <Header {lang} compact={options.embed} />
                }
                <FilterBar {lang} group={state.group.clone().map(AttrValue::from)} query={query.clone()} />
                <main id="main" class="sections" aria-label={ui::t(lang, ui::FIGURES)}>
                    { for sections }
                    if state.group.is_none() {
                        <OverviewSection ..overview />
                    }
                </main>
                if !options.plain {
                    <Footer {lang} compact={options.embed} />
                }
            </div>
        </ContextProvider<AppContext>>
    }
}
