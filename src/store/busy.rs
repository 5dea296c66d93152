//! Waiting for another tend process that writes (a long import, the daemon):
//! a command waits as long as it takes instead of failing with "database is
//! locked", and says so on stderr after a second.

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Result, StoreContext};

/// How long a command waits quietly before saying it is waiting.
const QUIET: Duration = Duration::from_secs(1);
/// The pause between two tries for the lock.
const PAUSE: Duration = Duration::from_millis(5);

/// Makes `conn` wait for other writers for as long as they write.
pub fn wait_for_writers(conn: &mut Connection, path: &Path) -> Result<()> {
    let marker = import_marker(path);
    // When the current wait began, and whether the user was told (once).
    let mut since = Instant::now();
    let mut told = false;
    // SQLite calls this with the number of times it already did for the
    // same lock; returning true tries again.
    let on_busy = move |count: i32| {
        let now = Instant::now();
        if count == 0 {
            since = now;
        }
        if !told && now.duration_since(since) >= QUIET {
            told = true;
            if marker.exists() {
                eprintln!("waiting for the import to finish…");
            } else {
                eprintln!("waiting for another tend command to finish…");
            }
        }
        std::thread::sleep(PAUSE);
        true
    };
    conn.busy_handler(Some(on_busy)).ctx("setting the busy handler")
}

/// Makes `conn` give up at once when another connection holds a lock.
pub fn no_wait(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::ZERO).ctx("setting the busy timeout")
}

/// The file an import holds while it runs, so that a waiting command can say
/// what it waits for.
fn import_marker(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}-importing", db.display()))
}

/// Marks the database as being imported into until dropped.
pub struct Importing(Option<PathBuf>);

impl Importing {
    pub fn mark(db: &Path) -> Importing {
        if db.as_os_str() == ":memory:" {
            return Importing(None);
        }
        let marker = import_marker(db);
        // Only a hint for the message: failing to write it changes nothing else.
        Importing(std::fs::write(&marker, b"").ok().map(|()| marker))
    }
}

impl Drop for Importing {
    fn drop(&mut self) {
        if let Some(m) = &self.0 {
            let _ = std::fs::remove_file(m);
        }
    }
}
