//! Sharing and citing a figure: its public link, and a one-line citation for journalists who
//! reuse it, built only from words printed on the page.

use crate::format::quoted;
use crate::model::{Content, Figure, Lang};
use crate::piece::Piece;
use crate::route::CardId;

/// The card's public link, from `base` (the canonical URL when the build sets one, else the
/// page's own address): a figure's own page in `lang` (`…/figure-hospital-beds.html`, which
/// previews as that figure where it is shared), or a story card's hash on the page.
pub fn card_link(base: &str, card: &CardId, lang: Lang) -> String {
    match card {
        CardId::Figure(id) => format!(
            "{}{}",
            crate::embed::folder_of(base),
            Piece::Figure(id.clone()).file(lang)
        ),
        CardId::Story(_) => {
            let base = base.split('#').next().unwrap_or(base);
            format!("{base}{}", card.hash())
        }
    }
}

/// A one-line citation of a figure, as printed: the quote worded as the figure is shown
/// ([`Figure::shown_mention`]), the passage's printed title
/// (left out when the title is ours), the page's headline, credit and, where the page prints
/// one, its date. In English the printed Chinese is cited as printed, the quote and the
/// headline each followed by our translation of it (named so once), and the rest in English.
pub fn citation(content: &Content, figure: &Figure, lang: Lang) -> Option<String> {
    let mention = figure.shown_mention()?;
    let passage = content.passage(&mention.passage)?;
    let page = &content.page;
    let printed_title = passage.title_printed && passage.title.zh != page.headline.zh;
    let mut line = quoted(&mention.quote);
    match lang {
        Lang::Zh => {
            line.push_str(&format!("——《{}》", page.headline.zh));
            if printed_title {
                line.push_str(&format!("·{}", passage.title.zh));
            }
            line.push_str(&format!("，{}", page.credit.zh));
        }
        Lang::En => {
            if let Some(words) = crate::translations::of_mention(&figure.id, mention) {
                line.push_str(&format!(" ({})", quoted(words)));
            }
            line.push_str(&format!(
                " — {} ({}; translations ours)",
                quoted(&page.headline.zh),
                quoted(&page.headline.en)
            ));
            if printed_title {
                line.push_str(&format!(" · {}", quoted(&passage.title.zh)));
            }
            line.push_str(&format!(", {}", page.credit.en));
        }
    }
    if let Some(date) = &page.date {
        line.push_str(&match lang {
            Lang::Zh => format!("，{}", date.zh),
            Lang::En => format!(", {}", date.en),
        });
    }
    let source = source_of(content, Some(figure), lang);
    line.push_str(&match lang {
        Lang::Zh => format!("（{}）", source.trim_start_matches("来源：")),
        Lang::En => format!(" ({})", source.trim_start_matches("Source: ")),
    });
    Some(line)
}

/// Where a figure's words come from (an OCR text, paper and date unknown …), as the share
/// images' foot says it (`Source: …`); whose number it is, where someone other than the district
/// says it (a firm's manager).
pub fn source_of(content: &Content, figure: Option<&Figure>, lang: Lang) -> String {
    let source = content.page.share_image.source.get(lang);
    match (figure.and_then(|f| f.said_by.as_ref()), lang) {
        (None, _) => source.to_string(),
        (Some(s), Lang::Zh) => format!("{}；{}", source.split('；').next().unwrap_or(""), s.zh),
        (Some(s), Lang::En) => format!(
            "{}; {}",
            source.split("; ").next().unwrap_or(""),
            crate::format::lower_first(&s.en)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figures_link_is_its_own_page_and_a_storys_the_pages_hash() {
        let card = CardId::Figure("hospital-beds".into());
        assert_eq!(
            card_link("https://news.example/beibei/", &card, Lang::Zh),
            "https://news.example/beibei/figure-hospital-beds.html"
        );
        assert_eq!(
            card_link(
                "http://127.0.0.1:8080/en.html?x=1#city-parks",
                &card,
                Lang::En
            ),
            "http://127.0.0.1:8080/figure-hospital-beds.en.html"
        );
        let story = CardId::Story("elevators".into());
        assert_eq!(
            card_link(
                "http://127.0.0.1:8080/?lang=en#city-parks",
                &story,
                Lang::En
            ),
            "http://127.0.0.1:8080/?lang=en#story-elevators"
        );
    }

    #[test]
    fn the_citation_holds_only_printed_words() {
        let content = crate::content::content();
        let beds = content.figure("hospital-beds").unwrap();
        let line = citation(content, beds, Lang::Zh).unwrap();
        assert!(line.starts_with(&format!("“{}”", beds.mentions[0].quote)));
        assert!(line.contains(&format!("《{}》", content.page.headline.zh)));
        assert!(line.contains(&content.page.credit.zh));
        // It says where the words come from, with no brackets inside its brackets.
        assert!(
            line.ends_with("）") && line.contains("扫描识别文本"),
            "{line}"
        );
        let source = &line[line.find(&content.page.credit.zh).unwrap()..];
        assert_eq!(source.matches('（').count(), 1, "{line}");
        // The passage's title is ours (not printed), so it is left out.
        let passage = content.passage(&beds.mentions[0].passage).unwrap();
        assert!(!passage.title_printed && !line.contains(&passage.title.zh));
    }

    #[test]
    fn the_english_citation_cites_the_printed_chinese_and_names_our_translation() {
        let content = crate::content::content();
        let beds = content.figure("hospital-beds").unwrap();
        let line = citation(content, beds, Lang::En).unwrap();
        let page = &content.page;
        // The quote as printed, then our English of it: a reader of English reads what it says.
        assert!(
            line.starts_with(&format!(
                "“{}” (“{}”) — “{}” (“{}”; translations ours), {}",
                beds.mentions[0].quote,
                beds.mentions[0].quote_en.as_deref().unwrap(),
                page.headline.zh,
                page.headline.en,
                page.credit.en
            )),
            "{line}"
        );
        // In the English the app has (the one share-en.png prints).
        assert!(
            line.ends_with(" (OCR text of a newspaper page, paper unknown, its text pointing to 2021; the district’s own figures, unverified)"),
            "{line}"
        );
    }

    #[test]
    fn a_number_someone_else_says_is_cited_as_theirs() {
        let content = crate::content::content();
        let workshop = content.figure("workshop-labour-saved").unwrap();
        let said_by = workshop.said_by.as_ref().unwrap();
        let zh = citation(content, workshop, Lang::Zh).unwrap();
        assert!(zh.ends_with(&format!("；{}）", said_by.zh)), "{zh}");
        assert!(!zh.contains("该区自述"), "{zh}");
        let en = citation(content, workshop, Lang::En).unwrap();
        assert!(
            en.ends_with("; a figure from Huizheng Machinery’s manager, unverified)"),
            "{en}"
        );
        assert!(!en.contains("district’s own"), "{en}");
        assert_eq!(
            content.kicker_of(workshop, Lang::Zh),
            format!("重庆·北碚｜{}", said_by.zh)
        );
    }

    #[test]
    fn a_printed_title_and_a_printed_date_are_cited() {
        // This page prints no date and the passage that prints the figure has our title: a
        // page that prints both cites both, in order.
        let mut content = crate::content::content().clone();
        content.page.date = Some(crate::model::Bilingual {
            zh: "2021年6月1日".into(),
            en: "1 June 2021".into(),
        });
        let beds = content.figure("hospital-beds").unwrap().clone();
        let passage = content
            .passages
            .iter_mut()
            .find(|p| p.id == beds.mentions[0].passage)
            .unwrap();
        passage.title_printed = true;
        let title = passage.title.zh.clone();
        let line = citation(&content, &beds, Lang::Zh).unwrap();
        assert!(
            line.contains(&format!(
                "·{title}，{}，2021年6月1日（",
                content.page.credit.zh
            )),
            "{line}"
        );
    }
}
