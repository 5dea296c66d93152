//! Weekly sending hours (`Mon-Fri 09:00-18:00`).

use super::zone::{local_date, resolve_local};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use std::fmt;
use std::str::FromStr;

const DAY_NAMES: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// One `DAYS HH:MM-HH:MM` span of an hours setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    /// Bit `n` set: the span applies on the weekday numbered `n` from Monday.
    days: u8,
    start_min: u32,
    end_min: u32,
}

/// Weekly sending hours on the wall clock: `Mon-Fri 09:00-18:00`, several
/// spans joined by `;` (`Mon-Thu 09:00-17:00; Fri 09:00-13:00`), day lists
/// with commas (`Mon,Wed,Fri`), `daily` for every day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hours {
    spans: Vec<Span>,
    text: String,
}

impl FromStr for Hours {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = |why: &str| {
            format!("invalid hours '{s}': {why}; expected like 'Mon-Fri 09:00-18:00' (spans joined by ';')")
        };
        let mut spans = Vec::new();
        for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (days, times) = part
                .rsplit_once(char::is_whitespace)
                .ok_or_else(|| bad("missing days or times"))?;
            let days = parse_days(days.trim()).ok_or_else(|| bad("unknown days"))?;
            let (a, b) = times.split_once('-').ok_or_else(|| bad("times must be HH:MM-HH:MM"))?;
            let start_min = parse_hhmm(a).ok_or_else(|| bad("times must be HH:MM-HH:MM"))?;
            let end_min = parse_hhmm(b).ok_or_else(|| bad("times must be HH:MM-HH:MM"))?;
            if end_min <= start_min {
                return Err(bad("a span must end after it starts, on the same day"));
            }
            spans.push(Span {
                days,
                start_min,
                end_min,
            });
        }
        if spans.is_empty() {
            return Err(bad("no span"));
        }
        Ok(Hours {
            spans,
            text: s.trim().to_string(),
        })
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

fn day_index(s: &str) -> Option<u32> {
    let l = s.trim().to_ascii_lowercase();
    DAY_NAMES
        .iter()
        // `get`, not slicing: the third byte may fall inside a character (`Moä`, `Mo–Fr`).
        .position(|(n, _)| l.get(..3).is_some_and(|p| n.starts_with(p)) && full_day_name(n).starts_with(&l))
        .map(|i| i as u32)
}

fn full_day_name(short: &str) -> &'static str {
    match short {
        "mon" => "monday",
        "tue" => "tuesday",
        "wed" => "wednesday",
        "thu" => "thursday",
        "fri" => "friday",
        "sat" => "saturday",
        _ => "sunday",
    }
}

fn parse_days(s: &str) -> Option<u8> {
    let l = s.to_ascii_lowercase();
    if l == "daily" || l == "every day" || l == "all" {
        return Some(0x7f);
    }
    let mut bits = 0u8;
    for item in l.split(',') {
        let item = item.trim();
        if let Some((a, b)) = item.split_once('-') {
            let (a, b) = (day_index(a)?, day_index(b)?);
            let mut d = a;
            loop {
                bits |= 1 << d;
                if d == b {
                    break;
                }
                d = (d + 1) % 7;
            }
        } else {
            bits |= 1 << day_index(item)?;
        }
    }
    (bits != 0).then_some(bits)
}

fn parse_hhmm(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    let total = h * 60 + m;
    (m < 60 && total <= 24 * 60).then_some(total)
}

impl Hours {
    /// Whether the window opens at all on this weekday.
    pub fn opens_on(&self, day: Weekday) -> bool {
        let bit = 1u8 << day.num_days_from_monday();
        self.spans.iter().any(|s| s.days & bit != 0)
    }

    /// The instants of this window on the local `date` in `tz`, earliest first.
    pub fn intervals_on(&self, date: NaiveDate, tz: Tz) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let bit = 1u8 << date.weekday().num_days_from_monday();
        let mut out: Vec<(DateTime<Utc>, DateTime<Utc>)> = self
            .spans
            .iter()
            .filter(|s| s.days & bit != 0)
            .map(|s| (wall(date, s.start_min, tz), wall(date, s.end_min, tz)))
            .filter(|(a, b)| a < b)
            .collect();
        out.sort();
        out
    }

    /// Whether `at` falls inside the window, read on the wall clock of `tz`.
    pub fn contains(&self, at: DateTime<Utc>, tz: Tz) -> bool {
        let date = local_date(at, tz);
        [date.pred_opt(), Some(date)]
            .into_iter()
            .flatten()
            .flat_map(|d| self.intervals_on(d, tz))
            .any(|(a, b)| a <= at && at < b)
    }
}

fn wall(date: NaiveDate, minutes: u32, tz: Tz) -> DateTime<Utc> {
    // 24:00 of chrono's last day does not exist: stay on that day.
    let midnight = date.and_time(NaiveTime::MIN);
    let local = midnight
        .checked_add_signed(chrono::Duration::minutes(i64::from(minutes)))
        .unwrap_or(NaiveDateTime::MAX);
    resolve_local(tz, local)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::tests::utc;

    #[test]
    fn hours_parse_and_intervals() {
        let h: Hours = "Mon-Fri 09:00-18:00".parse().unwrap_or_else(|e| panic!("{e}"));
        let paris: Tz = "Europe/Paris".parse().unwrap_or(Tz::UTC);
        let mon = NaiveDate::from_ymd_opt(2026, 3, 30).unwrap_or_default();
        assert_eq!(
            h.intervals_on(mon, paris),
            vec![(utc("2026-03-30T07:00:00Z"), utc("2026-03-30T16:00:00Z"))]
        );
        let sat = NaiveDate::from_ymd_opt(2026, 3, 28).unwrap_or_default();
        assert!(h.intervals_on(sat, paris).is_empty());
        let multi: Hours = "Mon,Wed 10:00-12:00; Sat-Sun 08:00-09:30"
            .parse()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(multi.intervals_on(sat, Tz::UTC).len(), 1);
        assert!("Fri-Mon 09:00-10:00".parse::<Hours>().is_ok());
        for bad in [
            "",
            "Mon-Fri",
            "Mon-Fri 18:00-09:00",
            "Funday 09:00-10:00",
            "Mon 9-10",
            "Mon 25:00-26:00",
            // Non-ASCII in the day part once panicked on a char boundary.
            "Mo–Fr 09:00-18:00",
            "Moä 09:00-18:00",
            "Mä 09:00-18:00",
            "Mon–Fri 09:00-18:00",
        ] {
            let err = bad.parse::<Hours>().unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{err}");
        }
    }
}
