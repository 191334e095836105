//! The rule-language parser and checker never panic, whatever the input.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (schema, _) = habeas_case::schema();
        let _ = habeas_lang::compile(Arc::clone(&schema), vec![habeas_lang::SourceFile { name: "fuzz.hb".into(), text: text.into() }]);
    }
});
