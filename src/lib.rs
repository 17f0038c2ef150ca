//! Beibei infographic: a newspaper page on Beibei District, Chongqing, as charts and cards.
//!
//! The library holds everything (data model, content, charts, formatting, state, and on wasm32
//! the Yew app); `main.rs` only renders [`App`].

pub mod charts;
pub mod content;
pub mod error;
pub mod format;
pub mod model;
pub mod route;
pub mod state;
pub mod trace;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod panic_notice;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppContext};
pub use content::{content, Content};
pub use error::DataError;
pub use model::*;
