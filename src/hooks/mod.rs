//! Custom hooks: the store (dispatcher and state), language persistence, URL hash sync, element width, embedding, and a chart's keyboard and pointer.

mod use_bar_hover;
mod use_bar_keys;
mod use_embed;
mod use_hash_sync;
mod use_lang_sync;
mod use_store;
mod use_width;

pub use use_bar_hover::{chart_point, use_bar_hover, BarHover};
pub use use_bar_keys::{use_bar_keys, BarKeys};
pub use use_embed::use_theme;
pub use use_hash_sync::use_hash_sync;
pub use use_lang_sync::{remembered_lang, use_lang_sync};
pub use use_store::{use_app_state, use_dispatch};
pub use use_width::{use_width, PRERENDER_WIDE, PRERENDER_WIDTH};
