//! `tend model check`: the configured model on a fixed set of built-in
//! situations (every nudge kind, every act of a message, a care note, a late
//! reply), each draft through the same guardrails as in use, so that a user
//! can compare models before switching the engine on.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::{Attempt, attempt};
use crate::config::Settings;
use crate::drafts::{DraftInput, Drafter};
use crate::model::{
    CareNote, Channel, Contact, Direction, Event, EventKind, Interaction, KeyPart, Nudge, NudgeKind, OpenState, Status,
    Trigger,
};

/// One built-in situation.
pub struct Situation {
    pub name: &'static str,
    pub contact: Contact,
    pub interactions: Vec<Interaction>,
    pub events: Vec<Event>,
    pub nudge: Nudge,
}

/// What the check found.
#[derive(Debug)]
pub struct Report {
    pub tries: Vec<(&'static str, Attempt)>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.tries.iter().filter(|(_, a)| a.outcome.is_ok()).count()
    }

    /// The failures: situation and why.
    pub fn failures(&self) -> Vec<(&'static str, String)> {
        self.tries
            .iter()
            .filter_map(|(s, a)| a.outcome.as_ref().err().map(|why| (*s, why.to_string())))
            .collect()
    }

    /// Median and worst time per draft, in milliseconds.
    pub fn times_ms(&self) -> (u128, u128) {
        let mut ms: Vec<u128> = self.tries.iter().map(|(_, a)| a.took.as_millis()).collect();
        ms.sort_unstable();
        let median = ms.get(ms.len() / 2).copied().unwrap_or(0);
        (median, ms.last().copied().unwrap_or(0))
    }
}

/// Runs every situation against the configured model, one after another.
pub fn run(settings: &Settings, drafter: &Drafter, now: DateTime<Utc>) -> Report {
    let tz = settings.user.timezone;
    let tries = situations(now)
        .into_iter()
        .map(|s| {
            let input = DraftInput {
                nudge: &s.nudge,
                contact: &s.contact,
                interactions: &s.interactions,
                events: &s.events,
                now,
                tz,
                user_name: &settings.user.name,
                history: None,
            };
            (s.name, attempt(drafter, &input, settings))
        })
        .collect();
    Report { tries }
}

fn contact(
    id: i64,
    name: &str,
    company: &str,
    role: &str,
    met: &str,
    interests: &[&str],
    now: DateTime<Utc>,
) -> Contact {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Contact {
        id,
        name: name.to_string(),
        greet: None,
        email: None,
        emails: Vec::new(),
        url: None,
        company: some(company),
        role: some(role),
        timezone: None,
        met: some(met),
        interests: interests.iter().map(|s| s.to_string()).collect(),
        tags: Vec::new(),
        connected_on: None,
        cadence: None,
        birthday: None,
        note: None,
        status: Status::Active,
        paused_until: None,
        created_at: now - Duration::days(400),
    }
}

fn message(id: i64, contact: i64, days_ago: i64, direction: Direction, text: &str, now: DateTime<Utc>) -> Interaction {
    Interaction {
        id,
        contact_id: contact,
        at: now - Duration::days(days_ago),
        direction,
        channel: Channel::Message,
        note: Some(text.to_string()),
    }
}

fn nudge(c: &Contact, kind: NudgeKind, trigger: Trigger, reason: &str, now: DateTime<Utc>) -> Nudge {
    Nudge {
        // A key of the kind the planner would give; its numbers are the
        // situation's own.
        key: match kind {
            NudgeKind::Reply => KeyPart::Reply(c.id),
            NudgeKind::FirstFollowUp => KeyPart::FollowUp(now.date_naive()),
            NudgeKind::CheckIn => KeyPart::CheckIn(now.timestamp()),
            NudgeKind::Milestone => KeyPart::Event(c.id),
        }
        .key(c.id),
        contact_id: c.id,
        contact: c.name.clone(),
        kind,
        trigger,
        due: now,
        reason: reason.to_string(),
        state: OpenState::Pending,
        care: None,
    }
}

/// A reply situation: a warm contact whose last message is `theirs`, sent `days_ago`.
fn reply(id: i64, name: &'static str, theirs: &str, days_ago: i64, now: DateTime<Utc>) -> Situation {
    let c = contact(
        id,
        "Sara Lindqvist",
        "Globex",
        "Staff Engineer",
        "RustConf 2025",
        &["observability"],
        now,
    );
    let mut interactions = vec![
        message(
            id * 10 + 1,
            id,
            90,
            Direction::In,
            "Great meeting you at RustConf!",
            now,
        ),
        message(
            id * 10 + 2,
            id,
            60,
            Direction::Out,
            "Likewise! How is the tracing work going?",
            now,
        ),
        message(
            id * 10 + 3,
            id,
            50,
            Direction::In,
            "Going well, thanks for asking.",
            now,
        ),
    ];
    let last = message(id * 10 + 4, id, days_ago, Direction::In, theirs, now);
    let trigger = Trigger::Inbound {
        interaction_id: last.id,
        at: last.at,
        note: last.note.clone(),
    };
    interactions.push(last);
    let n = nudge(&c, NudgeKind::Reply, trigger, "Sara wrote to you; reply", now);
    Situation {
        name,
        contact: c,
        interactions,
        events: Vec::new(),
        nudge: n,
    }
}

fn day(now: DateTime<Utc>, days_ago: i64) -> NaiveDate {
    (now - Duration::days(days_ago)).date_naive()
}

/// The built-in situations, as of `now`.
pub fn situations(now: DateTime<Utc>) -> Vec<Situation> {
    let mut out = vec![
        reply(
            1,
            "reply: proposes a time",
            "Would a coffee on Thursday at 10 work for you?",
            1,
            now,
        ),
        reply(
            2,
            "reply: confirms a time",
            "Thursday at 10 works for me, see you then!",
            1,
            now,
        ),
        reply(
            3,
            "reply: reschedules",
            "Something came up, can we push our coffee to next week?",
            1,
            now,
        ),
        reply(
            4,
            "reply: a pitch",
            "We help teams like yours cut cloud costs. Could I book 15 minutes for a demo of our platform?",
            1,
            now,
        ),
        reply(
            5,
            "reply: asks a favour",
            "Would you mind putting me in touch with someone on your data team?",
            1,
            now,
        ),
        reply(
            6,
            "reply: asks a question",
            "How did you find the move to the new office?",
            1,
            now,
        ),
        reply(
            7,
            "reply: congratulates",
            "Congrats on the new role, well deserved!",
            1,
            now,
        ),
        reply(
            8,
            "reply: thanks",
            "Thanks a lot for the intro to Tom yesterday.",
            1,
            now,
        ),
        reply(
            9,
            "reply: good news",
            "Big news: our paper on trace sampling was accepted!",
            1,
            now,
        ),
        reply(
            10,
            "reply: bad news",
            "Sad news: my team was laid off this week.",
            1,
            now,
        ),
        reply(
            11,
            "reply: late",
            "What did you think of the talk on async traits?",
            9,
            now,
        ),
    ];
    let c = contact(
        12,
        "Priya Nair",
        "Initech",
        "Product Designer",
        "the Config meetup in Berlin",
        &["design systems"],
        now,
    );
    let n = nudge(
        &c,
        NudgeKind::FirstFollowUp,
        Trigger::Connected { on: day(now, 2) },
        "You connected with Priya 2 days ago",
        now,
    );
    out.push(Situation {
        name: "first follow-up",
        contact: c,
        interactions: Vec::new(),
        events: Vec::new(),
        nudge: n,
    });
    let c = contact(
        13,
        "Jonas Weber",
        "Hooli",
        "Data Engineer",
        "PyData Amsterdam",
        &["dbt", "cycling"],
        now,
    );
    let interactions = vec![
        message(131, 13, 50, Direction::Out, "Good luck with the migration!", now),
        message(132, 13, 48, Direction::In, "Thanks, it is going fine.", now),
    ];
    let n = nudge(
        &c,
        NudgeKind::CheckIn,
        Trigger::Cadence {
            since: now - Duration::days(48),
            post: None,
        },
        "Six weeks since you last talked with Jonas",
        now,
    );
    out.push(Situation {
        name: "check-in",
        contact: c,
        interactions,
        events: Vec::new(),
        nudge: n,
    });
    let c = contact(
        14,
        "Maria Costa",
        "Umbrella",
        "Engineering Manager",
        "a former colleague",
        &[],
        now,
    );
    let event = Event {
        id: 141,
        contact_id: 14,
        kind: EventKind::Promotion,
        on: day(now, 3),
        detail: Some("Director of Engineering at Umbrella".to_string()),
        recorded_at: now - Duration::days(3),
        until: None,
        from_message: None,
    };
    let n = nudge(
        &c,
        NudgeKind::Milestone,
        Trigger::Milestone {
            kind: EventKind::Promotion,
            on: event.on,
            event: Some(event.clone()),
            years: None,
        },
        "Maria was promoted 3 days ago",
        now,
    );
    out.push(Situation {
        name: "milestone",
        contact: c,
        interactions: vec![
            message(142, 14, 70, Direction::In, "Let's catch up soon!", now),
            message(143, 14, 69, Direction::Out, "Absolutely, talk soon.", now),
        ],
        events: vec![event],
        nudge: n,
    });
    let c = contact(
        15,
        "Tom Becker",
        "Acme",
        "Backend Developer",
        "the Rust meetup in Munich",
        &["embedded"],
        now,
    );
    let mut n = nudge(
        &c,
        NudgeKind::CheckIn,
        Trigger::Cadence {
            since: now - Duration::days(40),
            post: None,
        },
        "A gentle note to Tom after a hard time",
        now,
    );
    n.care = Some(CareNote {
        kind: EventKind::Layoff,
        on: day(now, 40),
    });
    out.push(Situation {
        name: "care note",
        contact: c,
        interactions: vec![
            message(151, 15, 45, Direction::In, "Thanks for the kind words.", now),
            message(152, 15, 46, Direction::Out, "Thinking of you, Tom.", now),
        ],
        events: vec![Event {
            id: 153,
            contact_id: 15,
            kind: EventKind::Layoff,
            on: day(now, 40),
            detail: None,
            recorded_at: now - Duration::days(40),
            until: None,
            from_message: None,
        }],
        nudge: n,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_nudge_kind_and_act_has_a_situation() {
        let now = DateTime::parse_from_rfc3339("2026-12-07T10:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        let all = situations(now);
        for kind in NudgeKind::ALL {
            assert!(all.iter().any(|s| s.nudge.kind == *kind), "{kind}");
        }
        let mut acts = crate::text::Acts::default();
        for s in &all {
            if let Trigger::Inbound { note: Some(text), .. } = &s.nudge.trigger {
                for a in crate::text::read(text, &crate::text::Context::default()).acts.iter() {
                    acts.insert(a);
                }
            }
        }
        use crate::text::Act;
        for a in [
            Act::ProposesTime,
            Act::Reschedules,
            Act::Pitch,
            Act::Ask,
            Act::Question,
            Act::Congrats,
            Act::Thanks,
            Act::NewsGood,
            Act::NewsBad,
        ] {
            assert!(acts.has(a), "no situation {}", a.as_str());
        }
        assert!(all.iter().any(|s| s.nudge.care.is_some()));
        assert!(all.iter().any(|s| crate::drafts::late(&s.nudge, now)));
    }
}
