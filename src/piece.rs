//! A piece of the page shown alone: one figure's card, one chart or one section, each with a
//! page of its own beside `index.html` (`figure-hospital-beds.html`, `chart-….en.html`), its
//! own share image and its own embed. A piece's code is its kind and its id, both public
//! links, so a piece's file never changes once published.

use crate::content::Content;
use crate::embed::View;
use crate::model::{ChartId, GroupId, Lang};
use crate::route::CardId;

/// The document's title (`<title>`) of the whole page, or of `piece`'s own page, in `lang`.
pub fn document_title(content: &Content, piece: Option<&Piece>, lang: Lang) -> String {
    match piece {
        None => format!(
            "{} · {}",
            content.page.shown_headline().get(lang),
            content.page.short_title.get(lang)
        ),
        Some(piece) => format!(
            "{} · {}",
            piece.title(content, lang),
            content.page.short_title.get(lang)
        ),
    }
}

/// One figure, chart or section, shown alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A figure's card, open.
    Figure(String),
    /// A chart, with its figures' cards under it.
    Chart(ChartId),
    /// A group's section.
    Section(GroupId),
}

impl Piece {
    /// Every piece the build gives a page: each figure, each chart, each group's section.
    pub fn all(content: &Content) -> Vec<Piece> {
        let figures = content.figures.iter().map(|f| Piece::Figure(f.id.clone()));
        let charts = content.charts.iter().map(|c| Piece::Chart(c.id.clone()));
        let sections = content.groups.iter().map(|g| Piece::Section(g.id.clone()));
        figures.chain(charts).chain(sections).collect()
    }

    /// Its code, in `<html data-piece>` and its file's name: `figure-hospital-beds`,
    /// `chart-livelihood-health`, `section-livelihood`.
    pub fn code(&self) -> String {
        match self {
            Piece::Figure(id) => format!("figure-{id}"),
            Piece::Chart(id) => format!("chart-{id}"),
            Piece::Section(id) => format!("section-{id}"),
        }
    }

    /// The piece a code names, if `content` has it.
    pub fn parse(code: &str, content: &Content) -> Option<Piece> {
        let piece = if let Some(id) = code.strip_prefix("figure-") {
            Piece::Figure(content.figure(id)?.id.clone())
        } else if let Some(id) = code.strip_prefix("chart-") {
            Piece::Chart(content.charts.iter().find(|c| c.id == id)?.id.clone())
        } else {
            let id = code.strip_prefix("section-")?;
            Piece::Section(content.groups.iter().find(|g| g.id == id)?.id.clone())
        };
        Some(piece)
    }

    /// Its page in `lang`, beside `index.html`: `figure-hospital-beds.html` in Chinese,
    /// `figure-hospital-beds.en.html` in English (ids hold no `.`, so no two pieces share one).
    pub fn file(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("{}.html", self.code()),
            Lang::En => format!("{}.en.html", self.code()),
        }
    }

    /// Its share image in `lang`.
    pub fn image_file(&self, lang: Lang) -> String {
        let code = self.code();
        match lang {
            Lang::Zh => format!("share-{code}.png"),
            Lang::En => format!("share-{code}.en.png"),
        }
    }

    /// The link to the whole page at this piece, from its page: the full view in `lang`, at
    /// the figure's card, the chart or the section's heading.
    pub fn whole_page_href(&self, lang: Lang) -> String {
        let at = match self {
            Piece::Figure(id) => CardId::Figure(id.clone()).hash(),
            Piece::Chart(id) => format!("#{}", id.dom_id()),
            Piece::Section(id) => format!(
                "#{}",
                crate::model::Section::Group(id.clone()).heading_dom_id()
            ),
        };
        format!("{}{at}", View { lang, embed: false }.href())
    }

    /// What the piece shows, in a line: the figure's label and value (`Forest cover: 50.7%`),
    /// or the chart's or section's title.
    pub fn title(&self, content: &Content, lang: Lang) -> String {
        match self {
            Piece::Figure(id) => content
                .figure(id)
                .map_or(String::new(), |f| crate::format::figure_title(f, lang)),
            Piece::Chart(id) => content
                .charts
                .iter()
                .find(|c| &c.id == id)
                .map_or(String::new(), |c| c.title.get(lang).to_string()),
            Piece::Section(id) => content
                .group(id)
                .map_or(String::new(), |g| g.title.get(lang).to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_piece_has_its_own_files_and_is_read_back_from_its_code() {
        let content = crate::content::content();
        let pieces = Piece::all(content);
        assert_eq!(
            pieces.len(),
            content.figures.len() + content.charts.len() + content.groups.len()
        );
        let mut files = std::collections::BTreeSet::new();
        for piece in &pieces {
            assert_eq!(Piece::parse(&piece.code(), content).as_ref(), Some(piece));
            for lang in [Lang::Zh, Lang::En] {
                let file = piece.file(lang);
                assert!(files.insert(file.clone()), "{file} twice");
                assert!(crate::route::is_link_id(
                    file.trim_end_matches(".html").trim_end_matches(".en"),
                    90
                ));
            }
        }
        let beds = Piece::Figure("hospital-beds".into());
        assert_eq!(beds.file(Lang::Zh), "figure-hospital-beds.html");
        assert_eq!(beds.file(Lang::En), "figure-hospital-beds.en.html");
        assert_eq!(beds.whole_page_href(Lang::Zh), "./#hospital-beds");
        assert_eq!(beds.whole_page_href(Lang::En), "en.html#hospital-beds");
        assert_eq!(
            beds.image_file(Lang::En),
            "share-figure-hospital-beds.en.png"
        );
        assert_eq!(
            Piece::Section("land".into()).image_file(Lang::Zh),
            "share-section-land.png"
        );
    }

    #[test]
    fn a_code_naming_nothing_is_no_piece() {
        let content = crate::content::content();
        for code in [
            "",
            "figure-",
            "figure-nope",
            "chart-x",
            "section-",
            "hospital-beds",
            "story-elevators",
        ] {
            assert_eq!(Piece::parse(code, content), None, "{code}");
        }
    }
}
