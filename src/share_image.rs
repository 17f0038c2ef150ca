//! The share image (PNG, 1200×630) for Open Graph and Twitter cards, drawn natively with
//! plotters from the data at build time: the headline, the industry output shares and four
//! livelihood figures, each as printed.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::charts::palette;
use crate::content::Content;
use crate::model::{ChartKind, Lang};

/// The image's size, the one social sites ask for.
pub const SIZE: (u32, u32) = (1200, 630);

/// Where Debian's fonts-wqy-microhei puts its font (a Chinese-first CJK face).
pub const FONT_PATH: &str = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

/// Registers the CJK font with plotters; call once before [`draw_share_image`].
pub fn register_font(bytes: &'static [u8]) -> Result<(), String> {
    plotters::style::register_font("sans-serif", FontStyle::Normal, bytes)
        .map_err(|_| "the share image font cannot be read".to_string())
}

/// Draws the share image into `path` (PNG).
pub fn draw_share_image(content: &Content, path: &std::path::Path) -> Result<(), String> {
    let lang = Lang::Zh;
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let root = BitMapBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let text = |size: f64, color: RGBColor| ("sans-serif", size).into_font().color(&color);
    let muted = RGBColor(0x4e, 0x58, 0x63);

    root.draw(&Text::new(
        content.page.kicker.get(lang),
        (60, 44),
        text(28.0, palette::ACTIVE),
    ))
    .map_err(err)?;
    root.draw(&Text::new(
        content.page.headline.zh.clone(),
        (60, 88),
        text(50.0, palette::INK),
    ))
    .map_err(err)?;
    root.draw(&Rectangle::new(
        [(60, 168), (1140, 172)],
        palette::INK.filled(),
    ))
    .map_err(err)?;

    // Left: the chosen chart, its bars against their largest (or 100% for shares).
    // What it shows is the page's choice (`share_image` in passages.json, checked by the rules).
    let choice = &content.page.share_image;
    let chart = content
        .charts
        .iter()
        .find(|c| c.id == choice.chart)
        .ok_or(format!("no chart `{}`", choice.chart))?;
    root.draw(&Text::new(
        chart.title.zh.clone(),
        (60, 196),
        text(26.0, palette::INK),
    ))
    .map_err(err)?;
    let (x0, track_w) = (60, 400);
    // Three rows fit under the title.
    let bars: Vec<_> = content
        .chart_bars(chart, lang)
        .into_iter()
        .take(3)
        .collect();
    let max = match chart.kind {
        ChartKind::Share => 100.0,
        ChartKind::Bars => bars.iter().map(|b| b.value).fold(0.0, f64::max),
    };
    for (i, bar) in bars.iter().enumerate() {
        let y = 250 + i as i32 * 92;
        root.draw(&Text::new(
            bar.label.clone(),
            (x0, y),
            text(22.0, palette::INK),
        ))
        .map_err(err)?;
        let bar_y = y + 34;
        root.draw(&Rectangle::new(
            [(x0, bar_y), (x0 + track_w, bar_y + 28)],
            palette::TRACK.filled(),
        ))
        .map_err(err)?;
        let end = x0 + (track_w as f64 * (bar.value / max).clamp(0.0, 1.0)).round() as i32;
        root.draw(&Rectangle::new(
            [(x0, bar_y), (end, bar_y + 28)],
            palette::BAR.filled(),
        ))
        .map_err(err)?;
        let value_style = text(30.0, palette::VALUE).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(
            bar.value_text.clone(),
            (x0 + track_w + 14, bar_y + 14),
            value_style,
        ))
        .map_err(err)?;
    }

    // Right: the chosen figures as printed, under the first one's group and period.
    let first = content.figure(&choice.figures[0]).ok_or("no figure")?;
    let mut heading = content
        .group(&first.group)
        .map(|g| g.title.zh.clone())
        .unwrap_or_default();
    if let Some(period) = &first.period {
        heading = format!("{heading} · {}", period.zh);
    }
    root.draw(&Text::new(heading, (660, 196), text(26.0, palette::INK)))
        .map_err(err)?;
    for (i, id) in choice.figures.iter().enumerate() {
        let figure = content.figure(id).ok_or(format!("no figure `{id}`"))?;
        let (x, y) = (660 + (i as i32 % 2) * 250, 250 + (i as i32 / 2) * 160);
        root.draw(&Text::new(
            figure.display.clone(),
            (x, y),
            text(48.0, palette::VALUE),
        ))
        .map_err(err)?;
        root.draw(&Text::new(
            figure.label.zh.clone(),
            (x, y + 64),
            text(22.0, palette::INK),
        ))
        .map_err(err)?;
    }

    root.draw(&Text::new(
        content.page.credit.zh.clone(),
        (60, 580),
        text(20.0, muted),
    ))
    .map_err(err)?;
    root.present().map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_png_of_the_right_size() {
        let content = crate::content::content();
        let Ok(bytes) = std::fs::read(FONT_PATH) else {
            // scripts/setup.sh installs the font; outside the scripts the test says so.
            assert!(std::env::var_os("CI").is_none(), "{FONT_PATH} is missing");
            eprintln!("skipped: {FONT_PATH} is not installed (scripts/setup.sh installs it)");
            return;
        };
        register_font(Box::leak(bytes.into_boxed_slice())).unwrap();
        let path = std::env::temp_dir().join("beibei-share.png");
        draw_share_image(content, &path).unwrap();
        let png = std::fs::read(&path).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((width, height), SIZE);
    }
}
