//! The data folder's four JSON files, read as text and parsed into the model, then checked
//! against every rule.

use serde::de::DeserializeOwned;

use crate::error::DataError;
use crate::model::{ChartsFile, Content, CorrectionsFile, FiguresFile, PassagesFile};
use crate::model::{CHARTS_FILE, CORRECTIONS_FILE, FIGURES_FILE, PASSAGES_FILE};

/// The files' texts, for checking edited copies (tests) and for tools.
pub struct Sources<'a> {
    /// `data/passages.json`.
    pub passages: &'a str,
    /// `data/figures.json`.
    pub figures: &'a str,
    /// `data/charts.json`.
    pub charts: &'a str,
    /// `data/corrections.json`.
    pub corrections: &'a str,
}

fn parse<T: DeserializeOwned>(file: &'static str, json: &str) -> Result<T, DataError> {
    serde_json::from_str(json).map_err(|e| DataError::Parse {
        file,
        message: e.to_string(),
    })
}

impl Content {
    /// Parses and checks the data files. The first fault found is returned.
    pub fn parse(sources: &Sources<'_>) -> Result<Content, DataError> {
        let passages: PassagesFile = parse(PASSAGES_FILE, sources.passages)?;
        let figures: FiguresFile = parse(FIGURES_FILE, sources.figures)?;
        let charts: ChartsFile = parse(CHARTS_FILE, sources.charts)?;
        let corrections: CorrectionsFile = parse(CORRECTIONS_FILE, sources.corrections)?;
        let content = Content::from_files(passages, figures, charts, corrections);
        crate::rules::check(&content)?;
        Ok(content)
    }
}
