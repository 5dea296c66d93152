//! Every nudge explains itself: the rule and the facts, in one or two plain
//! sentences ("Sara wrote to you yesterday and you have not answered.").

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::{Ctx, HoldKind, PlanRow, Settled};
use crate::model::{Cadence, EventKind, OpenState, Trigger, first_name};
use crate::time::{local_date, start_of_day};

/// "today", "yesterday", "on Monday" (this past week), "on 3 Nov".
fn on_day(d: NaiveDate, today: NaiveDate) -> String {
    let days = (today - d).num_days();
    match days {
        0 => "today".into(),
        1 => "yesterday".into(),
        -1 => "tomorrow".into(),
        2..=6 => format!("on {}", d.format("%A")),
        -6..=-2 => format!("on {}", d.format("%A")),
        _ if d.format("%Y").to_string() == today.format("%Y").to_string() => format!("on {}", d.format("%-d %b")),
        _ => format!("on {}", d.format("%-d %b %Y")),
    }
}

/// "3 days ago", "6 weeks ago", "5 months ago".
fn ago(at: DateTime<Utc>, now: DateTime<Utc>, tz: Tz) -> String {
    let days = (local_date(now, tz) - local_date(at, tz)).num_days();
    let plural = |n: i64, unit: &str| format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" });
    match days {
        i64::MIN..=0 => "today".into(),
        1 => "yesterday".into(),
        2..=13 => plural(days, "day"),
        14..=69 => plural((days + 3) / 7, "week"),
        70..=729 => plural((days + 15) / 30, "month"),
        _ => plural(days / 365, "year"),
    }
}

/// The city of an IANA zone name: "America/New_York" → "New York".
fn city(tz: Tz) -> String {
    tz.name().rsplit('/').next().unwrap_or(tz.name()).replace('_', " ")
}

pub(super) fn sentence(ctx: &Ctx, c: &PlanRow, s: &Settled, ctz: Tz, moved_from: Option<NaiveDate>) -> String {
    let tz = ctx.tz;
    let today = local_date(ctx.now, tz);
    let first = first_name(&c.name);
    let cand = &s.cand;
    let mut out = match &cand.trigger {
        Trigger::Inbound { at, .. } => {
            format!(
                "{first} wrote to you {} and you have not answered.",
                on_day(local_date(*at, tz), today)
            )
        }
        Trigger::Connected { on } => {
            format!("You connected {} and have not followed up yet.", on_day(*on, today))
        }
        Trigger::Cadence { since, post } => {
            let cadence = match c.cadence.unwrap_or(ctx.s.rules.default_cadence) {
                Cadence::Every(d) => d.words(),
                Cadence::None => "none".into(),
            };
            let what = if c.summary.last_touch.is_some() || c.summary.last_light_touch.is_some() {
                "Last touch"
            } else if c.connected_on.is_some_and(|d| start_of_day(d, tz) == *since) {
                "Connected"
            } else {
                "Added"
            };
            let mut t = format!(
                "{what} {}; your cadence with {first} is {cadence}.",
                ago(*since, ctx.now, tz)
            );
            if cand.unanswered > 0 {
                let n = cand.unanswered;
                let times = if n == 1 {
                    "doubled".to_string()
                } else {
                    format!("grew {}-fold", 1u32 << n.min(16))
                };
                t += &format!(
                    " {n} message{} unanswered, so the wait {times}.",
                    if n == 1 { "" } else { "s" }
                );
            }
            if let Some(p) = post {
                t += &format!(" {first} posted {}: a good moment to check in.", on_day(p.on, today));
            }
            t
        }
        Trigger::Milestone { kind, on, event, years } => {
            let when = on_day(*on, today);
            let detail = event
                .as_ref()
                .and_then(|e| e.detail.as_deref())
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            match (kind, years) {
                (EventKind::NewJob, Some(y)) => {
                    format!("{first}'s {y}-year work anniversary{detail} is {when}.")
                }
                (EventKind::NewJob, None) => format!("{first} started a new job{detail} {when}."),
                (EventKind::Promotion, _) => format!("{first} was promoted{detail} {when}."),
                (EventKind::Birthday, _) => format!("{first}'s birthday is {when}."),
                _ => format!("{first} shared an achievement{detail} {when}."),
            }
        }
    };
    if let Some(until) = cand.snoozed_until.filter(|_| cand.state == OpenState::Snoozed) {
        out += &format!(" Snoozed until {}.", crate::time::day_words(until, tz));
    }
    if let Some((until, kind)) = s.held_until {
        let day = crate::time::day_words(until, tz);
        out += &match kind {
            HoldKind::Sensitive => format!(" Held until {day} after a sensitive event."),
            HoldKind::Busy => format!(" Deferred until {day} while they are busy."),
            HoldKind::Pause => format!(" Paused until {day}."),
        };
    }
    if let Some(day) = moved_from {
        out += &format!(
            " Moved on: {} nudges already fall on {}.",
            ctx.s.rules.daily_cap,
            day.format("%A %-d %b")
        );
    }
    if cand.state == OpenState::Delivered {
        return out;
    }
    let at = s.slot.at;
    let their_time = at.with_timezone(&ctz).format("%H:%M").to_string();
    let our_time = at.with_timezone(&tz).format("%A %H:%M").to_string();
    if s.slot.user_only && ctz != tz {
        out += &format!(
            " Your hours and {first}'s never overlap; at {our_time} it is {their_time} in {}.",
            city(ctz)
        );
    } else if at > s.unwindowed && moved_from.is_none() && ctz != tz {
        out += &format!(" Moved to {our_time}, when it is {their_time} in {}.", city(ctz));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_days() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
        let d = |n: u32| NaiveDate::from_ymd_opt(2026, 12, n).unwrap_or_default();
        assert_eq!(on_day(d(3), today), "today");
        assert_eq!(on_day(d(2), today), "yesterday");
        assert_eq!(on_day(d(1), today), "on Tuesday");
        assert_eq!(
            on_day(NaiveDate::from_ymd_opt(2026, 11, 3).unwrap_or_default(), today),
            "on 3 Nov"
        );
        assert_eq!(
            on_day(NaiveDate::from_ymd_opt(2025, 11, 3).unwrap_or_default(), today),
            "on 3 Nov 2025"
        );
    }

    #[test]
    fn city_names() {
        assert_eq!(city(chrono_tz::America::New_York), "New York");
        assert_eq!(city(chrono_tz::UTC), "UTC");
    }
}
