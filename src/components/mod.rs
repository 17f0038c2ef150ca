//! One Yew component per file.

mod card;
mod card_actions;
mod chart_view;
mod embed_code;
mod figure_card;
mod filter_bar;
mod footer;
mod group_section;
mod header;
mod overview_section;
mod passage_excerpt;
mod story_card;
mod way_back;

pub use card::{focus_when_open, Card};
pub use card_actions::CardActions;
pub use chart_view::ChartView;
pub use embed_code::embed_code;
pub use figure_card::FigureCard;
pub use filter_bar::FilterBar;
pub use footer::Footer;
pub use group_section::{chart_with_cards, GroupSection, SectionProps};
pub use header::{lead_dom_id, Header};
pub use overview_section::OverviewSection;
pub use passage_excerpt::PassageExcerpt;
pub use story_card::StoryCard;
pub use way_back::WayBack;

/// A headline, dek or label, in Chinese its last two characters kept on one line (see
/// [`crate::typeset`]): never one character alone on the last line.
pub fn set_text(text: &str, lang: crate::model::Lang) -> yew::Html {
    use yew::html;
    let split = match lang {
        crate::model::Lang::Zh => crate::typeset::split_tail(text),
        crate::model::Lang::En => (text, ""),
    };
    match split {
        (rest, "") => html! { { rest.to_string() } },
        (rest, tail) => {
            html! { <>{ rest.to_string() }<span class="kept">{ tail.to_string() }</span></> }
        }
    }
}
