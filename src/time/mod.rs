//! Dates, instants, durations, time zones, sending-hours windows and the clock.
//!
//! Calendar units (`d`, `w`, `mo`, `y`) are added on the wall clock of a zone,
//! so "1d after 17:30" is 17:30 the next day even across a daylight-saving
//! change; `m` and `h` are exact elapsed time.
//!
//! Layers: [`duration`] and [`hours`] are pure parsing and arithmetic over
//! [`zone`]; [`clock`] is the only part that reads the environment (`TEND_NOW`,
//! `TZ`).

pub mod clock;
pub mod duration;
pub mod hours;
pub mod zone;

pub use clock::{Clock, NOW_VAR, system_tz};
pub use duration::{Duration, Unit};
pub use hours::{DayOff, Hours};
pub use zone::{
    END_OF_CALENDAR, day_words, local_date, offset_at, parse_tz, resolve_local, rfc3339_in, start_of_day, to_local, ymd,
};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use chrono_tz::Tz;
use std::str::FromStr;

/// The years a date given to tend may fall in, typed or imported: a year 0
/// or 9999 is a typo or a placeholder, never a day of a network's life.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Refuses a date outside [`YEARS`], naming the value as typed.
pub fn check_year(typed: &str, year: i32) -> Result<(), String> {
    if YEARS.contains(&year) {
        return Ok(());
    }
    Err(format!(
        "invalid date '{}': the year must be from {} to {}",
        typed.trim(),
        YEARS.start(),
        YEARS.end()
    ))
}

/// Reads a stored `YYYY-MM-DD` without the cost of a format parser (the
/// planner reads tens of thousands of them per run).
pub fn read_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|_| s.trim().len() == 10)
        .ok_or_else(|| format!("invalid date '{s}': expected YYYY-MM-DD, a real calendar date"))
}

/// An INSTANT as typed: RFC 3339 is absolute, a bare date needs the user's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstantArg {
    At(DateTime<FixedOffset>),
    Date(NaiveDate),
}

impl FromStr for InstantArg {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        if let Ok(at) = DateTime::parse_from_rfc3339(t) {
            return Ok(InstantArg::At(at));
        }
        if let Ok(d) = parse_date(t) {
            return Ok(InstantArg::Date(d));
        }
        Err(format!(
            "invalid instant '{s}': expected RFC 3339 like 2026-12-01T09:30:00+01:00, or a date YYYY-MM-DD"
        ))
    }
}

impl InstantArg {
    pub fn resolve(self, tz: Tz) -> DateTime<Utc> {
        match self {
            InstantArg::At(at) => at.with_timezone(&Utc),
            InstantArg::Date(d) => start_of_day(d, tz),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An RFC 3339 instant in a test (the time modules' tests share it).
    pub(crate) fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn dates_and_instants() {
        assert!(parse_date("2026-02-29").is_err());
        assert!(parse_date("2028-02-29").is_ok());
        assert!(parse_date("2026-1-5").is_err());
        let tz: Tz = "Europe/Paris".parse().unwrap_or(Tz::UTC);
        let d: InstantArg = "2026-12-01".parse().unwrap_or(InstantArg::Date(NaiveDate::MIN));
        assert_eq!(d.resolve(tz), utc("2026-11-30T23:00:00Z"));
        assert!("2026-12-01T25:00:00Z".parse::<InstantArg>().is_err());
        assert!(parse_tz("Mars/Olympus").is_err());
    }
}
