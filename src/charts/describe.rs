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
    match (largest, smallest) {
        (Some(l), Some(s)) if bars.len() > 1 && l.value > s.value => {
            text.push_str(t(ui::FULL_STOP));
            text.push_str(&format!(
                "{}{}{sep}{}{}{}{}{sep}{}{}",
                t(ui::LARGEST),
                l.label,
                l.value_text,
                t(ui::SEMICOLON),
                t(ui::SMALLEST),
                s.label,
                s.value_text,
                t(ui::FULL_STOP)
            ));
        }
        (Some(b), _) if bars.len() == 1 => {
            text.push_str(&format!("{}{}{sep}{}", t(ui::COLON), b.label, b.value_text));
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
