//! The URL hash: which card is open. Parsing is total: a strange, hostile or over-long hash
//! gives `None`, never a panic.

/// The longest hash we read; anything longer is junk.
const MAX_HASH_LEN: usize = 200;

/// Decodes `%XX` escapes; a bad escape or bytes that are not UTF-8 give `None`.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A card: a figure's (`hospital-beds`) or a passage's story card (`story-elevators`). It is
/// the card's public URL (`#hospital-beds`, never renamed once published) and names the card's
/// DOM ids; every module goes through it instead of building strings of its own.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CardId {
    /// A figure's card, by figure id.
    Figure(String),
    /// A passage's story card, by passage id.
    Story(String),
}

const STORY_PREFIX: &str = "story-";

/// Whether `id` can stand in a link, a DOM id and a path as it is: lowercase ASCII letters,
/// digits and `-`, at most `max` characters.
pub fn is_link_id(id: &str, max: usize) -> bool {
    (1..=max).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl CardId {
    /// The card an id names, if it is well formed (lowercase ASCII letters, digits and `-`, at
    /// most 80 characters). Whether the card exists is for the content to say.
    pub fn parse(id: &str) -> Option<CardId> {
        if !is_link_id(id, 80) {
            return None;
        }
        Some(match id.strip_prefix(STORY_PREFIX) {
            Some(passage) if !passage.is_empty() => CardId::Story(passage.to_string()),
            _ => CardId::Figure(id.to_string()),
        })
    }

    /// The card a location hash names (`#hospital-beds`, with or without `#`, `%XX` decoded).
    #[inline]
    pub fn from_hash(hash: &str) -> Option<CardId> {
        if hash.len() > MAX_HASH_LEN {
            return None;
        }
        CardId::parse(&percent_decode(hash.strip_prefix('#').unwrap_or(hash))?)
    }

    /// The hash that opens this card: `#hospital-beds`.
    #[inline]
    pub fn hash(&self) -> String {
        format!("#{self}")
    }

    /// The card's list item: `card-hospital-beds`.
    #[inline]
    pub fn card_dom_id(&self) -> String {
        format!("card-{self}")
    }

    /// The card's button: `toggle-hospital-beds`.
    #[inline]
    pub fn toggle_dom_id(&self) -> String {
        format!("toggle-{self}")
    }

    /// The card's open region: `panel-hospital-beds`.
    #[inline]
    pub fn panel_dom_id(&self) -> String {
        format!("panel-{self}")
    }

    /// The figure id, for a figure's card.
    #[inline]
    pub fn figure(&self) -> Option<&str> {
        match self {
            CardId::Figure(id) => Some(id),
            CardId::Story(_) => None,
        }
    }
}

impl std::fmt::Display for CardId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CardId::Figure(id) => f.write_str(id),
            CardId::Story(passage) => write!(f, "{STORY_PREFIX}{passage}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids() {
        assert_eq!(
            CardId::from_hash("#hospital-beds"),
            Some(CardId::Figure("hospital-beds".into()))
        );
        assert_eq!(
            CardId::from_hash("hospital-beds"),
            Some(CardId::Figure("hospital-beds".into()))
        );
        assert_eq!(
            CardId::from_hash("#story-elevators"),
            Some(CardId::Story("elevators".into()))
        );
        assert_eq!(
            CardId::from_hash("#city%2Dparks"),
            Some(CardId::Figure("city-parks".into()))
        );
    }

    #[test]
    fn refuses_hostile_hashes() {
        for bad in [
            "",
            "#",
            "#<script>alert(1)</script>",
            "#%3Cscript%3E",
            "#%E0%A4%A",
            "#%ff%fe",
            "#%",
            "#%zz",
            "#Hospital-Beds",
            "#a b",
            "#\"><img src=x onerror=alert(1)>",
        ] {
            assert_eq!(CardId::from_hash(bad), None, "{bad}");
        }
        assert_eq!(CardId::from_hash(&format!("#{}", "a".repeat(10_000))), None);
    }

    #[test]
    fn prints_what_it_parses_and_names_its_dom_ids() {
        for id in ["hospital-beds", "story-elevators", "story-"] {
            let card = CardId::parse(id).unwrap();
            assert_eq!(card.to_string(), id);
            assert_eq!(card.hash(), format!("#{id}"));
        }
        let story = CardId::Story("elevators".into());
        assert_eq!(story.card_dom_id(), "card-story-elevators");
        assert_eq!(story.toggle_dom_id(), "toggle-story-elevators");
        assert_eq!(story.panel_dom_id(), "panel-story-elevators");
        assert_eq!(story.figure(), None);
        assert_eq!(
            CardId::Figure("city-parks".into()).figure(),
            Some("city-parks")
        );
    }
}
