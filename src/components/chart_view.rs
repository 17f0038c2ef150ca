//! A chart: plotters' SVG (the only markup we insert) in an accessible frame, a readout of the
//! bar under the pointer, a click that opens the bar's card, and the data as a table.

use yew::prelude::*;

use std::rc::Rc;

use crate::charts::{describe, draw, draw_focus, draw_highlight, layout, BarSpec, ChartLayout};
use crate::content::{chart_bars, content};
use crate::export;
use crate::hooks::{
    chart_point, use_app_state, use_bar_hover, use_bar_keys, use_dispatch, use_width, BarHover,
    BarKeys, PRERENDER_WIDE, PRERENDER_WIDTH,
};
use crate::model::{Chart, ChartId, Lang};
use crate::route::CardId;
use crate::takeover::taking_over;
use crate::ui::{self, t};

/// Props: the chart and only the state it draws.
#[derive(Properties, PartialEq)]
pub struct ChartViewProps {
    /// The chart id.
    pub chart: ChartId,
    /// The reader's language.
    pub lang: Lang,
    /// The chart's figures the search leaves, in the chart's order.
    pub figures: Rc<Vec<AttrValue>>,
}

/// A chart's drawing: the chart, its bars, their layout, the SVG and the sentence saying it.
/// The layout is shared (`Rc`) with the pointer's handlers, not copied for them each render.
type Drawn = Option<(
    &'static Chart,
    Vec<BarSpec>,
    Rc<ChartLayout>,
    AttrValue,
    String,
)>;

/// An overlay on one bar of the drawing (`figure`'s), drawn by `draw_one` once per drawing
/// and bar, not on every render (a hover re-renders the chart for its readout).
#[hook]
fn use_overlay(
    drawn: &Rc<Drawn>,
    figure: Option<String>,
    draw_one: fn(&ChartLayout, &str) -> String,
) -> Rc<Option<AttrValue>> {
    // The drawing is memoised: the same drawing is the same allocation.
    let drawing = Rc::as_ptr(drawn) as usize;
    let drawn = drawn.clone();
    use_memo((drawing, figure), move |(_, figure)| {
        let (_, _, geometry, ..) = drawn.as_ref().as_ref()?;
        figure
            .as_ref()
            .map(|id| AttrValue::from(draw_one(geometry, id)))
    })
}

/// One chart of a group, following the filter and the language.
#[component]
pub fn ChartView(props: &ChartViewProps) -> Html {
    let plot = use_node_ref();
    // The plot's own width (the figure's padding excluded): the width the SVG is shown at.
    let width = use_width(&plot);
    let table = use_node_ref();
    let dispatch = use_dispatch();
    let lang = props.lang;
    // Drawing depends only on these, so opening a card elsewhere does not redraw this chart.
    let visible = props.figures.clone();
    // The open card's figure, if this chart draws it (read from the store: opening a card
    // redraws only the chart that marks it).
    let active = {
        let chart = props.chart.clone();
        use_app_state(move |s| {
            let chart = content().charts.iter().find(|c| c.id == chart)?;
            s.open_figure_among(&chart.figures)
        })
    };
    let active = active.filter(|id| visible.iter().any(|v| v == id));
    let drawn = use_memo(
        (props.chart.clone(), lang, width, visible),
        |(chart_id, lang, width, visible)| {
            let content = content();
            let chart = content.charts.iter().find(|c| &c.id == chart_id)?;
            let bars: Vec<_> = chart_bars(content, chart, *lang)
                .into_iter()
                .filter(|b| visible.iter().any(|v| v == &b.figure))
                .collect();
            let geometry = layout(chart.kind, &bars, *width);
            // Taking over the page: it already holds this drawing (see `takeover`).
            let svg: AttrValue = if *width == PRERENDER_WIDTH && taking_over() {
                AttrValue::default()
            } else if cfg!(not(target_arch = "wasm32")) && *width == PRERENDER_WIDTH {
                // The prerendered page: a phone's drawing and a desktop's in one element, the
                // CSS showing the one that fits, so that a wide screen's first frame is drawn
                // for its width too (the app redraws for the measured width once it starts).
                let wide = layout(chart.kind, &bars, PRERENDER_WIDE);
                format!(
                    "<div class=\"chart-prerendered\">{}{}</div>",
                    draw(&geometry, &bars).replacen("<svg", "<svg class=\"prerender-narrow\"", 1),
                    draw(&wide, &bars).replacen("<svg", "<svg class=\"prerender-wide\"", 1)
                )
                .into()
            } else {
                draw(&geometry, &bars).into()
            };
            let description = describe(&bars, *lang);
            Some((chart, bars, Rc::new(geometry), svg, description))
        },
    );
    // The keyboard on the bars, and the pointer over them.
    let figures: Vec<String> = drawn.as_ref().as_ref().map_or(Vec::new(), |(_, bars, ..)| {
        bars.iter().map(|b| b.figure.clone()).collect()
    });
    let keys = use_bar_keys(figures, table.clone());
    let hover = use_bar_hover(
        &plot,
        drawn
            .as_ref()
            .as_ref()
            .map(|(_, _, geometry, ..)| Rc::clone(geometry)),
    );
    // The overlays over the drawing: the open figure's bar and the bar the keyboard is on.
    let focused_figure = keys.focused.and_then(|i| {
        drawn
            .as_ref()
            .as_ref()
            .and_then(|(_, bars, ..)| bars.get(i))
            .map(|b| b.figure.clone())
    });
    let highlight = use_overlay(&drawn, active, draw_highlight);
    let focus_mark = use_overlay(&drawn, focused_figure, draw_focus);
    let Some((chart, bars, geometry, svg, description)) = drawn.as_ref() else {
        return html! {};
    };
    if bars.is_empty() {
        return html! {};
    }
    let title = chart.title.get(lang);
    let description_id = chart.id.description_dom_id();
    let measure_id = chart.id.measure_dom_id();
    let option_id = |i: usize| chart.id.bar_dom_id(i);
    let onclick = {
        let plot = plot.clone();
        let geometry = Rc::clone(geometry);
        Callback::from(move |e: MouseEvent| {
            let Some((x, y)) = chart_point(&e, &plot, &geometry) else {
                return;
            };
            // The card brings itself into view as it opens (see `Card`), and takes the focus,
            // as from the keyboard's Enter on the bar: Escape closes it, and the keyboard goes
            // on from it.
            if let Some(id) = geometry.figure_at(x, y) {
                crate::components::open_with_focus(CardId::Figure(id.to_string()), &dispatch);
            }
        })
    };
    let BarKeys {
        focused: focused_at,
        onkeydown,
        onfocus,
        onblur,
    } = keys;
    let BarHover {
        hovered,
        onmousemove,
        onmouseleave,
    } = hover;
    // The bar under the pointer, else the one the keyboard is on: its label and value.
    let readout = hovered
        .as_ref()
        .and_then(|id| bars.iter().find(|b| &b.figure == id))
        .or_else(|| focused_at.and_then(|i| bars.get(i)))
        .map(|b| format!("{}{}{}", b.label, t(lang, ui::COLON), b.value_text));
    html! {
        <figure class={classes!("chart", chart.headline.then_some("headline-chart"))} id={chart.id.dom_id()}>
            <figcaption class="chart-title">{ super::set_text(title, lang) }</figcaption>
            <p class="chart-measure" id={measure_id.clone()}>{ match lang {
                // English keeps its short compounds whole (cut-off); Chinese is set as written.
                Lang::En => super::set_text(chart.measure.get(lang), lang),
                Lang::Zh => html! { { chart.measure.get(lang) } },
            } }
                if let Some(note) = &chart.note { { t(lang, ui::FULL_STOP) }<strong class="chart-note">{ note.get(lang) }</strong> }</p>
            // The generated description is for screen readers (the bars' aria-describedby);
            // sighted readers have the bars themselves.
            <p class="chart-description visually-hidden" id={description_id.clone()}>{ description.clone() }</p>
            <p class="chart-readout" aria-hidden="true">
                { readout.unwrap_or_else(|| t(lang, ui::CHART_HINT).to_string()) }
            </p>
            <div class="chart-plot" ref={plot} {onclick} {onmousemove} {onmouseleave}>
                <div class="chart-drawing" aria-hidden="true">{ Html::from_html_unchecked(svg.clone()) }</div>
                if let Some(overlay) = (*highlight).clone() {
                    <div class="chart-highlight" aria-hidden="true">{ Html::from_html_unchecked(overlay) }</div>
                }
                if let Some(mark) = (*focus_mark).clone() {
                    <div class="chart-focus" aria-hidden="true">{ Html::from_html_unchecked(mark) }</div>
                }
                <ul class="chart-bars" role="listbox" tabindex="0"
                    aria-label={format!("{title}{}{}", t(lang, ui::COLON), t(lang, ui::CHART_KEYS))}
                    aria-describedby={format!("{measure_id} {description_id}")}
                    aria-activedescendant={focused_at.map(option_id)}
                    {onkeydown} {onfocus} {onblur}>
                    { for bars.iter().enumerate().map(|(i, b)| html! {
                        <li role="option" id={option_id(i)} aria-selected={(focused_at == Some(i)).to_string()}>
                            { format!("{}{}{}{}", b.label, t(lang, ui::COLON), b.value_text, ui::position(lang, i + 1, bars.len())) }
                        </li>
                    }) }
                </ul>
            </div>
            <details class="chart-table" ref={table}>
                <summary>{ t(lang, ui::DATA_TABLE) }</summary>
                <table>
                    // Named for screen readers; the chart's title stands just above.
                    <caption class="visually-hidden">{ title }</caption>
                    <thead><tr><th scope="col">{ t(lang, ui::COL_FIGURE) }</th><th scope="col">{ t(lang, ui::COL_VALUE) }</th></tr></thead>
                    <tbody>
                        { for bars.iter().map(|b| html! { <tr><th scope="row">{ b.label.clone() }</th><td>{ b.value_text.clone() }</td></tr> }) }
                    </tbody>
                </table>
            </details>
            <p class="chart-data">
                <a href={format!("./{}/{}", export::DIR, export::chart_file(&chart.id))} download="">
                    { t(lang, ui::GET_DATA) }{ t(lang, ui::COLON) }{ t(lang, ui::CHART_CSV) }
                </a>
            </p>
        </figure>
    }
}
