//! What the message check knows, read from the store: the recipient's facts
//! and the texts sent in the last 30 days.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::{History, Recipient, Sent};

use crate::error::{Result, StoreContext};
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

/// The latest note of the conversation that is not a text you sent: a
/// message of theirs, a call, a meeting. (`tend done` logs the sent draft as
/// a note; quoting that back to them would read oddly.)
/// Read newest first, so a long history costs nothing.
pub fn talk_note(conn: &Connection, contact: ContactId) -> Result<Option<String>> {
    let latest = store::records::latest_with_note(conn, contact, is_talk_note)?;
    Ok(latest.and_then(|i| i.note))
}

/// An interaction whose note [`talk_note`] may quote.
fn is_talk_note(i: &Interaction) -> bool {
    !(i.direction == Direction::Out && matches!(i.channel, Channel::Message | Channel::Email))
        && i.note.as_deref().is_some_and(|n| !n.trim().is_empty())
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
    let details = recent_events(&events, now, tz).into_iter().map(|e| e.detail.as_deref());
    // Their unanswered message, and the last exchange as drafts see it (not
    // the text you sent: repeating your own words is not being specific).
    let inbound = match summary.pending_inbound {
        Some((id, _)) => store::records::note_of(conn, id)?,
        None => None,
    };
    let talk = talk_note(conn, contact.id)?;
    let notes = [inbound.as_deref(), talk.as_deref()];
    Ok(recipient(contact, summary.responses, details, notes))
}

/// When the `repeated` window starts: 30 days before `now`.
fn window_start(now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    Duration::days(30).before(now, tz)
}

/// Changes whenever the texts of [`history`] may have: the window's start,
/// a commit by another connection (`PRAGMA data_version`) or a change made
/// through this one (`total_changes()`). Both are constant-time, so the check
/// costs nothing next to a draft.
pub fn history_key(conn: &Connection, now: DateTime<Utc>, tz: Tz) -> Result<(i64, i64, i64)> {
    let since = window_start(now, tz).timestamp();
    let others: i64 = conn
        .pragma_query_value(None, "data_version", |r| r.get(0))
        .ctx("reading the data version")?;
    let ours: i64 = conn
        .query_row("SELECT total_changes()", [], |r| r.get(0))
        .ctx("reading the change count")?;
    Ok((since, others, ours))
}

/// Texts logged as sent in the last 30 days, with whom they went to.
pub fn history(conn: &Connection, now: DateTime<Utc>, tz: Tz) -> Result<History> {
    // CROSS JOIN keeps SQLite on the sent-texts index (without statistics it
    // would rather scan every contact); the names come from their narrow
    // index, not from the wide contact rows.
    let mut stmt = conn
        .prepare_cached(
            "SELECT i.contact_id, c.name, i.note
             FROM interactions i CROSS JOIN contacts c INDEXED BY contacts_names ON c.id = i.contact_id
             WHERE i.direction = 'out' AND i.at >= ?1 AND i.note IS NOT NULL",
        )
        .ctx("reading sent messages")?;
    let sent = stmt
        .query_map([window_start(now, tz).timestamp()], |r| {
            Ok(Sent {
                id: Some(r.get::<_, ContactId>(0)?),
                to: r.get(1)?,
                text: r.get(2)?,
            })
        })
        .ctx("reading sent messages")?
        .collect::<rusqlite::Result<Vec<Sent>>>()
        .ctx("reading sent messages")?;
    Ok(History::new(sent))
}
