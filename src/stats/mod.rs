//! What gets answered (cli.md, `tend stats`; rules.md, rule 14): pure
//! computation over each contact's interactions, oldest first. No storage:
//! the store streams one contact at a time into [`Report::add_contact`], so a
//! million interactions never sit in memory at once.
//!
//! Definitions:
//! - *outreach*: an `out` interaction on `message` or `email`;
//! - *answered*: the contact's next response (an `in` or `both` interaction
//!   on a conversational channel) comes within 14 days after it and before
//!   the user's next outreach to them; the reply time is the time to it.

pub mod chart;

use chrono::{Datelike, Timelike, Weekday};
use chrono_tz::Tz;
use serde_json::{Value, json};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::facts::Item;
use crate::model::{NudgeKind, Stage};
use crate::time::to_local;

/// How long an answer may take and still count.
pub const ANSWER_WINDOW_SECS: i64 = 14 * 86_400;
/// Rates are given only from this many messages sent.
pub const MIN_SENT_FOR_RATE: u32 = 5;
/// Rule 14: a usual hour needs at least this many messages from the contact.
pub const MIN_WRITES_FOR_HOUR: usize = 5;
/// A touch more than this many calendar months before an outreach makes it `dormant`.
const DORMANT_MONTHS: u32 = 6;
/// Fewer responses than this before an outreach make it `new`.
const WARM_RESPONSES: u32 = 2;

/// What became of one outreach.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub item: Item,
    pub stage: Stage,
    /// Seconds to the answer, when it was answered.
    pub reply_secs: Option<i64>,
}

/// Every outreach of one contact with its outcome, from the contact's
/// interactions oldest first (ties in the stored order).
pub fn outcomes(items: &[Item]) -> Vec<Outcome> {
    let mut out = Vec::new();
    outcomes_into(items, &mut out);
    out
}

/// [`outcomes`] into a reused buffer (cleared first).
pub fn outcomes_into(items: &[Item], out: &mut Vec<Outcome>) {
    out.clear();
    let mut responses = 0u32;
    let mut last_touch: Option<i64> = None;
    // The outreach still waiting for its answer: only the latest can get
    // one, since a newer outreach closes the older's chance.
    let mut waiting: Option<usize> = None;
    for item in items {
        if item.is_response() {
            if let Some(w) = waiting.take() {
                let secs = item.at - out[w].item.at;
                if secs <= ANSWER_WINDOW_SECS {
                    out[w].reply_secs = Some(secs.max(0));
                }
            }
            responses += 1;
        }
        if item.is_outreach() {
            out.push(Outcome {
                item: *item,
                stage: stage(responses, last_touch, item.at),
                reply_secs: None,
            });
            waiting = Some(out.len() - 1);
        }
        if item.is_touch() {
            last_touch = Some(item.at);
        }
    }
}

/// `new` until two responses; then `dormant` when the touch before was more
/// than 6 months earlier, else `warm`.
fn stage(responses_before: u32, touch_before: Option<i64>, at: i64) -> Stage {
    if responses_before < WARM_RESPONSES {
        return Stage::New;
    }
    match touch_before.and_then(|t| chrono::DateTime::from_timestamp(t, 0)) {
        Some(t)
            if t.naive_utc()
                .checked_add_months(chrono::Months::new(DORMANT_MONTHS))
                .is_some_and(|limit| limit.and_utc().timestamp() < at) =>
        {
            Stage::Dormant
        }
        _ => Stage::Warm,
    }
}

/// The hour of their local day in which most of their messages were written
/// (rule 14), once they have written at least 5 times; a tie goes to the
/// earliest such hour.
pub fn usual_hour(items: &[Item], tz: Tz) -> Option<u32> {
    let mut hours = [0u32; 24];
    let mut n = 0usize;
    for i in items.iter().filter(|i| i.is_written_by_them()) {
        hours[local_hour(i.at, tz) as usize] += 1;
        n += 1;
    }
    if n < MIN_WRITES_FOR_HOUR {
        return None;
    }
    let best = hours.iter().copied().max().unwrap_or(0);
    hours.iter().position(|&c| c == best).map(|h| h as u32)
}

fn local(at: i64, tz: Tz) -> chrono::NaiveDateTime {
    to_local(chrono::DateTime::from_timestamp(at, 0).unwrap_or_default(), tz)
}

fn local_hour(at: i64, tz: Tz) -> u32 {
    local(at, tz).hour()
}

/// The ways `--by` groups outreach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    Kind,
    Draft,
    Weekday,
    Hour,
    Stage,
    Channel,
    Tag,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Kind,
        Group::Draft,
        Group::Weekday,
        Group::Hour,
        Group::Stage,
        Group::Channel,
        Group::Tag,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Kind => "kind",
            Group::Draft => "draft",
            Group::Weekday => "weekday",
            Group::Hour => "hour",
            Group::Stage => "stage",
            Group::Channel => "channel",
            Group::Tag => "tag",
        }
    }
}

impl FromStr for Group {
    type Err = String;
    fn from_str(s: &str) -> Result<Group, String> {
        Group::ALL.into_iter().find(|g| g.as_str() == s).ok_or_else(|| {
            let valid: Vec<&str> = Group::ALL.iter().map(|g| g.as_str()).collect();
            format!("invalid grouping '{s}': expected one of {}", valid.join(", "))
        })
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Contacts without a tag are counted under this key in `--by tag`.
pub const UNTAGGED: &str = "(untagged)";
/// Outreach not sent through `tend done` (`--by kind` and `--by draft`).
pub const OWN: &str = "own";

/// A group's key, with a sort rank so that tables list weekdays Monday
/// first, hours in order and kinds as the spec names them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    rank: u32,
    /// Borrowed for the fixed words (no allocation per message counted).
    pub word: Cow<'static, str>,
}

impl Key {
    fn ranked(rank: u32, word: impl Into<Cow<'static, str>>) -> Key {
        Key {
            rank,
            word: word.into(),
        }
    }
}

/// Sent, answered and the reply times of one group.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub sent: u32,
    pub answered: u32,
    /// Seconds, in no order.
    replies: Vec<u32>,
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.sent += 1;
        if let Some(s) = o.reply_secs {
            self.answered += 1;
            self.replies.push(u32::try_from(s).unwrap_or(u32::MAX));
        }
    }

    /// `answered / sent`, only from 5 messages sent.
    pub fn rate(&self) -> Option<f64> {
        (self.sent >= MIN_SENT_FOR_RATE).then(|| round(f64::from(self.answered) / f64::from(self.sent), 3))
    }

    /// The median reply time in hours (one decimal), when any was answered.
    pub fn median_reply_hours(&self) -> Option<f64> {
        median_secs(&mut self.replies.clone()).map(|s| round(s / 3600.0, 1))
    }

    fn json(&self) -> Value {
        json!({
            "sent": self.sent,
            "answered": self.answered,
            "rate": self.rate(),
            "median_reply_hours": self.median_reply_hours(),
        })
    }
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

fn median_secs(v: &mut [u32]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let mid = v.len() / 2;
    let (_, &mut upper, _) = v.select_nth_unstable(mid);
    if v.len() % 2 == 1 {
        return Some(f64::from(upper));
    }
    let lower = v[..mid].iter().copied().max().unwrap_or(upper);
    Some((f64::from(lower) + f64::from(upper)) / 2.0)
}

/// What the report knows of a contact besides its interactions.
#[derive(Debug, Clone)]
pub struct ContactInfo<'a> {
    pub tz: Tz,
    pub tags: &'a [String],
}

/// The counts of `tend stats`: totals, each requested grouping, and the
/// weekday × hour grid of the chart.
#[derive(Debug, Clone)]
pub struct Report {
    /// Unix seconds: outreach before this is not counted.
    since: i64,
    pub total: Tally,
    pub by: Vec<(Group, BTreeMap<Key, Tally>)>,
    /// `[weekday from Monday][hour]`, in the recipient's zone.
    pub grid: Box<[[Tally; 24]; 7]>,
    /// By nudge kind (for the chart even when `--by kind` is not asked).
    pub kinds: BTreeMap<Key, Tally>,
    scratch: Vec<Outcome>,
}

impl Report {
    pub fn new(since: i64, groups: &[Group]) -> Report {
        let mut by: Vec<(Group, BTreeMap<Key, Tally>)> = Vec::new();
        for g in groups {
            if !by.iter().any(|(h, _)| h == g) {
                by.push((*g, BTreeMap::new()));
            }
        }
        Report {
            since,
            total: Tally::default(),
            by,
            grid: Box::new(std::array::from_fn(|_| std::array::from_fn(|_| Tally::default()))),
            kinds: BTreeMap::new(),
            scratch: Vec::new(),
        }
    }

    /// Counts one contact's outreach since `since`; `items` oldest first,
    /// the whole history (the stage looks back before `since`).
    pub fn add_contact(&mut self, contact: &ContactInfo, items: &[Item]) {
        let mut outs = std::mem::take(&mut self.scratch);
        outcomes_into(items, &mut outs);
        let since = self.since;
        for o in outs.iter().filter(|o| o.item.at >= since) {
            self.add(contact, o);
        }
        self.scratch = outs;
    }

    fn add(&mut self, contact: &ContactInfo, o: &Outcome) {
        self.total.add(o);
        let when = local(o.item.at, contact.tz);
        let day = when.weekday().num_days_from_monday() as usize;
        let hour = when.hour() as usize;
        self.grid[day][hour].add(o);
        self.kinds.entry(kind_key(o)).or_default().add(o);
        for (group, tallies) in &mut self.by {
            match group {
                Group::Tag if contact.tags.is_empty() => {
                    tallies.entry(Key::ranked(1, UNTAGGED)).or_default().add(o);
                }
                Group::Tag => {
                    for t in contact.tags {
                        tallies.entry(Key::ranked(0, t.clone())).or_default().add(o);
                    }
                }
                _ => {
                    let key = match group {
                        Group::Kind => kind_key(o),
                        Group::Draft => match o.item.drafted {
                            Some(d) => Key::ranked(d as u32, d.as_str()),
                            None => Key::ranked(2, OWN),
                        },
                        Group::Weekday => Key::ranked(day as u32, weekday_word(day)),
                        Group::Hour => Key::ranked(hour as u32, HOURS.get(hour).copied().unwrap_or("??")),
                        Group::Stage => Key::ranked(o.stage as u32, o.stage.as_str()),
                        Group::Channel => Key::ranked(o.item.channel as u32, o.item.channel.as_str()),
                        Group::Tag => continue,
                    };
                    tallies.entry(key).or_default().add(o);
                }
            }
        }
    }

    /// `{"since", "total", "by": {group: [{"key", "sent", "answered", "rate", "median_reply_hours"}]}}`.
    pub fn json(&self, since: &str) -> Value {
        let mut by = serde_json::Map::new();
        for (group, tallies) in &self.by {
            let rows: Vec<Value> = tallies
                .iter()
                .map(|(k, t)| {
                    let mut v = json!({"key": k.word});
                    if let (Some(obj), Value::Object(fields)) = (v.as_object_mut(), t.json()) {
                        obj.extend(fields);
                    }
                    v
                })
                .collect();
            by.insert(group.as_str().to_string(), Value::Array(rows));
        }
        json!({"since": since, "total": self.total.json(), "by": by})
    }
}

fn kind_key(o: &Outcome) -> Key {
    match o.item.nudge {
        Some(k) => Key::ranked(kind_rank(k), k.as_str()),
        None => Key::ranked(4, OWN),
    }
}

/// Kinds in the order the spec lists them.
fn kind_rank(k: NudgeKind) -> u32 {
    match k {
        NudgeKind::Reply => 0,
        NudgeKind::FirstFollowUp => 1,
        NudgeKind::CheckIn => 2,
        NudgeKind::Milestone => 3,
    }
}

const HOURS: [&str; 24] = [
    "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
    "19", "20", "21", "22", "23",
];

pub fn weekday_word(day_from_monday: usize) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .get(day_from_monday)
        .copied()
        .unwrap_or("?")
}

/// A contact's own figures for `tend show`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactFigures {
    pub sent: u32,
    pub answered: u32,
    pub rate: Option<f64>,
    pub median_reply_hours: Option<f64>,
    pub usual_hour: Option<u32>,
}

impl ContactFigures {
    pub fn of(items: &[Item], tz: Tz) -> ContactFigures {
        let mut t = Tally::default();
        for o in outcomes(items) {
            t.add(&o);
        }
        ContactFigures {
            sent: t.sent,
            answered: t.answered,
            rate: t.rate(),
            median_reply_hours: t.median_reply_hours(),
            usual_hour: usual_hour(items, tz),
        }
    }

    pub fn json(&self) -> Value {
        json!({
            "sent": self.sent,
            "answered": self.answered,
            "rate": self.rate,
            "median_reply_hours": self.median_reply_hours,
            "usual_hour": self.usual_hour,
        })
    }

    /// "answers 3 of 4 messages, usually within a day, around 10:00 their time".
    pub fn sentence(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.sent > 0 {
            let noun = if self.sent == 1 { "message" } else { "messages" };
            parts.push(format!("answers {} of {} {noun}", self.answered, self.sent));
        }
        if let Some(h) = self.median_reply_hours {
            parts.push(format!("usually {}", within(h)));
        }
        if let Some(h) = self.usual_hour {
            parts.push(format!("around {h:02}:00 their time"));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// A median reply time in words.
pub fn within(hours: f64) -> String {
    if hours <= 1.0 {
        "within an hour".into()
    } else if hours <= 6.0 {
        "within a few hours".into()
    } else if hours <= 24.0 {
        "within a day".into()
    } else {
        let days = (hours / 24.0).ceil();
        format!("within {days} days")
    }
}

/// The weekday of an index from Monday, for callers that hold a chrono day.
pub fn weekday_index(d: Weekday) -> usize {
    d.num_days_from_monday() as usize
}

#[cfg(test)]
mod tests;
