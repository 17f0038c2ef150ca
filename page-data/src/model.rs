//! The data model: the newspaper page as passages, the figures it prints, and the charts we draw.
//!
//! Every type here is plain serde data, read from `data/*.json`; nothing in it is computed.
//! `build.rs` reads the JSON files into [`Content`] (`files`) and encodes it compactly
//! (postcard) for the app, so the WASM carries no JSON parser.

use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use crate::ids::{ChartId, GroupId, Section};
use crate::route::CardId;
pub use crate::text::{Paragraph, Span, Text, GAP_MARK};

/// The reader's language. Chinese is the page's own language and the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Simplified Chinese, as printed.
    #[default]
    Zh,
    /// English, our translation.
    En,
}

impl Lang {
    /// The BCP 47 tag for `lang` attributes.
    #[inline]
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// The short code used in storage and URLs.
    #[inline]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Parses `zh` or `en`; anything else is `None`.
    #[inline]
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the toggle.
    #[inline]
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// A text in both languages: `zh` as printed (or our label), `en` our translation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bilingual {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in `lang`.
    #[inline]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The page's editorial frame: headline, dek, credit and source line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The line above the headline: where the page is about (ours, not printed).
    pub kicker: Bilingual,
    /// The page's headline, as printed (after corrections).
    pub headline: Bilingual,
    /// The first sentence of the lead story, used as the dek.
    pub dek: Bilingual,
    /// The credit line, as printed.
    pub credit: Bilingual,
    /// Where the text comes from.
    pub source: Bilingual,
    /// Says which texts are our translations.
    pub translation_note: Bilingual,
    /// A short name for the graphic: the embed's default iframe title, the embed snippet's.
    pub short_title: Bilingual,
    /// The page's description for search engines and link previews (`<meta name=description>`).
    pub description: Bilingual,
    /// The page's date as printed, if the page prints one.
    #[serde(default)]
    pub date: Option<Bilingual>,
    /// What the share image shows: one chart and a few figures as printed.
    pub share_image: ShareImage,
    /// What the text was taken from: a printed page read by OCR (`print`, the default) or a
    /// text published on the web (`web`). The notes about scans, OCR, columns and printed
    /// pages are shown for print only.
    #[serde(default)]
    pub medium: Medium,
    /// The search box's example, in the page's own words (`如：床位、公园`); without one the
    /// box says only what it searches.
    #[serde(default)]
    pub search_hint: Option<Bilingual>,
    /// The title and dek of the section of the page's frame (its opening and closing
    /// passages); without them, a plain title and no dek.
    #[serde(default)]
    pub frame: Option<Heading>,
    /// The page's lead under the dek: a line of ours and two to four of its strongest figures,
    /// large, each opening its card.
    #[serde(default)]
    pub lead: Option<Lead>,
}

impl Page {
    /// The headline a reader sees first (the page, the tab, links shared): our lead's when it
    /// has one, else the printed one. Citations name the printed one.
    pub fn shown_headline(&self) -> &Bilingual {
        self.lead
            .as_ref()
            .and_then(|l| l.headline.as_ref())
            .unwrap_or(&self.headline)
    }
}

/// The lead on the first screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    /// Our headline, over the page's own printed one (which then stands under it, named as the
    /// page's): a finding built on the lead's figures, every number in it one of theirs.
    #[serde(default)]
    pub headline: Option<Bilingual>,
    /// What the page is and that every number opens its printed words (ours).
    pub line: Bilingual,
    /// Two to four figure ids.
    pub figures: Vec<String>,
}

/// What a page's text was taken from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Medium {
    /// A printed page, as OCR'd: gaps are where the OCR text breaks off; passages may be
    /// joined across columns.
    #[default]
    Print,
    /// A text published on the web, copied as published.
    Web,
}

/// A section's title and the line under it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    /// The title.
    pub title: Bilingual,
    /// One line under it.
    pub dek: Bilingual,
}

/// What the share image (`share.png`) shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareImage {
    /// The figures shown under the headline (up to four), each with its label and period: the
    /// headline's own, so that the image says what its headline says.
    pub figures: Vec<String>,
    /// The line at its foot: where its words and figures come from (the image is shared
    /// without the page, so it says whose figures they are): one image per language.
    pub source: Bilingual,
}

/// What kind of text a passage is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// The lead piece in the district's own voice ("we"); tagged as its account.
    Commentary,
    /// A report of the feature.
    Article,
    /// A narrative story (elevators, Nanjing Road …).
    Story,
    /// A photo caption.
    Caption,
}

/// One passage of the page, in reading order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Stable id, used in URLs and mentions.
    pub id: String,
    /// The group of figures this passage belongs to, or the page's frame (`overview`).
    pub section: Section,
    /// Commentary, article, story or caption.
    pub kind: PassageKind,
    /// The title: the printed headline where `title_printed`, otherwise our label.
    pub title: Bilingual,
    /// Whether the Chinese title is printed on the page.
    pub title_printed: bool,
    /// A printed subtitle, if any.
    #[serde(default)]
    pub subtitle: Option<Bilingual>,
    /// The clean text: paragraphs of words, with the gaps where our OCR copy lost words.
    pub text: Text,
    /// Our English translation, if the page has one: the same paragraphs and the same gaps,
    /// shown to English readers under the Chinese and marked as ours.
    #[serde(default)]
    pub text_en: Option<Text>,
    /// Where two pieces of the scrambled columns were joined by our reading rather than with
    /// certainty: each an exact piece of `text` around the join. The card says so.
    #[serde(default)]
    pub uncertain_joins: Vec<String>,
    /// The same places in our translation, one for each of `uncertain_joins` (where the
    /// passage has one): an exact piece of `text_en`, shown to English readers after the
    /// Chinese.
    #[serde(default)]
    pub uncertain_joins_en: Vec<String>,
    /// The passage this one continues, where one printed article is shown as two of ours
    /// (`innovation-report` goes on from `industry-report`). The card says so.
    #[serde(default)]
    pub continues: Option<String>,
    /// Whether the order of the paragraphs is our reading of the scrambled columns, not only
    /// a join. The card says so.
    #[serde(default)]
    pub order_is_ours: bool,
}

/// Our English translations of the passages and of each mention's words (see
/// [`Content::translations`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Translations {
    /// Each translated passage's id and its translation.
    pub passages: Vec<(String, Text)>,
    /// Each mention's figure id, passage id and English words.
    pub quotes: Vec<(String, String, String)>,
}

/// Between the records of [`Translations::to_text`] (ASCII record separator).
const RECORD: char = '\u{1e}';
/// Between a record's fields (ASCII unit separator).
const FIELD: char = '\u{1f}';

impl Translations {
    /// As the browser fetches them: plain text, one record a passage (`P`, id, translation) or
    /// a mention (`Q`, figure, passage, words), fields and records set apart by ASCII's own
    /// separators (which the rules keep out of the texts). Read with [`Translations::from_text`]
    /// by splitting: no decoder in the app for them.
    pub fn to_text(&self) -> String {
        let passages = self
            .passages
            .iter()
            .map(|(id, text)| format!("P{FIELD}{id}{FIELD}{}", text.as_written()));
        let quotes = self.quotes.iter().map(|(figure, passage, words)| {
            format!("Q{FIELD}{figure}{FIELD}{passage}{FIELD}{words}")
        });
        passages
            .chain(quotes)
            .collect::<Vec<_>>()
            .join(&RECORD.to_string())
    }

    /// Reads what [`Translations::to_text`] wrote; `None` if it is not that.
    pub fn from_text(text: &str) -> Option<Translations> {
        let mut read = Translations::default();
        for record in text.split(RECORD).filter(|r| !r.is_empty()) {
            let (id, rest) = record.split_once(FIELD)?.1.split_once(FIELD)?;
            if record.starts_with('P') {
                read.passages.push((id.into(), rest.into()));
            } else if record.starts_with('Q') {
                let (passage, words) = rest.split_once(FIELD)?;
                read.quotes.push((id.into(), passage.into(), words.into()));
            } else {
                return None;
            }
        }
        Some(read)
    }

    /// Whether `text` holds a separator of [`Translations::to_text`] (the rules refuse it).
    pub fn holds_separator(text: &str) -> bool {
        text.contains([RECORD, FIELD])
    }

    /// The translation of this passage, if it has one.
    pub fn passage(&self, id: &str) -> Option<&Text> {
        self.passages.iter().find(|(p, _)| p == id).map(|(_, t)| t)
    }

    /// The English words of this figure's mention in this passage, if it has them.
    pub fn quote(&self, figure: &str, passage: &str) -> Option<&str> {
        self.quotes
            .iter()
            .find(|(f, p, _)| f == figure && p == passage)
            .map(|(_, _, q)| q.as_str())
    }
}

/// How a figure is charted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// A share of a whole, in per cent: drawn against 100%.
    Share,
    /// A ratio in per cent that is no share of a whole: it can pass 100% (a gross enrolment
    /// ratio: those enrolled ÷ the age group), or what it divides is no part of what it divides
    /// by (R&D spending ÷ GDP). Never drawn as a share.
    Ratio,
    /// A growth rate in per cent: never drawn against 100%.
    Rate,
    /// A count of things.
    Count,
    /// A measure (area, length, age …).
    Measure,
    /// A fraction printed as such (1/3).
    Fraction,
}

/// Where a figure is printed: an exact substring of a passage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The passage id.
    pub passage: String,
    /// An exact substring of the passage's text that contains the number.
    pub quote: String,
    /// The same words in our translation (`text_en`): an exact substring of it, in the
    /// paragraph that holds `quote`. Given exactly when the passage has a translation.
    #[serde(default)]
    pub quote_en: Option<String>,
    /// This mention's own qualifier (突破, 余 …), where the mentions word the figure
    /// differently (`突破1600家` here, `达1600家` there); the figure's `qualifier` is then
    /// empty.
    #[serde(default)]
    pub qualifier: Option<String>,
}

/// The words that make a printed figure approximate, before the number (突破1600, 约44) or
/// after it (20余, 50多, 1/3以上).
pub const QUALIFIERS_BEFORE: [&str; 3] = ["突破", "超过", "约"];
/// See [`QUALIFIERS_BEFORE`].
pub const QUALIFIERS_AFTER: [&str; 3] = ["余", "多", "以上"];

/// One place a quote prints a figure's numeral as a number of its own.
struct Printed {
    /// The qualifier printed just before it (突破), if any.
    before: Option<&'static str>,
    /// The qualifier printed just after it (余), if any.
    after: Option<&'static str>,
    /// The bytes of the quote the number and its qualifiers take.
    span: Range<usize>,
}

/// Each place `quote` prints `numeral` as a number of its own (not inside 16000 for 1600),
/// with the qualifiers next to it.
fn printed_in<'a>(quote: &'a str, numeral: &'a str) -> impl Iterator<Item = Printed> + 'a {
    quote.match_indices(numeral).filter_map(move |(at, _)| {
        let end = at + numeral.len();
        let (before, after) = (&quote[..at], &quote[end..]);
        let digit = |c: char| c.is_ascii_digit() || c == '.';
        if after.starts_with(digit) || before.ends_with(digit) {
            return None;
        }
        let before_q = QUALIFIERS_BEFORE.into_iter().find(|q| before.ends_with(q));
        let after_q = QUALIFIERS_AFTER.into_iter().find(|q| after.starts_with(q));
        Some(Printed {
            before: before_q,
            after: after_q,
            span: at - before_q.map_or(0, str::len)..end + after_q.map_or(0, str::len),
        })
    })
}

/// The qualifiers a quote prints next to `numeral`.
pub fn qualifiers_in(quote: &str, numeral: &str) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = printed_in(quote, numeral)
        .flat_map(|p| p.before.into_iter().chain(p.after))
        .collect();
    // The same number printed twice with the same word is one wording.
    found.sort_unstable();
    found.dedup();
    found
}

/// Where a quote first prints `numeral`, with the words around it that make it approximate:
/// the byte range of that exact piece (`突破340` in `首个突破340个蓝天的行政区`).
pub fn printed_span(quote: &str, numeral: &str) -> Option<Range<usize>> {
    printed_in(quote, numeral).next().map(|p| p.span)
}

/// A figure the page states about the district.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Stable id, used in the URL hash.
    pub id: String,
    /// The group id.
    pub group: GroupId,
    /// What is counted or measured.
    pub label: Bilingual,
    /// A shorter label for a chart's bar, where the chart's title and measure already say the
    /// rest (`Strategic emerging manufacturing` under "shares of industrial output").
    #[serde(default)]
    pub short_label: Option<Bilingual>,
    /// Whether the English label reads after the figure, as one phrase with it (`10 city parks`
    /// `built`): a title that stands alone then puts the figure first ("10 city parks built");
    /// otherwise the label leads ("Forest cover: 50.7%").
    #[serde(default)]
    pub label_follows_value: bool,
    /// Who says the number, where the page quotes someone other than the district whose page
    /// it is (a firm's manager in a report): the claim as the kicker's second half words it
    /// ({zh, en}: "惠正机械负责人所述的数字，未经核实"). The figure's share image, link preview and
    /// citation then say it instead of the page's claim.
    #[serde(default)]
    pub said_by: Option<Bilingual>,
    /// The number in the printed unit (6.82万平方米 is 6.82 with unit 万平方米).
    pub value: f64,
    /// The number exactly as printed (`6.82`, `1/3`, `三`).
    pub numeral: String,
    /// The printed unit, and its English.
    pub unit: Bilingual,
    /// The figure as printed, with the qualifier every mention prints, and its unit (`50多所`).
    pub display: String,
    /// 突破, 超过, 约, 余, 多 or 以上, when the printed figure is approximate: set only when every
    /// mention prints it (see [`Mention::qualifier`]).
    #[serde(default)]
    pub qualifier: Option<String>,
    /// Share, ratio, rate, count, measure or fraction.
    pub kind: FigureKind,
    /// The figure this one is a part of, where the page says so (其中: 3 of the 5 listed
    /// companies are private). A chart never draws a part beside its whole.
    #[serde(default)]
    pub part_of: Option<String>,
    /// What the figure counts or measures, by one definition, in the page's words (`毛入学率`,
    /// `住房（户）`). Every figure a chart draws says it, and a chart draws one definition.
    #[serde(default)]
    pub definition: Option<String>,
    /// What was done to what it counts, in the page's words (`建成`, `改造`, `收回`, `盘活`);
    /// none for a level at a time (a rate, a share). A chart draws one action.
    #[serde(default)]
    pub action: Option<String>,
    /// The period the text gives, if it gives one.
    #[serde(default)]
    pub period: Option<Bilingual>,
    /// Every place the page prints it.
    pub mentions: Vec<Mention>,
}

/// A Chinese large-number word a printed unit can start with: 万 (ten thousand), 亿 (a hundred
/// million), 万亿 (a trillion). `7万亿元` is 7 of 万亿 yuan; in English it is 7 trillion yuan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// 万, 10⁴.
    Wan,
    /// 亿, 10⁸.
    Yi,
    /// 万亿, 10¹².
    WanYi,
}

impl Scale {
    /// Longest first, so that 万亿元 is read as 万亿 and not as 万.
    const ALL: [Scale; 3] = [Scale::WanYi, Scale::Yi, Scale::Wan];

    /// The scale a printed unit starts with, and the unit after it (`亿元` → 亿, `元`).
    pub fn split(unit: &str) -> (Option<Scale>, &str) {
        for scale in Scale::ALL {
            if let Some(rest) = unit.strip_prefix(scale.zh()) {
                return (Some(scale), rest);
            }
        }
        (None, unit)
    }

    /// As printed.
    pub fn zh(self) -> &'static str {
        match self {
            Scale::Wan => "万",
            Scale::Yi => "亿",
            Scale::WanYi => "万亿",
        }
    }

    /// Its power of ten.
    pub fn exponent(self) -> i32 {
        match self {
            Scale::Wan => 4,
            Scale::Yi => 8,
            Scale::WanYi => 12,
        }
    }

    /// What one of it counts (10⁴, 10⁸, 10¹²).
    pub fn factor(self) -> f64 {
        match self {
            Scale::Wan => 1e4,
            Scale::Yi => 1e8,
            Scale::WanYi => 1e12,
        }
    }

    /// In English, as the CSV names a value in the printed unit (`10,000 m²`, `100 million
    /// yuan`, `trillion yuan`).
    pub fn en(self) -> &'static str {
        match self {
            Scale::Wan => "10,000",
            Scale::Yi => "100 million",
            Scale::WanYi => "trillion",
        }
    }
}

impl Figure {
    /// The mention that words the figure as it is shown (`display`): the first that prints no
    /// qualifier of its own (达1600家, not 突破1600家, under "1,600 firms"), else the first. A
    /// preview, a share image or a citation quotes it, so its words and the number agree.
    pub fn shown_mention(&self) -> Option<&Mention> {
        self.mentions
            .iter()
            .find(|m| m.qualifier.is_none())
            .or_else(|| self.mentions.first())
    }

    /// The large-number word its unit is printed in (万, 亿, 万亿), if any.
    #[inline]
    pub fn scale(&self) -> Option<Scale> {
        Scale::split(&self.unit.zh).0
    }

    /// The unit without its large-number word (`万平方米` → `平方米`, `万亿元` → `元`): figures
    /// whose units differ only by it are compared in this one base unit. Its English is
    /// `unit.en`, which never names a scale (the rules refuse `trillion yuan`).
    #[inline]
    pub fn base_unit(&self) -> &str {
        Scale::split(&self.unit.zh).1
    }

    /// The value in [`Figure::base_unit`] (`6.82` 万平方米 → `68200`, `7` 万亿元 → `7e12`).
    #[inline]
    pub fn base_value(&self) -> f64 {
        match self.scale() {
            Some(scale) => self.value * scale.factor(),
            None => self.value,
        }
    }
}

/// A group of figures: one section of the infographic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Stable id.
    pub id: GroupId,
    /// Section title (ours).
    pub title: Bilingual,
    /// One line under the title (ours).
    pub dek: Bilingual,
    /// The figure the section leads with, where no chart leads it: its card comes first, its
    /// number large (a finding the page prints, never one of ours).
    #[serde(default)]
    pub lead: Option<String>,
}

/// How a chart draws its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// Percent shares, each bar against a 100% track.
    Share,
    /// Counts or measures in one unit, bars from zero.
    Bars,
}

/// One chart: figures of one unit, chosen by the editors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    /// Stable id.
    pub id: ChartId,
    /// The group it is drawn in.
    pub group: GroupId,
    /// Share or bars.
    pub kind: ChartKind,
    /// Whether it is one of the headline charts.
    pub headline: bool,
    /// The chart's title (ours).
    pub title: Bilingual,
    /// What its bars have in common (ours): the one measure, scope and kind of action they
    /// share, shown under the title.
    pub measure: Bilingual,
    /// What a reader must know not to misread it, shown under it and on the share image
    /// (the sectors overlap: the shares do not add up).
    #[serde(default)]
    pub note: Option<Bilingual>,
    /// Figure ids, top to bottom.
    pub figures: Vec<String>,
}

/// A number in the source that is deliberately not a figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exclusion {
    /// The digits as printed.
    pub number: String,
    /// A few characters of the source around it, so the occurrence can be found.
    pub context: String,
    /// Why it is not a figure.
    pub reason: String,
}

/// A visible fix of an OCR misreading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// The source text as OCR'd (whitespace removed).
    pub original: String,
    /// What we read the page to print, from the context (never seen in a clean copy).
    pub replacement: String,
    /// Why we believe so, in both languages.
    pub reason: Bilingual,
}

/// `data/passages.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PassagesFile {
    /// The page's frame.
    pub page: Page,
    /// The passages in reading order.
    pub passages: Vec<Passage>,
}

/// `data/figures.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FiguresFile {
    /// The groups in display order.
    pub groups: Vec<Group>,
    /// The figures in display order.
    pub figures: Vec<Figure>,
    /// Source numbers that are deliberately not figures.
    pub excluded: Vec<Exclusion>,
}

/// `data/charts.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartsFile {
    /// The charts in display order.
    pub charts: Vec<Chart>,
}

/// `data/corrections.json` (its `normalization` notes are for readers of the file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorrectionsFile {
    /// The corrections.
    pub corrections: Vec<Correction>,
}

/// Everything the app shows: the four files together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Content {
    /// Headline, credit, source.
    pub page: Page,
    /// Passages in reading order.
    pub passages: Vec<Passage>,
    /// Groups in display order.
    pub groups: Vec<Group>,
    /// Figures in display order.
    pub figures: Vec<Figure>,
    /// Source numbers that are deliberately not figures.
    pub excluded: Vec<Exclusion>,
    /// Charts in display order.
    pub charts: Vec<Chart>,
    /// OCR corrections.
    pub corrections: Vec<Correction>,
    /// The Chinese words of the short texts set as lines (headlines, deks, labels, titles,
    /// periods), found by the build (a word segmenter's dictionary is too big to ship): a
    /// line breaks between words, never inside one (收/入). Sorted; none in the data files.
    #[serde(default)]
    pub line_words: Vec<String>,
}

/// The file names, as error messages give them.
pub const PASSAGES_FILE: &str = "data/passages.json";
/// See [`PASSAGES_FILE`].
pub const FIGURES_FILE: &str = "data/figures.json";
/// See [`PASSAGES_FILE`].
pub const CHARTS_FILE: &str = "data/charts.json";
/// See [`PASSAGES_FILE`].
pub const CORRECTIONS_FILE: &str = "data/corrections.json";

impl Content {
    /// The figures the page's share image shows under its headline (`share_image`), in order.
    pub fn share_image_figures(&self) -> impl Iterator<Item = &Figure> {
        self.page
            .share_image
            .figures
            .iter()
            .filter_map(|id| self.figure(id))
    }

    /// The kicker over `figure` shown alone (its share image, its link preview): the page's,
    /// or, where someone else says the number, the page's place (the kicker before its `｜` or
    /// ` | `) and who says it.
    pub fn kicker_of(&self, figure: &Figure, lang: Lang) -> String {
        let page = self.page.kicker.get(lang);
        match &figure.said_by {
            None => page.to_string(),
            Some(said_by) => {
                let place = page.split(['｜', '|']).next().unwrap_or("").trim();
                match lang {
                    Lang::Zh => format!("{place}｜{}", said_by.zh),
                    Lang::En => format!("{place} | {}", said_by.en),
                }
            }
        }
    }

    /// What the app carries: everything but what only the checks read (the numbers left out
    /// and why, each figure's definition and action) and what only the static pages print
    /// (the page's description for its meta tags; which figures the share image draws; the
    /// captions). `build.rs` bundles this.
    pub fn for_app(mut self) -> Content {
        self.excluded.clear();
        self.page.description = Bilingual::default();
        self.page.share_image.figures.clear();
        // The source line stays, in both languages: the citation ends with it.
        // A caption has no card: only the static page's whole text prints it.
        self.passages.retain(|p| p.kind != PassageKind::Caption);
        for f in &mut self.figures {
            f.definition = None;
            f.action = None;
            // Our translations are fetched apart, by English readers only (`Translations`).
            for m in &mut f.mentions {
                m.quote_en = None;
            }
        }
        for p in &mut self.passages {
            p.text_en = None;
        }
        self
    }

    /// Our English translations, apart from the rest: the browser's app is built without them
    /// (`for_app`) and fetches them for an English reader only, so a Chinese reader's app does
    /// not carry them.
    pub fn translations(&self) -> Translations {
        Translations {
            passages: self
                .passages
                .iter()
                .filter(|p| p.kind != PassageKind::Caption)
                .filter_map(|p| Some((p.id.clone(), p.text_en.clone()?)))
                .collect(),
            quotes: self
                .figures
                .iter()
                .flat_map(|f| {
                    f.mentions.iter().filter_map(|m| {
                        Some((f.id.clone(), m.passage.clone(), m.quote_en.clone()?))
                    })
                })
                .collect(),
        }
    }

    /// The passage with this id.
    #[inline]
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.passages.iter().find(|p| p.id == id)
    }

    /// The figure with this id.
    #[inline]
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The group with this id.
    #[inline]
    pub fn group(&self, id: &GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| &g.id == id)
    }

    /// Whether a chart draws this figure; a figure no chart draws stands alone on its card.
    #[inline]
    pub fn in_chart(&self, figure: &str) -> bool {
        self.chart_of(figure).is_some()
    }

    /// The chart that draws this figure, if one does.
    #[inline]
    pub fn chart_of(&self, figure: &str) -> Option<&Chart> {
        self.charts
            .iter()
            .find(|c| c.figures.iter().any(|f| f == figure))
    }

    /// Puts the four files together.
    pub fn from_files(
        passages: PassagesFile,
        figures: FiguresFile,
        charts: ChartsFile,
        corrections: CorrectionsFile,
    ) -> Content {
        Content {
            page: passages.page,
            passages: passages.passages,
            groups: figures.groups,
            figures: figures.figures,
            excluded: figures.excluded,
            charts: charts.charts,
            corrections: corrections.corrections,
            line_words: Vec::new(),
        }
    }

    /// The Chinese texts the app sets as short lines, where a break inside a word shows: the
    /// kicker, headlines, dek, lead line, section titles and deks, figure labels and periods,
    /// passage and chart titles, story teasers, the ends of passages' paragraphs (see
    /// [`Content::line_words`]).
    pub fn line_texts(&self) -> Vec<&str> {
        let page = &self.page;
        let mut texts = vec![
            page.kicker.zh.as_str(),
            &page.headline.zh,
            &page.dek.zh,
            &page.short_title.zh,
        ];
        if let Some(lead) = &page.lead {
            texts.push(&lead.line.zh);
            texts.extend(lead.headline.as_ref().map(|h| h.zh.as_str()));
        }
        texts.extend(
            page.frame
                .iter()
                .flat_map(|f| [f.title.zh.as_str(), &f.dek.zh]),
        );
        texts.extend(
            self.groups
                .iter()
                .flat_map(|g| [g.title.zh.as_str(), &g.dek.zh]),
        );
        for f in &self.figures {
            texts.push(&f.label.zh);
            texts.extend(f.short_label.as_ref().map(|l| l.zh.as_str()));
            texts.extend(f.period.as_ref().map(|p| p.zh.as_str()));
        }
        texts.extend(self.passages.iter().map(|p| p.title.zh.as_str()));
        // A story card's teaser: its passage's first words, up to a gap, as far as a teaser
        // shows them (36 characters; a few more, for the word the room ends in).
        const TEASER_WORDS: usize = 40;
        texts.extend(self.passages.iter().filter_map(|p| {
            let (_, words, _) = p.text.paragraphs().next()?.opening()?;
            let end = words
                .char_indices()
                .nth(TEASER_WORDS)
                .map_or(words.len(), |(at, _)| at);
            Some(&words[..end])
        }));
        texts.extend(self.charts.iter().map(|c| c.title.zh.as_str()));
        // Each paragraph's end, whose last words a passage keeps on one line: its last
        // characters, a few more than it keeps, for the word they start in.
        const LAST_WORDS: usize = 12;
        texts.extend(self.passages.iter().flat_map(|p| {
            p.text.paragraphs().map(|paragraph| {
                let text = paragraph.as_written();
                let from = text
                    .char_indices()
                    .rev()
                    .nth(LAST_WORDS - 1)
                    .map_or(0, |(at, _)| at);
                &text[from..]
            })
        }));
        texts
    }
}

/// Lookups the app, the tools and the checks share.
impl Content {
    /// The figures of a group, in order.
    #[inline]
    pub fn figures_in<'a>(&'a self, group: &'a GroupId) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| &f.group == group)
    }

    /// The charts of a group, in order.
    #[inline]
    pub fn charts_in<'a>(&'a self, group: &'a GroupId) -> impl Iterator<Item = &'a Chart> + 'a {
        self.charts.iter().filter(move |c| &c.group == group)
    }

    /// The passages of a section (a group's, or the page's frame) that are read as text, in
    /// reading order: stories, reports and commentary; captions are left out.
    #[inline]
    pub fn passages_in<'a>(
        &'a self,
        section: &'a Section,
    ) -> impl Iterator<Item = &'a Passage> + 'a {
        self.passages
            .iter()
            .filter(move |p| &p.section == section && p.kind != PassageKind::Caption)
    }

    /// The passage a story card shows, if there is such a card: a caption is a passage with
    /// no card of its own.
    #[inline]
    pub fn story(&self, id: &str) -> Option<&Passage> {
        self.passage(id).filter(|p| p.kind != PassageKind::Caption)
    }

    /// Whether the card exists.
    #[inline]
    pub fn has_card(&self, card: &CardId) -> bool {
        match card {
            CardId::Figure(id) => self.figure(id).is_some(),
            CardId::Story(id) => self.story(id).is_some(),
        }
    }

    /// The card a location hash names, if it is well formed and the card exists.
    #[inline]
    pub fn card_at(&self, hash: &str) -> Option<CardId> {
        CardId::from_hash(hash).filter(|card| self.has_card(card))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_are_read_next_to_the_number_only() {
        assert_eq!(qualifiers_in("科技型企业突破1600家", "1600"), vec!["突破"]);
        assert_eq!(qualifiers_in("汇聚520余个", "520"), vec!["余"]);
        assert!(qualifiers_in("全区科技型企业达1600家", "1600").is_empty());
        // A longer number that contains this one is not this one.
        assert!(qualifiers_in("突破16000家", "1600").is_empty());
        // Printed twice the same way: one wording.
        assert_eq!(
            qualifiers_in("突破1600家，突破1600家", "1600"),
            vec!["突破"]
        );
        // Printed with two words, both count.
        assert_eq!(qualifiers_in("约20余家", "20"), vec!["余", "约"]);
        let piece = |quote: &'static str, numeral| printed_span(quote, numeral).map(|r| &quote[r]);
        assert_eq!(piece("首个突破340个蓝天的行政区", "340"), Some("突破340"));
        assert_eq!(
            piece("整个铸造车间节约了1/3以上的人力", "1/3"),
            Some("1/3以上")
        );
        // The number of its own, not the longer one that contains it.
        assert_eq!(piece("突破16000家，达1600家", "1600"), Some("1600"));
    }
}
