//! The SQLite file: opening it safely, numbered migrations, transactions.
//!
//! Instants are stored as Unix seconds (UTC), dates as `YYYY-MM-DD` text.
//! Each contact row carries a summary of its interactions (see
//! [`crate::model::Summary`]), refreshed in the same transaction as every
//! write, so that planning reads one row per contact and never scans the
//! interactions table.

pub mod backup;
mod busy;
pub mod capture;
pub use busy::Importing;
pub mod contacts;
pub mod edits;
pub mod history;
mod migrations;
pub mod nudges;
pub mod records;
pub mod sources;
pub mod stats;

pub use contacts::{ContactFields, PlanRow};
pub use nudges::NudgeRecord;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result, StoreContext};

/// The WAL is cut back to this size when SQLite starts it over.
const WAL_LIMIT: i64 = 4 << 20;
/// A WAL bigger than this is checkpointed when a command ends. Each command
/// that opens the database alone reads the whole WAL again (3 µs a page),
/// while a checkpoint costs about two fsyncs: at 2 MiB, an `add` spent a
/// millisecond reading the WAL; at 256 KiB (some 12 `add`s) a checkpoint
/// every dozen commands costs less than that on each.
pub const WAL_CHECKPOINT_AT: u64 = 256 << 10;

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
        busy::wait_for_writers(&mut self.conn, &self.path)?;
        let is_file = self.path.as_os_str() != ":memory:";
        if is_file {
            self.conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
                .map_err(|e| Error::Failed(format!("'{}' is not a tend database: {e}", self.path.display())))?;
        }
        // Every process reads the whole WAL when it opens the database (to
        // rebuild its index), so the WAL must stay small: cut back to this
        // size whenever SQLite starts it over, and checkpointed at close
        // (see `close`). Closing without a checkpoint had left 252 MB after
        // a big import, and every later command paid for it.
        self.conn
            .pragma_update(None, "journal_size_limit", WAL_LIMIT)
            .ctx("setting the journal size limit")?;
        // A short command skips the checkpoint (and its fsync) at close
        // while the WAL is small; `close` checkpoints when it is not.
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

    /// Ends the run's use of the database. A WAL grown past [`WAL_CHECKPOINT_AT`]
    /// (by an import, or by many commands while the daemon keeps the
    /// database open) is copied into the database and emptied, so that the
    /// next command does not read it all again. Without waiting: while
    /// another process writes, it is that one's to do.
    pub fn close(mut self) -> Result<()> {
        self.checkpoint_if_big()?;
        self.conn
            .close()
            .map_err(|(_, e)| Error::Failed(format!("closing the database: {e}")))
    }

    /// Checkpoints and truncates the WAL when it is bigger than
    /// [`WAL_CHECKPOINT_AT`]; gives up at once if another connection is busy.
    pub fn checkpoint_if_big(&mut self) -> Result<()> {
        let wal = PathBuf::from(format!("{}-wal", self.path.display()));
        let big = std::fs::metadata(&wal).is_ok_and(|m| m.len() > WAL_CHECKPOINT_AT);
        if big {
            busy::no_wait(&self.conn)?;
            // Busy (another reader or writer) is not an error: the WAL stays
            // for the next command to checkpoint.
            let done = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0));
            busy::wait_for_writers(&mut self.conn, &self.path)?;
            match done {
                Ok(_)
                | Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error {
                        code: rusqlite::ErrorCode::DatabaseBusy,
                        ..
                    },
                    _,
                )) => {}
                Err(e) => return Err(Error::Failed(format!("checkpointing the database: {e}"))),
            }
        }
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

/// Every row `query` returns, each read by `read`; `context` says what was
/// being read when SQLite fails.
pub(crate) fn read_rows<T>(
    rows: rusqlite::Result<rusqlite::Rows<'_>>,
    context: &str,
    read: impl Fn(&rusqlite::Row) -> Result<T>,
) -> Result<Vec<T>> {
    let mut rows = rows.ctx(context)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().ctx(context)? {
        out.push(read(r)?);
    }
    Ok(out)
}

/// A stored word (channel, state, kind, date) parsed, or an error naming the
/// contact and the row it is in: a value edited by hand must not silently
/// become another.
pub(crate) fn parse_stored<T: std::str::FromStr>(
    r: &rusqlite::Row,
    idx: usize,
    contact: i64,
    row: &dyn std::fmt::Display,
    column: &str,
    context: &str,
) -> Result<T> {
    let text = r
        .get_ref(idx)
        .ctx(context)?
        .as_str()
        .map_err(|_| damaged(contact, row, column, "a value that is not text"))?;
    text.parse()
        .map_err(|_| damaged(contact, row, column, &format!("'{text}'")))
}

/// `row` is written out only when something is damaged: rows are read by
/// the million, and naming each one up front cost more than reading it.
pub(crate) fn damaged(contact: i64, row: &dyn std::fmt::Display, column: &str, value: &str) -> Error {
    Error::Failed(format!(
        "contact {contact}: {row} has {column} {value}, which tend cannot read (was the database edited by hand? \
         'tend forget {contact}' removes the contact and its records)"
    ))
}

/// A stored row as errors name it ("interaction 5").
pub(crate) struct RowName<'a>(pub &'static str, pub &'a dyn std::fmt::Display);

impl std::fmt::Display for RowName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
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
