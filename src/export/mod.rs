//! Exports: the whole database as a JSON backup, and the upcoming nudges as
//! an iCalendar file.

pub mod ics;
pub mod json;
