//! The root component: loads the content once, provides the state, lays out the page.

use yew::prelude::*;

use crate::components::{
    chart_with_cards, AllTopics, FigureCard, FilterBar, Footer, GroupSection, Header,
    OverviewSection, SectionProps,
};
use crate::content::content;
use crate::embed::EmbedOptions;
use crate::hooks::{use_app_state, use_hash_sync, use_lang_sync, use_theme};
use crate::model::{Lang, Section};
use crate::piece::Piece;
use crate::route::CardId;
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
    /// The piece shown alone (a figure's, chart's or section's own page), if any.
    #[prop_or_default]
    pub piece: Option<Piece>,
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
        // A figure's own page opens with its card open.
        let piece_page = props.piece.is_some();
        let open = match &props.piece {
            Some(Piece::Figure(id)) => Some(CardId::Figure(id.clone())),
            _ => None,
        };
        use_memo((), move |_| {
            store::reset(AppState {
                lang,
                open,
                piece_page,
                ..AppState::default()
            })
        });
    }
    let (lang, group, query) =
        use_app_state(|s: &AppState| (s.lang, s.group.clone(), AttrValue::from(s.query.clone())));
    use_lang_sync(lang, options.embed, props.piece.clone());
    use_hash_sync(props.piece.is_some());
    use_theme(options);
    let content = content();
    if let Some(piece) = &props.piece {
        return piece_page(piece, lang, options);
    }
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
            // The keyboard's first stop, shown when it has the focus: past the header and
            // the topics to the figures (a plain link; not in a host's frame).
            if !options.embed {
                <a class="skip-link" href="#main">{ ui::t(lang, ui::SKIP_TO_FIGURES) }</a>
            }
            if !options.plain {
                <Header {lang} compact={options.embed} />
            }
            <FilterBar {lang} group={group.clone()} query={query.clone()} />
            <main id="main" class="sections" aria-label={ui::t(lang, ui::FIGURES)}>
                { for sections }
                if let Some(group) = group.clone() {
                    <AllTopics {lang} {group} />
                }
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

/// A piece's own page: the piece alone, between the embedded view's header and footer, with
/// the way to the whole page at that piece (its own embed snippet is the piece's: in the card's
/// actions, under the chart, at the section's end).
fn piece_page(piece: &Piece, lang: Lang, options: &EmbedOptions) -> Html {
    let content = content();
    let shown = match piece {
        Piece::Figure(id) => html! {
            <ul class="cards piece-cards">
                <FigureCard figure={AttrValue::from(id.clone())} {lang} />
            </ul>
        },
        Piece::Chart(id) => content
            .charts
            .iter()
            .find(|c| &c.id == id)
            .map_or(html! {}, |chart| {
                let figures = chart
                    .figures
                    .iter()
                    .map(|f| AttrValue::from(f.clone()))
                    .collect();
                chart_with_cards(chart, lang, figures)
            }),
        Piece::Section(id) => html! {
            <GroupSection section={Section::Group(id.clone())} {lang} query={AttrValue::default()} />
        },
    };
    // A figure someone other than the district says (a firm's manager) is headed as theirs.
    let kicker = match piece {
        Piece::Figure(id) => content
            .figure(id)
            .filter(|f| f.said_by.is_some())
            .map(|f| AttrValue::from(content.kicker_of(f, lang))),
        _ => None,
    };
    html! {
        <div class={classes!("page", "embed", "piece", options.plain.then_some("plain"))} lang={lang.tag()}>
            if !options.plain {
                <Header {lang} compact=true piece=true {kicker} />
            }
            <main id="main" class="sections piece-main" aria-label={piece.title(content, lang)}>
                { shown }
                <p class="whole-page">
                    <a href={piece.whole_page_href(lang)} target="_blank" rel="noopener">{ ui::t(lang, ui::WHOLE_PAGE) }<span class="new-tab">{ ui::t(lang, ui::NEW_TAB) }</span></a>
                </p>
            </main>
            if !options.plain {
                <Footer {lang} compact=true />
            }
        </div>
    }
}
