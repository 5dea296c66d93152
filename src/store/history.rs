//! The texts you sent lately (drafts and `tend lint`'s `repeated` compare a
//! new text with them).

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::error::{Result, StoreContext};
use crate::model::ContactId;

/// One text logged as sent: to whom (id and name) and what.
pub struct SentText {
    pub contact_id: ContactId,
    pub name: String,
    pub text: String,
}

/// Texts logged as sent at or after `since`, with whom they went to.
pub fn sent_since(conn: &Connection, since: DateTime<Utc>) -> Result<Vec<SentText>> {
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
    let rows = stmt
        .query_map([super::ts::to(since)], |r| {
            Ok(SentText {
                contact_id: r.get(0)?,
                name: r.get(1)?,
                text: r.get(2)?,
            })
        })
        .ctx("reading sent messages")?;
    rows.collect::<rusqlite::Result<Vec<_>>>().ctx("reading sent messages")
}

/// Changes whenever the sent texts may have: a commit by another connection
/// (`PRAGMA data_version`) or a change made through this one
/// (`total_changes()`). Both are constant-time.
pub fn change_marks(conn: &Connection) -> Result<(i64, i64)> {
    let others: i64 = conn
        .pragma_query_value(None, "data_version", |r| r.get(0))
        .ctx("reading the data version")?;
    let ours: i64 = conn
        .query_row("SELECT total_changes()", [], |r| r.get(0))
        .ctx("reading the change count")?;
    Ok((others, ours))
}
