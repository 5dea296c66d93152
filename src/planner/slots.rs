//! Rule 9 (sending windows) and rule 10 (daily cap): where on the calendar
//! a nudge may land. Window intersections are cached per contact zone and
//! day, since thousands of contacts share a handful of zones.

use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use crate::time::{Duration, Hours, local_date};

type Interval = (DateTime<Utc>, DateTime<Utc>);

/// Days on which the two windows share less than this do not count as an
/// overlap (rule 9); it is also the "last 30 minutes" of the user's window.
const MIN_OVERLAP: chrono::Duration = chrono::Duration::minutes(30);

pub struct Windows<'a> {
    user: &'a Hours,
    user_tz: Tz,
    recipient: &'a Hours,
    overlap_wait: Duration,
    user_days: FxHashMap<NaiveDate, Vec<Interval>>,
    joint_days: FxHashMap<(Tz, NaiveDate), Vec<Interval>>,
    overlap: FxHashMap<(Tz, NaiveDate), bool>,
}

/// Where a nudge lands in the windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub at: DateTime<Utc>,
    /// The windows do not overlap: only the user's hours were used.
    pub user_only: bool,
}

impl<'a> Windows<'a> {
    pub fn new(user: &'a Hours, user_tz: Tz, recipient: &'a Hours, overlap_wait: Duration) -> Windows<'a> {
        Windows {
            user,
            user_tz,
            recipient,
            overlap_wait,
            user_days: FxHashMap::default(),
            joint_days: FxHashMap::default(),
            overlap: FxHashMap::default(),
        }
    }

    fn user_day(&mut self, d: NaiveDate) -> &[Interval] {
        let (hours, tz) = (self.user, self.user_tz);
        self.user_days.entry(d).or_insert_with(|| hours.intervals_on(d, tz))
    }

    /// Both windows on the user's calendar day `d`.
    fn joint_day(&mut self, ctz: Tz, d: NaiveDate) -> &[Interval] {
        if !self.joint_days.contains_key(&(ctz, d)) {
            let user = self.user_day(d).to_vec();
            let mut joint = Vec::new();
            for (a, b) in user {
                let mut rd = local_date(a, ctz);
                let last = local_date(b, ctz);
                while rd <= last {
                    for (ra, rb) in self.recipient.intervals_on(rd, ctz) {
                        let (s, e) = (a.max(ra), b.min(rb));
                        if s < e {
                            joint.push((s, e));
                        }
                    }
                    // At chrono's last day, stop rather than loop on it forever.
                    let Some(next) = rd.checked_add_days(Days::new(1)) else {
                        break;
                    };
                    rd = next;
                }
            }
            joint.sort();
            self.joint_days.insert((ctz, d), joint);
        }
        self.joint_days.get(&(ctz, d)).map_or(&[], Vec::as_slice)
    }

    /// Whether the windows share at least 30 minutes on the user's day `d`.
    fn overlaps(&mut self, ctz: Tz, d: NaiveDate) -> bool {
        if let Some(v) = self.overlap.get(&(ctz, d)) {
            return *v;
        }
        let found = self.joint_day(ctz, d).iter().any(|(a, b)| *b - *a >= MIN_OVERLAP);
        self.overlap.insert((ctz, d), found);
        found
    }

    /// U: the first instant at or after `t` in the user's window, and the
    /// end of that window.
    fn user_start(&mut self, t: DateTime<Utc>) -> Option<Interval> {
        let d0 = local_date(t, self.user_tz);
        (0..15u64).find_map(|i| {
            let d = d0.checked_add_days(Days::new(i))?;
            self.user_day(d)
                .iter()
                .find(|(_, b)| *b > t)
                .map(|(a, b)| ((*a).max(t), *b))
        })
    }

    /// The user's first working day (their window opens) after `d`, within a week.
    fn next_working_day(&mut self, d: NaiveDate) -> Option<NaiveDate> {
        let mut next = d;
        for _ in 0..7 {
            next = next.succ_opt()?;
            if !self.user_day(next).is_empty() {
                return Some(next);
            }
        }
        None
    }

    /// How far `at` lies from the contact's window on their wall clock (zero inside it).
    fn distance_to_recipient(&self, at: DateTime<Utc>, ctz: Tz) -> chrono::Duration {
        let day = local_date(at, ctz);
        [day.pred_opt(), Some(day), day.succ_opt()]
            .into_iter()
            .flatten()
            .flat_map(|d| self.recipient.intervals_on(d, ctz))
            .map(|(a, b)| {
                if at < a {
                    a - at
                } else if at > b {
                    at - b
                } else {
                    chrono::Duration::zero()
                }
            })
            .min()
            .unwrap_or(chrono::Duration::MAX)
    }

    /// The first instant from `t` in U alone.
    pub fn user_slot(&mut self, t: DateTime<Utc>) -> Slot {
        let at = self.user_start(t).map_or(t, |(u, _)| u);
        Slot { at, user_only: true }
    }

    /// Rule 9: where a nudge that may come from `t` lands. From U, the first
    /// instant in the user's window at or after `t`: the first instant in
    /// both windows on a day they share 30 minutes, if that day is U's day or
    /// one of the user's next working days after it (`overlap_wait` in whole
    /// days: 1 by default; a shorter wait keeps to U's day, within it);
    /// otherwise U or the last 30 minutes of U's window, whichever is nearer
    /// to the contact's window (the earlier on a tie). Counting working days,
    /// not hours, sends a same-zone reply due on Friday after the contact's
    /// day to Monday morning rather than to Friday 17:45.
    pub fn slot(&mut self, t: DateTime<Utc>, ctz: Tz) -> Slot {
        let Some((u, u_end)) = self.user_start(t) else {
            // Only reachable with windows that never open; keep the time as it is.
            return Slot { at: t, user_only: true };
        };
        let working_days = self.overlap_wait.lower_bound_secs() / 86_400;
        // A wait shorter than a day: within it, on U's day.
        let limit = (working_days == 0).then(|| self.overlap_wait.after(u, self.user_tz));
        let mut d = local_date(u, self.user_tz);
        let mut days_after = 0;
        loop {
            if self.overlaps(ctz, d)
                && let Some((a, _)) = self.joint_day(ctz, d).iter().find(|(_, b)| *b > u)
            {
                let at = (*a).max(u);
                if limit.is_none_or(|l| at < l) {
                    return Slot { at, user_only: false };
                }
                break;
            }
            if days_after >= working_days {
                break;
            }
            match self.next_working_day(d) {
                Some(next) => d = next,
                None => break,
            }
            days_after += 1;
        }
        let late = u_end - MIN_OVERLAP;
        let at = if late > u && self.distance_to_recipient(late, ctz) < self.distance_to_recipient(u, ctz) {
            late
        } else {
            u
        };
        Slot { at, user_only: true }
    }
}

/// Rule 10: how many nudges each day of the user's calendar already holds.
/// Days on which the user's window does not open (weekends, days off)
/// count as full, so that the search for room skips them in one step.
#[derive(Clone)]
pub struct DailyCap<'a> {
    cap: u32,
    hours: &'a Hours,
    counts: FxHashMap<NaiveDate, u32>,
    /// Skip pointers from a full day towards a later day that may have room.
    skip: FxHashMap<NaiveDate, NaiveDate>,
}

impl<'a> DailyCap<'a> {
    pub fn new(cap: u32, hours: &'a Hours) -> DailyCap<'a> {
        DailyCap {
            cap,
            hours,
            counts: FxHashMap::default(),
            skip: FxHashMap::default(),
        }
    }

    pub fn count(&mut self, day: NaiveDate) {
        let n = self.counts.entry(day).or_insert(0);
        *n += 1;
        if *n >= self.cap {
            self.skip.insert(day, day.succ_opt().unwrap_or(day));
        }
    }

    /// Whether `day` has room left: `first_free(day) == day`, without
    /// following the skip pointers.
    pub fn has_room(&self, day: NaiveDate) -> bool {
        match self.skip.get(&day) {
            Some(&next) if next != day => false,
            // At chrono's last day the search stops there whatever it holds.
            _ => self.hours.opens_on_date(day) || day.succ_opt().is_none(),
        }
    }

    /// The first day on or after `day` with room left.
    pub fn first_free(&mut self, day: NaiveDate) -> NaiveDate {
        let mut path = Vec::new();
        let mut d = day;
        loop {
            if let Some(&next) = self.skip.get(&d)
                && next != d
            {
                path.push(d);
                d = next;
            } else if !self.hours.opens_on_date(d) && path.len() < 10_000 {
                let next = d.succ_opt().unwrap_or(d);
                if next == d {
                    break;
                }
                self.skip.insert(d, next);
                path.push(d);
                d = next;
            } else {
                break;
            }
        }
        for p in path {
            self.skip.insert(p, d);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{s}: {e}"))
    }
    fn hours(s: &str) -> Hours {
        s.parse().unwrap_or_else(|e| panic!("{e}"))
    }
    fn tz(s: &str) -> Tz {
        s.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    proptest::proptest! {
        /// `has_room` answers as `first_free` does, whatever the counts.
        #[test]
        fn a_day_has_room_when_the_search_stops_on_it(counts in proptest::collection::vec(0u32..20, 1..40), cap in 1u32..4) {
            let h = hours("Mon-Fri 09:00-18:00");
            let mut c = DailyCap::new(cap, &h);
            let start = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
            for (i, n) in counts.iter().enumerate() {
                for _ in 0..*n % 5 {
                    c.count(start + Days::new(i as u64 / 2));
                }
            }
            for i in 0..30 {
                let day = start + Days::new(i);
                let room = c.has_room(day);
                proptest::prop_assert_eq!(room, c.first_free(day) == day, "{}", day);
            }
        }
    }

    #[test]
    fn paris_user_new_york_contact_meets_in_the_afternoon() {
        let (u, r) = (hours("Mon-Fri 09:00-18:00"), hours("Mon-Fri 09:00-17:00"));
        let mut w = Windows::new(&u, tz("Europe/Paris"), &r, Duration::days(1));
        // Tue 1 Dec 2026 08:00 Paris: New York opens at 09:00 EST = 15:00 Paris.
        let s = w.slot(utc("2026-12-01T07:00:00Z"), tz("America/New_York"));
        assert_eq!(
            s,
            Slot {
                at: utc("2026-12-01T14:00:00Z"),
                user_only: false
            }
        );
        // Fri 17:30 Paris (11:30 NY) is inside both.
        let s = w.slot(utc("2026-12-04T16:30:00Z"), tz("America/New_York"));
        assert_eq!(s.at, utc("2026-12-04T16:30:00Z"));
        // Fri 18:00 Paris: closed; next is Mon 15:00 Paris.
        let s = w.slot(utc("2026-12-04T17:00:00Z"), tz("America/New_York"));
        assert_eq!(s.at, utc("2026-12-07T14:00:00Z"));
    }

    #[test]
    fn no_overlap_falls_back_to_the_users_window() {
        let (u, r) = (hours("Mon-Fri 09:00-18:00"), hours("Mon-Fri 09:00-17:00"));
        // Paris and Auckland office hours never meet. From 09:00 Paris
        // (21:00 in Auckland, 4 h after they close), the last 30 minutes,
        // 17:30 Paris, is 05:30 there: 3.5 h before they open, so nearer.
        let mut w = Windows::new(&u, tz("Europe/Paris"), &r, Duration::days(1));
        let s = w.slot(utc("2026-12-01T05:00:00Z"), tz("Pacific/Auckland"));
        assert_eq!(
            s,
            Slot {
                at: utc("2026-12-01T16:30:00Z"),
                user_only: true
            }
        );
    }

    /// Rule 9 across March 2026: the US moves its clocks on 8 Mar, the EU
    /// on 29 Mar. Only in between do Berlin's and Los Angeles' office days meet.
    #[test]
    fn berlin_to_los_angeles_never_waits_a_week_for_the_dst_gap() {
        let (u, r) = (hours("Mon-Fri 09:00-18:00"), hours("Mon-Fri 09:00-17:00"));
        let (berlin, la) = (tz("Europe/Berlin"), tz("America/Los_Angeles"));
        let mut w = Windows::new(&u, berlin, &r, Duration::days(1));
        // Mon 2 Mar, 09:00 in Berlin (00:00 in LA): no shared window until
        // 9 Mar, so the last 30 minutes, 17:30 Berlin = 08:30 in LA.
        let s = w.slot(utc("2026-03-02T08:00:00Z"), la);
        assert_eq!(
            s,
            Slot {
                at: utc("2026-03-02T16:30:00Z"),
                user_only: true
            }
        );
        // Mon 9 Mar (LA on PDT, Berlin still CET): 17:00-18:00 Berlin is
        // 09:00-10:00 in LA, shared, so the nudge goes to 17:00 Berlin.
        let s = w.slot(utc("2026-03-09T08:00:00Z"), la);
        assert_eq!(
            s,
            Slot {
                at: utc("2026-03-09T16:00:00Z"),
                user_only: false
            }
        );
        // Mon 30 Mar, both on summer time: 9 h apart again, 17:30 CEST = 08:30 PDT.
        let s = w.slot(utc("2026-03-30T07:00:00Z"), la);
        assert_eq!(s.at, utc("2026-03-30T15:30:00Z"));
        assert!(s.user_only);
        // Due on Friday 6 Mar after 18:00 Berlin: U is Monday 9 Mar 09:00,
        // and the shared hour that evening comes within a day of it.
        let s = w.slot(utc("2026-03-06T17:30:00Z"), la);
        assert_eq!(s.at, utc("2026-03-09T16:00:00Z"));
    }

    #[test]
    fn berlin_to_tokyo_goes_at_the_start_of_the_day() {
        let (u, r) = (hours("Mon-Fri 09:00-18:00"), hours("Mon-Fri 09:00-17:00"));
        let (berlin, tokyo) = (tz("Europe/Berlin"), tz("Asia/Tokyo"));
        let mut w = Windows::new(&u, berlin, &r, Duration::days(1));
        // Tue 3 Mar, CET: 09:00 Berlin is 17:00 in Tokyo, just at their
        // close; 17:30 Berlin would be 01:30 there.
        let s = w.slot(utc("2026-03-03T06:00:00Z"), tokyo);
        assert_eq!(
            s,
            Slot {
                at: utc("2026-03-03T08:00:00Z"),
                user_only: true
            }
        );
        // Tue 31 Mar, CEST: 09:00-10:00 Berlin is 16:00-17:00 in Tokyo, shared.
        let s = w.slot(utc("2026-03-31T06:00:00Z"), tokyo);
        assert_eq!(
            s,
            Slot {
                at: utc("2026-03-31T07:00:00Z"),
                user_only: false
            }
        );
    }

    #[test]
    fn a_longer_overlap_wait_waits_for_the_shared_window() {
        let (u, r) = (hours("Mon-Fri 09:00-18:00"), hours("Mon-Fri 09:00-17:00"));
        let (berlin, la) = (tz("Europe/Berlin"), tz("America/Los_Angeles"));
        // With a week's wait allowed, Monday 2 Mar waits for Monday 9 Mar's shared hour.
        let mut w = Windows::new(&u, berlin, &r, Duration::days(8));
        let s = w.slot(utc("2026-03-02T08:00:00Z"), la);
        assert_eq!(
            s,
            Slot {
                at: utc("2026-03-09T16:00:00Z"),
                user_only: false
            }
        );
    }

    #[test]
    fn windows_follow_the_wall_clock_across_dst() {
        let (u, r) = (hours("Mon-Fri 09:00-18:00"), hours("Mon-Fri 09:00-18:00"));
        let paris = tz("Europe/Paris");
        let mut w = Windows::new(&u, paris, &r, Duration::days(1));
        // Sat 28 Mar 2026 (CET) → Mon 30 Mar 09:00 CEST = 07:00Z.
        assert_eq!(
            w.slot(utc("2026-03-28T12:00:00Z"), paris).at,
            utc("2026-03-30T07:00:00Z")
        );
        // Sat 24 Oct 2026 (CEST) → Mon 26 Oct 09:00 CET = 08:00Z.
        assert_eq!(
            w.slot(utc("2026-10-24T12:00:00Z"), paris).at,
            utc("2026-10-26T08:00:00Z")
        );
    }

    #[test]
    fn cap_skips_full_days() {
        let hours = hours("Mon-Fri 09:00-18:00");
        let mut cap = DailyCap::new(2, &hours);
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        for _ in 0..2 {
            cap.count(d);
        }
        let next = d.succ_opt().unwrap_or_default();
        assert_eq!(cap.first_free(d), next);
        cap.count(next);
        assert_eq!(cap.first_free(d), next);
        cap.count(next);
        assert_eq!(cap.first_free(d), next.succ_opt().unwrap_or_default());
        // Fri 4 Dec full: the weekend is closed, so Monday 7 Dec is next.
        let fri = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default();
        cap.count(fri);
        cap.count(fri);
        assert_eq!(
            cap.first_free(fri),
            NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default()
        );
    }
}
