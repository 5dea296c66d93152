//! `[sources]`: the daemon imports by itself new mail in a Maildir tree or an
//! mbox, a changed calendar file, and a new LinkedIn export zip in a watched
//! folder (daemon.md, "Logs what happens by itself").
//!
//! Watching is inotify on folders, never polling: events are gathered for
//! [`SETTLE`] after the last one (at most [`SETTLE_MAX`] after the first), so
//! that a burst (an mbsync run, a download) becomes one import, well within
//! the 10 seconds the spec allows. Where each source got to is in the
//! database (`store::sources`): a restart reads only what changed while the
//! daemon was away. A missing source is watched for from the nearest folder
//! that exists; an unreadable one is tried again on the daemon's own wake-ups
//! every [`RETRY`], so sources add no wake-ups of their own.

use inotify::{EventMask, Inotify, WatchDescriptor, WatchMask};
use std::collections::{BTreeMap, HashMap};
use std::ffi::{OsStr, OsString};
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio::io::unix::AsyncFd;
use tokio::time::Instant;

use crate::app::App;
use crate::config::Sources;
use crate::error::{Error, Result};
use crate::model::{FileState, SourceState, SourceWrite};
use crate::notify::Message;

/// Quiet time after the last event before importing.
const SETTLE: Duration = Duration::from_millis(700);
/// A burst that does not end is imported this long after it began.
const SETTLE_MAX: Duration = Duration::from_secs(3);
/// A source that failed is tried again this often (on the daemon's wake-ups).
pub const RETRY: Duration = Duration::from_secs(5 * 60);
/// Calendars are read again this often even unchanged: a recurring event's
/// occurrences enter the import's window (the next 30 days) as days pass.
const CALENDAR_REFRESH: Duration = Duration::from_secs(24 * 60 * 60);
/// How deep a Maildir tree or a calendar tree is searched for folders.
const TREE_DEPTH: usize = 8;
/// The `kind` of an import's notification in the stdout backend, and the
/// prefix of its key (such notifications belong to no nudge).
pub const IMPORT_KIND: &str = "import";

/// Not `MODIFY`: a download writes thousands of times; closing the file
/// (`CLOSE_WRITE`) or renaming it into place (`MOVED_TO`) says it is done.
fn mask() -> WatchMask {
    WatchMask::CREATE
        | WatchMask::MOVED_TO
        | WatchMask::MOVED_FROM
        | WatchMask::CLOSE_WRITE
        | WatchMask::DELETE
        | WatchMask::DELETE_SELF
        | WatchMask::MOVE_SELF
        | WatchMask::ONLYDIR
}

/// For the folder of a symbolic link on the way to a source: only names
/// coming and going (a folder such as the home folder, whose files are
/// written all day, wakes nobody for them), added to what the folder is
/// watched for already.
fn link_mask() -> WatchMask {
    WatchMask::CREATE
        | WatchMask::MOVED_TO
        | WatchMask::MOVED_FROM
        | WatchMask::DELETE
        | WatchMask::ONLYDIR
        | WatchMask::MASK_ADD
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Mail,
    Calendar,
    Linkedin,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Mail => "mail",
            Kind::Calendar => "calendar",
            Kind::Linkedin => "linkedin",
        }
    }
}

/// Whether a file name is one of LinkedIn's data exports.
pub fn is_export_name(name: &str) -> bool {
    ["Basic_LinkedInDataExport_", "Complete_LinkedInDataExport_"]
        .iter()
        .any(|p| name.starts_with(p))
        && name.to_ascii_lowercase().ends_with(".zip")
}

/// Why a folder is watched, for one source.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    /// A Maildir's `new/` or `cur/`.
    Messages,
    /// A folder of a Maildir tree: a new subfolder may be a new Maildir.
    Tree,
    /// The folder of a one-file source (an mbox, an `.ics` file): that file's name.
    Parent(OsString),
    /// A folder that may hold calendar files (and calendar subfolders).
    Calendars,
    /// The folder where LinkedIn exports are downloaded.
    Downloads,
    /// The folder holding a symbolic link on the way to a source: that
    /// link's name. Re-pointed (`ln -sfn`), replaced or removed, the source
    /// is watched again where it now leads.
    Link(OsString),
    /// The nearest existing folder above a missing source.
    Ancestor,
}

struct Watched {
    dir: PathBuf,
    uses: Vec<(usize, Role)>,
}

struct Source {
    kind: Kind,
    path: PathBuf,
    /// The path as stored in the database.
    key: String,
    armed: bool,
    /// For a mail source that is a folder: its Maildirs.
    maildirs: Vec<PathBuf>,
    /// The warning last logged, so that a retry that fails the same way is quiet.
    warned: Option<String>,
    /// Where the path led when it was last watched (symbolic links followed).
    leads_to: Option<PathBuf>,
}

/// What happened to one source since the last import.
#[derive(Default)]
struct Pending {
    /// Find its folders again, then read what is new since it was last read.
    rearm: bool,
    /// Look at its files (an mbox, calendars, the downloads folder).
    check: bool,
    /// Message files that arrived in a Maildir.
    files: Vec<PathBuf>,
    /// Read calendar files again even if unchanged.
    refresh: bool,
    /// Message files already read that were renamed (new/ to cur/, flags):
    /// not read again, but the Maildir's mark moves past them.
    renamed: Vec<PathBuf>,
}

/// What an import did, for the log line and the source's counts.
#[derive(Debug, Default)]
pub struct Done {
    pub interactions: u64,
    pub contacts: u64,
    /// The importer's own summary, one line.
    pub summary: String,
}

pub struct Watcher {
    fd: AsyncFd<Inotify>,
    buf: Vec<u8>,
    sources: Vec<Source>,
    watched: HashMap<WatchDescriptor, Watched>,
    pending: BTreeMap<usize, Pending>,
    /// Message files renamed away from a watched message folder, by cookie:
    /// their arrival elsewhere (new/ → cur/, a flag added) is the same message.
    moves: HashMap<u32, PathBuf>,
    burst: Option<(Instant, Instant)>,
    last_retry: Instant,
    last_refresh: Instant,
}

impl Watcher {
    pub fn new(config: &Sources) -> io::Result<Watcher> {
        let mut sources = Vec::new();
        let mut add = |kind, path: &PathBuf| {
            sources.push(Source {
                kind,
                path: path.clone(),
                key: path.display().to_string(),
                armed: false,
                maildirs: Vec::new(),
                warned: None,
                leads_to: None,
            });
        };
        config.mail.iter().for_each(|p| add(Kind::Mail, p));
        config.calendar.iter().for_each(|p| add(Kind::Calendar, p));
        config.linkedin.iter().for_each(|p| add(Kind::Linkedin, p));
        let inotify = Inotify::init()?;
        // SAFETY: as in `watch::DbWatch`: `Inotify` owns its descriptor and
        // keeps it open until dropped.
        #[allow(unsafe_code, reason = "tokio's AsyncFd registration of inotify's descriptor")]
        let fd = unsafe { AsyncFd::register(inotify) }.map_err(io::Error::from)?;
        Ok(Watcher {
            fd,
            buf: vec![0; 16 * 1024],
            sources,
            watched: HashMap::new(),
            pending: BTreeMap::new(),
            moves: HashMap::new(),
            burst: None,
            last_retry: Instant::now(),
            last_refresh: Instant::now(),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// Watches every source and reads what is new since the daemon last ran.
    pub fn start(&mut self, app: &mut App) -> (bool, Vec<Message>) {
        for i in 0..self.sources.len() {
            self.pending.entry(i).or_default().rearm = true;
        }
        self.flush(app)
    }

    /// When the gathered events are to be imported.
    pub fn deadline(&self) -> Option<Instant> {
        self.burst.map(|(first, last)| (last + SETTLE).min(first + SETTLE_MAX))
    }

    /// Waits for events on the watched folders and notes what they touch.
    pub async fn event(&mut self) -> io::Result<()> {
        loop {
            let mut guard = self.fd.readable_mut().await?;
            let buf = &mut self.buf;
            let read = guard.try_io(|fd| {
                let events = fd.get_mut().read_events(buf)?;
                Ok(events.map(|e| e.to_owned()).collect::<Vec<_>>())
            });
            match read {
                Ok(Ok(events)) => {
                    if events.is_empty() {
                        continue;
                    }
                    for e in events {
                        self.note(e.wd, e.mask, e.cookie, e.name.as_deref());
                    }
                    return Ok(());
                }
                Ok(Err(e)) => return Err(e),
                // Spurious readiness: wait again.
                Err(_would_block) => {}
            }
        }
    }

    fn note(&mut self, wd: WatchDescriptor, mask: EventMask, cookie: u32, name: Option<&OsStr>) {
        if mask.contains(EventMask::Q_OVERFLOW) {
            tracing::warn!("too many changes in the watched sources at once: looking at all of them again");
            for i in 0..self.sources.len() {
                self.touch(i).rearm = true;
            }
            return;
        }
        let Some(w) = self.watched.get(&wd) else {
            return;
        };
        let dir = w.dir.clone();
        let uses = w.uses.clone();
        if mask.intersects(EventMask::IGNORED | EventMask::DELETE_SELF | EventMask::MOVE_SELF) {
            if mask.contains(EventMask::IGNORED) {
                self.watched.remove(&wd);
            }
            for (i, _) in &uses {
                self.touch(*i).rearm = true;
            }
            return;
        }
        let Some(name) = name.filter(|n| !n.is_empty()) else {
            return;
        };
        let path = dir.join(name);
        let is_dir = mask.contains(EventMask::ISDIR);
        let arrived = mask.intersects(EventMask::CREATE | EventMask::MOVED_TO);
        let written = mask.intersects(EventMask::CLOSE_WRITE | EventMask::MOVED_TO);
        let left = mask.intersects(EventMask::DELETE | EventMask::MOVED_FROM);
        for (i, role) in uses {
            match role {
                Role::Messages => {
                    // Maildir readers' own files (".uidvalidity", dovecot's) are not messages.
                    if is_dir || name.as_encoded_bytes().starts_with(b".") {
                        continue;
                    }
                    self.message_event(i, mask, cookie, &path);
                }
                Role::Tree if is_dir && (arrived || left) => self.touch(i).rearm = true,
                Role::Tree => {}
                Role::Parent(file) if file == name => self.touch(i).check = true,
                Role::Parent(_) => {}
                Role::Calendars if is_dir && (arrived || left) => self.touch(i).rearm = true,
                Role::Calendars if written && has_ics_extension(name) => self.touch(i).check = true,
                Role::Calendars => {}
                Role::Downloads if written && name.to_str().is_some_and(is_export_name) => {
                    self.touch(i).check = true;
                }
                Role::Downloads => {}
                Role::Ancestor if arrived => self.touch(i).rearm = true,
                Role::Ancestor => {}
                Role::Link(link) if link == name && (arrived || left) => self.touch(i).rearm = true,
                Role::Link(_) => {}
            }
        }
    }

    /// A message file arrived, moved or went in a Maildir's new/ or cur/.
    fn message_event(&mut self, i: usize, mask: EventMask, cookie: u32, path: &Path) {
        if mask.contains(EventMask::MOVED_FROM) {
            self.moves.insert(cookie, path.to_path_buf());
            return;
        }
        if mask.contains(EventMask::MOVED_TO)
            && let Some(from) = self.moves.remove(&cookie)
        {
            // Renamed within the watched folders (new/ to cur/, a flag
            // added): not a new message; if it was waiting to be read, it is
            // read under its new name.
            let p = self.touch(i);
            match p.files.iter_mut().find(|f| **f == from) {
                Some(f) => *f = path.to_path_buf(),
                None => p.renamed.push(path.to_path_buf()),
            }
            return;
        }
        let files = &mut self.touch(i).files;
        if mask.contains(EventMask::MOVED_TO) {
            files.push(path.to_path_buf());
        } else if mask.contains(EventMask::CLOSE_WRITE) {
            // Written in place (not through tmp/): read once it is closed.
            if !files.iter().any(|f| f == path) {
                files.push(path.to_path_buf());
            }
        } else if mask.contains(EventMask::DELETE) {
            files.retain(|f| f != path);
        }
    }

    fn touch(&mut self, i: usize) -> &mut Pending {
        let now = Instant::now();
        self.burst = Some(self.burst.map_or((now, now), |(first, _)| (first, now)));
        self.pending.entry(i).or_default()
    }

    /// Sources that failed are tried again, at most every [`RETRY`]; called
    /// on the daemon's own wake-ups. Returns what [`Watcher::flush`] does.
    pub fn retry(&mut self, app: &mut App) -> (bool, Vec<Message>) {
        if self.last_retry.elapsed() < RETRY {
            return (false, Vec::new());
        }
        self.last_retry = Instant::now();
        let refresh = self.last_refresh.elapsed() >= CALENDAR_REFRESH;
        if refresh {
            self.last_refresh = Instant::now();
        }
        for (i, s) in self.sources.iter().enumerate() {
            if s.warned.is_some() {
                self.pending.entry(i).or_default().rearm = true;
            } else if refresh && s.kind == Kind::Calendar {
                let p = self.pending.entry(i).or_default();
                p.check = true;
                p.refresh = true;
            }
        }
        if self.pending.is_empty() {
            return (false, Vec::new());
        }
        self.flush(app)
    }

    /// The next [`Watcher::retry`] tries failing sources at once (a reloaded
    /// config may have what they lacked, such as `[user] emails`).
    pub fn retry_soon(&mut self) {
        if let Some(past) = Instant::now().checked_sub(RETRY) {
            self.last_retry = past;
        }
    }

    /// Imports what the gathered events point at. Returns whether anything
    /// was added (the daemon then plans again) and the notifications to show.
    pub fn flush(&mut self, app: &mut App) -> (bool, Vec<Message>) {
        self.burst = None;
        self.moves.clear();
        let pending = std::mem::take(&mut self.pending);
        let mut added = false;
        let mut messages = Vec::new();
        for (i, p) in pending {
            let full = p.rearm || !self.sources[i].armed;
            if full && let Err(why) = self.arm(i) {
                self.warn(app, i, why);
                continue;
            }
            let result = match self.sources[i].kind {
                Kind::Mail => self.sync_mail(app, i, full, p.files, &p.renamed),
                Kind::Calendar => self.sync_calendars(app, i, p.refresh),
                Kind::Linkedin => self.sync_downloads(app, i, &mut messages),
            };
            match result {
                Ok(n) => {
                    added |= n > 0;
                    self.recovered(app, i);
                }
                Err(e) => self.warn(app, i, e.to_string()),
            }
        }
        if added && let Err(e) = app.checkpoint_if_big() {
            tracing::warn!("{e}");
        }
        (added, messages)
    }

    /// Logs a source's trouble once (until it changes) and records it for `tend config`.
    fn warn(&mut self, app: &mut App, i: usize, why: String) {
        let s = &mut self.sources[i];
        if s.warned.as_deref() == Some(why.as_str()) {
            return;
        }
        tracing::warn!(
            "{} source '{}': {why}; tried again when it changes, or in {} minutes",
            s.kind.as_str(),
            s.key,
            RETRY.as_secs() / 60
        );
        let (kind, key, now) = (s.kind.as_str(), s.key.clone(), app.now());
        s.warned = Some(why);
        let why = s.warned.clone();
        let error = SourceWrite::Error {
            kind,
            path: &key,
            error: why.as_deref(),
        };
        if let Err(e) = app.record_sources(now, &[error]) {
            tracing::warn!("cannot record the source's error: {e}");
        }
    }

    fn recovered(&mut self, app: &mut App, i: usize) {
        let s = &mut self.sources[i];
        if s.warned.take().is_some() {
            tracing::info!("{} source '{}' is readable again", s.kind.as_str(), s.key);
            let (kind, key, now) = (s.kind.as_str(), s.key.clone(), app.now());
            let error = SourceWrite::Error {
                kind,
                path: &key,
                error: None,
            };
            if let Err(e) = app.record_sources(now, &[error]) {
                tracing::warn!("cannot record the source's state: {e}");
            }
        }
    }

    // -----------------------------------------------------------------------
    // Watches.

    fn watch(&mut self, i: usize, dir: &Path, role: Role) -> io::Result<()> {
        let mask = match role {
            Role::Link(_) => link_mask(),
            _ => mask(),
        };
        let wd = self.fd.get_ref().watches().add(dir, mask)?;
        let w = self.watched.entry(wd).or_insert_with(|| Watched {
            dir: dir.to_path_buf(),
            uses: Vec::new(),
        });
        if !w.uses.iter().any(|(j, r)| *j == i && *r == role) {
            w.uses.push((i, role));
        }
        Ok(())
    }

    fn disarm(&mut self, i: usize) {
        let mut unused = Vec::new();
        for (wd, w) in &mut self.watched {
            w.uses.retain(|(j, _)| *j != i);
            if w.uses.is_empty() {
                unused.push(wd.clone());
            }
        }
        for wd in unused {
            self.watched.remove(&wd);
            // Already gone when its folder was deleted.
            let _ = self.fd.get_ref().watches().remove(wd);
        }
        self.sources[i].armed = false;
        self.sources[i].maildirs.clear();
    }

    /// (Re)watches a source's folders; `Err` says why it cannot be watched.
    fn arm(&mut self, i: usize) -> Result<(), String> {
        self.disarm(i);
        let (kind, path) = (self.sources[i].kind, self.sources[i].path.clone());
        self.follow_links(i, &path)?;
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let ancestor = path.ancestors().skip(1).find(|a| a.is_dir()).map(Path::to_path_buf);
                return Err(match ancestor {
                    Some(a) => match self.watch(i, &a, Role::Ancestor) {
                        Ok(()) => format!("does not exist (yet); watching '{}' for it", a.display()),
                        Err(e) => format!("does not exist, and '{}' cannot be watched: {e}", a.display()),
                    },
                    None => "does not exist".into(),
                });
            }
            Err(e) => return Err(format!("cannot be read: {e}")),
        };
        let watch_err = |dir: &Path, e: io::Error| format!("cannot watch '{}': {e}", dir.display());
        match (kind, meta.is_dir()) {
            (Kind::Mail | Kind::Calendar, false) => {
                let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
                    return Err("is not a file or a folder".into());
                };
                std::fs::File::open(&path).map_err(|e| format!("cannot be read: {e}"))?;
                self.watch(i, dir, Role::Parent(name.to_os_string()))
                    .map_err(|e| watch_err(dir, e))?;
            }
            (Kind::Mail, true) => {
                let mut maildirs = Vec::new();
                for dir in tree(&path).map_err(|e| format!("cannot be read: {e}"))? {
                    self.watch(i, &dir, Role::Tree).map_err(|e| watch_err(&dir, e))?;
                    if is_maildir(&dir) {
                        for sub in ["new", "cur"] {
                            let d = dir.join(sub);
                            if d.is_dir() {
                                self.watch(i, &d, Role::Messages).map_err(|e| watch_err(&d, e))?;
                            }
                        }
                        maildirs.push(dir);
                    }
                }
                self.sources[i].maildirs = maildirs;
            }
            (Kind::Calendar, true) => {
                for dir in tree(&path).map_err(|e| format!("cannot be read: {e}"))? {
                    self.watch(i, &dir, Role::Calendars).map_err(|e| watch_err(&dir, e))?;
                }
            }
            (Kind::Linkedin, true) => {
                std::fs::read_dir(&path).map_err(|e| format!("cannot be read: {e}"))?;
                self.watch(i, &path, Role::Downloads).map_err(|e| watch_err(&path, e))?;
            }
            (Kind::Linkedin, false) => {
                return Err("is not a folder: name the folder where LinkedIn exports are downloaded".into());
            }
        }
        self.sources[i].armed = true;
        Ok(())
    }

    /// Watches the folder of each symbolic link on the way to `path` for that
    /// link changing, and logs where the source leads when that changed
    /// since it was last watched: inotify watches what a link led to when
    /// the watch was made, so a re-pointed link would go unnoticed.
    fn follow_links(&mut self, i: usize, path: &Path) -> Result<(), String> {
        let links: Vec<&Path> = path
            .ancestors()
            .filter(|a| std::fs::symlink_metadata(a).is_ok_and(|m| m.file_type().is_symlink()))
            .collect();
        for link in links {
            let (Some(dir), Some(name)) = (link.parent(), link.file_name()) else {
                continue;
            };
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            self.watch(i, dir, Role::Link(name.to_os_string())).map_err(|e| {
                format!(
                    "cannot watch '{}' for its link '{}': {e}",
                    dir.display(),
                    link.display()
                )
            })?;
        }
        let now = std::fs::canonicalize(path).ok();
        let s = &mut self.sources[i];
        if let (Some(before), Some(now)) = (&s.leads_to, &now)
            && before != now
        {
            tracing::info!(
                "{} source '{}' now leads to '{}' (was '{}'): watching it there",
                s.kind.as_str(),
                s.key,
                now.display(),
                before.display()
            );
        }
        if now.is_some() {
            s.leads_to = now;
        }
        Ok(())
    }

    // -----------------------------------------------------------------------
    // Reading what is new. Each returns the interactions and contacts added.

    fn sync_mail(
        &mut self,
        app: &mut App,
        i: usize,
        full: bool,
        files: Vec<PathBuf>,
        renamed: &[PathBuf],
    ) -> Result<u64> {
        let s = &self.sources[i];
        let (key, path) = (s.key.clone(), s.path.clone());
        if path.is_file() {
            return self.sync_mbox(app, &key, &path);
        }
        if s.maildirs.is_empty() {
            return Err(Error::Failed(
                "holds no Maildir yet (a folder with cur/ or new/): name an mbox file or a Maildir tree".into(),
            ));
        }
        let ctime = |f: PathBuf| std::fs::symlink_metadata(&f).ok().map(|m| (change_ns(&m), f));
        let mark = app.source("mail", &key)?.and_then(|st| st.mark);
        let mut found: Vec<(i64, PathBuf)> = if full {
            let mut all = Vec::new();
            for m in &s.maildirs {
                for sub in ["new", "cur"].map(|s| m.join(s)).into_iter().filter(|d| d.is_dir()) {
                    messages_since(&sub, mark, &mut all)?;
                }
            }
            all
        } else {
            files.into_iter().filter_map(ctime).collect()
        };
        found.sort();
        let renamed_newest = renamed.iter().cloned().filter_map(ctime).map(|(t, _)| t).max();
        let newest = found.last().map(|(t, _)| *t).max(renamed_newest);
        let now = app.now();
        if found.is_empty() {
            if let Some(t) = newest {
                let mark = SourceWrite::Mark {
                    kind: "mail",
                    path: &key,
                    mark: t,
                };
                app.record_sources(now, &[mark])?;
            }
            return Ok(0);
        }
        let paths: Vec<PathBuf> = found.into_iter().map(|(_, p)| p).collect();
        let done = importers::mail_files(app, &key, &paths)?;
        // Catching up re-reads the newest file read before (same change
        // time); that alone is no import.
        let quiet = full && done.interactions == 0;
        let import = SourceWrite::Import {
            kind: "mail",
            path: &key,
            interactions: done.interactions,
            contacts: 0,
        };
        let mark = newest.map(|t| SourceWrite::Mark {
            kind: "mail",
            path: &key,
            mark: t,
        });
        let writes: Vec<SourceWrite> = (!quiet).then_some(import).into_iter().chain(mark).collect();
        app.record_sources(now, &writes)?;
        let line = format!("mail: {}", done.summary);
        if quiet {
            tracing::debug!("{line}");
        } else {
            tracing::info!("{line}");
        }
        Ok(done.interactions)
    }

    /// An mbox that grew is read from where it was left; one that shrank or
    /// was rewritten (another inode, other bytes before that point) is read
    /// again from the start, and its messages already imported add nothing.
    fn sync_mbox(&mut self, app: &mut App, key: &str, path: &Path) -> Result<u64> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io_at("cannot read", path, e))?;
        let before = app.source_file("mail", key)?;
        if before.is_some_and(|b| (b.size, b.mtime_ns, b.inode) == (meta.len(), modified_ns(&meta), meta.ino())) {
            return Ok(0);
        }
        let start = match before {
            Some(b) if b.inode == meta.ino() && b.read_to.is_some_and(|r| r <= meta.len()) => {
                let read_to = b.read_to.unwrap_or(0);
                if b.tail == Some(fingerprint(path, read_to)?) {
                    read_to
                } else {
                    tracing::info!(
                        "mail: '{key}' was rewritten: reading it again (messages already imported add nothing)"
                    );
                    0
                }
            }
            Some(_) => {
                tracing::info!(
                    "mail: '{key}' was replaced or cut: reading it again (messages already imported add nothing)"
                );
                0
            }
            None => 0,
        };
        if start == meta.len() {
            return Ok(0);
        }
        let (done, end) = importers::mbox_from(app, path, start)?;
        let after = FileState {
            size: meta.len(),
            mtime_ns: modified_ns(&meta),
            inode: meta.ino(),
            read_to: Some(end),
            tail: Some(fingerprint(path, end)?),
        };
        let now = app.now();
        app.record_sources(
            now,
            &[
                SourceWrite::Import {
                    kind: "mail",
                    path: key,
                    interactions: done.interactions,
                    contacts: 0,
                },
                SourceWrite::File {
                    kind: "mail",
                    file: key,
                    state: after,
                },
            ],
        )?;
        tracing::info!("mail: {}", done.summary);
        Ok(done.interactions)
    }

    /// Each calendar file whose size, time or inode changed is imported again
    /// (its events' UIDs make that add only what is new).
    fn sync_calendars(&mut self, app: &mut App, i: usize, refresh: bool) -> Result<u64> {
        let s = &self.sources[i];
        let (key, path) = (s.key.clone(), s.path.clone());
        let files = if path.is_file() {
            vec![path]
        } else {
            let mut files = Vec::new();
            for dir in tree(&path).map_err(|e| Error::io_at("cannot read", &path, e))? {
                for entry in std::fs::read_dir(&dir).map_err(|e| Error::io_at("cannot read", &dir, e))? {
                    let p = entry.map_err(|e| Error::io_at("cannot read", &dir, e))?.path();
                    if p.file_name().is_some_and(has_ics_extension) && p.is_file() {
                        files.push(p);
                    }
                }
            }
            files.sort();
            files
        };
        let mut added = 0;
        for file in files {
            let meta = std::fs::metadata(&file).map_err(|e| Error::io_at("cannot read", &file, e))?;
            let now_seen = seen(&meta);
            let name = file.display().to_string();
            let unchanged = app.source_file("calendar", &name)? == Some(now_seen);
            if unchanged && !refresh {
                continue;
            }
            let done = importers::calendar(app, &file)?;
            // The daily look at an unchanged file that found nothing new is no import.
            let quiet = unchanged && done.interactions == 0;
            let now = app.now();
            let import = SourceWrite::Import {
                kind: "calendar",
                path: &key,
                interactions: done.interactions,
                contacts: 0,
            };
            let file = SourceWrite::File {
                kind: "calendar",
                file: &name,
                state: now_seen,
            };
            let writes: Vec<SourceWrite> = (!quiet).then_some(import).into_iter().chain([file]).collect();
            app.record_sources(now, &writes)?;
            if quiet {
                tracing::debug!("calendar: daily look: {}", done.summary);
            } else {
                tracing::info!("calendar: {}", done.summary);
            }
            added += done.interactions;
        }
        Ok(added)
    }

    /// A LinkedIn export zip that is new in the folder (by name, size, time
    /// and inode) is imported once it is a complete zip. Exports already
    /// there when the folder is first watched are left as they are.
    fn sync_downloads(&mut self, app: &mut App, i: usize, messages: &mut Vec<Message>) -> Result<u64> {
        let s = &self.sources[i];
        let (key, path) = (s.key.clone(), s.path.clone());
        // The mark says the exports already there were recorded.
        let first = app.source("linkedin", &key)?.is_none_or(|st| st.mark.is_none());
        let mut zips = Vec::new();
        for entry in std::fs::read_dir(&path).map_err(|e| Error::io_at("cannot read", &path, e))? {
            let entry = entry.map_err(|e| Error::io_at("cannot read", &path, e))?;
            if entry.file_name().to_str().is_some_and(is_export_name) {
                let meta = entry
                    .metadata()
                    .map_err(|e| Error::io_at("cannot read", &entry.path(), e))?;
                if meta.is_file() {
                    zips.push((entry.path(), seen(&meta)));
                }
            }
        }
        zips.sort_by(|a, b| a.0.cmp(&b.0));
        let now = app.now();
        if first {
            let names: Vec<String> = zips.iter().map(|(zip, _)| zip.display().to_string()).collect();
            let files = zips.iter().zip(&names).map(|((_, st), name)| SourceWrite::File {
                kind: "linkedin",
                file: name,
                state: *st,
            });
            let writes: Vec<SourceWrite> = [SourceWrite::FirstSight {
                kind: "linkedin",
                path: &key,
            }]
            .into_iter()
            .chain(files)
            .chain([SourceWrite::Mark {
                kind: "linkedin",
                path: &key,
                mark: 1,
            }])
            .collect();
            app.record_sources(now, &writes)?;
            tracing::info!(
                "linkedin: watching '{key}' for new LinkedIn exports{}",
                if zips.is_empty() {
                    String::new()
                } else {
                    format!(
                        " ({} already there left as they are: 'tend import linkedin FILE' imports one)",
                        zips.len()
                    )
                }
            );
            return Ok(0);
        }
        let mut added = 0;
        for (zip, st) in zips {
            let name = zip.display().to_string();
            if app.source_file("linkedin", &name)? == Some(st) {
                continue;
            }
            if !is_complete_zip(&zip) {
                // Still being written: its closing or renaming brings it back.
                tracing::debug!("linkedin: '{name}' is not a complete zip yet");
                continue;
            }
            let file_name = zip
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let result = importers::linkedin(app, &zip);
            // Imported or refused, this export is done with until it changes.
            let file = SourceWrite::File {
                kind: "linkedin",
                file: &name,
                state: st,
            };
            app.record_sources(now, &[file])?;
            match result {
                Ok(done) => {
                    let import = SourceWrite::Import {
                        kind: "linkedin",
                        path: &key,
                        interactions: done.interactions,
                        contacts: done.contacts,
                    };
                    app.record_sources(now, &[import])?;
                    tracing::info!("linkedin: imported '{name}': {}", done.summary);
                    added += done.interactions + done.contacts;
                    messages.push(announcement(&file_name, "LinkedIn export imported", &done.summary));
                }
                Err(e) => {
                    tracing::warn!("linkedin: '{name}' was not imported: {e}");
                    let why = format!("'{file_name}' was not imported: {e}");
                    let error = SourceWrite::Error {
                        kind: "linkedin",
                        path: &key,
                        error: Some(&why),
                    };
                    app.record_sources(now, &[error])?;
                    messages.push(announcement(
                        &file_name,
                        "LinkedIn export not imported",
                        &format!("{e}\n\nImport it with: tend import linkedin '{name}'"),
                    ));
                }
            }
        }
        Ok(added)
    }
}

/// Each configured source with what the database says of it (`tend
/// config`); read-only, and nothing when the database does not exist yet or
/// predates the sources.
pub fn configured(config: &Sources, db: &Path) -> Vec<(Kind, String, Option<SourceState>)> {
    let known = App::sources_at(db);
    let kinds = [
        (Kind::Mail, config.mail.as_slice()),
        (Kind::Calendar, config.calendar.as_slice()),
        (Kind::Linkedin, config.linkedin.as_slice()),
    ];
    let mut out = Vec::new();
    for (kind, paths) in kinds {
        for p in paths {
            let key = p.display().to_string();
            let st = known.iter().find(|s| s.kind == kind.as_str() && s.path == key).cloned();
            out.push((kind, key, st));
        }
    }
    out
}

/// A notification about an import: no buttons, no contact.
fn announcement(file: &str, summary: &str, body: &str) -> Message {
    Message {
        key: format!("{IMPORT_KIND}:{file}"),
        contact_id: None,
        kind: IMPORT_KIND.into(),
        summary: summary.into(),
        body: body.trim_end().into(),
        actions: Vec::new(),
    }
}

fn has_ics_extension(name: &OsStr) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ics"))
}

/// A folder with `cur/` or `new/` (as `tend import mail` reads them).
fn is_maildir(dir: &Path) -> bool {
    dir.join("cur").is_dir() || dir.join("new").is_dir()
}

/// A folder and its subfolders (not through symbolic links, not inside a
/// Maildir's cur/, new/ or tmp/), at most [`TREE_DEPTH`] deep.
fn tree(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = vec![root.to_path_buf()];
    let mut next = 0;
    let mut depth_of = vec![0];
    while next < out.len() {
        let (dir, depth) = (out[next].clone(), depth_of[next]);
        next += 1;
        if depth >= TREE_DEPTH {
            continue;
        }
        let maildir = is_maildir(&dir);
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            // The root must be readable; a subfolder that is not is left out.
            Err(e) if depth == 0 => return Err(e),
            Err(_) => continue,
        };
        for entry in entries.flatten() {
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let name = entry.file_name();
            if !is_dir || (maildir && ["cur", "new", "tmp"].iter().any(|s| name == *s)) {
                continue;
            }
            out.push(entry.path());
            depth_of.push(depth + 1);
        }
    }
    Ok(out)
}

/// The message files of a Maildir folder changed (arrived, renamed) at or
/// after `mark`, with that change time.
fn messages_since(dir: &Path, mark: Option<i64>, out: &mut Vec<(i64, PathBuf)>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io_at("cannot read", dir, e))?;
    for entry in entries.flatten() {
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let changed = change_ns(&meta);
        if meta.is_file() && mark.is_none_or(|m| changed >= m) {
            out.push((changed, entry.path()));
        }
    }
    Ok(())
}

/// The inode change time in nanoseconds: set by the kernel on arrival and
/// on rename, whatever a mail tool does to the modification time.
fn change_ns(meta: &std::fs::Metadata) -> i64 {
    meta.ctime()
        .saturating_mul(1_000_000_000)
        .saturating_add(meta.ctime_nsec())
}

fn modified_ns(meta: &std::fs::Metadata) -> i64 {
    meta.mtime()
        .saturating_mul(1_000_000_000)
        .saturating_add(meta.mtime_nsec())
}

/// What tells a file changed: size, modification time, inode.
fn seen(meta: &std::fs::Metadata) -> FileState {
    FileState {
        size: meta.len(),
        mtime_ns: modified_ns(meta),
        inode: meta.ino(),
        read_to: None,
        tail: None,
    }
}

/// A hash of the (up to) 256 bytes before `offset`: an mbox whose bytes
/// there changed was rewritten, not appended to.
fn fingerprint(path: &Path, offset: u64) -> Result<u64> {
    let start = offset.saturating_sub(256);
    let mut f = std::fs::File::open(path).map_err(|e| Error::io_at("cannot read", path, e))?;
    f.seek(SeekFrom::Start(start))
        .map_err(|e| Error::io_at("cannot read", path, e))?;
    let mut bytes = Vec::with_capacity(256);
    f.take(offset - start)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io_at("cannot read", path, e))?;
    let digest = sha1_smol::Sha1::from(&bytes).digest().bytes();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    Ok(u64::from_le_bytes(first))
}

/// A zip whose central directory reads: completely written.
fn is_complete_zip(path: &Path) -> bool {
    std::fs::File::open(path).is_ok_and(|f| zip::ZipArchive::new(f).is_ok())
}

/// The importers, by what a source hands them: the one place that knows
/// their signatures.
mod importers {
    use super::Done;
    use crate::app::App;
    use crate::error::Result;
    use std::path::{Path, PathBuf};

    /// What the mail importer reports (an unreadable message), in the log.
    fn mail_report(line: &str) {
        tracing::warn!("mail: {line}");
    }

    fn mail_done(s: &crate::capture::mail::Summary, from: &str) -> Done {
        Done {
            interactions: s.interactions_added,
            contacts: 0,
            summary: s.line(from).trim_end().to_string(),
        }
    }

    /// Message files of a Maildir.
    pub fn mail_files(app: &mut App, maildir_tree: &str, files: &[PathBuf]) -> Result<Done> {
        let s = app.import_mail_files(files, &mut mail_report)?;
        let from = format!(
            "'{maildir_tree}' ({})",
            crate::text::numbers::count(files.len() as u64, "file", "files")
        );
        Ok(mail_done(&s, &from))
    }

    /// An mbox from `start`; returns where to start next time.
    pub fn mbox_from(app: &mut App, path: &Path, start: u64) -> Result<(Done, u64)> {
        let (s, end) = app.import_mbox_from(path, start, &mut mail_report)?;
        let from = format!(
            "'{}' (from byte {})",
            path.display(),
            crate::text::numbers::thousands(start)
        );
        Ok((mail_done(&s, &from), end))
    }

    /// One calendar file.
    pub fn calendar(app: &mut App, path: &Path) -> Result<Done> {
        let mut report = |line: &str| tracing::warn!("calendar: {line}");
        let opts = app.calendar_options();
        let s = app.import_calendar(path, &opts, &mut report)?;
        Ok(Done {
            interactions: s.interactions_added,
            contacts: 0,
            summary: s.line(path).trim_end().replace('\n', " "),
        })
    }

    /// A LinkedIn export zip.
    pub fn linkedin(app: &mut App, zip: &Path) -> Result<Done> {
        let opts = crate::import::Options {
            strict: false,
            cadence: None,
            tz: app.tz(),
            now: app.now(),
            user_name: app.settings().user.name.clone(),
            progress: false,
        };
        let _importing = app.importing();
        let mut bad = 0u64;
        let mut report = |b: &crate::import::BadRow| {
            bad += 1;
            if bad <= 5 {
                tracing::warn!("linkedin: {b}");
            }
        };
        let outcome = app.import_linkedin(zip, &opts, &mut report)?;
        Ok(Done {
            interactions: outcome.interactions_added,
            contacts: outcome.contacts_added,
            summary: outcome.summary().trim_end().replace('\n', " "),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_are_linkedins() {
        assert!(is_export_name("Basic_LinkedInDataExport_12-01-2026.zip"));
        assert!(is_export_name("Complete_LinkedInDataExport_12-01-2026.zip.ZIP"));
        assert!(!is_export_name("Basic_LinkedInDataExport_12-01-2026.zip.part"));
        assert!(!is_export_name("Basic_LinkedInDataExport_12-01-2026.zip.crdownload"));
        assert!(!is_export_name("LinkedInDataExport.zip"));
        assert!(!is_export_name("Basic_LinkedInDataExport_x.csv"));
    }

    #[test]
    fn a_tree_finds_maildirs_and_skips_their_message_folders() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        for d in [
            "INBOX/cur",
            "INBOX/new",
            "INBOX/tmp",
            "INBOX/.Sent/cur",
            "INBOX/.Sent/new",
            "Archive/2025",
        ] {
            std::fs::create_dir_all(root.join(d)).unwrap_or_else(|e| panic!("{e}"));
        }
        let mut found = tree(root).unwrap_or_else(|e| panic!("{e}"));
        found.sort();
        let rel: Vec<String> = found
            .iter()
            .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
            .collect();
        assert_eq!(rel, ["", "Archive", "Archive/2025", "INBOX", "INBOX/.Sent"]);
        let maildirs: Vec<&PathBuf> = found.iter().filter(|d| is_maildir(d)).collect();
        assert_eq!(maildirs, [&root.join("INBOX"), &root.join("INBOX/.Sent")]);
        assert!(tree(&root.join("missing")).is_err());
    }

    fn mail_source(root: &Path) -> Watcher {
        let config = Sources {
            mail: vec![root.to_path_buf()],
            calendar: Vec::new(),
            linkedin: None,
        };
        Watcher::new(&config).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Reads events until none comes for a while.
    async fn settle(w: &mut Watcher) {
        while let Ok(r) = tokio::time::timeout(Duration::from_millis(300), w.event()).await {
            r.unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[tokio::test]
    async fn a_delivered_message_is_one_file_whatever_renames_follow() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let inbox = dir.path().join("INBOX");
        for d in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(inbox.join(d)).unwrap_or_else(|e| panic!("{e}"));
        }
        let mut w = mail_source(dir.path());
        w.arm(0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(w.sources[0].maildirs, std::slice::from_ref(&inbox));

        // Delivered (tmp/ then new/), then seen by a mail client (cur/, flag S).
        let (tmp, new, cur) = (
            inbox.join("tmp/1.M1.host"),
            inbox.join("new/1.M1.host"),
            inbox.join("cur/1.M1.host:2,S"),
        );
        std::fs::write(&tmp, "Subject: hi\n\nbody\n").unwrap_or_else(|e| panic!("{e}"));
        std::fs::rename(&tmp, &new).unwrap_or_else(|e| panic!("{e}"));
        std::fs::rename(&new, &cur).unwrap_or_else(|e| panic!("{e}"));
        settle(&mut w).await;
        assert_eq!(w.pending.get(&0).map(|p| p.files.clone()), Some(vec![cur.clone()]));
        assert!(w.deadline().is_some());

        // Once read, a flag change is no new message.
        w.pending.clear();
        w.moves.clear();
        let replied = inbox.join("cur/1.M1.host:2,RS");
        std::fs::rename(&cur, &replied).unwrap_or_else(|e| panic!("{e}"));
        // Nor is a reader's own dot file.
        std::fs::write(inbox.join("cur/.uidvalidity"), "1").unwrap_or_else(|e| panic!("{e}"));
        settle(&mut w).await;
        let p = w.pending.get(&0);
        assert!(p.is_some_and(|p| p.files.is_empty() && !p.rearm && p.renamed == [replied.clone()]));

        // A new folder in the tree is looked for again.
        std::fs::create_dir(dir.path().join("Sent")).unwrap_or_else(|e| panic!("{e}"));
        settle(&mut w).await;
        assert!(w.pending.get(&0).is_some_and(|p| p.rearm));
    }

    #[tokio::test]
    async fn a_source_through_a_re_pointed_link_is_watched_where_it_now_leads() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        for root in [&a, &b] {
            for d in ["cur", "new", "tmp"] {
                std::fs::create_dir_all(root.join("INBOX").join(d)).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        let link = dir.path().join("Mail");
        std::os::unix::fs::symlink(&a, &link).unwrap_or_else(|e| panic!("{e}"));
        let mut w = mail_source(&link);
        w.arm(0).unwrap_or_else(|e| panic!("{e}"));
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(w.sources[0].leads_to, Some(canonical(&a)));
        // Other files written beside the link are nothing to it.
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap_or_else(|e| panic!("{e}"));
        settle(&mut w).await;
        assert!(w.pending.is_empty() && w.deadline().is_none());

        // Re-pointed as `ln -sfn b Mail` does it: a new link renamed over the old.
        let next = dir.path().join("Mail.next");
        std::os::unix::fs::symlink(&b, &next).unwrap_or_else(|e| panic!("{e}"));
        std::fs::rename(&next, &link).unwrap_or_else(|e| panic!("{e}"));
        settle(&mut w).await;
        assert!(
            w.pending.get(&0).is_some_and(|p| p.rearm),
            "the re-pointed link is noticed"
        );
        w.pending.clear();
        w.arm(0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(w.sources[0].leads_to, Some(canonical(&b)));

        // Mail delivered where it now leads is seen; where it led before, not.
        let deliver = |root: &Path, name: &str| {
            let tmp = root.join("INBOX/tmp").join(name);
            std::fs::write(&tmp, "Subject: hi\n\nbody\n").unwrap_or_else(|e| panic!("{e}"));
            std::fs::rename(&tmp, root.join("INBOX/new").join(name)).unwrap_or_else(|e| panic!("{e}"));
        };
        deliver(&a, "1.M1.old");
        deliver(&b, "2.M2.new");
        settle(&mut w).await;
        assert_eq!(
            w.pending.get(&0).map(|p| p.files.clone()),
            Some(vec![link.join("INBOX/new/2.M2.new")])
        );

        // Removed, then made again: noticed both times.
        w.pending.clear();
        std::fs::remove_file(&link).unwrap_or_else(|e| panic!("{e}"));
        settle(&mut w).await;
        assert!(w.pending.get(&0).is_some_and(|p| p.rearm));
        w.pending.clear();
        assert!(w.arm(0).is_err(), "a dangling source cannot be read");
        std::os::unix::fs::symlink(&a, &link).unwrap_or_else(|e| panic!("{e}"));
        settle(&mut w).await;
        assert!(w.pending.get(&0).is_some_and(|p| p.rearm));
    }

    #[tokio::test]
    async fn unchanged_calendars_are_looked_at_again_once_a_day_for_occurrences_entering_the_window() {
        use crate::model::ContactFields;
        use crate::store::Store;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let ics = dir.path().join("weekly.ics");
        // Weekly from 2026-12-01; the window reaches 30 days ahead of "now".
        std::fs::write(
            &ics,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:weekly@x\r\n\
             DTSTAMP:20261101T000000Z\r\nDTSTART:20261201T090000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\n\
             SUMMARY:Weekly\r\nATTENDEE:mailto:sara@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let at = |t: &str| {
            chrono::DateTime::parse_from_rfc3339(t)
                .map(|d| d.with_timezone(&chrono::Utc))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let settings = crate::config::Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let clock = crate::time::Clock::Pinned(at("2026-11-30T10:00:00Z"));
        let mut app = App::with(settings, clock, store, "test".into());
        let fields = ContactFields {
            name: Some("Sara".into()),
            emails: Some(vec!["sara@x.example".into()]),
            ..ContactFields::default()
        };
        let sara = app.add_contact(&fields).unwrap_or_else(|e| panic!("{e}"));
        let meetings = |app: &App| {
            app.history(sara)
                .map(|(i, _)| i.len())
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let config = Sources {
            mail: Vec::new(),
            calendar: vec![ics.clone()],
            linkedin: None,
        };
        let mut w = Watcher::new(&config).unwrap_or_else(|e| panic!("{e}"));
        let (added, _) = w.start(&mut app);
        assert!(added);
        // Dec 1 to Dec 29 (within 30 days of Nov 30): 5 occurrences.
        assert_eq!(meetings(&app), 5);

        // A week later, with the file unchanged: nothing before the daily look…
        app.set_clock(crate::time::Clock::Pinned(at("2026-12-07T10:00:00Z")));
        w.last_retry = Instant::now() - RETRY;
        assert!(!w.retry(&mut app).0);
        assert_eq!(meetings(&app), 5);
        // …then the next week's occurrence.
        w.last_retry = Instant::now() - RETRY;
        w.last_refresh = Instant::now() - CALENDAR_REFRESH;
        assert!(w.retry(&mut app).0);
        assert_eq!(meetings(&app), 6);
    }

    #[test]
    fn an_appended_mbox_keeps_its_fingerprint_and_a_rewritten_one_does_not() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mbox = dir.path().join("box");
        std::fs::write(&mbox, "From a\nSubject: one\n\nbody\n").unwrap_or_else(|e| panic!("{e}"));
        let end = std::fs::metadata(&mbox).map(|m| m.len()).unwrap_or(0);
        let before = fingerprint(&mbox, end).unwrap_or_else(|e| panic!("{e}"));
        let mut text = std::fs::read_to_string(&mbox).unwrap_or_default();
        text.push_str("From b\nSubject: two\n\nbody\n");
        std::fs::write(&mbox, &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fingerprint(&mbox, end).unwrap_or_else(|e| panic!("{e}")), before);
        std::fs::write(&mbox, text.replace("one", "uno")).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(fingerprint(&mbox, end).unwrap_or_else(|e| panic!("{e}")), before);
        assert_eq!(fingerprint(&mbox, 0).unwrap_or_else(|e| panic!("{e}")), {
            let d = sha1_smol::Sha1::from(b"").digest().bytes();
            u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
        });
    }
}
