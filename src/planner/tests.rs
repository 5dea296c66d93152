//! Rule-by-rule tests with literal instants, and property tests over random
//! networks.

use super::*;
use crate::facts::Bond;
use crate::model::{
    Channel, Direction, EventGroup, EventKind, Interaction, NudgeKey, NudgeState, PendingPlan, Status, Summary, Trigger,
};
use crate::time::Duration;
use chrono::{Datelike, Timelike};
use std::collections::BTreeMap;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn date(s: &str) -> NaiveDate {
    crate::time::parse_date(s).unwrap_or_else(|e| panic!("{e}"))
}

fn settings(extra: &[(&str, &str)]) -> Settings {
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    env.insert("TEND_USER__TIMEZONE".into(), "Europe/Paris".into());
    for (k, v) in extra {
        env.insert((*k).into(), (*v).into());
    }
    Settings::load(std::path::Path::new("/nonexistent/tend.toml"), false, &env).unwrap_or_else(|e| panic!("{e}"))
}

/// A small world of contacts, their interactions, events and nudge records.
struct World {
    settings: Settings,
    contacts: Vec<PlanRow>,
    interactions: HashMap<ContactId, Vec<Interaction>>,
    events: Vec<Event>,
    records: Vec<NudgeRecord>,
    next_id: i64,
}

impl World {
    fn new(extra: &[(&str, &str)]) -> World {
        World {
            settings: settings(extra),
            contacts: vec![],
            interactions: HashMap::default(),
            events: vec![],
            records: vec![],
            next_id: 1,
        }
    }

    fn add(&mut self, name: &str, created: &str) -> ContactId {
        let id = self.contacts.len() as i64 + 1;
        self.contacts.push(PlanRow::new(id, name.into(), utc(created)));
        id
    }

    fn row(&mut self, id: ContactId) -> &mut PlanRow {
        &mut self.contacts[(id - 1) as usize]
    }

    fn log(&mut self, id: ContactId, at: &str, direction: Direction, channel: Channel) -> i64 {
        self.log_text(id, at, direction, channel, None)
    }

    fn log_text(&mut self, id: ContactId, at: &str, direction: Direction, channel: Channel, note: Option<&str>) -> i64 {
        let iid = self.next_id;
        self.next_id += 1;
        let list = self.interactions.entry(id).or_default();
        list.push(Interaction {
            id: iid,
            contact_id: id,
            at: utc(at),
            direction,
            channel,
            note: note.map(str::to_string),
        });
        // As if all has happened; `plan` makes it again at its own `now`.
        let summary = crate::text::conversation::summary(list.iter(), DateTime::<Utc>::MAX_UTC);
        self.row(id).summary = summary;
        iid
    }

    fn event(&mut self, id: ContactId, kind: EventKind, on: &str, recorded: &str) -> i64 {
        let eid = self.next_id;
        self.next_id += 1;
        self.events.push(Event {
            id: eid,
            contact_id: id,
            kind,
            on: date(on),
            detail: None,
            recorded_at: utc(recorded),
            until: None,
            from_message: None,
        });
        eid
    }

    /// The plan at `now`, each summary made as the store would have it then
    /// (what is still to come is only planned: rule 13).
    fn plan(&self, now: &str) -> Plan {
        let mut contacts = self.contacts.clone();
        for c in &mut contacts {
            if let Some(list) = self.interactions.get(&c.id) {
                c.summary = crate::text::conversation::summary(list.iter(), utc(now));
            }
        }
        let facts = Facts {
            contacts: &contacts,
            events: &self.events,
            records: &self.records,
        };
        plan(&facts, &self.settings, utc(now))
    }

    fn record(&mut self, n: &Nudge, state: NudgeState, at: &str, until: Option<&str>) {
        self.records.push(NudgeRecord {
            key: n.key.to_string(),
            contact_id: n.contact_id,
            kind: n.kind,
            state,
            due_at: Some(n.due),
            delivered_at: (state == NudgeState::Delivered).then(|| utc(at)),
            snoozed_until: until.map(utc),
            acted_at: (state != NudgeState::Delivered).then(|| utc(at)),
        });
    }
}

fn only(plan: &Plan, id: ContactId) -> &Nudge {
    plan.for_contact(id)
        .unwrap_or_else(|| panic!("no nudge for {id}: {:?}", plan.why_none.get(&id)))
}

// Tue 1 Dec 2026, 10:00 in Paris.
const NOW: &str = "2026-12-01T10:00:00+01:00";

#[test]
fn rule1_reply_due_the_next_working_morning() {
    let mut w = World::new(&[]);
    let sara = w.add("Sara Lee", "2026-01-01T00:00:00Z");
    w.row(sara).cadence = Some(Cadence::None);
    w.log(sara, "2026-12-01T09:30:00+01:00", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    let n = only(&p, sara);
    assert_eq!(n.kind, NudgeKind::Reply);
    // Tuesday 09:30 → Wednesday when the user's window opens, not 09:30.
    assert_eq!(n.due, utc("2026-12-02T09:00:00+01:00"));
    assert_eq!(n.reason, "Sara wrote to you today and you have not answered.");
    // Answering it makes it moot.
    w.log(sara, "2026-12-01T11:00:00+01:00", Direction::Out, Channel::Message);
    let p = w.plan("2026-12-01T11:00:00+01:00");
    assert!(p.for_contact(sara).is_none());
}

/// Rule 1 (issue 22): a Sunday-evening message is nudged on Monday at
/// 09:00, not Tuesday (37 h later); a Wednesday question on Thursday, not
/// Friday; a duration is still accepted.
#[test]
fn rule1_sunday_evening_is_answered_monday_morning() {
    let mut w = World::new(&[]);
    let sun = w.add("Sun Day", "2026-01-01T00:00:00Z");
    w.row(sun).cadence = Some(Cadence::None);
    w.log(sun, "2026-11-29T20:00:00+01:00", Direction::In, Channel::Message);
    let wed = w.add("Wen Day", "2026-01-01T00:00:00Z");
    w.row(wed).cadence = Some(Cadence::None);
    w.log(wed, "2026-11-25T10:30:00+01:00", Direction::In, Channel::Message);
    let fri = w.add("Fri Day", "2026-01-01T00:00:00Z");
    w.row(fri).cadence = Some(Cadence::None);
    w.log(fri, "2026-11-27T16:00:00+01:00", Direction::In, Channel::Message);
    let sunday_night = "2026-11-29T21:00:00+01:00";
    let p = w.plan(sunday_night);
    assert_eq!(only(&p, sun).due, utc("2026-11-30T09:00:00+01:00"));
    // Friday afternoon: the next working day is Monday.
    assert_eq!(only(&p, fri).due, utc("2026-11-30T09:00:00+01:00"));
    let p = w.plan("2026-11-25T11:00:00+01:00");
    assert_eq!(only(&p, wed).due, utc("2026-11-26T09:00:00+01:00"));
    // "4h" is still a valid `reply_after`.
    w.settings.rules.reply_after = "4h".parse().unwrap_or_else(|e: String| panic!("{e}"));
    let p = w.plan("2026-11-25T11:00:00+01:00");
    assert_eq!(only(&p, wed).due, utc("2026-11-25T14:30:00+01:00"));
}

/// A message that sells (rule 3's pitch), and one that does not.
const PITCH: &str = "Hi Alex, I help companies like yours cut CI costs by 40%. Do you have 15 minutes of your time this week for a quick demo of our platform?";
const NEWS: &str = "Great to see you at the meetup last night! I just started at Figma, still settling in.";

#[test]
fn rule3_a_contact_who_only_ever_pitched_gets_no_check_in() {
    let mut w = World::new(&[]);
    let brad = w.add("Brad Whitfield", "2026-01-01T00:00:00Z");
    w.row(brad).cadence = Some(Cadence::Every(Duration::days(42)));
    w.log_text(
        brad,
        "2026-06-01T12:00:00Z",
        Direction::In,
        Channel::Message,
        Some(PITCH),
    );
    w.log(brad, "2026-06-02T12:00:00Z", Direction::Out, Channel::Message);
    w.log_text(brad, "2026-07-01T12:00:00Z", Direction::In, Channel::Email, Some(PITCH));
    w.log(brad, "2026-07-02T12:00:00Z", Direction::Out, Channel::Message);
    let p = w.plan(NOW);
    assert!(p.for_contact(brad).is_none(), "{:?}", p.for_contact(brad));
    let why = p.why_none.get(&brad).map(ToString::to_string);
    assert_eq!(
        why.as_deref(),
        Some("no check-ins: every message from Brad so far was a pitch")
    );
    // A cadence the user set by hand for him is kept.
    w.row(brad).cadence_by_hand = true;
    let p = w.plan(NOW);
    assert_eq!(p.for_contact(brad).map(|n| n.kind), Some(NudgeKind::CheckIn));
    // One message that is not a pitch is a real exchange: check-ins again.
    w.row(brad).cadence_by_hand = false;
    w.log_text(
        brad,
        "2026-08-01T12:00:00Z",
        Direction::In,
        Channel::Message,
        Some(NEWS),
    );
    w.log(brad, "2026-08-02T12:00:00Z", Direction::Out, Channel::Message);
    let p = w.plan(NOW);
    assert_eq!(p.for_contact(brad).map(|n| n.kind), Some(NudgeKind::CheckIn));
}

#[test]
fn rule1_stale_messages_are_not_owed_a_reply() {
    let mut w = World::new(&[]);
    let old = w.add("Old Friend", "2024-01-01T00:00:00Z");
    w.row(old).cadence = Some(Cadence::None);
    w.log(old, "2024-06-01T12:00:00Z", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    assert!(p.for_contact(old).is_none());
    assert_eq!(p.why_none.get(&old), Some(&WhyNone::NoCadence));
}

#[test]
fn rule2_first_follow_up_two_days_after_connecting() {
    let mut w = World::new(&[]);
    let bob = w.add("Bob Stone", "2026-11-28T12:00:00Z");
    w.row(bob).connected_on = Some(date("2026-11-28"));
    // A connection-request note is a light touch: it does not stop the follow-up.
    w.log(bob, "2026-11-27T12:00:00Z", Direction::Out, Channel::Note);
    let p = w.plan("2026-11-29T10:00:00+01:00");
    let n = only(&p, bob);
    assert_eq!(n.kind, NudgeKind::FirstFollowUp);
    // Due 30 Nov 00:00, a Monday: the window opens at 09:00.
    assert_eq!(n.due, utc("2026-11-30T09:00:00+01:00"));
    assert!(
        n.reason
            .starts_with("You connected yesterday and have not followed up yet."),
        "{}",
        n.reason
    );
}

#[test]
fn rule2_old_imported_connections_get_no_follow_up() {
    let mut w = World::new(&[]);
    for i in 0..50 {
        let id = w.add(&format!("Imported {i}"), "2026-11-30T12:00:00Z");
        w.row(id).connected_on = Some(date("2023-05-10"));
        w.row(id).cadence = Some(Cadence::None);
    }
    let p = w.plan(NOW);
    assert!(p.nudges.is_empty(), "{:?}", p.nudges.first());
}

#[test]
fn rule3_check_in_after_cadence_and_light_touch_restarts_it() {
    let mut w = World::new(&[]);
    let ann = w.add("Ann Marie", "2026-01-01T00:00:00Z");
    w.log(ann, "2026-10-01T10:00:00+02:00", Direction::In, Channel::Message);
    w.log(ann, "2026-10-01T11:00:00+02:00", Direction::Out, Channel::Message);
    let p = w.plan("2026-10-20T10:00:00+02:00");
    let n = only(&p, ann);
    assert_eq!(n.kind, NudgeKind::CheckIn);
    // 6 weeks after Thu 1 Oct 11:00 is Thu 12 Nov 11:00 (CET by then).
    assert_eq!(n.due, utc("2026-11-12T11:00:00+01:00"));
    w.log(ann, "2026-11-01T10:00:00+01:00", Direction::Out, Channel::Like);
    let p = w.plan("2026-11-02T10:00:00+01:00");
    // 6 weeks after Sun 1 Nov is Sunday 13 Dec: Monday 09:00.
    assert_eq!(only(&p, ann).due, utc("2026-12-14T09:00:00+01:00"));
}

#[test]
fn rule4_unanswered_messages_double_the_wait_then_stop() {
    let mut w = World::new(&[]);
    let kim = w.add("Kim Park", "2026-01-01T00:00:00Z");
    w.log(kim, "2026-09-01T10:00:00+02:00", Direction::In, Channel::Message);
    // Answered within the reply window: not unanswered.
    w.log(kim, "2026-09-02T10:00:00+02:00", Direction::Out, Channel::Message);
    let p = w.plan("2026-09-03T10:00:00+02:00");
    assert_eq!(only(&p, kim).due, utc("2026-10-14T10:00:00+02:00"));
    // A second message: one unanswered, the wait doubles to 12 weeks.
    w.log(kim, "2026-10-14T10:00:00+02:00", Direction::Out, Channel::Message);
    let p = w.plan("2026-10-15T10:00:00+02:00");
    let n = only(&p, kim);
    assert_eq!(n.due, utc("2027-01-06T10:00:00+01:00"));
    assert!(n.reason.contains("1 message unanswered"), "{}", n.reason);
    // A third: two unanswered, waiting on them.
    w.log(kim, "2027-01-06T10:00:00+01:00", Direction::Out, Channel::Message);
    let p = w.plan("2027-01-07T10:00:00+01:00");
    assert!(p.for_contact(kim).is_none());
    assert_eq!(p.why_none.get(&kim), Some(&WhyNone::Waiting(2)));
    assert_eq!(p.why_none[&kim].to_string(), "waiting on them: 2 messages unanswered");
    // They answer: a reply is owed, and the count resets.
    w.log(kim, "2027-01-08T10:00:00+01:00", Direction::In, Channel::Email);
    let p = w.plan("2027-01-08T11:00:00+01:00");
    assert_eq!(only(&p, kim).kind, NudgeKind::Reply);
}

#[test]
fn rule4_waiting_on_them_still_gets_milestones() {
    let mut w = World::new(&[]);
    let kim = w.add("Kim Park", "2026-01-01T00:00:00Z");
    w.log(kim, "2026-11-01T10:00:00+01:00", Direction::Out, Channel::Message);
    w.log(kim, "2026-11-10T10:00:00+01:00", Direction::Out, Channel::Message);
    w.event(kim, EventKind::Promotion, "2026-11-30", "2026-11-30T20:00:00+01:00");
    let p = w.plan(NOW);
    assert_eq!(only(&p, kim).kind, NudgeKind::Milestone);
}

#[test]
fn rule5_min_gap_after_a_touch() {
    let mut w = World::new(&[]);
    let lea = w.add("Léa Dubois", "2026-01-01T00:00:00Z");
    w.row(lea).cadence = Some(Cadence::None);
    w.log(lea, "2026-11-30T16:00:00+01:00", Direction::Out, Channel::Message);
    w.event(lea, EventKind::Achievement, "2026-12-01", "2026-12-01T08:00:00+01:00");
    let p = w.plan(NOW);
    let n = only(&p, lea);
    assert_eq!(n.kind, NudgeKind::Milestone);
    // 7 days after Mon 30 Nov 16:00 is Mon 7 Dec 16:00.
    assert_eq!(n.due, utc("2026-12-07T16:00:00+01:00"));
}

#[test]
fn rule6_milestone_offered_for_two_weeks_then_dropped() {
    let mut w = World::new(&[]);
    let raj = w.add("Raj Patel", "2026-01-01T00:00:00Z");
    w.row(raj).cadence = Some(Cadence::None);
    w.event(raj, EventKind::Promotion, "2026-11-20", "2026-11-21T09:00:00+01:00");
    let p = w.plan(NOW);
    assert_eq!(only(&p, raj).kind, NudgeKind::Milestone);
    let p = w.plan("2026-12-04T10:00:00+01:00");
    assert!(
        p.for_contact(raj).is_none(),
        "a congratulation 14 days late is not sent"
    );
    // A touch logged after the event was recorded makes it moot.
    w.log(raj, "2026-11-22T10:00:00+01:00", Direction::Out, Channel::Message);
    let p = w.plan(NOW);
    assert!(p.for_contact(raj).is_none_or(|n| n.kind != NudgeKind::Milestone));
}

#[test]
fn rule6_work_anniversary_and_leap_day() {
    let mut w = World::new(&[]);
    let eve = w.add("Eve Chen", "2020-01-01T00:00:00Z");
    w.row(eve).cadence = Some(Cadence::None);
    w.event(eve, EventKind::NewJob, "2024-02-29", "2024-03-01T09:00:00Z");
    // 2027 is not a leap year: the anniversary falls on 28 February, a Sunday;
    // the window opens Monday 1 March at 09:00.
    let p = w.plan("2027-02-20T10:00:00+01:00");
    let n = only(&p, eve);
    assert_eq!(n.kind, NudgeKind::Milestone);
    assert!(
        matches!(n.trigger, Trigger::Milestone { years: Some(3), .. }),
        "{:?}",
        n.trigger
    );
    assert_eq!(n.due, utc("2027-03-01T09:00:00+01:00"));
    assert!(n.reason.contains("3-year work anniversary"), "{}", n.reason);
    // A later new job replaces the anniversary.
    w.event(eve, EventKind::NewJob, "2026-06-01", "2026-06-01T09:00:00Z");
    let p = w.plan("2027-02-20T10:00:00+01:00");
    assert!(
        p.for_contact(eve)
            .is_none_or(|n| !matches!(n.trigger, Trigger::Milestone { years: Some(3), .. }))
    );
}

#[test]
fn rule6_birthdays_only_when_enabled() {
    let mut w = World::new(&[]);
    let bo = w.add("Bo Berg", "2020-01-01T00:00:00Z");
    w.row(bo).cadence = Some(Cadence::None);
    w.row(bo).birthday = Some(crate::model::Birthday {
        year: None,
        month: 12,
        day: 3,
    });
    assert!(w.plan(NOW).for_contact(bo).is_none());
    w.settings.rules.birthdays = true;
    let p = w.plan(NOW);
    let n = only(&p, bo);
    assert_eq!(n.due, utc("2026-12-03T09:00:00+01:00"));
    assert_eq!(n.reason, "Bo's birthday is on Thursday.");
}

#[test]
fn rule7_sensitive_hold_keeps_all_but_replies() {
    let mut w = World::new(&[]);
    let max = w.add("Max Weber", "2026-01-01T00:00:00Z");
    w.log(max, "2026-10-01T10:00:00+02:00", Direction::Both, Channel::Call);
    w.event(max, EventKind::Layoff, "2026-11-10", "2026-11-10T12:00:00+01:00");
    let p = w.plan(NOW);
    let n = only(&p, max);
    assert_eq!(n.kind, NudgeKind::CheckIn);
    // Hold ends 10 Dec 00:00 (30 days after 10 Nov): a Thursday, 09:00,
    // and the check-in is the care one, naming the event.
    assert_eq!(n.due, utc("2026-12-10T09:00:00+01:00"));
    assert_eq!(n.reason, "Max was laid off on 10 Nov; the 30-day hold has ended.");
    assert_eq!(
        n.care,
        Some(crate::model::CareNote {
            kind: EventKind::Layoff,
            on: date("2026-11-10")
        })
    );
    // A reply still comes at once.
    w.log(max, "2026-11-30T10:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    let n = only(&p, max);
    assert_eq!((n.kind, n.due), (NudgeKind::Reply, utc(NOW)));
}

/// Rule 7 (issue 22): once they write after a sensitive event, the hold is
/// over: good news they share is congratulated at once, and no care
/// check-in follows.
#[test]
fn rule7_their_message_ends_the_hold() {
    let mut w = World::new(&[]);
    let ben = w.add("Ben Ode", "2026-01-01T00:00:00Z");
    w.row(ben).cadence = Some(Cadence::None);
    w.event(ben, EventKind::Layoff, "2026-11-10", "2026-11-10T12:00:00+01:00");
    // Before he writes: the care check-in after the hold.
    let p = w.plan(NOW);
    let n = only(&p, ben);
    assert!(n.care.is_some(), "{n:?}");
    assert_eq!(n.due, utc("2026-12-10T09:00:00+01:00"));
    // He writes (a closer: no reply owed) and shares a new job.
    w.log_text(
        ben,
        "2026-11-27T10:00:00+01:00",
        Direction::In,
        Channel::Message,
        Some("Thanks so much, talk soon!"),
    );
    w.event(ben, EventKind::NewJob, "2026-11-30", "2026-11-30T12:00:00+01:00");
    let p = w.plan(NOW);
    let n = only(&p, ben);
    assert_eq!(n.kind, NudgeKind::Milestone);
    assert_eq!(n.due, utc(NOW), "congratulated at once, not after 10 Dec");
    // Without the new job: no care check-in, nothing due.
    w.events.retain(|e| e.kind != EventKind::NewJob);
    let p = w.plan(NOW);
    assert!(p.for_contact(ben).is_none(), "{:?}", p.for_contact(ben));
    // His message was read as closing it, so show says that, not "on hold".
    assert_eq!(
        p.why_none.get(&ben).map(ToString::to_string).as_deref(),
        Some("no reply needed: Ben's message closed the conversation")
    );
}

#[test]
fn rule8_busy_defer_and_post_brings_check_in_forward() {
    let mut w = World::new(&[]);
    let ivy = w.add("Ivy Lin", "2026-01-01T00:00:00Z");
    w.log(ivy, "2026-11-01T10:00:00+01:00", Direction::Out, Channel::Comment);
    w.log(ivy, "2026-11-01T11:00:00+01:00", Direction::In, Channel::Comment);
    w.log(ivy, "2026-11-01T12:00:00+01:00", Direction::Out, Channel::Message);
    // Check-in would be 13 Dec; a post on 25 Nov brings it to 26 Nov → now.
    w.event(ivy, EventKind::Post, "2026-11-25", "2026-11-25T18:00:00+01:00");
    let p = w.plan(NOW);
    let n = only(&p, ivy);
    assert_eq!((n.kind, n.due), (NudgeKind::CheckIn, utc(NOW)));
    assert!(n.reason.contains("Ivy posted on Wednesday"), "{}", n.reason);
    // A busy week defers it.
    w.event(ivy, EventKind::Busy, "2026-11-30", "2026-11-30T18:00:00+01:00");
    let p = w.plan(NOW);
    assert_eq!(only(&p, ivy).due, utc("2026-12-07T09:00:00+01:00"));
}

#[test]
fn rule9_windows_in_both_zones_and_fallback() {
    let mut w = World::new(&[]);
    let ny = w.add("Nina York", "2026-01-01T00:00:00Z");
    w.row(ny).timezone = "America/New_York".parse().ok();
    w.log(ny, "2026-11-30T09:00:00+01:00", Direction::In, Channel::Message);
    let tokyo = w.add("Taro Sato", "2026-01-01T00:00:00Z");
    w.row(tokyo).timezone = "Pacific/Auckland".parse().ok();
    w.log(tokyo, "2026-11-30T09:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    let n = only(&p, ny);
    assert_eq!(n.due, utc("2026-12-01T15:00:00+01:00"));
    assert!(
        n.reason
            .ends_with("Moved to Tuesday 1 Dec 15:00, when it is 09:00 in New York."),
        "{}",
        n.reason
    );
    // 10:00 Paris is 22:00 in Auckland, 5 h after they close; 17:30 Paris
    // is 05:30 there, 3.5 h before they open: the nearer of the two.
    let n = only(&p, tokyo);
    assert_eq!(n.due, utc("2026-12-01T17:30:00+01:00"));
    assert!(
        n.reason
            .contains("do not meet soon; at Tuesday 1 Dec 17:30 it is 05:30 in Auckland"),
        "{}",
        n.reason
    );
}

/// Rule 9 (issue 22): overlap counts on U's day or the user's next working
/// day. A same-zone reply overdue on Friday at 17:45, after the contact's
/// day, goes to Monday morning, when both work, not to Friday 17:45.
#[test]
fn rule9_friday_evening_same_zone_goes_to_monday_morning() {
    let mut w = World::new(&[]);
    let eva = w.add("Eva Mars", "2026-01-01T00:00:00Z");
    w.row(eva).cadence = Some(Cadence::None);
    w.log(eva, "2026-12-02T10:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan("2026-12-04T17:45:00+01:00");
    let n = only(&p, eva);
    assert_eq!(n.due, utc("2026-12-07T09:00:00+01:00"));
    assert!(!n.reason.contains("do not meet soon"), "{}", n.reason);
}

#[test]
fn rule9_weekend_and_dst() {
    let mut w = World::new(&[]);
    let a = w.add("Al Green", "2026-01-01T00:00:00Z");
    w.row(a).cadence = Some(Cadence::None);
    // Wrote Friday 27 March; due Saturday; next window Monday 30 March 09:00 CEST.
    w.log(a, "2026-03-27T12:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan("2026-03-27T13:00:00+01:00");
    assert_eq!(only(&p, a).due, utc("2026-03-30T09:00:00+02:00"));
    let b = w.add("Bea Stone", "2026-01-01T00:00:00Z");
    w.row(b).cadence = Some(Cadence::None);
    w.row(b).timezone = "America/New_York".parse().ok();
    // 28 Oct 2026: Paris is back on CET, New York still on EDT: 4 hours apart,
    // so New York's 09:00 is 14:00 in Paris.
    w.log(b, "2026-10-27T12:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan("2026-10-28T10:00:00+01:00");
    assert_eq!(only(&p, b).due, utc("2026-10-28T14:00:00+01:00"));
}

#[test]
fn rule10_daily_cap_with_priorities() {
    let mut w = World::new(&[]);
    let mut ids = vec![];
    for i in 0..4 {
        let id = w.add(&format!("Check {i}"), "2026-01-01T00:00:00Z");
        w.log(id, "2026-09-01T10:00:00+02:00", Direction::Both, Channel::Call);
        ids.push(id);
    }
    for i in 0..3 {
        let id = w.add(&format!("Reply {i}"), "2026-01-01T00:00:00Z");
        w.row(id).cadence = Some(Cadence::None);
        w.log(id, "2026-11-29T10:00:00+01:00", Direction::In, Channel::Message);
        ids.push(id);
    }
    let p = w.plan(NOW);
    assert_eq!(p.nudges.len(), 7);
    let today: Vec<_> = p
        .nudges
        .iter()
        .filter(|n| n.due.date_naive() == date("2026-12-01"))
        .collect();
    assert_eq!(today.len(), 5);
    // All three replies made today's cut; two check-ins moved to Wednesday 09:00.
    assert_eq!(today.iter().filter(|n| n.kind == NudgeKind::Reply).count(), 3);
    let tomorrow: Vec<_> = p
        .nudges
        .iter()
        .filter(|n| n.due == utc("2026-12-02T09:00:00+01:00"))
        .collect();
    assert_eq!(tomorrow.len(), 2);
    assert!(
        tomorrow[0]
            .reason
            .contains("Moved on: 5 nudges already fall on Tuesday 1 Dec"),
        "{}",
        tomorrow[0].reason
    );
}

#[test]
fn rule10_delivered_today_counts_toward_the_cap_and_stays_open() {
    let mut w = World::new(&[("TEND_RULES__DAILY_CAP", "1")]);
    let a = w.add("Ada One", "2026-01-01T00:00:00Z");
    w.row(a).cadence = Some(Cadence::None);
    w.log(a, "2026-11-29T10:00:00+01:00", Direction::In, Channel::Message);
    let b = w.add("Ben Two", "2026-01-01T00:00:00Z");
    w.row(b).cadence = Some(Cadence::None);
    w.log(b, "2026-11-29T10:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    let first = p.nudges[0].clone();
    w.record(&first, NudgeState::Delivered, NOW, None);
    let p = w.plan("2026-12-01T12:00:00+01:00");
    let again = only(&p, first.contact_id);
    assert_eq!((again.state, again.due), (OpenState::Delivered, first.due));
    let other = p
        .nudges
        .iter()
        .find(|n| n.contact_id != first.contact_id)
        .map(|n| n.due);
    assert_eq!(other, Some(utc("2026-12-02T09:00:00+01:00")));
}

#[test]
fn rule12_a_delivered_reply_stays_open_until_acted_upon() {
    let mut w = World::new(&[]);
    let a = w.add("Ada One", "2026-01-01T00:00:00Z");
    w.row(a).cadence = Some(Cadence::None);
    w.log(a, "2026-11-29T10:00:00+01:00", Direction::In, Channel::Message);
    let n = only(&w.plan(NOW), a).clone();
    w.record(&n, NudgeState::Delivered, NOW, None);
    // Two months on, past the reply window, it is still open and delivered.
    let later = w.plan("2027-02-01T10:00:00+01:00");
    let open = only(&later, a);
    assert_eq!((open.key, open.state, open.due), (n.key, OpenState::Delivered, n.due));
    // Answering makes it moot.
    w.log(a, "2027-02-01T11:00:00+01:00", Direction::Out, Channel::Message);
    assert!(w.plan("2027-02-01T12:00:00+01:00").for_contact(a).is_none());
}

#[test]
fn rule10_reply_pushed_past_its_window_is_dropped() {
    let mut w = World::new(&[("TEND_RULES__DAILY_CAP", "1"), ("TEND_RULES__REPLY_WINDOW", "2d")]);
    for i in 0..3 {
        let id = w.add(&format!("Busy {i}"), "2026-01-01T00:00:00Z");
        w.row(id).cadence = Some(Cadence::None);
        w.log(id, "2026-11-30T10:00:00+01:00", Direction::In, Channel::Message);
    }
    let p = w.plan(NOW);
    // Tue and (the window closes Wed 10:00) Wed 09:00 fit; the third would land Thursday.
    assert_eq!(p.nudges.len(), 2);
    let dropped: Vec<_> = p.why_none.values().collect();
    assert_eq!(dropped.len(), 1);
    assert!(
        dropped[0].to_string() == "reply dropped: the daily cap was full until its window closed on 2 Dec 2026",
        "{}",
        dropped[0]
    );
}

#[test]
fn rule11_pause_skip_and_snooze() {
    let mut w = World::new(&[]);
    let p1 = w.add("Pat Paused", "2026-01-01T00:00:00Z");
    w.row(p1).status = Status::Paused;
    w.row(p1).paused_until = Some(date("2026-12-10"));
    w.row(p1).cadence = Some(Cadence::None);
    w.log(p1, "2026-11-30T10:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    assert_eq!(
        only(&p, p1).due,
        utc("2026-12-10T09:00:00+01:00"),
        "replies wait for the pause too"
    );
    w.row(p1).paused_until = Some(date("2027-01-10"));
    assert_eq!(
        w.plan(NOW).for_contact(p1),
        None,
        "past the reply window after the pause"
    );

    let s = w.add("Sam Skip", "2026-01-01T00:00:00Z");
    w.log(s, "2026-09-01T10:00:00+02:00", Direction::Both, Channel::Meeting);
    let n = only(&w.plan(NOW), s).clone();
    assert_eq!(n.kind, NudgeKind::CheckIn);
    w.record(&n, NudgeState::Skipped, NOW, None);
    let next = only(&w.plan(NOW), s).clone();
    // The skip counts as a touch: the next check-in is a cadence away.
    assert_eq!(next.due, utc("2027-01-12T10:00:00+01:00"));
    w.record(&next, NudgeState::Snoozed, NOW, Some("2027-02-01T12:00:00+01:00"));
    let snoozed = only(&w.plan(NOW), s).clone();
    assert_eq!(
        (snoozed.state, snoozed.due),
        (OpenState::Snoozed, utc("2027-02-01T12:00:00+01:00"))
    );
}

#[test]
fn archived_and_paused_indefinitely_get_nothing() {
    let mut w = World::new(&[]);
    let a = w.add("Arch Ived", "2026-01-01T00:00:00Z");
    w.row(a).status = Status::Archived;
    w.log(a, "2026-11-30T10:00:00+01:00", Direction::In, Channel::Message);
    let b = w.add("Paul Paused", "2026-01-01T00:00:00Z");
    w.row(b).status = Status::Paused;
    w.log(b, "2026-11-30T10:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    assert!(p.nudges.is_empty());
    assert_eq!(p.why_none.get(&b), Some(&WhyNone::Paused(None)));
}

/// Rule 1: no reply is owed to a closer; a thanks with a request still owes one.
#[test]
fn rule1_no_reply_owed_to_a_closer() {
    let mut w = World::new(&[]);
    let hannah = w.add("Hannah Stone", "2026-01-01T00:00:00Z");
    w.row(hannah).cadence = Some(Cadence::None);
    let at = "2026-11-30T09:00:00+01:00";
    w.log_text(
        hannah,
        at,
        Direction::In,
        Channel::Message,
        Some("Thanks so much, talk soon!"),
    );
    let p = w.plan(NOW);
    assert!(p.for_contact(hannah).is_none());
    assert_eq!(
        p.why_none.get(&hannah).map(ToString::to_string).as_deref(),
        Some("no reply needed: Hannah's message closed the conversation")
    );
    // With a cadence, the check-in comes, and show still says why no reply.
    w.row(hannah).cadence = Some(Cadence::Every(weeks(6)));
    let p = w.plan(NOW);
    assert_eq!(only(&p, hannah).kind, NudgeKind::CheckIn);
    assert_eq!(
        p.notes.get(&hannah).cloned().unwrap_or_default(),
        vec!["no reply needed: Hannah's message closed the conversation".to_string()]
    );
    // A thanks that carries a request owes a reply.
    w.log_text(
        hannah,
        "2026-11-30T09:05:00+01:00",
        Direction::In,
        Channel::Message,
        Some("Thanks! Could you send the deck?"),
    );
    assert_eq!(only(&w.plan(NOW), hannah).kind, NudgeKind::Reply);
    // `closers = false` turns the rule off.
    let mut w2 = World::new(&[("TEND_RULES__CLOSERS", "false")]);
    let id = w2.add("Hannah Stone", "2026-01-01T00:00:00Z");
    w2.log_text(
        id,
        at,
        Direction::In,
        Channel::Message,
        Some("Thanks so much, talk soon!"),
    );
    assert_eq!(only(&w2.plan(NOW), id).kind, NudgeKind::Reply);
}

fn weeks(n: u32) -> Duration {
    format!("{n}w").parse().unwrap_or_else(|e| panic!("{e}"))
}

/// Rule 10, when check-ins compete: the stronger relationship goes first,
/// and a check-in the cap would push past its next round is not planned,
/// with the figures in words instead of a date years ahead.
#[test]
fn rule10_competing_check_ins_go_by_strength_and_the_rest_wait_unplanned() {
    let mut w = World::new(&[("TEND_RULES__DAILY_CAP", "2")]);
    let now = utc(NOW);
    let mut ids = Vec::new();
    // Contact i talked i times (an exchange every 20 days, the last 30 days
    // ago, which the user answered: no reply is owed): the more, the stronger. Added weakest first, so that the order
    // of ids (the last tie-break) is the opposite of strength's.
    for i in 1..=14i64 {
        let id = w.add(&format!("Nia Number{i}"), "2025-01-01T00:00:00Z");
        w.row(id).cadence = Some(Cadence::Every(Duration::days(7)));
        for k in 0..i {
            let at = now - chrono::Duration::days(30 + 20 * k);
            w.log(id, &at.to_rfc3339(), Direction::Out, Channel::Message);
            w.log(
                id,
                &(at + chrono::Duration::hours(2)).to_rfc3339(),
                Direction::In,
                Channel::Message,
            );
        }
        let answer = now - chrono::Duration::days(30) + chrono::Duration::hours(3);
        w.log(id, &answer.to_rfc3339(), Direction::Out, Channel::Message);
        ids.push((i, id));
    }
    let p = w.plan(NOW);
    let strength_of = |id: ContactId| {
        let row = &w.contacts[(id - 1) as usize];
        let summary = crate::text::conversation::summary(w.interactions[&id].iter(), now);
        Bond::of(&summary, row.by_hand).strength(now)
    };
    // All overdue, from now: a week holds six working days with room (Tue 1
    // to Tue 8 Dec, before 10:00), so twelve are planned, two at a time, the
    // strongest first.
    let mut planned: Vec<(DateTime<Utc>, i64)> = ids
        .iter()
        .filter_map(|(i, id)| p.for_contact(*id).map(|n| (n.due, *i)))
        .collect();
    // Two share each slot: the stronger first within it.
    planned.sort_by_key(|(due, i)| (*due, std::cmp::Reverse(*i)));
    let order: Vec<i64> = planned.iter().map(|(_, i)| *i).collect();
    assert_eq!(order, (3..=14).rev().collect::<Vec<_>>());
    for pair in planned.chunks(2) {
        assert_eq!(
            local_date(pair[0].0, w.settings.user.timezone),
            local_date(pair[1].0, w.settings.user.timezone)
        );
    }
    assert!(planned.iter().all(|(due, _)| *due < utc("2026-12-08T10:00:00+01:00")));
    // The two weakest wait, unplanned, and show says why in words.
    let (_, weakest) = ids[0];
    let why = p.why_none.get(&weakest).map(ToString::to_string).unwrap_or_default();
    assert_eq!(
        why,
        format!(
            "not planned: 14 check-ins compete for 2 places a day; Nia ranks 14th by strength ({:.2}). \
             Raise Nia with `tend edit {weakest} --tag close` (a tag or cadence set by hand counts), \
             or give others a longer cadence",
            strength_of(weakest)
        )
    );
    let (_, second) = ids[1];
    assert!(
        p.why_none
            .get(&second)
            .is_some_and(|w| w.to_string().contains("ranks 13th"))
    );
    // A tag or cadence set by hand raises her: she is planned, someone else is not.
    w.row(weakest).by_hand = true;
    let p = w.plan(NOW);
    assert!(p.for_contact(weakest).is_some());
    assert!(matches!(p.why_none.get(&second), Some(WhyNone::NotPlanned(_))));
}

/// Rule 10 at saturation: 400 overdue check-ins at six weeks for five places
/// a day. The 155 strongest fill every working day of the round (Tuesday 1
/// December to Tuesday 12 January, before 10:00), five a day, stronger
/// before weaker; the other 245 wait, unplanned; an agenda's plan agrees.
#[test]
fn rule10_a_saturated_network_plans_one_round_by_strength() {
    let mut w = World::new(&[]);
    let now = utc(NOW);
    let mut ids = Vec::new();
    // Contact i last talked 50 + i days ago (answered, and answered back):
    // the lower i, the more recent, the stronger.
    for i in 0..400i64 {
        let id = w.add(&format!("Sat Urated{i}"), "2025-01-01T00:00:00Z");
        w.row(id).cadence = Some(Cadence::Every(weeks(6)));
        let at = now - chrono::Duration::days(50 + i);
        w.log(id, &at.to_rfc3339(), Direction::Out, Channel::Message);
        w.log(
            id,
            &(at + chrono::Duration::hours(2)).to_rfc3339(),
            Direction::In,
            Channel::Message,
        );
        w.log(
            id,
            &(at + chrono::Duration::hours(3)).to_rfc3339(),
            Direction::Out,
            Channel::Message,
        );
        ids.push(id);
    }
    let p = w.plan(NOW);
    let tz = w.settings.user.timezone;
    let days: Vec<Option<NaiveDate>> = ids
        .iter()
        .map(|id| p.for_contact(*id).map(|n| local_date(n.due, tz)))
        .collect();
    assert!(days[..155].iter().all(Option::is_some), "{days:?}");
    assert!(days[155..].iter().all(Option::is_none), "{days:?}");
    // Five a day, in order of strength.
    let planned: Vec<NaiveDate> = days.iter().flatten().copied().collect();
    assert!(planned.windows(2).all(|d| d[0] <= d[1]), "{planned:?}");
    for chunk in planned.chunks(5) {
        assert!(chunk.iter().all(|d| *d == chunk[0]), "{chunk:?}");
    }
    assert_eq!(planned.first().copied(), Some(date("2026-12-01")));
    assert_eq!(planned.last().copied(), Some(date("2027-01-12")));
    let why = p.why_none.get(&ids[155]).map(WhyNone::brief);
    assert_eq!(
        why.as_deref(),
        Some("not planned: ranks 156th of 400 check-ins by strength")
    );
    // An agenda's plan for a week shows the same.
    let mut contacts = w.contacts.clone();
    for c in &mut contacts {
        if let Some(list) = w.interactions.get(&c.id) {
            c.summary = crate::text::conversation::summary(list.iter(), now);
        }
    }
    let facts = Facts {
        contacts: &contacts,
        events: &w.events,
        records: &w.records,
    };
    let horizon = now + chrono::Duration::days(7);
    let week = |plan: &Plan| -> Vec<(ContactId, DateTime<Utc>)> {
        plan.nudges
            .iter()
            .filter(|n| n.due < horizon)
            .map(|n| (n.contact_id, n.due))
            .collect()
    };
    let bounded = plan_until(&facts, &w.settings, now, Some(horizon));
    assert_eq!(week(&bounded), week(&p));
    // Tuesday to Tuesday morning: six working days.
    assert_eq!(week(&p).len(), 30);
}

/// Rule 10: five check-ins due on Sunday do not push a London reply owed
/// since Wednesday off Monday: each day's places go by priority first.
#[test]
fn rule10_days_fill_by_priority_then_due_time() {
    let mut w = World::new(&[]);
    let mut check_ins = Vec::new();
    for i in 0..5 {
        let id = w.add(&format!("Check {i}"), "2026-01-01T00:00:00Z");
        w.row(id).cadence = Some(Cadence::Every(weeks(6)));
        // Due Sunday 29 Nov, 6 weeks after Sunday 18 Oct.
        w.log(id, "2026-10-18T12:00:00+02:00", Direction::Both, Channel::Call);
        check_ins.push(id);
    }
    let sara = w.add("Sara Hill", "2026-01-01T00:00:00Z");
    w.row(sara).timezone = "Europe/London".parse().ok();
    w.log(sara, "2026-11-25T12:00:00+01:00", Direction::In, Channel::Message);
    // Monday 30 Nov, 07:00 in Paris.
    let p = w.plan("2026-11-30T07:00:00+01:00");
    let reply = only(&p, sara);
    assert_eq!(reply.kind, NudgeKind::Reply);
    // 10:00 Paris is 09:00 in London, when both windows are open.
    assert_eq!(reply.due, utc("2026-11-30T10:00:00+01:00"));
    let monday: Vec<_> = check_ins
        .iter()
        .filter(|id| only(&p, **id).due < utc("2026-12-01T00:00:00+01:00"))
        .collect();
    assert_eq!(monday.len(), 4, "four check-ins beside the reply on Monday");
    let moved = check_ins
        .iter()
        .map(|id| only(&p, *id))
        .find(|n| n.due >= utc("2026-12-01T00:00:00+01:00"))
        .unwrap_or_else(|| panic!("one check-in moves on"));
    assert_eq!(moved.due, utc("2026-12-01T09:00:00+01:00"));
    assert!(
        moved
            .reason
            .ends_with("Moved on: 5 nudges already fall on Monday 30 Nov."),
        "{}",
        moved.reason
    );
}

/// Rule 10: nudges done or skipped from the command line today count
/// toward today's cap, like deliveries.
#[test]
fn rule10_five_done_today_fill_the_day() {
    let mut w = World::new(&[]);
    let mut first = Vec::new();
    for i in 0..5 {
        let id = w.add(&format!("Done {i}"), "2026-01-01T00:00:00Z");
        w.log(id, "2026-11-30T09:00:00+01:00", Direction::In, Channel::Message);
        first.push(id);
    }
    let p = w.plan(NOW);
    for id in &first {
        let n = only(&p, *id).clone();
        assert_eq!(n.due, utc(NOW));
        // `tend done`: a record with no delivery, acted upon now.
        w.record(&n, NudgeState::Done, NOW, None);
        w.log(*id, NOW, Direction::Out, Channel::Message);
    }
    let late = w.add("Late Comer", "2026-01-01T00:00:00Z");
    w.log(late, "2026-11-30T09:30:00+01:00", Direction::In, Channel::Message);
    let p = w.plan("2026-12-01T10:05:00+01:00");
    let n = only(&p, late);
    assert_eq!(n.due, utc("2026-12-02T09:00:00+01:00"));
    assert!(
        n.reason.contains("Moved on: 5 nudges already fall on Tuesday 1 Dec."),
        "{}",
        n.reason
    );
}

/// Rule 10: a first follow-up the cap keeps away until its window closes is
/// dropped, and `show` hears why even when a check-in takes its place.
#[test]
fn rule10_a_dropped_first_follow_up_says_so() {
    let mut w = World::new(&[
        ("TEND_RULES__DAILY_CAP", "1"),
        ("TEND_RULES__FIRST_FOLLOW_UP_WINDOW", "3d"),
    ]);
    // Two replies fill Tuesday and Wednesday.
    for i in 0..2 {
        let id = w.add(&format!("Writer {i}"), "2026-01-01T00:00:00Z");
        w.log(id, "2026-11-30T09:00:00+01:00", Direction::In, Channel::Message);
    }
    let new = w.add("Nell Newman", "2026-11-28T00:00:00Z");
    w.row(new).connected_on = Some(date("2026-11-29"));
    let p = w.plan(NOW);
    // Connected Sunday 29 Nov: offered until Wednesday 2 Dec 00:00, the
    // cap's next free day is Thursday 3 Dec.
    let n = only(&p, new);
    assert_eq!(n.kind, NudgeKind::CheckIn);
    let notes = p.notes.get(&new).cloned().unwrap_or_default();
    assert_eq!(
        notes,
        vec!["first follow up dropped: the daily cap was full until its window closed on 2 Dec 2026".to_string()]
    );
}

/// Rule 11: skipping a check-in six weeks early skips that round; the next
/// one is a cadence after the skipped one's due time, and says so.
#[test]
fn rule11_early_skip_skips_the_round() {
    let mut w = World::new(&[]);
    let id = w.add("Erin Early", "2026-01-01T00:00:00Z");
    w.row(id).cadence = Some(Cadence::Every(weeks(6)));
    w.log(id, "2026-12-01T10:00:00+01:00", Direction::Both, Channel::Call);
    let p = w.plan(NOW);
    let first = only(&p, id).clone();
    // Due Tuesday 12 Jan 2027, 10:00.
    assert_eq!(first.due, utc("2027-01-12T10:00:00+01:00"));
    // Skipped in the same second as the last touch.
    w.record(&first, NudgeState::Skipped, NOW, None);
    let p = w.plan(NOW);
    let next = only(&p, id);
    assert_eq!(next.kind, NudgeKind::CheckIn);
    assert_eq!(next.due, utc("2027-02-23T10:00:00+01:00"));
    assert!(
        next.reason
            .starts_with("You skipped the last check-in on 12 Jan 2027; your cadence with Erin is 6 weeks."),
        "{}",
        next.reason
    );
}

/// Rule 11: a snooze moves a nudge not yet due to D after its due time.
#[test]
fn rule11_early_snooze_moves_the_nudge() {
    let mut w = World::new(&[]);
    let id = w.add("Sam Snooze", "2026-01-01T00:00:00Z");
    w.row(id).cadence = Some(Cadence::Every(weeks(6)));
    w.log(id, "2026-12-01T10:00:00+01:00", Direction::Both, Channel::Call);
    let first = only(&w.plan(NOW), id).clone();
    // What `tend snooze 1w` stores: a week after the later of now and the due time.
    let until = weeks(1).after(first.due.max(utc(NOW)), w.settings.user.timezone);
    w.record(&first, NudgeState::Snoozed, NOW, Some(&until.to_rfc3339()));
    let p = w.plan(NOW);
    let n = only(&p, id);
    assert_eq!(n.due, utc("2027-01-19T10:00:00+01:00"));
    assert_eq!(n.state, OpenState::Snoozed);
}

/// Rule 7: no yearly celebration or achievement in the care period; a new
/// job is still offered.
#[test]
fn rule7_no_celebration_in_the_care_period() {
    let mut w = World::new(&[]);
    let olivia = w.add("Olivia Grant", "2026-01-01T00:00:00Z");
    w.row(olivia).cadence = Some(Cadence::None);
    w.event(olivia, EventKind::NewJob, "2023-12-02", "2023-12-02T12:00:00+01:00");
    w.event(
        olivia,
        EventKind::Bereavement,
        "2026-10-20",
        "2026-10-21T12:00:00+02:00",
    );
    w.log(olivia, "2026-11-25T12:00:00+01:00", Direction::Out, Channel::Message);
    // The 3-year work anniversary on Wednesday 2 Dec falls in the care period.
    let p = w.plan(NOW);
    assert!(p.for_contact(olivia).is_none(), "{:?}", p.for_contact(olivia));
    // After the care period (18 Jan 2027), the next year's comes.
    let p = w.plan("2027-12-01T10:00:00+01:00");
    assert!(matches!(
        only(&p, olivia).trigger,
        Trigger::Milestone { years: Some(4), .. }
    ));
    // A new job during the care period is good news and is offered.
    w.event(olivia, EventKind::NewJob, "2026-11-30", "2026-11-30T12:00:00+01:00");
    let p = w.plan(NOW);
    let n = only(&p, olivia);
    assert!(matches!(
        n.trigger,
        Trigger::Milestone {
            kind: EventKind::NewJob,
            years: None,
            ..
        }
    ));
    assert_eq!(n.reason, "Olivia started a new job yesterday.");
}

/// Rule 13: a meeting planned in the future holds the check-in and the
/// first follow-up until it has happened.
#[test]
fn rule13_a_planned_meeting_holds_check_ins() {
    let mut w = World::new(&[]);
    let id = w.add("Pia Planned", "2026-11-27T00:00:00Z");
    w.row(id).connected_on = Some(date("2026-11-28"));
    w.row(id).cadence = Some(Cadence::Every(weeks(2)));
    w.log(id, "2026-12-10T14:00:00+01:00", Direction::Both, Channel::Meeting);
    let p = w.plan(NOW);
    let n = only(&p, id);
    assert_eq!(n.kind, NudgeKind::CheckIn);
    assert_eq!(n.due, utc("2026-12-24T14:00:00+01:00"));
    assert!(
        n.reason
            .starts_with("You meet on 10 Dec; your cadence with Pia is 2 weeks."),
        "{}",
        n.reason
    );
}

/// Rule 13: a meeting still to come answers nothing: the reply owed stays
/// owed until the meeting has happened, and then it is moot.
#[test]
fn rule13_a_planned_meeting_is_no_reply_until_it_happens() {
    let mut w = World::new(&[]);
    let id = w.add("Rita Reply", "2026-01-01T00:00:00Z");
    w.row(id).cadence = Some(Cadence::Every(weeks(6)));
    w.log(id, "2026-11-29T10:00:00+01:00", Direction::In, Channel::Message);
    w.log(id, "2026-12-03T15:00:00+01:00", Direction::Both, Channel::Meeting);
    let before = w.plan(NOW);
    let n = only(&before, id);
    assert_eq!(n.kind, NudgeKind::Reply);
    assert_eq!(n.reason, "Rita wrote to you on Sunday and you have not answered.");
    // The meeting has happened: a touch after her message, and the check-in
    // counts from it.
    let after = w.plan("2026-12-03T16:00:00+01:00");
    let n = only(&after, id);
    assert_eq!(n.kind, NudgeKind::CheckIn);
    assert_eq!(n.due, utc("2027-01-14T15:00:00+01:00"));
    assert!(
        n.reason.starts_with("You were last in touch 0 days ago")
            || n.reason.starts_with("You were last in touch today"),
        "{}",
        n.reason
    );
}

/// Rule 13 with rule 4: two unanswered messages, then a meeting to come.
/// The check-in is not doubled twice over from the meeting: the meeting
/// will answer them.
#[test]
fn rule13_a_planned_meeting_is_not_waiting_on_them() {
    let mut w = World::new(&[]);
    let id = w.add("Ugo Unanswered", "2026-01-01T00:00:00Z");
    w.row(id).cadence = Some(Cadence::Every(weeks(2)));
    w.log(id, "2026-10-01T10:00:00+02:00", Direction::Out, Channel::Message);
    w.log(id, "2026-10-20T10:00:00+02:00", Direction::Out, Channel::Message);
    w.log(id, "2026-12-10T14:00:00+01:00", Direction::Both, Channel::Meeting);
    let p = w.plan(NOW);
    let n = only(&p, id);
    assert_eq!(n.kind, NudgeKind::CheckIn);
    assert_eq!(n.due, utc("2026-12-24T14:00:00+01:00"));
}

/// A reply owed and a milestone: the reply is the open nudge, and the
/// milestone is named beside it.
#[test]
fn a_reply_comes_before_a_milestone_and_show_names_it() {
    let mut w = World::new(&[]);
    let id = w.add("Dr. Hannah Berg", "2026-01-01T00:00:00Z");
    w.event(id, EventKind::NewJob, "2026-11-28", "2026-11-28T12:00:00+01:00");
    w.log(id, "2026-11-30T16:00:00+01:00", Direction::In, Channel::Message);
    let p = w.plan(NOW);
    let n = only(&p, id);
    assert_eq!(n.kind, NudgeKind::Reply);
    assert_eq!(n.reason, "Hannah wrote to you yesterday and you have not answered.");
    assert_eq!(
        p.notes.get(&id).cloned().unwrap_or_default(),
        vec!["also due after this reply: milestone — Hannah started a new job on Saturday.".to_string()]
    );
}

/// Reasons write a past anniversary in the past tense.
#[test]
fn reasons_put_past_dates_in_the_past_tense() {
    let mut w = World::new(&[]);
    let id = w.add("Mia Past", "2026-01-01T00:00:00Z");
    w.event(id, EventKind::NewJob, "2024-11-24", "2024-11-24T12:00:00+01:00");
    let p = w.plan(NOW);
    assert_eq!(only(&p, id).reason, "Mia's 2-year work anniversary was on 24 Nov.");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const ZONES: &[&str] = &[
        "Europe/Paris",
        "America/New_York",
        "Asia/Tokyo",
        "Pacific/Auckland",
        "Europe/London",
    ];
    const KINDS: &[EventKind] = &[
        EventKind::NewJob,
        EventKind::Promotion,
        EventKind::Post,
        EventKind::Layoff,
        EventKind::Busy,
        EventKind::Birthday,
        EventKind::Achievement,
        EventKind::Bereavement,
    ];

    #[derive(Debug, Clone)]
    struct Spec {
        zone: Option<usize>,
        cadence_days: Option<u32>,
        connected_days_ago: Option<i64>,
        history: Vec<(i64, u8, u8)>,
        events: Vec<(i64, usize)>,
    }

    fn spec() -> impl Strategy<Value = Spec> {
        (
            proptest::option::of(0..ZONES.len()),
            proptest::option::of(7u32..120),
            proptest::option::of(0i64..400),
            proptest::collection::vec((0i64..200 * 24, 0u8..3, 0u8..8), 0..8),
            proptest::collection::vec((-20i64..60, 0..KINDS.len()), 0..3),
        )
            .prop_map(|(zone, cadence_days, connected_days_ago, history, events)| Spec {
                zone,
                cadence_days,
                connected_days_ago,
                history,
                events,
            })
    }

    /// The world's planning rows with their summaries at `now`.
    fn summarised(w: &World, now: DateTime<Utc>) -> Vec<PlanRow> {
        let mut contacts = w.contacts.clone();
        for c in &mut contacts {
            if let Some(list) = w.interactions.get(&c.id) {
                c.summary = crate::text::conversation::summary(list.iter(), now);
                // Every kind of waiting plan, so that the invariants hold
                // for replies due at once and replies rule 14 leaves alone.
                if c.summary.pending_inbound.is_some() {
                    c.summary.pending_plan = [PendingPlan::None, PendingPlan::Plan, PendingPlan::Today]
                        [usize::try_from(c.id.rem_euclid(3)).unwrap_or(0)];
                }
            }
        }
        contacts
    }

    /// Whole plans of `contacts`: explaining everyone with overdue check-ins
    /// in groups, the same with each taking its own turn, and explaining no one.
    fn three_plans(w: &World, contacts: &[PlanRow], now: DateTime<Utc>) -> (Plan, Plan, Plan) {
        let planned = |own_turns: bool, nobody: bool| {
            let mut planning = Planning::new(&w.events, &w.records, &w.settings, now, None);
            planning.own_turns = own_turns;
            if nobody {
                planning.explain_nobody();
            }
            planning.add(std::borrow::Cow::Borrowed(contacts));
            planning.finish()
        };
        (planned(false, false), planned(true, false), planned(false, true))
    }

    fn build(specs: &[Spec], now: DateTime<Utc>, cap: u32) -> World {
        let cap = cap.to_string();
        let mut w = World::new(&[
            ("TEND_RULES__DAILY_CAP", cap.as_str()),
            ("TEND_RULES__BIRTHDAYS", "true"),
        ]);
        for (i, s) in specs.iter().enumerate() {
            let id = w.add(&format!("Person {i}"), "2025-01-01T00:00:00Z");
            let row = w.row(id);
            row.timezone = s.zone.and_then(|z| ZONES[z].parse().ok());
            row.cadence = Some(
                s.cadence_days
                    .map_or(Cadence::None, |d| Cadence::Every(Duration::days(d))),
            );
            row.connected_on = s
                .connected_days_ago
                .map(|d| (now - chrono::Duration::days(d)).date_naive());
            for (hours_ago, dir, ch) in &s.history {
                let at = (now - chrono::Duration::hours(*hours_ago)).to_rfc3339();
                let dir = [Direction::Out, Direction::In, Direction::Both][*dir as usize];
                let ch = Channel::ALL[*ch as usize];
                w.log(id, &at, dir, ch);
            }
            for (days_ago, k) in &s.events {
                let on = (now - chrono::Duration::days(*days_ago)).date_naive().to_string();
                let at = (now - chrono::Duration::days((*days_ago).max(0))).to_rfc3339();
                w.event(id, KINDS[*k], &on, &at);
            }
        }
        w
    }

    /// Rule 3: a contact whose every message so far was a pitch gets no
    /// check-in of their cadence, unless the user set it by hand; with one
    /// message that is not a pitch, or a call or meeting, the plan is the
    /// one without rule 3's part.
    /// A contact's cadence in days, whether it was set by hand, and their
    /// history: (hours ago, 0 a pitch in, 1 news in, 2 a message out, 3 a meeting).
    type Person = (u32, bool, Vec<(i64, u8)>);

    fn pitch_world(people: &[Person], now: DateTime<Utc>) -> World {
        // No cap: a contact left without a check-in frees no place for another.
        let mut w = World::new(&[("TEND_RULES__DAILY_CAP", "1000")]);
        for (i, (cadence_days, by_hand, history)) in people.iter().enumerate() {
            let id = w.add(&format!("Person {i}"), "2025-01-01T00:00:00Z");
            w.row(id).cadence = Some(Cadence::Every(Duration::days(*cadence_days)));
            w.row(id).cadence_by_hand = *by_hand;
            for (hours_ago, what) in history {
                let at = (now - chrono::Duration::hours(*hours_ago)).to_rfc3339();
                match what {
                    0 => w.log_text(id, &at, Direction::In, Channel::Message, Some(super::PITCH)),
                    1 => w.log_text(id, &at, Direction::In, Channel::Email, Some(super::NEWS)),
                    2 => w.log(id, &at, Direction::Out, Channel::Message),
                    _ => w.log(id, &at, Direction::Both, Channel::Meeting),
                };
            }
        }
        w
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        #[test]
        fn only_pitches_stop_check_ins_unless_set_by_hand(
            people in proptest::collection::vec(
                (7u32..120, any::<bool>(), proptest::collection::vec((24i64..400 * 24, 0u8..4), 0..5)),
                1..12,
            ),
            hour in 0i64..(24 * 14),
        ) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let w = pitch_world(&people, now);
            let p = w.plan(&now.to_rfc3339());
            // The same network where no message is read as a pitch.
            let mut plain = pitch_world(&people, now);
            for list in plain.interactions.values_mut() {
                for i in list.iter_mut().filter(|i| i.note.as_deref() == Some(super::PITCH)) {
                    i.note = Some(super::NEWS.to_string());
                }
            }
            let q = plain.plan(&now.to_rfc3339());
            for (i, (_, by_hand, history)) in people.iter().enumerate() {
                let id = i as i64 + 1;
                let responses: Vec<u8> = history.iter().map(|(_, what)| *what).filter(|what| *what != 2).collect();
                let only_pitches = !responses.is_empty() && responses.iter().all(|what| *what == 0);
                let key = |p: &Plan| p.for_contact(id).map(|n| (n.key, n.due));
                if only_pitches && !by_hand {
                    let n = p.for_contact(id);
                    prop_assert!(!n.is_some_and(|n| matches!(n.trigger, Trigger::Cadence { .. })), "{n:?}");
                } else {
                    prop_assert_eq!(key(&p), key(&q), "person {}", i);
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// An agenda's plan (with a horizon) holds exactly the nudges of the
        /// full plan that fall before the horizon, with the same reasons.
        #[test]
        fn a_horizon_plan_agrees_with_the_full_plan(specs in proptest::collection::vec(spec(), 1..60), hour in 0i64..(24 * 14), cap in 1u32..3, days in 1i64..10) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let w = build(&specs, now, cap);
            let contacts = summarised(&w, now);
            let facts = Facts { contacts: &contacts, events: &w.events, records: &w.records };
            let horizon = now + chrono::Duration::days(days);
            let shown = |p: &Plan| -> Vec<(NudgeKey, DateTime<Utc>, String)> {
                p.nudges.iter().filter(|n| n.due < horizon).map(|n| (n.key, n.due, n.reason.clone())).collect()
            };
            let full = plan(&facts, &w.settings, now);
            let bounded = plan_until(&facts, &w.settings, now, Some(horizon));
            prop_assert_eq!(shown(&bounded), shown(&full));
        }

        /// Overdue check-ins that start in a group of their slot (see
        /// `starts_grouped`) give the plan that each taking its own turn
        /// gives: the same nudges, reasons, notes and reasons for none, with
        /// a horizon or without, and with the cap pushing check-ins on.
        #[test]
        fn check_ins_grouped_from_the_start_plan_as_each_on_its_own(specs in proptest::collection::vec(spec(), 1..60), hour in 0i64..(24 * 14), cap in 1u32..3, days in proptest::option::of(1i64..10)) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let w = build(&specs, now, cap);
            let contacts = summarised(&w, now);
            let horizon = days.map(|d| now + chrono::Duration::days(d));
            let planned = |own_turns: bool| {
                let mut planning = Planning::new(&w.events, &w.records, &w.settings, now, horizon);
                planning.own_turns = own_turns;
                planning.explain(&[1, 2, 3]);
                planning.add(std::borrow::Cow::Borrowed(&contacts));
                planning.finish()
            };
            let (grouped, own) = (planned(false), planned(true));
            prop_assert_eq!(&grouped.nudges, &own.nudges);
            prop_assert_eq!(&grouped.why_none, &own.why_none);
            prop_assert_eq!(&grouped.notes, &own.notes);
        }

        /// Without a horizon, explaining everyone, the groups give every
        /// contact the reason for none that each check-in taking its own turn
        /// gives (a group whose rounds have all ended is dropped at once);
        /// and a plan that explains no one (what `tend list --json` asks)
        /// has the same nudges, with the same reasons, no notes, no "not
        /// planned" and every other reason for none.
        #[test]
        fn a_plan_explaining_nobody_has_the_nudges_of_the_whole_plan(specs in proptest::collection::vec(spec(), 1..60), hour in 0i64..(24 * 14), cap in 1u32..3) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let w = build(&specs, now, cap);
            let contacts = summarised(&w, now);
            let (everyone, own, nobody) = three_plans(&w, &contacts, now);
            prop_assert_eq!(&everyone.nudges, &own.nudges);
            prop_assert_eq!(&everyone.why_none, &own.why_none);
            prop_assert_eq!(&everyone.notes, &own.notes);
            prop_assert_eq!(&nobody.nudges, &everyone.nudges);
            prop_assert!(nobody.notes.is_empty(), "{:?}", nobody.notes);
            for (id, why) in &everyone.why_none {
                let expected = (!matches!(why, WhyNone::NotPlanned(_))).then_some(why);
                prop_assert_eq!(nobody.why_none.get(id), expected, "contact {}", id);
            }
            prop_assert_eq!(nobody.why_none.len(), everyone.why_none.values().filter(|w| !matches!(w, WhyNone::NotPlanned(_))).count());
        }

        /// A saturated network (issue 25's: every contact overdue at one
        /// cadence, far more check-ins than places in a round): the groups
        /// give the plan each check-in taking its own turn gives, "not
        /// planned" included, and a plan that explains no one its nudges.
        #[test]
        fn a_saturated_network_plans_as_each_check_in_on_its_own(people in 30usize..70, cadence_days in 7u32..11, zone in proptest::option::of(0..ZONES.len()), hour in 0i64..(24 * 14), cap in 1u32..3) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            // Of different strengths: a few messages each, all longer ago than a round.
            let overdue: Vec<Spec> = (0..people)
                .map(|i| Spec {
                    zone,
                    cadence_days: Some(cadence_days),
                    connected_days_ago: None,
                    history: (0..1 + i % 3).map(|k| (24 * (20 + ((i * 7 + k * 13) % 90) as i64), (k % 2) as u8, 0)).collect(),
                    events: Vec::new(),
                })
                .collect();
            let w = build(&overdue, now, cap);
            let contacts = summarised(&w, now);
            let (grouped, own, nobody) = three_plans(&w, &contacts, now);
            let not_planned = grouped.why_none.values().filter(|w| matches!(w, WhyNone::NotPlanned(_))).count();
            prop_assert!(not_planned > 0 && not_planned + grouped.nudges.len() == people, "{not_planned} not planned, {} nudges", grouped.nudges.len());
            prop_assert_eq!(&grouped.nudges, &own.nudges);
            prop_assert_eq!(&grouped.why_none, &own.why_none);
            prop_assert_eq!(&nobody.nudges, &grouped.nudges);
            prop_assert!(nobody.why_none.is_empty(), "{:?}", nobody.why_none);
            // Every contact competes: each not planned ranks after all those stronger.
            let keys: Vec<u32> = contacts.iter().map(|c| strength::sort_key(c.bond().strength(now))).collect();
            for (c, key) in contacts.iter().zip(&keys) {
                if let Some(WhyNone::NotPlanned(place)) = grouped.why_none.get(&c.id) {
                    prop_assert_eq!(place.competing, people);
                    prop_assert_eq!(place.rank, 1 + keys.iter().filter(|k| *k > key).count(), "contact {}", c.id);
                }
            }
        }

        /// A whole plan that explains one contact (what `tend show` asks)
        /// gives it the nudge, the notes and the reason for none that the
        /// plan explaining everyone gives it.
        #[test]
        fn a_whole_plan_explaining_one_contact_gives_it_what_the_plan_gives(specs in proptest::collection::vec(spec(), 1..60), hour in 0i64..(24 * 14), cap in 1u32..3) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let w = build(&specs, now, cap);
            let contacts = summarised(&w, now);
            let facts = Facts { contacts: &contacts, events: &w.events, records: &w.records };
            let everyone = plan(&facts, &w.settings, now);
            for c in &contacts {
                let mut planning = Planning::new(&w.events, &w.records, &w.settings, now, None);
                planning.explain(&[c.id]);
                planning.add(std::borrow::Cow::Borrowed(&contacts));
                let one = planning.finish();
                prop_assert_eq!(one.for_contact(c.id), everyone.for_contact(c.id), "contact {}", c.id);
                prop_assert_eq!(one.why_none.get(&c.id), everyone.why_none.get(&c.id), "contact {}", c.id);
                prop_assert_eq!(one.notes.get(&c.id), everyone.notes.get(&c.id), "contact {}", c.id);
            }
        }

        /// More check-ins only take more places: a check-in that finds no
        /// place in a plan of some of the contacts (with it, and with every
        /// contact that has a nudge of another kind, which may be promised
        /// places ahead) finds none in the whole plan, which is how `tend
        /// show` tells "not planned" from the strongest check-ins alone
        /// (`App::plan_behind`).
        #[test]
        fn a_check_in_without_a_place_among_some_has_none_among_all(specs in proptest::collection::vec(spec(), 1..60), hour in 0i64..(24 * 14), cap in 1u32..3, kept in proptest::collection::vec(proptest::bool::ANY, 60)) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let w = build(&specs, now, cap);
            let contacts = summarised(&w, now);
            let facts = Facts { contacts: &contacts, events: &w.events, records: &w.records };
            let everyone = plan(&facts, &w.settings, now);
            // Contacts whose only nudge is a check-in, which may be left out.
            let only_check_in: Vec<bool> = contacts
                .iter()
                .map(|r| {
                    let alone = [r.clone()];
                    let facts = Facts { contacts: &alone, events: &w.events, records: &w.records };
                    let p = plan(&facts, &w.settings, now);
                    p.for_contact(r.id).is_some_and(|n| n.kind == NudgeKind::CheckIn) && p.notes.get(&r.id).is_none_or(Vec::is_empty)
                })
                .collect();
            for c in &contacts {
                let some: Vec<PlanRow> = contacts
                    .iter()
                    .zip(kept.iter().cycle())
                    .zip(&only_check_in)
                    .filter(|((r, keep), only)| **keep || !**only || r.id == c.id)
                    .map(|(pair, _)| pair)
                    .map(|(r, _)| r.clone())
                    .collect();
                let mut planning = Planning::new(&w.events, &w.records, &w.settings, now, None);
                planning.explain(&[c.id]);
                planning.add(std::borrow::Cow::Owned(some));
                let part = planning.finish();
                if part.for_contact(c.id).is_none() && matches!(part.why_none.get(&c.id), Some(WhyNone::NotPlanned(_))) {
                    prop_assert_eq!(everyone.for_contact(c.id), None, "contact {}", c.id);
                    prop_assert!(matches!(everyone.why_none.get(&c.id), Some(WhyNone::NotPlanned(_))), "contact {}: {:?}", c.id, everyone.why_none.get(&c.id));
                    prop_assert_eq!(part.notes.get(&c.id), everyone.notes.get(&c.id), "contact {}", c.id);
                }
            }
        }

        #[test]
        fn invariants_hold(specs in proptest::collection::vec(spec(), 1..25), hour in 0i64..(24 * 14), cap in 1u32..6, off in proptest::collection::vec(0u64..40, 0..4)) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let mut w = build(&specs, now, cap);
            // Days off (public holidays, leave) shut the user's window.
            let days_off: Vec<crate::time::DayOff> = off
                .iter()
                .filter_map(|d| NaiveDate::from_ymd_opt(2026, 3, 20)?.checked_add_days(chrono::Days::new(*d)))
                .map(crate::time::DayOff::Once)
                .collect();
            w.settings.user.hours = w.settings.user.hours.clone().with_days_off(days_off.clone());
            let p = w.plan(&now.to_rfc3339());
            let tz = w.settings.user.timezone;
            let mut per_day: HashMap<NaiveDate, u32> = HashMap::default();
            let mut seen = std::collections::HashSet::new();
            for n in &p.nudges {
                // At most one open nudge per contact.
                prop_assert!(seen.insert(n.contact_id), "two nudges for {}", n.contact_id);
                // Nothing before now; always in the user's window; in the
                // contact's too unless the reason says the windows never meet.
                prop_assert!(n.due >= now, "{n:?}");
                prop_assert!(w.settings.user.hours.contains(n.due, tz), "outside user hours: {n:?}");
                let day = crate::time::local_date(n.due, tz);
                prop_assert!(!days_off.iter().any(|d| d.is(day)), "on a day off: {n:?}");
                let row = &w.contacts[(n.contact_id - 1) as usize];
                let ctz = row.timezone.unwrap_or(tz);
                if !n.reason.contains("do not meet soon") {
                    prop_assert!(w.settings.rules.recipient_hours.contains(n.due, ctz), "outside their hours: {n:?}");
                }
                // A reply to a plan for its own day is placed even on a full
                // day (rule 10): the others keep to the cap.
                if !(n.kind == NudgeKind::Reply && row.summary.pending_plan == PendingPlan::Today) {
                    *per_day.entry(local_date(n.due, tz)).or_default() += 1;
                }
                // No check-in or first follow-up while waiting on them.
                let u = row.summary.unanswered(|r| w.settings.rules.reply_window.after(r, tz));
                if u >= w.settings.rules.max_unanswered {
                    prop_assert!(matches!(n.kind, NudgeKind::Reply | NudgeKind::Milestone), "{n:?} while waiting");
                }
                // Nothing but replies during a sensitive hold or busy
                // deferral; a sensitive hold ends when they write (rule 7).
                if n.kind != NudgeKind::Reply {
                    for e in w.events.iter().filter(|e| e.contact_id == n.contact_id) {
                        let start = start_of_day(e.on, tz);
                        let length = match e.kind.group() {
                            EventGroup::Sensitive if row.summary.last_response.is_some_and(|r| r >= start) => continue,
                            EventGroup::Sensitive => w.settings.rules.sensitive_hold,
                            EventGroup::Busy => w.settings.rules.busy_defer,
                            _ => continue,
                        };
                        prop_assert!(!(start <= n.due && n.due < length.after(start, tz)), "{n:?} during hold {e:?}");
                    }
                }
            }
            for (day, count) in per_day {
                prop_assert!(count <= cap, "{count} nudges on {day}");
            }
            let r = &w.settings.rules;
            // Rule 7: no yearly celebration or achievement in a care period.
            for n in &p.nudges {
                let Trigger::Milestone { kind, years, .. } = &n.trigger else { continue };
                if !(matches!(kind, EventKind::Birthday | EventKind::Achievement) || years.is_some()) {
                    continue;
                }
                for e in w.events.iter().filter(|e| e.contact_id == n.contact_id && e.kind.group() == EventGroup::Sensitive) {
                    let start = start_of_day(e.on, tz);
                    prop_assert!(!(start <= n.due && n.due < r.care_period.after(start, tz)), "{n:?} in care after {e:?}");
                }
            }
            // Without the cap, rule 9 alone: no reply waits past the user's
            // next working day after U, the first instant of the user's
            // window at or after it may come; and it lies in both windows
            // whenever those share 30 minutes on U's day or that next day.
            let mut free = build(&specs, now, 1000);
            free.settings = w.settings.clone();
            free.settings.rules.daily_cap = 1000;
            let q = free.plan(&now.to_rfc3339());
            let hours = &w.settings.user.hours;
            for n in q.nudges.iter().filter(|n| n.kind == NudgeKind::Reply) {
                let Trigger::Inbound { at, .. } = n.trigger else { continue };
                let mut u = rules::rule_01_due(&w.settings, at).max(now);
                while !hours.contains(u, tz) {
                    u += chrono::Duration::minutes(1);
                }
                let mut next_working = local_date(u, tz);
                loop {
                    next_working = next_working.succ_opt().unwrap_or(next_working);
                    // A day off is no working day (`[user] days_off`).
                    if hours.opens_on_date(next_working) {
                        break;
                    }
                }
                let bound = start_of_day(next_working.succ_opt().unwrap_or(next_working), tz);
                prop_assert!(n.due < bound, "{n:?} waits past {bound}");
            }
            // Rule 10, when check-ins compete: no cadence check-in is slotted
            // a whole round (cadence × 2^u) after its slot without the cap;
            // and no check-in holds a day that a stronger one could have
            // taken (its slot without the cap came on or before it, its
            // windows from that day's start fall on it, and its round ends
            // after it) while the stronger one waits, later or unplanned.
            // (Contacts with events are left out: a hold may keep the
            // stronger one off that day.)
            let strength = |id: ContactId| {
                let row = &w.contacts[(id - 1) as usize];
                let summary = w.interactions.get(&id).map_or_else(Summary::default, |l| crate::text::conversation::summary(l.iter(), now));
                strength::sort_key(Bond::of(&summary, row.by_hand).strength(now))
            };
            // The end of a check-in's round, from its slot without the cap.
            let round_end = |free: &Nudge| {
                let row = &w.contacts[(free.contact_id - 1) as usize];
                let Some(Cadence::Every(every)) = row.cadence else { return None };
                let summary = crate::text::conversation::summary(w.interactions.get(&free.contact_id).into_iter().flatten(), now);
                let u = rules::rule_04_unanswered_of(&summary, &w.settings);
                every.checked_scaled_after(free.due, tz, 1 << u.min(16))
            };
            let cadence_check_in = |n: &Nudge| n.kind == NudgeKind::CheckIn && n.care.is_none() && n.state == crate::model::OpenState::Pending;
            let no_events = |id: ContactId| !w.events.iter().any(|e| e.contact_id == id);
            for n in p.nudges.iter().filter(|n| cadence_check_in(n)) {
                let Some(free_n) = q.for_contact(n.contact_id).filter(|f| f.key == n.key) else { continue };
                if let Some(end) = round_end(free_n) {
                    prop_assert!(n.due < end, "{n:?} slotted past its round ({end})");
                }
            }
            let r = &w.settings.rules;
            let mut windows = slots::Windows::new(&w.settings.user.hours, tz, &r.recipient_hours, r.overlap_wait);
            for b in p.nudges.iter().filter(|n| cadence_check_in(n) && no_events(n.contact_id)) {
                let day_b = local_date(b.due, tz);
                let after_b = start_of_day(day_b.succ_opt().unwrap_or(day_b), tz);
                for free_a in q.nudges.iter().filter(|f| cadence_check_in(f) && no_events(f.contact_id)) {
                    let a = free_a.contact_id;
                    let zone_a = w.contacts[(a - 1) as usize].timezone.unwrap_or(tz);
                    let from = start_of_day(day_b, tz).max(free_a.due);
                    let could = a != b.contact_id
                        && strength(a) > strength(b.contact_id)
                        && local_date(free_a.due, tz) <= day_b
                        && local_date(windows.slot(from, zone_a).at, tz) == day_b
                        && round_end(free_a).is_some_and(|end| end > after_b);
                    if !could {
                        continue;
                    }
                    let day_a = match p.for_contact(a) {
                        Some(c) if c.key == free_a.key => Some(local_date(c.due, tz)),
                        Some(_) => continue,
                        None if matches!(p.why_none.get(&a), Some(WhyNone::NotPlanned(_))) => None,
                        None => continue,
                    };
                    prop_assert!(day_a.is_some_and(|d| d <= day_b), "{b:?} holds {day_b} while stronger {a} waits ({day_a:?})");
                }
            }
            // Rule 10: no check-in holds a place on a day a reply could have
            // gone (its slot without the cap) while that reply waits.
            for n in q.nudges.iter().filter(|n| n.kind == NudgeKind::Reply) {
                let Some(capped) = p.for_contact(n.contact_id) else { continue };
                let could = local_date(n.due, tz);
                if capped.kind != NudgeKind::Reply || local_date(capped.due, tz) == could {
                    continue;
                }
                for c in p.nudges.iter().filter(|c| c.kind == NudgeKind::CheckIn) {
                    prop_assert!(local_date(c.due, tz) != could, "{c:?} holds {could} while {capped:?} waits");
                }
            }
            // Deterministic.
            let again = w.plan(&now.to_rfc3339());
            prop_assert_eq!(&p.nudges, &again.nudges);
        }
    }

    #[test]
    fn slots_keep_local_wall_time_over_dst_weeks() {
        // A check-in planned from the week before each change lands at 09:00 local.
        for now in ["2026-03-25T08:00:00Z", "2026-10-21T08:00:00Z"] {
            let mut w = World::new(&[]);
            let id = w.add("Dee Ess", "2025-01-01T00:00:00Z");
            w.row(id).cadence = Some(Cadence::Every(Duration::days(7)));
            w.log(
                id,
                &(utc(now) - chrono::Duration::days(1)).to_rfc3339(),
                Direction::Both,
                Channel::Call,
            );
            let p = w.plan(now);
            let local = only(&p, id).due.with_timezone(&w.settings.user.timezone);
            assert!(local.hour() >= 9 && local.hour() < 18, "{local}");
            assert!(local.weekday().num_days_from_monday() < 5, "{local}");
        }
    }

    proptest! {
        /// Rule 8 with an end: whatever else a contact has, no check-in,
        /// first follow-up or milestone falls from the day of a busy event
        /// with an end until that end; replies still come.
        #[test]
        fn nothing_but_replies_while_they_are_away(specs in proptest::collection::vec(spec(), 1..20), hour in 0i64..(24 * 14), spans in proptest::collection::vec((-40i64..60, 1i64..120), 1..20)) {
            let now = utc("2026-03-20T00:00:00Z") + chrono::Duration::hours(hour);
            let mut w = build(&specs, now, 5);
            for (i, (starts_in, days)) in spans.iter().enumerate().take(specs.len()) {
                let on = (now + chrono::Duration::days(*starts_in)).date_naive();
                let id = i64::try_from(i).unwrap_or_default() + 1;
                let eid = w.event(id, EventKind::Busy, &on.to_string(), &now.to_rfc3339());
                if let Some(e) = w.events.iter_mut().find(|e| e.id == eid) {
                    e.until = on.checked_add_days(chrono::Days::new(u64::try_from(*days).unwrap_or(0)));
                }
            }
            let p = w.plan(&now.to_rfc3339());
            let tz = w.settings.user.timezone;
            for n in p.nudges.iter().filter(|n| n.kind != NudgeKind::Reply) {
                for e in w.events.iter().filter(|e| e.contact_id == n.contact_id) {
                    let Some(until) = e.until else { continue };
                    let (start, end) = (start_of_day(e.on, tz), start_of_day(until, tz));
                    prop_assert!(!(start <= n.due && n.due < end), "{n:?} while away {e:?}");
                }
            }
        }
    }
}

#[test]
fn rule14_moves_a_nudge_later_in_its_day_to_their_usual_hour_within_the_windows() {
    let mut w = World::new(&[]);
    let sara = w.add("Sara Lee", "2026-01-01T00:00:00Z");
    w.row(sara).cadence = Some(Cadence::None);
    w.row(sara).timezone = Some(chrono_tz::Europe::London);
    w.log(sara, "2026-12-01T09:30:00+01:00", Direction::In, Channel::Message);
    // Due Wednesday 09:30 in Paris, 08:30 in London: her window opens at 09:00 London.
    let base = only(&w.plan(NOW), sara).clone();
    assert_eq!(base.due, utc("2026-12-02T10:00:00+01:00"));
    w.row(sara).usual_hour = Some(15);
    let n = only(&w.plan(NOW), sara).clone();
    assert_eq!(n.due, utc("2026-12-02T15:00:00+00:00"));
    assert_eq!(
        n.reason,
        "Sara wrote to you today and you have not answered. Moved to 15:00 in London, when Sara usually writes."
    );
    // Never earlier, never out of her window (17:00 is its end), never another day.
    for hour in [8, 9, 17, 23] {
        w.row(sara).usual_hour = Some(hour);
        assert_eq!(only(&w.plan(NOW), sara).due, base.due, "hour {hour}");
    }
    // And off with `learned_hours = false`.
    w.row(sara).usual_hour = Some(15);
    w.settings.rules.learned_hours = false;
    assert_eq!(only(&w.plan(NOW), sara), &base);
}

/// A reason of rule 10 calls them as every reason does: their stored
/// greeting name, else the one their full name gives.
#[test]
fn a_not_planned_reason_greets_as_other_reasons_do() {
    let mut row = PlanRow::new(1, "Dr. Nia Okafor".into(), utc(NOW));
    for greet in [None, Some("  "), Some("Nini")] {
        row.greet = greet.map(str::to_string);
        let (called, greet_stored) = called(&row);
        let c = Competition {
            competing: 9_148,
            cap: 5,
            rank: 6_210,
            strength: 0.12,
            called,
            greet_stored,
            id: 1,
        };
        assert_eq!(c.greeting(), reasons::greeting(&row), "{greet:?}");
    }
}
