//! The spacing rules of rules.md: facts and the current instant in, slotted
//! nudges with reasons out. Pure: no SQLite, no terminal, no system clock.
//!
//! Where each rule lives:
//! - rules 1–8, 11 and 12: `rules.rs`, one function per rule, named after
//!   it (`rule_01_reply_owed`, `rule_07_sensitive_hold`, …);
//! - rule 9 (sending windows): `slots::Windows`;
//! - rule 10 (daily cap): the "Rule 10" section of [`plan_until`] and
//!   `slots::DailyCap`;
//! - "Every nudge explains itself": `reasons.rs`; why a contact has none: [`WhyNone`].
//!
//! For each contact the rules propose candidates, each with the earliest
//! time it may come, the end of its offer window and the holds that apply.
//! Each candidate is settled into the sending windows; the earliest becomes
//! the contact's open nudge. Then all contacts' nudges fill the calendar
//! under the daily cap, and what would land past its offer window is
//! dropped in favour of the contact's next candidate.

pub mod demand;
mod reasons;
mod rules;
pub mod slots;
pub mod strength;

use crate::facts::{Facts, NudgeRecord, PlanRow};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use crate::config::Settings;
use crate::model::{Cadence, ContactId, Event, Nudge, NudgeKind, OpenState};
use crate::time::{local_date, start_of_day};
use rules::{Candidate, Hold, HoldKind, Subject, holds_of};
use slots::{DailyCap, Slot, Windows};

/// Why a contact has no open nudge.
#[derive(Debug, Clone, PartialEq)]
pub enum WhyNone {
    Archived,
    /// Paused until a date, or indefinitely.
    Paused(Option<NaiveDate>),
    /// Rule 4: this many messages unanswered.
    Waiting(u32),
    /// Rule 10: the nudge would land after its offer window closed;
    /// `by_cap` when the daily cap, not a hold, kept it away.
    Expired {
        kind: NudgeKind,
        window_end: NaiveDate,
        by_cap: bool,
    },
    /// A sensitive hold or busy deferral is running until this date.
    Held {
        until: NaiveDate,
        sensitive: bool,
    },
    /// Check-ins are off for this contact and nothing else is due.
    NoCadence,
    /// Rule 3: every message from them (by this greeting name) so far was
    /// a pitch, and nothing else is due.
    OnlyPitches(String),
    /// Rule 1: their last message (by this greeting name) closed the conversation.
    Closed(String),
    /// Everything that was due has been acted upon.
    Quiet,
    /// The next check-in would fall after the year 9999.
    BeyondCalendar,
    /// Rule 10: more check-ins compete for the daily places than there are,
    /// and the cap would push this one past its next cadence round.
    NotPlanned(Competition),
}

impl WhyNone {
    /// The reason on one line of `tend list`: as `tend show` gives it, but
    /// for a check-in not planned, only its place ("not planned: ranks
    /// 6,210th of 9,148 check-ins by strength"), from those two figures
    /// alone (`tend list` phrases each place once).
    pub fn brief(&self) -> String {
        match self {
            WhyNone::NotPlanned(c) => format!(
                "not planned: ranks {} of {} check-ins by strength",
                ordinal(c.rank),
                grouped(c.competing)
            ),
            other => other.to_string(),
        }
    }
}

/// Rule 10, when check-ins compete: the figures `tend show` gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Competition {
    /// Check-ins competing for places in this plan.
    pub competing: usize,
    pub cap: u32,
    /// This contact's place among them by strength (1 = the strongest).
    pub rank: usize,
    pub strength: f64,
    /// Their stored greeting name when they have one (`greet_stored`), else
    /// their full name: the greeting is found when the reason is written (a
    /// whole plan holds thousands of these, most never shown).
    pub called: Box<str>,
    pub greet_stored: bool,
    pub id: ContactId,
}

impl Competition {
    /// The name the reason calls them by.
    pub fn greeting(&self) -> &str {
        if self.greet_stored {
            reasons::greeting_of("", Some(&self.called))
        } else {
            reasons::greeting_of(&self.called, None)
        }
    }
}

impl std::fmt::Display for WhyNone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let day = |d: &NaiveDate| d.format("%-d %b %Y").to_string();
        match self {
            WhyNone::Archived => f.write_str("archived"),
            WhyNone::Paused(Some(d)) => write!(f, "paused until {}", day(d)),
            WhyNone::Paused(None) => f.write_str("paused"),
            WhyNone::Waiting(n) => write!(f, "waiting on them: {n} messages unanswered"),
            WhyNone::Expired {
                kind,
                window_end,
                by_cap: true,
            } => write!(
                f,
                "{} dropped: the daily cap was full until its window closed on {}",
                kind.as_str().replace('-', " "),
                day(window_end)
            ),
            WhyNone::Expired {
                kind,
                window_end,
                by_cap: false,
            } => write!(
                f,
                "{} dropped: it could not come before its window closed on {}",
                kind.as_str().replace('-', " "),
                day(window_end)
            ),
            WhyNone::Held { until, sensitive: true } => {
                write!(f, "on hold until {} after a sensitive event", day(until))
            }
            WhyNone::Held {
                until,
                sensitive: false,
            } => write!(f, "deferred until {} while they are busy", day(until)),
            WhyNone::NoCadence => f.write_str("no cadence (check-ins off) and nothing else due"),
            WhyNone::OnlyPitches(name) => write!(f, "no check-ins: every message from {name} so far was a pitch"),
            WhyNone::Closed(name) => write!(f, "no reply needed: {name}'s message closed the conversation"),
            WhyNone::Quiet => f.write_str("nothing due"),
            WhyNone::BeyondCalendar => f.write_str("the next check-in falls beyond the calendar (after the year 9999)"),
            WhyNone::NotPlanned(c) => write!(
                f,
                "not planned: {} check-ins compete for {} place{} a day; {} ranks {} by strength ({}). \
                 Raise {} with `tend edit {} --tag close` (a tag or cadence set by hand counts), \
                 or give others a longer cadence",
                grouped(c.competing),
                c.cap,
                if c.cap == 1 { "" } else { "s" },
                c.greeting(),
                ordinal(c.rank),
                strength::shown(c.strength),
                c.greeting(),
                c.id
            ),
        }
    }
}

/// "9,148": a count with thousands separated.
fn grouped(n: usize) -> String {
    crate::text::numbers::thousands(n as u64)
}

/// "6,210th", "1st", "22nd", "13th".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{}{suffix}", grouped(n))
}

#[derive(Debug, Default)]
pub struct Plan {
    /// Open nudges, at most one per contact, earliest slot first.
    pub nudges: Vec<Nudge>,
    /// For every planned contact without an open nudge (left empty by a
    /// plan with a horizon; a plan that explains some contacts gives rule
    /// 10's "not planned" only for them, see [`Planning::explain`]).
    pub why_none: HashMap<ContactId, WhyNone>,
    /// What `tend show` adds below a contact's next nudge: the other nudges
    /// it has, one dropped by the cap, why no reply is needed.
    pub notes: HashMap<ContactId, Vec<String>>,
    by_contact: HashMap<ContactId, usize>,
    /// A plan with a horizon: whether rule 10's cap is full on every day from
    /// today to the horizon's, and the weakest strength key
    /// ([`strength::sort_key`]) of a check-in the fill slotted on those days.
    /// No check-in weaker than that could have taken a place there.
    pub full_to_horizon: bool,
    pub weakest_slotted: Option<u32>,
}

impl Plan {
    pub fn for_contact(&self, id: ContactId) -> Option<&Nudge> {
        self.by_contact.get(&id).and_then(|i| self.nudges.get(*i))
    }
}

/// A candidate placed in the windows, before the cap.
#[derive(Debug, Clone)]
struct Settled {
    cand: Candidate,
    slot: Slot,
    /// The instant before windows were applied (after holds and floors).
    unwindowed: DateTime<Utc>,
    held_until: Option<(DateTime<Utc>, HoldKind)>,
    /// Rule 14 moved it to the start of this hour of the contact's day.
    usual_hour: Option<u32>,
    /// Rule 10: a check-in's strength ([`strength::sort_key`]); 0 for other kinds.
    rank: u32,
    /// Rule 10: a cadence check-in is not slotted at or after this instant
    /// (a whole round after its slot without the cap).
    round_end: Option<DateTime<Utc>>,
}

impl Settled {
    /// The instant from which the cap drops it rather than slot it: the end
    /// of its offer window, or of its cadence round.
    fn drop_at(&self) -> Option<DateTime<Utc>> {
        match (self.cand.offer_end, self.round_end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Whether dropping it at `end` is rule 10's "not planned" (its round
    /// ended) rather than its offer window closing.
    fn by_round(&self, end: DateTime<Utc>) -> bool {
        self.round_end == Some(end) && self.cand.offer_end.is_none_or(|o| o > end)
    }
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
    let mut planning = Planning::new(facts.events, facts.records, settings, now, horizon);
    planning.add(Cow::Borrowed(facts.contacts));
    planning.finish()
}

/// A plan in two steps, so that the contacts can come in batches (from
/// another thread, as they are read): [`Planning::add`] settles each
/// contact's candidates on its own; [`Planning::finish`] fills the calendar
/// under the daily cap (rule 10), which needs them all. Contacts may come in
/// any order: the result is the same.
pub struct Planning<'f> {
    ctx: Ctx<'f>,
    horizon: Option<DateTime<Utc>>,
    /// The start of the day after the horizon's last day.
    after_last_day: Option<DateTime<Utc>>,
    windows: Windows<'f>,
    placements: HashMap<(DateTime<Utc>, Tz), Placement>,
    /// Rule 10's round ends by cadence, factor and slot: the overdue
    /// check-ins of a network share a slot and a cadence, and calendar
    /// arithmetic in a zone is not free.
    round_ends: HashMap<(crate::time::Duration, u32, DateTime<Utc>), Option<DateTime<Utc>>>,
    events_by_contact: HashMap<ContactId, Vec<&'f Event>>,
    records: HashMap<ContactId, Vec<&'f NudgeRecord>>,
    last_skip: HashMap<ContactId, DateTime<Utc>>,
    /// The places nudges acted upon took (rule 10), before the fill.
    cap: DailyCap<'f>,
    /// Contacts whose notes a plan with a horizon still writes (`tend show`'s);
    /// `None`: everyone's without a horizon, no one's with one.
    explain: Option<Vec<ContactId>>,
    /// Check-ins competing among contacts not added (see [`Planning::competing_elsewhere`]).
    competing_elsewhere: usize,
    /// Of those, the ones stronger than the check-in explained (see [`Planning::stronger_elsewhere`]).
    stronger_elsewhere: usize,
    batches: Vec<Cow<'f, [PlanRow]>>,
    /// One per contact of `batches`, in the same order.
    outcomes: Vec<Outcome>,
    /// Every check-in takes its own turn in the fill, none starts in a
    /// group: what the tests hold the groups to.
    #[cfg(test)]
    own_turns: bool,
}

/// What the rules make of one contact before the calendar fills.
enum Outcome {
    /// Nothing to show or explain (its nudge comes after the horizon, or it
    /// has none and the plan asks no one why).
    Nothing,
    NoNudge(WhyNone),
    /// Its settled candidates, best first, and what `tend show` notes.
    Open {
        settled: Vec<Settled>,
        notes: Vec<String>,
    },
}

impl<'f> Planning<'f> {
    pub fn new(
        events: &'f [Event],
        records: &'f [NudgeRecord],
        settings: &'f Settings,
        now: DateTime<Utc>,
        horizon: Option<DateTime<Utc>>,
    ) -> Planning<'f> {
        let tz = settings.user.timezone;
        let ctx = Ctx {
            s: settings,
            tz,
            now,
            today: local_date(now, tz),
            posts_since: settings.rules.post_recent.before(now, tz),
        };
        let mut events_by_contact: HashMap<ContactId, Vec<&Event>> = HashMap::default();
        for e in events {
            events_by_contact.entry(e.contact_id).or_default().push(e);
        }
        for list in events_by_contact.values_mut() {
            list.sort_by_key(|e| (e.on, e.id));
        }
        let mut by_contact: HashMap<ContactId, Vec<&NudgeRecord>> = HashMap::default();
        let mut last_skip: HashMap<ContactId, DateTime<Utc>> = HashMap::default();
        let mut cap = DailyCap::new(settings.rules.daily_cap, &settings.user.hours);
        for r in records {
            by_contact.entry(r.contact_id).or_default().push(r);
            if let Some(at) = rules::rule_11_skip_counts_from(r) {
                let e = last_skip.entry(r.contact_id).or_insert(at);
                *e = (*e).max(at);
            }
            if let Some(day) = rules::rule_10_counted_on(r) {
                cap.count(local_date(day, tz));
            }
        }
        Planning {
            horizon,
            after_last_day: horizon
                .and_then(|h| local_date(h, tz).succ_opt())
                .map(|d| start_of_day(d, tz)),
            windows: Windows::new(
                &settings.user.hours,
                tz,
                &settings.rules.recipient_hours,
                settings.rules.overlap_wait,
            ),
            placements: HashMap::default(),
            round_ends: HashMap::default(),
            events_by_contact,
            records: by_contact,
            last_skip,
            cap,
            explain: None,
            competing_elsewhere: 0,
            stronger_elsewhere: 0,
            batches: Vec::new(),
            outcomes: Vec::new(),
            #[cfg(test)]
            own_turns: false,
            ctx,
        }
    }

    /// A plan with a horizon writes the notes of `ids` too (see
    /// [`Plan::notes`]): what `tend show` lists for the contact it shows.
    /// A plan without one writes the notes of `ids` only, and rule 10's "not
    /// planned" (whose figures cost a look at every check-in) only for them;
    /// every other reason for none as before. No ids: everyone's.
    pub fn explain(&mut self, ids: &[ContactId]) {
        self.explain = (!ids.is_empty()).then(|| ids.to_vec());
    }

    /// A plan that writes no one's notes nor rule 10's "not planned" (every
    /// other reason for none as before): what `tend list --json` needs, which
    /// shows the nudges alone. The figures of 30,000 check-ins not planned
    /// were a tenth of its planning.
    pub fn explain_nobody(&mut self) {
        self.explain = Some(Vec::new());
    }

    /// Rule 10's figures count `n` more check-ins competing than the
    /// contacts added have: those of contacts left out of a plan that only
    /// needs the nudges before one contact's check-in (each of them weaker).
    pub fn competing_elsewhere(&mut self, n: usize) {
        self.competing_elsewhere = n;
    }

    /// Of the check-ins competing among contacts not added, `n` are stronger
    /// than the one contact's this plan explains (see [`Planning::explain`]):
    /// they rank before it. A plan that shows one contact's check-in finds
    /// no place need not read them (more rows only take more places).
    pub fn stronger_elsewhere(&mut self, n: usize) {
        self.stronger_elsewhere = n;
    }

    /// Whether `id`'s notes are written.
    fn notes_for(&self, id: ContactId) -> bool {
        explained(self.horizon, self.explain.as_deref()).is_none_or(|ids| ids.contains(&id))
    }

    /// Settles the candidates of each contact of `rows`.
    pub fn add(&mut self, rows: Cow<'f, [PlanRow]>) {
        self.outcomes.reserve(rows.len());
        for c in rows.iter() {
            let outcome = self.settle_contact(c);
            self.outcomes.push(outcome);
        }
        self.batches.push(rows);
    }

    fn settle_contact(&mut self, c: &PlanRow) -> Outcome {
        let ctx = &self.ctx;
        let explain_none = self.horizon.is_none();
        let events = self.events_by_contact.get(&c.id).map_or(&[][..], Vec::as_slice);
        let ctz = c.timezone.unwrap_or(ctx.tz);
        let who = Subject {
            c,
            events,
            records: self.records.get(&c.id),
            last_skip: self.last_skip.get(&c.id).copied(),
        };
        let (cands, holds) = match rules::candidates(ctx, &who) {
            Ok(v) => v,
            Err(why) if explain_none => return Outcome::NoNudge(why),
            Err(_) => return Outcome::Nothing,
        };
        let mut settled: Vec<Settled> = Vec::with_capacity(cands.len());
        let mut expired: Option<WhyNone> = None;
        // A reply that can only come after the horizon is still this
        // contact's open nudge (replies go first): nothing of theirs shows.
        let mut reply_beyond = false;
        let mut any_beyond = false;
        // Rule 15, computed once per contact, and only for check-ins.
        let mut strength: Option<u32> = None;
        for cand in cands {
            if let Some(at) = cand.delivered_due {
                let slot = Slot { at, user_only: false };
                settled.push(Settled {
                    cand,
                    slot,
                    unwindowed: at,
                    held_until: None,
                    usual_hour: None,
                    rank: 0,
                    round_end: None,
                });
                continue;
            }
            let start = cand.due.max(cand.floor).max(ctx.now);
            if cand.offer_end.is_some_and(|end| start >= end) {
                continue; // stale: its window closed before now
            }
            // Holds, windows and the cap only move a nudge later: one that
            // starts after the horizon's last day is not needed, and slotting
            // every contact's distant check-in was most of an agenda's
            // planning. (One later on that day still takes its place there.)
            if self.after_last_day.is_some_and(|h| start >= h) {
                reply_beyond |= cand.kind == NudgeKind::Reply;
                any_beyond = true;
                continue;
            }
            // A reply to a plan or a request for that same day comes in the
            // user's hours alone: their zone's evening must not push "can I
            // call you this afternoon?" to Monday (trial 69; rule 1).
            // The contact's hours do not count either: "Tomorrow still on?" at
            // 17:40 waited for 09:00 the next day, as the contact's 17:00 had
            // passed (trial 71).
            let p = if rules::rule_01_today(&cand, c) {
                settle(&mut self.windows, start, ctz, &holds, cand.kind, true)
            } else {
                place(&mut self.windows, &mut self.placements, start, ctz, &holds, cand.kind)
            };
            if let Some(end) = cand.offer_end.filter(|end| p.slot.at >= *end) {
                expired = Some(WhyNone::Expired {
                    kind: cand.kind,
                    window_end: local_date(end, ctx.tz),
                    by_cap: false,
                });
                continue;
            }
            let round_end = cand.round.and_then(|(cadence, factor)| {
                *self
                    .round_ends
                    .entry((cadence, factor, p.slot.at))
                    .or_insert_with(|| cadence.checked_scaled_after(p.slot.at, ctx.tz, factor))
            });
            let rank = if cand.kind == NudgeKind::CheckIn {
                *strength.get_or_insert_with(|| strength::sort_key(c.bond().strength(ctx.now)))
            } else if rules::rule_01_today(&cand, c) {
                // Among a day's replies, one to a plan or a request for that
                // same day goes first: weeks-old replies can wait an evening,
                // "drinks tonight?" cannot (trials 41-43).
                TODAY_RANK
            } else if cand.kind == NudgeKind::Reply && !c.summary.pitches_only {
                // A sales pitch's reply comes after the day's real replies:
                // on a full day it is the one to wait (trial 54 gave a pitch
                // the place of a new colleague's question).
                1
            } else {
                0
            };
            settled.push(Settled {
                cand,
                slot: p.slot,
                unwindowed: p.unwindowed,
                held_until: p.held_until,
                usual_hour: None,
                rank,
                round_end,
            });
        }
        if reply_beyond {
            return Outcome::Nothing;
        }
        let closed = rules::rule_01_closed_recently(ctx, c);
        if settled.is_empty() {
            if any_beyond || !explain_none {
                return Outcome::Nothing; // it has a nudge, after the horizon, or none is asked why
            }
            return Outcome::NoNudge(match expired {
                Some(why) => why,
                None if closed => WhyNone::Closed(reasons::greeting(c).to_string()),
                None => idle_reason(ctx, c, &holds),
            });
        }
        let mut notes = Vec::new();
        let notes_wanted = self.notes_for(c.id);
        if closed && notes_wanted {
            notes.push(WhyNone::Closed(reasons::greeting(c).to_string()).to_string());
        }
        // A delivered nudge stays the open one until acted upon or moot (rule
        // 12); then a reply, which answers what they wrote; otherwise the
        // earliest slot wins, then the higher priority.
        settled.sort_by_key(|s| {
            (
                s.cand.state != OpenState::Delivered,
                s.cand.kind != NudgeKind::Reply,
                s.slot.at,
                Reverse(s.cand.kind.priority()),
            )
        });
        // Only `tend show` reads the notes; an agenda (with a horizon) skips them.
        if settled.len() > 1 && notes_wanted {
            notes.extend(reasons::also_due(ctx, c, &settled[0], &settled[1..]));
        }
        Outcome::Open { settled, notes }
    }

    /// Fills the calendar with every contact added (rule 10) and phrases the reasons.
    pub fn finish(mut self) -> Plan {
        // First leaving out what the cap sends past the horizon (see
        // [`Fill::run`]); should that ever change what the horizon shows, again
        // without leaving it out.
        match self.fill(true) {
            Ok(plan) => plan,
            Err(Unsure) => self.fill(false).unwrap_or_default(),
        }
    }

    fn fill(&mut self, leave_out: bool) -> Result<Plan, Unsure> {
        let ctx = &self.ctx;
        let tz = ctx.tz;
        let horizon = self.horizon;
        let explain_until = horizon.unwrap_or(DateTime::<Utc>::MAX_UTC);
        let mut plan = Plan::default();
        let mut options = OptionsById::with_capacity(self.outcomes.len());
        let mut placed: Vec<PlacedNudge> = Vec::new();
        let mut queue: BinaryHeap<Turn> = BinaryHeap::new();
        let mut groups: BTreeMap<GroupKey, Group> = BTreeMap::new();
        if horizon.is_none() {
            plan.why_none.reserve(self.outcomes.len());
        }
        let rows = self.batches.iter().flat_map(|b| b.iter());
        for (c, outcome) in rows.zip(&self.outcomes) {
            let (settled, notes) = match outcome {
                Outcome::Nothing => continue,
                Outcome::NoNudge(why) => {
                    plan.why_none.insert(c.id, why.clone());
                    continue;
                }
                Outcome::Open { settled, notes } => (settled, notes),
            };
            if !notes.is_empty() {
                plan.notes.entry(c.id).or_default().extend(notes.iter().cloned());
            }
            let ctz = c.timezone.unwrap_or(tz);
            // A delivered nudge keeps its slot and needs no room: it is open as is.
            if settled[0].cand.state == OpenState::Delivered {
                placed.push((settled[0].clone(), c, ctz, None));
                continue;
            }
            // An overdue check-in with nothing else hanging on it starts in
            // the group of its slot, as the cap would put it there once its
            // day is full: 30,000 of them then take no turn each on that day.
            match settled.as_slice() {
                [s] if self.groups_at_start() && starts_grouped(ctx, s, c, &self.events_by_contact) => {
                    if let Some(end) = s.round_end {
                        join_group(&mut groups, s, c.id, ctz, end);
                    }
                }
                _ => queue.push(turn(&settled[0], c.id, tz)),
            }
            options.insert(
                c.id,
                Options {
                    row: c,
                    idx: 0,
                    list: settled,
                    current: Some(Current::kept(&settled[0])),
                    moved_from: None,
                    promised: false,
                },
            );
        }

        // Rule 10: fill each day of the calendar by priority, then due time; a
        // full day sends the nudge on to the next day with room.
        let last_day_shown = horizon.map(|h| local_date(h, tz));
        // The places taken plus those promised to nudges the cap sent on: a
        // nudge sent on goes straight to a day with a place left for it, instead
        // of every overflowing nudge passing through every later day.
        let start = Fill {
            cap: self.cap.clone(),
            promised: self.cap.clone(),
            queue,
            options,
            placed,
            notes: Vec::new(),
            explain: explained(horizon, self.explain.as_deref()),
            why_none: Vec::new(),
            not_planned: Vec::new(),
            groups,
        };
        let fill = start.run(
            ctx,
            &mut self.windows,
            &mut self.placements,
            &self.events_by_contact,
            last_day_shown.filter(|_| leave_out),
            last_day_shown,
        )?;
        if let Some(last) = last_day_shown {
            let mut cap = fill.cap.clone();
            plan.full_to_horizon = cap.first_free(ctx.today) > last;
            plan.weakest_slotted = fill
                .placed
                .iter()
                .filter(|(s, ..)| {
                    s.cand.kind == NudgeKind::CheckIn
                        && s.cand.state != OpenState::Delivered
                        && local_date(s.slot.at, tz) <= last
                })
                .map(|(s, ..)| s.rank)
                .min();
        }
        let mut placed = fill.placed;
        for (cid, note) in fill.notes {
            plan.notes.entry(cid).or_default().push(note);
        }
        if horizon.is_none() {
            plan.why_none.extend(fill.why_none);
        }
        // Figures only for those a plan says something of (a plan with a
        // horizon: the contacts it explains).
        let wanted: Vec<(ContactId, u32, bool)> = fill
            .not_planned
            .into_iter()
            .filter(|(cid, ..)| explained(horizon, self.explain.as_deref()).is_none_or(|ids| ids.contains(cid)))
            .collect();
        if !wanted.is_empty() {
            for (cid, why, has_next) in self.competition(&wanted) {
                if has_next {
                    plan.notes.entry(cid).or_default().push(why.to_string());
                } else {
                    plan.why_none.insert(cid, why);
                }
            }
        }
        placed.sort_by_key(|(s, row, ..)| (s.slot.at, Reverse(s.cand.kind.priority()), row.id));
        plan.nudges = placed
            .into_iter()
            .map(|(s, row, ctz, moved_from)| {
                // Sentences cost more than planning; write only those asked for.
                let reason = if s.slot.at < explain_until {
                    reasons::sentence(ctx, row, &s, ctz, moved_from)
                } else {
                    String::new()
                };
                to_nudge(row, s, reason)
            })
            .collect();
        plan.by_contact = plan.nudges.iter().enumerate().map(|(i, n)| (n.contact_id, i)).collect();
        Ok(plan)
    }
}

impl Planning<'_> {
    #[cfg(not(test))]
    fn groups_at_start(&self) -> bool {
        true
    }

    #[cfg(test)]
    fn groups_at_start(&self) -> bool {
        !self.own_turns
    }

    /// Rule 10's figures for the check-ins not planned: how many check-ins
    /// compete (every contact with a pending check-in among its nudges) and
    /// where each ranks among them by strength.
    fn competition(&self, not_planned: &[(ContactId, u32, bool)]) -> Vec<(ContactId, WhyNone, bool)> {
        let mut strengths: Vec<u32> = self
            .outcomes
            .iter()
            .filter_map(|o| match o {
                Outcome::Open { settled, .. } => settled
                    .iter()
                    .find(|s| s.cand.kind == NudgeKind::CheckIn && s.cand.state != OpenState::Delivered)
                    .map(|s| s.rank),
                _ => None,
            })
            .collect();
        strengths.sort_unstable_by(|a, b| b.cmp(a));
        let wanted: rustc_hash::FxHashSet<ContactId> = not_planned.iter().map(|(id, ..)| *id).collect();
        let by_id: HashMap<ContactId, &PlanRow> = self
            .batches
            .iter()
            .flat_map(|b| b.iter())
            .filter(|r| wanted.contains(&r.id))
            .map(|r| (r.id, r))
            .collect();
        not_planned
            .iter()
            .filter_map(|&(cid, rank, has_next)| {
                let row = by_id.get(&cid)?;
                // Ties share the better place.
                let place = strengths.partition_point(|s| *s > rank) + 1 + self.stronger_elsewhere;
                let (called, greet_stored) = called(row);
                let why = WhyNone::NotPlanned(Competition {
                    competing: strengths.len() + self.competing_elsewhere,
                    cap: self.ctx.s.rules.daily_cap,
                    rank: place,
                    strength: row.bond().strength(self.ctx.now),
                    called,
                    greet_stored,
                    id: cid,
                });
                Some((cid, why, has_next))
            })
            .collect()
    }
}

/// What [`Competition::greeting`] finds a contact's greeting from: their
/// stored greeting name when it says something, else their full name.
fn called(row: &PlanRow) -> (Box<str>, bool) {
    match row.greet.as_deref().map(str::trim) {
        Some(stored) if !stored.is_empty() => (stored.into(), true),
        _ => (row.name.as_str().into(), false),
    }
}

/// Whose notes a plan writes: everyone's (`None`) without a horizon and
/// without contacts to explain, else only those of the contacts it explains
/// (see [`Planning::explain`]).
fn explained(horizon: Option<DateTime<Utc>>, explain: Option<&[ContactId]>) -> Option<&[ContactId]> {
    match explain {
        Some(ids) => Some(ids),
        None => horizon.map(|_| &[][..]),
    }
}

/// A placed nudge: its settling, row, zone and the day the cap moved it from.
type PlacedNudge<'a> = (Settled, &'a PlanRow, Tz, Option<NaiveDate>);

/// Rule 10's calendar while it fills.
struct Fill<'a> {
    cap: DailyCap<'a>,
    /// The places taken plus those promised to nudges the cap sent on: a
    /// nudge sent on goes straight to a day with a place left for it,
    /// instead of every overflowing nudge passing through every later day.
    promised: DailyCap<'a>,
    queue: BinaryHeap<Turn>,
    options: OptionsById<'a>,
    placed: Vec<PlacedNudge<'a>>,
    notes: Vec<(ContactId, String)>,
    /// Whose notes are written: everyone's when `None`.
    explain: Option<&'a [ContactId]>,
    why_none: Vec<(ContactId, WhyNone)>,
    /// Check-ins the cap would push past their round (rule 10): the contact,
    /// its strength key, and whether it has another nudge (a note then).
    not_planned: Vec<(ContactId, u32, bool)>,
    /// Check-ins the cap sent on that move together (see [`Group`]), by
    /// their shared slot and zone.
    groups: BTreeMap<GroupKey, Group>,
}

/// Cadence check-ins the cap sent on to the same slot in the same zone,
/// with nothing else hanging on them: no holds, no offer window, no later
/// nudge of their contact. When their day is full, the cap sends every one
/// of them to the same next day with room and the same slot there, in the
/// same order; so they move as one, instead of each taking a turn on every
/// day (at 30,000 overdue check-ins, a turn each per day of their round).
/// One whose round ends before the group's slot is dropped when it comes
/// first (nothing depends on when: it takes no place and frees none).
struct Group {
    slot: Slot,
    ctz: Tz,
    /// The latest end of a member's round: from a day starting then, all are dropped.
    last_end: DateTime<Utc>,
    /// By strength, then due time, then contact id (rule 10's order).
    members: BinaryHeap<Member>,
}

/// A group's place among the groups: its slot, then its zone's name.
type GroupKey = (DateTime<Utc>, &'static str);

/// The rank of a reply to a plan or a request for its own day (rule 1):
/// first among the day's replies, and placed even on a full day (rule 10).
const TODAY_RANK: u32 = u32::MAX;

/// A member of a [`Group`]: its strength key, due time and contact, in rule 10's order.
type Member = Reverse<(Reverse<u32>, DateTime<Utc>, ContactId)>;

/// A run that left nudges out past the horizon met a decision that depends
/// on where they would have landed.
struct Unsure;

impl<'a> Fill<'a> {
    /// Fills the calendar. With `leave_out` (the last day shown), a nudge the
    /// cap sends past that day is left out, unslotted: slotting thousands of
    /// overdue check-ins was most of an agenda's time. Where it would have
    /// landed decides where later nudges land past the horizon, and so
    /// whether a nudge offered for a while expires there and lets its
    /// contact's next nudge come back before the horizon: once something is
    /// left out, such a decision makes the run [`Unsure`].
    fn run(
        mut self,
        ctx: &Ctx,
        windows: &mut Windows,
        placements: &mut HashMap<(DateTime<Utc>, Tz), Placement>,
        events_by_contact: &HashMap<ContactId, Vec<&Event>>,
        leave_out: Option<NaiveDate>,
        last_day_shown: Option<NaiveDate>,
    ) -> Result<Fill<'a>, Unsure> {
        let tz = ctx.tz;
        let horizon_end = leave_out.and_then(|last| last.succ_opt()).map(|d| start_of_day(d, tz));
        let mut left_out = false;
        // The first day with room, asked again only after a place is taken.
        let mut first_free_day: Option<NaiveDate> = None;
        loop {
            // The next turn: the queue's or the first of a group's, whichever comes first.
            let group_turn = self.first_group_turn(tz);
            let (Reverse((day, _, Reverse(turn_rank), _, cid)), group) = match (self.queue.peek().copied(), group_turn)
            {
                (None, None) => break,
                (Some(q), Some((key, g))) if g > q => (g, Some(key)),
                (None, Some((key, g))) => (g, Some(key)),
                (Some(q), _) => {
                    self.queue.pop();
                    (q, None)
                }
            };
            // Every day up to the horizon is full: nothing else can land
            // before it, but a reply to a plan for its own day (see below).
            if let Some(last) = last_day_shown
                && turn_rank != TODAY_RANK
            {
                let free = *first_free_day.get_or_insert_with(|| self.cap.first_free(ctx.today));
                if free > last {
                    break;
                }
            }
            if let Some(key) = group {
                if !self.cap.has_room(day) {
                    left_out |= self.move_group(key, day, tz, windows, placements, leave_out);
                    continue;
                }
                let Some(g) = self.groups.get_mut(&key) else { break };
                // Every member's round ends by the group's slot: one after
                // another they would all be dropped here, taking no place and
                // freeing none, so all at once (30,000 turns at a saturated
                // network). A plan with a horizon may stop between two of
                // them (its days are full): it takes their turns one by one.
                if g.slot.at >= g.last_end && last_day_shown.is_none() {
                    self.drop_group(key);
                    continue;
                }
                g.members.pop();
                let slot = g.slot;
                if g.members.is_empty() {
                    self.groups.remove(&key);
                }
                let Some(o) = self.options.get_mut(&cid) else {
                    continue;
                };
                let Some(mut s) = o.current.take() else {
                    continue;
                };
                // Its end does not move with it: most of a large group end
                // here, and need no copy moved to the slot first.
                if s.drop_at().is_some_and(|end| slot.at >= end) {
                    self.not_planned.push((cid, s.rank, false));
                    continue;
                }
                if s.slot != slot {
                    // One that started in its group (see `starts_grouped`)
                    // was sent on from the day of its own slot.
                    let first = s.kept.slot.at;
                    o.moved_from.get_or_insert(local_date(first, tz));
                    s.to_mut().slot = slot;
                }
                o.current = Some(s);
            }
            let Some(o) = self.options.get_mut(&cid) else {
                continue;
            };
            let Some(mut s) = o.current.take() else {
                continue;
            };
            // May expire past the horizon and let the contact's next nudge in.
            let has_next = o.idx + 1 < o.list.len();
            let may_expire_beyond = s.drop_at().is_some_and(|e| horizon_end.is_some_and(|h| e > h)) && has_next;
            // Past the horizon, the whole plan may have no room where this run
            // has: it would send the nudge on, perhaps past its end.
            if left_out && may_expire_beyond && leave_out.is_some_and(|last| day > last) && self.cap.has_room(day) {
                return Err(Unsure);
            }
            let ctz = o.row.timezone.unwrap_or(ctx.tz);
            // A reply to a plan or a request for that same day ("lunch today?
            // 12:30") takes its place even on a full day: the next day it
            // answers nothing (trials 55-56: the day's five places were taken
            // by nudges done by 09:10, and "exec sync moved to 3pm today" was
            // offered the next morning).
            if self.cap.has_room(day) || s.rank == TODAY_RANK {
                if s.cand.state != OpenState::Delivered
                    && !rules::rule_14_keeps_a_plan(&s.cand, o.row)
                    && let Some(hour) = o.row.usual_hour.filter(|_| ctx.s.rules.learned_hours)
                    && let Some(at) = rules::rule_14_usual_hour(ctx, s.slot, hour, ctz, s.cand.offer_end)
                {
                    let moved = s.to_mut();
                    moved.slot.at = at;
                    moved.usual_hour = Some(hour);
                }
                self.cap.count(day);
                first_free_day = None;
                // A nudge sent on with a promise counted its place then.
                if !o.promised {
                    self.promised.count(day);
                }
                o.promised = false;
                self.placed.push((s.into_owned(), o.row, ctz, o.moved_from));
                continue;
            }
            o.moved_from.get_or_insert(day);
            // Among check-ins the stronger takes a day's place, whoever came
            // first: a promise would keep it for a weaker one sent on
            // earlier. So a check-in goes on to the next day with room, and
            // competes there again.
            let competes = s.cand.kind == NudgeKind::CheckIn;
            let free = if competes {
                self.cap.first_free(day)
            } else {
                self.promised.first_free(day)
            };
            if leave_out.is_some_and(|last| free > last) {
                // Whether it lands past the horizon or is dropped there, it
                // shows nothing before it, unless dropping it lets the
                // contact's next nudge in.
                if s.drop_at().is_none() || !has_next {
                    left_out = true;
                    continue;
                }
                // The whole plan sends it at least as far (more nudges claim
                // places past the horizon there): from a day that starts at or
                // after its end, it expires in both.
                if left_out && may_expire_beyond && s.drop_at().is_some_and(|e| start_of_day(free, tz) < e) {
                    return Err(Unsure);
                }
            }
            let free_from = start_of_day(free, tz);
            // Holds and windows only move it later: from a day that starts at
            // or after the end of its offer (or round), it expires wherever
            // it lands, and takes no place there.
            let expired_anyway = s.drop_at().is_some_and(|end| free_from >= end);
            let mut no_holds = false;
            if !expired_anyway {
                if !competes {
                    self.promised.count(free);
                    o.promised = true;
                }
                let holds = holds_of(ctx, o.row, events_by_contact.get(&cid).map_or(&[][..], Vec::as_slice));
                no_holds = holds.is_empty();
                let next = place(windows, placements, free_from, ctz, &holds, s.cand.kind);
                let moved = s.to_mut();
                moved.slot = next.slot;
                if next.held_until.is_some() {
                    moved.held_until = next.held_until;
                }
            }
            let Some(end) = s.drop_at().filter(|end| expired_anyway || s.slot.at >= *end) else {
                // Its turn comes again among the nudges of the day it moved to,
                // in a group when nothing else hangs on it.
                if competes
                    && no_holds
                    && !has_next
                    && s.cand.offer_end.is_none()
                    && let Some(end) = s.round_end
                {
                    join_group(&mut self.groups, &s, cid, ctz, end);
                } else {
                    self.queue.push(turn(&s, cid, tz));
                }
                o.current = Some(s);
                continue;
            };
            // Dropped: say so, and the contact's next candidate gets its turn.
            // A check-in past its round is "not planned", with figures only
            // the whole fill knows (see `Fill::not_planned`).
            let by_round = s.by_round(end);
            let dropped = WhyNone::Expired {
                kind: s.cand.kind,
                window_end: local_date(end, tz),
                by_cap: true,
            };
            o.idx += 1;
            o.moved_from = None;
            o.promised = false;
            o.current = o.list.get(o.idx).map(Current::kept);
            let explained = self.explain.is_none_or(|ids| ids.contains(&cid));
            match o.current.as_ref() {
                Some(next) => {
                    self.queue.push(turn(next, cid, tz));
                    if by_round && explained {
                        self.not_planned.push((cid, s.rank, true));
                    } else if explained {
                        self.notes.push((cid, dropped.to_string()));
                    }
                }
                None if by_round => self.not_planned.push((cid, s.rank, false)),
                None => self.why_none.push((cid, dropped)),
            }
        }
        Ok(self)
    }
}

impl Fill<'_> {
    /// The first turn among the groups, with its group: groups come in the
    /// order of their slots, and those on the same day compare by their first.
    fn first_group_turn(&self, tz: Tz) -> Option<(GroupKey, Turn)> {
        let mut best: Option<(GroupKey, Turn)> = None;
        let mut first_day = None;
        for (key, g) in &self.groups {
            let day = local_date(g.slot.at, tz);
            if first_day.is_some_and(|d| d != day) {
                break;
            }
            first_day = Some(day);
            if let Some(Reverse((rank, due, cid))) = g.members.peek() {
                let t = Reverse((day, Reverse(NudgeKind::CheckIn.priority()), *rank, *due, *cid));
                if best.as_ref().is_none_or(|(_, b)| t > *b) {
                    best = Some((*key, t));
                }
            }
        }
        best
    }

    /// Drops every member of a group whose slot is at or after the end of
    /// their rounds: rule 10's "not planned", as each member's own turn
    /// would find.
    fn drop_group(&mut self, key: GroupKey) {
        let Some(g) = self.groups.remove(&key) else {
            return;
        };
        for Reverse((Reverse(rank), _, cid)) in g.members.into_vec() {
            if self.options.get_mut(&cid).is_some_and(|o| o.current.take().is_some()) {
                self.not_planned.push((cid, rank, false));
            }
        }
    }

    /// The group's day is full: all of it goes on to the next day with room,
    /// as each member would. Returns whether it was left out (past the last
    /// day shown).
    fn move_group(
        &mut self,
        key: GroupKey,
        day: NaiveDate,
        tz: Tz,
        windows: &mut Windows,
        placements: &mut HashMap<(DateTime<Utc>, Tz), Placement>,
        leave_out: Option<NaiveDate>,
    ) -> bool {
        let Some(mut g) = self.groups.remove(&key) else {
            return false;
        };
        let free = self.cap.first_free(day);
        if leave_out.is_some_and(|last| free > last) {
            return true;
        }
        let free_from = start_of_day(free, tz);
        if g.last_end <= free_from {
            for Reverse((Reverse(rank), _, cid)) in g.members.into_vec() {
                self.not_planned.push((cid, rank, false));
            }
            return false;
        }
        g.slot = place(windows, placements, free_from, g.ctz, &[], NudgeKind::CheckIn).slot;
        match self.groups.get_mut(&(g.slot.at, g.ctz.name())) {
            Some(there) => {
                if there.members.len() < g.members.len() {
                    std::mem::swap(&mut there.members, &mut g.members);
                }
                there.members.append(&mut g.members);
                there.last_end = there.last_end.max(g.last_end);
            }
            None => {
                self.groups.insert((g.slot.at, g.ctz.name()), g);
            }
        }
        false
    }
}

/// Whether a contact's only settled candidate starts in a [`Group`]: an
/// overdue cadence check-in (it starts now, so those of a zone share a slot)
/// with what a group asks of its members: no holds, no offer window, no
/// later nudge of the contact (the caller checks it is the only one).
fn starts_grouped(ctx: &Ctx, s: &Settled, row: &PlanRow, events: &HashMap<ContactId, Vec<&Event>>) -> bool {
    s.cand.kind == NudgeKind::CheckIn
        && s.cand.state != OpenState::Delivered
        && s.cand.offer_end.is_none()
        && s.round_end.is_some()
        && s.unwindowed <= ctx.now
        && holds_of(ctx, row, events.get(&row.id).map_or(&[][..], Vec::as_slice)).is_empty()
}

/// Puts a check-in the cap sent on into the group of its new slot.
fn join_group(groups: &mut BTreeMap<GroupKey, Group>, s: &Settled, cid: ContactId, ctz: Tz, end: DateTime<Utc>) {
    let g = groups.entry((s.slot.at, ctz.name())).or_insert_with(|| Group {
        slot: s.slot,
        ctz,
        last_end: end,
        members: BinaryHeap::new(),
    });
    g.last_end = g.last_end.max(end);
    g.members.push(Reverse((Reverse(s.rank), s.cand.due, cid)));
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
        care: s.cand.care,
    }
}

/// A contact's settled candidates while the calendar fills (rule 10).
struct Options<'a> {
    row: &'a PlanRow,
    /// The candidate now competing for a place.
    idx: usize,
    list: &'a [Settled],
    /// `list[idx]` as the fill moves it; `None` once placed.
    current: Option<Current<'a>>,
    /// The day the cap first sent the current candidate away from.
    moved_from: Option<NaiveDate>,
    /// The current candidate holds a promised place on the day of its turn.
    promised: bool,
}

/// Each contact's [`Options`], found by its id. Kept in a vector, found
/// through a map of indexes: in a hash table of their own, whose buckets
/// come in powers of two, 30,000 of them took 20 MB, a third of the peak
/// memory of `tend list` at a network where every check-in competes.
struct OptionsById<'a> {
    index: HashMap<ContactId, usize>,
    all: Vec<Options<'a>>,
}

impl<'a> OptionsById<'a> {
    fn with_capacity(n: usize) -> OptionsById<'a> {
        let mut index = HashMap::default();
        index.reserve(n);
        OptionsById {
            index,
            all: Vec::with_capacity(n),
        }
    }

    /// Adds (or replaces) the options of `id`.
    fn insert(&mut self, id: ContactId, options: Options<'a>) {
        match self.index.get(&id).and_then(|&i| self.all.get_mut(i)) {
            Some(there) => *there = options,
            None => {
                self.index.insert(id, self.all.len());
                self.all.push(options);
            }
        }
    }

    fn get_mut(&mut self, id: &ContactId) -> Option<&mut Options<'a>> {
        let at = *self.index.get(id)?;
        self.all.get_mut(at)
    }
}

/// A contact's candidate in the fill: as settled until the fill moves it,
/// then its own copy. Most of 30,000 competing check-ins never move, and a
/// copy in every contact's options took 8 MB at such a network.
struct Current<'a> {
    kept: &'a Settled,
    moved: Option<Box<Settled>>,
}

impl<'a> Current<'a> {
    fn kept(s: &'a Settled) -> Current<'a> {
        Current { kept: s, moved: None }
    }

    /// The candidate, to move.
    fn to_mut(&mut self) -> &mut Settled {
        let kept = self.kept;
        self.moved.get_or_insert_with(|| Box::new(kept.clone()))
    }

    fn into_owned(self) -> Settled {
        self.moved.map_or_else(|| self.kept.clone(), |s| *s)
    }
}

impl std::ops::Deref for Current<'_> {
    type Target = Settled;

    fn deref(&self) -> &Settled {
        self.moved.as_deref().unwrap_or(self.kept)
    }
}

/// Rule 10's order: the day of the slot, then higher priority, then (among
/// check-ins) the stronger relationship, then the earlier due time, then
/// contact id (deterministic).
type Turn = Reverse<(NaiveDate, Reverse<u8>, Reverse<u32>, DateTime<Utc>, ContactId)>;

fn turn(s: &Settled, id: ContactId, tz: Tz) -> Turn {
    Reverse((
        local_date(s.slot.at, tz),
        Reverse(s.cand.kind.priority()),
        Reverse(s.rank),
        s.cand.due,
        id,
    ))
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
        return settle(windows, start, ctz, holds, kind, false);
    }
    *placements
        .entry((start, ctz))
        .or_insert_with(|| settle(windows, start, ctz, holds, kind, false))
}

/// Holds and windows until no hold applies to the slot any more. The
/// windows are asked again only when a hold moved the time: rule 9 measures
/// its wait from where the nudge may first come, not from its own answer.
/// `user_only`: in the user's window alone, whatever the contact's (rule 1's
/// reply for the same day).
fn settle(
    windows: &mut Windows,
    start: DateTime<Utc>,
    ctz: Tz,
    holds: &[Hold],
    kind: NudgeKind,
    user_only: bool,
) -> Placement {
    // Replies ignore rules 7 and 8; a pause stops everything.
    let applies = |h: &Hold, t: DateTime<Utc>| {
        (kind != NudgeKind::Reply || h.kind == HoldKind::Pause) && h.start <= t && t < h.end
    };
    let mut t = start;
    let mut held_until = None;
    let mut unwindowed = t;
    let mut slot = Slot {
        at: t,
        user_only: false,
    };
    for _ in 0..64 {
        while let Some(h) = holds.iter().find(|h| applies(h, t)) {
            t = h.end;
            held_until = Some((h.end, h.kind));
        }
        unwindowed = t;
        slot = if user_only {
            windows.user_slot(t)
        } else {
            windows.slot(t, ctz)
        };
        if !holds.iter().any(|h| applies(h, slot.at)) {
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

fn idle_reason(ctx: &Ctx, c: &PlanRow, holds: &[Hold]) -> WhyNone {
    let u = rules::rule_04_unanswered(ctx, c);
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
    if rules::rule_03_pitches_only(c) {
        return WhyNone::OnlyPitches(reasons::greeting(c).to_string());
    }
    WhyNone::Quiet
}

#[cfg(test)]
mod tests;
