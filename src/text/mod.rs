//! Text: reading what people wrote. Pure functions of text in, readings
//! out: no store, no clock, no environment.

pub mod away;
pub mod conversation;
pub mod numbers;
pub mod pattern;
pub mod reader;
pub mod tongue;

pub use reader::{Act, Acts, Context, Mode, News, NewsKind, Polarity, Reading, read};
