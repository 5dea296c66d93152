//! Where each of the daemon's sources (`[sources]`) got to, so that a restart
//! reads only what is new: per source its counts, last import and last
//! error; per file read (an mbox, a calendar file, a LinkedIn zip) its size,
//! modification time and inode, and for an mbox the byte offset read up to.
//! Machine-local state about the user's files, not contact data: the JSON
//! backup does not carry it (a restored database re-reads each source once,
//! and its stored source keys make that add nothing twice).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::ts;
use crate::error::{Result, StoreContext};
use crate::model::{FileState, SourceState, SourceWrite};

/// Schema step 14: the two tables.
pub const SCHEMA: &str = "
    CREATE TABLE source_state (
        kind TEXT NOT NULL,
        path TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        last_import_at INTEGER,
        imports INTEGER NOT NULL DEFAULT 0,
        interactions_added INTEGER NOT NULL DEFAULT 0,
        contacts_added INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_at INTEGER,
        -- A Maildir tree: the change time (ns) of the newest message file read;
        -- a downloads folder: set once the exports already there were recorded.
        mark INTEGER,
        PRIMARY KEY (kind, path)
    ) WITHOUT ROWID;
    CREATE TABLE source_files (
        kind TEXT NOT NULL,
        file TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        inode INTEGER NOT NULL,
        -- An mbox: bytes read, and a fingerprint of the bytes just before.
        read_to INTEGER,
        tail TEXT,
        PRIMARY KEY (kind, file)
    ) WITHOUT ROWID;";

fn as_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn as_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<SourceState> {
    Ok(SourceState {
        kind: r.get(0)?,
        path: r.get(1)?,
        first_seen_at: ts::from(r.get(2)?),
        last_import_at: ts::from_opt(r.get(3)?),
        imports: as_u64(r.get(4)?),
        interactions_added: as_u64(r.get(5)?),
        contacts_added: as_u64(r.get(6)?),
        last_error: r.get(7)?,
        last_error_at: ts::from_opt(r.get(8)?),
        mark: r.get(9)?,
    })
}

const COLUMNS: &str = "kind, path, first_seen_at, last_import_at, imports, interactions_added, contacts_added, \
                       last_error, last_error_at, mark";

/// Every source ever watched, by kind and path.
pub fn all(conn: &Connection) -> Result<Vec<SourceState>> {
    conn.prepare(&format!("SELECT {COLUMNS} FROM source_state ORDER BY kind, path"))
        .and_then(|mut s| s.query_map([], row)?.collect())
        .ctx("reading the sources' state")
}

pub fn get(conn: &Connection, kind: &str, path: &str) -> Result<Option<SourceState>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM source_state WHERE kind = ? AND path = ?"),
        params![kind, path],
        row,
    )
    .optional()
    .ctx("reading a source's state")
}

/// Records a source the first time it is watched; true when it is new.
pub fn first_sight(conn: &Connection, kind: &str, path: &str, now: DateTime<Utc>) -> Result<bool> {
    let n = conn
        .execute(
            "INSERT OR IGNORE INTO source_state (kind, path, first_seen_at) VALUES (?, ?, ?)",
            params![kind, path, ts::to(now)],
        )
        .ctx("recording a new source")?;
    Ok(n == 1)
}

/// An import ran: counts added, the error cleared.
pub fn record_import(
    conn: &Connection,
    kind: &str,
    path: &str,
    now: DateTime<Utc>,
    interactions: u64,
    contacts: u64,
) -> Result<()> {
    first_sight(conn, kind, path, now)?;
    conn.execute(
        "UPDATE source_state SET last_import_at = ?3, imports = imports + 1,
             interactions_added = interactions_added + ?4, contacts_added = contacts_added + ?5,
             last_error = NULL, last_error_at = NULL
         WHERE kind = ?1 AND path = ?2",
        params![kind, path, ts::to(now), as_i64(interactions), as_i64(contacts)],
    )
    .ctx("recording an import")?;
    Ok(())
}

/// The source could not be read or imported; `None` clears the error.
pub fn record_error(conn: &Connection, kind: &str, path: &str, now: DateTime<Utc>, error: Option<&str>) -> Result<()> {
    first_sight(conn, kind, path, now)?;
    conn.execute(
        "UPDATE source_state SET last_error = ?3, last_error_at = CASE WHEN ?3 IS NULL THEN NULL ELSE ?4 END
         WHERE kind = ?1 AND path = ?2",
        params![kind, path, error, ts::to(now)],
    )
    .ctx("recording a source's error")?;
    Ok(())
}

pub fn set_mark(conn: &Connection, kind: &str, path: &str, mark: i64) -> Result<()> {
    conn.execute(
        "UPDATE source_state SET mark = max(coalesce(mark, ?3), ?3) WHERE kind = ?1 AND path = ?2",
        params![kind, path, mark],
    )
    .ctx("recording where a source got to")?;
    Ok(())
}

pub fn file(conn: &Connection, kind: &str, file: &str) -> Result<Option<FileState>> {
    conn.query_row(
        "SELECT size, mtime_ns, inode, read_to, tail FROM source_files WHERE kind = ? AND file = ?",
        params![kind, file],
        |r| {
            Ok(FileState {
                size: as_u64(r.get(0)?),
                mtime_ns: r.get(1)?,
                inode: as_u64(r.get(2)?),
                read_to: r.get::<_, Option<i64>>(3)?.map(as_u64),
                // Stored as text: SQLite integers are signed.
                tail: r.get::<_, Option<String>>(4)?.and_then(|t| t.parse().ok()),
            })
        },
    )
    .optional()
    .ctx("reading what was read of a file")
}

pub fn set_file(conn: &Connection, kind: &str, file: &str, state: &FileState) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO source_files (kind, file, size, mtime_ns, inode, read_to, tail)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        params![
            kind,
            file,
            as_i64(state.size),
            state.mtime_ns,
            as_i64(state.inode),
            state.read_to.map(as_i64),
            state.tail.map(|t| t.to_string())
        ],
    )
    .ctx("recording what was read of a file")?;
    Ok(())
}

/// Applies `writes` in order, at `now`, in the caller's transaction.
pub fn apply(conn: &Connection, writes: &[SourceWrite<'_>], now: DateTime<Utc>) -> Result<()> {
    for w in writes {
        match *w {
            SourceWrite::FirstSight { kind, path } => {
                first_sight(conn, kind, path, now)?;
            }
            SourceWrite::Import {
                kind,
                path,
                interactions,
                contacts,
            } => record_import(conn, kind, path, now, interactions, contacts)?,
            SourceWrite::Error { kind, path, error } => record_error(conn, kind, path, now, error)?,
            SourceWrite::Mark { kind, path, mark } => set_mark(conn, kind, path, mark)?,
            SourceWrite::File { kind, file, ref state } => set_file(conn, kind, file, state)?,
        }
    }
    Ok(())
}

/// Every source the database at `db` knows, read without writing (`tend
/// config`); nothing when it does not exist yet, cannot be opened, or
/// predates the sources.
pub fn all_at(db: &std::path::Path) -> Vec<SourceState> {
    db.exists()
        .then(|| Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok())
        .flatten()
        .and_then(|c| all(&c).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn a_source_keeps_its_counts_errors_and_files() {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let t0 = ts::from(1_800_000_000);
        let t1 = ts::from(1_800_000_600);
        store
            .write(|c| {
                assert!(first_sight(c, "mail", "/m", t0)?);
                assert!(!first_sight(c, "mail", "/m", t1)?);
                record_error(c, "mail", "/m", t0, Some("cannot read '/m': permission denied"))?;
                record_import(c, "mail", "/m", t1, 3, 0)?;
                record_import(c, "mail", "/m", t1, 2, 0)?;
                record_error(c, "linkedin", "/d", t1, Some("gone"))?;
                set_mark(c, "mail", "/m", 50)?;
                set_mark(c, "mail", "/m", 40)?;
                let f = FileState {
                    size: 10,
                    mtime_ns: -5,
                    inode: 7,
                    read_to: Some(10),
                    tail: Some(u64::MAX),
                };
                set_file(c, "mail", "/m/box", &f)?;
                assert_eq!(file(c, "mail", "/m/box")?, Some(f));
                assert_eq!(file(c, "calendar", "/m/box")?, None);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let all = all(store.conn()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(all.len(), 2);
        let (l, m) = (&all[0], &all[1]);
        assert_eq!(
            (l.kind.as_str(), l.last_error.as_deref(), l.last_error_at),
            ("linkedin", Some("gone"), Some(t1))
        );
        assert_eq!(m.first_seen_at, t0);
        assert_eq!(m.last_import_at, Some(t1));
        assert_eq!((m.imports, m.interactions_added, m.contacts_added), (2, 5, 0));
        assert_eq!(
            (m.last_error.as_deref(), m.last_error_at),
            (None, None),
            "an import clears the error"
        );
        assert_eq!(m.mark, Some(50), "the mark only moves forward");
    }
}
