//! Chinese typesetting as a news desk sets it: no line that ends a headline, a dek or a label
//! with one character alone (`——北 / 碚。`). The last two characters of Chinese (with what
//! follows them) are kept together; the browser breaks the line before them instead. A pure
//! split: the text itself is unchanged (no invisible joiners in what a reader copies).

/// Whether `c` is a Chinese character (CJK unified ideographs and extension A).
fn ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Chinese `text` split before its last two Chinese characters: `(rest, tail)`, the tail to be
/// kept on one line. A text with fewer than two has no tail (`(text, "")`). (English is not
/// split: its callers set it whole.)
pub fn split_tail(text: &str) -> (&str, &str) {
    let at = text
        .char_indices()
        .rev()
        .filter(|(_, c)| ideograph(*c))
        .nth(1)
        .map_or(text.len(), |(i, _)| i);
    text.split_at(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_two_characters_and_what_follows_stay_together() {
        assert_eq!(
            split_tail("激荡出这片山水的名字——北碚。"),
            ("激荡出这片山水的名字——", "北碚。")
        );
        assert_eq!(split_tail("城市公园"), ("城市", "公园"));
        assert_eq!(split_tail("床位数达到6.82张"), ("床位数达", "到6.82张"));
        assert_eq!(split_tail("园"), ("园", ""));
        assert_eq!(split_tail("City parks built"), ("City parks built", ""));
        assert_eq!(split_tail(""), ("", ""));
    }
}
