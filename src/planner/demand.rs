//! Rule 10: what the cadences of the active contacts ask of the daily cap,
//! said where a cadence is decided (`tend import --cadence`, `tend edit
//! --cadence`, `tend config`) and in `tend stats`.

use chrono::Weekday;

use crate::config::Settings;
use crate::model::Cadence;
use crate::time::{Duration, Unit};

/// The check-ins a day the active contacts' cadences ask for, against the
/// places the cap gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Demand {
    /// Active contacts with check-ins on.
    pub contacts: u64,
    /// Their one cadence, when they all share it.
    pub cadence: Option<Duration>,
    /// Check-ins a calendar day, on average.
    pub per_day: f64,
    pub cap: u32,
    /// Days a week the user's window opens.
    pub open_days: u32,
}

/// The demand of `cadences`: each stored cadence (`None`: the default) of
/// active contacts, with how many contacts have it.
pub fn demand(cadences: &[(Option<Cadence>, u64)], settings: &Settings) -> Demand {
    let mut contacts = 0;
    let mut per_day = 0.0;
    let mut shared: Option<Option<Duration>> = None;
    for (stored, n) in cadences {
        let Cadence::Every(every) = stored.unwrap_or(settings.rules.default_cadence) else {
            continue;
        };
        contacts += n;
        per_day += *n as f64 / days_of(every);
        shared = Some(match shared {
            None => Some(every),
            Some(Some(d)) if same_length(d, every) => Some(d),
            Some(_) => None,
        });
    }
    let week = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    Demand {
        contacts,
        cadence: shared.flatten(),
        per_day,
        cap: settings.rules.daily_cap,
        open_days: week.iter().filter(|d| settings.user.hours.opens_on(**d)).count() as u32,
    }
}

/// A cadence in days, on average (a month as 30.44 days).
fn days_of(d: Duration) -> f64 {
    let n = f64::from(d.amount.max(1));
    match d.unit {
        Unit::Minutes => n / 1440.0,
        Unit::Hours => n / 24.0,
        Unit::Days => n,
        Unit::Weeks => n * 7.0,
        Unit::Months => n * 30.44,
        Unit::Years => n * 365.25,
    }
}

fn same_length(a: Duration, b: Duration) -> bool {
    days_of(a) == days_of(b)
}

impl Demand {
    /// Check-ins a calendar day the cap can give, on average.
    pub fn capacity(&self) -> f64 {
        f64::from(self.cap) * f64::from(self.open_days) / 7.0
    }

    /// Whether the cadences ask for more than the cap gives.
    pub fn exceeds(&self) -> bool {
        self.per_day > self.capacity()
    }

    /// About how many contacts the cap keeps in rhythm: the share of them
    /// the daily places serve.
    pub fn kept(&self) -> u64 {
        if !self.exceeds() {
            return self.contacts;
        }
        (self.contacts as f64 * self.capacity() / self.per_day).round() as u64
    }

    /// The sentence said when the cadences ask for too much; `None` otherwise.
    pub fn warning(&self) -> Option<String> {
        if !self.exceeds() {
            return None;
        }
        let who = match self.cadence {
            Some(d) => format!(
                "{} at a cadence of {}",
                crate::text::numbers::count(self.contacts, "contact", "contacts"),
                d.words()
            ),
            None => format!(
                "{} with a cadence",
                crate::text::numbers::count(self.contacts, "contact", "contacts")
            ),
        };
        let asked = self.per_day.round() as u64;
        Some(format!(
            "{who} ask for about {} a day; your cap is {} a day on {} days a week: tend keeps about the {} strongest \
             in rhythm and ranks the rest (`tend show` says where each stands). Consider `--cadence` for a tag of \
             close contacts instead.",
            crate::text::numbers::count(asked.max(1), "check-in", "check-ins"),
            self.cap,
            self.open_days,
            crate::text::numbers::thousands(self.kept()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings::defaults().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn thirty_thousand_at_six_weeks_ask_for_714_a_day() {
        let six_weeks: Duration = "6w".parse().unwrap_or_else(|e: String| panic!("{e}"));
        let d = demand(
            &[(Some(Cadence::Every(six_weeks)), 30_000), (Some(Cadence::None), 12)],
            &settings(),
        );
        assert_eq!(d.contacts, 30_000);
        assert_eq!(d.per_day.round(), 714.0);
        // 5 a day on 5 days a week serve 150 contacts at 6 weeks.
        assert_eq!(d.kept(), 150);
        assert_eq!(
            d.warning().as_deref(),
            Some(
                "30,000 contacts at a cadence of 6 weeks ask for about 714 check-ins a day; your cap is 5 a day \
                 on 5 days a week: tend keeps about the 150 strongest in rhythm and ranks the rest (`tend show` \
                 says where each stands). Consider `--cadence` for a tag of close contacts instead."
            )
        );
    }

    #[test]
    fn a_network_the_cap_can_serve_says_nothing() {
        // 100 hand-added contacts under the default 6 weeks: 2.4 a day.
        let d = demand(&[(None, 100)], &settings());
        assert!(!d.exceeds());
        assert_eq!(d.warning(), None);
        // Mixed cadences are named as such.
        let week: Duration = "1w".parse().unwrap_or_else(|e: String| panic!("{e}"));
        let d = demand(&[(None, 100), (Some(Cadence::Every(week)), 100)], &settings());
        assert!(
            d.warning()
                .is_some_and(|w| w.starts_with("200 contacts with a cadence ask for about 17"))
        );
    }
}
