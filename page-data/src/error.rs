//! The one error type: what is wrong with a data file, naming the file, the entry and the fault.

use thiserror::Error;

/// A malformed or inconsistent data file.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum DataError {
    /// The file is not valid JSON of the expected shape.
    #[error("{file}: cannot be read: {message}")]
    Parse {
        /// The data file.
        file: &'static str,
        /// serde's message, with line and column.
        message: String,
    },
    /// One entry breaks a rule.
    #[error("{file}: entry `{id}`: {problem}")]
    Entry {
        /// The data file.
        file: &'static str,
        /// The entry's id.
        id: String,
        /// What is wrong.
        problem: String,
    },
}

impl DataError {
    pub(crate) fn entry(file: &'static str, id: &str, problem: impl Into<String>) -> DataError {
        DataError::Entry {
            file,
            id: id.to_string(),
            problem: problem.into(),
        }
    }
}
