//! The daemon's bookkeeping of its `[sources]` (where each got to, its
//! counts and errors), kept by the store and reached through these methods.

use chrono::{DateTime, Utc};
use std::path::Path;

use super::App;
use crate::error::Result;
use crate::model::{FileState, SourceState, SourceWrite};
use crate::store;

impl App {
    /// What the database says of one source.
    pub fn source(&self, kind: &str, path: &str) -> Result<Option<SourceState>> {
        self.store.db().source(kind, path)
    }

    /// What was last seen of one file of a source.
    pub fn source_file(&self, kind: &str, file: &str) -> Result<Option<FileState>> {
        self.store.db().source_file(kind, file)
    }

    /// Keeps `writes` at `now`, in one transaction.
    pub fn record_sources(&mut self, now: DateTime<Utc>, writes: &[SourceWrite<'_>]) -> Result<()> {
        self.store.transact(|tx| tx.record_sources(writes, now))
    }

    /// Cuts the WAL back when it grew big (after the daemon's imports).
    pub fn checkpoint_if_big(&mut self) -> Result<()> {
        self.store.checkpoint_if_big()
    }

    /// Every source the database at `db` knows (`tend config`), read
    /// without opening it for writing: nothing when it does not exist yet.
    pub fn sources_at(db: &Path) -> Vec<SourceState> {
        store::sources::all_at(db)
    }
}
