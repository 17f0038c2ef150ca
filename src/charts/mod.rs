//! Charts, drawn with plotters into SVG: pure functions of (bars, width) that also return the
//! geometry a pointer position is mapped back through. The bars come from the content
//! (`Content::chart_bars`), their values worded by `format`.
//!
//! All charts are horizontal bars, the form that reads best on a phone: each label sits on its
//! own line above its bar, so long Chinese or English labels never overlap.

mod bars;
mod describe;
mod figure_visual;
mod text;

pub use bars::{
    bar_key, draw, draw_focus, draw_highlight, layout, BarKey, BarSpec, ChartLayout, Row,
};
pub use describe::describe;
pub use figure_visual::{draw_visual, visual_key, visual_of, FigureVisual};
pub use text::{text_width, wrap};

/// The width to redraw a chart at, drawn `drawn` px wide and now shown `shown` px wide, if it
/// needs redrawing: when its column got narrower (the SVG would shrink, and its text with it),
/// or at least 15% wider (its bars would look short). In between the drawing stays, at its
/// natural size: a phone a little wider than the prerender's does not redraw every chart as
/// the app starts.
pub fn redraw_width(drawn: u32, shown: u32) -> Option<u32> {
    let needed = shown < drawn || u64::from(shown) * 100 >= u64::from(drawn) * 115;
    (shown > 0 && needed).then_some(shown)
}

/// The palette, one place. The CSS maps these exact colours to its own custom properties
/// (`styles/app.css`), so dark mode restyles the SVG without redrawing.
pub mod palette {
    use plotters::style::RGBColor;
    /// Bars.
    pub const BAR: RGBColor = RGBColor(0x1f, 0x5f, 0x8b);
    /// The open card's bar.
    pub const ACTIVE: RGBColor = RGBColor(0xb3, 0x54, 0x1e);
    /// The 100% track behind a share.
    pub const TRACK: RGBColor = RGBColor(0xdf, 0xe5, 0xeb);
    /// Labels.
    pub const INK: RGBColor = RGBColor(0x1d, 0x23, 0x29);
    /// Values.
    pub const VALUE: RGBColor = RGBColor(0x10, 0x3d, 0x5c);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ChartKind;

    /// The colour as plotters writes it in an SVG attribute.
    fn svg_hex(c: plotters::style::RGBColor) -> String {
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    }

    #[test]
    fn a_chart_redraws_when_squeezed_or_much_wider_only() {
        assert_eq!(redraw_width(332, 332), None);
        assert_eq!(
            redraw_width(332, 354),
            None,
            "a 412 px phone keeps the prerendered chart"
        );
        assert_eq!(redraw_width(332, 302), Some(302), "narrower: redraw");
        assert_eq!(redraw_width(332, 382), Some(382), "15% wider: redraw");
        assert_eq!(redraw_width(332, 640), Some(640));
        assert_eq!(redraw_width(332, 0), None, "not laid out yet");
    }

    /// Dark mode restyles the SVG by matching plotters' colours in `styles/app.css`: a
    /// palette change that the stylesheet does not follow fails here, not in a reader's dark
    /// mode.
    #[test]
    fn the_stylesheet_restyles_every_colour_the_charts_draw() {
        let css = include_str!("../../styles/app.css");
        let bars = vec![BarSpec {
            figure: "a".into(),
            label: "森林覆盖率".into(),
            value: 50.7,
            value_text: "50.7%".into(),
        }];
        let chart = layout(ChartKind::Share, &bars, 300);
        let svg = draw(&chart, &bars) + &draw_highlight(&chart, "a");
        for (name, colour) in [
            ("BAR", palette::BAR),
            ("ACTIVE", palette::ACTIVE),
            ("TRACK", palette::TRACK),
            ("VALUE", palette::VALUE),
        ] {
            let hex = svg_hex(colour);
            assert!(
                svg.contains(&format!("fill=\"{hex}\"")),
                "{name}: plotters no longer writes {hex}"
            );
            assert!(
                css.contains(&format!("[fill=\"{hex}\"]")),
                "{name}: styles/app.css has no rule for {hex}"
            );
        }
        // Labels (INK) take the text colour through the stylesheet's rule for all chart text.
        assert!(svg.contains(&format!("fill=\"{}\"", svg_hex(palette::INK))));
        assert!(css.contains(".chart-plot svg text {"));
    }
}
