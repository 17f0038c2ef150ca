//! Property tests: no hash, however hostile, panics or yields anything but a clean id.
#![cfg(not(target_arch = "wasm32"))]

use infographic::route::{percent_decode, CardId};
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_hash_is_safe(hash in ".{0,400}") {
        if let Some(card) = CardId::from_hash(&hash) {
            let id = card.to_string();
            prop_assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!id.is_empty() && id.len() <= 80);
        }
    }

    #[test]
    fn any_percent_soup_is_safe(bytes in proptest::collection::vec(prop_oneof![Just('%'), any::<char>(), Just('f'), Just('0')], 0..300)) {
        let text: String = bytes.into_iter().collect();
        let _ = percent_decode(&text);
        let _ = CardId::from_hash(&text);
    }

    #[test]
    fn a_clean_id_survives_the_round_trip(id in "[a-z0-9][a-z0-9-]{0,40}") {
        let card = CardId::from_hash(&format!("#{id}"));
        prop_assert_eq!(card.map(|c| c.to_string()), Some(id.clone()));
        prop_assert_eq!(CardId::parse(&id).map(|c| c.hash()), Some(format!("#{id}")));
    }
}
