//! The case parser never panics, and a valid case always yields facts.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(case) = habeas_case::parse_case(text) {
            let _ = habeas_case::facts_of(&case);
        }
    }
});
