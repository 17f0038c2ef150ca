//! Shown instead of the infographic when the bundled data is broken: never a blank page.

use yew::prelude::*;

use crate::model::Lang;
use crate::ui::{self, t};

/// Props: the error's message, naming file, entry and fault.
#[derive(Properties, PartialEq)]
pub struct DataErrorNoticeProps {
    /// The message.
    pub message: AttrValue,
}

/// A short notice with the fault.
#[component]
pub fn DataErrorNotice(props: &DataErrorNoticeProps) -> Html {
    html! {
        <div class="notice" role="alert">
            <p lang="zh-Hans">{ t(Lang::Zh, ui::DATA_ERROR) }</p>
            <p lang="en">{ t(Lang::En, ui::DATA_ERROR) }</p>
            <pre>{ props.message.clone() }</pre>
        </div>
    }
}
