//! Text measuring and wrapping for chart labels, by estimate: the chart is laid out the same
//! natively and in the browser, and is tested natively.

/// Estimated width in px of `text` at `font_px`: a CJK character is one em, an ASCII one a bit
/// over half.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                if c.is_ascii_uppercase() || c == 'm' || c == 'w' {
                    0.68
                } else {
                    0.56
                }
            } else {
                1.0
            }
        })
        .sum::<f64>()
        * font_px
}

/// Splits `text` into lines no wider than `max_px`: at spaces for English, between characters
/// for Chinese (never inside a word or number).
pub fn wrap(text: &str, font_px: f64, max_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for token in tokens(text) {
        let candidate = format!("{line}{token}");
        if !line.is_empty() && text_width(candidate.trim_end(), font_px) > max_px {
            lines.push(line.trim_end().to_string());
            line = token.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Breakable pieces: an ASCII word with its trailing space, or one non-ASCII character.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            word.push(c);
            if c == ' ' {
                out.push(std::mem::take(&mut word));
            }
        } else {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_english_at_spaces_and_chinese_between_characters() {
        let lines = wrap(
            "Strategic emerging manufacturing, share of industrial output",
            13.0,
            200.0,
        );
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(
            lines.iter().all(|l| text_width(l, 13.0) <= 200.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.join(" "),
            "Strategic emerging manufacturing, share of industrial output"
        );
        let lines = wrap("战略性新兴制造业产值占比", 13.0, 80.0);
        assert_eq!(lines.concat(), "战略性新兴制造业产值占比");
        assert!(lines.len() == 2, "{lines:?}");
    }

    #[test]
    fn a_word_longer_than_the_line_stays_whole() {
        assert_eq!(
            wrap("Supercalifragilistic", 13.0, 30.0),
            vec!["Supercalifragilistic"]
        );
        assert!(wrap("", 13.0, 30.0).is_empty());
    }
}
