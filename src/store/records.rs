//! Interactions and events, and the per-contact summary they feed.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

use super::{parse_stored, read_rows, ts};
use crate::error::{Result, StoreContext};
use crate::facts::Derive;
use crate::model::{Channel, ContactId, Direction, Event, EventKind, Found, Interaction, Summary};

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

/// Interactions bound for the store in bulk (imports). They are staged in a
/// temporary table and written at the end in the order of their external
/// keys: an import file interleaves conversations, and writing its rows as
/// they come would touch the indexes of a million-row table at random, page
/// after page. Keys start with their conversation's hash, so in key order each
/// index page is visited about once.
pub struct InteractionBatch<'c> {
    conn: &'c Connection,
    /// Prepared once: looking a cached statement up by its text cost more
    /// than a row's insert.
    stage: rusqlite::Statement<'c>,
    staged: u64,
}

/// From this many staged rows, and more than the table holds, the batch
/// drops the secondary indexes of `interactions` and builds them again after
/// its insert: in key order, their entries (by time, by contact) land at
/// random, and a million such inserts took longer than sorting them once.
const REBUILD_INDEXES_AT: u64 = 50_000;

/// What a batch added: how many interactions, and whose.
#[derive(Debug, Default)]
pub struct BatchOutcome {
    pub added: u64,
    /// Contacts that gained interactions, in id order; their summaries need a refresh.
    pub touched: Vec<ContactId>,
}

impl<'c> InteractionBatch<'c> {
    pub fn new(conn: &'c Connection) -> Result<InteractionBatch<'c>> {
        conn.execute_batch(
            "DROP TABLE IF EXISTS temp.staged_interactions;
             CREATE TEMP TABLE staged_interactions (
                contact_id INTEGER NOT NULL, at INTEGER NOT NULL, direction TEXT NOT NULL,
                channel TEXT NOT NULL, note TEXT, external_key TEXT NOT NULL);",
        )
        .ctx("preparing the import")?;
        let stage = conn
            .prepare(
                "INSERT INTO temp.staged_interactions (contact_id, at, direction, channel, note, external_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .ctx("preparing the import")?;
        Ok(InteractionBatch { conn, stage, staged: 0 })
    }

    pub fn push(&mut self, row: Found<'_>) -> Result<()> {
        self.stage
            .execute(params![
                row.contact,
                ts::to(row.at),
                row.direction.as_str(),
                row.channel.as_str(),
                row.note,
                row.key
            ])
            .ctx("staging the interaction")?;
        self.staged += 1;
        Ok(())
    }

    /// Writes the staged interactions; those whose key is already stored
    /// (re-imports) add nothing. The caller refreshes the touched summaries.
    pub fn finish(self, now: DateTime<Utc>) -> Result<BatchOutcome> {
        const CX: &str = "recording the imported interactions";
        // The staging statement goes first: its table is dropped below.
        let InteractionBatch { conn, stage, staged } = self;
        drop(stage);
        let before: i64 = conn
            .query_row("SELECT COALESCE(MAX(id), 0) FROM interactions", [], |r| r.get(0))
            .ctx(CX)?;
        // Within the import's transaction: a failure brings them back as they were.
        let rebuilt = if staged >= REBUILD_INDEXES_AT && staged > u64::try_from(before).unwrap_or(0) {
            let mut stmt = conn
                .prepare(
                    "SELECT name, sql FROM sqlite_master
                     WHERE type = 'index' AND tbl_name = 'interactions' AND sql IS NOT NULL",
                )
                .ctx(CX)?;
            let indexes = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .ctx(CX)?;
            drop(stmt);
            for (name, _) in &indexes {
                conn.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))
                    .ctx(CX)?;
            }
            indexes
        } else {
            Vec::new()
        };
        // `WHERE true` keeps SQLite from reading ON CONFLICT as a join's ON.
        let added = conn
            .execute(
                "INSERT INTO interactions (contact_id, at, direction, channel, note, external_key, created_at)
                 SELECT contact_id, at, direction, channel, note, external_key, ?1
                 FROM temp.staged_interactions WHERE true ORDER BY external_key
                 ON CONFLICT(external_key) DO NOTHING",
                [ts::to(now)],
            )
            .ctx(CX)?;
        for (_, sql) in &rebuilt {
            conn.execute_batch(sql).ctx(CX)?;
        }
        let mut stmt = conn
            .prepare("SELECT DISTINCT contact_id FROM interactions WHERE id > ? ORDER BY contact_id")
            .ctx(CX)?;
        let touched = stmt
            .query_map([before], |r| r.get(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<ContactId>>>())
            .ctx(CX)?;
        drop(stmt);
        conn.execute_batch("DROP TABLE temp.staged_interactions").ctx(CX)?;
        Ok(BatchOutcome {
            added: added as u64,
            touched,
        })
    }
}

impl super::Db<'_> {
    /// Logs one interaction and refreshes the contact's summary.
    #[allow(clippy::too_many_arguments)]
    pub fn log_interaction(
        &self,
        derive: &dyn Derive,
        contact: ContactId,
        at: DateTime<Utc>,
        direction: Direction,
        channel: Channel,
        note: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let id = insert_interaction(self.conn, contact, at, direction, channel, note, None, now)?;
        refresh_summary(self.conn, derive, contact, now)?;
        Ok(id.unwrap_or_default())
    }
}

fn interaction_from_row(r: &rusqlite::Row) -> Result<Interaction> {
    const CX: &str = "reading interactions";
    let id: i64 = r.get(0).ctx(CX)?;
    let contact_id = r.get(1).ctx(CX)?;
    let row = super::RowName("interaction", &id);
    Ok(Interaction {
        id,
        contact_id,
        at: ts::from(r.get(2).ctx(CX)?),
        direction: parse_stored(r, 3, contact_id, &row, "direction", CX)?,
        channel: parse_stored(r, 4, contact_id, &row, "channel", CX)?,
        note: r.get(5).ctx(CX)?,
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
    read_rows(stmt.query([contact]), "reading interactions", interaction_from_row)
}

/// One interaction by its id.
pub fn interaction(conn: &Connection, id: i64) -> Result<Option<Interaction>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, contact_id, at, direction, channel, note FROM interactions WHERE id = ?")
        .ctx("reading the interaction")?;
    Ok(read_rows(stmt.query([id]), "reading the interaction", interaction_from_row)?.pop())
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
        let i = interaction_from_row(r)?;
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

/// The summary columns of schema v2, set from `?2` to `?10` (`?1`: the id).
/// A macro so that the statements using it are constant text: every import
/// writes tens of thousands of summaries.
macro_rules! summary_v2 {
    () => {
        "last_touch_at = ?2, last_light_at = ?3, last_response_at = ?4, inbound_id = ?5, inbound_at = ?6,
         out_after_response = ?7, first_out_after_at = ?8, responses = ?9, last_note = ?10"
    };
}

/// The columns of schema 16 (rule 15's [`crate::model::Talk`]), set from
/// `?16` on (`?2` on in [`store_talk`]).
macro_rules! talk_columns {
    (16) => {
        "talk_conversations = ?16, talk_they_opened = ?17, talk_you_opened = ?18, talk_answered = ?19,
         talk_answer_secs = ?20, talk_meetings = ?21, talk_first_at = ?22"
    };
    (2) => {
        "talk_conversations = ?2, talk_they_opened = ?3, talk_you_opened = ?4, talk_answered = ?5,
         talk_answer_secs = ?6, talk_meetings = ?7, talk_first_at = ?8"
    };
}

/// Recomputes the stored summary of one contact from its interactions.
pub fn refresh_summary(conn: &Connection, derive: &dyn Derive, contact: ContactId, now: DateTime<Utc>) -> Result<()> {
    let items = interactions_of(conn, contact)?;
    let mut s = Summary::unread(&items, now);
    if let Some((id, _)) = s.pending_inbound {
        keep_reading(conn, derive, &items, id, now, &mut s)?;
    }
    s.pitches_only = keep_pitches(conn, derive, &items, now)?;
    keep_absences(conn, derive, contact, now)?;
    let (hour, zone) = super::stats::learn_usual_hour(conn, derive, contact, &items)?;
    // One statement: each update of these columns rewrites the planning row.
    let mut values = summary_v2_values(contact, &s);
    values.extend([
        Value::from(s.pending_closer),
        Value::from(s.planned.map(ts::to)),
        Value::from(s.stale_at.map(ts::to)),
        Value::from(hour),
        Value::from(zone.map(str::to_string)),
    ]);
    values.extend(talk_values(&s.talk));
    values.push(Value::from(s.pitches_only));
    values.push(Value::from(s.pending_plan.code()));
    conn.prepare_cached(concat!(
        "UPDATE contacts SET ",
        summary_v2!(),
        ", inbound_closer = ?11, planned_at = ?12, stale_at = ?13, usual_hour = ?14, usual_hour_zone = ?15, ",
        talk_columns!(16),
        ", pitches_only = ?23, inbound_plan = ?24 WHERE id = ?1"
    ))
    .and_then(|mut st| st.execute(rusqlite::params_from_iter(values)))
    .ctx("updating the contact's summary")?;
    Ok(())
}

/// The detail of a busy event read from their message.
pub const AWAY_DETAIL: &str = "away (from their message)";

/// How far back a message may tell of an absence still to end: one sent
/// longer ago is not looked at (an import of years of mail reads only its
/// last year).
const AWAY_TOLD_WITHIN_DAYS: i64 = 366;

/// Rule 8: looks once at each of the contact's messages not looked at yet
/// for an absence they tell of ([`Derive::away`]); one that has not ended
/// becomes a busy event with its end, linked to the message (changed or
/// removed with it by `tend fix` and `tend unlog`).
fn keep_absences(conn: &Connection, derive: &dyn Derive, contact: ContactId, now: DateTime<Utc>) -> Result<()> {
    const CX: &str = "looking for an absence in their messages";
    let since = now - chrono::Duration::days(AWAY_TOLD_WITHIN_DAYS);
    let unread =
        "contact_id = ?1 AND direction = 'in' AND note IS NOT NULL AND away_read IS NULL AND at >= ?2 AND at <= ?3";
    let mut stmt = conn
        .prepare_cached(&format!("SELECT id, at, note FROM interactions WHERE {unread}"))
        .ctx(CX)?;
    let rows: Vec<(i64, i64, String)> = stmt
        .query_map(params![contact, ts::to(since), ts::to(now)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .and_then(Iterator::collect)
        .ctx(CX)?;
    if rows.is_empty() {
        return Ok(());
    }
    let today = crate::time::local_date(now, derive.user_zone());
    for (id, at, note) in rows {
        if let Some((start, end)) = derive.away(&note, ts::from(at))
            && end > today
        {
            forget_absence(conn, id)?;
            insert_event(
                conn,
                contact,
                EventKind::Busy,
                (start, Some(end)),
                Some(AWAY_DETAIL),
                Some(id),
                now,
            )?;
        }
    }
    conn.prepare_cached(&format!("UPDATE interactions SET away_read = 1 WHERE {unread}"))
        .and_then(|mut st| st.execute(params![contact, ts::to(since), ts::to(now)]))
        .ctx(CX)?;
    Ok(())
}

/// Removes the busy event read from message `interaction`, if tend still
/// keeps the two together, and has the message looked at again.
pub fn forget_absence(conn: &Connection, interaction: i64) -> Result<()> {
    const CX: &str = "forgetting the absence read from the message";
    conn.prepare_cached("DELETE FROM events WHERE from_interaction = ?")
        .and_then(|mut st| st.execute([interaction]))
        .ctx(CX)?;
    conn.prepare_cached("UPDATE interactions SET away_read = NULL WHERE id = ?")
        .and_then(|mut st| st.execute([interaction]))
        .ctx(CX)?;
    Ok(())
}

/// A contact's interactions that have happened, oldest first.
fn happened(items: &[Interaction], now: DateTime<Utc>) -> Vec<&Interaction> {
    let mut sorted: Vec<&Interaction> = items.iter().filter(|i| i.at <= now).collect();
    sorted.sort_by_key(|i| (i.at, i.id));
    sorted
}

/// Stores the readings of the messages waiting for an answer, unless
/// already stored by this reader or corrected by the user, and says whether
/// they only close the conversation and since when a reply is owed, in
/// the summary.
fn keep_reading(
    conn: &Connection,
    derive: &dyn Derive,
    items: &[Interaction],
    id: i64,
    now: DateTime<Utc>,
    summary: &mut Summary,
) -> Result<()> {
    let sorted = happened(items, now);
    let Some(pos) = sorted.iter().position(|i| i.id == id) else {
        return Ok(());
    };
    // What they wrote until a reply was last done or skipped was settled.
    let handled = super::nudges::reply_last_handled(conn, sorted[pos].contact_id)?;
    let mut failed = None;
    derive.waiting(summary, &sorted, pos, handled, &mut |p| {
        reading_kept(conn, derive, &sorted, p).unwrap_or_else(|e| {
            failed.get_or_insert(e);
            String::new()
        })
    });
    failed.map_or(Ok(()), Err)
}

/// Rule 3: whether every message of theirs so far was a pitch
/// ([`Derive::pitches_only`]), from the stored readings, reading and
/// keeping those not stored yet.
fn keep_pitches(conn: &Connection, derive: &dyn Derive, items: &[Interaction], now: DateTime<Utc>) -> Result<bool> {
    let sorted = happened(items, now);
    let mut failed = None;
    let only = derive.pitches_only(&sorted, &mut |pos| {
        reading_kept(conn, derive, &sorted, pos).unwrap_or_else(|e| {
            failed.get_or_insert(e);
            String::new()
        })
    });
    failed.map_or(Ok(only), Err)
}

/// What the message at `pos` of `sorted` says, stored: its stored reading
/// when this reader or the user made it, else read now and kept.
fn reading_kept(conn: &Connection, derive: &dyn Derive, sorted: &[&Interaction], pos: usize) -> Result<String> {
    const CX: &str = "keeping the reading of their message";
    let Some(message) = sorted.get(pos) else {
        return Ok(String::new());
    };
    let stored: Option<(Option<String>, Option<i64>)> = conn
        .prepare_cached("SELECT read_as, read_version FROM interactions WHERE id = ?")
        .and_then(|mut st| st.query_row([message.id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
        .ctx(CX)?;
    if let Some((Some(acts), Some(v))) = stored
        && (v == 0 || v == derive.reader_version())
        && derive.closes(&acts).is_some()
    {
        return Ok(acts);
    }
    let reading = derive.read(sorted, pos);
    store_reading(conn, message.id, &reading, derive.reader_version())?;
    Ok(reading)
}

/// Writes what a message was read as, stored (`version` 0: by the user).
pub fn store_reading(conn: &Connection, id: i64, read_as: &str, version: i64) -> Result<()> {
    conn.prepare_cached("UPDATE interactions SET read_as = ?2, read_version = ?3 WHERE id = ?1")
        .and_then(|mut st| st.execute(params![id, read_as, version]))
        .ctx("keeping the reading of their message")?;
    Ok(())
}

/// A reading made when a message was shown (`tend show`), to keep with it.
#[derive(Debug, Clone)]
pub struct ShownReading {
    pub id: i64,
    /// The words it was read from: a message changed since is not touched.
    pub note: Option<String>,
    /// The reading, stored.
    pub read_as: String,
    /// The reader's version.
    pub version: i64,
}

/// Keeps the readings a command made of messages that had none, with this
/// reader's version, so that the next `tend show` need not read them again.
/// A message whose words changed, or that got a reading, since it was read
/// is left as it is.
pub fn keep_shown_readings(conn: &Connection, readings: &[ShownReading]) -> Result<()> {
    const CX: &str = "keeping the readings of the messages shown";
    let mut stmt = conn
        .prepare_cached(
            "UPDATE interactions SET read_as = ?2, read_version = ?3
             WHERE id = ?1 AND read_as IS NULL AND note IS ?4 AND direction = 'in'",
        )
        .ctx(CX)?;
    for r in readings {
        stmt.execute(params![r.id, r.read_as, r.version, r.note]).ctx(CX)?;
    }
    Ok(())
}

/// The stored reading of one interaction, if it has one and has text (a
/// message logged without its words has nothing to read).
pub fn reading(conn: &Connection, id: i64) -> Result<Option<String>> {
    let stored: Option<String> = conn
        .prepare_cached("SELECT read_as FROM interactions WHERE id = ? AND trim(coalesce(note, '')) <> ''")
        .and_then(|mut st| st.query_row([id], |r| r.get(0)).optional())
        .ctx("reading the reading of their message")?
        .flatten();
    Ok(stored)
}

/// The stored reading of each of a contact's interactions that has one,
/// with its version.
pub fn readings_of(conn: &Connection, contact: ContactId) -> Result<Vec<(i64, String, i64)>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, read_as, read_version FROM interactions
             WHERE contact_id = ? AND read_as IS NOT NULL",
        )
        .ctx("reading the readings of their messages")?;
    let rows = stmt
        .query_map([contact], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<i64>>(2)?))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .ctx("reading the readings of their messages")?;
    Ok(rows
        .into_iter()
        .map(|(id, acts, v)| (id, acts, v.unwrap_or(0)))
        .collect())
}

/// The contacts whose message waiting for an answer was read by another
/// reader version, or not yet (after an upgrade), and the version the
/// database was last brought up to.
pub fn reader_version(conn: &Connection) -> Result<Option<i64>> {
    conn.query_row("SELECT value FROM meta WHERE key = 'reader_version'", [], |r| {
        r.get::<_, String>(0)
    })
    .optional()
    .map(|v| v.and_then(|v| v.parse().ok()))
    .ctx("reading the reader's version")
}

/// Whether an upgrade asked for the summaries to be remade.
pub fn summaries_to_remake(conn: &Connection) -> Result<bool> {
    conn.prepare_cached("SELECT 1 FROM meta WHERE key = ?1")
        .and_then(|mut st| st.exists([super::migrations::REMAKE_SUMMARIES]))
        .ctx("reading whether the summaries are to be remade")
}

/// Remakes every contact's summary (its history counts, usual hour and the
/// reading of the message waiting for an answer) when an upgrade asked for
/// it, with this tend's code; returns how many. A lookup otherwise.
pub fn remake_summaries(conn: &Connection, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
    const CX: &str = "remaking the summaries after an upgrade";
    let key = super::migrations::REMAKE_SUMMARIES;
    if !summaries_to_remake(conn)? {
        return Ok(0);
    }
    let ids: Vec<ContactId> = conn
        .prepare("SELECT id FROM contacts ORDER BY id")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .ctx(CX)?;
    for id in &ids {
        refresh_summary(conn, derive, *id, now)?;
    }
    conn.execute("DELETE FROM meta WHERE key = ?1", [key]).ctx(CX)?;
    Ok(ids.len())
}

/// Reads again every message still waiting for an answer whose reading is
/// missing or from another reader version (never one the user corrected),
/// refreshing its contact's summary; then records this reader's version.
pub fn reread_waiting(conn: &Connection, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
    const CX: &str = "reading again the messages waiting for an answer";
    let ids: Vec<ContactId> = conn
        .prepare(
            "SELECT c.id FROM contacts c JOIN interactions i ON i.id = c.inbound_id
             WHERE i.read_version IS NULL OR (i.read_version <> 0 AND i.read_version <> ?1)",
        )
        .and_then(|mut st| {
            st.query_map([derive.reader_version()], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .ctx(CX)?;
    for id in &ids {
        refresh_summary(conn, derive, *id, now)?;
    }
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('reader_version', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [derive.reader_version().to_string()],
    )
    .ctx(CX)?;
    Ok(ids.len())
}

/// Whether [`backfill_pitches`] has run (or had nothing to read).
pub fn pitches_backfilled(conn: &Connection) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'pitches_only')")
        .and_then(|mut st| st.query_row([], |r| r.get(0)))
        .ctx("finding contacts who only ever pitched")
}

/// Schema 19 added rule 3's `pitches_only` without reading any message (a
/// migration runs no live reader): the first open after it reads the
/// contacts it may be true for (whose every response so far has text and
/// came from them), once; returns how many were read. A lookup afterwards.
pub fn backfill_pitches(conn: &Connection, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
    const CX: &str = "finding contacts who only ever pitched";
    if pitches_backfilled(conn)? {
        return Ok(0);
    }
    let ids: Vec<ContactId> = conn
        .prepare(
            "SELECT contact_id FROM interactions
             WHERE direction != 'out' AND channel IN ('message', 'email', 'call', 'meeting', 'comment') AND at <= ?1
             GROUP BY contact_id
             HAVING min(direction = 'in' AND trim(coalesce(note, '')) != '') = 1",
        )
        .and_then(|mut st| st.query_map([ts::to(now)], |r| r.get(0))?.collect())
        .ctx(CX)?;
    let mut set = conn
        .prepare("UPDATE contacts SET pitches_only = 1 WHERE id = ?1")
        .ctx(CX)?;
    for id in &ids {
        if keep_pitches(conn, derive, &interactions_of(conn, *id)?, now)? {
            set.execute([id]).ctx(CX)?;
        }
    }
    conn.execute("INSERT INTO meta (key, value) VALUES ('pitches_only', '1')", [])
        .ctx(CX)?;
    Ok(ids.len())
}

/// The values of `talk_columns!`, in order.
fn talk_values(t: &crate::model::Talk) -> [Value; 7] {
    [
        Value::from(t.conversations),
        Value::from(t.they_opened),
        Value::from(t.you_opened),
        Value::from(t.answered),
        Value::from(t.answer_secs),
        Value::from(t.meetings),
        Value::from(t.first_at.map(ts::to)),
    ]
}

/// Writes a contact's rule-15 columns alone (schema 16's backfill).
pub fn store_talk(conn: &Connection, contact: ContactId, t: &crate::model::Talk) -> Result<()> {
    let mut values = vec![Value::from(contact)];
    values.extend(talk_values(t));
    conn.prepare_cached(concat!("UPDATE contacts SET ", talk_columns!(2), " WHERE id = ?1"))
        .and_then(|mut st| st.execute(rusqlite::params_from_iter(values)))
        .ctx("updating the contact's history counts")?;
    Ok(())
}

/// Planning rows whose summary was made before a planned meeting or call
/// that has happened since (rule 13), made again as they stand at `now`.
/// Nothing is written: the contact's next write stores the new summary.
pub fn bring_up_to_date(
    conn: &Connection,
    derive: &dyn Derive,
    rows: &mut [crate::facts::PlanRow],
    now: DateTime<Utc>,
) -> Result<()> {
    for row in rows.iter_mut().filter(|r| r.summary.stale_at.is_some_and(|t| t <= now)) {
        let items = interactions_of(conn, row.id)?;
        row.summary = Summary {
            last_note: None,
            ..derive.summary(&items, now)
        };
    }
    Ok(())
}

/// Stores again the summaries that planned meetings or calls, now past,
/// made out of date (rule 13); returns how many. A lookup when there are none.
pub fn refresh_stale(conn: &Connection, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
    let ids = stale_ids(conn, now)?;
    for id in &ids {
        refresh_summary(conn, derive, *id, now)?;
    }
    Ok(ids.len())
}

/// The contacts whose stored summary is out of date at `now`.
pub fn stale_ids(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<ContactId>> {
    conn.prepare_cached("SELECT id FROM contacts INDEXED BY contacts_stale WHERE stale_at <= ?")
        .and_then(|mut st| st.query_map([ts::to(now)], |r| r.get(0))?.collect())
        .ctx("finding summaries out of date")
}

/// The id and the values of `summary_v2!`, in order.
fn summary_v2_values(contact: ContactId, s: &Summary) -> Vec<Value> {
    vec![
        Value::from(contact),
        Value::from(s.last_touch.map(ts::to)),
        Value::from(s.last_light_touch.map(ts::to)),
        Value::from(s.last_response.map(ts::to)),
        Value::from(s.pending_inbound.map(|(id, _)| id)),
        Value::from(s.pending_inbound.map(|(_, at)| ts::to(at))),
        Value::from(s.out_after_response),
        Value::from(s.first_out_after_response.map(ts::to)),
        Value::from(s.responses),
        Value::from(s.last_note.clone()),
    ]
}

/// Writes a contact's summary columns (those of schema v2: the migration
/// that fills them runs before the later columns exist).
pub fn store_summary(conn: &Connection, contact: ContactId, s: &Summary) -> Result<()> {
    conn.prepare_cached(concat!("UPDATE contacts SET ", summary_v2!(), " WHERE id = ?1"))
        .and_then(|mut st| st.execute(rusqlite::params_from_iter(summary_v2_values(contact, s))))
        .ctx("updating the contact's summary")?;
    Ok(())
}

/// The columns [`event_from_row`] reads, with the message an event was read from.
macro_rules! event_select {
    () => {
        "SELECT e.id, e.contact_id, e.kind, e.on_date, e.detail, e.recorded_at, e.until_date, i.id, i.at
         FROM events e LEFT JOIN interactions i ON i.id = e.from_interaction"
    };
}

impl super::Db<'_> {
    /// Records an event; `until`: a busy event's end.
    pub fn insert_event(
        &self,
        contact: ContactId,
        kind: EventKind,
        on: NaiveDate,
        until: Option<NaiveDate>,
        detail: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        insert_event(self.conn, contact, kind, (on, until), detail, None, now)
    }

    /// The event read from message `interaction` (an absence they told), if any.
    pub fn event_from_message(&self, interaction: i64) -> Result<Option<Event>> {
        let mut stmt = self
            .conn
            .prepare_cached(concat!(event_select!(), " WHERE e.from_interaction = ?"))
            .ctx("reading the event")?;
        Ok(read_rows(stmt.query([interaction]), "reading the event", event_from_row)?.pop())
    }
}

/// Inserts an event on its day, with a busy event's end when it has one;
/// `from`: the message it was read from.
fn insert_event(
    conn: &Connection,
    contact: ContactId,
    kind: EventKind,
    (on, until): (NaiveDate, Option<NaiveDate>),
    detail: Option<&str>,
    from: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO events (contact_id, kind, on_date, detail, recorded_at, until_date, from_interaction)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .and_then(|mut st| {
        st.execute(params![
            contact,
            kind.as_str(),
            on.to_string(),
            detail,
            ts::to(now),
            until.map(|d| d.to_string()),
            from
        ])
    })
    .ctx("recording the event")?;
    Ok(conn.last_insert_rowid())
}

fn event_from_row(r: &rusqlite::Row) -> Result<Event> {
    const CX: &str = "reading events";
    let id: i64 = r.get(0).ctx(CX)?;
    let contact_id = r.get(1).ctx(CX)?;
    let row = super::RowName("event", &id);
    let on = r.get_ref(3).ctx(CX)?.as_str().ok();
    let until: Option<String> = r.get(6).ctx(CX)?;
    let until = until.as_deref();
    Ok(Event {
        id,
        contact_id,
        kind: parse_stored(r, 2, contact_id, &row, "kind", CX)?,
        on: on
            .and_then(crate::time::read_date)
            .ok_or_else(|| super::damaged(contact_id, &row, "date", &format!("'{}'", on.unwrap_or("?"))))?,
        detail: r.get(4).ctx(CX)?,
        recorded_at: ts::from(r.get(5).ctx(CX)?),
        until: until
            .map(|u| {
                crate::time::read_date(u).ok_or_else(|| super::damaged(contact_id, &row, "date", &format!("'{u}'")))
            })
            .transpose()?,
        from_message: match (r.get::<_, Option<i64>>(7).ctx(CX)?, r.get::<_, Option<i64>>(8).ctx(CX)?) {
            (Some(id), Some(at)) => Some((id, ts::from(at))),
            _ => None,
        },
    })
}

/// Every event, for the planner (which ignores contacts it was not given),
/// or with `since` only those that can still matter: on or after that date,
/// and every new job and birthday (they recur yearly).
pub fn all_events(conn: &Connection, since: Option<NaiveDate>) -> Result<Vec<Event>> {
    let mut stmt = conn
        .prepare_cached(concat!(
            event_select!(),
            " WHERE ?1 IS NULL OR e.on_date >= ?1 OR e.until_date >= ?1 OR e.kind IN ('new-job', 'birthday')"
        ))
        .ctx("reading events")?;
    read_rows(
        stmt.query([since.map(|d| d.to_string())]),
        "reading events",
        event_from_row,
    )
}

pub fn events_of(conn: &Connection, contact: ContactId) -> Result<Vec<Event>> {
    let mut stmt = conn
        .prepare_cached(concat!(
            event_select!(),
            " WHERE e.contact_id = ? ORDER BY e.on_date, e.id"
        ))
        .ctx("reading events")?;
    read_rows(stmt.query([contact]), "reading events", event_from_row)
}

/// Whether a new job or promotion logged ahead of its day waits to reach
/// the profile on or before `today` (a lookup on the index of those alone).
pub fn profile_jobs_due(conn: &Connection, today: NaiveDate) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM events WHERE profile_pending = 1 AND on_date <= ?1)")
        .and_then(|mut st| st.query_row([today.to_string()], |r| r.get(0)))
        .ctx("looking for new jobs whose day has come")
}

/// The events waiting to reach the profile whose day is `today` or
/// before, earliest day first (a later job is the one that stays).
pub fn due_profile_jobs(conn: &Connection, today: NaiveDate) -> Result<Vec<Event>> {
    let mut stmt = conn
        .prepare_cached(concat!(
            event_select!(),
            " WHERE e.profile_pending = 1 AND e.on_date <= ?1 ORDER BY e.on_date, e.id"
        ))
        .ctx("reading new jobs whose day has come")?;
    read_rows(
        stmt.query([today.to_string()]),
        "reading new jobs whose day has come",
        event_from_row,
    )
}

/// Marks an event as waiting to reach the profile on its day, or as done
/// with it.
pub fn set_profile_pending(conn: &Connection, event: i64, pending: bool) -> Result<()> {
    conn.prepare_cached("UPDATE events SET profile_pending = ?2 WHERE id = ?1")
        .and_then(|mut st| st.execute(params![event, pending]))
        .ctx("marking the job change")?;
    Ok(())
}

/// Forgets the job changes of a contact still waiting for their day: the
/// user set the company or role since they were logged, and that wins.
pub fn drop_profile_pending(conn: &Connection, contact: ContactId) -> Result<()> {
    conn.prepare_cached("UPDATE events SET profile_pending = 0 WHERE contact_id = ?1 AND profile_pending = 1")
        .and_then(|mut st| st.execute([contact]))
        .ctx("keeping the company and role set by hand")?;
    Ok(())
}

pub fn event(conn: &Connection, id: i64) -> Result<Option<Event>> {
    let mut stmt = conn
        .prepare_cached(concat!(event_select!(), " WHERE e.id = ?"))
        .ctx("reading the event")?;
    Ok(read_rows(stmt.query([id]), "reading the event", event_from_row)?.pop())
}
