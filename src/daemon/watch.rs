//! Seeing the command line's writes: inotify on the database's folder, for
//! the database file and its WAL journal. No polling.

use inotify::{Inotify, WatchMask};
use std::ffi::OsString;
use std::io;
use std::path::Path;
use tokio::io::unix::AsyncFd;

pub struct DbWatch {
    fd: AsyncFd<Inotify>,
    names: Vec<OsString>,
    buf: Vec<u8>,
}

impl DbWatch {
    pub fn new(db: &Path) -> io::Result<DbWatch> {
        let dir = match db.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let file = db
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the database path has no file name"))?;
        let names = ["", "-wal", "-journal"]
            .iter()
            .map(|suffix| {
                let mut n = file.to_os_string();
                n.push(suffix);
                n
            })
            .collect();
        let inotify = Inotify::init()?;
        inotify.watches().add(
            dir,
            WatchMask::MODIFY | WatchMask::CLOSE_WRITE | WatchMask::CREATE | WatchMask::MOVED_TO | WatchMask::DELETE,
        )?;
        // SAFETY: `Inotify` owns its descriptor, keeps it open until dropped,
        // and `as_raw_fd` always returns that same descriptor.
        #[allow(unsafe_code, reason = "tokio's AsyncFd registration of inotify's descriptor")]
        let fd = unsafe { AsyncFd::register(inotify) }.map_err(io::Error::from)?;
        Ok(DbWatch {
            fd,
            names,
            buf: vec![0; 4096],
        })
    }

    /// Resolves when one of the database's files changed.
    pub async fn changed(&mut self) -> io::Result<()> {
        loop {
            let mut guard = self.fd.readable_mut().await?;
            let buf = &mut self.buf;
            let names = &self.names;
            match guard.try_io(|fd| {
                let events = fd.get_mut().read_events(buf)?;
                Ok(events
                    .into_iter()
                    .any(|e| e.name.is_some_and(|n| names.iter().any(|w| w == n))))
            }) {
                Ok(Ok(true)) => return Ok(()),
                Ok(Ok(false)) => {}
                Ok(Err(e)) => return Err(e),
                // Spurious readiness: wait again.
                Err(_would_block) => {}
            }
        }
    }

    /// Discards the events already queued (a burst from one write).
    pub fn drain(&mut self) {
        let inotify = self.fd.get_mut();
        while inotify
            .read_events(&mut self.buf)
            .is_ok_and(|e| e.into_iter().next().is_some())
        {}
    }
}
