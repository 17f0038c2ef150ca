//! Interface strings in both languages, one place.

use crate::model::{Lang, Medium};

/// A UI string in both languages, named by field (like the data's `Bilingual`), so the two
/// can never be swapped by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Str {
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

impl Str {
    /// The string in `lang`.
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// A UI string that differs by what the page was taken from: a printed page read by OCR, or a
/// web text. A web page never reads of scans, OCR, columns or printed pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByMedium {
    /// For a printed page.
    pub print: Str,
    /// For a web text.
    pub web: Str,
}

impl ByMedium {
    /// The string for `medium`.
    pub const fn of(self, medium: Medium) -> Str {
        match medium {
            Medium::Print => self.print,
            Medium::Web => self.web,
        }
    }
}

/// A figure's period as the page gives it, or that the page gives none (in its medium's words):
/// what its card and the lead say under it.
pub fn period_of(figure: &crate::model::Figure, medium: Medium, lang: Lang) -> &str {
    figure
        .period
        .as_ref()
        .map_or(NO_PERIOD.of(medium).get(lang), |p| p.get(lang))
}

/// The string in `lang`.
pub fn t(lang: Lang, s: Str) -> &'static str {
    s.get(lang)
}

/// Label of the language toggle (names the other language).
pub const SWITCH_LANG: Str = Str {
    zh: "English",
    en: "中文",
};
/// Accessible name of the language toggle.
pub const SWITCH_LANG_LABEL: Str = Str {
    zh: "English：切换到英文",
    en: "中文: switch to Chinese",
};
/// The main landmark.
pub const FIGURES: Str = Str {
    zh: "数据",
    en: "Figures",
};
/// Filter group label.
pub const FILTER: Str = Str {
    zh: "按主题筛选",
    en: "Filter by topic",
};
/// The "all groups" chip.
pub const ALL: Str = Str {
    zh: "全部",
    en: "All",
};
/// Search box label.
pub const SEARCH: Str = Str {
    zh: "搜索数据",
    en: "Search figures",
};
/// The search box's placeholder, where the data gives no example of its own.
pub const SEARCH_HINT: Str = Str {
    zh: "指标名称、数字或原文",
    en: "A label, a number or words from the text",
};
/// Shown when nothing matches.
pub const NO_MATCH: Str = Str {
    zh: "没有符合搜索的数据或原文。",
    en: "Nothing matches the search.",
};
/// Shown when nothing matches in the chosen topic (a chip and a search).
pub const NO_MATCH_IN_TOPIC: Str = Str {
    zh: "本主题中没有符合搜索的数据或原文。",
    en: "Nothing in this topic matches the search.",
};
/// In a charted figure's card: to its chart (back to it, when opened from a bar).
pub const BACK_TO_CHART: Str = Str {
    zh: "回到图表",
    en: "Back to the chart",
};
/// In a lead figure's card: back to the figures at the top of the page.
pub const BACK_TO_LEAD: Str = Str {
    zh: "回到首屏数字",
    en: "Back to the top figures",
};
/// Before the printed headline, where our own leads the page.
pub const PRINTED_HEADLINE: ByMedium = ByMedium {
    print: Str {
        zh: "版面原标题：",
        en: "Printed headline: ",
    },
    web: Str {
        zh: "原文标题：",
        en: "The text’s headline: ",
    },
};
/// Clears the search box.
pub const CLEAR_SEARCH: Str = Str {
    zh: "清除搜索",
    en: "Clear the search",
};
/// The first stop of the keyboard: past the header and the topics to the figures.
pub const SKIP_TO_FIGURES: Str = Str {
    zh: "跳到数据",
    en: "Skip to the figures",
};
/// At the end of each section: back up to the topics (on a phone the page is long).
pub const TO_TOPICS: Str = Str {
    zh: "回到主题",
    en: "Back to the topics",
};
/// At the end of a topic shown alone: the way back to all of them.
pub const SHOW_ALL_TOPICS: Str = Str {
    zh: "显示全部主题",
    en: "Show all topics",
};
/// Searches every topic (leaves the chip).
pub const SEARCH_ALL_TOPICS: Str = Str {
    zh: "在全部主题中搜索",
    en: "Search all topics",
};

/// What a search found: `12项数据、3篇原文符合搜索` / `12 figures and 3 passages match`.
pub fn found_line(lang: Lang, figures: usize, stories: usize) -> String {
    match lang {
        Lang::Zh => match (figures, stories) {
            (f, 0) => format!("{f}项数据符合搜索"),
            (0, s) => format!("{s}篇原文符合搜索"),
            (f, s) => format!("{f}项数据、{s}篇原文符合搜索"),
        },
        Lang::En => {
            let count = |n: usize, one: &str, many: &str| match n {
                1 => format!("1 {one}"),
                n => format!("{n} {many}"),
            };
            let verb = if figures + stories == 1 {
                "matches"
            } else {
                "match"
            };
            match (figures, stories) {
                (f, 0) => format!("{} {verb}", count(f, "figure", "figures")),
                (0, s) => format!("{} {verb}", count(s, "passage", "passages")),
                (f, s) => format!(
                    "{} and {} match",
                    count(f, "figure", "figures"),
                    count(s, "passage", "passages")
                ),
            }
        }
    }
}
/// Period line.
pub const PERIOD: Str = Str {
    zh: "时期",
    en: "Period",
};
/// When the text gives no period.
pub const NO_PERIOD: ByMedium = ByMedium {
    print: Str {
        zh: "版面未注明时期",
        en: "The page gives no period",
    },
    web: Str {
        zh: "原文未注明时期",
        en: "The text gives no period",
    },
};
/// Before the passages.
pub const PRINTED_IN: ByMedium = ByMedium {
    print: Str {
        zh: "原文",
        en: "In the page’s words",
    },
    web: Str {
        zh: "原文",
        en: "In the text’s words",
    },
};
/// Under passages in English mode.
pub const PASSAGE_NOTE: ByMedium = ByMedium {
    print: Str {
        zh: "",
        en: "The passage in Chinese, from our copy of the page’s text; the highlighted words give the figure.",
    },
    web: Str {
        zh: "",
        en: "The passage in Chinese, as published; the highlighted words give the figure.",
    },
};
/// Under whole passages in English mode.
pub const PASSAGE_NOTE_PLAIN: ByMedium = ByMedium {
    print: Str {
        zh: "",
        en: "The passage in Chinese, from our copy of the page’s text.",
    },
    web: Str {
        zh: "",
        en: "The passage in Chinese, as published.",
    },
};
/// Over our English translation of a passage.
pub const OUR_TRANSLATION: Str = Str {
    zh: "本团队的英文译文，非原文所有",
    en: "Our translation, not the publisher’s",
};
/// The whole translation's disclosure.
pub const FULL_TRANSLATION: Str = Str {
    zh: "阅读全部译文",
    en: "Read the whole translation",
};
/// The whole translation's disclosure, open: closes it.
pub const HIDE_TRANSLATION: Str = Str {
    zh: "收起全部译文",
    en: "Hide the whole translation",
};
/// The whole passage's disclosure, open: closes it.
pub const HIDE_PASSAGE: Str = Str {
    zh: "收起全文",
    en: "Hide the whole passage",
};
/// Full passage disclosure.
pub const FULL_PASSAGE: Str = Str {
    zh: "阅读全文",
    en: "Read the whole passage",
};
/// Data table disclosure.
pub const DATA_TABLE: Str = Str {
    zh: "查看数据表",
    en: "Show the data as a table",
};
/// Table header: the bar's category (its figure's label).
pub const COL_FIGURE: Str = Str {
    zh: "类别",
    en: "Category",
};
/// Table header: value.
pub const COL_VALUE: Str = Str {
    zh: "数值",
    en: "Value",
};
/// Our title, not the paper's.
pub const OUR_TITLE: Str = Str {
    zh: "（标题为编者所加）",
    en: "(our title)",
};
/// Story card tags, by passage kind.
pub const STORY: Str = Str {
    zh: "特写",
    en: "Feature",
};
/// See [`STORY`].
pub const REPORT: Str = Str {
    zh: "报道",
    en: "Report",
};
/// See [`STORY`]: the page's lead piece, in the district's own voice ("we"): what it says is
/// the district's account of itself, not a reporter's.
pub const COMMENTARY: Str = Str {
    zh: "区方自述",
    en: "The district’s account",
};
/// The title of the section of the page's frame (its opening and closing passages), where
/// the data gives none.
pub const MORE_FROM_PAGE: ByMedium = ByMedium {
    print: Str {
        zh: "版面导语与结语",
        en: "Introduction and conclusion",
    },
    web: Str {
        zh: "导语与结语",
        en: "Introduction and conclusion",
    },
};
/// Label for the gap marker.
pub const GAP_NOTE: ByMedium = ByMedium {
    print: Str {
        zh: "“……”处是本团队所得的版面文字中断或缺字的地方；报纸原版无从核对。",
        en: "“……” in the Chinese, and […] in our translation, mark where our copy of the page’s text breaks off or has words missing; we could not check these against the printed newspaper.",
    },
    web: Str {
        zh: "“……”处为本团队所得文本的缺字之处。",
        en: "“……” in the Chinese, and […] in our translation, mark where words are missing from our copy of the text.",
    },
};
/// Before the title of the passage this one continues (one printed article shown as two).
pub const CONTINUES: Str = Str {
    zh: "接上文：",
    en: "Continued from: ",
};
/// Under a passage whose paragraph order is our reading of the columns.
pub const ORDER_NOTE: ByMedium = ByMedium {
    print: Str {
        zh: "本文各段的先后顺序为编者根据版面分栏判读。",
        en: "The order of these paragraphs is our reading of the page’s columns.",
    },
    web: Str {
        zh: "本文各段的先后顺序为编者判读。",
        en: "The order of these paragraphs is our reading.",
    },
};
/// Under a passage that holds a correction of ours (before the words as read and as shown).
pub const CORRECTED_HERE: Str = Str {
    zh: "此段有编者据文意所作更正（未与原版面核对）：",
    en: "Corrected here by us from the context (not checked against the printed page): ",
};
/// Between a correction's words as the OCR read them and as shown.
pub const CORRECTED_TO: Str = Str {
    zh: "原识别作",
    en: "the OCR reads",
};
/// Before the words as shown.
pub const SHOWN_AS: Str = Str {
    zh: "，此处作",
    en: "; we show",
};
/// Credit heading.
pub const CREDIT: Str = Str {
    zh: "署名",
    en: "Credit",
};
/// The heading of the whole text the static page carries for readers without the app.
pub const WHOLE_TEXT: ByMedium = ByMedium {
    print: Str {
        zh: "版面文字（本团队整理的扫描识别文本）",
        en: "The page’s text (our cleaned copy of its OCR text)",
    },
    web: Str {
        zh: "原文全文",
        en: "The whole text",
    },
};
/// Links to the data files.
pub const GET_DATA: Str = Str {
    zh: "下载数据",
    en: "Get the data",
};
/// The chart's own data file.
pub const CHART_CSV: Str = Str {
    zh: "本图数据（CSV）",
    en: "this chart (CSV)",
};
/// Every figure, as CSV.
pub const ALL_CSV: Str = Str {
    zh: "全部数据（CSV，Excel 可直接打开）",
    en: "all figures (CSV, opens in Excel)",
};
/// Every figure, as JSON.
pub const ALL_JSON: Str = Str {
    zh: "全部数据（JSON）",
    en: "all figures (JSON)",
};
/// Punctuation for sentences built from parts (chart descriptions).
pub const COMMA: Str = Str {
    zh: "，", en: ", "
};
/// See [`COMMA`].
pub const SEMICOLON: Str = Str {
    zh: "；", en: "; "
};
/// See [`COMMA`].
pub const FULL_STOP: Str = Str {
    zh: "。", en: ". "
};
/// Chart description: after the number of figures.
pub const FIGURES_COUNTED: Str = Str {
    zh: "项数据",
    en: "figures",
};
/// Chart description: the largest figure.
pub const LARGEST: Str = Str {
    zh: "最大：",
    en: "Largest: ",
};
/// Chart description: the smallest figure.
pub const SMALLEST: Str = Str {
    zh: "最小：",
    en: "smallest: ",
};
/// An open card: copy its link.
pub const COPY_LINK: Str = Str {
    zh: "复制链接",
    en: "Copy link",
};
/// An open figure card: copy a citation.
pub const COPY_CITATION: Str = Str {
    zh: "复制引用",
    en: "Copy citation",
};
/// An open card: the system share sheet.
pub const SHARE: Str = Str {
    zh: "分享",
    en: "Share",
};
/// Announced when the link is on the clipboard.
pub const LINK_COPIED: Str = Str {
    zh: "链接已复制",
    en: "Link copied",
};
/// Announced when the citation is on the clipboard.
pub const CITATION_COPIED: Str = Str {
    zh: "引用已复制",
    en: "Citation copied",
};
/// Under an embed snippet: copy it.
pub const COPY_CODE: Str = Str {
    zh: "复制代码",
    en: "Copy code",
};
/// Announced when the snippet is on the clipboard.
pub const CODE_COPIED: Str = Str {
    zh: "代码已复制",
    en: "Code copied",
};
/// Where the clipboard cannot be used, under an embed snippet.
pub const CODE_BY_HAND: Str = Str {
    zh: "无法自动复制，请选中上方代码后手动复制",
    en: "Could not copy automatically: select the code above and copy it by hand.",
};
/// Where the clipboard cannot be used: the text is shown selected.
pub const COPY_BY_HAND: Str = Str {
    zh: "无法自动复制：文字已选中，请手动复制",
    en: "Could not copy automatically. The text is selected: copy it by hand.",
};
/// A bar's place in its chart, for its accessible name: `（第1项，共3项）`, ` (1 of 3)`.
pub fn position(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Zh => format!("（第{n}项，共{of}项）"),
        Lang::En => format!(" ({n} of {of})"),
    }
}
/// The keyboard hint in a chart's accessible name.
pub const CHART_KEYS: Str = Str {
    zh: "用方向键逐项浏览，回车键打开原文",
    en: "arrow keys move between the bars; Enter opens the original passage",
};
/// Footer: the page's date, where it prints one.
pub const DATE: Str = Str {
    zh: "日期",
    en: "Date",
};
/// Source heading.
pub const SOURCE: Str = Str {
    zh: "来源",
    en: "Source",
};
/// In an embed, where the page's notes are: on the full page.
pub const NOTES_ON_FULL_PAGE: Str = Str {
    zh: "本页制作说明（含更正）见完整版",
    en: "How we made this page, with corrections: see the full page",
};
/// The summary of the page's notes on how it was made (what is ours, what is converted, the
/// corrections), folded under the source.
pub const HOW_WE_MADE_IT: Str = Str {
    zh: "本页制作说明：哪些文字出自本团队，作了哪些换算与更正",
    en: "How we made this page: what we wrote, converted and corrected",
};
/// Corrections heading.
pub const CORRECTIONS: Str = Str {
    zh: "更正",
    en: "Corrections",
};
/// Corrections text.
pub const CORRECTIONS_NOTE: ByMedium = ByMedium {
    print: Str {
        zh: "以下扫描识别错误由本团队根据上下文更正（未与原版面核对），并附理由：",
        en: "OCR misreadings we corrected from the context (not checked against the printed page), with our reasons:",
    },
    web: Str {
        zh: "以下文字错误由本团队根据上下文更正，并附理由：",
        en: "Errors in the text we corrected from the context, with our reasons:",
    },
};
/// Chart hint.
pub const CHART_HINT: Str = Str {
    zh: "点击条形查看原文",
    en: "Tap or click a bar to see the original passage",
};
/// A join of the page's columns that is our reading (before the joined words).
pub const JOIN_NOTE: ByMedium = ByMedium {
    print: Str {
        zh: "此处由分栏拼接，为编者判读：",
        en: "Joined across the page’s columns (our reading): ",
    },
    web: Str {
        zh: "此处拼接为编者判读：",
        en: "Joined here (our reading): ",
    },
};
/// Before a mention's own wording, where the mentions word a figure differently.
pub const PRINTED_HERE_AS: ByMedium = ByMedium {
    print: Str {
        zh: "此处原文作：",
        en: "In this passage (our translation): ",
    },
    web: Str {
        zh: "此处写作：",
        en: "In this passage (our translation): ",
    },
};
/// How many figures a section holds: `1 figure`, `21 figures` / `21项数据`.
pub fn figures_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n}项数据"),
        Lang::En if n == 1 => "1 figure".to_string(),
        Lang::En => format!("{n} figures"),
    }
}
/// Stories heading.
pub const STORIES: ByMedium = ByMedium {
    print: Str {
        zh: "版面原文",
        en: "From the page",
    },
    web: Str {
        zh: "原文",
        en: "From the text",
    },
};
/// Under a section's passages: the passages of other sections its figures are quoted from,
/// where some are quoted from its own too.
pub const ALSO_FROM: Str = Str {
    zh: "本节数字另见：",
    en: "This section’s figures are also quoted from: ",
};
/// The same, where none of the section's figures is quoted from its own passages.
pub const QUOTED_FROM: Str = Str {
    zh: "本节数字出自：",
    en: "This section’s figures are quoted from: ",
};
/// The same, of a section's one figure (the tourism section's is quoted from the ecology
/// report).
pub const ONE_QUOTED_FROM: Str = Str {
    zh: "本节数字出自：",
    en: "This section’s figure is quoted from: ",
};
/// Between the items of a short list in a sentence.
pub const LIST_SEPARATOR: Str = Str {
    zh: "、", en: "; "
};
/// The colon after a label.
pub const COLON: Str = Str {
    zh: "：", en: ": "
};
/// The embed disclosure.
pub const EMBED: Str = Str {
    zh: "嵌入本图解",
    en: "Embed this infographic",
};
/// The embed disclosure of a figure's card: that figure alone.
pub const EMBED_FIGURE: Str = Str {
    zh: "嵌入此项数据",
    en: "Embed just this figure",
};
/// The embed disclosure under a chart: that chart alone.
pub const EMBED_CHART: Str = Str {
    zh: "嵌入这张图表",
    en: "Embed just this chart",
};
/// The embed disclosure at a section's end: that section alone.
pub const EMBED_SECTION: Str = Str {
    zh: "嵌入这一部分",
    en: "Embed just this section",
};
/// On a piece's own page: the whole infographic, at that piece.
pub const WHOLE_PAGE: Str = Str {
    zh: "在完整图解中查看",
    en: "See this in the full infographic",
};
/// After a link to another of our pages: where it opens, said only in a host's frame (the
/// loader opens it in the same tab on a page of its own: class `own-tab` hides this).
pub const NEW_TAB: Str = Str {
    zh: "（在新标签页打开）",
    en: " (opens in a new tab)",
};
/// Stands for the address in the embed snippet where the build was not told it.
pub const EMBED_ADDRESS: Str = Str {
    zh: "【本图解所在文件夹的网址】/",
    en: "[address of the folder that holds this infographic]/",
};
/// Under the embed disclosure: the hint above the snippet.
pub const EMBED_HINT: Str = Str {
    zh: "将以下代码粘贴到文章页面，图解会自动适应高度：",
    en: "Paste this code into your article’s HTML; the embed resizes itself to fit:",
};
/// Said (and announced) when the reader taps before the app has started: the tap is kept and
/// honoured as soon as it has.
pub const STARTING: Str = Str {
    zh: "正在加载，马上打开",
    en: "Loading… it will open in a moment",
};
/// Said (and announced) when the app could not be loaded: the page stays as printed.
pub const START_FAILED: ByMedium = ByMedium {
    print: Str {
        zh: "互动功能未能加载，请刷新页面重试。",
        en: "The interactive version could not load; reload the page to try again.",
    },
    web: Str {
        zh: "互动功能未能加载，请刷新页面重试。",
        en: "The interactive version could not load; reload the page to try again.",
    },
};
/// After [`START_FAILED`] on a page that holds the printed text after the app: where a card
/// leads then.
pub const CARDS_TO_TEXT: ByMedium = ByMedium {
    print: Str {
        zh: "点卡片可跳到下方版面文字中它出自的那段。",
        en: " Tap a card to go to its passage in the page’s text (our cleaned copy) below.",
    },
    web: Str {
        zh: "点卡片可跳到下方原文中它出自的那段。",
        en: " Tap a card to go to its passage in the text below.",
    },
};
