//! The bar chart: layout (pure geometry) and drawing (plotters, SVG backend).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette;
use super::text::{text_width, wrap};
use crate::model::ChartKind;

/// Font size of labels and values, in CSS px.
pub const FONT_PX: f64 = 14.0;
const LINE_PX: i32 = 18;
/// The room kept right of the widest value: bold type runs wider than its estimate, and a value
/// does not touch the card's edge.
const VALUE_MARGIN: i32 = 10;
const LABEL_GAP: i32 = 3;
const BAR_PX: i32 = 14;
const ROW_GAP: i32 = 14;
const TOP: i32 = 4;
const MIN_WIDTH: u32 = 240;
/// Labels wrap at this width whatever the chart's width.
pub const LABEL_WRAP_PX: f64 = 240.0;

/// One bar to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSpec {
    /// The figure id, for mapping a click back to its card.
    pub figure: String,
    /// The label in the reader's language.
    pub label: String,
    /// The value in the chart's unit.
    pub value: f64,
    /// The value as shown at the bar's end.
    pub value_text: String,
}

/// One row: its label lines, its bar and where its value is written. Coordinates in px from
/// the chart's top left.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The figure id.
    pub figure: String,
    /// The wrapped label.
    pub label_lines: Vec<String>,
    /// Top of the first label line.
    pub top: i32,
    /// The bar: (left, top, right, bottom).
    pub bar: (i32, i32, i32, i32),
    /// Right end of the 100% track, for shares.
    pub track_end: Option<i32>,
    /// Where the value text starts.
    pub value_x: i32,
    /// Bottom of the row, gap included: the row owns the band from `top` to here.
    pub bottom: i32,
}

/// A laid-out chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    /// Width in px.
    pub width: u32,
    /// Height in px.
    pub height: u32,
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
}

impl ChartLayout {
    /// A point in the chart's box (CSS px from its top left) in chart px. The SVG is shown at
    /// its natural size, top left, shrunk evenly when its box is narrower (`xMinYMin meet`), so
    /// the scale is the smaller of the two ratios, never more than 1.
    pub fn to_chart_px(&self, shown: (f64, f64), point: (f64, f64)) -> Option<(f64, f64)> {
        if self.width == 0 || self.height == 0 || shown.0 <= 0.0 || shown.1 <= 0.0 {
            return None;
        }
        let scale = (shown.0 / self.width as f64)
            .min(shown.1 / self.height as f64)
            .min(1.0);
        Some((point.0 / scale, point.1 / scale))
    }

    /// The figure under a point in chart px (scale pointer coordinates by rendered size first):
    /// the row whose band holds the point's height, whatever its horizontal position.
    pub fn figure_at(&self, x: f64, y: f64) -> Option<&str> {
        if !(0.0..=self.width as f64).contains(&x) {
            return None;
        }
        self.rows
            .iter()
            .find(|r| (r.top as f64..r.bottom as f64).contains(&y))
            .map(|r| r.figure.as_str())
    }
}

/// Lays out `bars` at `width` px. Shares are drawn against 100%; other bars against the largest.
pub fn layout(kind: ChartKind, bars: &[BarSpec], width: u32) -> ChartLayout {
    let width = width.max(MIN_WIDTH);
    let value_w = bars
        .iter()
        .map(|b| text_width(&b.value_text, FONT_PX))
        .fold(0.0, f64::max)
        .ceil() as i32
        + 6
        + VALUE_MARGIN;
    let plot_w = (width as i32 - value_w).max(40);
    let max = match kind {
        ChartKind::Share => 100.0,
        ChartKind::Bars => bars
            .iter()
            .map(|b| b.value)
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max),
    };
    let mut y = TOP;
    let rows = bars
        .iter()
        .map(|b| {
            // Labels wrap at a fixed width, so a chart's height does not depend on the
            // screen: the prerendered chart and the live one are the same height.
            let label_lines = wrap(&b.label, FONT_PX, LABEL_WRAP_PX);
            let top = y;
            let bar_top = top + LINE_PX * label_lines.len() as i32 + LABEL_GAP;
            let fraction = if max > 0.0 && b.value.is_finite() {
                (b.value / max).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let mut bar_end = (plot_w as f64 * fraction).round() as i32;
            if b.value > 0.0 {
                bar_end = bar_end.max(2);
            }
            let track_end = (kind == ChartKind::Share).then_some(plot_w);
            let value_x = track_end.unwrap_or(bar_end) + 6;
            let bottom = bar_top + BAR_PX + ROW_GAP;
            y = bottom;
            Row {
                figure: b.figure.clone(),
                label_lines,
                top,
                bar: (0, bar_top, bar_end, bar_top + BAR_PX),
                track_end,
                value_x,
                bottom,
            }
        })
        .collect();
    ChartLayout {
        width,
        height: (y - ROW_GAP + TOP).max(0) as u32,
        rows,
    }
}

/// An SVG document the size of `chart`, with what `paint` draws on it. Drawing into a String
/// cannot fail; an error would only drop one element, so results are not checked.
fn svg_of(chart: &ChartLayout, paint: impl FnOnce(&DrawingArea<SVGBackend, Shift>)) -> String {
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (chart.width, chart.height)).into_drawing_area();
        paint(&root);
        let _ = root.present();
    }
    // At its natural size, top left, whatever box CSS gives it: its height is its own.
    svg.replacen("<svg ", "<svg preserveAspectRatio=\"xMinYMin meet\" ", 1)
}

/// Draws the open card's bar alone, in the accent colour, as an SVG the size of the chart: laid
/// over the chart, it marks the open figure without redrawing the chart.
pub fn draw_highlight(chart: &ChartLayout, active: &str) -> String {
    svg_of(chart, |root| {
        if let Some(row) = chart.rows.iter().find(|r| r.figure == active) {
            let (x0, y0, x1, y1) = row.bar;
            if x1 > x0 {
                let _ = root.draw(&Rectangle::new(
                    [(x0, y0), (x1, y1)],
                    palette::ACTIVE.filled(),
                ));
            }
        }
    })
}

/// Draws the keyboard focus mark alone: an outline around one row's bar (and its track), as
/// an SVG the size of the chart, laid over it like the highlight.
pub fn draw_focus(chart: &ChartLayout, figure: &str) -> String {
    svg_of(chart, |root| {
        if let Some(row) = chart.rows.iter().find(|r| r.figure == figure) {
            let (x0, y0, x1, y1) = row.bar;
            let right = row.track_end.unwrap_or(x1).max(x1);
            let style = ShapeStyle {
                color: palette::INK.to_rgba(),
                filled: false,
                stroke_width: 2,
            };
            let _ = root.draw(&Rectangle::new(
                [(x0 + 1, y0 - 3), (right + 3, y1 + 3)],
                style,
            ));
        }
    })
}

/// What a key does to a chart's keyboard focus on its bars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKey {
    /// Focus this bar.
    Move(usize),
    /// Open this bar's card.
    Open(usize),
    /// Leave the chart.
    Leave,
    /// Not a chart key.
    Ignore,
}

/// The effect of `key` (a `KeyboardEvent.key`) with bar `focused` of `count` focused:
/// arrows move by one (stopping at the ends), Home and End jump, Enter and Space open,
/// Escape leaves.
pub fn bar_key(focused: Option<usize>, key: &str, count: usize) -> BarKey {
    if count == 0 {
        return BarKey::Ignore;
    }
    let last = count - 1;
    let at = focused.unwrap_or(0).min(last);
    match key {
        "ArrowDown" | "ArrowRight" => BarKey::Move(focused.map_or(0, |f| (f + 1).min(last))),
        "ArrowUp" | "ArrowLeft" => BarKey::Move(at.saturating_sub(1)),
        "Home" => BarKey::Move(0),
        "End" => BarKey::Move(last),
        "Enter" | " " => BarKey::Open(at),
        "Escape" => BarKey::Leave,
        _ => BarKey::Ignore,
    }
}

/// Draws a laid-out chart as an SVG document. Text is escaped by plotters' SVG backend.
pub fn draw(chart: &ChartLayout, bars: &[BarSpec]) -> String {
    svg_of(chart, |root| {
        // plotters divides the size by 1.24 when it writes the SVG.
        let font = ("sans-serif", FONT_PX * 1.24).into_font();
        let label_style = font
            .clone()
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Top));
        let value_style = font
            .style(FontStyle::Bold)
            .color(&palette::VALUE)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (row, bar) in chart.rows.iter().zip(bars) {
            for (i, line) in row.label_lines.iter().enumerate() {
                let y = row.top + LINE_PX * i as i32;
                let _ = root.draw(&Text::new(line.clone(), (0, y), label_style.clone()));
            }
            let (x0, y0, x1, y1) = row.bar;
            if let Some(end) = row.track_end {
                let _ = root.draw(&Rectangle::new(
                    [(x0, y0), (end, y1)],
                    palette::TRACK.filled(),
                ));
            }
            if x1 > x0 {
                let _ = root.draw(&Rectangle::new([(x0, y0), (x1, y1)], palette::BAR.filled()));
            }
            let _ = root.draw(&Text::new(
                bar.value_text.clone(),
                (row.value_x, (y0 + y1) / 2),
                value_style.clone(),
            ));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(id: &str, label: &str, value: f64) -> BarSpec {
        BarSpec {
            figure: id.into(),
            label: label.into(),
            value,
            value_text: format!("{value}%"),
        }
    }

    #[test]
    fn draws_every_label_and_value_and_no_nan() {
        let bars = vec![
            bar("a", "森林覆盖率", 50.7),
            bar("b", "文化产业增加值占GDP比重", 5.0),
        ];
        let chart = layout(ChartKind::Share, &bars, 360);
        let svg = draw(&chart, &bars);
        for needle in ["森林覆盖率", "文化产业增加值占GDP比重", "50.7%", "5%"] {
            assert!(svg.contains(needle), "{needle} missing");
        }
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        assert!(svg.starts_with("<svg"));
    }

    #[test]
    fn shares_are_against_100_and_bars_against_the_largest() {
        let bars = vec![bar("a", "a", 50.0), bar("b", "b", 25.0)];
        let share = layout(ChartKind::Share, &bars, 400);
        let track = share.rows[0].track_end.unwrap();
        assert_eq!(share.rows[0].bar.2, track / 2);
        let counts = layout(ChartKind::Bars, &bars, 400);
        assert_eq!(counts.rows[1].bar.2 * 2, counts.rows[0].bar.2);
        assert!(counts.rows[0].track_end.is_none());
    }

    #[test]
    fn values_fit_inside_the_width_asked_for_with_a_margin_down_to_the_narrowest_layout() {
        let bars = vec![bar("a", "a", 5331.0), bar("b", "b", 20.0)];
        for width in [200, 240, 288, 390, 1200] {
            let chart = layout(ChartKind::Bars, &bars, width);
            // Narrower than the narrowest layout, the chart is laid out at that and scaled.
            let room = width.max(MIN_WIDTH);
            assert_eq!(chart.width, room);
            for (row, b) in chart.rows.iter().zip(&bars) {
                let end = row.value_x as f64 + text_width(&b.value_text, FONT_PX);
                assert!(
                    end + VALUE_MARGIN as f64 <= room as f64,
                    "value overflows its margin at {width}: {end}"
                );
            }
        }
    }

    #[test]
    fn labels_wrap_and_rows_never_overlap() {
        let long = "Strategic emerging manufacturing, share of industrial output";
        let bars = vec![
            bar("a", long, 67.0),
            bar("b", long, 65.2),
            bar("c", "x", 1.0),
        ];
        let chart = layout(ChartKind::Share, &bars, 240);
        assert!(chart.rows[0].label_lines.len() >= 2);
        for pair in chart.rows.windows(2) {
            assert!(pair[0].bottom <= pair[1].top);
            assert!(pair[0].bar.3 < pair[0].bottom);
        }
        assert!(chart.rows.last().unwrap().bar.3 <= chart.height as i32);
    }

    #[test]
    fn the_height_does_not_depend_on_the_width() {
        let long = "Strategic emerging manufacturing, share of industrial output";
        let bars = vec![bar("a", long, 67.0), bar("b", "森林覆盖率", 50.7)];
        let heights: Vec<u32> = [240, 332, 704, 1900]
            .iter()
            .map(|w| layout(ChartKind::Share, &bars, *w).height)
            .collect();
        assert!(heights.windows(2).all(|p| p[0] == p[1]), "{heights:?}");
    }

    #[test]
    fn a_point_maps_back_to_its_bar() {
        let bars = vec![
            bar("a", "a", 10.0),
            bar("b", "b", 20.0),
            bar("c", "c", 30.0),
        ];
        let chart = layout(ChartKind::Bars, &bars, 300);
        for row in &chart.rows {
            let (x0, y0, x1, y1) = row.bar;
            let mid = ((x0 + x1) / 2) as f64;
            assert_eq!(
                chart.figure_at(mid, ((y0 + y1) / 2) as f64),
                Some(row.figure.as_str())
            );
            assert_eq!(
                chart.figure_at(mid, row.top as f64),
                Some(row.figure.as_str())
            );
        }
        assert_eq!(chart.figure_at(10.0, -1.0), None);
        assert_eq!(chart.figure_at(10.0, chart.height as f64 + 50.0), None);
        assert_eq!(chart.figure_at(-5.0, 10.0), None);
    }

    #[test]
    fn a_pointer_maps_through_the_scale_the_chart_is_shown_at() {
        let bars = vec![bar("a", "a", 10.0), bar("b", "b", 20.0)];
        let chart = layout(ChartKind::Bars, &bars, 332);
        let (w, h) = (chart.width as f64, chart.height as f64);
        // Shown wider than drawn (a 412 px phone): natural size, no scaling.
        assert_eq!(
            chart.to_chart_px((w + 22.0, h), (10.0, 40.0)),
            Some((10.0, 40.0))
        );
        // Shown narrower: shrunk evenly, so a point maps back up.
        let (x, y) = chart.to_chart_px((w / 2.0, h), (10.0, 20.0)).unwrap();
        assert!((x - 20.0).abs() < 1e-9 && (y - 40.0).abs() < 1e-9);
        // The middle of the second row's bar, shown wider, is the second figure.
        let (x0, y0, x1, y1) = chart.rows[1].bar;
        let mid = ((x0 + x1) as f64 / 2.0, (y0 + y1) as f64 / 2.0);
        let p = chart.to_chart_px((w * 1.1, h), mid).unwrap();
        assert_eq!(chart.figure_at(p.0, p.1), Some("b"));
        assert_eq!(chart.to_chart_px((0.0, h), (1.0, 1.0)), None);
    }

    #[test]
    fn keys_walk_the_bars_and_stop_at_the_ends() {
        assert_eq!(bar_key(None, "ArrowDown", 3), BarKey::Move(0));
        assert_eq!(bar_key(Some(0), "ArrowRight", 3), BarKey::Move(1));
        assert_eq!(bar_key(Some(2), "ArrowDown", 3), BarKey::Move(2));
        assert_eq!(bar_key(Some(0), "ArrowUp", 3), BarKey::Move(0));
        assert_eq!(bar_key(Some(2), "ArrowLeft", 3), BarKey::Move(1));
        assert_eq!(bar_key(Some(1), "Home", 3), BarKey::Move(0));
        assert_eq!(bar_key(None, "End", 3), BarKey::Move(2));
        assert_eq!(bar_key(Some(1), "Enter", 3), BarKey::Open(1));
        assert_eq!(bar_key(None, " ", 3), BarKey::Open(0));
        assert_eq!(bar_key(Some(1), "Escape", 3), BarKey::Leave);
        assert_eq!(bar_key(Some(1), "Tab", 3), BarKey::Ignore);
        assert_eq!(bar_key(None, "ArrowDown", 0), BarKey::Ignore);
    }

    #[test]
    fn the_focus_mark_outlines_one_row() {
        let bars = vec![bar("a", "a", 10.0), bar("b", "b", 20.0)];
        let chart = layout(ChartKind::Bars, &bars, 300);
        let svg = draw_focus(&chart, "b");
        assert_eq!(svg.matches("<rect").count(), 1);
        assert!(svg.contains("fill=\"none\""), "{svg}");
        assert_eq!(draw_focus(&chart, "none").matches("<rect").count(), 0);
    }

    #[test]
    fn the_highlight_covers_exactly_the_active_bar() {
        let bars = vec![bar("a", "a", 10.0), bar("b", "b", 20.0)];
        let chart = layout(ChartKind::Bars, &bars, 300);
        let svg = draw_highlight(&chart, "b");
        let (x0, y0, x1, y1) = chart.rows[1].bar;
        let rect = format!(
            "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\"",
            x1 - x0,
            y1 - y0
        );
        assert!(svg.contains(&rect), "{svg}");
        assert!(svg.contains("#B3541E"));
        assert_eq!(svg.matches("<rect").count(), 1);
        assert_eq!(draw_highlight(&chart, "none").matches("<rect").count(), 0);
        assert!(svg.contains(&format!("viewBox=\"0 0 {} {}\"", chart.width, chart.height)));
    }

    #[test]
    fn hostile_labels_come_out_escaped() {
        let bars = vec![
            bar("a", "<script>alert(1)</script>", 10.0),
            bar("b", "\"><img src=x onerror=alert(1)>", 20.0),
        ];
        let svg = draw(&layout(ChartKind::Bars, &bars, 300), &bars);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<img"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"));
    }

    #[test]
    fn zero_nan_and_empty_inputs_draw_no_bar_and_break_nothing() {
        let mut nan = bar("b", "b", f64::NAN);
        // What the formatter gives for a value that is not a number.
        nan.value_text = crate::format::format_number(f64::NAN, 0, crate::model::Lang::En);
        let bars = vec![bar("a", "a", 0.0), nan];
        let chart = layout(ChartKind::Bars, &bars, 300);
        // Each keeps its row and label, with a bar of no length.
        assert_eq!(chart.rows.len(), 2);
        assert!(chart.rows.iter().all(|r| r.bar.2 == 0), "{:?}", chart.rows);
        let svg = draw(&chart, &bars);
        assert!(!svg.contains("NaN"), "{svg}");
        assert_eq!(svg.matches("<rect").count(), 0, "{svg}");
        assert!(svg.contains("\na\n") && svg.contains("\nb\n"), "{svg}");
        // No bars: no rows, a chart of no height, an SVG with nothing drawn.
        let empty = layout(ChartKind::Bars, &[], 300);
        assert_eq!(empty.rows.len(), 0);
        assert_eq!(empty.height, 0);
        let svg = draw(&empty, &[]);
        assert!(svg.starts_with("<svg") && !svg.contains("<rect") && !svg.contains("<text"));
    }
}
