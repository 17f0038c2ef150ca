//! Chinese typesetting as a news desk sets it: no line that ends a headline, a dek or a label
//! with one character alone (`——北 / 碚。`). The last two characters of Chinese (with what
//! follows them) are kept together; the browser breaks the line before them instead. A pure
//! split: the text itself is unchanged (no invisible joiners in what a reader copies).

/// Whether `c` is a Chinese character (CJK unified ideographs and extension A).
pub fn ideograph(c: char) -> bool {
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
    let Some(last_two) = last_ideographs_at(text, 2) else {
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

/// Chinese `text` split before its last `n` Chinese characters: `(rest, tail)`, the tail (with
/// what follows them) to be kept on one line; `(text, "")` in a text with fewer.
pub fn split_last(text: &str, n: usize) -> (&str, &str) {
    last_ideographs_at(text, n).map_or((text, ""), |at| text.split_at(at))
}

/// [`split_last`], the tail begun where the word it starts in starts (`words` as
/// [`word_runs`] takes them): never 城 / 市新名片；, where the last four characters would
/// start inside 城市. The split moves back four characters at most.
pub fn split_last_words<'a>(text: &'a str, n: usize, words: &[String]) -> (&'a str, &'a str) {
    let (rest, tail) = split_last(text, n);
    if tail.is_empty() {
        return (rest, tail);
    }
    let from = text[..rest.len()]
        .char_indices()
        .rev()
        .nth(3)
        .map_or(0, |(at, _)| at);
    // The last place a run starts after the window's first (which may start inside a word)
    // and not after the split.
    let split = rest.len();
    let mut at = from;
    let mut start = split;
    for run in word_runs(&text[from..], words) {
        if at > from {
            start = at;
        }
        at += run.len();
        if at > split {
            break;
        }
    }
    text.split_at(start.min(split))
}

/// Where `text`'s last `n` Chinese characters start, if it has `n`.
fn last_ideographs_at(text: &str, n: usize) -> Option<usize> {
    text.char_indices()
        .rev()
        .filter(|(_, c)| ideograph(*c))
        .nth(n.checked_sub(1)?)
        .map(|(i, _)| i)
}

/// Opening marks: never the last thing on a line.
const OPENS: [char; 5] = ['（', '(', '“', '‘', '《'];

/// Whether a line may break between `before` and `after`, two characters that end and start
/// two words: between Chinese words, after a closing or clause mark, and before a number; never
/// inside a number and its unit (`12.5万人`), after an opening mark or before any other mark.
fn breakable(before: char, after: char) -> bool {
    let word_end = ideograph(before)
        || matches!(before, '”' | '’' | '）' | ')' | '》')
        || CLAUSE_ENDS.contains(&before)
        || matches!(before, '。' | '！' | '？');
    // (Never before 的, which belongs to the words before it: not “老房电梯梦”成真 / 的居民.)
    let word_start = (ideograph(after) && after != '的')
        || after.is_ascii_alphanumeric()
        || OPENS.contains(&after);
    word_end && word_start && !OPENS.contains(&before)
}

/// Chinese `text` cut into the runs a line may not break inside: its words as `words` (sorted)
/// has them, the longest first, and every other character alone; runs join where no break is
/// allowed (see `breakable`). Joined, the runs are the text unchanged.
pub fn word_runs<'a>(text: &'a str, words: &[String]) -> Vec<&'a str> {
    let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let mut runs = Vec::new();
    let mut start = 0;
    let mut at = 0;
    let mut previous: Option<char> = None;
    while at < text.len() {
        let rest = &text[at..];
        // The longest word of the list that starts here, else one character (the ends of the
        // next characters, as many as the longest word has).
        let ends: Vec<usize> = rest
            .char_indices()
            .take(longest.max(1))
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        let len = (2..=longest.min(ends.len()))
            .rev()
            .map(|n| ends[n - 1])
            .find(|&end| {
                words
                    .binary_search_by(|w| w.as_str().cmp(&rest[..end]))
                    .is_ok()
            })
            .unwrap_or(ends[0]);
        let first = rest.chars().next().unwrap_or_default();
        if previous.is_some_and(|p| breakable(p, first)) {
            runs.push(&text[start..at]);
            start = at;
        }
        previous = rest[..len].chars().last();
        at += len;
    }
    if start < text.len() {
        runs.push(&text[start..]);
    }
    keep_short_quotes(text, runs)
}

/// The most characters a quoted term may have and still be kept on one line (`“老房电梯梦”`).
const SHORT_QUOTE: usize = 10;

/// `runs` of `text` with each short quoted term, marks and all, joined into one run: a line
/// that ends `“老房电梯` splits a name.
fn keep_short_quotes<'a>(text: &'a str, runs: Vec<&'a str>) -> Vec<&'a str> {
    let at = |run: &str| run.as_ptr() as usize - text.as_ptr() as usize;
    let mut kept = Vec::with_capacity(runs.len());
    let mut i = 0;
    while i < runs.len() {
        let run = runs[i];
        let close = (run.starts_with('“') && !run.contains('”'))
            .then(|| (i + 1..runs.len()).find(|&j| runs[j].contains('”')))
            .flatten();
        if let Some(j) = close {
            let term = &text[at(run)..at(runs[j]) + runs[j].len()];
            if term.chars().count() <= SHORT_QUOTE {
                kept.push(term);
                i = j + 1;
                continue;
            }
        }
        kept.push(run);
        i += 1;
    }
    kept
}

/// Marks that end a headline's clause (`…12.5万人，`).
const HEADLINE_CLAUSE_ENDS: [char; 4] = ['，', '；', '：', '、'];

/// A Chinese headline as a news desk breaks it: its clauses (each ending at a clause mark),
/// each cut into phrases after a closing quotation mark (`北碚称“十三五”` / `城镇新增就业…`).
/// A clause that fits stays on one line; one that does not breaks between its phrases, never
/// before a number's noun (`城镇新增就业 / 12.5万人`). Joined, the pieces are the text unchanged.
pub fn headline_clauses(text: &str) -> Vec<Vec<&str>> {
    let mut clauses: Vec<Vec<&str>> = Vec::new();
    let mut clause = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let next = chars.peek().map(|&(_, n)| n);
        let clause_end = HEADLINE_CLAUSE_ENDS.contains(&c) && next.is_some();
        let phrase_end = c == '”' && next.is_some_and(ideograph);
        if clause_end || phrase_end {
            clause.push(&text[start..end]);
            start = end;
        }
        if clause_end {
            clauses.push(std::mem::take(&mut clause));
        }
    }
    if start < text.len() {
        clause.push(&text[start..]);
    }
    if !clause.is_empty() {
        clauses.push(clause);
    }
    clauses
}

/// Whether `c` is written only in Chinese: a Chinese character ([`ideograph`]), or CJK or
/// full-width punctuation (not the curly quotes both languages share).
fn is_chinese(c: char) -> bool {
    ideograph(c) || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// `text` cut into runs of Chinese and of other writing, `(run, chinese)` in order: the Chinese
/// words an English note cites (the 万 of `12.5万 → 125,000`) can then say their language.
/// Joined, the runs are the text unchanged.
pub fn chinese_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut chinese = None;
    for (at, c) in text.char_indices() {
        let this = is_chinese(c);
        if chinese.is_some_and(|was| was != this) {
            runs.push((&text[start..at], !this));
            start = at;
        }
        chinese = Some(this);
    }
    if let Some(chinese) = chinese {
        runs.push((&text[start..], chinese));
    }
    runs
}

/// English `text` cut where a short hyphenated compound must stay whole (`A-share`,
/// `Five-Year`, `cut-off`, ten characters at most: a line that ends `A-` or `Five-` reads as a
/// typo), and a range of years (`(2016–2020)`, never `2016–` on one line and `2020` on the next): `(piece, whole)` in order, the whole ones to be kept on one line. Joined, the pieces
/// are the text unchanged.
pub fn short_compounds(text: &str) -> Vec<(&str, bool)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, word) in text.split(' ').scan(0, |at, w| {
        let here = *at;
        *at += w.len() + 1;
        Some((here, w))
    }) {
        let compound = word
            .trim_start_matches('(')
            .trim_end_matches([',', ';', ':', '.', ')']);
        let short_first = compound.chars().count() <= 10
            && compound
                .split_once(['-', '–'])
                .is_some_and(|(first, rest)| {
                    !first.is_empty()
                        && first.chars().all(|c| c.is_ascii_alphanumeric())
                        && !rest.is_empty()
                });
        if short_first {
            if start < at {
                pieces.push((&text[start..at], false));
            }
            pieces.push((word, true));
            start = at + word.len();
        }
    }
    if start < text.len() {
        pieces.push((&text[start..], false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_english_note_tells_its_chinese_words_apart() {
        assert_eq!(
            super::chinese_runs("amounts in 万 (12.5万 → 125,000)；done"),
            vec![
                ("amounts in ", false),
                ("万", true),
                (" (12.5", false),
                ("万", true),
                (" → 125,000)", false),
                ("；", true),
                ("done", false),
            ]
        );
        assert_eq!(super::chinese_runs("“three”"), vec![("“three”", false)]);
        assert!(super::chinese_runs("").is_empty());
    }

    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        let mut words: Vec<String> = list.iter().map(|w| w.to_string()).collect();
        words.sort();
        words
    }

    #[test]
    fn a_headline_breaks_at_its_clauses_then_after_a_quotation() {
        assert_eq!(
            headline_clauses("北碚称“十三五”城镇新增就业12.5万人，人均预期寿命达78.2岁"),
            [
                vec!["北碚称“十三五”", "城镇新增就业12.5万人，"],
                vec!["人均预期寿命达78.2岁"],
            ]
        );
        // A quotation that ends a clause or the headline opens no phrase of its own.
        assert_eq!(
            headline_clauses("北碚称“十三五”，好"),
            [vec!["北碚称“十三五”，"], vec!["好"]]
        );
        assert_eq!(headline_clauses("北碚数据图解"), [vec!["北碚数据图解"]]);
        assert_eq!(headline_clauses("好，"), [vec!["好，"]]);
        assert!(headline_clauses("").is_empty());
    }

    #[test]
    fn a_kept_tail_starts_where_its_word_starts() {
        let w = words(&["城市", "名片", "成为"]);
        // The last four characters would start inside 城市.
        assert_eq!(split_last("成为城市新名片；", 4), ("成为城", "市新名片；"));
        assert_eq!(
            split_last_words("成为城市新名片；", 4, &w),
            ("成为", "城市新名片；")
        );
        // At a word's start already: unchanged.
        assert_eq!(
            split_last_words("我们成为新城市名片。", 4, &w),
            ("我们成为新", "城市名片。")
        );
        // No word known there, or fewer characters than it keeps: as split_last.
        assert_eq!(
            split_last_words("甲乙丙丁戊己", 4, &w),
            ("甲乙", "丙丁戊己")
        );
        assert_eq!(split_last_words("名片", 4, &w), ("名片", ""));
    }

    #[test]
    fn a_short_english_compound_is_kept_whole() {
        assert_eq!(
            short_compounds("Among the companies listed on the A-share market"),
            [
                ("Among the companies listed on the ", false),
                ("A-share", true),
                (" market", false)
            ]
        );
        // Five-/Year and cut-/off read as typos too; a long compound breaks as English may.
        assert_eq!(
            short_compounds("During the 13th Five-Year Plan"),
            [
                ("During the 13th ", false),
                ("Five-Year", true),
                (" Plan", false)
            ]
        );
        assert_eq!(
            short_compounds("Covered by shanty-town redevelopment"),
            [("Covered by shanty-town redevelopment", false)]
        );
        assert_eq!(short_compounds("A-share"), [("A-share", true)]);
        assert_eq!(
            short_compounds("During the 13th Five-Year Plan (2016–2020)"),
            [
                ("During the 13th ", false),
                ("Five-Year", true),
                (" Plan ", false),
                ("(2016–2020)", true)
            ]
        );
        assert_eq!(short_compounds(""), Vec::<(&str, bool)>::new());
    }

    #[test]
    fn a_short_quoted_term_is_kept_whole() {
        let w = words(&["实现", "老房", "电梯", "居民"]);
        let runs = word_runs("实现“老房电梯梦”的居民", &w);
        assert!(runs.contains(&"“老房电梯梦”的"), "{runs:?}");
        assert_eq!(runs.concat(), "实现“老房电梯梦”的居民");
        // A long quotation still breaks between its words.
        let long = "“这是一个很长很长很长的引语”";
        assert!(word_runs(long, &w).len() > 1);
    }

    #[test]
    fn a_line_breaks_between_words_never_inside_one() {
        let w = words(&["全体", "居民", "人均", "可支配", "收入", "年均", "增长"]);
        assert_eq!(
            word_runs("全体居民人均可支配收入年均增长", &w),
            ["全体", "居民", "人均", "可支配", "收入", "年均", "增长"]
        );
        // A character no word holds is a run of its own; the text is unchanged.
        let w = words(&["改造", "基础设施", "薄弱", "学校"]);
        let runs = word_runs("改造基础设施的薄弱学校", &w);
        assert_eq!(runs, ["改造", "基础设施的", "薄弱", "学校"]);
        assert_eq!(runs.concat(), "改造基础设施的薄弱学校");
        // 的 goes with the words before it, never starting a line.
        let w = words(&["成真", "居民"]);
        assert_eq!(word_runs("成真的居民", &w), ["成真的", "居民"]);
    }

    #[test]
    fn a_number_keeps_its_unit_and_marks_keep_their_words() {
        let w = words(&["就业", "万人", "十三五", "期间"]);
        // A break before the number, none inside 12.5万人.
        assert_eq!(word_runs("就业12.5万人", &w), ["就业", "12.5万人"]);
        // None after an opening mark or before a closing one; one after the closing mark.
        assert_eq!(word_runs("“十三五”期间", &w), ["“十三五”", "期间"]);
        assert_eq!(
            word_runs("报名（不详）", &words(&["报名", "不详"])),
            ["报名", "（不详）"]
        );
        // A break after a clause's mark.
        assert_eq!(
            word_runs(
                "该区自述的数字，未经核实",
                &words(&["该区", "自述", "数字", "未经", "核实"])
            ),
            ["该区", "自述的", "数字，", "未经", "核实"]
        );
        assert_eq!(word_runs("", &w), Vec::<&str>::new());
        assert_eq!(word_runs("City parks", &w), ["City parks"]);
    }

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
