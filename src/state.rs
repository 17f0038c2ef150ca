//! The app's one state and its one reducer: language, open card, group filter and search.
//! The transitions are plain functions, tested natively; `Reducible` wires them into Yew.

use crate::content::Content;
use crate::model::{Figure, Lang, Passage};
use crate::route::CardId;

/// The longest search the filter keeps, in characters; the search box takes no more.
pub const MAX_QUERY: usize = 100;

/// What the reader has chosen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The interface language.
    pub lang: Lang,
    /// The open card, if any.
    pub open: Option<CardId>,
    /// The group shown alone, if the reader picked one.
    pub group: Option<String>,
    /// The search text.
    pub query: String,
}

/// Everything the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch language.
    SetLang(Lang),
    /// Open a card (closing any other).
    Open(CardId),
    /// Open the card if closed, close it if open.
    Toggle(CardId),
    /// Close the open card.
    Close,
    /// Show one group, or all with `None`.
    SetGroup(Option<String>),
    /// Search cards by text.
    SetQuery(String),
}

impl AppState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Open(id) => next.open = Some(id),
            Action::Toggle(id) => {
                next.open = if self.open.as_ref() == Some(&id) {
                    None
                } else {
                    Some(id)
                }
            }
            Action::Close => next.open = None,
            Action::SetGroup(group) => next.group = group,
            Action::SetQuery(query) => next.query = query.chars().take(MAX_QUERY).collect(),
        }
        next
    }

    /// The open card, if it belongs to `section` (a group id or `overview`): a section is
    /// given only this, so opening a card re-renders only the sections it touches.
    pub fn open_in(&self, content: &Content, section: &str) -> Option<CardId> {
        self.open
            .as_ref()
            .filter(|card| content.section_of(card) == Some(section))
            .cloned()
    }

    /// Whether a group's section is shown under the group filter.
    pub fn shows_group(&self, group: &str) -> bool {
        self.group.as_deref().is_none_or(|g| g == group)
    }

    /// Whether a figure's card is shown under the filter and the search.
    pub fn shows_figure(&self, content: &Content, figure: &Figure) -> bool {
        self.shows_group(&figure.group) && figure_matches(content, figure, &self.query)
    }
}

/// What the context shares: the one reducer's dispatcher. It never changes, so consuming it
/// re-renders nothing; each component gets the state it draws as props, narrowed to what it
/// draws, so that opening a card re-renders only that card's section (measured in the bench).
pub type AppContext = yew::UseReducerDispatcher<AppState>;

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}

/// Whether a story card matches the search: its titles or its text contain every word.
pub fn story_matches(passage: &Passage, query: &str) -> bool {
    query.trim().is_empty()
        || text_matches(
            &format!("{} {} {}", passage.title.zh, passage.title.en, passage.text),
            query,
        )
}

/// Whether `haystack` contains every word of `query`, ignoring case.
fn text_matches(haystack: &str, query: &str) -> bool {
    let haystack = haystack.to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

/// Whether a figure matches the search: its labels, its printed figure, its unit or the
/// passages that print it contain every word of the query.
pub fn figure_matches(content: &Content, figure: &Figure, query: &str) -> bool {
    if query.trim().is_empty() {
        return true;
    }
    let mut haystack = format!(
        "{} {} {} {} {}",
        figure.label.zh, figure.label.en, figure.display, figure.unit.en, figure.numeral
    );
    for m in &figure.mentions {
        haystack.push(' ');
        haystack.push_str(&m.quote);
        if let Some(p) = content.passage(&m.passage) {
            haystack.push(' ');
            haystack.push_str(&p.title.zh);
            haystack.push(' ');
            haystack.push_str(&p.title.en);
        }
    }
    text_matches(&haystack, query)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> &'static Content {
        crate::content::content()
    }

    fn card(id: &str) -> CardId {
        CardId::parse(id).unwrap()
    }

    #[test]
    fn toggle_opens_and_closes_one_card_at_a_time() {
        let s = AppState::default().apply(Action::Toggle(card("hospital-beds")));
        assert_eq!(s.open, Some(card("hospital-beds")));
        let s = s.apply(Action::Toggle(card("city-parks")));
        assert_eq!(s.open, Some(card("city-parks")));
        let s = s.apply(Action::Toggle(card("city-parks")));
        assert_eq!(s.open, None);
    }

    #[test]
    fn search_finds_figures_in_both_languages() {
        let c = content();
        let beds = c.figure("hospital-beds").unwrap();
        assert!(figure_matches(c, beds, "床位"));
        assert!(figure_matches(c, beds, "hospital BEDS"));
        assert!(figure_matches(c, beds, "6.82"));
        assert!(!figure_matches(c, beds, "森林"));
        let shown: Vec<_> = c
            .figures
            .iter()
            .filter(|f| figure_matches(c, f, "公园"))
            .map(|f| f.id.as_str())
            .collect();
        assert!(
            shown.contains(&"city-parks") && shown.contains(&"park-green-space"),
            "{shown:?}"
        );
    }

    #[test]
    fn a_section_is_told_only_of_its_own_open_card() {
        let c = content();
        let s = AppState::default().apply(Action::Open(card("hospital-beds")));
        assert_eq!(s.open_in(c, "livelihood"), Some(card("hospital-beds")));
        assert_eq!(s.open_in(c, "industry"), None);
        let s = s.apply(Action::Open(card("story-elevators")));
        assert_eq!(s.open_in(c, "livelihood"), Some(card("story-elevators")));
        let s = s.apply(Action::Open(card("story-feature-intro")));
        assert_eq!(s.open_in(c, "overview"), Some(card("story-feature-intro")));
        assert_eq!(s.open_in(c, "livelihood"), None);
    }

    #[test]
    fn the_group_filter_hides_other_groups() {
        let c = content();
        let s = AppState::default().apply(Action::SetGroup(Some("land".into())));
        assert!(s.shows_figure(c, c.figure("land-recovered").unwrap()));
        assert!(!s.shows_figure(c, c.figure("hospital-beds").unwrap()));
        let s = s.apply(Action::SetGroup(None));
        assert!(s.shows_figure(c, c.figure("hospital-beds").unwrap()));
    }
}
