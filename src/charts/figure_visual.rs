//! A figure with no true partner, drawn alone as fits its kind, under its number on its card:
//! a share or fraction as the filled part of its whole, and a part of another figure (3 of the
//! 5 listed companies) as the filled part of that whole; an annual growth rate as the growth on
//! a year's base (never against 100%); a count or measure as a unit chart, squares of 1, 10,
//! 100 … of its unit, the last one cut to the remainder. A ratio that can pass 100% (a gross
//! enrolment ratio) is no part of a whole and has no picture that means something: none.
//!
//! The SVG stays small: a unit chart is one plotters polyline per row of ten, a bar as long as
//! its squares, which the stylesheet cuts into squares (`stroke-dasharray: 8 2` on
//! `.figure-visual polyline`); without the stylesheet it still reads, as a bar.

use plotters::prelude::*;

use super::palette;
use crate::format::format_number;
use crate::model::{Figure, FigureKind, Lang};

/// The most squares a unit chart draws: five rows of ten.
pub const MAX_SQUARES: f64 = 50.0;
/// A square's side and the gap between squares, in px (the stylesheet's dash pattern).
pub const SQUARE: i32 = 8;
const GAP: i32 = 2;
const PER_ROW: i32 = 10;
/// The drawing's width: ten squares and their gaps.
pub const WIDTH: i32 = PER_ROW * (SQUARE + GAP) - GAP;
/// The height of a bar (part of a whole, growth).
const BAR_PX: i32 = 10;

/// How a figure is drawn alone.
#[derive(Clone, Debug, PartialEq)]
pub enum FigureVisual {
    /// A share or a fraction: this part of the whole (0–1).
    Part(f64),
    /// An annual growth rate, in per cent: the growth on a year's base.
    Growth(f64),
    /// A count or a measure: this many squares (the last may be partial), each `step` of the
    /// figure's base unit (万 scaled out).
    Units {
        /// Squares, at most [`MAX_SQUARES`].
        squares: f64,
        /// What one square stands for: 1, 10, 100 …
        step: f64,
    },
}

/// The visual that fits a figure's kind, if its value can be drawn; `whole` is the figure it
/// is a part of (`part_of`), if any.
pub fn visual_of(figure: &Figure, whole: Option<&Figure>) -> Option<FigureVisual> {
    let value = figure.base_value();
    if !value.is_finite() || value <= 0.0 {
        return None;
    }
    if let Some(whole) = whole.filter(|w| w.base_unit() == figure.base_unit()) {
        let of = whole.base_value();
        return (of > 0.0).then(|| FigureVisual::Part((value / of).min(1.0)));
    }
    Some(match figure.kind {
        FigureKind::Ratio => return None,
        FigureKind::Share => FigureVisual::Part((value / 100.0).min(1.0)),
        FigureKind::Fraction => FigureVisual::Part(value.min(1.0)),
        FigureKind::Rate => FigureVisual::Growth(value),
        FigureKind::Count | FigureKind::Measure => {
            let mut step = 1.0;
            while value / step > MAX_SQUARES {
                step *= 10.0;
            }
            FigureVisual::Units {
                squares: value / step,
                step,
            }
        }
    })
}

/// The lengths, in px, of the unit chart's rows: full squares and their gaps, then the
/// partial square's share of a square.
pub fn row_lengths(squares: f64) -> Vec<i32> {
    let mut rows = Vec::new();
    let mut left = squares;
    while left > 1e-9 {
        let here = left.min(PER_ROW as f64);
        let whole = here.floor() as i32;
        let part = here - here.floor();
        let length = if part > 1e-9 {
            whole * (SQUARE + GAP) + ((part * SQUARE as f64).round() as i32).max(1)
        } else {
            whole * (SQUARE + GAP) - GAP
        };
        rows.push(length);
        left -= here;
    }
    rows
}

/// The drawing's size in px.
pub fn size_of(visual: &FigureVisual) -> (u32, u32) {
    let height = match visual {
        FigureVisual::Units { squares, .. } => {
            row_lengths(*squares).len() as i32 * (SQUARE + GAP) - GAP
        }
        _ => BAR_PX,
    };
    (WIDTH as u32, height.max(1) as u32)
}

/// Draws the visual as an SVG (plotters).
pub fn draw_visual(visual: &FigureVisual) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size_of(visual)).into_drawing_area();
        let bar = |x0: i32, x1: i32, colour: RGBColor| {
            if x1 > x0 {
                let _ = root.draw(&Rectangle::new([(x0, 0), (x1, BAR_PX)], colour.filled()));
            }
        };
        match *visual {
            FigureVisual::Part(part) => {
                bar(0, WIDTH, palette::TRACK);
                bar(0, (WIDTH as f64 * part).round() as i32, palette::BAR);
            }
            FigureVisual::Growth(rate) => {
                let base = (WIDTH as f64 * 100.0 / (100.0 + rate)).round() as i32;
                bar(0, base, palette::TRACK);
                bar(base, WIDTH, palette::BAR);
            }
            FigureVisual::Units { squares, .. } => {
                for (i, length) in row_lengths(squares).into_iter().enumerate() {
                    let y = i as i32 * (SQUARE + GAP) + SQUARE / 2;
                    let _ = root.draw(&PathElement::new(
                        vec![(0, y), (length, y)],
                        palette::BAR.stroke_width(SQUARE as u32),
                    ));
                }
            }
        }
        let _ = root.present();
    }
    svg
}

/// The key under a visual, where one is needed: what a square stands for (when more than
/// one), or what a growth bar shows.
pub fn visual_key(
    visual: &FigureVisual,
    figure: &Figure,
    whole: Option<&Figure>,
    lang: Lang,
) -> Option<String> {
    match *visual {
        FigureVisual::Part(_) => whole.map(|w| match lang {
            Lang::Zh => format!("整条：{}{}", w.label.zh, w.display),
            Lang::En => format!(
                "full bar: {} ({})",
                w.label.en,
                crate::format::format_figure(w, lang)
            ),
        }),
        FigureVisual::Growth(_) => Some(
            match lang {
                Lang::Zh => "灰：上年基数；蓝：年均增长",
                Lang::En => "grey: the previous year; blue: an average year’s growth",
            }
            .to_string(),
        ),
        FigureVisual::Units { step, .. } if step > 1.0 => Some(match lang {
            Lang::Zh if figure.in_wan() && step >= 10_000.0 => {
                format!(
                    "每格{}{}",
                    format_number(step / 10_000.0, 0, lang),
                    figure.unit.zh
                )
            }
            Lang::Zh => format!("每格{}{}", format_number(step, 0, lang), figure.base_unit()),
            Lang::En => format!(
                "each square: {} {}",
                format_number(step, 0, lang),
                figure.unit.en
            ),
        }),
        FigureVisual::Units { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    fn figure(id: &str) -> &'static Figure {
        content().figure(id).unwrap()
    }

    #[test]
    fn each_kind_gets_its_visual() {
        assert!(
            matches!(visual_of(figure("rd-share"), None), Some(FigureVisual::Part(p)) if (p - 0.044).abs() < 1e-9)
        );
        assert!(
            matches!(visual_of(figure("workshop-labour-saved"), None), Some(FigureVisual::Part(p)) if (p - 1.0 / 3.0).abs() < 1e-3)
        );
        assert_eq!(
            visual_of(figure("income-growth"), None),
            Some(FigureVisual::Growth(8.6))
        );
        // 33 lifts: 33 squares of one lift.
        assert_eq!(
            visual_of(figure("lifts-installed"), None),
            Some(FigureVisual::Units {
                squares: 33.0,
                step: 1.0
            })
        );
        // 12.5万 jobs: 12.5 squares of 10,000 (万 scaled out).
        assert_eq!(
            visual_of(figure("new-urban-jobs"), None),
            Some(FigureVisual::Units {
                squares: 12.5,
                step: 10_000.0
            })
        );
    }

    #[test]
    fn a_ratio_that_can_pass_100_per_cent_has_no_picture() {
        let enrolment = figure("highschool-enrolment");
        assert_eq!(enrolment.kind, FigureKind::Ratio);
        assert_eq!(visual_of(enrolment, None), None);
    }

    #[test]
    fn a_part_is_drawn_as_the_filled_part_of_its_whole_and_the_key_names_the_whole() {
        let private = figure("listed-private-companies");
        let listed = figure(private.part_of.as_deref().unwrap());
        let v = visual_of(private, Some(listed)).unwrap();
        assert_eq!(v, FigureVisual::Part(3.0 / 5.0));
        assert_eq!(
            visual_key(&v, private, Some(listed), Lang::Zh).as_deref(),
            Some("整条：A股上市企业5家")
        );
        let en = visual_key(&v, private, Some(listed), Lang::En).unwrap();
        assert!(
            en.starts_with("full bar: ") && en.ends_with("(5 companies)"),
            "{en}"
        );
    }

    #[test]
    fn a_unit_chart_fills_rows_of_ten_and_cuts_the_last_square() {
        assert_eq!(row_lengths(33.0), vec![98, 98, 98, 28]);
        // 6.82 beds: six squares and 0.82 of one.
        assert_eq!(row_lengths(6.82), vec![6 * 10 + 7]);
        assert_eq!(row_lengths(10.0), vec![98]);
        assert!(row_lengths(MAX_SQUARES).len() <= 5);
    }

    #[test]
    fn a_unit_chart_is_one_element_per_row_and_stays_small() {
        let visual = visual_of(figure("lifts-installed"), None).unwrap();
        let svg = draw_visual(&visual);
        assert_eq!(svg.matches("<polyline").count(), 4);
        assert_eq!(svg.matches("<rect").count(), 0);
        assert!(svg.len() < 800, "{} bytes", svg.len());
        assert!(svg.contains("stroke=\"#1F5F8B\""), "{svg}");
    }

    #[test]
    fn keys_say_what_a_square_stands_for() {
        let jobs = figure("new-urban-jobs");
        let v = visual_of(jobs, None).unwrap();
        assert_eq!(
            visual_key(&v, jobs, None, Lang::Zh).as_deref(),
            Some("每格1万人")
        );
        assert_eq!(
            visual_key(&v, jobs, None, Lang::En).as_deref(),
            Some("each square: 10,000 jobs")
        );
        let road = figure("road-length");
        let v = visual_of(road, None).unwrap();
        assert_eq!(
            visual_key(&v, road, None, Lang::Zh).as_deref(),
            Some("每格100公里")
        );
        let lifts = figure("lifts-installed");
        assert_eq!(
            visual_key(&visual_of(lifts, None).unwrap(), lifts, None, Lang::En),
            None
        );
    }
}
