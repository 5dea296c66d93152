//! A progress bar on stderr for imports that take more than a second, only
//! when stderr is a terminal (cli.md): indicatif's bar, measured in bytes
//! read, with the rows done so far.

use indicatif::{ProgressBar, ProgressBarIter, ProgressDrawTarget, ProgressStyle};
use std::io::Read;
use std::time::{Duration, Instant};

pub struct Progress {
    /// `None` when the caller wants no bar.
    bar: Option<ProgressBar>,
    rows: u64,
    /// What a row is, in the bar's message ("rows", "messages").
    unit: &'static str,
    started: Instant,
    shown: bool,
}

impl Progress {
    /// `wanted`: the caller allows a bar; indicatif draws it only on a terminal.
    pub fn new(wanted: bool, label: &str, total_bytes: u64) -> Progress {
        let bar = wanted.then(|| {
            // Hidden until the import has run for a second (a quick one shows nothing).
            let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::hidden());
            let style = ProgressStyle::with_template("{prefix} [{bar:20}] {percent:>3}% {msg}")
                .map(|s| s.progress_chars("#>-"))
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.set_prefix(label.to_string());
            bar
        });
        Progress {
            bar,
            rows: 0,
            unit: "rows",
            started: Instant::now(),
            shown: false,
        }
    }

    /// Names what is counted ("messages"); rows by default.
    pub fn counting(mut self, unit: &'static str) -> Progress {
        self.unit = unit;
        self
    }

    /// Wraps a reader so that the bar knows how far it got.
    pub fn reader<R: Read>(&self, inner: R) -> ProgressBarIter<R> {
        self.bar.clone().unwrap_or_else(ProgressBar::hidden).wrap_read(inner)
    }

    /// One row done.
    pub fn tick(&mut self) {
        self.rows += 1;
        let Some(bar) = &self.bar else { return };
        if !self.rows.is_multiple_of(1024) {
            return;
        }
        if !self.shown && self.started.elapsed() >= Duration::from_secs(1) {
            self.shown = true;
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        }
        bar.set_message(format!("{} {}", crate::text::numbers::thousands(self.rows), self.unit));
    }

    /// `n` more units of work done, for a bar measured in items rather than
    /// bytes (the files of a Maildir).
    pub fn advance(&mut self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
        self.tick();
    }

    /// Clears the bar's line.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
