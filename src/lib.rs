//! Beibei infographic: a newspaper page on Beibei District, Chongqing, as charts and cards.
//!
//! The library holds everything (data model, content, charts, formatting, state, and on wasm32
//! the Yew app); `main.rs` only renders [`App`].

pub mod charts;
pub mod cite;
pub mod content;
pub mod excerpt;
pub mod export;
pub mod format;
pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_image;
pub mod state;
pub mod takeover;
pub mod translations;
pub mod typeset;

mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod panic_notice;
pub mod piece;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod ui;

// The page as data (its own crate), under the names the app's modules use.
#[cfg(not(target_arch = "wasm32"))]
pub use page_data::{audit, error, rules, trace};
pub use page_data::{model, route};

pub use app::{App, AppProps};
pub use content::{content, Content};
#[cfg(not(target_arch = "wasm32"))]
pub use error::DataError;
pub use model::*;
pub use state::Dispatcher;
