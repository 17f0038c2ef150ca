//! The ids that cross modules: a group's, a chart's, and the section a passage belongs to. Each
//! is a type of its own, as [`crate::route::CardId`] is, and names the DOM ids built from it, so
//! no component builds one by hand. In the JSON files each is a plain string.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An id of the data (a group's or a chart's): a string in the files, its own type in the code.
macro_rules! data_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// The id as written in the files.
            #[inline]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        // Read as the string it is wherever a string is asked for (lookups, messages).
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

data_id!(
    /// A group of figures (`livelihood`): a section of the page, and a filter chip.
    GroupId
);

data_id!(
    /// A chart (`livelihood-health`).
    ChartId
);

impl ChartId {
    /// The DOM id of the chart itself (its `<figure>`): where a card opened from one of its
    /// bars leads back to.
    pub fn dom_id(&self) -> String {
        format!("chart-{}", self.0)
    }

    /// The DOM id of the chart's description (its `aria-describedby`).
    pub fn description_dom_id(&self) -> String {
        format!("chart-description-{}", self.0)
    }

    /// The DOM id of the chart's measure line.
    pub fn measure_dom_id(&self) -> String {
        format!("chart-measure-{}", self.0)
    }

    /// The DOM id of the chart's `index`th bar, as an option of its listbox.
    pub fn bar_dom_id(&self, index: usize) -> String {
        format!("bar-{}-{index}", self.0)
    }
}

/// The section a passage is read in: a group's, or the page's frame (its opening and closing,
/// shown after the groups). In the files, `"overview"` names the frame.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Section {
    /// A group's section.
    Group(GroupId),
    /// The page's frame.
    Frame,
}

impl Section {
    /// The frame's name in the files (and in its heading's DOM id).
    pub const FRAME: &'static str = "overview";

    /// The group, if the section is one.
    pub fn group(&self) -> Option<&GroupId> {
        match self {
            Section::Group(group) => Some(group),
            Section::Frame => None,
        }
    }

    /// The DOM id of the section's heading.
    pub fn heading_dom_id(&self) -> String {
        match self {
            Section::Group(group) => format!("group-{}", group.0),
            Section::Frame => "group-overview".to_string(),
        }
    }
}

impl From<String> for Section {
    fn from(name: String) -> Self {
        if name == Section::FRAME {
            Section::Frame
        } else {
            Section::Group(GroupId(name))
        }
    }
}

impl From<Section> for String {
    fn from(section: Section) -> Self {
        section.to_string()
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Section::Group(group) => group.fmt(f),
            Section::Frame => f.write_str(Section::FRAME),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_is_named_overview_in_the_files_and_every_other_name_is_a_group() {
        assert_eq!(Section::from("overview".to_string()), Section::Frame);
        let group = Section::from("livelihood".to_string());
        assert_eq!(group.group(), Some(&GroupId::from("livelihood")));
        assert_eq!(String::from(Section::Frame), "overview");
        assert_eq!(String::from(group.clone()), "livelihood");
        assert_eq!(group.heading_dom_id(), "group-livelihood");
        assert_eq!(Section::Frame.heading_dom_id(), "group-overview");
    }

    #[test]
    fn a_chart_names_its_dom_ids() {
        let chart = ChartId::from("livelihood-health");
        assert_eq!(
            chart.description_dom_id(),
            "chart-description-livelihood-health"
        );
        assert_eq!(chart.measure_dom_id(), "chart-measure-livelihood-health");
        assert_eq!(chart.bar_dom_id(2), "bar-livelihood-health-2");
    }
}
