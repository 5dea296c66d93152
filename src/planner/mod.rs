//! The spacing rules of rules.md: facts and the current instant in, slotted
//! nudges with reasons out. Pure: no SQLite, no terminal, no system clock.
//!
//! For each contact the rules propose candidates (rules 1, 2, 3 and 6), each
//! with the earliest time it may come, the end of its offer window and the
//! holds that apply (rules 4, 5, 7, 8, 11). Each candidate is settled into the
//! sending windows (rule 9); the earliest becomes the contact's open nudge.
//! Then all contacts' nudges fill the calendar in order under the daily cap
//! (rule 10), and what would land past its offer window is dropped in favour
//! of the contact's next candidate.

mod reasons;
pub mod slots;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use rustc_hash::FxHashMap as HashMap;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::config::Settings;
use crate::model::{
    Cadence, ContactId, Event, EventGroup, EventKind, Nudge, NudgeKind, NudgeState, OpenState, Trigger,
};
use crate::store::{NudgeRecord, PlanRow};
use crate::time::{Duration, local_date, start_of_day};
use slots::{DailyCap, Slot, Windows};

/// Bounds outside which a contact cannot have an open nudge now: one
/// with no cadence, no message since `inbound_since`, no connection since
/// `connected_since`, no birthday nudges, no new job (anniversaries), no
/// promotion or achievement since `celebrations_since` and no delivered or
/// snoozed nudge has nothing to plan (its other events only hold or move
/// nudges it does not have). The store uses them to leave such contacts out when only
/// nudges are wanted (agenda, daemon), which at LinkedIn scale is most of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LiveBounds {
    pub default_cadence_none: bool,
    pub inbound_since: DateTime<Utc>,
    pub connected_since: NaiveDate,
    pub birthdays: bool,
    pub celebrations_since: NaiveDate,
    /// Events before this date hold, defer or celebrate nothing any more
    /// (new jobs and birthdays excepted: they recur).
    pub events_since: NaiveDate,
}

impl LiveBounds {
    /// The contacts that are live through their events or nudge records
    /// alone (new jobs, birthdays, recent promotions and achievements,
    /// delivered or snoozed nudges), sorted and without repeats.
    pub fn live_by_records(&self, events: &[Event], records: &[NudgeRecord]) -> Vec<ContactId> {
        let mut ids: Vec<ContactId> = events
            .iter()
            .filter(|e| match e.kind {
                EventKind::NewJob | EventKind::Birthday => true,
                EventKind::Promotion | EventKind::Achievement => e.on >= self.celebrations_since,
                _ => false,
            })
            .map(|e| e.contact_id)
            .chain(
                records
                    .iter()
                    .filter(|r| matches!(r.state, NudgeState::Delivered | NudgeState::Snoozed))
                    .map(|r| r.contact_id),
            )
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

pub fn live_bounds(settings: &Settings, now: DateTime<Utc>) -> LiveBounds {
    let r = &settings.rules;
    let days = |d: Duration| chrono::Duration::seconds(d.upper_bound_secs() + 2 * 86_400);
    LiveBounds {
        default_cadence_none: r.default_cadence == Cadence::None,
        inbound_since: now - days(r.reply_window),
        connected_since: (now - days(r.first_follow_up_window)).date_naive(),
        birthdays: r.birthdays,
        celebrations_since: (now - days(r.milestone_window)).date_naive(),
        events_since: [r.milestone_window, r.sensitive_hold, r.busy_defer, r.post_recent]
            .into_iter()
            .map(|d| (now - days(d)).date_naive())
            .min()
            .unwrap_or(NaiveDate::MIN),
    }
}

/// Everything the planner reads.
pub struct Facts<'a> {
    pub contacts: &'a [PlanRow],
    pub events: &'a [Event],
    pub records: &'a [NudgeRecord],
}

/// Why a contact has no open nudge.
#[derive(Debug, Clone, PartialEq)]
pub enum WhyNone {
    Archived,
    /// Paused until a date, or indefinitely.
    Paused(Option<NaiveDate>),
    /// Rule 4: this many messages unanswered.
    Waiting(u32),
    /// Rule 10: the nudge would land after its offer window closed.
    Expired {
        kind: NudgeKind,
        window_end: NaiveDate,
    },
    /// A sensitive hold or busy deferral is running until this date.
    Held {
        until: NaiveDate,
        sensitive: bool,
    },
    /// Check-ins are off for this contact and nothing else is due.
    NoCadence,
    /// Everything that was due has been acted upon.
    Quiet,
    /// The next check-in would fall after the year 9999.
    BeyondCalendar,
}

impl std::fmt::Display for WhyNone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let day = |d: &NaiveDate| d.format("%-d %b %Y").to_string();
        match self {
            WhyNone::Archived => f.write_str("archived"),
            WhyNone::Paused(Some(d)) => write!(f, "paused until {}", day(d)),
            WhyNone::Paused(None) => f.write_str("paused"),
            WhyNone::Waiting(n) => write!(f, "waiting on them: {n} messages unanswered"),
            WhyNone::Expired { kind, window_end } => {
                write!(
                    f,
                    "the {kind} was dropped: it could not come before its window closed on {}",
                    day(window_end)
                )
            }
            WhyNone::Held { until, sensitive: true } => {
                write!(f, "on hold until {} after a sensitive event", day(until))
            }
            WhyNone::Held {
                until,
                sensitive: false,
            } => write!(f, "deferred until {} while they are busy", day(until)),
            WhyNone::NoCadence => f.write_str("no cadence (check-ins off) and nothing else due"),
            WhyNone::Quiet => f.write_str("nothing due"),
            WhyNone::BeyondCalendar => f.write_str("the next check-in falls beyond the calendar (after the year 9999)"),
        }
    }
}

#[derive(Debug, Default)]
pub struct Plan {
    /// Open nudges, at most one per contact, earliest slot first.
    pub nudges: Vec<Nudge>,
    /// For every planned contact without an open nudge.
    pub why_none: HashMap<ContactId, WhyNone>,
    by_contact: HashMap<ContactId, usize>,
}

impl Plan {
    pub fn for_contact(&self, id: ContactId) -> Option<&Nudge> {
        self.by_contact.get(&id).and_then(|i| self.nudges.get(*i))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HoldKind {
    Pause,
    Sensitive,
    Busy,
}

#[derive(Debug, Clone, Copy)]
struct Hold {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    kind: HoldKind,
}

/// What makes a nudge's key (rule 12) besides its contact: kept as data and
/// written out only for the nudges that need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyPart {
    Reply(i64),
    FollowUp(NaiveDate),
    CheckIn(i64),
    Event(i64),
    EventYear(i64, i32),
    Birthday(i32),
}

impl KeyPart {
    fn key(self, contact: ContactId) -> String {
        match self {
            KeyPart::Reply(interaction) => format!("{contact}:reply:{interaction}"),
            KeyPart::FollowUp(on) => format!("{contact}:first-follow-up:{on}"),
            KeyPart::CheckIn(since) => format!("{contact}:check-in:{since}"),
            KeyPart::Event(event) => format!("{contact}:milestone:e{event}"),
            KeyPart::EventYear(event, year) => format!("{contact}:milestone:e{event}:{year}"),
            KeyPart::Birthday(year) => format!("{contact}:milestone:birthday:{year}"),
        }
    }
}

/// A nudge the rules propose, before it competes for a slot.
#[derive(Debug, Clone)]
struct Candidate {
    kind: NudgeKind,
    key: KeyPart,
    trigger: Trigger,
    /// When the rule makes it due.
    due: DateTime<Utc>,
    /// No earlier than this: min gap (rule 5) and snooze (rule 11).
    floor: DateTime<Utc>,
    offer_end: Option<DateTime<Utc>>,
    state: OpenState,
    /// For a delivered nudge, the slot it was delivered in.
    delivered_due: Option<DateTime<Utc>>,
    unanswered: u32,
    snoozed_until: Option<DateTime<Utc>>,
}

/// A candidate placed in the windows, before the cap.
#[derive(Debug, Clone)]
struct Settled {
    cand: Candidate,
    slot: Slot,
    /// The instant before windows were applied (after holds and floors).
    unwindowed: DateTime<Utc>,
    held_until: Option<(DateTime<Utc>, HoldKind)>,
}

/// Settings the rules read, resolved once.
struct Ctx<'a> {
    s: &'a Settings,
    tz: Tz,
    now: DateTime<Utc>,
    today: NaiveDate,
    /// Posts on or after this count as recent (rule 8).
    posts_since: DateTime<Utc>,
}

pub fn plan(facts: &Facts, settings: &Settings, now: DateTime<Utc>) -> Plan {
    plan_until(facts, settings, now, None)
}

/// Like [`plan`], but with a `horizon` the plan holds only what an agenda up
/// to it needs: every open nudge slotted before the horizon, with its reason.
/// Later nudges may be missing or have an empty reason, and the calendar is
/// not filled past the first day after the horizon that still has room: a
/// week's agenda need not slot and phrase years of overdue check-ins.
pub fn plan_until(facts: &Facts, settings: &Settings, now: DateTime<Utc>, horizon: Option<DateTime<Utc>>) -> Plan {
    let explain_until = horizon.unwrap_or(DateTime::<Utc>::MAX_UTC);
    let tz = settings.user.timezone;
    let ctx = Ctx {
        s: settings,
        tz,
        now,
        today: local_date(now, tz),
        posts_since: settings.rules.post_recent.before(now, tz),
    };
    let mut windows = Windows::new(&settings.user.hours, ctx.tz, &settings.rules.recipient_hours);
    let mut placements: HashMap<(DateTime<Utc>, Tz), Placement> = HashMap::default();

    let mut events_by_contact: HashMap<ContactId, Vec<&Event>> = HashMap::default();
    for e in facts.events {
        events_by_contact.entry(e.contact_id).or_default().push(e);
    }
    for list in events_by_contact.values_mut() {
        list.sort_by_key(|e| (e.on, e.id));
    }
    let mut records: HashMap<ContactId, Vec<&NudgeRecord>> = HashMap::default();
    let mut last_skip: HashMap<ContactId, DateTime<Utc>> = HashMap::default();
    let mut cap = DailyCap::new(settings.rules.daily_cap, &settings.user.hours);
    for r in facts.records {
        records.entry(r.contact_id).or_default().push(r);
        if r.state == NudgeState::Skipped
            && let Some(at) = r.acted_at
        {
            let e = last_skip.entry(r.contact_id).or_insert(at);
            *e = (*e).max(at);
        }
        if let Some(at) = r.delivered_at {
            cap.count(local_date(at, ctx.tz));
        }
    }

    let mut plan = Plan::default();
    // Per contact: its settled candidates, earliest first (the first is tried first).
    let mut options: HashMap<ContactId, (&PlanRow, usize, Vec<Option<Settled>>)> = HashMap::default();
    // Earliest slot first, then higher priority, then contact id (deterministic).
    type Turn = Reverse<(DateTime<Utc>, Reverse<u8>, ContactId)>;
    let mut placed: Vec<(Settled, &PlanRow, Tz, Option<NaiveDate>)> = Vec::new();
    let mut queue: BinaryHeap<Turn> = BinaryHeap::new();
    options.reserve(facts.contacts.len());
    plan.why_none.reserve(facts.contacts.len());

    for c in facts.contacts {
        let events = events_by_contact.get(&c.id).map_or(&[][..], Vec::as_slice);
        let ctz = c.timezone.unwrap_or(ctx.tz);
        let outcome = candidates(&ctx, c, events, records.get(&c.id), last_skip.get(&c.id).copied());
        let (cands, holds) = match outcome {
            Ok(v) => v,
            Err(why) => {
                plan.why_none.insert(c.id, why);
                continue;
            }
        };
        let mut settled: Vec<Settled> = Vec::with_capacity(cands.len());
        let mut expired: Option<WhyNone> = None;
        for cand in cands {
            if let Some(at) = cand.delivered_due {
                let slot = Slot { at, user_only: false };
                settled.push(Settled {
                    cand,
                    slot,
                    unwindowed: at,
                    held_until: None,
                });
                continue;
            }
            let start = cand.due.max(cand.floor).max(ctx.now);
            if cand.offer_end.is_some_and(|end| start >= end) {
                continue; // stale: its window closed before now
            }
            let p = place(&mut windows, &mut placements, start, ctz, &holds, cand.kind);
            if let Some(end) = cand.offer_end.filter(|end| p.slot.at >= *end) {
                expired = Some(WhyNone::Expired {
                    kind: cand.kind,
                    window_end: local_date(end, ctx.tz),
                });
                continue;
            }
            settled.push(Settled {
                cand,
                slot: p.slot,
                unwindowed: p.unwindowed,
                held_until: p.held_until,
            });
        }
        if settled.is_empty() {
            let why = expired.unwrap_or_else(|| idle_reason(&ctx, c, &holds));
            plan.why_none.insert(c.id, why);
            continue;
        }
        // A delivered nudge stays the open one until acted upon or moot (rule
        // 12); otherwise the earliest slot wins, then the higher priority.
        settled.sort_by_key(|s| {
            (
                s.cand.state != OpenState::Delivered,
                s.slot.at,
                Reverse(s.cand.kind.priority()),
            )
        });
        // A delivered nudge keeps its slot and needs no room: it is open as is.
        if settled[0].cand.state == OpenState::Delivered {
            let ctz = c.timezone.unwrap_or(ctx.tz);
            placed.push((settled.swap_remove(0), c, ctz, None));
            continue;
        }
        let first = &settled[0];
        queue.push(Reverse((first.slot.at, Reverse(first.cand.kind.priority()), c.id)));
        options.insert(c.id, (c, 0, settled.into_iter().map(Some).collect()));
    }

    // Rule 10: fill the calendar in order; a full day sends the nudge on.
    let last_day_shown = horizon.map(|h| local_date(h, tz));
    while let Some(Reverse((_, _, cid))) = queue.pop() {
        // Every day up to the horizon is full: nothing else can land before it.
        if last_day_shown.is_some_and(|last| cap.first_free(ctx.today) > last) {
            break;
        }
        let Some((row, idx, list)) = options.get_mut(&cid) else {
            continue;
        };
        let row: &PlanRow = row;
        let ctz = row.timezone.unwrap_or(ctx.tz);
        let Some(mut s) = list.get_mut(*idx).and_then(Option::take) else {
            continue;
        };
        if s.cand.state != OpenState::Delivered {
            let mut moved_from: Option<NaiveDate> = None;
            let holds = holds_of(&ctx, row, events_by_contact.get(&cid).map_or(&[][..], Vec::as_slice));
            for _ in 0..10_000 {
                let day = local_date(s.slot.at, ctx.tz);
                let free = cap.first_free(day);
                if free == day {
                    break;
                }
                moved_from.get_or_insert(day);
                let next = place(
                    &mut windows,
                    &mut placements,
                    start_of_day(free, ctx.tz),
                    ctz,
                    &holds,
                    s.cand.kind,
                );
                s.slot = next.slot;
                if next.held_until.is_some() {
                    s.held_until = next.held_until;
                }
            }
            if let Some(end) = s.cand.offer_end.filter(|end| s.slot.at >= *end) {
                // Dropped: the contact's next candidate gets its turn.
                *idx += 1;
                match list.get(*idx).and_then(Option::as_ref) {
                    Some(next) => queue.push(Reverse((next.slot.at, Reverse(next.cand.kind.priority()), cid))),
                    None => {
                        plan.why_none.insert(
                            cid,
                            WhyNone::Expired {
                                kind: s.cand.kind,
                                window_end: local_date(end, ctx.tz),
                            },
                        );
                    }
                }
                continue;
            }
            cap.count(local_date(s.slot.at, ctx.tz));
            placed.push((s, row, ctz, moved_from));
        } else {
            placed.push((s, row, ctz, None));
        }
    }
    placed.sort_by_key(|(s, row, ..)| (s.slot.at, Reverse(s.cand.kind.priority()), row.id));
    plan.nudges = placed
        .into_iter()
        .map(|(s, row, ctz, moved_from)| {
            // Sentences cost more than planning; write only those asked for.
            let reason = if s.slot.at < explain_until {
                reasons::sentence(&ctx, row, &s, ctz, moved_from)
            } else {
                String::new()
            };
            to_nudge(row, s, reason)
        })
        .collect();
    plan.by_contact = plan.nudges.iter().enumerate().map(|(i, n)| (n.contact_id, i)).collect();
    plan
}

fn to_nudge(row: &PlanRow, s: Settled, reason: String) -> Nudge {
    Nudge {
        key: s.cand.key.key(row.id),
        contact_id: row.id,
        contact: row.name.clone(),
        kind: s.cand.kind,
        trigger: s.cand.trigger,
        due: s.slot.at,
        reason,
        state: s.cand.state,
    }
}

/// Where holds and windows put a nudge.
#[derive(Clone, Copy)]
struct Placement {
    slot: Slot,
    unwindowed: DateTime<Utc>,
    held_until: Option<(DateTime<Utc>, HoldKind)>,
}

/// [`settle`], remembered for contacts without holds: overdue nudges all
/// start from now, and nudges moved by the cap all start at midnight of a
/// free day, so thousands of them share a handful of placements per zone.
fn place(
    windows: &mut Windows,
    placements: &mut HashMap<(DateTime<Utc>, Tz), Placement>,
    start: DateTime<Utc>,
    ctz: Tz,
    holds: &[Hold],
    kind: NudgeKind,
) -> Placement {
    if !holds.is_empty() {
        return settle(windows, start, ctz, holds, kind);
    }
    *placements
        .entry((start, ctz))
        .or_insert_with(|| settle(windows, start, ctz, holds, kind))
}

/// Holds and windows until neither moves the time any more.
fn settle(windows: &mut Windows, start: DateTime<Utc>, ctz: Tz, holds: &[Hold], kind: NudgeKind) -> Placement {
    let mut t = start;
    let mut held_until = None;
    let mut unwindowed = t;
    let mut slot = Slot {
        at: t,
        user_only: false,
    };
    for round in 0..64 {
        let mut held = false;
        for h in holds {
            // Replies ignore rules 7 and 8; a pause stops everything.
            let applies = kind != NudgeKind::Reply || h.kind == HoldKind::Pause;
            if applies && h.start <= t && t < h.end {
                t = h.end;
                held_until = Some((h.end, h.kind));
                held = true;
            }
        }
        if round == 0 || held {
            unwindowed = t;
        }
        slot = windows.slot(t, ctz);
        if slot.at == t {
            break;
        }
        t = slot.at;
    }
    Placement {
        slot,
        unwindowed,
        held_until,
    }
}

fn holds_of(ctx: &Ctx, c: &PlanRow, events: &[&Event]) -> Vec<Hold> {
    let r = &ctx.s.rules;
    let mut holds = Vec::new();
    if let Some(until) = c.paused_until {
        holds.push(Hold {
            start: DateTime::<Utc>::MIN_UTC,
            end: start_of_day(until, ctx.tz),
            kind: HoldKind::Pause,
        });
    }
    for e in events {
        let (length, kind) = match e.kind.group() {
            EventGroup::Sensitive => (r.sensitive_hold, HoldKind::Sensitive),
            EventGroup::Busy => (r.busy_defer, HoldKind::Busy),
            _ => continue,
        };
        let start = start_of_day(e.on, ctx.tz);
        holds.push(Hold {
            start,
            end: length.after(start, ctx.tz),
            kind,
        });
    }
    holds
}

fn idle_reason(ctx: &Ctx, c: &PlanRow, holds: &[Hold]) -> WhyNone {
    let u = unanswered(ctx, c);
    if u >= ctx.s.rules.max_unanswered {
        return WhyNone::Waiting(u);
    }
    if let Some(h) = holds
        .iter()
        .filter(|h| h.start <= ctx.now && ctx.now < h.end)
        .max_by_key(|h| h.end)
    {
        return match h.kind {
            HoldKind::Pause => WhyNone::Paused(Some(local_date(h.end, ctx.tz))),
            kind => WhyNone::Held {
                until: local_date(h.end, ctx.tz),
                sensitive: kind == HoldKind::Sensitive,
            },
        };
    }
    if c.cadence.unwrap_or(ctx.s.rules.default_cadence) == Cadence::None {
        return WhyNone::NoCadence;
    }
    WhyNone::Quiet
}

fn unanswered(ctx: &Ctx, c: &PlanRow) -> u32 {
    c.summary
        .unanswered(|resp| ctx.s.rules.reply_window.after(resp, ctx.tz))
}

/// The day a yearly milestone falls on in `year`; 29 February is 28 February
/// in other years.
fn yearly(month: u32, day: u32, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).or_else(|| NaiveDate::from_ymd_opt(year, month, day.saturating_sub(1)))
}

/// The candidates of one contact and the holds over it, or why it gets none.
fn candidates(
    ctx: &Ctx,
    c: &PlanRow,
    events: &[&Event],
    records: Option<&Vec<&NudgeRecord>>,
    last_skip: Option<DateTime<Utc>>,
) -> Result<(Vec<Candidate>, Vec<Hold>), WhyNone> {
    use crate::model::Status;
    let r = &ctx.s.rules;
    let tz = ctx.tz;
    match c.status {
        Status::Archived => return Err(WhyNone::Archived),
        Status::Paused if c.paused_until.is_none() => return Err(WhyNone::Paused(None)),
        _ => {}
    }
    let holds = holds_of(ctx, c, events);
    let s = &c.summary;
    let u = unanswered(ctx, c);
    let waiting = u >= r.max_unanswered;
    let cadence = c.cadence.unwrap_or(r.default_cadence);
    // Cheap bounds first: most contacts of a large imported network have no
    // cadence and only stale facts, and calendar arithmetic in a zone is not free.
    // A delivered nudge stays open past its window: keep the exact path then.
    let has_records = records.is_some();
    let follow_up_open = c.connected_on.filter(|on| {
        !waiting
            && (has_records || (ctx.today - *on).num_seconds() < r.first_follow_up_window.upper_bound_secs() + 86_400)
    });
    let reply_open = s
        .pending_inbound
        .filter(|(_, at)| has_records || (ctx.now - *at).num_seconds() < r.reply_window.upper_bound_secs());
    let may_celebrate = !events.is_empty() || (r.birthdays && c.birthday.is_some());
    let non_reply_possible = follow_up_open.is_some() || (cadence != Cadence::None && !waiting) || may_celebrate;
    if reply_open.is_none() && !non_reply_possible {
        return Ok((Vec::new(), holds));
    }
    // Rule 5: the last touch or skip keeps everything but replies at bay.
    let gap_from = [s.last_touch, last_skip].into_iter().flatten().max();
    let gap_floor = match gap_from {
        Some(t) if non_reply_possible => r.min_gap.after(t, tz),
        _ => DateTime::<Utc>::MIN_UTC,
    };

    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |kind: NudgeKind, key: KeyPart, trigger: Trigger, due, offer_end: Option<DateTime<Utc>>| {
        let floor = if kind == NudgeKind::Reply {
            DateTime::<Utc>::MIN_UTC
        } else {
            gap_floor
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
            unanswered: u,
            snoozed_until: None,
        };
        let rec = records.and_then(|list| {
            let key = cand.key.key(c.id);
            list.iter().find(|r| r.key == key)
        });
        if let Some(rec) = rec {
            match rec.state {
                NudgeState::Skipped | NudgeState::Done => return,
                NudgeState::Delivered => {
                    cand.state = OpenState::Delivered;
                    cand.delivered_due = Some(rec.due_at.or(rec.delivered_at).unwrap_or(due));
                }
                NudgeState::Snoozed => {
                    let until = rec.snoozed_until.unwrap_or(due);
                    cand.floor = cand.floor.max(until);
                    cand.snoozed_until = Some(until);
                    if ctx.now < until {
                        cand.state = OpenState::Snoozed;
                    }
                }
            }
        }
        out.push(cand);
    };

    // Rule 1: a reply owed.
    if let Some((iid, at)) = reply_open {
        push(
            NudgeKind::Reply,
            KeyPart::Reply(iid),
            Trigger::Inbound {
                interaction_id: iid,
                at,
                note: None,
            },
            r.reply_after.after(at, tz),
            Some(r.reply_window.after(at, tz)),
        );
    }

    // Rule 2: the first follow-up after connecting.
    if let Some(on) = follow_up_open {
        let connected = start_of_day(on, tz);
        if !waiting && s.last_touch.is_none_or(|t| t < connected) {
            push(
                NudgeKind::FirstFollowUp,
                KeyPart::FollowUp(on),
                Trigger::Connected { on },
                r.first_follow_up.after(connected, tz),
                Some(r.first_follow_up_window.after(connected, tz)),
            );
        }
    }

    // Rule 3 (with 4 and 8's post): the check-in cadence.
    let mut beyond_calendar = false;
    if let Cadence::Every(cadence) = cadence
        && !waiting
    {
        let base = [s.last_touch, s.last_light_touch, last_skip]
            .into_iter()
            .flatten()
            .max()
            .or_else(|| c.connected_on.map(|d| start_of_day(d, tz)))
            .unwrap_or(c.created_at);
        let due = cadence.checked_scaled_after(base, tz, 1u32 << u.min(16));
        // Nothing is due after the year 9999: no check-in, and `show` says why.
        beyond_calendar = due.is_none();
        if let Some(mut due) = due {
            let recent = ctx.posts_since;
            let post = events
                .iter()
                .rev()
                .find(|e| {
                    e.kind == EventKind::Post
                        && start_of_day(e.on, tz) >= recent.max(start_of_day(local_date(base, tz), tz))
                })
                .map(|e| (*e).clone());
            if let Some(p) = &post {
                due = due.min(Duration::days(1).after(start_of_day(p.on, tz), tz));
            }
            push(
                NudgeKind::CheckIn,
                KeyPart::CheckIn(base.timestamp()),
                Trigger::Cadence { since: base, post },
                due,
                None,
            );
        }
    }

    // Rule 6: milestones, work anniversaries and birthdays.
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
    // A milestone is due on its day and offered for `milestone_window`.
    let mut milestone = |key: KeyPart, kind: EventKind, on: NaiveDate, event: Option<&Event>, years: Option<i32>| {
        let start = start_of_day(on, tz);
        let trigger = Trigger::Milestone {
            kind,
            on,
            event: event.cloned(),
            years,
        };
        push(NudgeKind::Milestone, key, trigger, start, Some(window.after(start, tz)));
    };
    // A yearly one is moot once you wrote on or after its day.
    let unwritten_since = |d: NaiveDate| s.last_touch.is_none_or(|t| t < start_of_day(d, tz));
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
        if s.last_touch.is_none_or(|t| t <= e.recorded_at) {
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

    if beyond_calendar && out.is_empty() {
        return Err(WhyNone::BeyondCalendar);
    }
    Ok((out, holds))
}

#[cfg(test)]
mod tests;
