//! The root component: loads the content once, provides the state, lays out the page.

use yew::prelude::*;

use crate::components::{FilterBar, Footer, GroupSection, Header, OverviewSection, SectionProps};
use crate::content::content;
use crate::embed::EmbedOptions;
use crate::hooks::{use_hash_sync, use_height_messages, use_lang_sync, use_theme};
use crate::state::{AppContext, AppState};
use crate::ui;

/// Whether this reader's first view is the prerendered one (Chinese, neither embedded nor
/// plain, as `prerender` renders it natively): then the app hydrates the page in place.
pub fn first_view_is_prerendered() -> bool {
    let options = EmbedOptions::current();
    options.full_header() && crate::hooks::initial_lang(options.lang) == crate::model::Lang::Zh
}

/// The whole infographic. (Its data was checked when it was built: see `build.rs`.)
#[component]
pub fn App() -> Html {
    let options = use_memo((), |_| EmbedOptions::current());
    let state = {
        let from_query = options.lang;
        use_reducer(move || AppState {
            lang: crate::hooks::initial_lang(from_query),
            ..AppState::default()
        })
    };
    use_lang_sync(&state);
    use_hash_sync(&state);
    use_theme(&options);
    use_height_messages(&options);
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
