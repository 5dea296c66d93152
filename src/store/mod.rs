//! The SQLite file: opening it safely, numbered migrations, transactions.
//!
//! Instants are stored as Unix seconds (UTC), dates as `YYYY-MM-DD` text.
//! Each contact row carries a summary of its interactions (see
//! [`crate::model::Summary`]), refreshed in the same transaction as every
//! write, so that planning reads one row per contact and never scans the
//! interactions table.

pub mod contacts;
mod migrations;
pub mod nudges;
pub mod records;
pub mod stats;

pub use contacts::{ContactFields, PlanRow};
pub use nudges::NudgeRecord;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use crate::error::{Error, Result, StoreContext};

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path`: the folder 0700, the
    /// file 0600, WAL, foreign keys, a busy timeout, migrations applied.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        let existed = path.exists();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| Error::Failed(format!("cannot open database '{}': {e}", path.display())))?;
        if !existed {
            set_private(path)?;
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        migrations::apply(&mut store.conn, path)?;
        // The -wal and -shm files hold the same personal data.
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", path.display()));
            if side.exists() {
                set_private(&side)?;
            }
        }
        Ok(store)
    }

    /// A private in-memory database, for tests and `tend demo`.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().ctx("opening an in-memory database")?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
        };
        store.configure()?;
        migrations::apply(&mut store.conn, Path::new(":memory:"))?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn
            .busy_timeout(StdDuration::from_secs(10))
            .ctx("setting the busy timeout")?;
        let is_file = self.path.as_os_str() != ":memory:";
        if is_file {
            self.conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
                .map_err(|e| Error::Failed(format!("'{}' is not a tend database: {e}", self.path.display())))?;
        }
        // Closing would otherwise checkpoint the WAL with an fsync on every
        // short CLI command; SQLite's automatic checkpoints still bound it.
        self.conn
            .set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .ctx("configuring checkpoints")?;
        // `rarray(?)`: a list of ids as one parameter.
        rusqlite::vtab::array::load_module(&self.conn).ctx("loading the array module")?;
        self.conn
            // No memory map: since the planner reads its narrow table, an
            // agenda reads few enough pages that mapping them (page faults,
            // and unmapping at exit) costs more than read() calls.
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
            .ctx("setting pragmas")?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read access; every query helper takes a `&Connection`, so it works both
    /// here and inside a transaction.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f`'s reads in one transaction: every query sees the same
    /// snapshot, even while another process writes, and SQLite takes its
    /// locks once instead of once per query.
    pub fn read<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction().ctx("starting a read")?;
        let out = f()?;
        tx.commit().ctx("ending a read")?;
        Ok(out)
    }

    /// Runs `f` in one IMMEDIATE transaction: all of its writes land, or none.
    pub fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("starting a transaction")?;
        let out = f(&tx)?;
        tx.commit().ctx("committing")?;
        Ok(out)
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io_at("cannot create folder", dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| Error::io_at("cannot set permissions on", dir, e))?;
    }
    Ok(())
}

pub(crate) fn set_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| Error::io_at("cannot set permissions on", path, e))?;
    }
    Ok(())
}

/// Unix seconds ↔ instants.
pub mod ts {
    use chrono::{DateTime, Utc};
    pub fn to(at: DateTime<Utc>) -> i64 {
        at.timestamp()
    }
    pub fn from(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(secs, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
    pub fn from_opt(secs: Option<i64>) -> Option<DateTime<Utc>> {
        secs.map(from)
    }
}
