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
    /// Days the window stays shut whatever the weekday (`[user] days_off`).
    days_off: Vec<DayOff>,
}

/// A day the user sends nothing: every year on a month and day (`12-25`),
/// or once (`2029-03-30`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    Yearly { month: u32, day: u32 },
    Once(NaiveDate),
}

impl DayOff {
    pub fn is(self, date: NaiveDate) -> bool {
        match self {
            DayOff::Yearly { month, day } => date.month() == month && date.day() == day,
            DayOff::Once(d) => d == date,
        }
    }
}

impl FromStr for DayOff {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let bad = || format!("invalid day off '{t}': expected MM-DD (every year, like 12-25) or YYYY-MM-DD (once)");
        let parts: Vec<&str> = t.split('-').collect();
        match parts.as_slice() {
            [m, d] if m.len() == 2 && d.len() == 2 => {
                let (month, day): (u32, u32) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
                // A leap year holds every month and day that exists at all.
                NaiveDate::from_ymd_opt(2028, month, day).ok_or_else(bad)?;
                Ok(DayOff::Yearly { month, day })
            }
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map(DayOff::Once)
                .map_err(|_| bad()),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for DayOff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DayOff::Yearly { month, day } => write!(f, "{month:02}-{day:02}"),
            DayOff::Once(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
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
            days_off: Vec::new(),
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
    /// The same window, shut on these days.
    pub fn with_days_off(mut self, days_off: Vec<DayOff>) -> Hours {
        self.days_off = days_off;
        self
    }

    /// Whether the window opens at all on this weekday.
    pub fn opens_on(&self, day: Weekday) -> bool {
        let bit = 1u8 << day.num_days_from_monday();
        self.spans.iter().any(|s| s.days & bit != 0)
    }

    /// Whether the window opens on this date: its weekday, and not a day off.
    pub fn opens_on_date(&self, date: NaiveDate) -> bool {
        self.opens_on(date.weekday()) && !self.days_off.iter().any(|d| d.is(date))
    }

    /// The instants of this window on the local `date` in `tz`, earliest
    /// first; none on a day off.
    pub fn intervals_on(&self, date: NaiveDate, tz: Tz) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        if self.days_off.iter().any(|d| d.is(date)) {
            return Vec::new();
        }
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

    #[test]
    fn days_off_shut_the_window() {
        let off: Vec<DayOff> = ["12-25", "2029-03-30"]
            .iter()
            .map(|d| d.parse().unwrap_or_else(|e| panic!("{e}")))
            .collect();
        let h: Hours = "Mon-Fri 09:00-18:00".parse().unwrap_or_else(|e| panic!("{e}"));
        let h = h.with_days_off(off);
        let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap_or_default();
        let good_friday = NaiveDate::from_ymd_opt(2029, 3, 30).unwrap_or_default();
        let next_good_friday = NaiveDate::from_ymd_opt(2030, 3, 30).unwrap_or_default();
        assert!(h.intervals_on(christmas, Tz::UTC).is_empty());
        assert!(!h.opens_on_date(christmas) && !h.opens_on_date(good_friday));
        assert!(h.intervals_on(good_friday, Tz::UTC).is_empty());
        // A yearly day comes back every year; a dated one does not.
        assert!(
            h.intervals_on(christmas.with_year(2029).unwrap_or_default(), Tz::UTC)
                .is_empty()
        );
        assert!(
            !h.intervals_on(christmas.pred_opt().unwrap_or_default(), Tz::UTC)
                .is_empty()
        );
        assert!(h.opens_on_date(next_good_friday.pred_opt().unwrap_or_default()));
        assert_eq!(h.to_string(), "Mon-Fri 09:00-18:00");
        for bad in ["12-32", "13-01", "2029-02-29", "25.12", "12/25", "", "2029-3-30"] {
            let e = bad.parse::<DayOff>().err().unwrap_or_default();
            assert!(e.contains("expected MM-DD"), "{bad}: {e}");
        }
        assert!("02-29".parse::<DayOff>().is_ok());
    }
}
