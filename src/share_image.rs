//! The share image (PNG, 1200×630) for Open Graph and Twitter cards, drawn natively with
//! plotters from the data at build time: the headline, the industry output shares and four
//! livelihood figures, each as printed.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, ScaleFont};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::charts::palette;
use crate::content::Content;
use crate::model::{ChartKind, Lang};

/// The image's size, the one social sites ask for.
pub const SIZE: (u32, u32) = (1200, 630);

/// Where Debian's fonts-wqy-microhei puts its font (a Chinese-first CJK face).
pub const FONT_PATH: &str = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

/// The font, for setting text (see [`glyph_offsets`]).
static FONT: OnceLock<FontRef<'static>> = OnceLock::new();

/// Registers the CJK font with plotters; call once before [`draw_share_image`].
pub fn register_font(bytes: &'static [u8]) -> Result<(), String> {
    let unreadable = || "the share image font cannot be read".to_string();
    let font = FontRef::try_from_slice_and_index(bytes, 0).map_err(|_| unreadable())?;
    let _ = FONT.set(font);
    plotters::style::register_font("sans-serif", FontStyle::Normal, bytes).map_err(|_| unreadable())
}

/// Where each character of `text` is drawn, from the text's origin, when drawn alone by
/// plotters: its pen position (the advances and kerning of the characters before it) plus its
/// left side bearing, which plotters' bitmap text leaves out. Set as one string, plotters
/// draws every glyph at the left of its cell, so a full-width “ or （, whose ink sits at the
/// right of its cell, leaves a gap after it.
pub fn glyph_offsets(font: &FontRef<'_>, size: f64, text: &str) -> Vec<(char, i32)> {
    let scaled = font.as_scaled(size as f32);
    let mut pen = 0f32;
    let mut previous = None;
    text.chars()
        .map(|c| {
            let id = scaled.glyph_id(c);
            if let Some(p) = previous {
                pen += scaled.kern(p, id);
            }
            previous = Some(id);
            let bearing = scaled
                .outline_glyph(scaled.scaled_glyph(c))
                .map_or(0.0, |g| g.px_bounds().min.x);
            let at = (pen + bearing).round() as i32;
            pen += scaled.h_advance(id);
            (c, at)
        })
        .collect()
}

/// Draws one line of text at `at` (its top left, or its left middle with `VPos::Center`),
/// character by character where [`glyph_offsets`] puts them.
fn draw_line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    at: (i32, i32),
    style: TextStyle<'_>,
) -> Result<(), String> {
    let font = FONT.get().ok_or("register_font was not called")?;
    let size = match style.font.get_size() {
        s if s > 0.0 => s,
        _ => return Err("a text style without a size".into()),
    };
    for (c, x) in glyph_offsets(font, size, text) {
        if c.is_whitespace() {
            continue;
        }
        area.draw(&Text::new(c.to_string(), (at.0 + x, at.1), style.clone()))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Draws the share image into `path` (PNG).
pub fn draw_share_image(content: &Content, path: &std::path::Path) -> Result<(), String> {
    let lang = Lang::Zh;
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let root = BitMapBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let text = |size: f64, color: RGBColor| ("sans-serif", size).into_font().color(&color);
    let muted = RGBColor(0x4e, 0x58, 0x63);

    draw_line(
        &root,
        content.page.kicker.get(lang),
        (60, 44),
        text(28.0, palette::ACTIVE),
    )?;
    draw_line(
        &root,
        &content.page.headline.zh,
        (60, 88),
        text(50.0, palette::INK),
    )?;
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
    draw_line(&root, &chart.title.zh, (60, 196), text(26.0, palette::INK))?;
    // What its bars measure, with the page's lack of a year (the measure line, small).
    draw_line(&root, &chart.measure.zh, (60, 228), text(15.0, muted))?;
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
        draw_line(&root, &bar.label, (x0, y), text(22.0, palette::INK))?;
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
        draw_line(
            &root,
            &bar.value_text,
            (x0 + track_w + 14, bar_y + 14),
            value_style,
        )?;
    }

    // What a reader must know not to misread the bars (they overlap: do not add them up).
    if let Some(note) = &chart.note {
        draw_line(&root, &note.zh, (x0, 530), text(22.0, palette::INK))?;
    }

    // Right: the chosen figures as printed, under the first one's group and period.
    let first = content.figure(&choice.figures[0]).ok_or("no figure")?;
    let mut heading = content
        .group(&first.group)
        .map(|g| g.title.zh.clone())
        .unwrap_or_default();
    if let Some(period) = &first.period {
        heading = format!("{heading}·{}", period.zh);
    }
    draw_line(&root, &heading, (660, 196), text(26.0, palette::INK))?;
    for (i, id) in choice.figures.iter().enumerate() {
        let figure = content.figure(id).ok_or(format!("no figure `{id}`"))?;
        let (x, y) = (660 + (i as i32 % 2) * 250, 250 + (i as i32 / 2) * 160);
        draw_line(&root, &figure.display, (x, y), text(48.0, palette::VALUE))?;
        draw_line(
            &root,
            &figure.label.zh,
            (x, y + 64),
            text(22.0, palette::INK),
        )?;
    }

    draw_line(&root, &choice.source, (60, 580), text(20.0, muted))?;
    root.present().map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which pixel columns `text`, drawn by `draw_line` at 40 px from x = 4, inks.
    fn inked_columns(text: &str) -> Vec<bool> {
        let (w, h) = (480u32, 64u32);
        let mut buffer = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
            let style = ("sans-serif", 40.0).into_font().color(&BLACK);
            draw_line(&root, text, (4, 8), style).unwrap();
            root.present().unwrap();
        }
        (0..w as usize)
            .map(|x| (0..h as usize).any(|y| buffer[(y * w as usize + x) * 3] < 128))
            .collect()
    }

    /// Where each character's ink starts, drawn as part of `text` (what its prefix did not ink).
    fn ink_starts(text: &str) -> Vec<usize> {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len())
            .map(|k| {
                let before: String = chars[..k].iter().collect();
                let with: String = chars[..=k].iter().collect();
                let (a, b) = (inked_columns(&before), inked_columns(&with));
                (0..b.len()).find(|x| b[*x] && !a[*x]).unwrap()
            })
            .collect()
    }

    /// The share image's font, which the build needs: a missing font fails these tests as it
    /// fails the build (scripts/setup.sh installs it).
    fn load_font() {
        let bytes = std::fs::read(FONT_PATH).unwrap_or_else(|e| {
            panic!("{FONT_PATH}: {e} (scripts/setup.sh installs fonts-wqy-microhei)")
        });
        // Registered once per process: later calls keep the first.
        let _ = register_font(Box::leak(bytes.into_boxed_slice()));
    }

    #[test]
    fn every_glyph_is_inked_where_the_font_places_it() {
        load_font();
        // The share image's texts with full-width punctuation, whose ink sits off the left of
        // its cell: set as one plotters string, “ and （ were drawn a bearing too far left.
        let font = FONT.get().unwrap().as_scaled(40.0);
        for text in ["城镇新增就业（累计）", "民生·“十三五”期间"] {
            // Where the font puts each glyph's ink: the glyph placed at its pen position (the
            // advances before it), as any text layout places it.
            let mut pen = 0f32;
            let wanted: Vec<usize> = text
                .chars()
                .map(|c| {
                    let mut glyph = font.scaled_glyph(c);
                    glyph.position = ab_glyph::point(pen, 0.0);
                    pen += font.h_advance(glyph.id);
                    let ink = font.outline_glyph(glyph).unwrap().px_bounds().min.x;
                    (4.0 + ink).round() as usize
                })
                .collect();
            let drawn = ink_starts(text);
            for ((c, w), d) in text.chars().zip(&wanted).zip(&drawn) {
                assert!(
                    w.abs_diff(*d) <= 1,
                    "{text}: {c} inked at {d}, the font puts it at {w}"
                );
            }
        }
    }

    #[test]
    fn draws_a_png_of_the_right_size() {
        let content = crate::content::content();
        load_font();
        let path = std::env::temp_dir().join("beibei-share.png");
        draw_share_image(content, &path).unwrap();
        let png = std::fs::read(&path).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((width, height), SIZE);
    }
}
