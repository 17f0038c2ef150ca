//! A chart in words, generated from its bars in the reader's language: how many figures, the
//! largest and the smallest. (Shares that overlap say so in the chart's own `note`, which the
//! rules require and the chart shows beside its measure.)
//! Shown as the chart's caption and tied to it by `aria-describedby`.

use super::BarSpec;
use crate::model::Lang;
use crate::ui;

/// The description of a chart's bars.
pub fn describe(bars: &[BarSpec], lang: Lang) -> String {
    let t = |s: ui::Str| s.get(lang);
    let sep = t(ui::COMMA);
    let finite = || bars.iter().filter(|b| b.value.is_finite());
    let mut text = match lang {
        Lang::Zh => format!("{}{}", bars.len(), t(ui::FIGURES_COUNTED)),
        Lang::En if bars.len() == 1 => "One figure".to_string(),
        // A sentence starts with a number in words.
        Lang::En => match bars.len() {
            n @ 2..=9 => format!(
                "{} {}",
                ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"][n - 2],
                t(ui::FIGURES_COUNTED)
            ),
            n => format!("{n} {}", t(ui::FIGURES_COUNTED)),
        },
    };
    let largest = finite().fold(None::<&BarSpec>, |m, b| match m {
        Some(m) if m.value >= b.value => Some(m),
        _ => Some(b),
    });
    let smallest = finite().fold(None::<&BarSpec>, |m, b| match m {
        Some(m) if m.value <= b.value => Some(m),
        _ => Some(b),
    });
    let label = |b: &BarSpec| crate::format::in_sentence(&b.label, lang);
    match (largest, smallest) {
        (Some(l), Some(s)) if bars.len() > 1 && l.value > s.value => {
            text.push_str(t(ui::FULL_STOP));
            text.push_str(&format!(
                "{}{}{sep}{}{}{}{}{sep}{}{}",
                t(ui::LARGEST),
                label(l),
                l.value_text,
                t(ui::SEMICOLON),
                t(ui::SMALLEST),
                label(s),
                s.value_text,
                t(ui::FULL_STOP)
            ));
        }
        (Some(b), _) if bars.len() == 1 => {
            text.push_str(&format!(
                "{}{}{sep}{}",
                t(ui::COLON),
                label(b),
                b.value_text
            ));
            text.push_str(t(ui::FULL_STOP));
        }
        _ => text.push_str(t(ui::FULL_STOP)),
    }
    text.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: f64) -> BarSpec {
        BarSpec {
            figure: label.into(),
            label: label.into(),
            value,
            value_text: format!("{value}%"),
        }
    }

    #[test]
    fn names_the_largest_and_the_smallest_in_both_languages() {
        let bars = [bar("A", 20.0), bar("B", 50.0), bar("C", 10.0)];
        assert_eq!(
            describe(&bars, Lang::Zh),
            "3项数据。最大：B，50%；最小：C，10%。"
        );
        assert_eq!(
            describe(&bars, Lang::En),
            "Three figures. Largest: B, 50%; smallest: C, 10%."
        );
        // A category's name inside the sentence in lower case, as English sets it; an
        // abbreviation as it is.
        let bars = [bar("High-tech manufacturing", 65.2), bar("R&D", 2.5)];
        assert_eq!(
            describe(&bars, Lang::En),
            "Two figures. Largest: high-tech manufacturing, 65.2%; smallest: R&D, 2.5%."
        );
    }

    #[test]
    fn every_charts_english_labels_start_with_a_word_the_english_sets_in_lower_case() {
        // So lower-casing them inside a sentence never turns a name into a common word: the
        // first word of each, lower-cased, is a word of our English passages.
        let content = crate::content::content();
        let english: String = content
            .passages
            .iter()
            .filter_map(|p| p.text_en.as_ref().map(|t| t.as_written()))
            .collect::<Vec<_>>()
            .join(" ");
        for chart in &content.charts {
            for bar in crate::content::chart_bars(content, chart, Lang::En) {
                let shown = crate::format::in_sentence(&bar.label, Lang::En);
                let first = shown.split(' ').next().unwrap();
                if first != bar.label.split(' ').next().unwrap() {
                    assert!(english.contains(&format!(" {first} ")), "{}", bar.label);
                }
            }
        }
    }

    #[test]
    fn one_figure_or_equal_figures_need_no_extremes() {
        assert_eq!(describe(&[bar("A", 5.0)], Lang::En), "One figure: A, 5%.");
        assert_eq!(
            describe(&[bar("A", 5.0), bar("B", 5.0)], Lang::Zh),
            "2项数据。"
        );
    }
}
