//! The SQLite file: opening it safely, numbered migrations, transactions.
//!
//! Instants are stored as Unix seconds (UTC), dates as `YYYY-MM-DD` text.
//! Each contact row carries a summary of its interactions (see
//! [`crate::model::Summary`]), refreshed in the same transaction as every
//! write, so that planning reads one row per contact and never scans the
//! interactions table.

pub mod backup;
pub mod bulk;
mod busy;
pub mod capture;
pub use busy::Importing;
pub mod contacts;
mod db;
pub mod edits;
pub mod fixtures;
pub mod history;
mod migrations;
pub mod nudges;
mod plan_source;
pub mod records;
pub mod sources;
pub mod stats;

pub use db::Db;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result, StoreContext, WriteRefused};

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
    ///
    /// On a full disk or a read-only file system, where SQLite cannot make
    /// the shared-memory file WAL readers need, it is opened again without
    /// it (see [`Store::open_without_shm`]), so that reading commands, and
    /// `tend export json` above all, still work.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        // SQLite would open a device (`TEND_DB=/dev/null`) and leave its
        // journal next to it.
        if let Ok(meta) = std::fs::metadata(path)
            && !meta.is_file()
        {
            return Err(Error::Input(format!(
                "database '{}' is not a regular file: set TEND_DB or [storage] path to a file (it is created if missing)",
                path.display()
            )));
        }
        let existed = path.exists();
        let store = match Store::open_shared(path) {
            Err(e) if existed && is_disk_trouble(&e) => Store::open_without_shm(path).map_err(|_| e)?,
            other => other?,
        };
        // The -wal and -shm files hold the same personal data.
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            if !existed && file.exists() {
                set_private(&file)?;
            } else {
                // A database whose mode was loose before (SQLite makes the
                // -wal and -shm files with the database's own mode).
                tighten(&file, 0o600);
            }
        }
        Ok(store)
    }

    /// The usual way: many processes share the database through its WAL
    /// and its `-shm` file.
    fn open_shared(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| Error::Failed(format!("cannot open database '{}': {e}", path.display())))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        migrations::apply(&mut store.conn, path, plan_source::rebuild_if_changed)?;
        plan_source::ensure(&mut store.conn)?;
        Ok(store)
    }

    /// Opens an existing database without its `-shm` file, which a full disk
    /// or a read-only file system keeps SQLite from making. First with an
    /// exclusive lock, which keeps the WAL's index in memory (full disk);
    /// else, when no WAL holds changes the file lacks, as immutable
    /// (read-only file system, where nobody can change it anyway). Writes
    /// then fail with the error of the disk, and nothing is half-written.
    fn open_without_shm(path: &Path) -> Result<Store> {
        let exclusive = || -> Result<Store> {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .ctx("opening the database")?;
            // Another process holding the database has made the -shm file,
            // so this is not the way to share it: give up soon.
            conn.busy_timeout(std::time::Duration::from_secs(1))
                .ctx("setting the busy timeout")?;
            conn.pragma_update_and_check(None, "locking_mode", "EXCLUSIVE", |r| r.get::<_, String>(0))
                .ctx("taking the database for this command")?;
            Store::finish_open(conn, path)
        };
        let wal = std::fs::metadata(format!("{}-wal", path.display())).map_or(0, |m| m.len());
        exclusive().or_else(|e| {
            if wal > 0 {
                return Err(e);
            }
            let uri = format!(
                "file:{}?immutable=1",
                percent_encoding::utf8_percent_encode(&path.to_string_lossy(), URI_PATH)
            );
            let conn = Connection::open_with_flags(
                uri,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .ctx("opening the database read-only")?;
            Store::finish_open(conn, path)
        })
    }

    /// The settings [`Store::configure`] makes that need no WAL, and a
    /// schema this tend reads (nothing is migrated this way).
    fn finish_open(conn: Connection, path: &Path) -> Result<Store> {
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .ctx("configuring checkpoints")?;
        rusqlite::vtab::array::load_module(&conn).ctx("loading the array module")?;
        conn.execute_batch("PRAGMA foreign_keys = ON;").ctx("setting pragmas")?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .ctx("reading the schema version")?;
        if version != migrations::LATEST || !plan_source::is_current(&conn)? {
            return Err(Error::Failed(format!(
                "database '{}' has schema {version}, and this tend cannot update it here",
                path.display()
            )));
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// A private in-memory database, for tests and `tend demo`.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().ctx("opening an in-memory database")?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
        };
        store.configure()?;
        migrations::apply(&mut store.conn, Path::new(":memory:"), plan_source::rebuild_if_changed)?;
        plan_source::ensure(&mut store.conn)?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        busy::wait_for_writers(&mut self.conn, &self.path)?;
        let is_file = self.path.as_os_str() != ":memory:";
        if is_file {
            self.conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
                .map_err(|e| match e.sqlite_error_code() {
                    Some(rusqlite::ErrorCode::NotADatabase) => Error::NotATendDatabase {
                        path: self.path.clone(),
                        detail: e.to_string(),
                    },
                    _ => Error::Store {
                        context: format!("cannot read database '{}'", self.path.display()),
                        source: e,
                    },
                })?;
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
    ///
    /// Every change was committed before: a checkpoint or close that fails
    /// (a full disk) is a warning on stderr, not a failure, so that a script
    /// does not retry a command whose data is saved.
    pub fn close(mut self) -> Result<()> {
        let wal = format!("{}-wal", self.path.display());
        if let Err(e) = self.checkpoint_if_big() {
            eprintln!("warning: {e}; nothing is lost: the log '{wal}' stays, and a later command tidies it");
        }
        if let Err((_, e)) = self.conn.close() {
            eprintln!(
                "warning: closing database '{}' failed: {e}; nothing is lost",
                self.path.display()
            );
        }
        Ok(())
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

    /// The connection, for the store's own modules only; the rest of tend
    /// reaches the database through [`Db`].
    pub(in crate::store) fn conn(&self) -> &Connection {
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
}

/// A write refused by the disk, naming the database: SQLite's own words
/// ("attempt to write a readonly database") name no file.
fn on_disk(path: &Path, e: Error) -> Error {
    let Error::Store { context, source } = &e else {
        return e;
    };
    let why = match source.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ReadOnly) => WriteRefused::ReadOnly,
        Some(rusqlite::ErrorCode::DiskFull) => WriteRefused::DiskFull,
        Some(rusqlite::ErrorCode::SystemIoFailure) => WriteRefused::Io,
        _ => return e,
    };
    Error::NotWritable {
        context: context.clone(),
        path: path.to_path_buf(),
        why,
    }
}

impl Store {
    /// [`Store::write`] only if no other connection holds the write lock:
    /// for what is worth keeping but not worth waiting for (readings made
    /// by a read command, kept for the next one). Gives up at once when busy.
    pub(in crate::store) fn write_if_free<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        busy::no_wait(&self.conn)?;
        let out = self.write(f);
        busy::wait_for_writers(&mut self.conn, &self.path)?;
        out
    }

    /// Runs `f` in one IMMEDIATE transaction: all of its writes land, or none.
    pub(in crate::store) fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.write_raw(f).map_err(|e| on_disk(&self.path, e))
    }

    /// [`Store::write`], but a database that cannot be written here (a
    /// read-only file, a full disk) gives `Ok(None)`: for what a read
    /// command keeps on its way out (the drafts it showed), which must not
    /// fail a command that has done its work.
    pub(in crate::store) fn write_if_writable<T>(
        &mut self,
        f: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<Option<T>> {
        match self.write_raw(f) {
            Ok(out) => Ok(Some(out)),
            Err(e) if unwritable(&e) => Ok(None),
            Err(e) => Err(on_disk(&self.path, e)),
        }
    }

    fn write_raw<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("starting a transaction")?;
        let out = f(&tx)?;
        tx.commit().ctx("committing")?;
        Ok(out)
    }
}

/// Whether SQLite refused a write because the file or the disk cannot take
/// one here.
fn unwritable(e: &Error) -> bool {
    matches!(e, Error::Store { source, .. } if matches!(
        source.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::DiskFull | rusqlite::ErrorCode::SystemIoFailure)
    ))
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        // Only tend's own folder: a database the user put in a folder of
        // theirs (`TEND_DB=~/Documents/tend.db`) leaves that folder alone.
        if dir == crate::paths::data_home().join("tend") {
            tighten(dir, 0o700);
        }
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

/// What a path needs escaped to sit in an SQLite `file:` URI.
const URI_PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS.add(b'%').add(b'?').add(b'#');

/// Whether `e` comes from the disk (full, read-only, failing) rather than
/// from the database's contents.
fn is_disk_trouble(e: &Error) -> bool {
    let Error::Store { source, .. } = e else {
        return false;
    };
    matches!(
        source.sqlite_error_code(),
        Some(
            rusqlite::ErrorCode::SystemIoFailure
                | rusqlite::ErrorCode::DiskFull
                | rusqlite::ErrorCode::CannotOpen
                | rusqlite::ErrorCode::ReadOnly
        )
    )
}

/// Takes group and other permissions off `path` when it has any, and says
/// so once (the next run finds it private). A file system that refuses
/// (read-only) is told about, and the command goes on.
pub(crate) fn tighten(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        let had = meta.permissions().mode() & 0o777;
        // Never a device (`TEND_DB=/dev/null`) or anything else shared.
        if !(meta.is_file() || meta.is_dir()) || had & 0o077 == 0 {
            return;
        }
        match std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)) {
            Ok(()) => eprintln!(
                "note: '{}' could be read by other users (mode {had:o}); it is now {mode:o}, private to you",
                path.display()
            ),
            Err(e) => eprintln!(
                "warning: '{}' can be read by other users (mode {had:o}), and tend cannot change that: {e}",
                path.display()
            ),
        }
    }
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
    Error::Damaged {
        contact,
        row: row.to_string(),
        column: column.to_string(),
        value: value.to_string(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A write the disk refuses is told apart by kind, and still reads as
    /// before: what was written, the database, why, and that nothing changed.
    #[test]
    fn a_refused_write_is_not_writable_with_why() {
        let refused = |code| Error::Store {
            context: "logging the interaction".into(),
            source: rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None),
        };
        let path = Path::new("/data/tend.db");
        let e = on_disk(path, refused(rusqlite::ffi::SQLITE_READONLY));
        assert!(
            matches!(&e, Error::NotWritable { why: WriteRefused::ReadOnly, path: p, .. } if p == path),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "logging the interaction: database '/data/tend.db' is read-only here (a read-only file system, \
             or a file you cannot write); nothing was changed"
        );
        assert_eq!(e.exit_code(), 1);
        let full = on_disk(path, refused(rusqlite::ffi::SQLITE_FULL));
        assert!(
            matches!(
                full,
                Error::NotWritable {
                    why: WriteRefused::DiskFull,
                    ..
                }
            ),
            "{full:?}"
        );
        // Any other failure is left as it was.
        let busy = on_disk(path, refused(rusqlite::ffi::SQLITE_BUSY));
        assert!(matches!(busy, Error::Store { .. }), "{busy:?}");
    }

    /// A file that is not a database is told apart from a database tend
    /// cannot read, and names the file.
    #[test]
    fn a_file_of_text_is_not_a_tend_database() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("notes.db");
        std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap_or_else(|e| panic!("{e}"));
        match Store::open(&path) {
            Err(Error::NotATendDatabase { path: p, .. }) => assert_eq!(p, path),
            Err(other) => panic!("another error: {other:?}"),
            Ok(_) => panic!("a text file opened as a database"),
        }
    }
}
