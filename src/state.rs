//! The app's one state and its one reducer: language, open card, group filter and search.
//! The transitions are plain functions, tested natively. The state lives in one store outside
//! Yew: a component reads the part it draws ([`crate::hooks::use_app_state`]) and re-renders
//! only when that part changes, so opening a card re-renders that card (and the one it
//! closes), not the app and its sections.

use crate::content::Content;
use crate::model::{Figure, GroupId, Lang, Passage, Section};
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
    pub group: Option<GroupId>,
    /// The search text.
    pub query: String,
    /// The page holds one piece alone (a figure's, chart's or section's own page). Set when the
    /// app starts; never changes.
    pub piece_page: bool,
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
    SetGroup(Option<GroupId>),
    /// Search cards by text.
    SetQuery(String),
}

impl AppState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Open(id) => {
                // A card opened from a link or a bar shows, whatever the filter and the search
                // hid: they are let go.
                let content = crate::content::content();
                if !card_is_shown(content, self.group.as_ref(), &self.query, &id) {
                    next.group = None;
                    next.query.clear();
                }
                next.open = Some(id)
            }
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

    /// Whether `card` is the open one: what a card reads of the state.
    pub fn is_open(&self, card: &CardId) -> bool {
        self.open.as_ref() == Some(card)
    }

    /// The open figure, if it is one of `figures`: what a chart reads of the state (the bar it
    /// marks), so opening a card redraws only the chart that draws it.
    pub fn open_figure_among(&self, figures: &[String]) -> Option<String> {
        self.open
            .as_ref()
            .and_then(CardId::figure)
            .filter(|id| figures.iter().any(|f| f == id))
            .map(str::to_string)
    }
}

/// The one store: the state, and what each subscribed component reads of it.
pub mod store {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use super::{Action, AppState};

    type Listener = Rc<dyn Fn(&AppState)>;

    thread_local! {
        static STATE: RefCell<Rc<AppState>> = RefCell::new(Rc::new(AppState::default()));
        static LISTENERS: RefCell<Vec<(u64, Listener)>> = const { RefCell::new(Vec::new()) };
        static NEXT: Cell<u64> = const { Cell::new(0) };
    }

    /// The state now.
    pub fn current() -> Rc<AppState> {
        STATE.with(|s| s.borrow().clone())
    }

    /// Starts the store afresh (the app's start; each prerendered view).
    pub fn reset(state: AppState) {
        STATE.with(|s| *s.borrow_mut() = Rc::new(state));
    }

    /// Applies `action` and tells every listener the new state (none when nothing changed).
    pub fn dispatch(action: Action) {
        let before = current();
        let after = Rc::new(before.apply(action));
        if after == before {
            return;
        }
        STATE.with(|s| *s.borrow_mut() = after.clone());
        // Listeners may subscribe or unsubscribe while told: tell a copy of the list.
        let listeners: Vec<Listener> =
            LISTENERS.with(|l| l.borrow().iter().map(|(_, f)| f.clone()).collect());
        for listener in listeners {
            listener(&after);
        }
    }

    /// A listener's place in the store; dropping it unsubscribes.
    pub struct Subscription(u64);

    impl Drop for Subscription {
        fn drop(&mut self) {
            let id = self.0;
            LISTENERS.with(|l| l.borrow_mut().retain(|(i, _)| *i != id));
        }
    }

    /// Calls `listener` with the state after every change, until the subscription is dropped.
    pub fn subscribe(listener: impl Fn(&AppState) + 'static) -> Subscription {
        let id = NEXT.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        LISTENERS.with(|l| l.borrow_mut().push((id, Rc::new(listener))));
        Subscription(id)
    }
}

/// What components send actions with: the store's dispatch (it never changes).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Dispatcher;

impl Dispatcher {
    /// Sends `action` to the store.
    pub fn dispatch(&self, action: Action) {
        store::dispatch(action);
    }
}

/// Whether a group's section is shown when the filter is `filter` (`None`: every group).
pub fn shows_group(filter: Option<&GroupId>, group: &GroupId) -> bool {
    filter.is_none_or(|g| g == group)
}

/// Whether a section is on the page under the filter: a group's under [`shows_group`], the
/// page's frame only when no group is chosen.
pub fn section_shown(filter: Option<&GroupId>, section: &Section) -> bool {
    match section {
        Section::Frame => filter.is_none(),
        Section::Group(group) => shows_group(filter, group),
    }
}

/// Whether `card` is on the page under the group filter and the search (a card of the page's
/// frame shows only when no group is chosen).
pub fn card_is_shown(
    content: &Content,
    group: Option<&GroupId>,
    query: &str,
    card: &CardId,
) -> bool {
    match card {
        CardId::Figure(id) => content
            .figure(id)
            .is_some_and(|f| shows_group(group, &f.group) && figure_matches(content, f, query)),
        CardId::Story(id) => content
            .story(id)
            .is_some_and(|p| section_shown(group, &p.section) && story_matches(p, query)),
    }
}

/// What the search finds on the page under the group filter: how many figure cards and how
/// many story cards it leaves (what the search's status line says), each as [`card_is_shown`].
pub fn found(content: &Content, group: Option<&GroupId>, query: &str) -> (usize, usize) {
    let shown = |card: CardId| card_is_shown(content, group, query, &card);
    let figures = content
        .figures
        .iter()
        .filter(|f| shown(CardId::Figure(f.id.clone())))
        .count();
    let stories = content
        .passages
        .iter()
        .filter(|p| shown(CardId::Story(p.id.clone())))
        .count();
    (figures, stories)
}

/// Whether a story card matches the search: its titles, its text or our translation of it
/// (where it is here: an English reader's) contain every word.
pub fn story_matches(passage: &Passage, query: &str) -> bool {
    if query.trim().is_empty() {
        return true;
    }
    let translation = crate::translations::of_passage(passage).map_or("", |t| t.as_written());
    text_matches(
        &format!(
            "{} {} {} {translation}",
            passage.title.zh, passage.title.en, passage.text
        ),
        query,
    )
}

/// American spellings and words a reader may search with, and the British ones our English is
/// written in: "elevator" finds the lifts.
const AMERICAN_WORDS: [(&str, &str); 5] = [
    ("elevator", "lift"),
    ("apartment", "flat"),
    ("center", "centre"),
    ("meter", "metre"),
    ("program", "programme"),
];

/// Whether `haystack` contains every word of `query`, ignoring case; a word in its American
/// spelling finds the British one ([`AMERICAN_WORDS`]). A Latin word of one or two letters
/// (mu, km) matches a whole word only: not the start of "municipal".
fn text_matches(haystack: &str, query: &str) -> bool {
    let query = query.to_lowercase();
    // Only a query with a number can meet a number's grouping commas (a keystroke searches
    // every card: the haystacks are left as they are otherwise).
    let (haystack, query) = match query.contains(|c: char| c.is_ascii_digit()) {
        true => (
            without_thousands_commas(&haystack.to_lowercase()),
            without_thousands_commas(&query),
        ),
        false => (haystack.to_lowercase(), query),
    };
    query.split_whitespace().all(|word| {
        let british = AMERICAN_WORDS
            .iter()
            .find(|(us, _)| word.contains(us))
            .map(|(us, uk)| word.replacen(us, uk, 1));
        word_matches(&haystack, word) || british.is_some_and(|word| word_matches(&haystack, &word))
    })
}

/// `text` without the commas that group a number's digits: "125000" finds 125,000, and
/// "125,000" finds 12.5万's English too. (Digits and commas are ASCII: the bytes beside a comma
/// say whether they are digits.)
fn without_thousands_commas(text: &str) -> String {
    let bytes = text.as_bytes();
    let digit = |at: Option<usize>| {
        at.and_then(|at| bytes.get(at))
            .is_some_and(u8::is_ascii_digit)
    };
    text.char_indices()
        .filter(|&(i, c)| !(c == ',' && digit(i.checked_sub(1)) && digit(Some(i + 1))))
        .map(|(_, c)| c)
        .collect()
}

/// Whether `haystack` (lower case) contains `word` (lower case), as [`text_matches`] says.
fn word_matches(haystack: &str, word: &str) -> bool {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if word.len() > 2 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        // An English word from a word's start ("air": air quality, not stairs); Chinese
        // anywhere.
        let starts = |w: &str| match w.starts_with(|c: char| c.is_ascii_alphabetic()) {
            true => haystack
                .match_indices(w)
                .any(|(at, _)| !latin(haystack[..at].chars().next_back())),
            false => haystack.contains(w),
        };
        // An English plural finds its singular too ("parks": Park green space).
        let singular = word
            .strip_suffix('s')
            .filter(|w| w.len() > 2 && w.is_ascii());
        return starts(word) || singular.is_some_and(starts);
    }
    haystack.match_indices(word).any(|(at, _)| {
        !latin(haystack[..at].chars().next_back())
            && !latin(haystack[at + word.len()..].chars().next())
    })
}

/// Whether a figure matches the search: its labels, its printed figure, its unit or the
/// passages that print it contain every word of the query.
pub fn figure_matches(content: &Content, figure: &Figure, query: &str) -> bool {
    if query.trim().is_empty() {
        return true;
    }
    // The figure as each reader sees it too: an English reader searches for 826.3 billion.
    let mut haystack = format!(
        "{} {} {} {} {} {}",
        figure.label.zh,
        figure.label.en,
        figure.display,
        figure.unit.en,
        figure.numeral,
        crate::format::format_figure(figure, Lang::En)
    );
    for m in &figure.mentions {
        haystack.push(' ');
        haystack.push_str(&m.quote);
        if let Some(words) = crate::translations::of_mention(&figure.id, m) {
            haystack.push(' ');
            haystack.push_str(words);
        }
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

    /// The ids of the figures the search `query` finds.
    fn ids_matching<'a>(c: &'a Content, query: &str) -> Vec<&'a str> {
        c.figures
            .iter()
            .filter(|f| figure_matches(c, f, query))
            .map(|f| f.id.as_str())
            .collect()
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
        assert!(figure_matches(c, beds, "medical BEDS"));
        assert!(figure_matches(c, beds, "6.82"));
        // A number found with or without the commas that group its digits.
        let jobs = c.figure("new-urban-jobs").unwrap();
        assert!(figure_matches(c, jobs, "125000") && figure_matches(c, jobs, "125,000"));
        assert!(!figure_matches(c, beds, "125000"));
        assert!(!figure_matches(c, beds, "森林"));
        // Our translation of the passages is searched too (where it is here).
        let lifts = c.passage("elevators").unwrap();
        assert!(story_matches(lifts, "lifts") && story_matches(lifts, "电梯"));
        // An American word or spelling finds our British English: elevator, lift; meter, metre.
        assert!(story_matches(lifts, "elevators"));
        assert!(!story_matches(lifts, "escalators"));
        // An English word is found from a word's start: "air" is air quality, not the lifts'
        // stairs.
        assert!(!story_matches(lifts, "air") && story_matches(lifts, "stairs"));
        assert!(figure_matches(c, c.figure("good-air-days").unwrap(), "air"));
        let lifted = ids_matching(c, "Elevator");
        assert!(!lifted.is_empty(), "{lifted:?}");
        assert!(figure_matches(
            c,
            c.figure("park-green-space").unwrap(),
            "square meters"
        ));
        // A plural finds the singular: parks, park green space.
        let green = c.figure("park-green-space").unwrap();
        assert!(figure_matches(c, green, "parks"));
        // A short Latin word is a whole word: mu finds the figures in mu, not "community".
        let mu = ids_matching(c, "mu");
        assert!(mu.contains(&"land-recovered"), "{mu:?}");
        assert!(
            !mu.contains(&"community-parks") && !mu.contains(&"key-labs"),
            "{mu:?}"
        );
        let shown = ids_matching(c, "公园");
        assert!(
            shown.contains(&"city-parks") && shown.contains(&"park-green-space"),
            "{shown:?}"
        );
    }

    #[test]
    fn what_the_search_found_counts_figures_and_passages_under_the_filter() {
        let c = content();
        let ecology = GroupId::from("ecology");
        assert_eq!(found(c, None, "zzzz"), (0, 0));
        // 床位 is printed by the hospital beds figure and the passage that prints it.
        let (figures, stories) = found(c, None, "床位");
        assert!(figures >= 1 && stories >= 1, "{figures} {stories}");
        // A chip and a search can leave nothing: the line says so.
        assert_eq!(found(c, Some(&ecology), "床位"), (0, 0));
        // No search: every card of the chosen group's section.
        let in_ecology = c.figures.iter().filter(|f| f.group == ecology).count();
        assert_eq!(found(c, Some(&ecology), "").0, in_ecology);
        // English readers find the numbers they see.
        assert!(found(c, None, "125,000").0 >= 1);
    }

    #[test]
    fn the_found_line_says_figures_and_passages_in_each_language() {
        assert_eq!(crate::ui::found_line(Lang::Zh, 3, 0), "3项数据符合搜索");
        assert_eq!(
            crate::ui::found_line(Lang::Zh, 3, 2),
            "3项数据、2篇原文符合搜索"
        );
        assert_eq!(crate::ui::found_line(Lang::En, 1, 0), "1 figure matches");
        assert_eq!(crate::ui::found_line(Lang::En, 0, 2), "2 passages match");
        assert_eq!(
            crate::ui::found_line(Lang::En, 1, 1),
            "1 figure and 1 passage match"
        );
    }

    #[test]
    fn a_card_and_a_chart_read_only_their_own_open_state() {
        let chart = vec!["city-parks".to_string(), "community-parks".to_string()];
        let s = AppState::default().apply(Action::Open(card("hospital-beds")));
        assert!(s.is_open(&card("hospital-beds")));
        assert!(!s.is_open(&card("city-parks")));
        assert_eq!(s.open_figure_among(&chart), None);
        let s = s.apply(Action::Open(card("city-parks")));
        assert_eq!(s.open_figure_among(&chart).as_deref(), Some("city-parks"));
        let s = s.apply(Action::Open(card("story-elevators")));
        assert!(s.is_open(&card("story-elevators")));
        assert_eq!(s.open_figure_among(&chart), None);
    }

    #[test]
    fn the_store_tells_its_listeners_of_each_change_until_they_leave() {
        use std::cell::RefCell;
        use std::rc::Rc;
        store::reset(AppState::default());
        let seen = Rc::new(RefCell::new(Vec::new()));
        let subscription = {
            let seen = seen.clone();
            store::subscribe(move |s| seen.borrow_mut().push(s.open.clone()))
        };
        Dispatcher.dispatch(Action::Open(card("city-parks")));
        // No change, no news.
        Dispatcher.dispatch(Action::Open(card("city-parks")));
        Dispatcher.dispatch(Action::Close);
        drop(subscription);
        Dispatcher.dispatch(Action::Open(card("hospital-beds")));
        assert_eq!(*seen.borrow(), vec![Some(card("city-parks")), None]);
        assert!(store::current().is_open(&card("hospital-beds")));
    }

    #[test]
    fn a_card_opened_from_a_link_lets_go_of_the_filter_and_search_that_hid_it() {
        let s = AppState::default()
            .apply(Action::SetGroup(Some("land".into())))
            .apply(Action::SetQuery("亩".into()));
        // Shown: the filter and search stay.
        let open = s.apply(Action::Open(card("land-recovered")));
        assert_eq!(open.group.as_deref(), Some("land"));
        assert_eq!(open.query, "亩");
        // Hidden by them: they go, and the card is open.
        let open = s.apply(Action::Open(card("story-industry-report")));
        assert_eq!((open.group.as_deref(), open.query.as_str()), (None, ""));
        assert!(open.is_open(&card("story-industry-report")));
    }

    #[test]
    fn the_group_filter_hides_other_groups() {
        // The filter the App applies to its sections (the search filters inside a section).
        let (land, livelihood) = (GroupId::from("land"), GroupId::from("livelihood"));
        let s = AppState::default().apply(Action::SetGroup(Some(land.clone())));
        assert!(shows_group(s.group.as_ref(), &land));
        assert!(!shows_group(s.group.as_ref(), &livelihood));
        // The page's frame (its opening and closing) shows only when no group is chosen.
        assert!(!section_shown(s.group.as_ref(), &Section::Frame));
        assert!(section_shown(s.group.as_ref(), &Section::Group(land)));
        let s = s.apply(Action::SetGroup(None));
        assert!(shows_group(s.group.as_ref(), &livelihood));
        assert!(section_shown(s.group.as_ref(), &Section::Frame));
    }
}
