//! Interactions and events, and the per-contact summary they feed.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::ts;
use crate::error::{Result, StoreContext};
use crate::model::{Channel, ContactId, Direction, Event, EventKind, Interaction, Summary};

#[allow(clippy::too_many_arguments)]
/// Records an interaction; with an `external_key` already present it adds
/// nothing and returns `None` (re-imports). The caller refreshes the summary.
pub fn insert_interaction(
    conn: &Connection,
    contact: ContactId,
    at: DateTime<Utc>,
    direction: Direction,
    channel: Channel,
    note: Option<&str>,
    external_key: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let changed = conn
        .prepare_cached(
            "INSERT INTO interactions (contact_id, at, direction, channel, note, external_key, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(external_key) DO NOTHING",
        )
        .and_then(|mut s| {
            s.execute(params![
                contact,
                ts::to(at),
                direction.as_str(),
                channel.as_str(),
                note,
                external_key,
                ts::to(now)
            ])
        })
        .ctx("recording the interaction")?;
    Ok((changed > 0).then(|| conn.last_insert_rowid()))
}

/// Logs one interaction and refreshes the contact's summary.
pub fn log_interaction(
    conn: &Connection,
    contact: ContactId,
    at: DateTime<Utc>,
    direction: Direction,
    channel: Channel,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<i64> {
    let id = insert_interaction(conn, contact, at, direction, channel, note, None, now)?;
    refresh_summary(conn, contact)?;
    Ok(id.unwrap_or_default())
}

fn interaction_from_row(r: &rusqlite::Row) -> rusqlite::Result<Interaction> {
    Ok(Interaction {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        at: ts::from(r.get(2)?),
        direction: r.get::<_, String>(3)?.parse().unwrap_or(Direction::Out),
        channel: r.get::<_, String>(4)?.parse().unwrap_or(Channel::Message),
        note: r.get(5)?,
    })
}

/// A contact's interactions, oldest first.
pub fn interactions_of(conn: &Connection, contact: ContactId) -> Result<Vec<Interaction>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, contact_id, at, direction, channel, note FROM interactions
             WHERE contact_id = ? ORDER BY at, id",
        )
        .ctx("reading interactions")?;
    let rows = stmt
        .query_map([contact], interaction_from_row)
        .ctx("reading interactions")?;
    rows.collect::<rusqlite::Result<Vec<_>>>().ctx("reading interactions")
}

/// The newest of a contact's interactions with a note that `wanted` accepts.
/// Reads newest first and stops there: a long history costs nothing.
pub fn latest_with_note(
    conn: &Connection,
    contact: ContactId,
    wanted: impl Fn(&Interaction) -> bool,
) -> Result<Option<Interaction>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, contact_id, at, direction, channel, note FROM interactions
             WHERE contact_id = ? AND note IS NOT NULL ORDER BY at DESC, id DESC",
        )
        .ctx("reading interactions")?;
    let mut rows = stmt.query([contact]).ctx("reading interactions")?;
    while let Some(r) = rows.next().ctx("reading interactions")? {
        let i = interaction_from_row(r).ctx("reading interactions")?;
        if wanted(&i) {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// The note of one interaction.
pub fn note_of(conn: &Connection, interaction: i64) -> Result<Option<String>> {
    conn.prepare_cached("SELECT note FROM interactions WHERE id = ?")
        .and_then(|mut st| st.query_row([interaction], |r| r.get(0)).optional())
        .map(Option::flatten)
        .ctx("reading the interaction")
}

/// Recomputes the stored summary of one contact from its interactions.
pub fn refresh_summary(conn: &Connection, contact: ContactId) -> Result<()> {
    let items = interactions_of(conn, contact)?;
    let s = Summary::from_interactions(&items);
    store_summary(conn, contact, &s)?;
    store_closer(conn, contact, s.pending_closer)?;
    super::stats::store_usual_hour(conn, contact, &items)
}

/// Writes whether the message waiting for a reply closes the conversation
/// (rule 1; schema v6, apart from the older summary columns that earlier
/// migration steps write).
pub fn store_closer(conn: &Connection, contact: ContactId, closer: bool) -> Result<()> {
    conn.prepare_cached("UPDATE contacts SET inbound_closer = ?2 WHERE id = ?1 AND inbound_closer != ?2")
        .and_then(|mut st| st.execute(params![contact, closer]))
        .ctx("writing the contact's summary")?;
    Ok(())
}

/// Writes a contact's summary columns.
pub fn store_summary(conn: &Connection, contact: ContactId, s: &Summary) -> Result<()> {
    conn.prepare_cached(
        "UPDATE contacts SET last_touch_at = ?2, last_light_at = ?3, last_response_at = ?4,
            inbound_id = ?5, inbound_at = ?6, out_after_response = ?7, first_out_after_at = ?8,
            responses = ?9, last_note = ?10
         WHERE id = ?1",
    )
    .and_then(|mut st| {
        st.execute(params![
            contact,
            s.last_touch.map(ts::to),
            s.last_light_touch.map(ts::to),
            s.last_response.map(ts::to),
            s.pending_inbound.map(|(id, _)| id),
            s.pending_inbound.map(|(_, at)| ts::to(at)),
            s.out_after_response,
            s.first_out_after_response.map(ts::to),
            s.responses,
            s.last_note,
        ])
    })
    .ctx("updating the contact's summary")?;
    Ok(())
}

pub fn insert_event(
    conn: &Connection,
    contact: ContactId,
    kind: EventKind,
    on: NaiveDate,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO events (contact_id, kind, on_date, detail, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![contact, kind.as_str(), on.to_string(), detail, ts::to(now)],
    )
    .ctx("recording the event")?;
    Ok(conn.last_insert_rowid())
}

fn event_from_row(r: &rusqlite::Row) -> rusqlite::Result<Event> {
    Ok(Event {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        kind: r
            .get_ref(2)?
            .as_str()
            .ok()
            .and_then(|k| k.parse().ok())
            .unwrap_or(EventKind::Achievement),
        on: r
            .get_ref(3)?
            .as_str()
            .ok()
            .and_then(crate::time::read_date)
            .unwrap_or_default(),
        detail: r.get(4)?,
        recorded_at: ts::from(r.get(5)?),
    })
}

/// Every event, for the planner (which ignores contacts it was not given),
/// or with `since` only those that can still matter: on or after that date,
/// and every new job and birthday (they recur yearly).
pub fn all_events(conn: &Connection, since: Option<NaiveDate>) -> Result<Vec<Event>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, contact_id, kind, on_date, detail, recorded_at FROM events
             WHERE ?1 IS NULL OR on_date >= ?1 OR kind IN ('new-job', 'birthday')",
        )
        .ctx("reading events")?;
    let rows = stmt
        .query_map([since.map(|d| d.to_string())], event_from_row)
        .ctx("reading events")?;
    rows.collect::<rusqlite::Result<Vec<_>>>().ctx("reading events")
}

pub fn events_of(conn: &Connection, contact: ContactId) -> Result<Vec<Event>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, contact_id, kind, on_date, detail, recorded_at FROM events
             WHERE contact_id = ? ORDER BY on_date, id",
        )
        .ctx("reading events")?;
    let rows = stmt.query_map([contact], event_from_row).ctx("reading events")?;
    rows.collect::<rusqlite::Result<Vec<_>>>().ctx("reading events")
}

pub fn event(conn: &Connection, id: i64) -> Result<Option<Event>> {
    conn.query_row(
        "SELECT id, contact_id, kind, on_date, detail, recorded_at FROM events WHERE id = ?",
        [id],
        event_from_row,
    )
    .optional()
    .ctx("reading the event")
}
