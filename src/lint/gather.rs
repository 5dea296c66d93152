//! What the message check knows, read from the store: the recipient's facts
//! and the texts sent in the last 30 days.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::{History, Recipient, Sent};

use crate::error::Result;
use crate::model::{Channel, Contact, ContactId, Direction, Event, EventKind, Interaction};
use crate::store;
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
    for n in notes {
        r.fact("your last conversation", n);
    }
    r
}

/// The latest note in their own words: a message, e-mail or comment of
/// theirs (drafts.md "Whose words a draft may use"). Read newest first, so a
/// long history costs nothing.
pub fn talk_note(conn: &Connection, contact: ContactId) -> Result<Option<String>> {
    let latest = store::records::latest_with_note(conn, contact, |i| their_words(i).is_some())?;
    Ok(latest.and_then(|i| i.note))
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

/// The recipient for `tend lint --to`, read from the store.
pub fn recipient_from_store(conn: &Connection, contact: &Contact, now: DateTime<Utc>, tz: Tz) -> Result<Recipient> {
    let summary = store::contacts::summary(conn, contact.id)?;
    let events = store::records::events_of(conn, contact.id)?;
    let recent = recent_events(&events, now, tz);
    // Only their words and public details make a message specific.
    let details = recent
        .iter()
        .filter(|e| event_memo(e).is_none())
        .map(|e| e.detail.as_deref());
    // Their unanswered message, and the last exchange as drafts see it (not
    // the text you sent: repeating your own words is not being specific).
    let inbound = match summary.pending_inbound {
        Some((id, _)) => store::records::note_of(conn, id)?,
        None => None,
    };
    let talk = talk_note(conn, contact.id)?;
    let notes = [inbound.as_deref(), talk.as_deref()];
    let mut r = recipient(contact, summary.responses, details, notes);
    let interactions = store::records::interactions_of(conn, contact.id)?;
    add_records(&mut r, &interactions, &recent);
    Ok(r)
}

/// When the `repeated` window starts: 30 days before `now`.
fn window_start(now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    Duration::days(30).before(now, tz)
}

/// Changes whenever the texts of [`history`] may have: the window's start,
/// and the store's change marks. Constant-time, so the check costs nothing
/// next to a draft.
pub fn history_key(conn: &Connection, now: DateTime<Utc>, tz: Tz) -> Result<(i64, i64, i64)> {
    let since = window_start(now, tz).timestamp();
    let (others, ours) = store::history::change_marks(conn)?;
    Ok((since, others, ours))
}

/// Texts logged as sent in the last 30 days, with whom they went to.
pub fn history(conn: &Connection, now: DateTime<Utc>, tz: Tz) -> Result<History> {
    let sent = store::history::sent_since(conn, window_start(now, tz))?;
    Ok(History::new(sent.into_iter().map(|s| Sent {
        id: Some(s.contact_id),
        to: s.name,
        text: s.text,
    })))
}
