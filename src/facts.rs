//! The planner's inputs: what it needs to know of each contact, of the
//! nudges already acted upon, and which contacts can matter at all. The
//! store reads its rows into these types; the planner reads only these, so
//! the dependency runs one way (store → facts ← planner). A base-level
//! module: it names nothing above `model`, `config` and `time`.

use chrono::{DateTime, NaiveDate, Utc};

use crate::config::Settings;
use crate::model::{
    Birthday, Cadence, Channel, ContactId, Direction, Event, EventKind, Interaction, NudgeKind, NudgeState, Status,
    Summary, Talk,
};
use crate::time::Duration;

/// Everything the planner reads.
pub struct Facts<'a> {
    pub contacts: &'a [PlanRow],
    pub events: &'a [Event],
    pub records: &'a [NudgeRecord],
}

/// What the planner needs of a contact: one row, no interactions.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    pub id: ContactId,
    pub name: String,
    /// `None`: the user's zone (also for a name this build does not know).
    pub timezone: Option<chrono_tz::Tz>,
    pub connected_on: Option<NaiveDate>,
    pub cadence: Option<Cadence>,
    pub birthday: Option<Birthday>,
    pub status: Status,
    pub paused_until: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub summary: Summary,
    /// Rule 14: the hour of their day they usually write in (their zone),
    /// from 5 messages on; `None` otherwise or with `learned_hours` off.
    pub usual_hour: Option<u32>,
    /// The name they are greeted by (`tend add --greet`), when one is stored:
    /// reasons use it as drafts do. Attached afterwards, like `usual_hour`.
    pub greet: Option<String>,
    /// The user set this contact's cadence or a tag by hand (rule 15).
    pub by_hand: bool,
    /// The user set this contact's cadence by hand (`tend add`, `tend
    /// edit`): rule 3's pitches only do not stop its check-ins.
    pub cadence_by_hand: bool,
}

/// What strength is computed from: one contact's stored facts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Bond {
    pub talk: Talk,
    /// The latest conversational interaction, either way.
    pub last: Option<DateTime<Utc>>,
    /// The user set a cadence or a tag by hand (`tend add`/`tend edit`).
    pub by_hand: bool,
}

impl PlanRow {
    /// A row with nothing known but its id, name and creation: active, no
    /// zone, cadence or history.
    pub fn new(id: ContactId, name: String, created_at: DateTime<Utc>) -> PlanRow {
        PlanRow {
            id,
            name,
            timezone: None,
            connected_on: None,
            cadence: None,
            birthday: None,
            status: Status::Active,
            paused_until: None,
            created_at,
            summary: Summary::default(),
            usual_hour: None,
            greet: None,
            by_hand: false,
            cadence_by_hand: false,
        }
    }
}

/// What happened to a nudge, by its stable key (rule 12).
#[derive(Debug, Clone, PartialEq)]
pub struct NudgeRecord {
    pub key: String,
    pub contact_id: ContactId,
    pub kind: NudgeKind,
    pub state: NudgeState,
    /// The slot it had when it was delivered, or when it was skipped.
    pub due_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub snoozed_until: Option<DateTime<Utc>>,
    pub acted_at: Option<DateTime<Utc>>,
}

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
    /// Sensitive events since this date still bring a care check-in (rule 7).
    pub care_since: NaiveDate,
    /// Events before this date hold, defer or celebrate nothing any more
    /// (new jobs and birthdays excepted: they recur).
    pub events_since: NaiveDate,
    /// Posts since this date may bring a check-in forward (rule 8).
    pub posts_since: NaiveDate,
    /// A plan with a horizon needs no contact whose check-in cannot be due
    /// before this instant (see [`LiveBounds::until`]); `None` without one.
    pub checkins_before: Option<DateTime<Utc>>,
    /// The least the default cadence can span, in seconds
    /// ([`Duration::lower_bound_secs`]; 0 for none).
    pub default_cadence_secs: i64,
}

impl LiveBounds {
    /// The bounds for a plan that shows only what falls before `horizon`.
    /// A check-in is due a cadence (or more, rule 4) after the latest touch,
    /// unless a post brings it forward (posts keep their contact live); holds
    /// and windows only move it later, and the planner skips a nudge that
    /// starts after the horizon's last day. Three days to spare cover that
    /// day's end and any change of a zone's offset.
    pub fn until(mut self, horizon: DateTime<Utc>) -> LiveBounds {
        self.checkins_before = Some(horizon + chrono::Duration::days(3));
        self
    }

    /// The contacts that are live through their events or nudge records
    /// alone (new jobs, birthdays, recent promotions and achievements,
    /// delivered or snoozed nudges), sorted and without repeats.
    pub fn live_by_records(&self, events: &[Event], records: &[NudgeRecord]) -> Vec<ContactId> {
        let mut ids: Vec<ContactId> = events
            .iter()
            .filter(|e| match e.kind {
                EventKind::NewJob | EventKind::Birthday => true,
                EventKind::Promotion | EventKind::Achievement => e.on >= self.celebrations_since,
                EventKind::Layoff | EventKind::Health | EventKind::Bereavement => e.on >= self.care_since,
                EventKind::Post => e.on >= self.posts_since,
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
        care_since: (now - days(r.care_period)).date_naive(),
        events_since: [
            r.milestone_window,
            r.sensitive_hold,
            r.care_period,
            r.busy_defer,
            r.post_recent,
        ]
        .into_iter()
        .map(|d| (now - days(d)).date_naive())
        .min()
        .unwrap_or(NaiveDate::MIN),
        posts_since: (now - days(r.post_recent)).date_naive(),
        checkins_before: None,
        default_cadence_secs: match r.default_cadence {
            Cadence::Every(d) => d.lower_bound_secs(),
            Cadence::None => 0,
        },
    }
}

/// Whether a message sent through `tend done` was the draft as-is or edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Drafted {
    AsIs,
    Edited,
}

impl Drafted {
    pub fn as_str(self) -> &'static str {
        match self {
            Drafted::AsIs => "as-is",
            Drafted::Edited => "edited",
        }
    }
    /// Reads the stored word; anything else is "not through a draft".
    pub fn from_word(s: &str) -> Option<Drafted> {
        match s {
            "as-is" => Some(Drafted::AsIs),
            "edited" => Some(Drafted::Edited),
            _ => None,
        }
    }
}

/// One interaction, as much of it as the statistics need (the store reads
/// them; `stats` counts them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    /// Unix seconds.
    pub at: i64,
    pub direction: Direction,
    pub channel: Channel,
    /// The nudge a `tend done` message answered.
    pub nudge: Option<NudgeKind>,
    pub drafted: Option<Drafted>,
}

impl Item {
    pub fn is_outreach(&self) -> bool {
        self.direction == Direction::Out && matches!(self.channel, Channel::Message | Channel::Email)
    }
    pub fn is_response(&self) -> bool {
        self.direction != Direction::Out && self.channel.is_conversational()
    }
    pub fn is_touch(&self) -> bool {
        self.direction != Direction::In && self.channel.is_conversational()
    }
    /// A message they wrote (rule 14 counts these).
    pub fn is_written_by_them(&self) -> bool {
        self.direction == Direction::In && matches!(self.channel, Channel::Message | Channel::Email)
    }
}

/// What the store keeps with every write but does not compute: the rules'
/// owners do (`text` reads messages, `stats` finds usual hours), and `app`
/// hands them in, with the user's zone, so that the store knows no rules
/// and keeps no global state.
pub trait Derive {
    /// The reader's version: a reading stored by another (but not by the
    /// user, version 0) is made again.
    fn reader_version(&self) -> i64;
    /// The reading, in its stored form, of the message at `pos` of a
    /// contact's interactions so far (oldest first).
    fn read(&self, sorted: &[&Interaction], pos: usize) -> String;
    /// Whether a stored reading closes the conversation; `None` when it is
    /// not one this reader knows (it is read again).
    fn closes(&self, stored: &str) -> Option<bool>;
    /// Rule 1: sets in `summary` whether the messages waiting for an answer
    /// (the one at `pending` and those before it) only close the
    /// conversation, and since when a reply is owed; `reading` gives the
    /// stored reading of the message at a position.
    /// `handled`: when the user last did or skipped a reply nudge to them.
    fn waiting(
        &self,
        summary: &mut Summary,
        sorted: &[&Interaction],
        pending: usize,
        handled: Option<DateTime<Utc>>,
        reading: &mut dyn FnMut(usize) -> String,
    );
    /// Rule 3: whether every message of theirs so far was a pitch;
    /// `reading` gives the stored reading of the message at a position.
    fn pitches_only(&self, sorted: &[&Interaction], reading: &mut dyn FnMut(usize) -> String) -> bool;
    /// A contact's summary as it stands at `now`, read.
    fn summary(&self, items: &[Interaction], now: DateTime<Utc>) -> Summary;
    /// Rule 14: the hour of their day in `tz` in which they write most.
    fn usual_hour(&self, items: &[Interaction], tz: chrono_tz::Tz) -> Option<u32>;
    /// The zone of contacts without one of their own: the user's.
    fn user_zone(&self) -> chrono_tz::Tz;
    /// Rule 8: the absence their message sent at `sent` tells of (they are
    /// away from the first day until the second), when it gives both ends.
    fn away(&self, note: &str, sent: DateTime<Utc>) -> Option<(chrono::NaiveDate, chrono::NaiveDate)>;
}
