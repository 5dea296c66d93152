//! What the model is given, built by pure functions from what a template
//! draft is given: the nudge's kind, reason and tone, the contact's public
//! facts, the last few messages of the conversation with what the reader
//! found in them, and a few short messages the user sent, as samples of
//! their voice.
//!
//! Never a memo: not the contact's note, not the note on a call, meeting or
//! note interaction, not the detail of a sensitive or busy event (the same
//! rule as templates, drafts.md "Whose words a draft may use"). A sensitive
//! event is not named at all: the care tone says enough.

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::config::ModelSettings;
use crate::drafts::DraftInput;
use crate::model::{Channel, Direction, EventGroup, Interaction, NudgeKind};

/// How many of the latest messages of the conversation the model sees.
const LAST_MESSAGES: usize = 4;
/// How many of the user's own sent messages are samples of their voice,
/// and the longest one taken (longer ones say more than a voice).
const VOICE_SAMPLES: usize = 3;
const VOICE_MAX_CHARS: usize = 280;
/// A message longer than this is cut (whole words) before it is sent.
const MESSAGE_MAX_CHARS: usize = 600;
/// A contact who last heard from the user this long ago is dormant (drafts.md "Tone").
const DORMANT_DAYS: i64 = 183;

/// One message of the conversation, as the model sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub from_them: bool,
    pub days_ago: i64,
    pub text: String,
    /// What the reader found in it (their messages only): "good news; asks a question".
    pub read_as: Option<String>,
}

/// Everything the model is told about one draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Brief {
    pub kind: NudgeKind,
    pub reason: String,
    /// `new`, `warm` or `dormant`.
    pub stage: &'static str,
    /// The first nudge after a sensitive event: acknowledge gently, ask and celebrate nothing.
    pub care: bool,
    /// Their message waits a week or more: say sorry for the wait.
    pub late: bool,
    pub greet: String,
    pub user_name: String,
    pub company: Option<String>,
    pub role: Option<String>,
    pub met: Option<String>,
    pub interests: Vec<String>,
    /// Public events: "new-job on 2026-11-02: Staff engineer at Globex".
    pub events: Vec<String>,
    pub conversation: Vec<Said>,
    pub voice: Vec<String>,
    pub max_chars: usize,
}

/// Whether an interaction is a written message (not a call, meeting or note).
fn written(i: &Interaction) -> bool {
    matches!(i.channel, Channel::Message | Channel::Email | Channel::Comment)
}

/// `text` whitespace-collapsed and cut at a word to `max` characters.
fn cut_words(text: &str, max: usize) -> String {
    let mut out = String::new();
    for w in text.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > max {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn days_between(earlier: DateTime<Utc>, later: DateTime<Utc>) -> i64 {
    (later - earlier).num_days().max(0)
}

/// The brief for a draft, from exactly what a template draft reads.
pub fn brief(input: &DraftInput, max_chars: usize) -> Brief {
    let c = input.contact;
    let mut sorted: Vec<&Interaction> = input.interactions.iter().collect();
    sorted.sort_by_key(|i| (i.at, i.id));
    let responses = sorted
        .iter()
        .filter(|i| i.direction != Direction::Out && i.channel.is_conversational())
        .count();
    let last_touch = sorted.iter().rev().find(|i| i.is_touch()).map(|i| i.at);
    let stage = if responses < 2 {
        "new"
    } else if last_touch.is_none_or(|at| days_between(at, input.now) > DORMANT_DAYS) {
        "dormant"
    } else {
        "warm"
    };
    // Only the written messages, theirs and the user's: the notes on calls,
    // meetings and notes are memos.
    let messages: Vec<(usize, &Interaction)> = sorted
        .iter()
        .enumerate()
        .filter(|(_, i)| written(i) && i.direction != Direction::Both)
        .filter(|(_, i)| i.note.as_deref().is_some_and(|n| !n.trim().is_empty()))
        .map(|(pos, i)| (pos, *i))
        .collect();
    let conversation = messages
        .iter()
        .rev()
        .take(LAST_MESSAGES)
        .rev()
        .map(|(pos, i)| {
            let from_them = i.direction == Direction::In;
            Said {
                from_them,
                days_ago: days_between(i.at, input.now),
                text: cut_words(i.note.as_deref().unwrap_or_default(), MESSAGE_MAX_CHARS),
                read_as: from_them.then(|| crate::text::conversation::reading(&sorted, *pos, &[]).acts.describe()),
            }
        })
        .collect();
    let voice = messages
        .iter()
        .rev()
        .filter(|(_, i)| i.direction == Direction::Out)
        .filter_map(|(_, i)| i.note.as_deref())
        .filter(|n| n.chars().count() <= VOICE_MAX_CHARS)
        .take(VOICE_SAMPLES)
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let mut public: Vec<&crate::model::Event> = input
        .events
        .iter()
        .filter(|e| matches!(e.kind.group(), EventGroup::Celebrate | EventGroup::Engage))
        .collect();
    public.sort_by_key(|e| (e.on, e.id));
    let events = public
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(|e| match e.detail.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => format!("{} on {}: {}", e.kind, e.on, cut_words(d, 160)),
            None => format!("{} on {}", e.kind, e.on),
        })
        .collect();
    Brief {
        kind: input.nudge.kind,
        reason: input.nudge.reason.clone(),
        stage,
        care: input.nudge.care.is_some(),
        late: crate::drafts::late(input.nudge, input.now),
        greet: crate::names::greeting(c).to_string(),
        user_name: input.user_name.to_string(),
        company: c.company.clone(),
        role: c.role.clone(),
        met: c.met.clone(),
        interests: c.interests.clone(),
        events,
        conversation,
        voice,
        max_chars,
    }
}

/// The fixed instructions: tend's etiquette, in short.
fn system(max_chars: usize) -> String {
    format!(
        "You write short professional networking messages for the user to send. \
         Write only the message, no subject, no signature, no quotes around it. \
         At most {max_chars} characters and three sentences. Greet the person by the name given. \
         Mention one specific thing from the facts. End with a question or an invitation. \
         Never ask a favour (intro, referral, job, CV review) of a new contact. Never sell anything. \
         Never invent facts. Never quote their message back. \
         If their news is bad, do not congratulate or cheer; offer support. \
         If a time is already agreed, do not propose another call."
    )
}

/// The situation in plain lines, for the user message.
pub fn situation(b: &Brief) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "Write a {} message.", b.kind);
    let _ = writeln!(s, "Why now: {}", b.reason);
    let _ = writeln!(
        s,
        "Greet them as: {}",
        if b.greet.is_empty() { "there" } else { &b.greet }
    );
    if !b.user_name.is_empty() {
        let _ = writeln!(s, "You are: {}", b.user_name);
    }
    let tone = match b.stage {
        "new" => "new contact: light and friendly, ask no favour, propose no call",
        "dormant" => "you have not been in touch for months: recall how you know each other",
        _ => "warm contact: friendly and direct",
    };
    let _ = writeln!(s, "Tone: {tone}");
    if b.care {
        let _ = writeln!(
            s,
            "Care: they went through something difficult. Acknowledge it gently without details, \
             celebrate nothing, ask nothing, offer support with no pressure to reply."
        );
    }
    if b.late {
        let _ = writeln!(s, "Their message waited a week or more: say sorry for the slow reply.");
    }
    for (what, v) in [("Company", &b.company), ("Role", &b.role), ("How you met", &b.met)] {
        if let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            let _ = writeln!(s, "{what}: {v}");
        }
    }
    if !b.interests.is_empty() {
        let _ = writeln!(s, "Interests: {}", b.interests.join(", "));
    }
    for e in &b.events {
        let _ = writeln!(s, "Event: {e}");
    }
    if !b.conversation.is_empty() {
        let _ = writeln!(s, "Latest messages, oldest first:");
        for m in &b.conversation {
            let who = if m.from_them { "They" } else { "You" };
            let _ = write!(s, "- {who}, {} days ago: {}", m.days_ago, m.text);
            if let Some(r) = m.read_as.as_deref().filter(|r| !r.is_empty()) {
                let _ = write!(s, " [read as: {r}]");
            }
            s.push('\n');
        }
    }
    if !b.voice.is_empty() {
        let _ = writeln!(s, "How you write (your own earlier messages):");
        for v in &b.voice {
            let _ = writeln!(s, "- {v}");
        }
    }
    // Last, where a small model looks: what to write, and how it starts.
    let greet = if b.greet.is_empty() { "there" } else { &b.greet };
    let _ = write!(
        s,
        "\nNow write only the message to {greet}, in at most three short sentences, starting with \"Hi {greet},\"."
    );
    s
}

/// The chat completions request for a brief.
pub fn request(b: &Brief, settings: &ModelSettings) -> serde_json::Value {
    json!({
        "model": settings.model,
        "max_tokens": settings.max_tokens,
        "temperature": 0.7,
        "stream": false,
        "messages": [
            {"role": "system", "content": system(b.max_chars)},
            {"role": "user", "content": situation(b)},
        ],
    })
}
