//! What the message check knows, from what the app read and handed in: the
//! recipient's facts and the window of the texts sent lately.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::Recipient;

use crate::model::{Channel, Contact, Direction, Event, EventKind, Interaction};
use crate::time::Duration;

/// The recipient as the checks see it, from what tend holds of them: company,
/// role, how you met, interests, event details and conversation notes.
pub fn recipient<'a>(
    contact: &Contact,
    responses: u32,
    event_details: impl IntoIterator<Item = Option<&'a str>>,
    notes: impl IntoIterator<Item = Option<&'a str>>,
) -> Recipient {
    let mut r = Recipient {
        id: Some(contact.id),
        name: contact.name.clone(),
        greet: contact.greet.clone(),
        memos: contact.note.iter().cloned().collect(),
        event_words: Vec::new(),
        facts: Vec::new(),
        responses,
    };
    r.fact("their company", contact.company.as_deref());
    r.fact("their role", contact.role.as_deref());
    r.fact("how you met", contact.met.as_deref());
    for i in &contact.interests {
        r.fact("an interest", Some(i));
    }
    for d in event_details {
        r.fact("a recent event", d);
    }
    // Words in a language tend cannot read make no fact a draft must
    // mention (the drafts take no topic from them either).
    for n in notes {
        r.fact(
            "your last conversation",
            n.filter(|t| !crate::text::reader::not_english(t)),
        );
    }
    r
}

/// The note of an interaction when it is their words: an `in` message,
/// e-mail or comment. Notes on calls, meetings and connection notes are the
/// user's memos, and an `out` note is what the user sent.
pub fn their_words(i: &Interaction) -> Option<&str> {
    let theirs =
        i.direction == Direction::In && matches!(i.channel, Channel::Message | Channel::Email | Channel::Comment);
    i.note.as_deref().filter(|n| theirs && !n.trim().is_empty())
}

/// The user's private memo in an interaction's note, if it is one: the note
/// on a call, meeting or connection note, or on any interaction that is not
/// theirs alone (what the user sent is not for other drafts either).
pub fn interaction_memo(i: &Interaction) -> Option<&str> {
    let memo = matches!(i.channel, Channel::Call | Channel::Meeting | Channel::Note) || i.direction != Direction::In;
    i.note.as_deref().filter(|n| memo && !n.trim().is_empty())
}

/// The user's private memo in an event's detail: a sensitive or busy event.
pub fn event_memo(e: &Event) -> Option<&str> {
    let memo = matches!(
        e.kind,
        EventKind::Layoff | EventKind::Health | EventKind::Bereavement | EventKind::Busy
    );
    e.detail.as_deref().filter(|d| memo && !d.trim().is_empty())
}

/// Adds what `private` and `generic` need from a contact's records: the
/// user's memos (not the sent texts: `private` is about notes) and the words
/// of their recent events.
pub fn add_records<'a>(r: &mut Recipient, interactions: impl IntoIterator<Item = &'a Interaction>, events: &[&Event]) {
    for i in interactions {
        if let Some(m) = interaction_memo(i)
            && i.direction != Direction::Out
        {
            r.memos.push(m.to_string());
        }
    }
    for e in events {
        if let Some(m) = event_memo(e) {
            r.memos.push(m.to_string());
        }
        for w in super::event_words(e.kind) {
            if !r.event_words.contains(w) {
                r.event_words.push(w);
            }
        }
    }
}

/// Events whose detail counts as recent: the last year's, and the latest new
/// job (a work anniversary refers to it).
pub fn recent_events(events: &[Event], now: DateTime<Utc>, tz: Tz) -> Vec<&Event> {
    let since = crate::time::local_date(Duration::days(365).before(now, tz), tz);
    let latest_job = events
        .iter()
        .filter(|e| e.kind == EventKind::NewJob)
        .max_by_key(|e| (e.on, e.id));
    events
        .iter()
        .filter(|e| e.on >= since || latest_job.is_some_and(|j| j.id == e.id))
        .collect()
}

/// When the `repeated` window starts: 30 days before `now`.
pub fn window_start(now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    Duration::days(30).before(now, tz)
}
