//! Property tests: no hash, however hostile, panics or yields anything but a clean id.
#![cfg(not(target_arch = "wasm32"))]

use beibei_infographic::route::{card_from_hash, percent_decode};
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_hash_is_safe(hash in ".{0,400}") {
        if let Some(id) = card_from_hash(&hash) {
            prop_assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!id.is_empty() && id.len() <= 80);
        }
    }

    #[test]
    fn any_percent_soup_is_safe(bytes in proptest::collection::vec(prop_oneof![Just('%'), any::<char>(), Just('f'), Just('0')], 0..300)) {
        let text: String = bytes.into_iter().collect();
        let _ = percent_decode(&text);
        let _ = card_from_hash(&text);
    }

    #[test]
    fn a_clean_id_survives_the_round_trip(id in "[a-z0-9][a-z0-9-]{0,40}") {
        prop_assert_eq!(card_from_hash(&format!("#{id}")), Some(id));
    }
}
