//! The data rules: what makes the data files consistent with each other and with the page
//! (ids, groups, numerals, quotes, units). `build.rs` runs them and refuses to build from data
//! that breaks one, naming the file, the entry and the fault; `cargo test` and the audit run
//! them on edited copies. The app carries none of this.

use std::collections::HashSet;

use crate::error::DataError;
use crate::model::{CHARTS_FILE, FIGURES_FILE, PASSAGES_FILE};
use crate::route::{is_link_id, CardId};

/// Ids are public links (`#hospital-beds`, `#story-elevators`): what they may be.
const LINK_RULE: &str =
    "id must be a link: lowercase ASCII letters, digits and `-`, at most 80 characters (74 for a passage, linked as `story-<id>`)";
use crate::model::{
    qualifiers_in, Chart, ChartKind, Content, Figure, FigureKind, Passage, PassageKind, Section,
    Text, Translations, GAP_MARK,
};

/// The large-number word an English unit starts with, if it does (`trillion` in `trillion
/// yuan`, `10,000` in `10,000 m²`): for a figure printed in 万, 亿 or 万亿 that word is its
/// scale again, and the app words the scale in English itself. (A unit such as `doctors per
/// 10,000 people` names a scale of its own, not the printed one, and starts otherwise.)
fn scale_word_en(unit: &str) -> Option<&str> {
    const SCALE_WORDS: [&str; 9] = [
        "100 million",
        "100,000,000",
        "10,000",
        "10000",
        "thousand",
        "million",
        "billion",
        "trillion",
        "ten thousand",
    ];
    const ABBREVIATIONS: [&str; 2] = ["bn", "tn"];
    let lower = unit.trim_start().to_lowercase();
    let starts = |word: &str| {
        lower.strip_prefix(word).is_some_and(|rest| {
            // `10,000m²` is a scale too; `tnt` or `billionaire` is no scale.
            rest.is_empty()
                || rest.starts_with([' ', '-'])
                || word.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    SCALE_WORDS
        .into_iter()
        .chain(ABBREVIATIONS)
        .find(|word| starts(word))
}

/// What a chart's or a group's id may be: it names DOM ids, its link (`#chart-<id>`) and, one
/// day, its own page's path.
const PATH_RULE: &str =
    "id must be a link and a path: lowercase ASCII letters, digits and `-`, at most 74 characters";

/// Checks the content against every rule; the first fault found names the file, the entry and
/// the fault.
pub fn check(content: &Content) -> Result<(), DataError> {
    let mut ids = HashSet::new();
    for p in &content.passages {
        if !ids.insert(p.id.as_str()) {
            return Err(DataError::entry(PASSAGES_FILE, &p.id, "id is used twice"));
        }
        if p.text.is_blank() {
            return Err(DataError::entry(PASSAGES_FILE, &p.id, "text is empty"));
        }
        if !p.text.marks_gaps_whole() {
            return Err(DataError::entry(
                PASSAGES_FILE,
                &p.id,
                format!("a gap is written `{GAP_MARK}` (two `…`), never one or more than two"),
            ));
        }
        if let Some(en) = &p.text_en {
            check_translation(p, en)?;
        }
        if let Some(join) = p
            .uncertain_joins
            .iter()
            .find(|j| !p.text.as_written().contains(j.as_str()))
        {
            return Err(DataError::entry(
                PASSAGES_FILE,
                &p.id,
                format!("uncertain join `{join}` is not in the passage's text"),
            ));
        }
        let in_translation = |j: &String| {
            p.text_en
                .as_ref()
                .is_some_and(|en| en.as_written().contains(j.as_str()))
        };
        if !p.uncertain_joins_en.is_empty()
            && (p.uncertain_joins_en.len() != p.uncertain_joins.len()
                || !p.uncertain_joins_en.iter().all(in_translation))
        {
            return Err(DataError::entry(
                PASSAGES_FILE,
                &p.id,
                "`uncertain_joins_en` gives one exact piece of `text_en` for each uncertain join",
            ));
        }
        if CardId::parse(&CardId::Story(p.id.clone()).to_string())
            != Some(CardId::Story(p.id.clone()))
        {
            return Err(DataError::entry(PASSAGES_FILE, &p.id, LINK_RULE));
        }
        if let Some(before) = &p.continues {
            let target = content.passage(before);
            if *before == p.id || target.is_none_or(|t| t.kind == PassageKind::Caption) {
                return Err(DataError::entry(
                    PASSAGES_FILE,
                    &p.id,
                    format!("continues `{before}`, which is not another passage with a card"),
                ));
            }
            // Following `continues` back from here must end, not come round again.
            let before = |q: &Passage| q.continues.as_deref().and_then(|id| content.passage(id));
            if chain(before(p), content.passages.len(), before).any(|q| q.id == p.id) {
                return Err(DataError::entry(
                    PASSAGES_FILE,
                    &p.id,
                    "`continues` leads back to this passage",
                ));
            }
        }
        if p.section
            .group()
            .is_some_and(|g| content.group(g).is_none())
        {
            return Err(DataError::entry(
                PASSAGES_FILE,
                &p.id,
                format!("section `{}` is not a group in {FIGURES_FILE}", p.section),
            ));
        }
    }
    let mut group_ids = HashSet::new();
    for g in &content.groups {
        if !group_ids.insert(g.id.as_str()) {
            return Err(DataError::entry(
                FIGURES_FILE,
                &g.id,
                "group id is used twice",
            ));
        }
        if !is_link_id(g.id.as_str(), 74) {
            return Err(DataError::entry(FIGURES_FILE, &g.id, PATH_RULE));
        }
        if g.id == Section::FRAME {
            return Err(DataError::entry(
                FIGURES_FILE,
                &g.id,
                format!(
                    "`{}` names the page's frame (its opening and closing passages): give the group another id",
                    Section::FRAME
                ),
            ));
        }
        if let Some(lead) = &g.lead {
            let fault = |problem: String| Err(DataError::entry(FIGURES_FILE, &g.id, problem));
            if content.figure(lead).is_none_or(|f| f.group != g.id) {
                return fault(format!("lead `{lead}` is not a figure of this group"));
            }
            if content.charts.iter().any(|c| c.group == g.id && c.headline) {
                return fault(format!(
                    "lead `{lead}`: a headline chart leads this group already; one lead a section"
                ));
            }
            if content.in_chart(lead) {
                return fault(format!(
                    "lead `{lead}` is drawn on a chart: lead with the chart"
                ));
            }
        }
    }
    for f in &content.figures {
        check_figure(content, f, &mut ids)?;
    }
    for c in &content.charts {
        check_chart(content, c, &mut ids)?;
    }
    check_lead(content)?;
    check_share_image(content)
}

/// A passage's translation has its paragraphs and its gaps where the Chinese has them: a
/// reader compares them paragraph by paragraph, and a gap is a gap in both.
fn check_translation(p: &Passage, en: &Text) -> Result<(), DataError> {
    let fault = |problem: String| Err(DataError::entry(PASSAGES_FILE, &p.id, problem));
    if en.is_blank() {
        return fault("text_en is empty".into());
    }
    if !en.marks_gaps_whole() {
        return fault(format!(
            "text_en: a gap is written `{GAP_MARK}` (two `…`), never one or more than two"
        ));
    }
    if Translations::holds_separator(en.as_written()) {
        return fault("text_en holds an ASCII separator (U+001E or U+001F)".into());
    }
    // Set as the rest of our English is: an apostrophe is ’ (a quote within a quote is ‘…’).
    if let Some(at) = en.as_written().find('\'') {
        let near: String = en.as_written()[..at].chars().rev().take(12).collect();
        let near: String = near.chars().rev().collect();
        return fault(format!(
            "text_en writes a straight ' after `{near}`: write ’ (and ‘…’ for a quote within a quote)"
        ));
    }
    let paragraphs = |t: &Text| t.paragraphs().count();
    if paragraphs(en) != paragraphs(&p.text) {
        return fault(format!(
            "text_en has {} paragraphs and text {}: a translation keeps the paragraphs",
            paragraphs(en),
            paragraphs(&p.text)
        ));
    }
    let gaps = |t: &Text| t.as_written().matches(GAP_MARK).count();
    if gaps(en) != gaps(&p.text) {
        return fault(format!(
            "text_en has {} gaps `{GAP_MARK}` and text {}: a translation keeps each gap, and adds none",
            gaps(en),
            gaps(&p.text)
        ));
    }
    Ok(())
}

/// The paragraph of `text` that holds `quote`, if one does.
fn paragraph_of(text: &Text, quote: &str) -> Option<usize> {
    text.paragraphs()
        .position(|p| p.split_at_quote(quote).is_some())
}

fn check_lead(content: &Content) -> Result<(), DataError> {
    let Some(lead) = &content.page.lead else {
        return Ok(());
    };
    let fault = |problem: String| Err(DataError::entry(PASSAGES_FILE, "lead", problem));
    if !(2..=4).contains(&lead.figures.len()) {
        return fault("names two to four figures".into());
    }
    if let Some(id) = lead.figures.iter().find(|id| content.figure(id).is_none()) {
        return fault(format!("figure `{id}` does not exist"));
    }
    if let Some((i, id)) = lead
        .figures
        .iter()
        .enumerate()
        .find(|(i, id)| lead.figures[..*i].contains(id))
    {
        return fault(format!("figure `{id}` is named twice (at {i})"));
    }
    if lead.line.zh.trim().is_empty() || lead.line.en.trim().is_empty() {
        return fault("`line` must say in both languages what the page is".into());
    }
    if let Some(headline) = &lead.headline {
        // Our headline may say only numbers its figures' marked words print, in each language.
        let figures: Vec<_> = lead
            .figures
            .iter()
            .filter_map(|id| content.figure(id))
            .collect();
        let printed = |en: bool| -> Vec<&str> {
            let quotes = figures
                .iter()
                .flat_map(|f| &f.mentions)
                .filter_map(|m| match en {
                    false => Some(m.quote.as_str()),
                    true => m.quote_en.as_deref(),
                });
            quotes.flat_map(numbers_in).collect()
        };
        for (lang, text, en) in [("zh", &headline.zh, false), ("en", &headline.en, true)] {
            if text.trim().is_empty() {
                return fault(format!("`headline`: the {lang} headline is empty"));
            }
            let printed = printed(en);
            if let Some(n) = numbers_in(text).find(|n| !printed.contains(n)) {
                return fault(format!(
                    "`headline` ({lang}) says {n}, which no lead figure's marked words print"
                ));
            }
        }
    }
    Ok(())
}

/// The numbers a text writes in digits (with their decimal point and thousands commas).
fn numbers_in(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|n| n.trim_matches(|c| c == '.' || c == ','))
        .filter(|n| !n.is_empty())
}

fn check_share_image(content: &Content) -> Result<(), DataError> {
    let share = &content.page.share_image;
    let fault = |problem: String| Err(DataError::entry(PASSAGES_FILE, "share_image", problem));
    // One line at the image's foot: 50 Chinese characters, or 130 Latin ones, fill it.
    let (zh, en) = (&share.source.zh, &share.source.en);
    if zh.trim().is_empty()
        || zh.chars().count() > 50
        || en.trim().is_empty()
        || en.chars().count() > 140
    {
        return fault("`source` must say in one line (at most 50 characters in Chinese, 140 in English) where the image's words and figures come from".into());
    }
    if share.figures.is_empty() || share.figures.len() > 4 {
        return fault("names one to four figures".into());
    }
    if let Some(id) = share.figures.iter().find(|id| content.figure(id).is_none()) {
        return fault(format!("figure `{id}` does not exist"));
    }
    // The image is shared without the page: the figures its headline's numbers come from
    // must be on it.
    if let Some((lead, headline)) = content
        .page
        .lead
        .as_ref()
        .and_then(|l| l.headline.as_ref().map(|h| (l, h)))
    {
        let said: Vec<&str> = numbers_in(&headline.zh).collect();
        if let Some(f) = lead
            .figures
            .iter()
            .filter_map(|id| content.figure(id))
            .filter(|f| !share.figures.contains(&f.id))
            .find(|f| {
                f.mentions
                    .iter()
                    .flat_map(|m| numbers_in(&m.quote))
                    .any(|n| said.contains(&n))
            })
        {
            return fault(format!(
                "the headline says figure `{}`'s number; the image under it must show the figure",
                f.id
            ));
        }
    }
    Ok(())
}

fn check_figure<'a>(
    content: &Content,
    f: &'a Figure,
    ids: &mut HashSet<&'a str>,
) -> Result<(), DataError> {
    let fault = |problem: String| Err(DataError::entry(FIGURES_FILE, &f.id, problem));
    if !ids.insert(f.id.as_str()) {
        return fault("id is used twice".into());
    }
    if CardId::parse(&f.id) != Some(CardId::Figure(f.id.clone())) {
        return fault(format!("{LINK_RULE}, and does not start with `story-`"));
    }
    if content.group(&f.group).is_none() {
        return fault(format!("group `{}` does not exist", f.group));
    }
    if !f.value.is_finite() {
        return fault("value is not a finite number".into());
    }
    if f.said_by
        .as_ref()
        .is_some_and(|s| s.zh.trim().is_empty() || s.en.trim().is_empty())
    {
        return fault("`said_by` must say in both languages who says the number".into());
    }
    match numeral_value(&f.numeral) {
        Some(v) if (v - f.value).abs() <= 1e-3 * v.abs().max(1.0) => {}
        Some(v) => {
            return fault(format!(
                "value {} does not match the printed numeral `{}` ({v})",
                f.value, f.numeral
            ))
        }
        None => return fault(format!("numeral `{}` is not a number", f.numeral)),
    }
    // The card's number shows the qualifier every mention prints, and no other.
    if qualifiers_in(&f.display, &f.numeral).as_slice() != f.qualifier.as_deref().as_slice() {
        return fault(format!(
            "display `{}` and qualifier `{}` disagree",
            f.display,
            f.qualifier.as_deref().unwrap_or("null")
        ));
    }
    if !f.display.contains(&f.numeral) {
        return fault(format!(
            "display `{}` does not contain the numeral `{}`",
            f.display, f.numeral
        ));
    }
    if matches!(
        f.kind,
        FigureKind::Share | FigureKind::Ratio | FigureKind::Rate
    ) && f.unit.zh != "%"
    {
        return fault("a share, ratio or rate must be in %".into());
    }
    if let Some(word) = f.scale().and_then(|_| scale_word_en(&f.unit.en)) {
        return fault(format!(
            "English unit `{}` names a scale (`{word}`): write the unit alone (`yuan`, not `trillion yuan` or `100 million yuan`); the app says 7万亿元 as “7 trillion yuan” itself",
            f.unit.en
        ));
    }
    if let Some(whole_id) = &f.part_of {
        let Some(whole) = content.figure(whole_id) else {
            return fault(format!(
                "part_of names figure `{whole_id}`, which does not exist"
            ));
        };
        if wholes_of(content, f).any(|w| w.id == f.id) {
            return fault(format!("part_of `{whole_id}` leads back to this figure"));
        }
        if whole.base_unit() != f.base_unit() || whole.base_value() < f.base_value() {
            return fault(format!(
                "part_of `{whole_id}`: a part is in its whole's unit and no larger ({} is {}, `{whole_id}` is {})",
                f.id, f.display, whole.display
            ));
        }
    }
    if f.kind == FigureKind::Share && !(0.0..=100.0).contains(&f.value) {
        return fault(format!("share {} is outside 0–100%", f.value));
    }
    if f.mentions.is_empty() {
        return fault("has no mention".into());
    }
    for m in &f.mentions {
        let Some(p) = content.passage(&m.passage) else {
            return fault(format!(
                "mention names passage `{}`, which does not exist",
                m.passage
            ));
        };
        if !p.text.holds(&m.quote) {
            return fault(format!(
                "quote `{}` is not in passage `{}` (or runs across a gap `{GAP_MARK}`, where it cannot be marked)",
                m.quote, m.passage
            ));
        }
        match (&p.text_en, &m.quote_en) {
            (Some(_), None) => {
                return fault(format!(
                    "mention in `{}`: the passage has a translation; give the mention `quote_en`, the English words that carry the figure",
                    m.passage
                ))
            }
            (None, Some(q)) => {
                return fault(format!(
                    "quote_en `{q}`: passage `{}` has no `text_en` to find it in",
                    m.passage
                ))
            }
            (Some(en), Some(q)) => {
                if Translations::holds_separator(q) {
                    return fault(format!(
                        "quote_en `{q}` holds an ASCII separator (U+001E or U+001F)"
                    ));
                }
                let at = paragraph_of(en, q);
                if at.is_none() {
                    return fault(format!(
                        "quote_en `{q}` is not in the translation of `{}` (or runs across a gap `{GAP_MARK}`)",
                        m.passage
                    ));
                }
                if at != paragraph_of(&p.text, &m.quote) {
                    return fault(format!(
                        "quote_en `{q}` stands in another paragraph of the translation than `{}` does in the Chinese",
                        m.quote
                    ));
                }
                let digits = |s: &str| s.chars().any(|c| c.is_ascii_digit());
                // News style spells out one to nine in running text: `six old housing estates`.
                let in_words = number_word(f.value).is_some_and(|word| {
                    q.to_lowercase()
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| w == word)
                });
                if digits(&f.numeral) && !f.numeral.contains('/') && !digits(q) && !in_words {
                    return fault(format!(
                        "quote_en `{q}` has neither a digit nor the number in words (one to nine): it carries the figure's number ({})",
                        f.numeral
                    ));
                }
            }
            (None, None) => {}
        }
        if !m.quote.contains(&f.numeral) {
            return fault(format!(
                "quote `{}` does not contain the numeral `{}`",
                m.quote, f.numeral
            ));
        }
        // Each mention's wording: the qualifier printed next to the number is the figure's
        // (when every mention prints it) or this mention's own.
        let printed = qualifiers_in(&m.quote, &f.numeral);
        let wanted = m.qualifier.as_deref().or(f.qualifier.as_deref());
        if f.qualifier.is_some() && m.qualifier.is_some() {
            return fault(format!(
                "quote `{}`: a qualifier on the figure and on its mention; keep one",
                m.quote
            ));
        }
        if printed.as_slice() != wanted.as_slice() {
            return fault(match (printed.first(), wanted) {
                (Some(p), None) => format!(
                    "quote `{}` prints `{p}` next to the number: give the mention `\"qualifier\": \"{p}\"`",
                    m.quote
                ),
                (_, Some(w)) => format!(
                    "quote `{}` does not print the qualifier `{w}` next to the number; where mentions differ, each mention carries its own",
                    m.quote
                ),
                (None, None) => unreachable!(),
            });
        }
    }
    Ok(())
}

fn check_chart<'a>(
    content: &Content,
    c: &'a Chart,
    ids: &mut HashSet<&'a str>,
) -> Result<(), DataError> {
    let fault = |problem: String| Err(DataError::entry(CHARTS_FILE, &c.id, problem));
    if !ids.insert(c.id.as_str()) {
        return fault("id is used twice".into());
    }
    // A chart's id names its DOM ids, its link (#chart-<id>) and its own page (chart-<id>.html).
    if !is_link_id(c.id.as_str(), 74) {
        return fault(PATH_RULE.into());
    }
    if content.group(&c.group).is_none() {
        return fault(format!("group `{}` does not exist", c.group));
    }
    if c.figures.is_empty() {
        return fault("has no figures".into());
    }
    if c.measure.zh.trim().is_empty() || c.measure.en.trim().is_empty() {
        return fault(
            "has no `measure` in both languages: say what its bars have in common".into(),
        );
    }
    // The page ends the measure line with its own full stop, before the chart's note.
    if [&c.measure.zh, &c.measure.en]
        .iter()
        .any(|m| m.trim_end().ends_with(['.', '。']))
    {
        return fault(
            "`measure` ends with a full stop; leave it out (the page adds one before the note)"
                .into(),
        );
    }
    let mut unit = None;
    for id in &c.figures {
        let Some(f) = content.figure(id) else {
            return fault(format!("figure `{id}` does not exist"));
        };
        if f.group != c.group {
            return fault(format!("figure `{id}` belongs to group `{}`", f.group));
        }
        if c.kind == ChartKind::Share && f.kind == FigureKind::Ratio {
            return fault(format!(
                "figure `{id}` is a ratio, no share of a whole (it can pass 100%, or what it divides is no part of what it divides by): never draw it as a share"
            ));
        }
        if c.kind == ChartKind::Share && f.kind != FigureKind::Share {
            return fault(format!(
                "figure `{id}` is not a share but the chart draws shares"
            ));
        }
        if let Some(other) = c.figures.iter().find(|other| {
            content
                .figure(other)
                .is_some_and(|o| wholes_of(content, o).any(|w| w.id == f.id))
        }) {
            return fault(format!(
                "figure `{other}` is part of `{id}`: a part never stands beside its whole as another bar; draw the part on its own card"
            ));
        }
        if f.definition.as_deref().is_none_or(|d| d.trim().is_empty()) {
            return fault(format!(
                "figure `{id}` does not say its `definition` (what it counts or measures): a chart draws figures of one definition"
            ));
        }
        match unit {
            None => unit = Some(f.base_unit()),
            Some(u) if u == f.base_unit() => {}
            Some(u) => {
                return fault(format!(
                "figure `{id}` is in `{}` but the chart is in `{u}`: never two units on one axis",
                f.base_unit()
            ))
            }
        }
    }
    let figures: Vec<&Figure> = c
        .figures
        .iter()
        .filter_map(|id| content.figure(id))
        .collect();
    if let Some(pair) = figures
        .windows(2)
        .find(|w| w[0].definition != w[1].definition)
    {
        return fault(format!(
            "figures `{}` ({}) and `{}` ({}) are of two definitions: a chart compares like with like",
            pair[0].id,
            pair[0].definition.as_deref().unwrap_or_default(),
            pair[1].id,
            pair[1].definition.as_deref().unwrap_or_default()
        ));
    }
    if let Some(pair) = figures.windows(2).find(|w| w[0].action != w[1].action) {
        let action = |f: &Figure| f.action.clone().unwrap_or_else(|| "none: a level".into());
        return fault(format!(
            "figures `{}` ({}) and `{}` ({}) are two actions: a chart draws one action, never what was taken back beside what was reused",
            pair[0].id,
            action(pair[0]),
            pair[1].id,
            action(pair[1])
        ));
    }
    let total = (figures.iter().map(|f| f.value).sum::<f64>() * 10.0).round() / 10.0;
    let all_shares = figures.iter().all(|f| f.kind == FigureKind::Share);
    let noted = c
        .note
        .as_ref()
        .is_some_and(|n| !n.zh.trim().is_empty() && !n.en.trim().is_empty());
    if all_shares && total > 100.0 && !noted {
        return fault(format!(
            "its shares add up to {total}%: they overlap; give the chart a `note` that says so, for every place it is drawn"
        ));
    }
    // Every bar must be seen: none under 1/50 of the chart's largest (in the one base unit).
    let values: Vec<(&str, f64)> = c
        .figures
        .iter()
        .filter_map(|id| content.figure(id))
        .map(|f| (f.id.as_str(), f.base_value()))
        .collect();
    // A share chart is drawn against 100%, a bar chart against its largest bar.
    let largest = values.iter().map(|(_, v)| *v).fold(0.0, f64::max);
    let (axis, what) = match c.kind {
        ChartKind::Share => (100.0, "100%".to_string()),
        ChartKind::Bars => (largest, format!("the chart's largest bar ({largest})")),
    };
    if let Some((id, v)) = values.iter().find(|(_, v)| *v < axis / 50.0) {
        return fault(format!(
            "figure `{id}` ({v}) is under 1/50 of {what}: it would be a sliver; show it on its own"
        ));
    }
    Ok(())
}

/// The figures `f` is a part of: its whole, that one's whole, and so on (stopping at a loop).
fn wholes_of<'a>(content: &'a Content, f: &Figure) -> impl Iterator<Item = &'a Figure> {
    let whole = move |f: &Figure| f.part_of.as_deref().and_then(|id| content.figure(id));
    chain(whole(f), content.figures.len(), whole)
}

/// `first`, then each `next` of the one before: a chain of links in the data (a part's whole,
/// a passage's earlier part), at most `len + 1` long, so that a loop ends too.
fn chain<'a, T>(
    first: Option<&'a T>,
    len: usize,
    next: impl Fn(&'a T) -> Option<&'a T>,
) -> impl Iterator<Item = &'a T> {
    std::iter::successors(first, move |here| next(here)).take(len + 1)
}

/// The value of a printed numeral: decimals (`6.82`), fractions (`1/3`) and small Chinese
/// numerals (`三`).
pub fn numeral_value(numeral: &str) -> Option<f64> {
    if let Some((a, b)) = numeral.split_once('/') {
        let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
        return (b != 0.0).then(|| a / b);
    }
    if let Ok(v) = numeral.parse::<f64>() {
        return v.is_finite().then_some(v);
    }
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let mut chars = numeral.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    DIGITS.iter().position(|d| *d == c).map(|i| i as f64)
}

/// A whole number from one to nine in English words, as news style writes it in running text.
fn number_word(value: f64) -> Option<&'static str> {
    const WORDS: [&str; 9] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    (value.fract() == 0.0 && (1.0..=9.0).contains(&value)).then(|| WORDS[value as usize - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_of_every_form_parse() {
        assert_eq!(numeral_value("6.82"), Some(6.82));
        assert_eq!(numeral_value("三"), Some(3.0));
        assert!((numeral_value("1/3").unwrap() - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(numeral_value("1/0"), None);
        assert_eq!(numeral_value("abc"), None);
        assert_eq!(numeral_value("NaN"), None);
    }
}
