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

/// The card id a hash names, if it is well formed: lowercase ASCII letters, digits and `-`.
/// Whether the id exists is for the caller to check.
pub fn card_from_hash(hash: &str) -> Option<String> {
    if hash.len() > MAX_HASH_LEN {
        return None;
    }
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    let id = percent_decode(raw)?;
    let well_formed = !id.is_empty()
        && id.len() <= 80
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    well_formed.then_some(id)
}

/// The hash for a card id.
pub fn hash_for(card: &str) -> String {
    format!("#{card}")
}

/// The card id of a story card for a passage.
pub fn story_card(passage: &str) -> String {
    format!("story-{passage}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids() {
        assert_eq!(
            card_from_hash("#hospital-beds").as_deref(),
            Some("hospital-beds")
        );
        assert_eq!(
            card_from_hash("hospital-beds").as_deref(),
            Some("hospital-beds")
        );
        assert_eq!(
            card_from_hash("#story-elevators").as_deref(),
            Some("story-elevators")
        );
        assert_eq!(
            card_from_hash("#city%2Dparks").as_deref(),
            Some("city-parks")
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
            assert_eq!(card_from_hash(bad), None, "{bad}");
        }
        assert_eq!(card_from_hash(&format!("#{}", "a".repeat(10_000))), None);
    }
}
