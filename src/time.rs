//! Dates, instants, durations, time zones, sending-hours windows and the clock.
//!
//! Calendar units (`d`, `w`, `mo`, `y`) are added on the wall clock of a zone,
//! so "1d after 17:30" is 17:30 the next day even across a daylight-saving
//! change; `m` and `h` are exact elapsed time.

use chrono::{
    DateTime, Datelike, Days, FixedOffset, LocalResult, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone,
    Utc, Weekday,
};
use chrono_tz::Tz;
use std::fmt;
use std::str::FromStr;

/// The environment variable that pins the current time (cli.md).
pub const NOW_VAR: &str = "TEND_NOW";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

/// A DURATION of cli.md: `90m`, `4h`, `2d`, `3w`, `6mo`, `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Duration {
    pub amount: u32,
    pub unit: Unit,
}

impl Duration {
    pub const fn days(n: u32) -> Duration {
        Duration {
            amount: n,
            unit: Unit::Days,
        }
    }

    /// Adds this duration to `at`, calendar units on the wall clock of `tz`.
    pub fn after(self, at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        self.scaled_after(at, tz, 1)
    }

    /// Adds `factor` times this duration (rule 3's `cadence × 2^u`).
    pub fn scaled_after(self, at: DateTime<Utc>, tz: Tz, factor: u32) -> DateTime<Utc> {
        let n = u64::from(self.amount) * u64::from(factor);
        let far = || DateTime::<Utc>::MAX_UTC;
        match self.unit {
            Unit::Minutes => i64::try_from(n)
                .ok()
                .and_then(|n| at.checked_add_signed(chrono::Duration::minutes(n)))
                .unwrap_or_else(far),
            Unit::Hours => i64::try_from(n)
                .ok()
                .and_then(|n| at.checked_add_signed(chrono::Duration::hours(n)))
                .unwrap_or_else(far),
            Unit::Days | Unit::Weeks => {
                let days = if self.unit == Unit::Weeks { n * 7 } else { n };
                if let Some(t) = add_local_days_steady(at, tz, days) {
                    return t;
                }
                let local = to_local(at, tz);
                local
                    .checked_add_days(Days::new(days))
                    .map_or_else(far, |l| resolve_local(tz, l))
            }
            Unit::Months | Unit::Years => {
                let months = if self.unit == Unit::Years { n * 12 } else { n };
                let local = to_local(at, tz);
                u32::try_from(months)
                    .ok()
                    .and_then(|m| local.checked_add_months(Months::new(m)))
                    .map_or_else(far, |l| resolve_local(tz, l))
            }
        }
    }

    /// At least as many seconds as this duration can span anywhere (a month
    /// as 31 days, an hour of daylight saving to spare): for cheap "long
    /// past" checks before exact calendar arithmetic.
    pub fn upper_bound_secs(self) -> i64 {
        let n = i64::from(self.amount);
        match self.unit {
            Unit::Minutes => n * 60,
            Unit::Hours => n * 3600,
            Unit::Days => n * 86_400 + 3600,
            Unit::Weeks => n * 7 * 86_400 + 3600,
            Unit::Months => n * 31 * 86_400 + 3600,
            Unit::Years => n * 366 * 86_400 + 3600,
        }
    }

    /// Subtracts this duration from `at` (for "within the last N days" tests).
    pub fn before(self, at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        let n = u64::from(self.amount);
        let local = to_local(at, tz);
        let back = match self.unit {
            Unit::Minutes => return at - chrono::Duration::minutes(n as i64),
            Unit::Hours => return at - chrono::Duration::hours(n as i64),
            Unit::Days => local.checked_sub_days(Days::new(n)),
            Unit::Weeks => local.checked_sub_days(Days::new(n * 7)),
            Unit::Months => local.checked_sub_months(Months::new(self.amount)),
            Unit::Years => local.checked_sub_months(Months::new(self.amount.saturating_mul(12))),
        };
        back.map_or(DateTime::<Utc>::MIN_UTC, |l| resolve_local(tz, l))
    }
}

impl FromStr for Duration {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad =
            || format!("invalid duration '{s}': expected a whole number and a unit, like 90m, 4h, 2d, 3w, 6mo or 1y");
        let t = s.trim();
        let split = t.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (num, unit) = t.split_at(split);
        let amount: u32 = num.parse().map_err(|_| bad())?;
        let unit = match unit {
            "m" | "min" => Unit::Minutes,
            "h" => Unit::Hours,
            "d" => Unit::Days,
            "w" => Unit::Weeks,
            "mo" => Unit::Months,
            "y" => Unit::Years,
            _ => return Err(bad()),
        };
        // Past a century nothing here is meaningful, and the arithmetic stays safe.
        let approx_days = u64::from(amount)
            * match unit {
                Unit::Minutes | Unit::Hours => 1,
                Unit::Days => 1,
                Unit::Weeks => 7,
                Unit::Months => 31,
                Unit::Years => 366,
            };
        if approx_days > 36_600 {
            return Err(format!("invalid duration '{s}': longer than 100 years"));
        }
        Ok(Duration { amount, unit })
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let u = match self.unit {
            Unit::Minutes => "m",
            Unit::Hours => "h",
            Unit::Days => "d",
            Unit::Weeks => "w",
            Unit::Months => "mo",
            Unit::Years => "y",
        };
        write!(f, "{}{u}", self.amount)
    }
}

impl Duration {
    /// "6 weeks", "1 day": for reason sentences.
    pub fn words(&self) -> String {
        let (one, many) = match self.unit {
            Unit::Minutes => ("minute", "minutes"),
            Unit::Hours => ("hour", "hours"),
            Unit::Days => ("day", "days"),
            Unit::Weeks => ("week", "weeks"),
            Unit::Months => ("month", "months"),
            Unit::Years => ("year", "years"),
        };
        format!("{} {}", self.amount, if self.amount == 1 { one } else { many })
    }
}

/// Slots of the steady-offset cache: a power of two, direct-mapped by day.
const STEADY_SLOTS: usize = 2048;

thread_local! {
    /// Per zone and UTC day: the UTC offset when it is the same all day
    /// (`None` on a day with a transition). Zone lookups are binary searches
    /// over the zone's history; planning thousands of contacts repeats them
    /// on the same few hundred days, so a small direct-mapped cache answers
    /// most of them.
    static STEADY_OFFSETS: SteadyCache = const { std::cell::RefCell::new([(Tz::UTC, i64::MIN, None); STEADY_SLOTS]) };
    /// The same for three days, the day before to the day after: what
    /// [`resolve_local`] needs, in one look-up instead of three.
    static STEADY_AROUND: SteadyCache = const { std::cell::RefCell::new([(Tz::UTC, i64::MIN, None); STEADY_SLOTS]) };
}

/// Per slot: the zone, the UTC day and the cached offset.
type SteadyCache = std::cell::RefCell<[(Tz, i64, Option<i32>); STEADY_SLOTS]>;

/// The cached value for `tz` and `day`, computed by `compute` on a miss.
fn cached(
    cache: &'static std::thread::LocalKey<SteadyCache>,
    tz: Tz,
    day: i64,
    compute: impl FnOnce() -> Option<i32>,
) -> Option<i32> {
    let slot = (day as usize).wrapping_add(tz as usize * 31) % STEADY_SLOTS;
    if let Some(v) = cache.with(|c| {
        let (ctz, cday, v) = c.borrow()[slot];
        (ctz == tz && cday == day).then_some(v)
    }) {
        return v;
    }
    // Computed outside the borrow: `compute` may use the other cache.
    let v = compute();
    cache.with(|c| c.borrow_mut()[slot] = (tz, day, v));
    v
}

fn exact_offset(tz: Tz, utc: NaiveDateTime) -> i32 {
    tz.offset_from_utc_datetime(&utc).fix().local_minus_utc()
}

/// The offset that holds all through UTC day `day`, if one does.
fn steady_offset(tz: Tz, day: i64) -> Option<i32> {
    cached(&STEADY_OFFSETS, tz, day, || {
        let start = DateTime::<Utc>::from_timestamp(day * 86_400, 0)?.naive_utc();
        let a = exact_offset(tz, start);
        let b = exact_offset(tz, start + chrono::Duration::seconds(86_399));
        (a == b).then_some(a)
    })
}

/// The offset that holds all through UTC days `day - 1` to `day + 1`, if one does.
fn steady_around(tz: Tz, day: i64) -> Option<i32> {
    cached(&STEADY_AROUND, tz, day, || {
        let b = steady_offset(tz, day)?;
        (steady_offset(tz, day - 1) == Some(b) && steady_offset(tz, day + 1) == Some(b)).then_some(b)
    })
}

/// Seconds to add to UTC for the wall clock of `tz` at `at`.
pub fn offset_at(tz: Tz, at: DateTime<Utc>) -> i32 {
    steady_offset(tz, at.timestamp().div_euclid(86_400)).unwrap_or_else(|| exact_offset(tz, at.naive_utc()))
}

/// The wall-clock time of `at` in `tz`.
pub fn to_local(at: DateTime<Utc>, tz: Tz) -> NaiveDateTime {
    at.naive_utc() + chrono::Duration::seconds(i64::from(offset_at(tz, at)))
}

/// `days` local days after `at`, when no offset change is near the result:
/// the same as [`to_local`], adding the days and [`resolve_local`], in plain
/// seconds (the planner does this tens of thousands of times per run).
fn add_local_days_steady(at: DateTime<Utc>, tz: Tz, days: u64) -> Option<DateTime<Utc>> {
    let local = at
        .timestamp()
        .checked_add(i64::from(offset_at(tz, at)))?
        .checked_add(i64::try_from(days).ok()?.checked_mul(86_400)?)?;
    // Years 1 to 5000: far from where either way could overflow.
    if !(-62_000_000_000..95_000_000_000).contains(&local) {
        return None;
    }
    let offset = steady_around(tz, local.div_euclid(86_400))?;
    DateTime::<Utc>::from_timestamp(local - i64::from(offset), at.timestamp_subsec_nanos())
}

/// Maps a wall-clock time in `tz` to an instant. A time skipped by a
/// daylight-saving jump is read with the offset in force before the jump (so
/// 02:30 on a spring-forward night is 03:30); a time that happens twice is the
/// earlier one.
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    // Away from transitions (three steady days around it) the answer is plain arithmetic.
    let day = local.and_utc().timestamp().div_euclid(86_400);
    if let Some(b) = steady_around(tz, day) {
        return (local - chrono::Duration::seconds(i64::from(b))).and_utc();
    }
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, b) => a.min(b).with_timezone(&Utc),
        LocalResult::None => {
            let before = tz
                .offset_from_utc_datetime(&(local - chrono::Duration::hours(24)))
                .fix();
            (local - chrono::Duration::seconds(i64::from(before.local_minus_utc()))).and_utc()
        }
    }
}

/// 00:00 of `date` in `tz`.
pub fn start_of_day(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    resolve_local(tz, date.and_time(NaiveTime::MIN))
}

pub fn local_date(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    to_local(at, tz).date()
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

pub fn parse_tz(s: &str) -> Result<Tz, String> {
    s.trim()
        .parse::<Tz>()
        .map_err(|_| format!("invalid time zone '{s}': expected an IANA name such as Europe/Paris or America/New_York"))
}

/// The zone the system is set to, or UTC when it cannot be told.
pub fn system_tz() -> Tz {
    std::env::var("TZ")
        .ok()
        .map(|v| v.trim_start_matches(':').to_string())
        .and_then(|v| v.parse::<Tz>().ok())
        .or_else(|| iana_time_zone::get_timezone().ok().and_then(|n| n.parse::<Tz>().ok()))
        .unwrap_or(Tz::UTC)
}

/// The current time: the system clock, or `TEND_NOW` standing still.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Pinned(DateTime<Utc>),
}

impl Clock {
    /// Reads `TEND_NOW`; a bare date there is midnight in `tz`.
    pub fn from_env(tz: Tz) -> Result<Clock, String> {
        match std::env::var(NOW_VAR) {
            Ok(v) if !v.trim().is_empty() => v
                .parse::<InstantArg>()
                .map(|a| Clock::Pinned(a.resolve(tz)))
                .map_err(|e| format!("{NOW_VAR}: {e}")),
            _ => Ok(Clock::System),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Pinned(t) => *t,
        }
    }
}

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
        .position(|(n, _)| l.len() >= 3 && n.starts_with(&l[..3]) && full_day_name(n).starts_with(&l))
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
    let local = date.and_time(NaiveTime::MIN) + chrono::Duration::minutes(i64::from(minutes));
    resolve_local(tz, local)
}

/// A weekday and date in words for reasons: "Tuesday 1 Dec".
pub fn day_words(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%A %-d %b").to_string()
}

/// RFC 3339 in `tz`, seconds precision: the `due` of cli.md.
pub fn rfc3339_in(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_days_the_quick_way_agrees_with_the_calendar() {
        let zones: [Tz; 5] = [
            chrono_tz::Europe::Paris,
            chrono_tz::America::New_York,
            chrono_tz::Australia::Lord_Howe,
            chrono_tz::Pacific::Apia,
            chrono_tz::UTC,
        ];
        let mut quick = 0;
        for tz in zones {
            // Every 7 hours over three years, across every DST change.
            let mut at = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap_or_default();
            while at.timestamp() < 1_795_000_000 {
                for days in [1u64, 2, 7, 30, 42, 365] {
                    let slow = to_local(at, tz)
                        .checked_add_days(Days::new(days))
                        .map(|l| resolve_local(tz, l));
                    if let Some(fast) = add_local_days_steady(at, tz, days) {
                        quick += 1;
                        assert_eq!(Some(fast), slow, "{tz} {at} + {days} days");
                    }
                }
                at += chrono::Duration::hours(7);
            }
        }
        assert!(quick > 100_000, "the quick way should answer most: {quick}");
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn durations_parse_and_reject() {
        assert_eq!(
            "90m".parse::<Duration>(),
            Ok(Duration {
                amount: 90,
                unit: Unit::Minutes
            })
        );
        assert_eq!(
            "6mo".parse::<Duration>(),
            Ok(Duration {
                amount: 6,
                unit: Unit::Months
            })
        );
        for bad in ["", "5", "d", "-1d", "1.5d", "3 weeks", "2x", "99999y"] {
            let err = bad.parse::<Duration>().unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{err}");
        }
    }

    #[test]
    fn a_day_after_is_the_same_wall_time_across_dst() {
        let paris: Tz = "Europe/Paris".parse().unwrap_or(Tz::UTC);
        // 28 March 2026 17:30 CET (+01) → 29 March 17:30 CEST (+02): 23 hours later.
        let at = utc("2026-03-28T16:30:00Z");
        assert_eq!(Duration::days(1).after(at, paris), utc("2026-03-29T15:30:00Z"));
        // Autumn: 24 Oct 17:30 CEST → 25 Oct 17:30 CET: 25 hours.
        let at = utc("2026-10-24T15:30:00Z");
        assert_eq!(Duration::days(1).after(at, paris), utc("2026-10-25T16:30:00Z"));
        // Hours are exact.
        let h: Duration = "24h".parse().unwrap_or(Duration::days(0));
        assert_eq!(h.after(utc("2026-03-28T16:30:00Z"), paris), utc("2026-03-29T16:30:00Z"));
    }

    #[test]
    fn months_clamp_and_leap_days() {
        let tz = Tz::UTC;
        let mo = Duration {
            amount: 1,
            unit: Unit::Months,
        };
        assert_eq!(mo.after(utc("2026-01-31T10:00:00Z"), tz), utc("2026-02-28T10:00:00Z"));
        let y = Duration {
            amount: 1,
            unit: Unit::Years,
        };
        assert_eq!(y.after(utc("2028-02-29T10:00:00Z"), tz), utc("2029-02-28T10:00:00Z"));
    }

    #[test]
    fn gaps_and_folds_resolve_without_panic() {
        let ny: Tz = "America/New_York".parse().unwrap_or(Tz::UTC);
        let gap = NaiveDate::from_ymd_opt(2026, 3, 8).and_then(|d| d.and_hms_opt(2, 30, 0));
        let gap = gap.unwrap_or_default();
        // 02:30 does not exist; read with EST (-05): 07:30Z, which is 03:30 EDT.
        assert_eq!(resolve_local(ny, gap), utc("2026-03-08T07:30:00Z"));
        let fold = NaiveDate::from_ymd_opt(2026, 11, 1).and_then(|d| d.and_hms_opt(1, 30, 0));
        // 01:30 happens twice; the earlier is EDT (-04).
        assert_eq!(resolve_local(ny, fold.unwrap_or_default()), utc("2026-11-01T05:30:00Z"));
    }

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
        ] {
            let err = bad.parse::<Hours>().unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{err}");
        }
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
