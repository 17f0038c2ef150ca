//! Beibei infographic: a newspaper page on Beibei District, Chongqing, as charts and cards.
//!
//! The library holds everything (data model, content, charts, formatting, state, and on wasm32
//! the Yew app); `main.rs` only renders [`App`].

#[cfg(not(target_arch = "wasm32"))]
pub mod audit;
pub mod charts;
pub mod cite;
pub mod content;
#[cfg(not(target_arch = "wasm32"))]
pub mod error;
pub mod excerpt;
pub mod export;
pub mod format;
pub mod html;
pub mod model;
pub mod route;
#[cfg(not(target_arch = "wasm32"))]
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_image;
pub mod state;
pub mod takeover;
pub mod trace;

mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod panic_notice;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod ui;

pub use app::{App, AppProps};
pub use content::{content, Content};
#[cfg(not(target_arch = "wasm32"))]
pub use error::DataError;
pub use model::*;
pub use state::Dispatcher;
