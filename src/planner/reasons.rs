//! Every nudge explains itself: the rule and the facts, in one or two plain
//! sentences ("Sara wrote to you yesterday and you have not answered.").

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::rules::Candidate;
use super::{Ctx, HoldKind, PlanRow, Settled};
use crate::lint::names::greeting_name;
use crate::model::{Cadence, CareNote, EventKind, NudgeKind, OpenState, Trigger};
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

/// A name for the contact in a reason: their greeting name (drafts.md,
/// "Names"), or "they" for a name with no letters.
pub(super) fn greeting(c: &PlanRow) -> &str {
    greeting_of(&c.name, c.greet.as_deref())
}

/// [`greeting`] from a full name and the stored greeting name, if any.
pub(super) fn greeting_of<'a>(name: &'a str, greet: Option<&'a str>) -> &'a str {
    let g = match greet.map(str::trim) {
        Some(stored) if !stored.is_empty() => stored,
        _ => greeting_name(name),
    };
    if g.chars().any(char::is_alphabetic) { g } else { "they" }
}

/// "is today", "was on 10 Mar", "is on Friday".
fn is_or_was(d: NaiveDate, today: NaiveDate) -> String {
    let verb = if d < today { "was" } else { "is" };
    format!("{verb} {}", on_day(d, today))
}

/// Rule 7: "Ben was laid off on 2 Mar; the 30-day hold has ended."
fn care_words(ctx: &Ctx, first: &str, care: &CareNote, today: NaiveDate) -> String {
    let what = match care.kind {
        EventKind::Layoff => "was laid off",
        EventKind::Bereavement => "lost someone close",
        _ => "went through a health matter",
    };
    let hold = ctx.s.rules.sensitive_hold;
    let length = if hold.amount == 1 {
        hold.words()
    } else {
        hold.words().replacen(' ', "-", 1).trim_end_matches('s').to_string()
    };
    format!(
        "{first} {what} {}; the {length} hold has ended.",
        on_day(care.on, today)
    )
}

/// The facts of the rule that made a candidate, in one sentence.
fn facts_sentence(ctx: &Ctx, c: &PlanRow, cand: &Candidate) -> String {
    let tz = ctx.tz;
    let today = local_date(ctx.now, tz);
    let first = greeting(c);
    if let Some(care) = &cand.care {
        return care_words(ctx, first, care, today);
    }
    match &cand.trigger {
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
            let since_words = if let Some(skipped) = cand.since_skip {
                let what = match skipped {
                    NudgeKind::CheckIn => "the last check-in",
                    NudgeKind::Reply => "a reply",
                    NudgeKind::FirstFollowUp => "the first follow-up",
                    NudgeKind::Milestone => "a congratulation",
                };
                format!("You skipped {what} {}", on_day(local_date(*since, tz), today))
            } else if *since > ctx.now {
                // Rule 13: a planned meeting or call, counted from when it happens.
                format!("You meet {}", on_day(local_date(*since, tz), today))
            } else if c.summary.last_response == Some(*since) && c.summary.last_touch != Some(*since) {
                format!("{first} last wrote {}", ago(*since, ctx.now, tz))
            } else if c.summary.last_touch.is_some() || c.summary.last_light_touch.is_some() {
                format!("You were last in touch {}", ago(*since, ctx.now, tz))
            } else if c.connected_on.is_some_and(|d| start_of_day(d, tz) == *since) {
                format!("Connected {}", ago(*since, ctx.now, tz))
            } else {
                format!("Added {}", ago(*since, ctx.now, tz))
            };
            let mut t = format!("{since_words}; your cadence with {first} is {cadence}.");
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
                    format!("{first}'s {y}-year work anniversary{detail} {}.", is_or_was(*on, today))
                }
                (EventKind::NewJob, None) => format!("{first} started a new job{detail} {when}."),
                (EventKind::Promotion, _) => format!("{first} was promoted{detail} {when}."),
                (EventKind::Birthday, _) => format!("{first}'s birthday {}.", is_or_was(*on, today)),
                _ => format!("{first} shared an achievement{detail} {when}."),
            }
        }
    }
}

/// For `tend show`: the contact's other nudges besides the open one, due
/// by the next two weeks (check-ins aside: they come back by themselves).
pub(super) fn also_due(ctx: &Ctx, c: &PlanRow, open: &Settled, others: &[Settled]) -> Vec<String> {
    let soon = ctx.now + chrono::Duration::days(14);
    others
        .iter()
        .filter(|o| o.cand.kind != NudgeKind::CheckIn && o.cand.kind != open.cand.kind && o.cand.due < soon)
        .map(|o| {
            format!(
                "also due after this {}: {} — {}",
                open.cand.kind.as_str().replace('-', " "),
                o.cand.kind.as_str().replace('-', " "),
                facts_sentence(ctx, c, &o.cand)
            )
        })
        .collect()
}

pub(super) fn sentence(ctx: &Ctx, c: &PlanRow, s: &Settled, ctz: Tz, moved_from: Option<NaiveDate>) -> String {
    let tz = ctx.tz;
    let first = greeting(c);
    let cand = &s.cand;
    let mut out = facts_sentence(ctx, c, cand);
    if let Some(until) = cand.snoozed_until.filter(|_| cand.state == OpenState::Snoozed) {
        out += &format!(" Snoozed until {}.", crate::time::day_words(until, tz));
    }
    if let Some((until, kind)) = s.held_until.filter(|_| cand.care.is_none()) {
        let day = crate::time::day_words(until, tz);
        out += &match kind {
            HoldKind::Sensitive => format!(" Held until {day} after a sensitive event."),
            HoldKind::Busy => format!(" Deferred until {day} while they are busy."),
            HoldKind::Away { until, told } => {
                let from = told.map_or(String::new(), |at| {
                    format!(" (from their message of {})", local_date(at, tz).format("%-d %b"))
                });
                let waits = match cand.kind {
                    NudgeKind::FirstFollowUp => "the first follow-up waits",
                    NudgeKind::Milestone => "the congratulation waits",
                    NudgeKind::CheckIn | NudgeKind::Reply => "check-ins wait",
                };
                format!(" {first} is away until {}{from}; {waits}.", until.format("%-d %b"))
            }
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
    let our_time = at.with_timezone(&tz).format("%A %-d %b %H:%M").to_string();
    if super::rules::rule_01_today(cand, c) {
        // Answered in the user's hours, whatever the contact's: no reason to give.
        return out;
    }
    if let Some(hour) = s.usual_hour {
        let place = if ctz == tz {
            String::new()
        } else {
            format!(" in {}", city(ctz))
        };
        out += &format!(" Moved to {hour:02}:00{place}, when {first} usually writes.");
    } else if s.slot.user_only && !ctx.s.rules.recipient_hours.contains(at, ctz) {
        out += &format!(
            " Your hours and {first}'s do not meet soon; at {our_time} it is {their_time} in {}.",
            city(ctz)
        );
    } else if at > s.unwindowed
        && moved_from.is_none()
        // Rome keeps Amsterdam's clock: "when it is 09:00 in Rome" would
        // give a reason that is none (trials 23 to 25).
        && their_time != at.with_timezone(&tz).format("%H:%M").to_string()
    {
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
