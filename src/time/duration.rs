//! DURATION (cli.md): parsing, words, and adding to an instant on a zone's wall clock.

use super::zone::{END_OF_CALENDAR, add_local_days_steady, resolve_local, to_local};
use chrono::{DateTime, Days, Months, Utc};
use chrono_tz::Tz;
use std::fmt;
use std::str::FromStr;

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

    /// Adds this duration to `at`, calendar units on the wall clock of `tz`;
    /// a result past the calendar's end stops at [`END_OF_CALENDAR`] (for
    /// windows and floors, where "never" is what that means).
    pub fn after(self, at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        self.checked_after(at, tz).unwrap_or(END_OF_CALENDAR)
    }

    /// Adds this duration to `at`; `None` beyond the calendar (after the year 9999).
    pub fn checked_after(self, at: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        self.checked_scaled_after(at, tz, 1)
    }

    /// Adds `factor` times this duration (rule 3's `cadence × 2^u`); `None`
    /// beyond the calendar (after the year 9999) or for a start past it.
    pub fn checked_scaled_after(self, at: DateTime<Utc>, tz: Tz, factor: u32) -> Option<DateTime<Utc>> {
        if at > END_OF_CALENDAR {
            return None;
        }
        let n = u64::from(self.amount) * u64::from(factor);
        let exact = |secs_per: i64| {
            let secs = i64::try_from(n).ok()?.checked_mul(secs_per)?;
            at.checked_add_signed(chrono::Duration::try_seconds(secs)?)
        };
        let t = match self.unit {
            Unit::Minutes => exact(60)?,
            Unit::Hours => exact(3600)?,
            Unit::Days | Unit::Weeks => {
                let days = if self.unit == Unit::Weeks { n.checked_mul(7)? } else { n };
                match add_local_days_steady(at, tz, days) {
                    Some(t) => t,
                    None => resolve_local(tz, to_local(at, tz).checked_add_days(Days::new(days))?),
                }
            }
            Unit::Months | Unit::Years => {
                let months = if self.unit == Unit::Years {
                    n.checked_mul(12)?
                } else {
                    n
                };
                let months = Months::new(u32::try_from(months).ok()?);
                resolve_local(tz, to_local(at, tz).checked_add_months(months)?)
            }
        };
        (t <= END_OF_CALENDAR).then_some(t)
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

    /// At most as many seconds as this duration spans in local time (a
    /// month as 28 days, a year as 365): with [`Duration::upper_bound_secs`],
    /// for cheap bounds before exact calendar arithmetic. Changes of a zone's
    /// offset are the caller's to allow for. The store's schema 15 reads
    /// stored cadences the same way.
    pub fn lower_bound_secs(self) -> i64 {
        let n = i64::from(self.amount);
        match self.unit {
            Unit::Minutes => n * 60,
            Unit::Hours => n * 3600,
            Unit::Days => n * 86_400,
            Unit::Weeks => n * 7 * 86_400,
            Unit::Months => n * 28 * 86_400,
            Unit::Years => n * 365 * 86_400,
        }
    }

    /// Subtracts this duration from `at` (for "within the last N days" tests).
    pub fn before(self, at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        let n = u64::from(self.amount);
        let local = to_local(at, tz);
        let back = match self.unit {
            Unit::Minutes => {
                return at
                    .checked_sub_signed(chrono::Duration::minutes(n as i64))
                    .unwrap_or(DateTime::<Utc>::MIN_UTC);
            }
            Unit::Hours => {
                return at
                    .checked_sub_signed(chrono::Duration::hours(n as i64))
                    .unwrap_or(DateTime::<Utc>::MIN_UTC);
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::tests::utc;

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
    fn nothing_is_due_beyond_the_calendar() {
        let tz: Tz = "Pacific/Kiritimati".parse().unwrap_or(Tz::UTC);
        let century = Duration {
            amount: 100,
            unit: Unit::Years,
        };
        let at = utc("2026-01-05T10:00:00Z");
        // 100y × 2^12 is 409,600 years: past chrono's own end, once a panic.
        assert_eq!(century.checked_scaled_after(at, tz, 1 << 12), None);
        assert_eq!(century.checked_scaled_after(at, tz, 1 << 16), None);
        // 100y × 2^6 = 6,400 years lands in 8426: still on the calendar.
        assert!(century.checked_scaled_after(at, tz, 1 << 6).is_some());
        // Windows and floors stop at the calendar's end instead.
        let near_end = utc("9999-12-31T23:00:00Z");
        assert_eq!(Duration::days(1).checked_after(near_end, tz), None);
        assert_eq!(Duration::days(1).after(near_end, tz), END_OF_CALENDAR);
        let h: Duration = "90m".parse().unwrap_or(Duration::days(0));
        assert_eq!(h.checked_after(DateTime::<Utc>::MAX_UTC, tz), None);
        assert_eq!(h.before(DateTime::<Utc>::MIN_UTC, tz), DateTime::<Utc>::MIN_UTC);
    }
}
