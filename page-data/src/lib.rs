//! A page as data: its passages, figures, charts and corrections (`model`), the public ids of
//! its cards, groups, charts and sections (`route`, `ids`), its passages' text as typed blocks (`text`), and, with the `check` feature, everything that checks it: the files
//! read and parsed (`files`), the rules (`rules`), the trace of every word and number back to
//! the printed source (`trace`) and the editor's audit that runs them all (`audit`).
//!
//! `build.rs` runs the audit before it encodes the page for the app; the native tools and the
//! tests use the same checks; the browser's app takes the model alone.

pub mod ids;
pub mod model;
pub mod route;
pub mod text;

#[cfg(feature = "check")]
pub mod audit;
#[cfg(feature = "check")]
pub mod error;
#[cfg(feature = "check")]
pub mod files;
#[cfg(feature = "check")]
pub mod rules;
#[cfg(feature = "check")]
pub mod trace;

pub use model::*;
