//! One daemon per database: an advisory lock on a file next to it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Held for the daemon's lifetime; the kernel releases it when the process
/// ends, however it ends, so a stale file never blocks a restart.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
    pub path: PathBuf,
}

pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "tend.db".into());
    name.push(".lock");
    db.with_file_name(name)
}

/// Takes the lock for `db`, or fails at once naming the daemon that holds it.
pub fn acquire(db: &Path) -> Result<InstanceLock> {
    let path = lock_path(db);
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts
        .open(&path)
        .map_err(|e| Error::io_at("cannot open the lock file", &path, e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let mut pid = String::new();
            let _ = file.read_to_string(&mut pid);
            let who = match pid.trim() {
                "" => "another tend daemon".to_string(),
                p => format!("another tend daemon (pid {p})"),
            };
            return Err(Error::Failed(format!(
                "{who} is already running for '{}' (lock '{}')",
                db.display(),
                path.display()
            )));
        }
        Err(TryLockError::Error(e)) => return Err(Error::io_at("cannot lock", &path, e)),
    }
    // The pid is only for the message above; the lock itself is what counts.
    let written = file
        .set_len(0)
        .and_then(|()| file.seek(SeekFrom::Start(0)))
        .and_then(|_| writeln!(file, "{}", std::process::id()));
    if let Err(e) = written {
        tracing::warn!("cannot write the pid to '{}': {e}", path.display());
    }
    Ok(InstanceLock { _file: file, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_database_fails_and_names_the_holder() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("tend.db");
        let first = acquire(&db).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first.path, dir.path().join("tend.db.lock"));
        let err = acquire(&db).unwrap_err().to_string();
        assert!(err.contains("already running"), "{err}");
        assert!(err.contains(&format!("pid {}", std::process::id())), "{err}");
        drop(first);
        assert!(acquire(&db).is_ok(), "released when the holder goes");
    }
}
