//! Numbered, embedded migrations, tracked by `PRAGMA user_version`. A database
//! from a newer tend is refused untouched.

use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::Path;

use crate::error::{Error, Result, StoreContext};

enum Step {
    Sql(&'static str),
    Code(fn(&Transaction) -> Result<()>),
}

/// Migration N (1-based) brings the schema from version N-1 to N.
const MIGRATIONS: &[Step] = &[
    Step::Sql(
        "CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT, url TEXT, company TEXT, role TEXT, timezone TEXT, met TEXT,
            interests TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            connected_on TEXT,
            cadence TEXT,
            birthday TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            paused_until TEXT,
            source TEXT NOT NULL DEFAULT 'manual',
            external_key TEXT UNIQUE,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            direction TEXT NOT NULL,
            channel TEXT NOT NULL,
            note TEXT,
            external_key TEXT UNIQUE,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX interactions_by_contact ON interactions(contact_id, at);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,
            detail TEXT,
            recorded_at INTEGER NOT NULL
        );
        CREATE INDEX events_by_contact ON events(contact_id);
        CREATE TABLE nudges (
            key TEXT PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            due_at INTEGER,
            delivered_at INTEGER,
            snoozed_until INTEGER,
            acted_at INTEGER
        );
        CREATE INDEX nudges_by_contact ON nudges(contact_id);",
    ),
    // v2: per-contact summaries so planning reads one row per contact.
    Step::Sql(
        "ALTER TABLE contacts ADD COLUMN last_touch_at INTEGER;
        ALTER TABLE contacts ADD COLUMN last_light_at INTEGER;
        ALTER TABLE contacts ADD COLUMN last_response_at INTEGER;
        ALTER TABLE contacts ADD COLUMN inbound_id INTEGER;
        ALTER TABLE contacts ADD COLUMN inbound_at INTEGER;
        ALTER TABLE contacts ADD COLUMN out_after_response INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contacts ADD COLUMN first_out_after_at INTEGER;
        ALTER TABLE contacts ADD COLUMN responses INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contacts ADD COLUMN last_note TEXT;
        CREATE INDEX interactions_sent ON interactions(at) WHERE direction = 'out';",
    ),
    Step::Code(backfill_summaries),
    // v4: the texts you sent, readable from the index alone (drafts and lint's
    // `repeated` read the last 30 days of them on every run).
    Step::Sql(
        "DROP INDEX interactions_sent;
        CREATE INDEX interactions_sent ON interactions(at, contact_id, note)
            WHERE direction = 'out' AND note IS NOT NULL;",
    ),
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn apply(conn: &mut Connection, path: &Path) -> Result<()> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| Error::Failed(format!("'{}' is not a tend database: {e}", path.display())))?;
    if version > LATEST {
        return Err(Error::Failed(format!(
            "database '{}' was written by a newer tend (schema {version}; this tend knows up to {LATEST}): upgrade tend; the file was not changed",
            path.display()
        )));
    }
    if version == LATEST {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .ctx("starting the migration")?;
    // Another process may have migrated while we waited for the lock.
    let version: i64 = tx
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .ctx("reading the schema version")?;
    for (i, step) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        let context = format!("migrating the database to schema {}", i + 1);
        match step {
            Step::Sql(sql) => tx.execute_batch(sql).ctx(&context)?,
            Step::Code(f) => f(&tx)?,
        }
    }
    tx.pragma_update(None, "user_version", LATEST)
        .ctx("recording the schema version")?;
    tx.commit().ctx("committing the migration")
}

fn backfill_summaries(tx: &Transaction) -> Result<()> {
    let ids: Vec<i64> = tx
        .prepare("SELECT id FROM contacts")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .ctx("listing contacts to summarise")?;
    for id in ids {
        super::records::refresh_summary(tx, id)?;
    }
    Ok(())
}
