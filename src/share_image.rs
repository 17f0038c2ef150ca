//! The share image (PNG, 1200×630) for Open Graph and Twitter cards, drawn natively with
//! plotters from the data at build time, one per language: the headline, the figures it
//! speaks of, each as the reader's view shows them with its period, and the source line.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, ScaleFont};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::charts::palette;
use crate::content::{chart_bars, Content};
use crate::model::{ChartKind, Lang};

/// The image's size, the one social sites ask for.
pub const SIZE: (u32, u32) = (1200, 630);

/// Where Debian's fonts-wqy-microhei puts its font (a Chinese-first CJK face).
pub const FONT_PATH: &str = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

/// The font, for setting text (see [`glyph_offsets`]).
static FONT: OnceLock<FontRef<'static>> = OnceLock::new();

/// Where Debian's fonts-dejavu-core puts its sans: the curly quotes and apostrophe of English
/// lines are set in it (the CJK face's are full-width marks, loose in a Latin word).
pub const LATIN_FONT_PATH: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// The Latin font, where registered (see [`register_latin_font`]).
static LATIN: OnceLock<FontRef<'static>> = OnceLock::new();

/// Registers the Latin font for English lines' curly quotes; without it they are set in the
/// CJK font's.
pub fn register_latin_font(bytes: &'static [u8]) -> Result<(), String> {
    let unreadable = || "the share image's Latin font cannot be read".to_string();
    let font = FontRef::try_from_slice(bytes).map_err(|_| unreadable())?;
    let _ = LATIN.set(font);
    plotters::style::register_font("latin", FontStyle::Normal, bytes).map_err(|_| unreadable())
}

/// Whether `text` is set as Latin: mostly ASCII letters.
fn is_latin(text: &str) -> bool {
    text.chars().filter(char::is_ascii_alphabetic).count() * 2 > text.chars().count()
}

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
    layout(font, size, text).0
}

/// The curly quotes and apostrophe: full-width in this CJK font, right beside Chinese, a wide
/// gap in an English word (district’s). In English text each takes the width of its ink.
const CURLY: [char; 4] = ['‘', '’', '“', '”'];

/// Opening marks whose ink sits at the right of their full-width cell: at the start of a
/// Chinese line, set from their ink (as CSS `text-spacing-trim` sets the page's labels), not
/// half a blank cell in, which looks like an indent.
const OPENING: [char; 3] = ['“', '《', '「'];

/// The offsets of [`glyph_offsets`] and the width of the whole line.
fn layout(font: &FontRef<'_>, size: f64, text: &str) -> (Vec<(char, i32)>, f64) {
    let scaled = font.as_scaled(size as f32);
    let latin = is_latin(text);
    let mut pen = 0f32;
    let mut previous = None;
    let offsets = text
        .chars()
        .map(|c| {
            let id = scaled.glyph_id(c);
            let ink = scaled
                .outline_glyph(scaled.scaled_glyph(c))
                .map(|g| g.px_bounds());
            if !latin && previous.is_none() && pen == 0.0 && OPENING.contains(&c) {
                // The line's first mark: its ink at the line's start, the rest of its cell kept.
                let blank = ink.map_or(0.0, |b| b.min.x).max(0.0);
                pen += scaled.h_advance(id) - blank;
                previous = Some(id);
                return (c, 0);
            }
            if latin && CURLY.contains(&c) {
                // Set tight: a hair of space, the ink, a hair of space; the ink the Latin
                // font's, where it is registered (draw_line sets the mark in it).
                let ink = LATIN.get().map_or(ink, |l| {
                    let l = l.as_scaled(size as f32);
                    l.outline_glyph(l.scaled_glyph(c)).map(|g| g.px_bounds())
                });
                let hair = size as f32 * 0.05;
                let width = ink.map_or(0.0, |b| b.max.x - b.min.x);
                let at = (pen + hair).round() as i32;
                pen += width + 2.0 * hair;
                previous = None;
                return (c, at);
            }
            if let Some(p) = previous {
                pen += scaled.kern(p, id);
            }
            previous = Some(id);
            let at = (pen + ink.map_or(0.0, |b| b.min.x)).round() as i32;
            pen += scaled.h_advance(id);
            (c, at)
        })
        .collect();
    (offsets, pen as f64)
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
    // An English line's curly quotes in the Latin font, where it is registered.
    let latin_marks = (is_latin(text) && LATIN.get().is_some()).then(|| TextStyle {
        font: ("latin", size).into_font(),
        color: style.color,
        pos: style.pos,
    });
    for (c, x) in glyph_offsets(font, size, text) {
        if c.is_whitespace() {
            continue;
        }
        let style = match &latin_marks {
            Some(latin) if CURLY.contains(&c) => latin,
            _ => &style,
        };
        area.draw(&Text::new(c.to_string(), (at.0 + x, at.1), style.clone()))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The width of `text` set at `size` (its last pen position).
fn text_width(font: &FontRef<'_>, size: f64, text: &str) -> f64 {
    layout(font, size, text).1
}

/// `text` broken into lines no wider than `width` at `size`: between words where it has
/// spaces (English), else between the words the build found in the page's short lines
/// (Chinese, as the page sets them: 增长 is never split), keeping punctuation that may not
/// start a line (，。；：、）” and the like) on the line before.
pub fn wrap(font: &FontRef<'_>, size: f64, text: &str, width: f64) -> Vec<String> {
    let pieces: Vec<String> = if text.contains(' ') {
        // A number keeps the word after it ("1,000 people").
        let mut pieces: Vec<String> = Vec::new();
        for word in text.split_inclusive(' ') {
            match pieces.last_mut() {
                Some(last) if last.trim().chars().all(|c| c.is_ascii_digit() || c == ',') => {
                    last.push_str(word)
                }
                _ => pieces.push(word.to_string()),
            }
        }
        pieces
    } else {
        crate::typeset::word_runs(text, &crate::content::content().line_words)
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let longer = format!("{line}{piece}");
        if !line.is_empty() && text_width(font, size, longer.trim_end()) > width {
            lines.push(line.trim_end().to_string());
            line = piece;
        } else {
            line = longer;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// A block of text set from its top left: wrapped to `width`, at most `max_lines` lines (more is
/// an error: the image would cut it off), each `leading` below the last. Returns the y under it.
struct Block {
    at: (i32, i32),
    width: f64,
    max_lines: usize,
    leading: i32,
}

fn draw_block<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    block: Block,
    style: TextStyle<'_>,
) -> Result<i32, String> {
    let font = FONT.get().ok_or("register_font was not called")?;
    let lines = wrap(font, style.font.get_size(), text, block.width);
    if lines.len() > block.max_lines {
        return Err(format!(
            "share image: “{text}” needs {} lines, it has room for {}",
            lines.len(),
            block.max_lines
        ));
    }
    let mut y = block.at.1;
    for line in &lines {
        draw_line(area, line, (block.at.0, y), style.clone())?;
        y += block.leading;
    }
    Ok(y)
}

/// The share image's file for a language: `share.png` (Chinese, the page's language) and
/// `share-en.png`.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "share.png",
        Lang::En => "share-en.png",
    }
}

/// Draws the page's share image in `lang` into `path` (PNG): the headline, and under it the
/// figures the page chose (`share_image`: the headline's own, in this page), each with its
/// label and period, over the printed headline and the source line.
pub fn draw_share_image(
    content: &Content,
    lang: Lang,
    path: &std::path::Path,
) -> Result<(), String> {
    draw_image(content, None, lang, path)
}

/// Sets `text` in the largest of `sizes` (largest first) at which it fits in `max_lines`
/// lines of `width`, from `at`; the smallest size must fit. Returns the y under it.
fn fit_block<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    at: (i32, i32),
    (width, max_lines): (f64, usize),
    sizes: &[f64],
    color: RGBColor,
) -> Result<i32, String> {
    fit_block_led(area, text, at, (width, max_lines), sizes, color, 1.3)
}

/// [`fit_block`], its lines `leading` times its size apart.
fn fit_block_led<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    at: (i32, i32),
    (width, max_lines): (f64, usize),
    sizes: &[f64],
    color: RGBColor,
    leading: f64,
) -> Result<i32, String> {
    let font = FONT.get().ok_or("register_font was not called")?;
    let size = sizes
        .iter()
        .copied()
        .find(|size| wrap(font, *size, text, width).len() <= max_lines)
        .unwrap_or(sizes[sizes.len() - 1]);
    let style = ("sans-serif", size).into_font().color(&color);
    let leading = (size * leading).round() as i32;
    draw_block(
        area,
        text,
        Block {
            at,
            width,
            max_lines,
            leading,
        },
        style,
    )
}

/// A piece's share image in `lang` (a figure's or a chart's: a section shares the page's),
/// drawn into a PNG at `path`. A figure's: its number large, its label, its printed words (in
/// English, our translation of them, named so), the page's headline and credit, and where the
/// words come from. A chart's: its title, measure, bars and note, and the same source.
pub fn draw_piece_image(
    content: &Content,
    piece: &crate::piece::Piece,
    lang: Lang,
    path: &std::path::Path,
) -> Result<(), String> {
    draw_image(content, Some(piece), lang, path)
}

/// The page's image (no piece) or a piece's: one frame (kicker, printed headline, source),
/// what each shows inside it.
fn draw_image(
    content: &Content,
    piece: Option<&crate::piece::Piece>,
    lang: Lang,
    path: &std::path::Path,
) -> Result<(), String> {
    use crate::piece::Piece;
    let (w, h) = SIZE;
    let mut buffer = vec![255u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buffer, SIZE).into_drawing_area();
        let text = |size: f64, color: RGBColor| ("sans-serif", size).into_font().color(&color);
        let muted = RGBColor(0x4e, 0x58, 0x63);
        let (left, full) = (60, 1080.0);
        // Whose figures: a figure someone else says (a firm's manager) says so.
        let kicker = match piece {
            Some(Piece::Figure(id)) => content
                .figure(id)
                .map(|f| content.kicker_of(f, lang))
                .unwrap_or_default(),
            _ => content.page.kicker.get(lang).to_string(),
        };
        draw_line(&root, &kicker, (left, 40), text(24.0, palette::ACTIVE))?;
        match piece {
            None => {
                let headline = content.page.shown_headline().get(lang);
                // A Chinese headline of two clauses large, a clause a line, as the page breaks
                // it; else as large as it fits in two lines.
                let font = FONT.get().ok_or("register_font was not called")?;
                let clauses: Vec<String> = crate::typeset::headline_clauses(headline)
                    .into_iter()
                    .map(|phrases| phrases.concat())
                    .collect();
                let large = [52.0, 48.0, 44.0].into_iter().find(|&size| {
                    lang == Lang::Zh
                        && clauses.len() == 2
                        && clauses.iter().all(|c| text_width(font, size, c) <= full)
                });
                let y = match large {
                    Some(size) => {
                        let mut y = 80;
                        for clause in &clauses {
                            draw_line(&root, clause, (left, y), text(size, palette::INK))?;
                            y += (size * 1.3).round() as i32;
                        }
                        y
                    }
                    None => fit_block(
                        &root,
                        headline,
                        (left, 80),
                        (full, 2),
                        &[40.0, 34.0, 30.0, 26.0],
                        palette::INK,
                    )?,
                };
                let figures: Vec<_> = content.share_image_figures().collect();
                let headline = content.page.shown_headline().get(lang);
                draw_figures(
                    &root,
                    content,
                    &figures,
                    (y + 10, headline),
                    lang,
                    &HEADLINE_FIGURES,
                )
                .map_err(|e| format!("the page's share image: {e}"))?;
            }
            Some(Piece::Figure(id)) => {
                let figure = content.figure(id).ok_or(format!("no figure `{id}`"))?;
                let group = content
                    .group(&figure.group)
                    .map(|g| g.title.get(lang))
                    .unwrap_or_default();
                let heading = match &figure.period {
                    Some(period) => format!("{group} · {}", period.get(lang)),
                    None => group.to_string(),
                };
                let y = fit_block(
                    &root,
                    &heading,
                    (left, 84),
                    (full, 1),
                    &[24.0, 20.0, 17.0],
                    muted,
                )?;
                // The figure on one line where it fits; else (an English unit of many words:
                // "more than 520 technology-based firms and R&D teams") its number large and its
                // unit under it, as the page's lead sets them.
                let shown = crate::format::format_figure(figure, lang);
                let value_sizes = [120.0, 96.0, 76.0, 60.0];
                let font = FONT.get().ok_or("register_font was not called")?;
                let (number, unit) = match wrap(font, 60.0, &shown, full).len() {
                    1 => (shown.as_str(), ""),
                    _ => crate::format::split_at_unit(&shown),
                };
                // Set as a title: "At least a third", as the card sets it.
                let number = match lang {
                    Lang::En => crate::format::capitalised(number.trim()),
                    Lang::Zh => number.trim().to_string(),
                };
                let mut y = fit_block_led(
                    &root,
                    &number,
                    (left, y + 18),
                    (full, 1),
                    &value_sizes,
                    palette::VALUE,
                    0.85,
                )?;
                if !unit.trim().is_empty() {
                    y = fit_block(
                        &root,
                        unit.trim(),
                        (left, y),
                        (full, 1),
                        &[44.0, 40.0, 34.0],
                        palette::VALUE,
                    )?;
                }
                let y = fit_block(
                    &root,
                    &crate::format::shown_label(figure, lang),
                    (left, y + 4),
                    (full, 2),
                    &[40.0, 34.0, 28.0],
                    palette::INK,
                )?;
                if let Some(mention) = figure.shown_mention() {
                    let quote = printed_words(mention, lang);
                    let end = fit_block(
                        &root,
                        &quote,
                        (left + 24, y + 22),
                        (full - 24.0, 3),
                        &[30.0, 26.0, 22.0, 19.0, 16.0],
                        palette::INK,
                    )?;
                    // The printed words' rule, beside them, as the page's passages mark a quote.
                    root.draw(&Rectangle::new(
                        [(left, y + 16), (left + 6, end - 8)],
                        palette::ACTIVE.filled(),
                    ))
                    .map_err(|e| e.to_string())?;
                }
            }
            Some(Piece::Chart(id)) => {
                let chart = content
                    .charts
                    .iter()
                    .find(|c| &c.id == id)
                    .ok_or(format!("no chart `{id}`"))?;
                let y = fit_block(
                    &root,
                    chart.title.get(lang),
                    (left, 80),
                    (full, 2),
                    &[36.0, 30.0, 26.0],
                    palette::INK,
                )?;
                let mut y = fit_block(
                    &root,
                    chart.measure.get(lang),
                    (left, y + 4),
                    (full, 2),
                    &[18.0, 15.0],
                    muted,
                )?;
                let bars = chart_bars(content, chart, lang);
                let max = match chart.kind {
                    ChartKind::Share => 100.0,
                    ChartKind::Bars => bars.iter().map(|b| b.value).fold(0.0, f64::max),
                };
                let bottom = if chart.note.is_some() { 462 } else { 500 };
                let row = ((bottom - y) / bars.len().max(1) as i32).min(90);
                let (label_size, track_w) = (22.0, 760);
                // A row holds its label, then its bar (at least 12 px) under it.
                if row < label_size as i32 + 14 + 12 {
                    return Err(format!(
                        "chart `{id}`: its {} bars do not fit its share image (at most {})",
                        bars.len(),
                        (bottom - y) / (label_size as i32 + 26)
                    ));
                }
                for bar in &bars {
                    draw_line(
                        &root,
                        &bar.label,
                        (left, y + 6),
                        text(label_size, palette::INK),
                    )?;
                    let bar_y = y + label_size as i32 + 14;
                    let thick = (row - label_size as i32 - 24).clamp(12, 30);
                    root.draw(&Rectangle::new(
                        [(left, bar_y), (left + track_w, bar_y + thick)],
                        palette::TRACK.filled(),
                    ))
                    .map_err(|e| e.to_string())?;
                    let end =
                        left + (track_w as f64 * (bar.value / max).clamp(0.0, 1.0)).round() as i32;
                    root.draw(&Rectangle::new(
                        [(left, bar_y), (end, bar_y + thick)],
                        palette::BAR.filled(),
                    ))
                    .map_err(|e| e.to_string())?;
                    let value_style =
                        text(28.0, palette::VALUE).pos(Pos::new(HPos::Left, VPos::Center));
                    draw_line(
                        &root,
                        &bar.value_text,
                        (left + track_w + 16, bar_y + thick / 2),
                        value_style,
                    )?;
                    y += row;
                }
                if let Some(note) = &chart.note {
                    fit_block(
                        &root,
                        note.get(lang),
                        (left, 470),
                        (full, 1),
                        &[22.0, 19.0, 16.0],
                        palette::INK,
                    )?;
                }
            }
            Some(Piece::Section(id)) => {
                let group = content.group(id).ok_or(format!("no section `{id}`"))?;
                let y = fit_block(
                    &root,
                    group.title.get(lang),
                    (left, 80),
                    (full, 1),
                    &[40.0, 34.0, 28.0],
                    palette::INK,
                )?;
                let y = fit_block(
                    &root,
                    group.dek.get(lang),
                    (left, y + 2),
                    (full, 4),
                    &[20.0, 18.0, 17.0],
                    muted,
                )?;
                draw_figures(
                    &root,
                    content,
                    &section_figures(content, id),
                    (y, group.dek.get(lang)),
                    lang,
                    &SECTION_FIGURES,
                )
                .map_err(|e| format!("section `{id}`: {e}"))?;
            }
        }
        root.draw(&Rectangle::new(
            [(left, 512), (left + full as i32, 514)],
            palette::INK.filled(),
        ))
        .map_err(|e| e.to_string())?;
        let page = &content.page;
        let cited = crate::format::cited_headline(page.headline.get(lang), lang);
        // The page's own label for the printed headline (as under ours on the page).
        let label = crate::ui::PRINTED_HEADLINE.of(page.medium).get(lang);
        let printed = match lang {
            Lang::Zh => format!("{label}{cited} · {}", page.credit.zh),
            Lang::En => format!("{label}{cited} · {}", page.credit.en),
        };
        fit_block(
            &root,
            &printed,
            (left, 522),
            (full, 2),
            &[17.0, 15.0],
            muted,
        )?;
        fit_block(
            &root,
            // Whose figure: a firm's manager's, where it is theirs.
            &crate::cite::source_of(
                content,
                match piece {
                    Some(Piece::Figure(id)) => content.figure(id),
                    _ => None,
                },
                lang,
            ),
            (left, 566),
            (full, 2),
            &[17.0, 15.0, 13.0],
            muted,
        )?;
        root.present().map_err(|e| e.to_string())?;
    }
    write_png(&buffer, SIZE, path)
}

/// Where a row of figures says their periods.
#[derive(Debug, PartialEq)]
enum Periods {
    /// Each under its figure: they differ.
    Each,
    /// Once, over the row: they are one.
    Once,
    /// Not at all: the words over the row say their one period.
    SaidAbove,
}

/// Where a row of figures with `periods` says them, under the words `above` it.
fn place_periods(periods: &[&str], above: &str) -> Periods {
    match periods.split_first() {
        Some((first, rest)) if !rest.is_empty() && rest.iter().all(|p| p == first) => {
            match above.contains(first) {
                true => Periods::SaidAbove,
                false => Periods::Once,
            }
        }
        _ => Periods::Each,
    }
}

/// The type sizes a row of figures tries, largest first, for its numbers, labels and periods.
struct FigureSizes {
    value: &'static [f64],
    label: &'static [f64],
    period: &'static [f64],
}

/// Under a section's title and dek.
const SECTION_FIGURES: FigureSizes = FigureSizes {
    value: &[48.0, 40.0, 32.0, 26.0],
    label: &[20.0, 18.0, 16.0, 14.0],
    period: &[16.0, 14.0, 13.0],
};

/// Under the page's headline alone: the headline's own figures, larger.
const HEADLINE_FIGURES: FigureSizes = FigureSizes {
    value: &[64.0, 56.0, 48.0, 40.0, 32.0],
    label: &[26.0, 24.0, 22.0, 20.0, 18.0],
    period: &[19.0, 17.0, 15.0],
};

/// A figure of a row as set in `lang` (`shown`, as its card shows it). In English, the number
/// large and its unit under it, smaller ("6.82" over "beds per 1,000 people"), as the page's
/// lead sets them: the numbers of a row then share a size; a number in words starts with a
/// capital, as on its card ("More than 50", "At least a third"). Chinese units are short
/// enough to sit beside theirs.
fn number_and_unit(shown: &str, lang: Lang) -> (String, &str) {
    match lang {
        Lang::En => {
            let (number, unit) = crate::format::split_at_unit(shown);
            (crate::format::capitalised(number), unit)
        }
        Lang::Zh => (shown.to_string(), ""),
    }
}

/// Up to four figures side by side from `y`, each its number, label and period (each its own:
/// figures of different periods may stand together; one line over them all when they share
/// one); an error when one runs into the foot.
fn draw_figures<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    content: &Content,
    figures: &[&crate::model::Figure],
    (y, above): (i32, &str),
    lang: Lang,
    sizes: &FigureSizes,
) -> Result<(), String> {
    let muted = RGBColor(0x4e, 0x58, 0x63);
    let (left, column, step) = (60, 240.0, 280);
    if figures.len() > 4 {
        return Err(format!("{} figures; there is room for four", figures.len()));
    }
    // One period for them all (a section's: "since March"): said once over the row, not four
    // times under it; not at all where the words `above` the row (a section's dek) say it.
    let periods: Vec<&str> = figures
        .iter()
        .map(|f| crate::ui::period_of(f, content.page.medium, lang))
        .collect();
    let placed = place_periods(&periods, above);
    let shared = placed != Periods::Each;
    let y = match placed == Periods::Once {
        true => fit_block(
            root,
            periods[0],
            (left, y + 8),
            (1080.0, 1),
            sizes.period,
            muted,
        )?,
        false => y,
    };
    for (i, figure) in figures.iter().enumerate() {
        let x = left + i as i32 * step;
        let shown = crate::format::format_figure(figure, lang);
        let (number, unit) = number_and_unit(&shown, lang);
        let mut y = fit_block_led(
            root,
            &number,
            (x, y + 22),
            (column, 2),
            sizes.value,
            palette::VALUE,
            1.05,
        )?;
        if !unit.trim().is_empty() {
            let unit_sizes: Vec<f64> = sizes.label.iter().map(|s| s + 4.0).collect();
            y = fit_block(
                root,
                unit.trim(),
                (x, y - 2),
                (column, 2),
                &unit_sizes,
                palette::VALUE,
            )?;
        }
        let y = fit_block(
            root,
            &crate::format::shown_label(figure, lang),
            (x, y + 4),
            (column, 4),
            sizes.label,
            palette::INK,
        )?;
        let end = match shared {
            true => y,
            false => fit_block(
                root,
                periods[i],
                (x, y + 4),
                (column, 3),
                sizes.period,
                muted,
            )?,
        };
        if end > 506 {
            return Err(format!("figure `{}` runs into the image's foot", figure.id));
        }
    }
    Ok(())
}

/// The figures a section's share image shows: its lead, then the first others no chart draws
/// (a chart's bars out of their chart could be misread: shares that overlap added up), four at
/// most; none someone other than the district says (a firm's manager): the image's kicker
/// calls its figures the district's own.
pub fn section_figures<'a>(
    content: &'a Content,
    group: &'a crate::model::GroupId,
) -> Vec<&'a crate::model::Figure> {
    let lead = content
        .group(group)
        .and_then(|g| g.lead.as_deref())
        .and_then(|id| content.figure(id));
    let others = content.figures_in(group).filter(|f| {
        !content.in_chart(&f.id)
            && f.said_by.is_none()
            && Some(f.id.as_str()) != lead.map(|l| l.id.as_str())
    });
    lead.into_iter().chain(others).take(4).collect()
}

/// Writes an RGB buffer as a small PNG: indexed when it has at most 256 colours (a share
/// image's few inks and their anti-aliased edges often do), else RGB, at the best compression.
fn write_png(rgb: &[u8], (w, h): (u32, u32), path: &std::path::Path) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    encoder.set_compression(png::Compression::Best);
    encoder.set_filter(png::FilterType::Paeth);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
    let mut palette: Vec<[u8; 3]> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let mut indices = Vec::with_capacity((w * h) as usize);
    for pixel in rgb.chunks_exact(3) {
        let colour = [pixel[0], pixel[1], pixel[2]];
        let next = index.len();
        let i = *index.entry(colour).or_insert(next);
        if i == palette.len() {
            palette.push(colour);
        }
        if palette.len() > 256 {
            break;
        }
        indices.push(i as u8);
    }
    let err = |e: png::EncodingError| format!("{}: {e}", path.display());
    if palette.len() <= 256 {
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_palette(palette.concat());
        encoder.set_filter(png::FilterType::NoFilter);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::NonAdaptive);
        encoder
            .write_header()
            .map_err(err)?
            .write_image_data(&indices)
            .map_err(err)
    } else {
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder
            .write_header()
            .map_err(err)?
            .write_image_data(rgb)
            .map_err(err)
    }
}

/// A figure's printed words as its share image quotes them: in English our translation, named
/// so (or the Chinese, where we have none).
fn printed_words(mention: &crate::model::Mention, lang: Lang) -> String {
    match (lang, &mention.quote_en) {
        (Lang::En, Some(quote)) => format!(
            "{} (our translation of the page’s words)",
            crate::format::quoted(quote)
        ),
        _ => crate::format::quoted(&mention.quote),
    }
}

/// What a piece's share image shows, in words (its `og:image:alt`).
pub fn piece_image_alt(content: &Content, piece: &crate::piece::Piece, lang: Lang) -> String {
    use crate::piece::Piece;
    match piece {
        Piece::Figure(id) => content.figure(id).map_or(String::new(), |f| {
            let title = crate::format::figure_title(f, lang);
            let quote = f.shown_mention().map(|m| printed_words(m, lang));
            match lang {
                Lang::Zh => format!("{title}。{}", quote.unwrap_or_default()),
                Lang::En => format!("{title}. {}", quote.unwrap_or_default())
                    .trim_end()
                    .to_string(),
            }
        }),
        Piece::Chart(id) => {
            content
                .charts
                .iter()
                .find(|c| &c.id == id)
                .map_or(String::new(), |c| {
                    let bars: Vec<String> = chart_bars(content, c, lang)
                        .iter()
                        .map(|b| {
                            format!(
                                "{} {}",
                                crate::format::in_sentence(&b.label, lang),
                                b.value_text
                            )
                        })
                        .collect();
                    let note = c.note.as_ref().map_or("", |n| n.get(lang));
                    match lang {
                        Lang::Zh => format!("{}：{}。{note}", c.title.zh, bars.join("，")),
                        Lang::En => format!("{}: {}. {note}", c.title.en, bars.join(", ")),
                    }
                })
        }
        Piece::Section(id) => content.group(id).map_or(String::new(), |g| {
            let figures: Vec<String> = section_figures(content, id)
                .into_iter()
                .map(|f| crate::format::figure_title(f, lang))
                .collect();
            match lang {
                Lang::Zh => format!("{}：{}。", g.title.zh, figures.join("；")),
                Lang::En => format!("{}: {}.", g.title.en, figures.join("; ")),
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sections_image_holds_no_figure_someone_else_says_under_its_district_kicker() {
        let content = crate::content::content();
        let said = content
            .figures
            .iter()
            .find(|f| f.said_by.is_some())
            .unwrap();
        let shown = section_figures(content, &said.group);
        assert!(!shown.is_empty());
        assert!(shown.iter().all(|f| f.said_by.is_none()), "{}", said.id);
    }

    #[test]
    fn a_sections_one_period_is_said_once_or_by_its_dek() {
        let content = crate::content::content();
        let land = crate::model::GroupId::from("land");
        let dek = content.group(&land).unwrap().dek.get(Lang::En);
        let periods: Vec<&str> = section_figures(content, &land)
            .iter()
            .map(|f| crate::ui::period_of(f, content.page.medium, Lang::En))
            .collect();
        // The land section's four figures are all "since March", which its dek says.
        assert_eq!(place_periods(&periods, dek), Periods::SaidAbove);
        assert_eq!(place_periods(&periods, "Land"), Periods::Once);
        assert_eq!(place_periods(&["2020", "2021"], "Land"), Periods::Each);
        assert_eq!(place_periods(&["2020"], "Land"), Periods::Each);
    }

    #[test]
    fn a_preview_quotes_the_mention_worded_as_the_figure_is_shown() {
        let content = crate::content::content();
        // 1600家, printed as 突破1600家 in one place and 达1600家 in another: 达1600家.
        let tech = crate::piece::Piece::Figure("tech-enterprises".into());
        let alt = piece_image_alt(content, &tech, Lang::Zh);
        assert!(alt.contains("全区科技型企业达1600家"), "{alt}");
        assert!(!alt.contains("突破1600"), "{alt}");
    }

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
        let latin = std::fs::read(LATIN_FONT_PATH).unwrap_or_else(|e| {
            panic!("{LATIN_FONT_PATH}: {e} (scripts/setup.sh installs fonts-dejavu-core)")
        });
        let _ = register_latin_font(Box::leak(latin.into_boxed_slice()));
    }

    #[test]
    fn every_glyph_is_inked_where_the_font_places_it() {
        load_font();
        // The share image's texts with full-width punctuation, whose ink sits off the left of
        // its cell: set as one plotters string, “ was drawn a bearing too far left (a bracket
        // is set half width: see the next test).
        let font = FONT.get().unwrap().as_scaled(40.0);
        for text in ["城镇新增就业", "民生·“十三五”期间"] {
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
    fn a_chinese_bracket_keeps_its_full_width_cell() {
        load_font();
        // At 40 px: 业 a cell, （ its own cell (this font draws it a little narrower than a
        // square), so 累 starts nearly two cells after 业, as a Chinese page
        // sets full-width brackets (set half width, they read as Latin ones with a gap: the
        // nineteenth read); the bracket's ink lies between them.
        let at = ink_starts("业（累计）");
        let (ye, open, lei) = (at[0], at[1], at[2]);
        assert!(ye < open && open < lei, "{at:?}");
        assert!((64..=84).contains(&(lei - ye)), "{at:?}");
    }

    #[test]
    fn a_curly_apostrophe_in_english_sits_tight_and_in_chinese_keeps_its_cell() {
        load_font();
        // district’s at 40 px: the apostrophe's ink follows the t's closely, and the s follows
        // it (in this font’s full-width cell it would sit some 40 px apart).
        let english = ink_starts("district’s");
        let (t, apostrophe, s) = (english[7], english[8], english[9]);
        assert!(t < apostrophe && apostrophe - t < 20, "{english:?}");
        assert!(apostrophe < s && s - apostrophe < 20, "{english:?}");
        // Beside Chinese, the full-width mark keeps its cell: ” a whole cell after 碚.
        let chinese = ink_starts("“北碚”");
        assert!(chinese[3] - chinese[2] >= 30, "{chinese:?}");
    }

    #[test]
    fn a_chinese_line_that_opens_with_a_quote_starts_at_its_ink_not_half_a_cell_in() {
        load_font();
        // “十三五”期间 under a figure: the quote's ink where the line starts, as the label's
        // first character would be (it was some 20 px in at 40 px: an indent).
        let quoted = ink_starts("“十三五”期间");
        let plain = ink_starts("十三五");
        assert!(quoted[0].abs_diff(plain[0]) <= 4, "{quoted:?} {plain:?}");
        // The quote keeps the rest of its cell: 十 follows it, clear of its ink.
        assert!(quoted[1] > quoted[0] + 8, "{quoted:?}");
        // Inside a line it keeps its whole cell.
        let inside = ink_starts("民生“十");
        assert!(inside[2] - inside[0] >= 70, "{inside:?}");
    }

    #[test]
    fn every_figure_and_chart_has_its_own_share_image_and_its_words_fit() {
        use crate::piece::Piece;
        let content = crate::content::content();
        load_font();
        let dir = std::env::temp_dir().join("piece-images");
        std::fs::create_dir_all(&dir).unwrap();
        let mut seen = std::collections::HashSet::new();
        for piece in Piece::all(content) {
            for lang in [Lang::Zh, Lang::En] {
                let file = piece.image_file(lang);
                let path = dir.join(&file);
                // A text that would need more lines than its place has is an error here.
                draw_piece_image(content, &piece, lang, &path)
                    .unwrap_or_else(|e| panic!("{file}: {e}"));
                let png = std::fs::read(&path).unwrap();
                let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
                let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
                assert_eq!((width, height), SIZE, "{file}");
                assert!(seen.insert(png), "{file} is another piece's image");
            }
        }
    }

    #[test]
    fn a_chart_with_more_bars_than_its_share_image_holds_is_an_error_not_an_overlap() {
        use crate::piece::Piece;
        let mut content = crate::content::content().clone();
        load_font();
        let chart = &mut content.charts[0];
        let id = chart.id.clone();
        chart.figures = vec![chart.figures[0].clone(); 12];
        let path = std::env::temp_dir().join("beibei-too-many-bars.png");
        let error = draw_piece_image(&content, &Piece::Chart(id.clone()), Lang::Zh, &path)
            .expect_err("12 bars cannot fit");
        assert!(
            error.contains(&format!("chart `{id}`: its 12 bars do not fit")),
            "{error}"
        );
    }

    #[test]
    fn a_figures_image_alt_says_its_words_and_whose_translation_they_are() {
        use crate::piece::Piece;
        let content = crate::content::content();
        let beds = Piece::Figure("hospital-beds".into());
        let zh = piece_image_alt(content, &beds, Lang::Zh);
        assert!(zh.contains("6.82") && zh.contains("。“"), "{zh}");
        let en = piece_image_alt(content, &beds, Lang::En);
        assert!(
            en.contains(". “") && en.ends_with("” (our translation of the page’s words)"),
            "{en}"
        );
        // Without our translation, the printed words in Chinese, still after a space.
        let mut content = content.clone();
        let figure = content
            .figures
            .iter_mut()
            .find(|f| f.id == "hospital-beds")
            .unwrap();
        figure.mentions[0].quote_en = None;
        let en = piece_image_alt(&content, &beds, Lang::En);
        assert!(
            en.contains(&format!(". “{}”", figure_quote(&content))),
            "{en}"
        );
    }

    fn figure_quote(content: &Content) -> String {
        content.figure("hospital-beds").unwrap().mentions[0]
            .quote
            .clone()
    }

    #[test]
    fn a_rows_english_number_in_words_starts_with_a_capital_as_on_its_card() {
        assert_eq!(
            number_and_unit("more than 50 schools", Lang::En),
            ("More than 50".to_string(), " schools")
        );
        assert_eq!(
            number_and_unit("6.82 beds per 1,000 people", Lang::En),
            ("6.82".to_string(), " beds per 1,000 people")
        );
        assert_eq!(
            number_and_unit("6.82张", Lang::Zh),
            ("6.82张".to_string(), "")
        );
    }

    #[test]
    fn draws_a_png_of_the_right_size() {
        let content = crate::content::content();
        load_font();
        for lang in [Lang::Zh, Lang::En] {
            let path = std::env::temp_dir().join(format!("beibei-{}", file_name(lang)));
            draw_share_image(content, lang, &path).unwrap();
            let png = std::fs::read(&path).unwrap();
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
            let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
            assert_eq!((width, height), SIZE);
        }
    }

    #[test]
    fn text_wraps_between_words_or_characters_within_its_width_and_too_much_is_an_error() {
        load_font();
        let font = FONT.get().unwrap();
        let english = "Three overlapping categories’ shares of output at larger industrial firms";
        let lines = wrap(font, 22.0, english, 300.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), english);
        assert!(
            lines.iter().all(|l| text_width(font, 22.0, l) <= 300.0),
            "{lines:?}"
        );
        // A number stays with its word: "beds per" over "1,000 people".
        let unit = "beds per 1,000 people";
        let lines = wrap(
            font,
            30.0,
            unit,
            text_width(font, 30.0, "beds per 1,000") + 1.0,
        );
        assert_eq!(lines, ["beds per", "1,000 people"]);
        // Chinese breaks between words: the income label never splits 增长 (growth), which a
        // break after any character did at the share image's column.
        let label = "全体居民人均可支配收入年均增长";
        for width in [160.0, 200.0, 240.0, 280.0] {
            let lines = wrap(font, 20.0, label, width);
            assert_eq!(lines.concat(), label);
            assert!(lines.iter().all(|l| !l.ends_with('增')), "{lines:?}");
        }
        // A comma never starts a line.
        let chinese = "三项比重相加远超100%，可见三类所指的产值互有交叉，不应相加。";
        for width in [60.0, 90.0, 130.0, 200.0] {
            let lines = wrap(font, 20.0, chinese, width);
            assert_eq!(lines.concat(), chinese);
            assert!(
                lines
                    .iter()
                    .all(|l| !l.starts_with('，') && !l.starts_with('。')),
                "{lines:?}"
            );
        }
        // A block that would need more lines than it has room for is refused, not cut off.
        let (w, h) = (200u32, 100u32);
        let mut buffer = vec![255u8; (w * h * 3) as usize];
        let root = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
        let style = ("sans-serif", 22.0).into_font().color(&BLACK);
        let too_long = Block {
            at: (0, 0),
            width: 200.0,
            max_lines: 1,
            leading: 24,
        };
        assert!(draw_block(&root, english, too_long, style)
            .unwrap_err()
            .contains("needs"));
    }
}
