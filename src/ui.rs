//! Interface strings in both languages, one place.

use crate::model::Lang;

/// A UI string: (Chinese, English).
pub type Str = (&'static str, &'static str);

/// The string in `lang`.
pub fn t(lang: Lang, s: Str) -> &'static str {
    match lang {
        Lang::Zh => s.0,
        Lang::En => s.1,
    }
}

/// Label of the language toggle (names the other language).
pub const SWITCH_LANG: Str = ("English", "中文");
/// Accessible name of the language toggle.
pub const SWITCH_LANG_LABEL: Str = ("English：切换到英文", "中文: switch to Chinese");
/// The main landmark.
pub const FIGURES: Str = ("数据", "Figures");
/// Filter group label.
pub const FILTER: Str = ("按主题筛选", "Filter by topic");
/// The "all groups" chip.
pub const ALL: Str = ("全部", "All");
/// Search box label.
pub const SEARCH: Str = ("搜索数据", "Search figures");
/// Search placeholder.
pub const SEARCH_HINT: Str = ("如：床位、公园", "e.g. beds, parks");
/// Shown when nothing matches.
pub const NO_MATCH: Str = ("没有符合条件的数据。", "No figure matches.");
/// Period line.
pub const PERIOD: Str = ("时期", "Period");
/// When the text gives no period.
pub const NO_PERIOD: Str = ("报道未注明时期", "No period given in the text");
/// Before the passages.
pub const PRINTED_IN: Str = ("见报原文", "As printed");
/// Under passages in English mode.
pub const PASSAGE_NOTE: Str = (
    "",
    "Passage in Chinese, as printed; the highlight marks the figure's own words.",
);
/// Under whole passages in English mode.
pub const PASSAGE_NOTE_PLAIN: Str = ("", "Passage in Chinese, as printed.");
/// Full passage disclosure.
pub const FULL_PASSAGE: Str = ("阅读全文", "Read the whole passage");
/// Data table disclosure.
pub const DATA_TABLE: Str = ("查看数据表", "Show the data as a table");
/// Table header: figure.
pub const COL_FIGURE: Str = ("指标", "Figure");
/// Table header: value.
pub const COL_VALUE: Str = ("数值", "Value");
/// Our title, not the paper's.
pub const OUR_TITLE: Str = ("（标题为编者所加）", "(title ours)");
/// Story card tags, by passage kind.
pub const STORY: Str = ("故事", "Story");
/// See [`STORY`].
pub const REPORT: Str = ("报道", "Report");
/// See [`STORY`].
pub const COMMENTARY: Str = ("综述", "Overview");
/// The closing section of page-wide passages.
pub const MORE_FROM_PAGE: Str = ("版面导语与结语", "The page's opening and closing");
/// Its dek.
pub const MORE_FROM_PAGE_DEK: Str = (
    "统领全版的导语、综述与结语",
    "The passages that frame the figures",
);
/// Label for the gap marker.
pub const GAP_NOTE: Str = (
    "“……”处原版面文字缺失。",
    "“……” marks text missing from the scanned page.",
);
/// Credit heading.
pub const CREDIT: Str = ("稿件", "Credit");
/// Source heading.
pub const SOURCE: Str = ("来源", "Source");
/// Corrections heading.
pub const CORRECTIONS: Str = ("更正", "Corrections");
/// Corrections text.
pub const CORRECTIONS_NOTE: Str = (
    "扫描识别错误已按原版面更正：",
    "OCR misreadings corrected against the printed page:",
);
/// Chart hint.
pub const CHART_HINT: Str = (
    "点击条形查看原文",
    "Tap or click a bar to read where it is printed",
);
/// Data error title.
pub const DATA_ERROR: Str = (
    "数据文件有误，无法显示图表。",
    "A data file is broken; the infographic cannot be shown.",
);
/// Figures count in a section.
pub const FIGURES_IN_SECTION: Str = ("项数据", "figures");
/// Stories heading.
pub const STORIES: Str = ("原文报道", "Passages");
/// The colon after a label.
pub const COLON: Str = ("：", ": ");
/// The embed disclosure.
pub const EMBED: Str = ("嵌入本图解", "Embed this infographic");
/// Under it.
pub const EMBED_HINT: Str = (
    "将以下代码粘贴到文章页面，图解会自动适应高度：",
    "Paste this into an article page; the infographic sizes itself:",
);
