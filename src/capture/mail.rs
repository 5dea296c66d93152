//! `tend import mail PATH`: an mbox file, a Maildir (`cur/`, `new/`), or a
//! folder of Maildirs. Only headers are read (mail-parser decodes them:
//! encoded words, addresses, dates); bodies are neither stored nor kept in
//! memory, so memory is bounded by one message's headers.
//!
//! A message becomes an `email` interaction with each contact it is between
//! the user and: `out` to every contact among To, Cc and Bcc when the user
//! sent it (From is one of `[user] emails`), `in` from the contact who sent
//! it otherwise. Its key, `mail:<Message-ID>#<contact id>`, makes re-imports
//! add nothing twice (one message to two contacts is two interactions).

use chrono::{DateTime, Utc};
use mail_parser::{HeaderValue, MessageParser};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use super::one_line_note;
use crate::error::{Error, Result};
use crate::import::Progress;
use crate::import::sink::{Load, Sink, Size};
use crate::model::Captured;
use crate::model::{Channel, ContactId, Direction};
use crate::text::numbers::{count, thousands};

/// More recipients than this (To, Cc and Bcc together) is mass mail.
pub const MAX_RECIPIENTS: usize = 10;
/// Headers longer than this are cut (a message's headers are a few KiB).
const HEADER_CAP: usize = 256 * 1024;
/// A Date this far after now is broken (a sender's clock years ahead).
const FUTURE_SLACK: chrono::Duration = chrono::Duration::days(1);

/// What a mail import did, for the summary line and `--json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub source: &'static str,
    /// Messages read (each counted once, whatever became of it).
    pub messages: u64,
    pub interactions_added: u64,
    /// Interactions found that an earlier import had added.
    pub already_imported: u64,
    /// Messages between the user and none of the contacts.
    pub not_contacts: u64,
    /// Skipped: mailing-list mail (`List-Id`).
    pub mailing_lists: u64,
    /// Skipped: automatic mail (`Auto-Submitted` other than `no`,
    /// `Precedence: bulk`, `list` or `junk`).
    pub automatic: u64,
    /// Skipped: more than [`MAX_RECIPIENTS`] recipients.
    pub mass_mail: u64,
    /// Skipped: unsent drafts (Maildir flag `D`).
    pub drafts: u64,
    /// Skipped: no usable Date and no delivery time to fall back on.
    pub undated: u64,
    /// Skipped and reported: files or messages that are not mail.
    pub unreadable: u64,
}

impl Summary {
    fn new() -> Summary {
        Summary {
            source: "mail",
            ..Summary::default()
        }
    }

    /// Adds another run's counts to these.
    pub fn add(&mut self, o: &Summary) {
        self.messages += o.messages;
        self.interactions_added += o.interactions_added;
        self.already_imported += o.already_imported;
        self.not_contacts += o.not_contacts;
        self.mailing_lists += o.mailing_lists;
        self.automatic += o.automatic;
        self.mass_mail += o.mass_mail;
        self.drafts += o.drafts;
        self.undated += o.undated;
        self.unreadable += o.unreadable;
    }

    /// The one summary line.
    pub fn line(&self, from: &str) -> String {
        let mut text = format!(
            "Imported from {from}: {} added from {}",
            count(self.interactions_added, "e-mail", "e-mails"),
            count(self.messages, "message", "messages")
        );
        if self.already_imported > 0 {
            text += &format!(" ({} already imported)", thousands(self.already_imported));
        }
        let left: Vec<String> = [
            (self.not_contacts, "not with a contact"),
            (self.mailing_lists, "from mailing lists"),
            (self.automatic, "automatic"),
            (self.mass_mail, "to more than 10 recipients"),
            (self.drafts, "unsent drafts"),
            (self.undated, "without a date"),
            (self.unreadable, "unreadable"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{} {what}", thousands(*n)))
        .collect();
        if !left.is_empty() {
            text += &format!("; left out {}", left.join(", "));
        }
        text + ".\n"
    }
}

/// `[user] emails`, or exit 2 naming the key.
fn user_addresses(emails: &[String]) -> Result<HashSet<String>> {
    let set: HashSet<String> = emails
        .iter()
        .map(|e| e.trim().to_lowercase())
        .filter(|e| !e.is_empty())
        .collect();
    if set.is_empty() {
        return Err(Error::Input(
            "config key 'user.emails' is empty: tend needs your e-mail addresses to tell the mail you sent \
             from the mail you got; set it in the config file ([user] emails = [\"you@example.org\"]) or \
             TEND_USER__EMAILS"
                .into(),
        ));
    }
    Ok(set)
}

/// Imports PATH (an mbox file, a Maildir, or a folder of Maildirs) in one
/// transaction. `report` gets one `FILE: why` line for each message skipped
/// as unreadable; with `strict`, one such message imports nothing (exit 1).
/// `progress`: a bar on stderr when it is a terminal. `user_emails`: `[user]
/// emails`; `now`: the clock's instant.
#[allow(clippy::too_many_arguments)]
pub fn import_path(
    store: &mut impl Load,
    user_emails: &[String],
    now: DateTime<Utc>,
    path: &Path,
    strict: bool,
    progress: bool,
    report: &mut dyn FnMut(&str),
) -> Result<Summary> {
    let users = user_addresses(user_emails)?;
    let meta = std::fs::metadata(path).map_err(|e| Error::io_at("cannot read", path, e))?;
    store.load(Size::Large, |sink| {
        let mut run = Run::new(sink, users, now, report)?;
        // Sub-folders counted among the unreadable, which are no messages.
        let mut folders_unreadable = 0;
        if meta.is_dir() {
            let (boxes, unreadable) = maildirs(path)?;
            // A sub-folder that cannot be read is skipped, said, and counted
            // as unreadable, like a message file that cannot be read.
            for (dir, e) in unreadable {
                run.unreadable(&dir.display().to_string(), &format!("cannot read this folder: {e}"));
                folders_unreadable += 1;
            }
            if boxes.is_empty() {
                return Err(Error::Failed(format!(
                    "'{}' is neither a Maildir (no cur/ or new/ in it) nor a folder of Maildirs; nothing was imported",
                    path.display()
                )));
            }
            let total: u64 = boxes.iter().map(|b| message_files(b, |_| {}).unwrap_or(0)).sum();
            let mut bar = Progress::new(progress, "mail", total).counting("messages");
            for b in &boxes {
                let listed = message_files(b, |file| {
                    run.maildir_file(&file);
                    bar.advance(1);
                });
                match listed {
                    // The Maildir named is the import; one inside it, a part.
                    Err(e) if b != path => {
                        run.unreadable(&b.display().to_string(), &e.to_string());
                        folders_unreadable += 1;
                    }
                    other => {
                        other?;
                    }
                }
                run.check()?;
            }
        } else {
            let file = crate::paths::open_regular(path).map_err(|e| Error::io_at("cannot read", path, e))?;
            let mut bar = Progress::new(progress, "mail", meta.len()).counting("messages");
            let name = path.display().to_string();
            let reader = BufReader::with_capacity(1 << 16, bar.reader(file));
            run.mbox(reader, &name, 0, false, &mut || bar.tick())?;
        }
        let sum = run.finish()?;
        if strict && sum.unreadable > 0 {
            return Err(Error::Failed(format!(
                "{} unreadable (--strict); nothing was imported",
                count(sum.unreadable, "message is", "messages are")
            )));
        }
        if sum.messages > 0 && sum.unreadable - folders_unreadable == sum.messages {
            return Err(Error::Failed(format!(
                "every message of '{}' is unreadable ({}); nothing was imported",
                path.display(),
                count(sum.unreadable, "message", "messages")
            )));
        }
        Ok(sum)
    })
}

/// Imports individual Maildir message files (the daemon's new arrivals) in
/// one transaction. A file that vanished (moved from `new/` to `cur/`
/// meanwhile) is reported and skipped: its new name comes in its turn.
pub fn import_files(
    store: &mut impl Load,
    user_emails: &[String],
    now: DateTime<Utc>,
    files: &[PathBuf],
    report: &mut dyn FnMut(&str),
) -> Result<Summary> {
    let users = user_addresses(user_emails)?;
    store.load(Size::Small, |sink| {
        let mut run = Run::new(sink, users, now, report)?;
        for f in files {
            run.maildir_file(f);
            run.check()?;
        }
        run.finish()
    })
}

/// Imports the messages of the mbox at `path` from byte `start` (0, or an
/// end offset an earlier call returned), in one transaction. Returns the
/// summary and the offset to start from next time: the start of the last
/// message read, so that a message still being appended is read again,
/// whole, next time (its key makes the second reading add nothing). When
/// `start` is past the end of the file or not at a message's `From ` line
/// (the file was replaced or compacted), the whole file is read again.
pub fn import_mbox_from(
    store: &mut impl Load,
    user_emails: &[String],
    now: DateTime<Utc>,
    path: &Path,
    start: u64,
    report: &mut dyn FnMut(&str),
) -> Result<(Summary, u64)> {
    let users = user_addresses(user_emails)?;
    let name = path.display().to_string();
    let mut file = crate::paths::open_regular(path).map_err(|e| Error::io_at("cannot read", path, e))?;
    let len = file.metadata().map_err(|e| Error::io_at("cannot read", path, e))?.len();
    let start = if start > 0 && start <= len && at_from_line(&mut file, start) {
        start
    } else {
        if start > 0 {
            report(&format!(
                "{name}: changed since it was last read; reading it again from the start"
            ));
        }
        0
    };
    file.seek(SeekFrom::Start(start))
        .map_err(|e| Error::io_at("cannot read", path, e))?;
    store.load(Size::Small, |sink| {
        let mut run = Run::new(sink, users, now, report)?;
        let end = run.mbox(BufReader::with_capacity(1 << 16, file), &name, start, true, &mut || {})?;
        Ok((run.finish()?, end))
    })
}

fn at_from_line(file: &mut File, at: u64) -> bool {
    let mut head = [0u8; 5];
    file.seek(SeekFrom::Start(at)).is_ok() && file.read_exact(&mut head).is_ok() && &head == b"From "
}

/// Folders that could not be read, with why.
type Unlisted = Vec<(PathBuf, std::io::Error)>;

/// The Maildirs at or under `root`: folders with a `cur/` or `new/` in them
/// (Maildir++ subfolders such as `.Sent` inside one included), and the
/// folders under `root` that could not be read. Symbolic links are not
/// followed, so a loop cannot trap the walk.
fn maildirs(root: &Path) -> Result<(Vec<PathBuf>, Unlisted)> {
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if dir == root => return Err(Error::io_at("cannot read folder", &dir, e)),
            Err(e) => {
                unreadable.push((dir, e));
                continue;
            }
        };
        if dir.join("cur").is_dir() || dir.join("new").is_dir() {
            out.push(dir.clone());
        }
        for entry in entries.flatten() {
            let name = entry.file_name();
            if matches!(name.to_str(), Some("cur" | "new" | "tmp")) {
                continue;
            }
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                pending.push(entry.path());
            }
        }
    }
    out.sort();
    Ok((out, unreadable))
}

/// Calls `each` with every message file in a Maildir's `new/` and `cur/`
/// (`tmp/` holds deliveries not finished yet); returns how many there were.
fn message_files(maildir: &Path, mut each: impl FnMut(PathBuf)) -> Result<u64> {
    let mut n = 0;
    for sub in ["new", "cur"] {
        let dir = maildir.join(sub);
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::io_at("cannot read folder", &dir, e)),
        };
        for entry in entries.flatten() {
            // Anything but a folder is a message to read: a FIFO or a device
            // among them is then reported and skipped, as in a vdir, rather
            // than passed over without a word.
            if entry.file_name().to_string_lossy().starts_with('.') || entry.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            n += 1;
            each(entry.path());
        }
    }
    Ok(n)
}

/// The flags of a Maildir file name (`…:2,FRS`).
fn maildir_flags(name: &str) -> &str {
    name.rsplit_once(":2,").map_or("", |(_, f)| f)
}

/// The delivery time at the start of a Maildir file name (`1700000000.M…`).
fn maildir_time(name: &str) -> Option<DateTime<Utc>> {
    let digits = name.split('.').next()?;
    let secs: i64 = digits.parse().ok()?;
    DateTime::from_timestamp(secs, 0)
}

/// One import: the contacts by address, the user's addresses, the counts,
/// and the contacts whose summaries need refreshing at the end.
struct Run<'a, 'r> {
    sink: &'a mut dyn Sink,
    users: HashSet<String>,
    index: HashMap<String, ContactId>,
    now: DateTime<Utc>,
    touched: BTreeSet<ContactId>,
    sum: Summary,
    report: &'r mut dyn FnMut(&str),
    /// A database error met while reading files, returned by `check`.
    failed: Option<Error>,
    parser: MessageParser,
}

/// The mbox message being read: its separator's date, its headers so far,
/// and whether they have ended.
struct Pending {
    delivered: Option<DateTime<Utc>>,
    head: Vec<u8>,
    ended: bool,
}

/// Mail that is skipped whoever it is with.
enum Skip {
    List,
    Automatic,
}

impl<'a, 'r> Run<'a, 'r> {
    fn new(
        sink: &'a mut dyn Sink,
        users: HashSet<String>,
        now: DateTime<Utc>,
        report: &'r mut dyn FnMut(&str),
    ) -> Result<Run<'a, 'r>> {
        Ok(Run {
            index: sink.email_index()?,
            sink,
            users,
            now,
            touched: BTreeSet::new(),
            sum: Summary::new(),
            report,
            failed: None,
            parser: MessageParser::new(),
        })
    }

    fn check(&mut self) -> Result<()> {
        self.failed.take().map_or(Ok(()), Err)
    }

    fn finish(mut self) -> Result<Summary> {
        self.check()?;
        for contact in std::mem::take(&mut self.touched) {
            self.sink.refresh(contact, self.now)?;
        }
        Ok(self.sum)
    }

    fn unreadable(&mut self, file: &str, why: &str) {
        self.sum.unreadable += 1;
        (self.report)(&format!("{file}: {why}"));
    }

    /// One Maildir message file: its headers only.
    fn maildir_file(&mut self, path: &Path) {
        if self.failed.is_some() {
            return;
        }
        let shown = path.display().to_string();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let head = match read_headers(path) {
            Ok(h) => h,
            Err(e) => {
                self.sum.messages += 1;
                return self.unreadable(&shown, &e.to_string());
            }
        };
        self.sum.messages += 1;
        if maildir_flags(&name).contains('D') {
            self.sum.drafts += 1;
            return;
        }
        let delivered = maildir_time(&name).or_else(|| {
            std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .map(DateTime::<Utc>::from)
        });
        if let Err(e) = self.message(&head, &shown, delivered) {
            self.failed = Some(e);
        }
    }

    /// Reads the mbox messages of `reader` (see [`read_mbox`]).
    fn mbox(
        &mut self,
        reader: impl BufRead,
        name: &str,
        start: u64,
        hold_open_tail: bool,
        tick: &mut dyn FnMut(),
    ) -> Result<u64> {
        read_mbox(reader, name, start, hold_open_tail, &mut |head, number, delivered| {
            self.mbox_message(head, name, number, delivered)?;
            tick();
            Ok(())
        })
    }

    fn mbox_message(&mut self, head: &[u8], name: &str, number: u64, at: Option<DateTime<Utc>>) -> Result<()> {
        self.sum.messages += 1;
        self.message(head, &format!("{name} (message {number})"), at)
    }

    /// One message's headers: skipped and counted, reported as unreadable,
    /// or recorded with each contact it is between the user and. Only a
    /// database error is an error.
    fn message(&mut self, head: &[u8], shown: &str, delivered: Option<DateTime<Utc>>) -> Result<()> {
        let Some(msg) = self.parser.parse_headers(head) else {
            self.unreadable(shown, "no mail headers in it");
            return Ok(());
        };
        let from: Vec<String> = addresses(msg.from());
        if from.is_empty() {
            self.unreadable(shown, "no sender address (From) in it");
            return Ok(());
        }
        match classify(&msg) {
            Some(Skip::List) => {
                self.sum.mailing_lists += 1;
                return Ok(());
            }
            Some(Skip::Automatic) => {
                self.sum.automatic += 1;
                return Ok(());
            }
            None => {}
        }
        let recipients: Vec<String> = [msg.to(), msg.cc(), msg.bcc()]
            .into_iter()
            .flat_map(addresses)
            .collect();
        if recipients.len() > MAX_RECIPIENTS {
            self.sum.mass_mail += 1;
            return Ok(());
        }
        let sender = &from[0];
        let (direction, contacts): (Direction, Vec<ContactId>) = if self.users.contains(sender) {
            let mut ids: Vec<ContactId> = recipients
                .iter()
                .filter(|r| !self.users.contains(*r))
                .filter_map(|r| self.index.get(r).copied())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            (Direction::Out, ids)
        } else {
            (Direction::In, self.index.get(sender).copied().into_iter().collect())
        };
        if contacts.is_empty() {
            self.sum.not_contacts += 1;
            return Ok(());
        }
        let Some(at) = message_time(&msg, delivered, self.now) else {
            self.sum.undated += 1;
            return Ok(());
        };
        let id = message_key(&msg);
        let note = msg.subject().and_then(one_line_note);
        for contact in contacts {
            let row = Captured {
                contact_id: contact,
                at,
                direction,
                channel: Channel::Email,
                note: note.clone(),
                source_key: format!("mail:{id}#{contact}"),
            };
            if self.sink.capture(&row, self.now)? {
                self.sum.interactions_added += 1;
                self.touched.insert(contact);
            } else {
                self.sum.already_imported += 1;
            }
        }
        Ok(())
    }
}

/// What [`read_mbox`] calls with each message: its headers, its number
/// (from 1) and its separator's date.
type EachMessage<'a> = dyn FnMut(&[u8], u64, Option<DateTime<Utc>>) -> Result<()> + 'a;

/// Reads mbox messages from `reader`, which is at byte `start` of the file,
/// up to its end, calling `each` with every message's headers, its number
/// (from 1) and its separator's date. Returns the offset of the last
/// message's `From ` line (or `start` when there was none).
/// `hold_open_tail`: a last message whose headers have not ended yet is
/// being written; it is left for next time rather than read in part. Memory
/// holds one line (at most [`HEADER_CAP`] of it) and one message's headers.
fn read_mbox(
    mut reader: impl BufRead,
    name: &str,
    start: u64,
    hold_open_tail: bool,
    each: &mut EachMessage,
) -> Result<u64> {
    let mut pos = start;
    let mut line = Vec::with_capacity(256);
    let mut current: Option<Pending> = None;
    let mut last_start = start;
    let mut number = 0u64;
    let mut after_blank = true;
    loop {
        line.clear();
        // A line past the cap (a body of one long line) is read, not kept:
        // its start tells a separator, and a header that long is left out.
        let (n, cut) = crate::import::read_line_capped(&mut reader, &mut line, HEADER_CAP)
            .map_err(|e| Error::io(format!("reading '{name}'"), e))?;
        if n == 0 {
            break;
        }
        let blank = line == b"\n" || line == b"\r\n";
        if is_separator(&line, after_blank) {
            if let Some(p) = current.take() {
                each(&p.head, number, p.delivered)?;
            }
            number += 1;
            last_start = pos;
            current = Some(Pending {
                delivered: from_line_time(&line),
                head: Vec::with_capacity(4096),
                ended: false,
            });
        } else if let Some(p) = current.as_mut() {
            if !p.ended {
                if blank {
                    p.ended = true;
                } else if !cut && p.head.len() + line.len() <= HEADER_CAP {
                    p.head.extend_from_slice(&line);
                }
            }
        } else if !line.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::Failed(format!(
                "'{name}' is not an mbox file (it does not start with a 'From ' line), a Maildir, or a folder \
                 of Maildirs; nothing was imported"
            )));
        }
        after_blank = blank;
        pos += n as u64;
    }
    if let Some(p) = current {
        if hold_open_tail && !p.ended {
            return Ok(last_start);
        }
        each(&p.head, number, p.delivered)?;
    }
    Ok(last_start)
}

/// The addresses of a header, lower-cased.
fn addresses(a: Option<&mail_parser::Address>) -> Vec<String> {
    a.map(|a| {
        a.iter()
            .filter_map(|x| x.address.as_deref())
            .map(|x| x.trim().to_lowercase())
            .filter(|x| x.contains('@'))
            .collect()
    })
    .unwrap_or_default()
}

/// Mailing-list or automatic mail, or neither.
fn classify(msg: &mail_parser::Message) -> Option<Skip> {
    if !matches!(msg.list_id(), HeaderValue::Empty) || msg.header_raw("List-Id").is_some() {
        return Some(Skip::List);
    }
    let word = |h: &str| msg.header_raw(h).map(|v| v.trim().to_ascii_lowercase());
    if word("Auto-Submitted").is_some_and(|v| !v.is_empty() && v.split(';').next().map(str::trim) != Some("no")) {
        return Some(Skip::Automatic);
    }
    if word("Precedence").is_some_and(|v| matches!(v.as_str(), "bulk" | "list" | "junk")) {
        return Some(Skip::Automatic);
    }
    None
}

/// The Date header's instant; when it is missing, unreadable or more than a
/// day in the future, the delivery time (the mbox separator's date, the
/// Maildir file's name or modification time).
fn message_time(
    msg: &mail_parser::Message,
    delivered: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let sane = |t: DateTime<Utc>| t <= now + FUTURE_SLACK && t.timestamp() > 0;
    msg.date()
        .filter(|d| d.is_valid())
        .and_then(|d| DateTime::from_timestamp(d.to_timestamp(), 0))
        .filter(|t| sane(*t))
        .or(delivered.filter(|t| sane(*t)))
}

/// The Message-ID, or for a message without one a hash of the headers that
/// identify it (Date, From, To, Cc, Subject as written).
fn message_key(msg: &mail_parser::Message) -> String {
    if let Some(id) = msg.message_id().map(str::trim).filter(|id| !id.is_empty()) {
        return id.to_string();
    }
    let raw = |h: &'static str| msg.header_raw(h).unwrap_or_default().trim();
    crate::import::stable_key("h", &[raw("Date"), raw("From"), raw("To"), raw("Cc"), raw("Subject")])
}

/// The date of an mbox separator line, `From sender Thu Nov  5 10:00:00
/// 2026` (UTC), also with a zone before the year as Gmail writes it
/// (`Thu Nov 05 10:00:00 +0100 2026`).
fn from_line_time(line: &[u8]) -> Option<DateTime<Utc>> {
    let text = std::str::from_utf8(line).ok()?;
    let words: Vec<&str> = text.strip_prefix("From ")?.split_whitespace().skip(1).collect();
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = words
        .iter()
        .position(|w| MONTHS.iter().any(|m| w.eq_ignore_ascii_case(m)))?;
    let month = MONTHS.iter().position(|x| words[m].eq_ignore_ascii_case(x))? as u32 + 1;
    let day: u32 = words.get(m + 1)?.parse().ok()?;
    let time = chrono::NaiveTime::parse_from_str(words.get(m + 2)?, "%H:%M:%S").ok()?;
    let rest = &words[m + 3..];
    let year: i32 = rest
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    let offset = rest
        .iter()
        .find_map(|w| chrono::FixedOffset::from_str(w).ok().or_else(|| zone_offset(w)))
        .map_or(0, |o| o.local_minus_utc());
    let local = chrono::NaiveDate::from_ymd_opt(year, month, day)?.and_time(time);
    Some(local.and_utc() - chrono::Duration::seconds(i64::from(offset)))
}

/// `+0100` or `-0530` as an offset.
fn zone_offset(word: &str) -> Option<chrono::FixedOffset> {
    let (sign, digits) = match word.as_bytes().first()? {
        b'+' => (1, &word[1..]),
        b'-' => (-1, &word[1..]),
        _ => return None,
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    chrono::FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// Whether an mbox line starting with `From ` separates two messages: after
/// a blank line (RFC 4155: each message ends with one), or bearing a date.
/// A body line that a writer failed to escape (`From here on, …`) after
/// text is not one.
fn is_separator(line: &[u8], after_blank: bool) -> bool {
    line.starts_with(b"From ") && (after_blank || from_line_time(line).is_some())
}

/// A message file's headers: read up to the blank line that ends them (or
/// [`HEADER_CAP`]), never the body.
fn read_headers(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut file = crate::paths::open_regular(path)?;
    let mut buf = vec![0u8; 16 * 1024];
    let mut len = 0;
    loop {
        let n = file.read(&mut buf[len..])?;
        let searched_from = len.saturating_sub(3);
        len += n;
        if let Some(end) = header_end(&buf[searched_from..len]) {
            buf.truncate(searched_from + end);
            return Ok(buf);
        }
        if n == 0 || len >= HEADER_CAP {
            buf.truncate(len);
            return Ok(buf);
        }
        if len == buf.len() {
            buf.resize((buf.len() * 2).min(HEADER_CAP), 0);
        }
    }
}

/// Where the headers end: just after the first line break of the blank line.
fn header_end(bytes: &[u8]) -> Option<usize> {
    let lf = memchr::memmem::find(bytes, b"\n\n").map(|i| i + 1);
    let crlf = memchr::memmem::find(bytes, b"\n\r\n").map(|i| i + 1);
    match (lf, crlf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;
    use crate::config::Settings;
    use crate::model::ContactFields;
    use crate::store::Store;
    use crate::time::Clock;
    use proptest::strategy::Strategy;
    use std::io::Write;

    fn app() -> App {
        let mut settings = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        settings.user.emails = vec!["me@example.org".into()];
        let now = crate::time::tests::utc("2026-11-04T10:00:00Z");
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        store
            .transact(|tx| {
                let f = ContactFields {
                    name: Some("Sara Lee".into()),
                    emails: Some(vec!["sara@northwind.example".into()]),
                    ..ContactFields::default()
                };
                tx.insert_contact(&f, "manual", None, now)
            })
            .unwrap_or_else(|e| panic!("{e}"));
        App::with(settings, Clock::Pinned(now), store, "test".into())
    }

    fn mbox_message(id: &str) -> String {
        format!(
            "From sara@northwind.example Mon Nov  2 08:00:00 2026\nFrom: sara@northwind.example\nTo: me@example.org\n\
             Subject: {id}\nMessage-ID: <{id}@x>\n\nbody of {id}\n\n"
        )
    }

    fn append(path: &Path, text: &str) {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .unwrap_or_else(|e| panic!("{e}"));
        f.write_all(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }

    /// A growing mbox read from where it was left: each call reads the new
    /// messages and the last one again; a message whose headers are still
    /// being written waits; a file rewritten is read again whole.
    #[test]
    fn a_growing_mbox_is_read_from_where_it_was_left() {
        let mut app = app();
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("inbox.mbox");
        append(&path, &(mbox_message("one") + &mbox_message("two")));
        let lines = std::cell::RefCell::new(Vec::<String>::new());
        let mut report = |l: &str| lines.borrow_mut().push(l.to_string());
        let (sum, end) = app
            .import_mbox_from(&path, 0, &mut report)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((sum.messages, sum.interactions_added), (2, 2));
        let two_at = mbox_message("one").len() as u64;
        assert_eq!(end, two_at);

        // A delivery in progress: its headers have not ended.
        append(
            &path,
            "From sara@northwind.example Mon Nov  2 09:00:00 2026\nFrom: sara@northwind.example\n",
        );
        let (sum, end2) = app
            .import_mbox_from(&path, end, &mut report)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((sum.messages, sum.interactions_added, sum.already_imported), (1, 0, 1));
        let three_at = two_at + mbox_message("two").len() as u64;
        assert_eq!(end2, three_at);
        append(
            &path,
            "To: me@example.org\nSubject: three\nMessage-ID: <three@x>\n\nbody\n\n",
        );
        let (sum, end3) = app
            .import_mbox_from(&path, end2, &mut report)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((sum.messages, sum.interactions_added), (1, 1));
        assert_eq!(end3, three_at);
        assert!(lines.borrow().is_empty(), "{lines:?}");

        // Compacted by a mail client: the offset is no longer a message's start.
        std::fs::write(&path, mbox_message("two")).unwrap_or_else(|e| panic!("{e}"));
        let (sum, end4) = app
            .import_mbox_from(&path, end3, &mut report)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((sum.messages, sum.interactions_added, sum.already_imported), (1, 0, 1));
        assert_eq!(end4, 0);
        let lines = lines.borrow();
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].ends_with("changed since it was last read; reading it again from the start"));
    }

    #[test]
    fn single_maildir_files_are_imported_and_a_vanished_one_reported() {
        let mut app = app();
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("1762160000.M1P1.host");
        std::fs::write(
            &file,
            "From: Me <me@example.org>\nTo: sara@northwind.example\nSubject: hi\nDate: Tue, 3 Nov 2026 11:00:00 +0000\n\nbody",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let gone = dir.path().join("gone");
        let mut lines = Vec::new();
        let sum = app
            .import_mail_files(&[file.clone(), gone], &mut |l: &str| lines.push(l.to_string()))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((sum.messages, sum.interactions_added, sum.unreadable), (2, 1, 1));
        assert_eq!(lines.len(), 1);
        assert!(lines[0].contains("gone: "), "{lines:?}");
        let again = app
            .import_mail_files(&[file], &mut |_: &str| {})
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((again.interactions_added, again.already_imported), (0, 1));
        let s = app.store_for_tests().db().summary(1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.out_after_response, 1, "summaries follow");
    }

    #[test]
    fn a_broken_or_future_date_falls_back_to_the_delivery_time() {
        let parser = MessageParser::new();
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let delivered = DateTime::from_timestamp(1_700_000_000, 0);
        for date in ["Date: not a date\n", "Date: Mon, 1 Jan 2103 00:00:00 +0000\n", ""] {
            let head = format!("From: a@b\n{date}\n");
            let msg = parser
                .parse_headers(head.as_bytes())
                .unwrap_or_else(|| panic!("{date}"));
            assert_eq!(message_time(&msg, delivered, now), delivered, "{date}");
            assert_eq!(message_time(&msg, None, now), None, "{date}");
        }
        let msg = parser
            .parse_headers(b"From: a@b\nDate: Tue, 3 Nov 2026 11:00:00 +0100\n\n".as_slice())
            .unwrap_or_else(|| panic!("parse"));
        assert_eq!(
            message_time(&msg, delivered, now).map(|t| t.to_rfc3339()),
            Some("2026-11-03T10:00:00+00:00".into())
        );
    }

    /// Messages as an mboxrd writer stores them: a body line that starts
    /// with `From ` (after any `>`) gets one more `>`.
    fn mboxrd(messages: &[(String, Vec<String>)]) -> String {
        let mut out = String::new();
        for (subject, body) in messages {
            out += &format!("From sara@northwind.example Mon Nov  2 08:00:00 2026\nSubject: {subject}\n\n");
            for line in body {
                if line.trim_start_matches('>').starts_with("From ") {
                    out.push('>');
                }
                out += line;
                out.push('\n');
            }
            out.push('\n');
        }
        out
    }

    fn subjects_from(text: &str, start: u64, hold: bool) -> (Vec<String>, u64) {
        let mut subjects = Vec::new();
        let end = read_mbox(
            &text.as_bytes()[start as usize..],
            "t.mbox",
            start,
            hold,
            &mut |head, _, _| {
                let head = String::from_utf8_lossy(head);
                subjects.push(head.trim_end().trim_start_matches("Subject: ").to_string());
                Ok(())
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
        (subjects, end)
    }

    proptest::proptest! {
        /// Whatever the bodies hold (lines starting with `From `, `>From `,
        /// blank lines), an mboxrd file gives back each message once, and
        /// reading again from the offset returned gives the last one again
        /// and nothing else.
        #[test]
        fn an_mbox_gives_back_each_message_once(
            messages in proptest::collection::vec(
                (
                    "[a-z]{1,8}",
                    proptest::collection::vec(
                        proptest::prop_oneof!["", "From here on", ">From quoted", ">>From x", "From a@b Mon Nov  2 08:00:00 2026", "text"]
                            .prop_map(String::from),
                        0..6,
                    ),
                ),
                1..6,
            )
        ) {
            let text = mboxrd(&messages);
            let want: Vec<String> = messages.iter().map(|(s, _)| s.clone()).collect();
            let (got, end) = subjects_from(&text, 0, false);
            proptest::prop_assert_eq!(&got, &want);
            let (again, end2) = subjects_from(&text, end, true);
            proptest::prop_assert_eq!(again, want[want.len() - 1..].to_vec());
            proptest::prop_assert_eq!(end, end2);
        }
    }

    #[test]
    fn maildir_names_give_flags_and_delivery_time() {
        assert_eq!(maildir_flags("1700000000.M1P2.host,S=12:2,DS"), "DS");
        assert_eq!(maildir_flags("1700000000.M1P2.host"), "");
        assert_eq!(
            maildir_time("1700000000.M1P2.host:2,S").map(|t| t.to_rfc3339()),
            Some("2023-11-14T22:13:20+00:00".into())
        );
        assert_eq!(maildir_time("msg-1:2,S"), None);
    }

    #[test]
    fn separator_lines_give_a_date() {
        let t = from_line_time(b"From sara@example.org Thu Nov  5 10:00:00 2026\n");
        assert_eq!(t.map(|t| t.to_rfc3339()), Some("2026-11-05T10:00:00+00:00".into()));
        // Gmail's Takeout writes a zone before the year.
        let t = from_line_time(b"From 1781234567890@xxx Thu Nov 05 10:00:00 +0100 2026\r\n");
        assert_eq!(t.map(|t| t.to_rfc3339()), Some("2026-11-05T09:00:00+00:00".into()));
        assert_eq!(from_line_time(b"From MAILER-DAEMON garbage\n"), None);
        assert_eq!(from_line_time(b"From here on we meet on Nov 31\n"), None);
        assert!(is_separator(b"From here on\n", true));
        assert!(!is_separator(b"From here on\n", false));
        assert!(is_separator(b"From a@b Thu Nov  5 10:00:00 2026\n", false));
        assert!(!is_separator(b">From a@b Thu Nov  5 10:00:00 2026\n", true));
    }

    #[test]
    fn headers_end_at_the_first_blank_line() {
        assert_eq!(header_end(b"A: 1\nB: 2\n\nbody\n\n"), Some(10));
        assert_eq!(header_end(b"A: 1\r\n\r\nbody"), Some(6));
        assert_eq!(header_end(b"A: 1\n"), None);
    }
}
