//! A figure with no true partner, drawn alone under its number on its card, only where a
//! picture means something true: an exact share or fraction as the filled part of its whole,
//! and a part of another figure (3 of the 5 listed companies) as the filled part of that whole.
//! Everything else is its number alone: a count or a measure has no whole to be part of (any
//! scale we chose would be ours, and cards side by side would set unlike scales together); a
//! ratio that can pass 100% (a gross enrolment ratio) is no part of a whole; a growth rate has
//! no printed level to grow from; and an approximate figure (1/3以上, at least a third) has no
//! exact length to draw.

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
    /// A share, a fraction or a part of another figure: this part of the whole (0–1).
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
    });
    if let Some(whole) = whole {
        let of = whole.base_value();
        return (of > 0.0).then(|| FigureVisual::Part((value / of).min(1.0)));
    }
    match figure.kind {
        // A share of 100% would be a full bar that tells the reader nothing its number does not.
        FigureKind::Share if value < 100.0 => Some(FigureVisual::Part(value / 100.0)),
        FigureKind::Fraction => Some(FigureVisual::Part(value.min(1.0))),
        FigureKind::Share
        | FigureKind::Rate
        | FigureKind::Ratio
        | FigureKind::Count
        | FigureKind::Measure => None,
    }
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

/// The key under a visual: what the whole bar is (another figure, or 100%) and what is filled.
pub fn visual_key(
    visual: &FigureVisual,
    figure: &Figure,
    whole: Option<&Figure>,
    lang: Lang,
) -> String {
    match *visual {
        FigureVisual::Part(_) => match whole {
            None => crate::ui::t(lang, crate::ui::WHOLE_BAR_IS_100).to_string(),
            Some(w) => {
                let whole = figure_title(w, lang);
                match lang {
                    Lang::Zh => format!("整条：{whole}；填色：{}", figure_title(figure, lang)),
                    // The part by its number alone, the whole named once: "… A-share market;
                    // filled: 3 private firms among them", not the market named twice.
                    Lang::En => format!(
                        "Whole bar: {whole}; filled: {} among them",
                        crate::format::format_figure(figure, lang)
                    ),
                }
            }
        },
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
    fn an_exact_share_is_drawn_as_its_part_of_the_whole() {
        assert!(
            matches!(visual_of(figure("forest-cover"), None), Some(FigureVisual::Part(p)) if (p - 0.507).abs() < 1e-9)
        );
    }

    #[test]
    fn a_share_s_key_says_the_bar_is_100_percent_and_a_share_of_100_percent_is_its_number_alone() {
        let forest = figure("forest-cover");
        let v = visual_of(forest, None).unwrap();
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(
                visual_key(&v, forest, None, lang),
                crate::ui::t(lang, crate::ui::WHOLE_BAR_IS_100)
            );
        }
        assert_eq!(visual_of(figure("water-quality"), None), None);
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
        assert_eq!(
            visual_key(&v, private, Some(listed), Lang::Zh),
            "整条：北碚A股上市企业5家；填色：A股上市企业中的民营企业3家"
        );
        let en = visual_key(&v, private, Some(listed), Lang::En);
        assert!(
            en == "Whole bar: 5 companies based in Beibei and listed on China’s A-share market; filled: 3 private firms among them",
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
