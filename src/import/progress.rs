//! A progress bar on stderr for imports that take more than a second, only
//! when stderr is a terminal (cli.md). Hand-rolled: one line, redrawn at most
//! ten times a second, measured in bytes read.

use std::cell::Cell;
use std::io::{IsTerminal, Read, Write};
use std::rc::Rc;
use std::time::{Duration, Instant};

pub struct Progress {
    on: bool,
    label: String,
    total: u64,
    read: Rc<Cell<u64>>,
    rows: u64,
    started: Instant,
    last_draw: Option<Instant>,
}

impl Progress {
    /// `wanted`: the caller allows a bar; it is drawn only on a terminal.
    pub fn new(wanted: bool, label: &str, total_bytes: u64) -> Progress {
        Progress {
            on: wanted && std::io::stderr().is_terminal(),
            label: label.to_string(),
            total: total_bytes,
            read: Rc::new(Cell::new(0)),
            rows: 0,
            started: Instant::now(),
            last_draw: None,
        }
    }

    /// Wraps a reader so that the bar knows how far it got.
    pub fn reader<R: Read>(&self, inner: R) -> Counting<R> {
        Counting {
            inner,
            read: Rc::clone(&self.read),
        }
    }

    /// One row done.
    pub fn tick(&mut self) {
        self.rows += 1;
        if !self.on || !self.rows.is_multiple_of(1024) {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.started) < Duration::from_secs(1)
            || self
                .last_draw
                .is_some_and(|t| now.duration_since(t) < Duration::from_millis(100))
        {
            return;
        }
        self.last_draw = Some(now);
        let done = self.read.get().min(self.total);
        let pct = (done * 100).checked_div(self.total).unwrap_or(0);
        let filled = (pct / 5) as usize;
        let _ = write!(
            std::io::stderr(),
            "\r{} [{}{}] {pct:>3}% {} rows",
            self.label,
            "#".repeat(filled),
            "-".repeat(20 - filled),
            super::thousands(self.rows)
        );
    }

    /// Clears the bar's line.
    pub fn finish(&mut self) {
        if self.last_draw.take().is_some() {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

pub struct Counting<R> {
    inner: R,
    read: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}
