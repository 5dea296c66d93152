//! Text: reading what people wrote. Pure functions of text in, readings
//! out: no store, no clock, no environment.

pub mod away;
pub mod cjk;
pub mod conversation;
pub mod numbers;
pub mod pattern;
pub mod reader;
pub mod tongue;

pub use reader::{Act, Acts, Context, Mode, News, NewsKind, Polarity, Reading, read};

/// A word or phrase with its first letter in upper case ("friday" → "Friday").
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
