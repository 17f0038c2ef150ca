//! Beibei infographic: a newspaper page on Beibei District, Chongqing, as charts and cards.
//!
//! The library holds everything (data model, content, charts, formatting, and on wasm32 the Yew
//! app); `main.rs` only renders [`App`].

pub mod charts;
pub mod content;
pub mod error;
pub mod format;
pub mod model;
pub mod route;
pub mod state;
pub mod trace;

pub use content::{content, Content};
pub use error::DataError;
pub use model::*;
