//! One section per group: title, charts, figure cards and story cards.

use std::rc::Rc;

use yew::prelude::*;

use super::{ChartView, FigureCard, StoryCard};
use crate::content::content;
use crate::model::{Lang, Passage, Section};
use crate::route::CardId;
use crate::state::{figure_matches, story_matches};
use crate::ui::{self, t};

/// Props: the section and only the state it draws. The open card is not among them: each card
/// and chart reads its own from the store, so opening a card re-renders no section.
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    /// The section: a group's, or the page's frame.
    pub section: Section,
    /// The reader's language.
    pub lang: Lang,
    /// The search text.
    pub query: AttrValue,
}

/// The story cards of a section's passages, in one list.
pub fn story_cards(props: &SectionProps, passages: &[&Passage]) -> Html {
    html! {
        <ul class="cards stories" aria-label={t(props.lang, ui::STORIES.of(content().page.medium))}>
            { for passages.iter().map(|p| html! {
                <StoryCard key={p.id.clone()} passage={p.id.clone()} lang={props.lang} />
            }) }
        </ul>
    }
}

/// A chart with the figures of it that are `shown`, and under it their cards, shown only open
/// (from a bar, a link or the lead): a figure the chart draws is not repeated beside it, and its
/// card opens where the chart is read.
pub fn chart_with_cards(chart: &crate::model::Chart, lang: Lang, shown: Vec<AttrValue>) -> Html {
    html! {
        <div class="chart-with-cards" key={chart.id.to_string()}>
            <ChartView chart={chart.id.clone()} {lang} figures={Rc::new(shown.clone())} />
            <ul class="cards chart-cards" aria-label={chart.title.get(lang).to_string()}>
                { for shown.iter().map(|id| html! {
                    <FigureCard key={id.as_str()} figure={id.clone()} {lang} />
                }) }
            </ul>
            { super::embed_code(Some(&crate::piece::Piece::Chart(chart.id.clone())), lang) }
        </div>
    }
}

/// A group's charts and cards, filtered by the search.
#[component]
pub fn GroupSection(props: &SectionProps) -> Html {
    let lang = props.lang;
    let content = content();
    let Some(group) = props.section.group().and_then(|id| content.group(id)) else {
        return html! {};
    };
    // The section's lead figure, if it has one, comes first (two passes, not a sort: a sort
    // would bring some 4 KB of code into the WASM).
    let lead = group.lead.as_deref();
    let is_lead = |f: &&crate::model::Figure| lead == Some(f.id.as_str());
    let figures: Vec<_> = content
        .figures_in(&group.id)
        .filter(is_lead)
        .chain(content.figures_in(&group.id).filter(|f| !is_lead(f)))
        .filter(|f| figure_matches(content, f, &props.query))
        .collect();
    let stories: Vec<_> = content
        .passages_in(&props.section)
        .filter(|p| story_matches(p, &props.query))
        .collect();
    if figures.is_empty() && stories.is_empty() {
        return html! {};
    }
    // The passages of other sections this section's figures are quoted from (the tourism
    // section's symposia come from the ecology report): linked under its own, so that no
    // figure's words are only elsewhere.
    // Whether any is quoted from a passage of this section: the others are "also" quoted.
    let mut elsewhere: Vec<&Passage> = Vec::new();
    let cited = |p: &Passage| match lang {
        Lang::Zh => crate::format::quoted(p.title.get(lang)),
        Lang::En => p.title.get(lang).to_string(),
    };
    let mut also = false;
    let quoted_from = match figures.len() {
        1 => ui::ONE_QUOTED_FROM,
        _ => ui::QUOTED_FROM,
    };
    for p in figures
        .iter()
        .flat_map(|f| &f.mentions)
        .filter_map(|m| content.passage(&m.passage))
    {
        if p.section == props.section {
            also = true;
        } else if !elsewhere.iter().any(|e| e.id == p.id) {
            elsewhere.push(p);
        }
    }
    // On a section's own page those passages are on the whole page (as a passage's link to the
    // one it continues: see `PassageExcerpt`).
    let whole_page = crate::state::store::current()
        .piece_page
        .then(|| crate::embed::View { lang, embed: false }.href());
    let heading_id = props.section.heading_dom_id();
    // Each chart with the figures of it the search leaves; a chart left with none is not drawn.
    let charts = content.charts_in(&group.id).filter_map(|c| {
        let shown: Vec<AttrValue> = c
            .figures
            .iter()
            .filter(|id| figures.iter().any(|f| &f.id == *id))
            .map(|id| AttrValue::from(id.clone()))
            .collect();
        (!shown.is_empty()).then(|| chart_with_cards(c, lang, shown))
    });
    let charts: Vec<Html> = charts.collect();
    // The cards beside the charts: the figures no chart draws.
    let figures: Vec<_> = figures
        .into_iter()
        .filter(|f| !content.in_chart(&f.id))
        .collect();
    html! {
        <section class="group" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ super::set_text(group.title.get(lang), lang) }</h2>
            <p class="group-dek">{ super::set_text(group.dek.get(lang), lang) }</p>
            <div class="charts">
                { for charts }
            </div>
            if !figures.is_empty() {
                <ul class="cards" aria-label={format!("{} · {}", group.title.get(lang), ui::figures_count(lang, figures.len()))}>
                    { for figures.iter().map(|f| html! {
                        <FigureCard key={f.id.clone()} figure={f.id.clone()} {lang}
                            lead={group.lead.as_deref() == Some(f.id.as_str())} />
                    }) }
                </ul>
            }
            if !stories.is_empty() {
                <h3 class="stories-heading">{ t(lang, ui::STORIES.of(content.page.medium)) }</h3>
                { story_cards(props, &stories) }
            }
            if !elsewhere.is_empty() {
                <p class="stories-elsewhere">
                    { t(lang, if also { ui::ALSO_FROM } else { quoted_from }) }
                    { for elsewhere.iter().enumerate().map(|(i, p)| html! {
                        <>
                            if i > 0 { { t(lang, ui::LIST_SEPARATOR) } }
                            // Cited as a title is in running text (“…” in Chinese, a quotation
                            // inside it in ‘…’), and marked as ours where the page prints none,
                            // as on its card.
                            if let Some(page) = &whole_page {
                                <a href={format!("{page}{}", CardId::Story(p.id.clone()).hash())} target="_blank" rel="noopener">{ cited(p) }</a>
                            } else {
                                <a href={CardId::Story(p.id.clone()).hash()}>{ cited(p) }</a>
                            }
                            if !p.title_printed { { if lang == Lang::En { " " } else { "" } }{ t(lang, ui::OUR_TITLE) } }
                        </>
                    }) }
                </p>
            }
            { super::embed_code(Some(&crate::piece::Piece::Section(group.id.clone())), lang) }
            // The way up to the topics from the end of a section (a link to them: no script,
            // and Back returns here). Not on a section's own page, which has no topics, nor in
            // a host's frame (CSS).
            if whole_page.is_none() {
                <p class="to-topics"><a href="#topics"><span aria-hidden="true">{ "↑ " }</span>{ t(lang, ui::TO_TOPICS) }</a></p>
            }
        </section>
    }
}
