//! Writes in bulk, inside one transaction: what imports and captures put
//! in the store, as typed calls (the formats never see SQL or a
//! connection; `app` hands them a [`Bulk`] behind their own sink trait).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use std::collections::HashMap;

use super::records::{BatchOutcome, InteractionBatch};
use super::{Store, backup, capture, contacts, records, ts};
use crate::error::{Result, StoreContext};
use crate::facts::Derive;
use crate::model::{Captured, Contact, ContactFields, ContactId, Found};

/// One bulk write's transaction: contacts, interactions staged for a
/// sorted write, captured rows, planned meetings withdrawn.
pub struct Bulk<'c> {
    conn: &'c Connection,
    /// Made at the first staged interaction.
    batch: Option<InteractionBatch<'c>>,
    /// Whether `temp.current_meetings` was made (see [`Bulk::meeting`]).
    current: bool,
    derive: &'c dyn Derive,
}

impl Store {
    /// Runs `f` with a [`Bulk`] in one IMMEDIATE transaction; `big_cache`
    /// gives it a larger page cache ([`BigCache`]) for its length.
    pub fn bulk<T>(
        &mut self,
        big_cache: bool,
        derive: &dyn Derive,
        f: impl FnOnce(&mut Bulk<'_>) -> Result<T>,
    ) -> Result<T> {
        self.write(|tx| {
            let _cache = if big_cache { Some(BigCache::new(tx)?) } else { None };
            let mut bulk = Bulk {
                conn: tx,
                batch: None,
                current: false,
                derive,
            };
            let out = f(&mut bulk)?;
            bulk.end()?;
            Ok(out)
        })
    }

    /// Restores a backup's rows through `f` into this database, which must
    /// be empty, in one transaction; then each contact's addresses and
    /// summary are settled as the live schema keeps them.
    pub fn restore<T>(
        &mut self,
        now: DateTime<Utc>,
        derive: &dyn Derive,
        f: impl FnOnce(&backup::Restore<'_>) -> Result<T>,
    ) -> Result<T> {
        let db = self.path().display().to_string();
        self.write(|tx| {
            let restore = backup::Restore::begin(tx, &db)?;
            let _cache = BigCache::new(tx)?;
            let out = f(&restore)?;
            backup::settle_emails(tx)?;
            backup::recompute_summaries(tx, derive, now)?;
            Ok(out)
        })
    }
}

impl<'c> Bulk<'c> {
    pub fn contacts(&self) -> Result<Vec<Contact>> {
        contacts::all(self.conn)
    }

    pub fn contact(&self, id: ContactId) -> Result<Option<Contact>> {
        contacts::get(self.conn, id)
    }

    pub fn contact_by_key(&self, key: &str) -> Result<Option<ContactId>> {
        contacts::find_by_external_key(self.conn, key)
    }

    pub fn add_contact(
        &self,
        fields: &ContactFields,
        source: &str,
        key: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<ContactId> {
        contacts::insert(self.conn, fields, source, key, now)
    }

    pub fn update_contact(&self, id: ContactId, fields: &ContactFields, now: DateTime<Utc>) -> Result<()> {
        contacts::update(self.conn, self.derive, id, fields, now)
    }

    /// Stages an interaction for [`Bulk::write_staged`] (see [`InteractionBatch`]).
    pub fn stage(&mut self, row: Found<'_>) -> Result<()> {
        let batch = match &mut self.batch {
            Some(b) => b,
            None => self.batch.insert(InteractionBatch::new(self.conn)?),
        };
        batch.push(row)
    }

    /// Writes what was staged; the caller refreshes the touched summaries.
    pub fn write_staged(&mut self, now: DateTime<Utc>) -> Result<BatchOutcome> {
        match self.batch.take() {
            Some(b) => b.finish(now),
            None => Ok(BatchOutcome::default()),
        }
    }

    pub fn refresh(&self, contact: ContactId, now: DateTime<Utc>) -> Result<()> {
        records::refresh_summary(self.conn, self.derive, contact, now)
    }

    pub fn email_index(&self) -> Result<HashMap<String, ContactId>> {
        capture::email_index(self.conn)
    }

    pub fn capture(&self, row: &Captured, now: DateTime<Utc>) -> Result<bool> {
        capture::insert_one(self.conn, row, now)
    }

    /// [`Bulk::capture`], and a meeting after `now` remembered as current
    /// (in a temporary table: a calendar of millions of occurrences holds
    /// none of them in memory) for [`Bulk::planned_not_current`].
    pub fn meeting(&mut self, row: &Captured, now: DateTime<Utc>) -> Result<bool> {
        if row.at > now {
            self.make_current()?;
            self.conn
                .prepare_cached("INSERT OR IGNORE INTO temp.current_meetings (key) VALUES (?1)")
                .and_then(|mut s| s.execute([&row.source_key]))
                .ctx("remembering the calendar's meetings")?;
        }
        self.capture(row, now)
    }

    fn make_current(&mut self) -> Result<()> {
        if !self.current {
            self.conn
                .execute_batch(
                    "DROP TABLE IF EXISTS temp.current_meetings;
                     CREATE TEMP TABLE current_meetings (key TEXT PRIMARY KEY) WITHOUT ROWID;",
                )
                .ctx("preparing the calendar import")?;
            self.current = true;
        }
        Ok(())
    }

    /// The interactions after `now` with a key in `[from, to)` that no
    /// [`Bulk::meeting`] of this transaction named, in id order.
    pub fn planned_not_current(
        &mut self,
        from: &str,
        to: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<(i64, ContactId, String)>> {
        const CX: &str = "reading planned meetings";
        self.make_current()?;
        let mut find = self
            .conn
            .prepare_cached(
                "SELECT id, contact_id, external_key FROM interactions
                 WHERE external_key >= ?1 AND external_key < ?2 AND at > ?3
                 AND external_key NOT IN (SELECT key FROM temp.current_meetings)
                 ORDER BY id",
            )
            .ctx(CX)?;
        let mut rows = find.query(params![from, to, ts::to(now)]).ctx(CX)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().ctx(CX)? {
            out.push((r.get(0).ctx(CX)?, r.get(1).ctx(CX)?, r.get(2).ctx(CX)?));
        }
        Ok(out)
    }

    /// Removes one interaction; the caller refreshes its contact's summary.
    pub fn withdraw(&self, id: i64) -> Result<()> {
        self.conn
            .prepare_cached("DELETE FROM interactions WHERE id = ?1")
            .and_then(|mut s| s.execute([id]))
            .ctx("withdrawing planned meetings")?;
        Ok(())
    }

    /// Drops what the transaction staged for itself.
    fn end(self) -> Result<()> {
        if self.current {
            self.conn
                .execute_batch("DROP TABLE temp.current_meetings")
                .ctx("ending the calendar import")?;
        }
        Ok(())
    }
}

/// A larger page cache for the length of an import: the indexes of a
/// million-row interactions table are written at random places, and with
/// SQLite's default 2 MiB most inserts would miss the cache. 16 MiB at most,
/// whatever the size of the file; the previous size comes back after.
struct BigCache<'a> {
    conn: &'a Connection,
    before: i64,
}

impl<'a> BigCache<'a> {
    fn new(conn: &'a Connection) -> Result<BigCache<'a>> {
        let before: i64 = conn
            .query_row("PRAGMA cache_size", [], |r| r.get(0))
            .ctx("reading the cache size")?;
        conn.execute_batch("PRAGMA cache_size = -16384")
            .ctx("setting the cache size")?;
        Ok(BigCache { conn, before })
    }
}

impl Drop for BigCache<'_> {
    fn drop(&mut self) {
        let _ = self.conn.execute_batch(&format!("PRAGMA cache_size = {}", self.before));
    }
}
