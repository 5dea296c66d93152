//! Time zones: offsets, wall clock to instant and back, day boundaries.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

/// The last instant anything can be due: 9999-12-31 23:59:59 UTC. Past it
/// a date no longer has four digits, and chrono's own end (year 262143) is
/// near enough for an offset or a few days to overflow.
pub const END_OF_CALENDAR: DateTime<Utc> = match DateTime::from_timestamp(253_402_300_799, 0) {
    Some(t) => t,
    None => DateTime::<Utc>::MAX_UTC,
};

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
    // Saturates at chrono's ends rather than panicking there.
    let offset = chrono::Duration::seconds(i64::from(offset_at(tz, at)));
    at.naive_utc()
        .checked_add_signed(offset)
        .unwrap_or(if offset < chrono::Duration::zero() {
            NaiveDateTime::MIN
        } else {
            NaiveDateTime::MAX
        })
}

/// `days` local days after `at`, when no offset change is near the result:
/// the same as [`to_local`], adding the days and [`resolve_local`], in plain
/// seconds (the planner does this tens of thousands of times per run).
pub(super) fn add_local_days_steady(at: DateTime<Utc>, tz: Tz, days: u64) -> Option<DateTime<Utc>> {
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
        return shift(local, -i64::from(b));
    }
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, b) => a.min(b).with_timezone(&Utc),
        LocalResult::None => {
            let day_before = local.checked_sub_signed(chrono::Duration::hours(24)).unwrap_or(local);
            let before = tz.offset_from_utc_datetime(&day_before).fix();
            shift(local, -i64::from(before.local_minus_utc()))
        }
    }
}

/// `local` moved by `secs` and read as UTC, saturating at chrono's ends.
fn shift(local: NaiveDateTime, secs: i64) -> DateTime<Utc> {
    let at = local.checked_add_signed(chrono::Duration::seconds(secs));
    at.map_or(
        if secs < 0 {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        },
        |t| t.and_utc(),
    )
}

/// 00:00 of `date` in `tz`.
pub fn start_of_day(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    resolve_local(tz, date.and_time(NaiveTime::MIN))
}

pub fn local_date(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    to_local(at, tz).date()
}

pub fn parse_tz(s: &str) -> Result<Tz, String> {
    s.trim()
        .parse::<Tz>()
        .map_err(|_| format!("invalid time zone '{s}': expected an IANA name such as Europe/Paris or America/New_York"))
}

/// A weekday and date in words for reasons: "Tuesday 1 Dec".
pub fn day_words(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%A %-d %b").to_string()
}

/// RFC 3339 in `tz`, seconds precision: the `due` of cli.md.
pub fn rfc3339_in(at: DateTime<Utc>, tz: Tz) -> String {
    let local = at.with_timezone(&tz);
    let offset = local.offset().fix().local_minus_utc();
    let naive = local.naive_local();
    // Written by hand (`tend list --json` writes 30,000 of them); chrono
    // for what it writes its own way: years past four digits, leap seconds,
    // offsets with seconds.
    if !(0..=9999).contains(&naive.year()) || naive.nanosecond() >= 1_000_000_000 || offset % 60 != 0 {
        return local.to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    }
    let mut out = String::with_capacity(25);
    push_date(&mut out, naive.date());
    out.push('T');
    push_two(&mut out, naive.hour());
    out.push(':');
    push_two(&mut out, naive.minute());
    out.push(':');
    push_two(&mut out, naive.second());
    out.push(if offset < 0 { '-' } else { '+' });
    let minutes = offset.unsigned_abs() / 60;
    push_two(&mut out, minutes / 60);
    out.push(':');
    push_two(&mut out, minutes % 60);
    out
}

/// A date as `YYYY-MM-DD`, as its `Display` writes it.
pub fn ymd(d: NaiveDate) -> String {
    if !(0..=9999).contains(&d.year()) {
        return d.to_string();
    }
    let mut out = String::with_capacity(10);
    push_date(&mut out, d);
    out
}

/// `YYYY-MM-DD` of a year in 0..=9999.
fn push_date(out: &mut String, d: NaiveDate) {
    let y = d.year().unsigned_abs();
    push_two(out, y / 100);
    push_two(out, y % 100);
    out.push('-');
    push_two(out, d.month());
    out.push('-');
    push_two(out, d.day());
}

fn push_two(out: &mut String, n: u32) {
    out.push(char::from(b'0' + (n / 10 % 10) as u8));
    out.push(char::from(b'0' + (n % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::tests::utc;
    use chrono::Days;

    proptest::proptest! {
        /// Instants and dates written by hand read as chrono writes them.
        #[test]
        fn instants_and_dates_are_written_as_chrono_writes_them(
            secs in -70_000_000_000i64..300_000_000_000, zone in 0usize..chrono_tz::TZ_VARIANTS.len(),
        ) {
            let tz = chrono_tz::TZ_VARIANTS[zone];
            let at = DateTime::from_timestamp(secs, 0).unwrap_or_default();
            proptest::prop_assert_eq!(
                rfc3339_in(at, tz),
                at.with_timezone(&tz).to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
            );
            proptest::prop_assert_eq!(ymd(at.date_naive()), at.date_naive().to_string());
        }
    }

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
}
