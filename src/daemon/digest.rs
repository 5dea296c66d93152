//! The daily digest: its next time from `[notify] digest` in the user's zone,
//! and the one notification that lists the day's nudges.
//!
//! The next run is computed here with croner on the zone's own calendar (not
//! with a fixed UTC offset), so a 09:00 digest stays at 09:00 local across DST
//! changes; the daemon's loop sleeps until it like until a due nudge.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use croner::Cron;

use crate::app::App;
use crate::error::{Error, Result};
use crate::notify::{self, DIGEST_KIND, Message};
use crate::planner::Plan;
use crate::time::{local_date, start_of_day};

pub struct Digest {
    cron: Cron,
    tz: Tz,
}

impl Digest {
    /// `expr` is the six-field form that `Settings` keeps.
    pub fn new(expr: &str, tz: Tz) -> Result<Digest> {
        let cron = crate::config::cron_parser()
            .parse(expr)
            .map_err(|e| Error::BadConfigValue {
                key: "notify.digest".into(),
                why: format!("'{expr}': {e}"),
            })?;
        Ok(Digest { cron, tz })
    }

    /// The first digest time strictly after `at`.
    pub fn next_after(&self, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.cron
            .find_next_occurrence(&at.with_timezone(&self.tz), false)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }
}

/// One notification listing the nudges due today (and any overdue), or
/// `None` when there are none.
pub fn message(app: &App, plan: &Plan) -> Result<Option<Message>> {
    let tz = app.tz();
    let now = app.now();
    let today = local_date(now, tz);
    let Some(tomorrow) = today.succ_opt() else {
        return Ok(None);
    };
    let end = start_of_day(tomorrow, tz);
    let items: Vec<_> = plan.nudges.iter().filter(|n| n.due < end).collect();
    if items.is_empty() {
        return Ok(None);
    }
    let start = start_of_day(today, tz);
    let lines: Vec<String> = items
        .iter()
        .map(|n| {
            let when = if n.due < start {
                "overdue".to_string()
            } else {
                n.due.with_timezone(&tz).format("%H:%M").to_string()
            };
            format!("{when}  {}", notify::summary(n.kind, &n.contact))
        })
        .collect();
    let mut lines = lines;
    lines.push(String::new());
    lines.push(last_month_line(app)?);
    let count = items.len();
    Ok(Some(Message {
        key: "digest".into(),
        contact_id: None,
        kind: DIGEST_KIND.into(),
        summary: format!("{count} nudge{} today", if count == 1 { "" } else { "s" }),
        body: lines.join("\n"),
        actions: Vec::new(),
    }))
}

/// "last 30 days: 12 of 19 messages answered" (`tend stats --since 30d`).
fn last_month_line(app: &App) -> Result<String> {
    let (tz, now) = (app.tz(), app.now());
    let since = crate::time::Duration::days(30).before(now, tz);
    let report = app.stats_report(since, &[])?;
    Ok(month_words(report.total.answered, report.total.sent))
}

fn month_words(answered: u32, sent: u32) -> String {
    let noun = if sent == 1 { "message" } else { "messages" };
    format!("last 30 days: {answered} of {sent} {noun} answered")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .unwrap_or_else(|e| panic!("{s}: {e}"))
            .with_timezone(&Utc)
    }

    fn paris() -> Tz {
        "Europe/Paris".parse().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_stats_line_counts_in_words() {
        assert_eq!(month_words(12, 19), "last 30 days: 12 of 19 messages answered");
        assert_eq!(month_words(0, 1), "last 30 days: 0 of 1 message answered");
    }

    #[test]
    fn weekday_digest_stays_at_nine_local_across_the_spring_change() {
        // Paris moves from +01:00 to +02:00 on Sunday 2026-03-29.
        let d = Digest::new("0 0 9 * * Mon-Fri", paris()).unwrap_or_else(|e| panic!("{e}"));
        let fri = d.next_after(at("2026-03-26T10:00:00+01:00"));
        assert_eq!(fri, Some(at("2026-03-27T09:00:00+01:00")));
        let mon = d.next_after(at("2026-03-27T09:00:00+01:00"));
        assert_eq!(mon, Some(at("2026-03-30T09:00:00+02:00")), "not 10:00 local");
    }

    #[test]
    fn daily_digest_stays_at_nine_local_across_the_autumn_change() {
        // Paris moves back to +01:00 on Sunday 2026-10-25.
        let d = Digest::new("0 0 9 * * *", paris()).unwrap_or_else(|e| panic!("{e}"));
        let sat = d.next_after(at("2026-10-24T08:00:00+02:00"));
        assert_eq!(sat, Some(at("2026-10-24T09:00:00+02:00")));
        let sun = d.next_after(at("2026-10-24T09:00:00+02:00"));
        assert_eq!(sun, Some(at("2026-10-25T09:00:00+01:00")), "not 08:00 local");
    }

    #[test]
    fn a_digest_in_the_skipped_hour_comes_once_right_after_it() {
        // 02:30 does not exist in Paris on 2026-03-29: it comes at 03:00 local.
        let d = Digest::new("0 30 2 * * *", paris()).unwrap_or_else(|e| panic!("{e}"));
        let next = d.next_after(at("2026-03-28T03:00:00+01:00"));
        assert_eq!(next, Some(at("2026-03-29T03:00:00+02:00")));
        let after = next.and_then(|n| d.next_after(n));
        assert_eq!(after, Some(at("2026-03-30T02:30:00+02:00")));
    }

    #[test]
    fn new_york_changes_on_other_dates() {
        let ny: Tz = "America/New_York".parse().unwrap_or_else(|e| panic!("{e}"));
        let d = Digest::new("0 0 9 * * Mon-Fri", ny).unwrap_or_else(|e| panic!("{e}"));
        // US clocks go forward on Sunday 2026-03-08.
        let next = d.next_after(at("2026-03-06T09:00:00-05:00"));
        assert_eq!(next, Some(at("2026-03-09T09:00:00-04:00")));
    }

    #[test]
    fn a_step_without_a_range_still_parses_as_in_0_1_0() {
        // `30/15` is minutes 30 and 45 (croner 4 alone would refuse it).
        let d = Digest::new("0 30/15 9 * * *", paris()).unwrap_or_else(|e| panic!("{e}"));
        let first = d.next_after(at("2026-06-01T09:00:00+02:00"));
        assert_eq!(first, Some(at("2026-06-01T09:30:00+02:00")));
        let second = first.and_then(|n| d.next_after(n));
        assert_eq!(second, Some(at("2026-06-01T09:45:00+02:00")));
    }

    #[test]
    fn a_digest_just_before_the_skipped_hour_runs_once_that_day() {
        // London skips 01:00-02:00 on 2026-03-29; a 00:30 digest must not
        // also run at 02:00 (croner before 4.0.3 did).
        let london: Tz = "Europe/London".parse().unwrap_or_else(|e| panic!("{e}"));
        let d = Digest::new("0 30 0 * * *", london).unwrap_or_else(|e| panic!("{e}"));
        let first = d.next_after(at("2026-03-28T12:00:00Z"));
        assert_eq!(first, Some(at("2026-03-29T00:30:00Z")));
        let second = first.and_then(|n| d.next_after(n));
        assert_eq!(second, Some(at("2026-03-29T23:30:00Z")), "00:30 BST the next day");
    }
}
