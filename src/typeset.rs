//! Chinese typesetting as a news desk sets it: no line that ends a headline, a dek or a label
//! with one character alone (`——北 / 碚。`). The last two characters of Chinese (with what
//! follows them) are kept together; the browser breaks the line before them instead. A pure
//! split: the text itself is unchanged (no invisible joiners in what a reader copies).

/// Whether `c` is a Chinese character (CJK unified ideographs and extension A).
fn ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Marks that end a clause: a short last clause after one is kept whole (`，未经核实`).
const CLAUSE_ENDS: [char; 7] = ['，', '、', '；', '：', '｜', '|', '—'];
/// Marks that open a clause: kept with what they open (`（累计）`, never `（` alone at a line's end).
const CLAUSE_OPENS: [char; 3] = ['（', '(', '“'];
/// The longest last clause kept whole, in Chinese characters.
const SHORT_CLAUSE: usize = 4;

/// Chinese `text` split before its last two Chinese characters, or before its last clause when
/// that is short (`，未经核实`, `（累计）`): `(rest, tail)`, the tail to be kept on one line. A
/// text with fewer than two has no tail (`(text, "")`). (English is not split: its callers set
/// it whole.)
pub fn split_tail(text: &str) -> (&str, &str) {
    let last_two = text
        .char_indices()
        .rev()
        .filter(|(_, c)| ideograph(*c))
        .nth(1)
        .map(|(i, _)| i);
    let Some(last_two) = last_two else {
        return (text, "");
    };
    // The last clause: after the last clause end, or from the last opening mark, whichever
    // is later (and not the text's last character).
    let body = text.trim_end_matches(|c: char| !ideograph(c) && !c.is_ascii_alphanumeric());
    let clause = body
        .char_indices()
        .rev()
        .find_map(|(i, c)| {
            if CLAUSE_ENDS.contains(&c) {
                Some(i + c.len_utf8())
            } else if CLAUSE_OPENS.contains(&c) {
                Some(i)
            } else {
                None
            }
        })
        .filter(|&at| {
            let n = text[at..].chars().filter(|c| ideograph(*c)).count();
            (2..=SHORT_CLAUSE).contains(&n) && at < last_two
        });
    text.split_at(clause.unwrap_or(last_two))
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
        // A short last clause is kept whole, with the mark that opens it.
        assert_eq!(
            split_tail("重庆·北碚｜该区自述的数字，未经核实"),
            ("重庆·北碚｜该区自述的数字，", "未经核实")
        );
        assert_eq!(
            split_tail("城镇新增就业（累计）"),
            ("城镇新增就业", "（累计）")
        );
        // A long last clause is not: its last two characters are.
        assert_eq!(split_tail("甲，乙丙丁戊己庚辛"), ("甲，乙丙丁戊己", "庚辛"));
        assert_eq!(split_tail("床位数达到6.82张"), ("床位数达", "到6.82张"));
        assert_eq!(split_tail("园"), ("园", ""));
        assert_eq!(split_tail("City parks built"), ("City parks built", ""));
        assert_eq!(split_tail(""), ("", ""));
    }
}
