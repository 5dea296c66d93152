//! Corrections: rewriting or deleting one logged interaction or event
//! (`tend fix`, `tend unlog`). Every rewrite of an interaction goes through
//! [`rewrite_interaction`], and every rewrite of an event through
//! [`rewrite_event`]: what is derived from a record (the contact's summary,
//! the nudge records keyed by it) is brought up to date there, in the
//! caller's transaction, so that nothing reads a half-corrected contact.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::{records, ts};
use crate::error::{Result, StoreContext};
use crate::model::{ContactId, Direction, Event, EventChange, Interaction, InteractionChange, Record};

/// Rewrites interaction `id` as `change` says, or deletes it when `change`
/// is `None`; returns the interaction as it was. The summaries of the
/// contacts it belonged to and now belongs to are made again, and the nudge
/// records it settled follow it:
///
/// - the reply nudge to it (an `in` message) is forgotten when it is no
///   longer that contact's `in` message, so a later message of the same id
///   cannot inherit a skip or a snooze;
/// - the nudge a `tend done` settled with it comes back when the message is
///   deleted, moved to another contact or is no longer sent by the user, and
///   counts from the new time when only its time changes.
///
/// The one place an interaction is rewritten: what is stored about an
/// interaction besides its row is refreshed here.
pub fn rewrite_interaction(
    conn: &Connection,
    derive: &dyn crate::facts::Derive,
    id: i64,
    change: Option<&InteractionChange>,
    now: DateTime<Utc>,
) -> Result<Interaction> {
    let old = records::interaction(conn, id)?.ok_or_else(|| Record::Interaction(id).missing())?;
    let new = change.map(|c| c.applied_to(&old));
    // Read before the row changes: which nudge a `tend done` settled with it.
    let done_kind: Option<String> = conn
        .prepare_cached("SELECT nudge_kind FROM interactions WHERE id = ?")
        .and_then(|mut st| st.query_row([id], |r| r.get(0)))
        .ctx("reading how the message was sent")?;
    match &new {
        Some(n) => {
            conn.prepare_cached(
                // The reading of a corrected message is made again (by the
                // summary refresh below), unless the user set it with `tend owe`
                // and the words are the same.
                "UPDATE interactions SET contact_id = ?2, at = ?3, direction = ?4, channel = ?5, note = ?6,
                    read_as = CASE WHEN read_version = 0 AND note IS ?6 AND direction = ?4 THEN read_as END,
                    read_version = CASE WHEN read_version = 0 AND note IS ?6 AND direction = ?4 THEN 0 END
                 WHERE id = ?1",
            )
            .and_then(|mut st| {
                st.execute(params![
                    id,
                    n.contact_id,
                    ts::to(n.at),
                    n.direction.as_str(),
                    n.channel.as_str(),
                    n.note
                ])
            })
            .ctx("correcting the interaction")?;
        }
        None => {
            conn.prepare_cached("DELETE FROM interactions WHERE id = ?")
                .and_then(|mut st| st.execute([id]))
                .ctx("removing the interaction")?;
        }
    }
    let same_contact = new.as_ref().is_some_and(|n| n.contact_id == old.contact_id);
    let still_in = new
        .as_ref()
        .is_some_and(|n| same_contact && n.direction == Direction::In);
    if old.direction == Direction::In && !still_in {
        conn.prepare_cached("DELETE FROM nudges WHERE key = ?")
            .and_then(|mut st| st.execute([reply_key(old.contact_id, id)]))
            .ctx("forgetting the reply nudge to the message")?;
    }
    settle_done_again(conn, &old, new.as_ref(), done_kind)?;
    let same_words = new
        .as_ref()
        .is_some_and(|n| same_contact && n.note == old.note && n.at == old.at && n.direction == old.direction);
    if !same_words {
        records::forget_absence(conn, id)?;
    }
    records::refresh_summary(conn, derive, old.contact_id, now)?;
    if let Some(n) = new.as_ref().filter(|_| !same_contact) {
        records::refresh_summary(conn, derive, n.contact_id, now)?;
    }
    Ok(old)
}

/// The key of the reply nudge to message `interaction` (rule 12; the
/// planner's `KeyPart::Reply`).
fn reply_key(contact: ContactId, interaction: i64) -> String {
    format!("{contact}:reply:{interaction}")
}

/// The nudge record a `tend done` wrote with the `out` message `old`: it is
/// recorded as done at the message's instant, of the kind the message keeps.
/// Gone (the nudge comes back) when the message is, or when it moves to
/// another contact or is no longer the user's; moved with the message's time.
fn settle_done_again(
    conn: &Connection,
    old: &Interaction,
    new: Option<&Interaction>,
    kind: Option<String>,
) -> Result<()> {
    // Only a message `tend done` logged settled a nudge.
    if kind.is_none() {
        return Ok(());
    }
    let sent_by_done = "contact_id = ?1 AND state = 'done' AND acted_at = ?2 AND kind = ?3";
    let still_sent = new.filter(|n| n.contact_id == old.contact_id && n.direction == Direction::Out);
    match still_sent {
        Some(n) if n.at != old.at => {
            conn.prepare_cached(&format!("UPDATE nudges SET acted_at = ?4 WHERE {sent_by_done}"))
                .and_then(|mut st| st.execute(params![old.contact_id, ts::to(old.at), kind, ts::to(n.at)]))
                .ctx("moving the nudge the message settled")?;
        }
        Some(_) => {}
        None if old.direction == Direction::Out => {
            conn.prepare_cached(&format!("DELETE FROM nudges WHERE {sent_by_done}"))
                .and_then(|mut st| st.execute(params![old.contact_id, ts::to(old.at), kind]))
                .ctx("reopening the nudge the message settled")?;
        }
        _ => {}
    }
    Ok(())
}

/// Rewrites event `id` as `change` says, or deletes it when `change` is
/// `None`; returns the event as it was. The nudge records keyed by the
/// event (its congratulation, its yearly anniversaries, a care check-in) are
/// forgotten when it is deleted, moved to another contact or changes kind:
/// they were about another fact.
pub fn rewrite_event(conn: &Connection, id: i64, change: Option<&EventChange>) -> Result<Event> {
    let old = records::event(conn, id)?.ok_or_else(|| Record::Event(id).missing())?;
    let new = change.map(|c| c.applied_to(&old));
    match &new {
        Some(n) => {
            conn.prepare_cached(
                // A corrected event is the user's: `from_interaction` goes.
                "UPDATE events SET contact_id = ?2, kind = ?3, on_date = ?4, detail = ?5, until_date = ?6,
                    from_interaction = NULL WHERE id = ?1",
            )
            .and_then(|mut st| {
                st.execute(params![
                    id,
                    n.contact_id,
                    n.kind.as_str(),
                    n.on.to_string(),
                    n.detail,
                    n.until.map(|d| d.to_string())
                ])
            })
            .ctx("correcting the event")?;
        }
        None => {
            conn.prepare_cached("DELETE FROM events WHERE id = ?")
                .and_then(|mut st| st.execute([id]))
                .ctx("removing the event")?;
        }
    }
    let same_fact = new
        .as_ref()
        .is_some_and(|n| n.contact_id == old.contact_id && n.kind == old.kind);
    if !same_fact {
        let c = old.contact_id;
        let [congratulation, anniversaries, care] = crate::model::NudgeKey::of_event(c, id);
        conn.prepare_cached("DELETE FROM nudges WHERE contact_id = ?1 AND (key = ?2 OR key LIKE ?3 OR key = ?4)")
            .and_then(|mut st| st.execute(params![c, congratulation, anniversaries, care]))
            .ctx("forgetting the nudges of the event")?;
    }
    Ok(old)
}

#[cfg(test)]
mod tests {
    use crate::model::Record;

    proptest::proptest! {
        /// A record reads back as it prints (`i42`, `e7`, either case);
        /// nothing else is one.
        #[test]
        fn a_record_reads_as_it_prints(id in 1i64..i64::MAX, event: bool, upper: bool) {
            let record = if event { Record::Event(id) } else { Record::Interaction(id) };
            let mut printed = record.to_string();
            if upper {
                printed = printed.to_uppercase();
            }
            proptest::prop_assert_eq!(printed.parse::<Record>(), Ok(record));
        }

        #[test]
        fn only_a_letter_and_a_positive_id_is_a_record(text in "[a-z0-9+ -]{0,6}") {
            let t = text.trim();
            let is_one = t.len() > 1
                && matches!(t.as_bytes()[0], b'i' | b'e')
                && t[1..].bytes().all(|b| b.is_ascii_digit())
                && t[1..].parse::<i64>().is_ok_and(|id| id > 0);
            proptest::prop_assert_eq!(text.parse::<Record>().is_ok(), is_one, "{}", text);
        }
    }
}
