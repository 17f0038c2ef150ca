//! A figure with no true partner, drawn alone under its number on its card, only where a
//! picture says something its number does not: a part of another figure the page prints (3 of
//! the 5 listed companies), as the filled part of that whole, which ties the two cards together.
//! Everything else is its number alone. A share or a fraction alone (50.7% forest cover) would
//! be a bar against 100% that repeats its number, and it would stand beside others that cannot
//! have one (a ratio that can pass 100%, as a gross enrolment ratio, or R&D spending to GDP,
//! which is no part of GDP), so the row of cards would draw some per cents and not others; a
//! count or a measure has no whole to be part of (any scale we chose would be ours); a growth
//! rate has no printed level to grow from; and an approximate figure (1/3以上, at least a
//! third) has no exact length to draw.

use plotters::prelude::*;

use super::palette;
use crate::format::figure_title;
use crate::model::{Figure, FigureKind, Lang};

/// The drawing's width in px.
pub const WIDTH: i32 = 98;
/// The height of its bar.
const BAR_PX: i32 = 10;

/// How a figure is drawn alone.
#[derive(Clone, Debug, PartialEq)]
pub enum FigureVisual {
    /// A part of another figure: this part of that whole (0–1).
    Part(f64),
}

/// The visual that fits a figure, if a picture of it means something; `whole` is the figure it
/// is a part of (`part_of`), if any.
pub fn visual_of(figure: &Figure, whole: Option<&Figure>) -> Option<FigureVisual> {
    let value = figure.base_value();
    if !value.is_finite() || value <= 0.0 || !exact(figure) {
        return None;
    }
    // A count or measure that is part of another, exact, in its unit: that part of it.
    let whole = whole.filter(|w| {
        matches!(figure.kind, FigureKind::Count | FigureKind::Measure)
            && w.base_unit() == figure.base_unit()
            && exact(w)
    })?;
    let of = whole.base_value();
    (of > 0.0).then(|| FigureVisual::Part((value / of).min(1.0)))
}

/// Whether every mention prints the figure exactly (no 余, 多, 以上, 约 …).
fn exact(figure: &Figure) -> bool {
    figure.qualifier.is_none() && figure.mentions.iter().all(|m| m.qualifier.is_none())
}

/// The drawing's size in px.
pub fn size_of(_visual: &FigureVisual) -> (u32, u32) {
    (WIDTH as u32, BAR_PX as u32)
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
        }
        let _ = root.present();
    }
    svg
}

/// The key under a visual: what is filled, of which whole (another figure).
pub fn visual_key(figure: &Figure, whole: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "整条：{}；填色：{}",
            figure_title(whole, lang),
            figure_title(figure, lang)
        ),
        // Each by its number and unit alone ("Full bar: 5 companies; shaded: 3 private
        // firms"): the card's label, just above, says what they are.
        Lang::En => format!(
            "Full bar: {}; shaded: {}",
            crate::format::format_figure(whole, lang),
            crate::format::format_figure(figure, lang)
        ),
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
    fn a_share_or_a_ratio_is_its_number_alone_even_beside_a_whole() {
        // A bar against 100% would repeat the number, and cards of per cents that can have no
        // such bar (a gross enrolment ratio, R&D to GDP) stand beside them. Only a count or a
        // measure is drawn as part of another figure, so even a whole given does not draw one.
        let listed = figure("listed-companies");
        for id in ["forest-cover", "culture-share", "water-quality", "rd-share"] {
            assert!(
                matches!(figure(id).kind, FigureKind::Share | FigureKind::Ratio),
                "{id}"
            );
            assert_eq!(visual_of(figure(id), None), None, "{id}");
            assert_eq!(visual_of(figure(id), Some(listed)), None, "{id}");
        }
    }

    #[test]
    fn a_count_a_measure_a_ratio_a_growth_or_an_approximate_figure_is_its_number_alone() {
        // No whole to be part of (33 lifts, 2,059 km, 68,200 m²), no share of a whole (a gross
        // enrolment ratio), no printed level to grow from (8.6% a year), no exact length (more
        // than a third).
        for id in [
            "lifts-installed",
            "road-length",
            "idle-factories-reused",
            "highschool-enrolment",
            "rd-share",
            "income-growth",
            "workshop-labour-saved",
        ] {
            assert_eq!(visual_of(figure(id), None), None, "{id}");
        }
        assert_eq!(figure("highschool-enrolment").kind, FigureKind::Ratio);
    }

    #[test]
    fn a_part_is_drawn_as_the_filled_part_of_its_whole_and_the_key_names_the_whole() {
        let private = figure("listed-private-companies");
        let listed = figure(private.part_of.as_deref().unwrap());
        let v = visual_of(private, Some(listed)).unwrap();
        assert_eq!(v, FigureVisual::Part(3.0 / 5.0));
        // Not without its whole.
        assert_eq!(visual_of(private, None), None);
        assert_eq!(
            visual_key(private, listed, Lang::Zh),
            "整条：北碚A股上市企业5家；填色：A股上市企业中的民营企业3家"
        );
        let en = visual_key(private, listed, Lang::En);
        assert!(
            en == "Full bar: 5 companies; shaded: 3 private firms",
            "{en}"
        );
        let svg = draw_visual(&v);
        // The track, then the part: 3/5 of the width.
        assert!(
            svg.contains(&format!("width=\"{}\"", (WIDTH as f64 * 0.6).round())),
            "{svg}"
        );
    }
}
