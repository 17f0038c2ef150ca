//! The root component: loads the content once, provides the state, lays out the page.

use yew::prelude::*;

use crate::components::{FilterBar, Footer, GroupSection, Header, OverviewSection, SectionProps};
use crate::content::content;
use crate::embed::EmbedOptions;
use crate::hooks::{use_app_state, use_hash_sync, use_lang_sync, use_theme};
use crate::model::{Lang, Section};
use crate::state::{section_shown, shows_group, store, AppState};
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

/// The whole infographic.
///
/// It reads the language, the group filter and the search from the store; the open card is
/// read by the cards and charts themselves, so opening one re-renders neither the App nor its
/// sections. (Its data was checked when it was built: see `build.rs`.)
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = &props.options;
    {
        // The store starts afresh with each app (and each prerendered view).
        let lang = props.lang;
        use_memo((), move |_| {
            store::reset(AppState {
                lang,
                ..AppState::default()
            })
        });
    }
    let (lang, group, query) =
        use_app_state(|s: &AppState| (s.lang, s.group.clone(), AttrValue::from(s.query.clone())));
    use_lang_sync(lang, options.embed);
    use_hash_sync();
    use_theme(options);
    let content = content();
    let section = |section: Section| SectionProps {
        section,
        lang,
        query: query.clone(),
    };
    let sections = content
        .groups
        .iter()
        .filter(|g| shows_group(group.as_ref(), &g.id))
        .map(|g| html! { <GroupSection key={g.id.as_str()} ..section(Section::Group(g.id.clone())) /> });
    let overview = section(Section::Frame);
    html! {
        <div class={classes!("page", options.embed.then_some("embed"), options.plain.then_some("plain"))} lang={lang.tag()}>
            if !options.plain {
                <Header {lang} compact={options.embed} />
            }
            <FilterBar {lang} group={group.clone()} query={query.clone()} />
            <main id="main" class="sections" aria-label={ui::t(lang, ui::FIGURES)}>
                { for sections }
                if section_shown(group.as_ref(), &Section::Frame) {
                    <OverviewSection ..overview />
                }
            </main>
            if !options.plain {
                <Footer {lang} compact={options.embed} />
            }
        </div>
    }
}
