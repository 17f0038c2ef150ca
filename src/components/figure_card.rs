//! A figure's card: its button shows value, unit and label; open, it shows the period and every
//! passage that prints the figure, with the figure's own words marked.

use yew::prelude::*;

use super::{Card, CardActions, PassageExcerpt, WayBack};
use crate::charts::{draw_visual, visual_key, visual_of};
use crate::cite::citation;
use crate::content::content;
use crate::format::{format_figure, format_mention};
use crate::hooks::{use_app_state, use_dispatch};
use crate::model::Lang;
use crate::route::CardId;
use crate::takeover::taking_over;
use crate::ui::{self, t};

/// Props: the figure and the language. Whether it is open, the card reads from the store, so
/// opening one card re-renders that card alone (and the one it closes).
#[derive(Properties, PartialEq)]
pub struct FigureCardProps {
    /// The figure id (a card reads its own for its whole life: key it by this).
    pub figure: AttrValue,
    /// The reader's language.
    pub lang: Lang,
    /// Whether it leads its section (first, its number large).
    #[prop_or_default]
    pub lead: bool,
}

/// One figure, closed or open.
/// A card's value as set: in Chinese its number (with 万, 亿, 余 or 多) and its unit each kept on
/// one line, a break allowed only between them where the card is too narrow for both
/// (约44万 / 平方米, never 约44万平方 / 米); in English a hyphenated word kept whole (a word
/// never breaks elsewhere: CSS).
fn value_html(shown: &str, lang: Lang) -> Html {
    match lang {
        Lang::En => {
            // It opens the card: "More than 50 …", as the label under it starts capitalised.
            let shown = &crate::format::capitalised(shown);
            // "postage-stamp" never split at its hyphen.
            // The space after a word stays outside its span: a space inside a `nowrap` span is
            // no place to break, and "“postage-stamp” squares" would run out of its card.
            html! {
                <>{ for shown.split(' ').enumerate().map(|(i, word)| {
                    let space = if i == 0 { "" } else { " " };
                    match word.contains('-') {
                        true => html! { <>{ space }<span class="whole">{ word.to_string() }</span></> },
                        false => html! { { format!("{space}{word}") } },
                    }
                }) }</>
            }
        }
        Lang::Zh => {
            let (number, unit) = crate::format::split_at_unit(shown);
            let scale = unit
                .char_indices()
                .find(|(_, c)| !matches!(c, '万' | '亿' | '余' | '多'))
                .map_or(unit.len(), |(i, _)| i);
            let (number, unit) = shown.split_at(number.len() + scale);
            html! {
                <>
                    <span class="whole">{ number.to_string() }</span>
                    <wbr/>
                    <span class="whole">{ unit.to_string() }</span>
                </>
            }
        }
    }
}

#[component]
pub fn FigureCard(props: &FigureCardProps) -> Html {
    let lang = props.lang;
    let card = CardId::Figure(props.figure.to_string());
    let dispatch = use_dispatch();
    let open = {
        let card = card.clone();
        use_app_state(move |s| s.is_open(&card))
    };
    // A figure no chart draws is drawn alone, under its number, where a picture means
    // something (see `figure_visual`); otherwise its number stands alone.
    let visual = use_memo((props.figure.clone(), lang), |(id, lang)| {
        let figure = content().figure(id)?;
        if content().in_chart(id) {
            return None;
        }
        let whole = figure
            .part_of
            .as_deref()
            .and_then(|w| content().figure(w))?;
        let visual = visual_of(figure, Some(whole))?;
        // Taking over the page: it already holds this drawing (see `takeover`).
        let svg = if taking_over() {
            AttrValue::default()
        } else {
            AttrValue::from(draw_visual(&visual))
        };
        Some((svg, visual_key(figure, whole, *lang)))
    });
    let Some(figure) = content().figure(&props.figure) else {
        return html! {};
    };
    let summary = html! {
        <>
            <span class="card-value">{ value_html(&format_figure(figure, lang), lang) }</span>
            <span class="card-label">{ super::set_text(&crate::format::shown_label(figure, lang), lang) }</span>
            if let Some((svg, key)) = visual.as_ref() {
                // The drawing is for the eye; its key (the part of which whole) is read out too.
                <span class="figure-visual">
                    <span class="figure-visual-drawing" aria-hidden="true">{ Html::from_html_unchecked(svg.clone()) }</span>
                    // Set by words: never 5 / 家.
                    <span class="figure-visual-key">{ super::set_text(key, lang) }</span>
                </span>
            }
        </>
    };
    let medium = content().page.medium;
    let worded_apart = figure.mentions.iter().any(|m| m.qualifier.is_some());
    let period = ui::period_of(figure, medium, lang);
    // A charted figure's card is shown only open (see `GroupSection`): closed, the reader goes
    // back to the chart's bars, not to a button that is no longer there.
    let way_back = WayBack::of(&figure.id);
    let on_close = match &way_back {
        Some(WayBack::Chart(chart)) => {
            let chart = WayBack::Chart(chart.clone());
            Some(Callback::from(move |()| chart.go()))
        }
        _ => None,
    };
    html! {
        <Card id={card.clone()} {open} {summary} {on_close} class={classes!(props.lead.then_some("lead-figure"))}>
            if open {
                // A charted or lead figure's way to its chart or to the top (the way back,
                // when opened from there) comes first, where the reader looks on arriving.
                if let Some(way_back) = way_back {
                    { way_back.button(lang, dispatch) }
                }
                // "Period: …", or, where the page gives none, that sentence alone (not "Period:
                // The page gives no period").
                <p class="card-period">
                    if figure.period.is_some() { <span class="meta-label">{ t(lang, ui::PERIOD) }{ t(lang, ui::COLON) }</span> }
                    { super::set_text(period, lang) }
                </p>
                <p class="meta-label">{ t(lang, ui::PRINTED_IN.of(medium)) }</p>
                { for figure.mentions.iter().map(|m| html! {
                    <>
                        // Where the mentions word the figure differently, each says how it is printed.
                        if worded_apart {
                            <p class="mention-wording">{ t(lang, ui::PRINTED_HERE_AS.of(medium)) }<strong>{ format_mention(figure, m, lang) }</strong></p>
                        }
                        <PassageExcerpt passage={m.passage.clone()} quote={m.quote.clone()} quote_en={crate::translations::of_mention(&figure.id, m).map(AttrValue::from)} {lang} />
                    </>
                }) }
                <CardActions {card} {lang}
                    citation={citation(content(), figure, lang).map(AttrValue::from)} />
            }
        </Card>
    }
}
