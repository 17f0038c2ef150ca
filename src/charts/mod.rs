//! Charts, drawn with plotters into SVG: pure functions of (bars, width) that also return the
//! geometry a pointer position is mapped back through. The bars come from the content
//! (`Content::chart_bars`), their values worded by `format`.
//!
//! All charts are horizontal bars, the form that reads best on a phone: each label sits on its
//! own line above its bar, so long Chinese or English labels never overlap.

mod bars;
mod text;

pub use bars::{draw, draw_highlight, layout, BarSpec, ChartLayout, Row};
pub use text::{text_width, wrap};

/// The palette, one place. The CSS maps these exact colours to its own custom properties
/// (`styles/charts.css`), so dark mode restyles the SVG without redrawing.
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
