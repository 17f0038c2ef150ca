//! The root component: loads the content once, provides the state, lays out the page.

use yew::prelude::*;

use crate::components::{
    DataErrorNotice, FilterBar, Footer, GroupSection, Header, OverviewSection,
};
use crate::content::content;
use crate::hooks::{use_hash_sync, use_lang_sync};
use crate::state::{Action, AppState};
use crate::ui;

/// The shared state handle, provided by [`App`].
pub type AppContext = UseReducerHandle<AppState>;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}

/// The whole infographic, or a clear notice if the bundled data is broken.
#[component]
pub fn App() -> Html {
    match content() {
        Ok(_) => html! { <Infographic /> },
        Err(error) => html! { <DataErrorNotice message={error.to_string()} /> },
    }
}

#[component]
fn Infographic() -> Html {
    let state = use_reducer(|| AppState {
        lang: crate::hooks::initial_lang(),
        ..AppState::default()
    });
    use_lang_sync(&state);
    use_hash_sync(&state);
    let Ok(content) = content() else {
        return html! {};
    };
    let lang = state.lang;
    let sections = content
        .groups
        .iter()
        .filter(|g| state.shows_group(&g.id))
        .map(|g| html! { <GroupSection key={g.id.clone()} group={g.id.clone()} /> });
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <div class="page" lang={lang.tag()}>
                <Header />
                <FilterBar />
                <main id="main" class="sections" aria-label={ui::t(lang, ui::FIGURES)}>
                    { for sections }
                    if state.group.is_none() {
                        <OverviewSection />
                    }
                </main>
                <Footer />
            </div>
        </ContextProvider<AppContext>>
    }
}
