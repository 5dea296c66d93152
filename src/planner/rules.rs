//! The rules of rules.md that propose nudges, one function per rule, named
//! after it (`rule_01_reply_owed` is rule 1). Rules 9 (sending windows) and
//! 10 (daily cap) place what these propose: see `slots.rs` and
//! `super::rule_10_fill_days`. Reasons are written in `reasons.rs`.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::{Ctx, WhyNone};
use crate::config::Settings;
use crate::facts::{NudgeRecord, PlanRow};
use crate::model::{
    Cadence, CareNote, Event, EventGroup, EventKind, KeyPart, NudgeKind, NudgeState, OpenState, PendingPlan,
    ReplyAfter, Status, Trigger,
};
use crate::time::{Duration, local_date, resolve_local, start_of_day};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HoldKind {
    Pause,
    Sensitive,
    Busy,
    /// Rule 8: a busy event with an end: they are away until `until` (up
    /// to but not including it), as their message of `told` said (`None`:
    /// the user recorded it).
    Away {
        until: NaiveDate,
        told: Option<DateTime<Utc>>,
    },
}

/// A stretch of time in which nudges (replies too, for a pause) wait.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hold {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub kind: HoldKind,
}

/// A nudge the rules propose, before it competes for a slot.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub kind: NudgeKind,
    pub key: KeyPart,
    pub trigger: Trigger,
    /// When the rule makes it due.
    pub due: DateTime<Utc>,
    /// No earlier than this: min gap (rule 5) and snooze (rule 11).
    pub floor: DateTime<Utc>,
    pub offer_end: Option<DateTime<Utc>>,
    pub state: OpenState,
    /// For a delivered nudge, the slot it was delivered in.
    pub delivered_due: Option<DateTime<Utc>>,
    pub unanswered: u32,
    pub snoozed_until: Option<DateTime<Utc>>,
    /// A check-in counted from a skip (rule 11): the kind skipped, for its reason.
    pub since_skip: Option<NudgeKind>,
    /// Rule 7: a check-in in the care tone after this sensitive event.
    pub care: Option<CareNote>,
    /// Rule 10: a cadence check-in's round (`cadence × 2^u`): the cap may not
    /// push it a whole round past its slot.
    pub round: Option<(Duration, u32)>,
}

/// One contact's facts, as the rules read them.
pub(super) struct Subject<'a> {
    pub c: &'a PlanRow,
    pub events: &'a [&'a Event],
    pub records: Option<&'a Vec<&'a NudgeRecord>>,
    /// The latest skip (rule 11), which counts as a touch for rules 3 and 5.
    pub last_skip: Option<DateTime<Utc>>,
}

/// The candidates of one contact and the holds over it, or why it gets none.
pub(super) fn candidates(ctx: &Ctx, who: &Subject) -> Result<(Vec<Candidate>, Vec<Hold>), WhyNone> {
    let c = who.c;
    rule_11_not_now(c)?;
    let holds = holds_of(ctx, c, who.events);
    let r = &ctx.s.rules;
    let u = rule_04_unanswered(ctx, c);
    let waiting = u >= r.max_unanswered;
    let cadence = if rule_03_pitches_only(c) {
        Cadence::None
    } else {
        c.cadence.unwrap_or(r.default_cadence)
    };
    // Cheap bounds first: most contacts of a large imported network have no
    // cadence and only stale facts, and calendar arithmetic in a zone is not free.
    // A delivered nudge stays open past its window: keep the exact path then.
    let has_records = who.records.is_some();
    let follow_up_open = c.connected_on.filter(|on| {
        !waiting
            && (has_records || (ctx.today - *on).num_seconds() < r.first_follow_up_window.upper_bound_secs() + 86_400)
    });
    let reply_open = c
        .summary
        .pending_inbound
        .filter(|_| !rule_01_closer(ctx, c))
        .filter(|(_, at)| has_records || (ctx.now - *at).num_seconds() < r.reply_window.upper_bound_secs());
    let may_celebrate = !who.events.is_empty() || (r.birthdays && c.birthday.is_some());
    let non_reply_possible = follow_up_open.is_some() || (cadence != Cadence::None && !waiting) || may_celebrate;
    if reply_open.is_none() && !non_reply_possible {
        return Ok((Vec::new(), holds));
    }
    let mut out = Proposals {
        ctx,
        who,
        gap_floor: if non_reply_possible {
            rule_05_min_gap(ctx, who)
        } else {
            DateTime::<Utc>::MIN_UTC
        },
        unanswered: u,
        list: Vec::new(),
    };
    if let Some(pending) = reply_open {
        rule_01_reply_owed(&mut out, pending);
    }
    if let Some(on) = follow_up_open {
        rule_02_first_follow_up(&mut out, on);
    }
    if !waiting {
        rule_07_care_check_in(&mut out);
    }
    let mut beyond_calendar = false;
    if let Cadence::Every(every) = cadence
        && !waiting
    {
        beyond_calendar = !rule_03_check_in(&mut out, every);
    }
    rule_06_milestones(&mut out);
    if beyond_calendar && out.list.is_empty() {
        return Err(WhyNone::BeyondCalendar);
    }
    Ok((out.list, holds))
}

/// The nudges proposed for one contact so far, with what every one of them
/// obeys: the minimum gap (rule 5) and what the user did with it (rules 11, 12).
struct Proposals<'a> {
    ctx: &'a Ctx<'a>,
    who: &'a Subject<'a>,
    gap_floor: DateTime<Utc>,
    unanswered: u32,
    list: Vec<Candidate>,
}

impl Proposals<'_> {
    fn push(
        &mut self,
        kind: NudgeKind,
        key: KeyPart,
        trigger: Trigger,
        due: DateTime<Utc>,
        offer_end: Option<DateTime<Utc>>,
    ) {
        let floor = if kind == NudgeKind::Reply {
            DateTime::<Utc>::MIN_UTC
        } else {
            self.gap_floor
        };
        let mut cand = Candidate {
            kind,
            key,
            trigger,
            due,
            floor,
            offer_end,
            state: OpenState::Pending,
            delivered_due: None,
            unanswered: self.unanswered,
            snoozed_until: None,
            since_skip: None,
            care: None,
            round: None,
        };
        if !rule_07_care_allows(self.ctx, self.who, &mut cand) {
            return;
        }
        if rule_11_12_acted_upon(self.ctx, self.who, &mut cand) {
            self.list.push(cand);
        }
    }
}

/// Rule 1: no reply is owed to a message that closed the conversation
/// ("Thanks, talk soon!"), read when it was written (`Summary::pending_closer`).
pub(super) fn rule_01_closer(ctx: &Ctx, c: &PlanRow) -> bool {
    ctx.s.rules.closers && c.summary.pending_closer
}

/// Rule 1, for `tend show`: a closer still within `reply_window`, which would
/// otherwise have owed a reply.
pub(super) fn rule_01_closed_recently(ctx: &Ctx, c: &PlanRow) -> bool {
    rule_01_closer(ctx, c)
        && c.summary
            .pending_inbound
            .is_some_and(|(_, at)| ctx.now < ctx.s.rules.reply_window.after(at, ctx.tz))
}

/// Rule 1: the latest conversational interaction is theirs and unanswered.
fn rule_01_reply_owed(out: &mut Proposals, (interaction_id, at): (i64, DateTime<Utc>)) {
    let (r, tz) = (&out.ctx.s.rules, out.ctx.tz);
    out.push(
        NudgeKind::Reply,
        KeyPart::Reply(interaction_id),
        Trigger::Inbound {
            interaction_id,
            at,
            note: None,
        },
        // A plan for the same day ("lunch today? 12:30") cannot wait for the
        // next working day: the reply is due at once (trial 20).
        if out.who.c.summary.pending_plan == PendingPlan::Today {
            at
        } else {
            rule_01_due(out.ctx.s, at)
        },
        Some(r.reply_window.after(at, tz)),
    );
}

/// Rule 1: when a reply to a message written at `at` is due. By default the
/// start of the user's window on their first working day after the message's
/// day (Sunday evening → Monday morning, Wednesday 10:30 → Thursday morning),
/// not a day to the minute, which put Sunday's message on Tuesday.
pub(super) fn rule_01_due(s: &Settings, at: DateTime<Utc>) -> DateTime<Utc> {
    let tz = s.user.timezone;
    match s.rules.reply_after {
        ReplyAfter::After(d) => d.after(at, tz),
        ReplyAfter::NextWorkingDay => {
            let day = local_date(at, tz);
            // A window that opens on no day of the week: the next midnight.
            let fallback = day.succ_opt().map_or(at, |d| start_of_day(d, tz));
            day.iter_days()
                .skip(1)
                .take(8)
                .find_map(|d| s.user.hours.intervals_on(d, tz).first().map(|(a, _)| *a))
                .unwrap_or(fallback)
        }
    }
}

/// Rule 2: the first follow-up after connecting, while nothing was sent since.
fn rule_02_first_follow_up(out: &mut Proposals, on: NaiveDate) {
    let (r, tz) = (&out.ctx.s.rules, out.ctx.tz);
    let connected = start_of_day(on, tz);
    if out.who.c.summary.touch_or_planned().is_none_or(|t| t < connected) {
        out.push(
            NudgeKind::FirstFollowUp,
            KeyPart::FollowUp(on),
            Trigger::Connected { on },
            r.first_follow_up.after(connected, tz),
            Some(r.first_follow_up_window.after(connected, tz)),
        );
    }
}

/// Rule 3: every message from them so far was a pitch, and the user set no
/// cadence for them by hand: no check-ins.
pub(super) fn rule_03_pitches_only(c: &PlanRow) -> bool {
    c.summary.pitches_only && !c.cadence_by_hand
}

/// Rule 3: the check-in cadence from the last touch, light touch, skip or
/// message of theirs, doubled per unanswered message (rule 4), brought
/// forward by a recent post (rule 8). False when it would fall beyond the
/// calendar (after 9999).
fn rule_03_check_in(out: &mut Proposals, cadence: Duration) -> bool {
    let (ctx, c) = (out.ctx, out.who.c);
    let tz = ctx.tz;
    let s = &c.summary;
    // Their own message counts too: a check-in five days after their
    // "thanks, great to catch up!" would ask "how have you been?" of
    // someone who just wrote (trial 11).
    let base = [
        s.touch_or_planned(),
        s.last_light_touch,
        out.who.last_skip,
        s.last_response,
    ]
    .into_iter()
    .flatten()
    .max()
    .or_else(|| c.connected_on.map(|d| start_of_day(d, tz)))
    .unwrap_or(c.created_at);
    let factor = 1u32 << out.unanswered.min(16);
    let Some(mut due) = cadence.checked_scaled_after(base, tz, factor) else {
        return false;
    };
    // Rule 13: nothing brings a check-in before a planned meeting.
    let post = rule_08_recent_post(ctx, out.who.events, base).filter(|_| s.planned != Some(base));
    if let Some(p) = &post {
        due = due.min(Duration::days(1).after(start_of_day(p.on, tz), tz));
    }
    out.push(
        NudgeKind::CheckIn,
        KeyPart::CheckIn(base.timestamp()),
        Trigger::Cadence { since: base, post },
        due,
        None,
    );
    if let Some(last) = out.list.last_mut()
        && last.key == KeyPart::CheckIn(base.timestamp())
    {
        // A skipped reply is not "the last check-in": the record says what it was.
        last.since_skip = out
            .who
            .records
            .into_iter()
            .flatten()
            .filter(|r| rule_11_skip_counts_from(r) == Some(base))
            .map(|r| r.kind)
            .next();
        last.round = Some((cadence, factor));
    }
    true
}

/// Rule 4: messages unanswered since their latest response.
/// A meeting or call to come will answer them (rule 13): none is counted.
pub(super) fn rule_04_unanswered(ctx: &Ctx, c: &PlanRow) -> u32 {
    rule_04_unanswered_of(&c.summary, ctx.s)
}

/// Rule 4 for a summary alone.
pub(super) fn rule_04_unanswered_of(s: &crate::model::Summary, settings: &Settings) -> u32 {
    if s.planned.is_some() {
        return 0;
    }
    s.unanswered(|resp| settings.rules.reply_window.after(resp, settings.user.timezone))
}

/// Rule 5: nothing but replies within `min_gap` after a touch or a skip.
fn rule_05_min_gap(ctx: &Ctx, who: &Subject) -> DateTime<Utc> {
    match [who.c.summary.last_touch, who.last_skip].into_iter().flatten().max() {
        Some(t) => ctx.s.rules.min_gap.after(t, ctx.tz),
        None => DateTime::<Utc>::MIN_UTC,
    }
}

/// Rule 6: milestones, work anniversaries and birthdays, each due on its
/// day and offered for `milestone_window`.
fn rule_06_milestones(out: &mut Proposals) {
    let (ctx, c, events) = (out.ctx, out.who.c, out.who.events);
    let (r, tz) = (&ctx.s.rules, ctx.tz);
    let window = r.milestone_window;
    let this_year = ctx.today.year();
    let next_yearly = |month: u32, day: u32, first_year: i32| -> Option<(NaiveDate, i32)> {
        (this_year - 1..=this_year + 1)
            .filter(|y| *y >= first_year)
            .find_map(|y| {
                let d = yearly(month, day, y)?;
                (window.after(start_of_day(d, tz), tz) > ctx.now).then_some((d, y))
            })
    };
    let latest_job = events
        .iter()
        .filter(|e| e.kind == EventKind::NewJob)
        .max_by_key(|e| (e.on, e.id))
        .map(|e| e.id);
    // A message `tend done` sent for another nudge (a reply) answered that
    // nudge, not this one: the congratulation `tend show` promised after
    // the reply stays open. (A touch of your own, logged, is one.)
    let records = out.who.records;
    let sent_for_another = |t: DateTime<Utc>| {
        records
            .into_iter()
            .flatten()
            .any(|r| r.state == NudgeState::Done && r.kind != NudgeKind::Milestone && r.acted_at == Some(t))
    };
    let last_touch = c.summary.last_touch.filter(|t| !sent_for_another(*t));
    let mut milestone = |key: KeyPart, kind: EventKind, on: NaiveDate, event: Option<&Event>, years: Option<i32>| {
        let start = start_of_day(on, tz);
        let trigger = Trigger::Milestone {
            kind,
            on,
            event: event.cloned(),
            years,
        };
        out.push(NudgeKind::Milestone, key, trigger, start, Some(window.after(start, tz)));
    };
    // A yearly one is moot once you wrote on or after its day.
    let unwritten_since = |d: NaiveDate| last_touch.is_none_or(|t| t < start_of_day(d, tz));
    for e in events.iter().filter(|e| e.kind.group() == EventGroup::Celebrate) {
        if e.kind == EventKind::Birthday {
            if r.birthdays
                && let Some((d, y)) = next_yearly(e.on.month(), e.on.day(), i32::MIN)
                && unwritten_since(d)
            {
                milestone(KeyPart::EventYear(e.id, y), EventKind::Birthday, d, Some(e), None);
            }
            continue;
        }
        // The event itself: moot once you wrote after it was recorded.
        if last_touch.is_none_or(|t| t <= e.recorded_at) {
            milestone(KeyPart::Event(e.id), e.kind, e.on, Some(e), None);
        }
        if Some(e.id) == latest_job
            && let Some((d, y)) = next_yearly(e.on.month(), e.on.day(), e.on.year() + 1)
            && unwritten_since(d)
        {
            milestone(
                KeyPart::EventYear(e.id, y),
                EventKind::NewJob,
                d,
                Some(e),
                Some(y - e.on.year()),
            );
        }
    }
    if r.birthdays
        && let Some(b) = c.birthday
        && let Some((d, y)) = next_yearly(b.month, b.day, i32::MIN)
        && unwritten_since(d)
    {
        milestone(KeyPart::Birthday(y), EventKind::Birthday, d, None, None);
    }
}

/// The day a yearly milestone falls on in `year`; 29 February is 28 February
/// in other years.
fn yearly(month: u32, day: u32, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).or_else(|| NaiveDate::from_ymd_opt(year, month, day.saturating_sub(1)))
}

/// Rules 7, 8 and 11: the sensitive holds, busy deferrals and pause over a contact.
pub(super) fn holds_of(ctx: &Ctx, c: &PlanRow, events: &[&Event]) -> Vec<Hold> {
    let mut holds = Vec::new();
    if let Some(until) = c.paused_until {
        holds.push(rule_11_pause(ctx, until));
    }
    for e in events {
        if let Some(h) = rule_07_sensitive_hold(ctx, c, e).or_else(|| rule_08_busy_defer(ctx, e)) {
            holds.push(h);
        }
    }
    holds
}

/// Rule 7: after a sensitive event, nothing but replies for `sensitive_hold`,
/// unless they wrote since: their message opened the door and ends the hold.
/// (The summary keeps their latest response, not the first after the event;
/// both lie in the past, and nothing is slotted before now, so the hold
/// ends for every nudge still to place either way.)
fn rule_07_sensitive_hold(ctx: &Ctx, c: &PlanRow, e: &Event) -> Option<Hold> {
    (e.kind.group() == EventGroup::Sensitive).then(|| {
        let start = start_of_day(e.on, ctx.tz);
        let mut end = ctx.s.rules.sensitive_hold.after(start, ctx.tz);
        if let Some(wrote) = rule_07_wrote_since(c, start) {
            end = end.min(wrote);
        }
        Hold {
            start,
            end,
            kind: HoldKind::Sensitive,
        }
    })
}

/// Rule 7: their latest response, when it came on or after `start` (the day
/// of a sensitive event).
fn rule_07_wrote_since(c: &PlanRow, start: DateTime<Utc>) -> Option<DateTime<Utc>> {
    c.summary.last_response.filter(|at| *at >= start)
}

/// Rule 7: the latest sensitive event whose care period is still running.
fn rule_07_in_care(ctx: &Ctx, events: &[&Event]) -> Option<(Event, DateTime<Utc>, DateTime<Utc>)> {
    let e = events.iter().rev().find(|e| e.kind.group() == EventGroup::Sensitive)?;
    let start = start_of_day(e.on, ctx.tz);
    let care_end = ctx.s.rules.care_period.after(start, ctx.tz);
    (ctx.now < care_end).then(|| ((*e).clone(), start, care_end))
}

/// Rule 7: when the hold ends, a check-in in the care tone, whatever the
/// cadence, unless a touch came after the event or they wrote since (no
/// care check-in is needed then). It is offered until the care period ends.
fn rule_07_care_check_in(out: &mut Proposals) {
    let ctx = out.ctx;
    let Some((e, start, care_end)) = rule_07_in_care(ctx, out.who.events) else {
        return;
    };
    if out.who.c.summary.touch_or_planned().is_some_and(|t| t >= start)
        || rule_07_wrote_since(out.who.c, start).is_some()
    {
        return;
    }
    let hold_end = ctx.s.rules.sensitive_hold.after(start, ctx.tz);
    out.push(
        NudgeKind::CheckIn,
        KeyPart::Care(e.id),
        Trigger::Cadence {
            since: start,
            post: None,
        },
        hold_end,
        Some(care_end),
    );
    if let Some(last) = out.list.last_mut()
        && last.key == KeyPart::Care(e.id)
    {
        last.care = Some(CareNote { kind: e.kind, on: e.on });
    }
}

/// Rule 7: no yearly celebration (work anniversary, birthday) and no
/// achievement until `care_period` after a sensitive event. One due before
/// the event is offered only until the event; one due during the care period
/// is not offered.
fn rule_07_care_allows(ctx: &Ctx, who: &Subject, cand: &mut Candidate) -> bool {
    let Trigger::Milestone { kind, years, .. } = &cand.trigger else {
        return true;
    };
    let celebration = *kind == EventKind::Birthday
        || *kind == EventKind::Achievement
        || (*kind == EventKind::NewJob && years.is_some());
    if !celebration {
        return true;
    }
    for e in who.events.iter().filter(|e| e.kind.group() == EventGroup::Sensitive) {
        let start = start_of_day(e.on, ctx.tz);
        let care_end = ctx.s.rules.care_period.after(start, ctx.tz);
        if cand.due >= start && cand.due < care_end {
            return false;
        }
        if cand.due < start {
            cand.offer_end = Some(cand.offer_end.map_or(start, |end| end.min(start)));
        }
    }
    true
}

/// Rule 8: after a busy event, nothing but replies for `busy_defer`, or,
/// when it has an end, until that day.
fn rule_08_busy_defer(ctx: &Ctx, e: &Event) -> Option<Hold> {
    (e.kind.group() == EventGroup::Busy).then(|| {
        let start = start_of_day(e.on, ctx.tz);
        match e.until {
            Some(until) => Hold {
                start,
                end: start_of_day(until, ctx.tz),
                kind: HoldKind::Away {
                    until,
                    told: e.from_message.map(|(_, at)| at),
                },
            },
            None => Hold {
                start,
                end: ctx.s.rules.busy_defer.after(start, ctx.tz),
                kind: HoldKind::Busy,
            },
        }
    })
}

/// Rule 8: a post within `post_recent`, and since the check-in's base, brings it forward.
fn rule_08_recent_post(ctx: &Ctx, events: &[&Event], base: DateTime<Utc>) -> Option<Event> {
    let tz = ctx.tz;
    let since = ctx.posts_since.max(start_of_day(local_date(base, tz), tz));
    events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::Post && start_of_day(e.on, tz) >= since)
        .map(|e| (*e).clone())
}

/// Rule 11: archived and indefinitely paused contacts get nothing.
fn rule_11_not_now(c: &PlanRow) -> Result<(), WhyNone> {
    match c.status {
        Status::Archived => Err(WhyNone::Archived),
        Status::Paused if c.paused_until.is_none() => Err(WhyNone::Paused(None)),
        _ => Ok(()),
    }
}

/// Rule 11: paused until a date: everything, replies too, waits for it.
fn rule_11_pause(ctx: &Ctx, until: NaiveDate) -> Hold {
    Hold {
        start: DateTime::<Utc>::MIN_UTC,
        end: start_of_day(until, ctx.tz),
        kind: HoldKind::Pause,
    }
}

/// Rules 11 and 12: what the user did with this nudge, by its key. Done or
/// skipped: gone (`false`). Delivered: open in its delivered slot until
/// acted upon or moot. Snoozed: not before the snooze ends.
fn rule_11_12_acted_upon(ctx: &Ctx, who: &Subject, cand: &mut Candidate) -> bool {
    let Some(list) = who.records else {
        return true;
    };
    // Records hold the key as stored: compared as text.
    let key = cand.key.key(who.c.id).to_string();
    let Some(rec) = list.iter().find(|r| r.key == key) else {
        return true;
    };
    match rec.state {
        NudgeState::Skipped | NudgeState::Done => return false,
        NudgeState::Delivered => {
            cand.state = OpenState::Delivered;
            cand.delivered_due = Some(rec.due_at.or(rec.delivered_at).unwrap_or(cand.due));
        }
        NudgeState::Snoozed => {
            let until = rec.snoozed_until.unwrap_or(cand.due);
            cand.floor = cand.floor.max(until);
            cand.snoozed_until = Some(until);
            if ctx.now < until {
                cand.state = OpenState::Snoozed;
            }
        }
    }
    true
}

/// Rule 14 leaves a reply to a plan where rules 9 and 10 put it: moved to
/// their usual hour it could come after the meeting it answers ("Monday
/// 10:00 — works?" answered at 11:00, trial 17).
/// Rule 1: a reply to a plan or a request for the day it was written.
pub(super) fn rule_01_today(cand: &Candidate, row: &PlanRow) -> bool {
    cand.kind == NudgeKind::Reply && row.summary.pending_plan == PendingPlan::Today
}

pub(super) fn rule_14_keeps_a_plan(cand: &Candidate, row: &PlanRow) -> bool {
    cand.kind == NudgeKind::Reply && row.summary.pending_plan != PendingPlan::None
}

/// Rule 14: later on the user's calendar day the slot fell on, the start of
/// the contact's usual hour (in their zone), when that lies in the windows
/// rule 9 used (the user's alone when they never overlap) and before the
/// offer ends. Never earlier, never another day.
pub(super) fn rule_14_usual_hour(
    ctx: &Ctx,
    slot: super::Slot,
    hour: u32,
    ctz: chrono_tz::Tz,
    offer_end: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    let day = local_date(slot.at, ctx.tz);
    let theirs = local_date(slot.at, ctz);
    // The user's day can span two of theirs.
    for d in [Some(theirs), theirs.succ_opt()].into_iter().flatten() {
        let at = resolve_local(ctz, d.and_hms_opt(hour, 0, 0)?);
        if at <= slot.at {
            continue;
        }
        if local_date(at, ctx.tz) != day {
            return None;
        }
        let in_windows =
            ctx.s.user.hours.contains(at, ctx.tz) && (slot.user_only || ctx.s.rules.recipient_hours.contains(at, ctz));
        if in_windows && offer_end.is_none_or(|end| at < end) {
            return Some(at);
        }
    }
    None
}

/// Rule 10: the instant a record takes its place on the calendar: each
/// nudge once, on the day it was delivered, or else the day it was done or
/// skipped (from the command line too).
pub(super) fn rule_10_counted_on(r: &NudgeRecord) -> Option<DateTime<Utc>> {
    r.delivered_at.or(match r.state {
        NudgeState::Done | NudgeState::Skipped => r.acted_at,
        NudgeState::Delivered | NudgeState::Snoozed => None,
    })
}

/// Rule 11: a skip counts as a touch for rules 3 and 5 at the later of the
/// skip and the skipped nudge's due time (skipping early skips that round).
pub(super) fn rule_11_skip_counts_from(r: &NudgeRecord) -> Option<DateTime<Utc>> {
    if r.state != NudgeState::Skipped {
        return None;
    }
    [r.acted_at, r.due_at].into_iter().flatten().max()
}
