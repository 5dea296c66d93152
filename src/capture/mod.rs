//! Interactions that arrive by themselves: calendars on disk.

pub mod calendar;
