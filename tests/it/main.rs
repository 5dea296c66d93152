//! The integration tests, as one binary: each file of the former `tests/`
//! is a module here, sharing one harness (`support`), so that rusqlite,
//! tokio and the rest are linked once rather than once per file. Run one
//! area with `cargo test --test it cli::`.

mod support;

mod answers;
mod away;
mod backup;
mod cli;
mod competition;
mod daemon;
mod docs;
mod drafts;
mod drafts_corpus;
mod first_hour;
mod fix;
mod front;
mod hostile;
mod import_calendar;
mod import_linkedin;
mod import_mail;
mod import_vcard;
mod input;
mod kept_drafts;
mod layers;
mod lint;
mod lint_corpus;
mod model;
mod parsers;
mod pitches;
mod stats;
mod store;
