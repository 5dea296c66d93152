//! Domain types: contacts, interactions, events, nudges. No storage, no I/O.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::time::Duration;

mod key;
pub use key::{KeyPart, NotAKey, NudgeKey};

pub type ContactId = i64;

/// Defines a string-backed enum with `as_str`, `FromStr` (naming the valid
/// values on error), `Display` and serde as the same lowercase words.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
            pub fn valid_words() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($word => Ok($name::$variant),)+
                    _ => Err(format!("invalid {} '{}': expected one of {}", $what, s, Self::valid_words())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

word_enum!(
    /// Who did it: the user (`out`), the contact (`in`), or both (a call).
    Direction, "direction" { Out => "out", In => "in", Both => "both" }
);

word_enum!(
    Channel, "channel" {
        Message => "message", Email => "email", Call => "call", Meeting => "meeting",
        Comment => "comment", Like => "like", Share => "share", Note => "note",
    }
);

impl Channel {
    /// Channels on which a real exchange happens (rules.md "conversational").
    pub fn is_conversational(self) -> bool {
        matches!(
            self,
            Channel::Message | Channel::Email | Channel::Call | Channel::Meeting | Channel::Comment
        )
    }

    /// The direction a channel implies when none is given: calls and meetings
    /// take two people.
    pub fn default_direction(self) -> Option<Direction> {
        matches!(self, Channel::Call | Channel::Meeting).then_some(Direction::Both)
    }
}

word_enum!(
    EventKind, "event kind" {
        NewJob => "new-job", Promotion => "promotion", Achievement => "achievement",
        Birthday => "birthday", Post => "post", Layoff => "layoff", Health => "health",
        Bereavement => "bereavement", Busy => "busy",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventGroup {
    Celebrate,
    Engage,
    Sensitive,
    Busy,
}

impl EventKind {
    pub fn group(self) -> EventGroup {
        match self {
            EventKind::NewJob | EventKind::Promotion | EventKind::Achievement | EventKind::Birthday => {
                EventGroup::Celebrate
            }
            EventKind::Post => EventGroup::Engage,
            EventKind::Layoff | EventKind::Health | EventKind::Bereavement => EventGroup::Sensitive,
            EventKind::Busy => EventGroup::Busy,
        }
    }
}

word_enum!(
    /// Where the relationship stood when a message was sent or a draft is
    /// written: `new` (few responses yet), `warm`, or `dormant` (a long
    /// silence before). Statistics group outreach by it; drafts word it in
    /// the template variable `stage`. Each counts it from its own facts.
    Stage, "stage" { New => "new", Warm => "warm", Dormant => "dormant" }
);

word_enum!(
    /// What a congratulation is on, as drafts word it (the template
    /// variable `milestone`): a celebrated event, or a new job's anniversary.
    Milestone, "milestone" {
        NewJob => "new-job", Promotion => "promotion", Achievement => "achievement",
        Birthday => "birthday", WorkAnniversary => "work-anniversary",
    }
);

impl Milestone {
    /// The milestone of an event of `kind` (`years`: a new job's anniversary);
    /// none for an event that is not celebrated.
    pub fn of(kind: EventKind, years: Option<i32>) -> Option<Milestone> {
        Some(match kind {
            EventKind::NewJob if years.is_some() => Milestone::WorkAnniversary,
            EventKind::NewJob => Milestone::NewJob,
            EventKind::Promotion => Milestone::Promotion,
            EventKind::Achievement => Milestone::Achievement,
            EventKind::Birthday => Milestone::Birthday,
            _ => return None,
        })
    }
}

word_enum!(
    Status, "status" { Active => "active", Paused => "paused", Archived => "archived" }
);

word_enum!(
    NudgeKind, "nudge kind" {
        Reply => "reply", FirstFollowUp => "first-follow-up", CheckIn => "check-in",
        Milestone => "milestone",
    }
);

impl NudgeKind {
    /// Higher wins a tie (rules.md: reply > milestone > first-follow-up > check-in).
    pub fn priority(self) -> u8 {
        match self {
            NudgeKind::Reply => 3,
            NudgeKind::Milestone => 2,
            NudgeKind::FirstFollowUp => 1,
            NudgeKind::CheckIn => 0,
        }
    }
}

word_enum!(
    /// What the user did with a nudge (or that it was shown to them).
    NudgeState, "nudge state" {
        Delivered => "delivered", Snoozed => "snoozed", Skipped => "skipped", Done => "done",
    }
);

/// A contact's check-in cadence: a duration, or no check-ins at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    Every(Duration),
    None,
}

impl FromStr for Cadence {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s.eq_ignore_ascii_case("none") {
            return Ok(Cadence::None);
        }
        let d = s.parse::<Duration>().map_err(|e| format!("{e}, or 'none'"))?;
        // "2m" is two minutes to tend: a check-in every two minutes is never
        // what a user means (they meant two months).
        if d.upper_bound_secs() < 86_400 {
            return Err(format!(
                "a cadence of '{s}' ({}) is shorter than a day: use days, weeks or months ('8w', '60d', '2mo'), or 'none'",
                d.words()
            ));
        }
        Ok(Cadence::Every(d))
    }
}

impl fmt::Display for Cadence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cadence::Every(d) => d.fmt(f),
            Cadence::None => f.write_str("none"),
        }
    }
}

/// Rule 1's `reply_after`: the start of the user's sending window on the
/// first working day after the message's day, or a fixed duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyAfter {
    NextWorkingDay,
    After(Duration),
}

impl FromStr for ReplyAfter {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s.trim().eq_ignore_ascii_case("next-working-day") {
            return Ok(ReplyAfter::NextWorkingDay);
        }
        s.parse::<Duration>()
            .map(ReplyAfter::After)
            .map_err(|e| format!("{e}, or 'next-working-day'"))
    }
}

impl fmt::Display for ReplyAfter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyAfter::After(d) => d.fmt(f),
            ReplyAfter::NextWorkingDay => f.write_str("next-working-day"),
        }
    }
}

/// A birthday with or without a year (`--birthday 1990-04-02` or `04-02`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl FromStr for Birthday {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("invalid birthday '{s}': expected YYYY-MM-DD or MM-DD");
        let t = s.trim().trim_start_matches("--");
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            use chrono::Datelike;
            return Ok(Birthday {
                year: Some(d.year()),
                month: d.month(),
                day: d.day(),
            });
        }
        let (m, d) = t.split_once('-').ok_or_else(bad)?;
        let (month, day): (u32, u32) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
        // 2000 is a leap year, so 02-29 is accepted.
        NaiveDate::from_ymd_opt(2000, month, day).ok_or_else(bad)?;
        Ok(Birthday { year: None, month, day })
    }
}

impl fmt::Display for Birthday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "{:02}-{:02}", self.month, self.day),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    /// The name to greet them by (`--greet`), when the full name does not
    /// say it (see `names`).
    pub greet: Option<String>,
    /// The first of `emails`.
    pub email: Option<String>,
    /// Every e-mail address, the main one first.
    pub emails: Vec<String>,
    pub url: Option<String>,
    pub company: Option<String>,
    pub role: Option<String>,
    /// IANA name; `None` means the user's zone.
    pub timezone: Option<String>,
    pub met: Option<String>,
    pub interests: Vec<String>,
    pub tags: Vec<String>,
    pub connected_on: Option<NaiveDate>,
    /// `None` means the configured `default_cadence`.
    pub cadence: Option<Cadence>,
    pub birthday: Option<Birthday>,
    pub note: Option<String>,
    pub status: Status,
    pub paused_until: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

impl Contact {
    /// A contact with only a name (tests, templates' samples).
    pub fn named(name: &str) -> Contact {
        Contact {
            id: 0,
            name: name.to_string(),
            greet: None,
            email: None,
            emails: Vec::new(),
            url: None,
            company: None,
            role: None,
            timezone: None,
            met: None,
            interests: Vec::new(),
            tags: Vec::new(),
            connected_on: None,
            cadence: None,
            birthday: None,
            note: None,
            status: Status::Active,
            paused_until: None,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Interaction {
    pub id: i64,
    pub contact_id: ContactId,
    pub at: DateTime<Utc>,
    pub direction: Direction,
    pub channel: Channel,
    pub note: Option<String>,
}

impl Interaction {
    pub fn is_touch(&self) -> bool {
        self.channel.is_conversational() && self.direction != Direction::In
    }
    pub fn is_light_touch(&self) -> bool {
        self.direction == Direction::Out && matches!(self.channel, Channel::Like | Channel::Share | Channel::Note)
    }
    pub fn is_response(&self) -> bool {
        self.channel.is_conversational() && self.direction != Direction::Out
    }
    /// Counted by the unanswered backoff (rule 4).
    pub fn is_out_message(&self) -> bool {
        self.direction == Direction::Out && matches!(self.channel, Channel::Message | Channel::Email)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: i64,
    pub contact_id: ContactId,
    pub kind: EventKind,
    pub on: NaiveDate,
    pub detail: Option<String>,
    pub recorded_at: DateTime<Utc>,
    /// A `busy` event's end, when it has one (rule 8: they are away from
    /// `on` until this day, up to but not including it).
    pub until: Option<NaiveDate>,
    /// The message of theirs the event was read from (its id and when it
    /// was sent), while tend keeps the two together.
    pub from_message: Option<(i64, DateTime<Utc>)>,
}

/// Per-contact facts the planner needs, kept up to date by the store on every
/// write so that planning never scans the interactions table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub last_touch: Option<DateTime<Utc>>,
    pub last_light_touch: Option<DateTime<Utc>>,
    pub last_response: Option<DateTime<Utc>>,
    /// The latest conversational interaction when it is `in` (rule 1's
    /// trigger), with the instant they have waited since: the message's own
    /// here; the reader moves it to the first of their messages in a row
    /// that does more than close (`text::conversation::waiting_state`).
    pub pending_inbound: Option<(i64, DateTime<Utc>)>,
    /// That message closes the conversation (rule 1: no reply owed), read
    /// once when it is written, with the built-in phrase lists.
    pub pending_closer: bool,
    /// What the messages waiting for an answer do with a time (rule 1's
    /// plans): a reply to a plan is not moved past it to their usual hour
    /// (rule 14), and one to a plan for today is due at once.
    pub pending_plan: PendingPlan,
    /// Out messages/emails after the latest response (rule 4), and the first one's time.
    pub out_after_response: u32,
    pub first_out_after_response: Option<DateTime<Utc>>,
    pub responses: u32,
    /// The latest interaction's note, for drafts.
    pub last_note: Option<String>,
    /// The latest meeting or call still to come when the summary was made
    /// (rule 13): it holds check-ins and first follow-ups, but answers
    /// nothing and counts as a touch only once it has happened.
    pub planned: Option<DateTime<Utc>>,
    /// The earliest interaction still to come when the summary was made: from
    /// then on the summary is out of date and must be made again.
    pub stale_at: Option<DateTime<Utc>>,
    /// The two-way history that relationship strength reads (rule 15).
    pub talk: Talk,
    /// Rule 3: every response so far is a message of theirs read as a pitch
    /// (see [`pitches_only`]).
    pub pitches_only: bool,
}

/// Whether the messages waiting for an answer propose, confirm or move a
/// time, and whether that time is the day they were written.
/// Ordered by how pressing it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum PendingPlan {
    #[default]
    None,
    /// "Monday 10:00 — works?"
    Plan,
    /// "lunch today? 12:30", "promo talk today 4pm".
    Today,
}

impl PendingPlan {
    /// As stored in `contacts.inbound_plan`.
    pub fn code(self) -> i64 {
        match self {
            PendingPlan::None => 0,
            PendingPlan::Plan => 1,
            PendingPlan::Today => 2,
        }
    }

    pub fn from_code(code: i64) -> Option<PendingPlan> {
        match code {
            0 => Some(PendingPlan::None),
            1 => Some(PendingPlan::Plan),
            2 => Some(PendingPlan::Today),
            _ => None,
        }
    }
}

/// Rule 15's facts of a contact's two-way history, counted over what has
/// happened. A conversation is a run of conversational interactions with
/// no gap longer than [`Talk::GAP_DAYS`]; who opened it is the direction of
/// its first interaction (a call or meeting, `both`, is opened by neither).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Talk {
    pub conversations: u32,
    /// Conversations they opened (they wrote first).
    pub they_opened: u32,
    /// Conversations you opened...
    pub you_opened: u32,
    /// ...and of those, the ones they answered, and how long the answers
    /// took in all, in seconds.
    pub answered: u32,
    pub answer_secs: i64,
    /// Calls and meetings that have happened.
    pub meetings: u32,
    /// The first conversational interaction.
    pub first_at: Option<DateTime<Utc>>,
}

impl Talk {
    /// A silence longer than this ends a conversation.
    pub const GAP_DAYS: i64 = 14;

    /// Counts `sorted` (by time, all happened).
    fn count(sorted: &[&Interaction]) -> Talk {
        let mut t = Talk::default();
        let mut previous: Option<DateTime<Utc>> = None;
        // The instant you opened the current conversation, while unanswered.
        let mut waiting_since: Option<DateTime<Utc>> = None;
        for i in sorted.iter().filter(|i| i.channel.is_conversational()) {
            t.first_at.get_or_insert(i.at);
            if matches!(i.channel, Channel::Call | Channel::Meeting) && i.direction == Direction::Both {
                t.meetings += 1;
            }
            let opens = previous.is_none_or(|p| (i.at - p).num_days() > Talk::GAP_DAYS);
            previous = Some(i.at);
            if opens {
                t.conversations += 1;
                waiting_since = None;
                match i.direction {
                    Direction::In => t.they_opened += 1,
                    Direction::Out => {
                        t.you_opened += 1;
                        waiting_since = Some(i.at);
                        continue;
                    }
                    Direction::Both => {}
                }
            }
            if let Some(since) = waiting_since.filter(|_| i.is_response()) {
                t.answered += 1;
                t.answer_secs += (i.at - since).num_seconds().max(0);
                waiting_since = None;
            }
        }
        t
    }
}

impl Summary {
    /// Builds the summary from a contact's interactions in any order, as it
    /// stands at `now`: what is still to come is only planned (rule 13).
    /// The message waiting for an answer is not read (`pending_closer` stays
    /// unset): the reader sets it (`text::conversation::summary`), or the
    /// store from the reading it keeps.
    pub fn unread<'a>(items: impl IntoIterator<Item = &'a Interaction>, now: DateTime<Utc>) -> Summary {
        let mut sorted: Vec<&Interaction> = items.into_iter().collect();
        sorted.sort_by_key(|i| (i.at, i.id));
        let mut s = Summary::default();
        let happened = sorted.partition_point(|i| i.at <= now);
        for i in &sorted[happened..] {
            s.stale_at.get_or_insert(i.at);
            if i.is_touch() {
                s.planned = Some(i.at);
            }
        }
        sorted.truncate(happened);
        s.talk = Talk::count(&sorted);
        for i in &sorted {
            if i.is_touch() {
                s.last_touch = Some(i.at);
            }
            if i.is_light_touch() {
                s.last_light_touch = Some(i.at);
            }
            if i.is_response() {
                s.last_response = Some(i.at);
                s.responses += 1;
                s.out_after_response = 0;
                s.first_out_after_response = None;
            }
            if i.is_out_message() {
                s.out_after_response += 1;
                s.first_out_after_response.get_or_insert(i.at);
            }
            if i.channel.is_conversational() {
                s.pending_inbound = (i.direction == Direction::In).then_some((i.id, i.at));
            }
            if i.note.is_some() {
                s.last_note.clone_from(&i.note);
            }
        }
        s
    }

    /// The latest touch, or the planned meeting or call to come after it:
    /// what holds check-ins, first follow-ups and care check-ins (rules 2, 3,
    /// 7 and 13).
    pub fn touch_or_planned(&self) -> Option<DateTime<Utc>> {
        self.last_touch.max(self.planned)
    }

    /// Unanswered messages (rule 4): out messages after the latest response,
    /// not counting the first when it answered that response in time.
    pub fn unanswered(&self, reply_window: impl Fn(DateTime<Utc>) -> DateTime<Utc>) -> u32 {
        let answered_first = match (self.last_response, self.first_out_after_response) {
            (Some(resp), Some(first)) => first < reply_window(resp),
            _ => false,
        };
        self.out_after_response - u32::from(answered_first && self.out_after_response > 0)
    }
}

/// What made a nudge: it names the rule's facts, for the reason and the draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Trigger {
    /// Rule 1: they wrote (the inbound interaction) and you have not answered.
    Inbound {
        interaction_id: i64,
        at: DateTime<Utc>,
        note: Option<String>,
    },
    /// Rule 2: you connected on this date and have not followed up.
    Connected { on: NaiveDate },
    /// Rule 3: the cadence since the last touch (or since connecting or adding);
    /// `post` when a recent post of theirs brought it forward (rule 8).
    Cadence { since: DateTime<Utc>, post: Option<Event> },
    /// Rule 6: a celebrate event; `years` for a work anniversary, or the
    /// contact's birthday when `event` is `None`.
    Milestone {
        kind: EventKind,
        on: NaiveDate,
        event: Option<Event>,
        years: Option<i32>,
    },
}

/// Where an open nudge stands (agenda `state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenState {
    Pending,
    Delivered,
    Snoozed,
}

impl OpenState {
    /// The word serde writes.
    pub fn as_str(self) -> &'static str {
        match self {
            OpenState::Pending => "pending",
            OpenState::Delivered => "delivered",
            OpenState::Snoozed => "snoozed",
        }
    }
}

/// A suggestion to reach out, slotted after the windows and the cap.
#[derive(Debug, Clone, PartialEq)]
pub struct Nudge {
    /// Stable across runs (rule 12): contact, kind and what triggered it.
    pub key: NudgeKey,
    pub contact_id: ContactId,
    pub contact: String,
    pub kind: NudgeKind,
    pub trigger: Trigger,
    /// The slot: after rules 5 to 11.
    pub due: DateTime<Utc>,
    pub reason: String,
    pub state: OpenState,
    /// Rule 7: the check-in after a sensitive hold, to be written in the
    /// care tone (acknowledge gently, ask nothing, celebrate nothing).
    pub care: Option<CareNote>,
}

/// The sensitive event a care-tone check-in follows (rule 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CareNote {
    pub kind: EventKind,
    pub on: NaiveDate,
}

impl Nudge {
    pub fn state_word(&self) -> &'static str {
        match self.state {
            OpenState::Pending => "pending",
            OpenState::Delivered => "delivered",
            OpenState::Snoozed => "snoozed",
        }
    }
}

/// Whether `name` has something to show: not only spaces, controls and
/// invisible format characters (zero-width spaces and joiners, direction
/// marks, the byte-order mark, soft hyphens).
pub fn has_visible(name: &str) -> bool {
    name.chars().any(|c| {
        !(c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{ad}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'))
    })
}

/// One of the daemon's sources, as `tend config` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceState {
    pub kind: String,
    pub path: String,
    pub first_seen_at: DateTime<Utc>,
    pub last_import_at: Option<DateTime<Utc>>,
    pub imports: u64,
    pub interactions_added: u64,
    pub contacts_added: u64,
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
    pub mark: Option<i64>,
}

/// What was last seen of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileState {
    pub size: u64,
    pub mtime_ns: i64,
    pub inode: u64,
    pub read_to: Option<u64>,
    pub tail: Option<u64>,
}

/// One write of the daemon's bookkeeping of its sources: several go in one
/// transaction, so that an import and where it got to are kept together.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SourceWrite<'a> {
    /// A source watched for the first time (nothing when it is known).
    FirstSight { kind: &'a str, path: &'a str },
    /// An import ran: counts added, the error cleared.
    Import {
        kind: &'a str,
        path: &'a str,
        interactions: u64,
        contacts: u64,
    },
    /// The source could not be read or imported; `None` clears the error.
    Error {
        kind: &'a str,
        path: &'a str,
        error: Option<&'a str>,
    },
    /// Where a source got to (it only moves forward).
    Mark { kind: &'a str, path: &'a str, mark: i64 },
    /// What was last seen of one file.
    File {
        kind: &'a str,
        file: &'a str,
        state: FileState,
    },
}

/// One interaction an import found, as it is handed on to be stored
/// (borrowed: a million-row import copies nothing for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    pub contact: ContactId,
    pub at: DateTime<Utc>,
    pub direction: Direction,
    pub channel: Channel,
    pub note: Option<&'a str>,
    /// What makes a re-import add nothing twice.
    pub key: &'a str,
}

/// One interaction found in mail or a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub contact_id: ContactId,
    pub at: DateTime<Utc>,
    /// `In` or `Out` (a meeting may be `Both`).
    pub direction: Direction,
    /// `Email` or `Meeting`.
    pub channel: Channel,
    /// The Subject or SUMMARY, on one line; never a body.
    pub note: Option<String>,
    /// What makes a re-import add nothing twice: `mail:<Message-ID>`,
    /// `ics:<UID>/<occurrence RFC 3339>`.
    pub source_key: String,
}

/// The writable fields of a contact; `None` leaves a field as it is on edit.
#[derive(Debug, Clone, Default)]
pub struct ContactFields {
    pub name: Option<String>,
    /// The greeting name; `Some("")` clears it.
    pub greet: Option<String>,
    /// Every e-mail address, the first the main one; replaces the stored
    /// list on edit (an empty list clears it).
    pub emails: Option<Vec<String>>,
    pub url: Option<String>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub timezone: Option<String>,
    pub met: Option<String>,
    pub interests: Option<Vec<String>>,
    pub tags: Option<Vec<String>>,
    pub connected_on: Option<NaiveDate>,
    /// `Some(None)` stores "use the default cadence".
    pub cadence: Option<Option<Cadence>>,
    pub birthday: Option<Birthday>,
    pub note: Option<String>,
    pub status: Option<Status>,
    pub paused_until: Option<NaiveDate>,
}

impl ContactFields {
    /// True when no field is set (an edit with nothing to change).
    pub fn is_empty(&self) -> bool {
        let ContactFields {
            name,
            greet,
            emails,
            url,
            company,
            role,
            timezone,
            met,
            interests,
            tags,
            connected_on,
            cadence,
            birthday,
            note,
            status,
            paused_until,
        } = self;
        [name, greet, url, company, role, timezone, met, note]
            .iter()
            .all(|v| v.is_none())
            && emails.is_none()
            && interests.is_none()
            && tags.is_none()
            && connected_on.is_none()
            && cadence.is_none()
            && birthday.is_none()
            && status.is_none()
            && paused_until.is_none()
    }
}

/// What `tend fix` changes in an interaction; `None` keeps a field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InteractionChange {
    pub contact: Option<ContactId>,
    pub at: Option<DateTime<Utc>>,
    pub direction: Option<Direction>,
    pub channel: Option<Channel>,
    /// `Some(None)` removes the note.
    pub note: Option<Option<String>>,
}

impl InteractionChange {
    /// The interaction as it is after the change.
    pub fn applied_to(&self, old: &Interaction) -> Interaction {
        Interaction {
            id: old.id,
            contact_id: self.contact.unwrap_or(old.contact_id),
            at: self.at.unwrap_or(old.at),
            direction: self.direction.unwrap_or(old.direction),
            channel: self.channel.unwrap_or(old.channel),
            note: self.note.clone().unwrap_or_else(|| old.note.clone()),
        }
    }
}

/// What `tend fix` changes in an event; `None` keeps a field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventChange {
    pub contact: Option<ContactId>,
    pub kind: Option<EventKind>,
    pub on: Option<NaiveDate>,
    /// `Some(None)` removes the detail.
    pub detail: Option<Option<String>>,
    /// A `busy` event's end (the day they are back).
    pub until: Option<NaiveDate>,
}

impl EventChange {
    /// The event as it is after the change.
    pub fn applied_to(&self, old: &Event) -> Event {
        Event {
            contact_id: self.contact.unwrap_or(old.contact_id),
            kind: self.kind.unwrap_or(old.kind),
            on: self.on.unwrap_or(old.on),
            detail: self.detail.clone().unwrap_or_else(|| old.detail.clone()),
            // Only a busy event has an end.
            until: self
                .until
                .or(old.until)
                .filter(|_| self.kind.unwrap_or(old.kind) == EventKind::Busy),
            // Corrected by the user, the event is theirs: a later change of
            // the message no longer touches it.
            from_message: None,
            ..old.clone()
        }
    }
}

/// A logged record as `tend show` prints it and `tend fix` and `tend unlog`
/// take it: `i42` for interaction 42, `e7` for event 7.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Interaction(i64),
    Event(i64),
}

impl Record {
    /// Exit 1: no record with this id.
    pub fn missing(self) -> crate::error::Error {
        let what = match self {
            Record::Interaction(_) => "interaction",
            Record::Event(_) => "event",
        };
        crate::error::Error::Failed(format!(
            "there is no {what} {self} ('tend show CONTACT' lists a contact's records with their ids)"
        ))
    }
}

impl std::fmt::Display for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Record::Interaction(id) => write!(f, "i{id}"),
            Record::Event(id) => write!(f, "e{id}"),
        }
    }
}

impl std::str::FromStr for Record {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Record, String> {
        let t = s.trim();
        let id = |digits: &str| {
            digits
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0 && digits.bytes().all(|b| b.is_ascii_digit()))
        };
        let mut chars = t.chars();
        let record = match (chars.next().map(|c| c.to_ascii_lowercase()), id(chars.as_str())) {
            (Some('i'), Some(id)) => Some(Record::Interaction(id)),
            (Some('e'), Some(id)) => Some(Record::Event(id)),
            _ => None,
        };
        record.ok_or_else(|| {
            format!("'{t}' is not a record: give i42 for interaction 42 or e7 for event 7, as 'tend show CONTACT' prints them")
        })
    }
}

/// What `tend unlog` removed.
#[derive(Debug, Clone)]
pub enum Removed {
    Interaction(Interaction),
    Event(Event),
}
