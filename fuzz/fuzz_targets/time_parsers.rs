//! Hours, durations, dates, instants and zones: any text parses or is an error.
#![no_main]

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use libfuzzer_sys::fuzz_target;
use tend::time::{Duration, Hours, InstantArg};

fuzz_target!(|text: &str| {
    let tz = Tz::Pacific__Kiritimati;
    let edges = [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC, tend::time::END_OF_CALENDAR];
    if let Ok(d) = text.parse::<Duration>() {
        for at in edges {
            let _ = (d.after(at, tz), d.before(at, tz), d.checked_scaled_after(at, tz, 1 << 16));
        }
    }
    if let Ok(h) = text.parse::<Hours>() {
        for day in [NaiveDate::MIN, NaiveDate::MAX] {
            let _ = h.intervals_on(day, tz);
        }
    }
    let _ = tend::time::parse_date(text);
    let _ = tend::time::read_date(text);
    let _ = tend::time::parse_tz(text);
    if let Ok(i) = text.parse::<InstantArg>() {
        let _ = i.resolve(tz);
    }
    let _ = tend::import::dates::parse_date(text);
    let _ = tend::import::dates::parse_instant(text, tz);
});
