//! Embedding: the theme flag on `<html>`. (The height messages to the host page are the
//! loader's, `loader/loader.js`: they start at first paint, not when the app does.)

use yew::prelude::*;

use crate::embed::EmbedOptions;

/// Sets `<html data-theme>` for `dark=true|false`.
#[hook]
pub fn use_theme(options: &EmbedOptions) {
    use_effect_with(options.theme, |theme| {
        let root = gloo::utils::document_element();
        let _ = match theme.attribute() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    });
}
