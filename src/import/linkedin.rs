//! `tend import linkedin PATH`: LinkedIn's data export (the zip, its folder,
//! or one CSV file). `Connections.csv` gives contacts, `Invitations.csv`
//! connection notes, `messages.csv` (or the old `Messages.csv`) messages;
//! `Profile.csv` names the user. Columns are found by their header names.

use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use super::csvin::{Row, Table};
use super::dates::{DATE_FORMATS, INSTANT_FORMATS, parse_date, parse_instant};
use super::sink::{Load, Sink, Size};
use super::{
    BadRow, Directory, Options, Outcome, Progress, grouped_key, name_key, normalize_url, sniff_reader, stable_key,
};
use crate::error::{Error, Result};
use crate::model::ContactFields;
use crate::model::{Cadence, Channel, ContactId, Direction, Found};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    Profile,
    Connections,
    Invitations,
    Messages,
}

impl Kind {
    fn from_file_name(name: &str) -> Option<Kind> {
        match name.to_ascii_lowercase().as_str() {
            "profile.csv" => Some(Kind::Profile),
            "connections.csv" => Some(Kind::Connections),
            "invitations.csv" => Some(Kind::Invitations),
            "messages.csv" => Some(Kind::Messages),
            _ => None,
        }
    }
}

enum Place {
    File(PathBuf),
    Zip(usize),
}

/// The files of an export, wherever they are.
struct Export {
    zip: Option<zip::ZipArchive<BufReader<File>>>,
    files: Vec<(Kind, Place, String)>,
}

fn base_name(p: &str) -> &str {
    p.rsplit(['/', '\\']).next().unwrap_or(p)
}

impl Export {
    fn locate(path: &Path) -> Result<Export> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io_at("cannot read", path, e))?;
        let mut export = Export {
            zip: None,
            files: Vec::new(),
        };
        if meta.is_dir() {
            export.scan_dir(path)?;
            if export.files.iter().all(|(k, ..)| *k == Kind::Profile) {
                // The zip unpacked into a folder of its own.
                let mut subdirs: Vec<PathBuf> = read_dir(path)?.into_iter().filter(|p| p.is_dir()).collect();
                subdirs.sort();
                for d in subdirs {
                    export.scan_dir(&d)?;
                }
            }
        } else if is_zip(path)? {
            let file = crate::paths::open_regular(path).map_err(|e| Error::io_at("cannot open", path, e))?;
            let mut zip = zip::ZipArchive::new(BufReader::new(file))
                .map_err(|e| Error::Failed(format!("'{}' is not a readable zip file: {e}", path.display())))?;
            let mut found: HashMap<Kind, (usize, usize, String)> = HashMap::new();
            for i in 0..zip.len() {
                let entry = zip
                    .by_index(i)
                    .map_err(|e| Error::Failed(format!("cannot read '{}': {e}", path.display())))?;
                if entry.is_dir() {
                    continue;
                }
                // A name that is not UTF-8 is none of the export's files.
                let Ok(name) = entry.name().map(|n| n.into_owned()) else {
                    continue;
                };
                if let Some(kind) = Kind::from_file_name(base_name(&name)) {
                    // The shallowest copy wins.
                    let depth = name.matches('/').count();
                    if found.get(&kind).is_none_or(|(d, ..)| depth < *d) {
                        found.insert(kind, (depth, i, name));
                    }
                }
            }
            for (kind, (_, i, name)) in found {
                export.files.push((kind, Place::Zip(i), name));
            }
            export.zip = Some(zip);
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let kind = Kind::from_file_name(&name).unwrap_or(Kind::Connections);
            export.files.push((kind, Place::File(path.to_path_buf()), name));
        }
        if export.files.iter().all(|(k, ..)| *k == Kind::Profile) {
            return Err(Error::Failed(format!(
                "found no Connections.csv, messages.csv or Invitations.csv in '{}': expected LinkedIn's data export \
                 (the zip, its unpacked folder, or Connections.csv)",
                path.display()
            )));
        }
        export.files.sort_by_key(|(k, ..)| *k);
        Ok(export)
    }

    fn scan_dir(&mut self, dir: &Path) -> Result<()> {
        for p in read_dir(dir)? {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Some(kind) = Kind::from_file_name(&name)
                && p.is_file()
                && !self.has(kind)
            {
                self.files.push((kind, Place::File(p), name));
            }
        }
        Ok(())
    }

    fn has(&self, kind: Kind) -> bool {
        self.files.iter().any(|(k, ..)| *k == kind)
    }

    /// Runs `f` on the file's bytes, its size and its name; `None` when the
    /// export has no such file.
    fn open<T>(&mut self, kind: Kind, f: impl FnOnce(&mut dyn Read, u64, &str) -> Result<T>) -> Result<Option<T>> {
        let Some((_, place, name)) = self.files.iter().find(|(k, ..)| *k == kind) else {
            return Ok(None);
        };
        match place {
            Place::File(p) => {
                let file = crate::paths::open_regular(p).map_err(|e| Error::io_at("cannot open", p, e))?;
                let size = file.metadata().map(|m| m.len()).unwrap_or(0);
                f(&mut BufReader::with_capacity(1 << 16, file), size, name).map(Some)
            }
            Place::Zip(i) => {
                let zip = self
                    .zip
                    .as_mut()
                    .ok_or_else(|| Error::Failed("the zip file is no longer open".into()))?;
                let mut entry = zip
                    .by_index(*i)
                    .map_err(|e| Error::Failed(format!("cannot read '{name}' in the zip: {e}")))?;
                let size = entry.size();
                f(&mut entry, size, name).map(Some)
            }
        }
    }

    /// One clear error for a file that is not text at all, before anything is read.
    fn sniff_all(&mut self) -> Result<()> {
        let kinds: Vec<Kind> = self.files.iter().map(|(k, ..)| *k).collect();
        for kind in kinds {
            self.open(kind, |r, _, name| {
                sniff_reader(r, name, "a CSV file from LinkedIn's data export")
            })?;
        }
        Ok(())
    }
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io_at("cannot read folder", dir, e))?;
    Ok(entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
}

fn is_zip(path: &Path) -> Result<bool> {
    let mut magic = [0u8; 4];
    let mut f = crate::paths::open_regular(path).map_err(|e| Error::io_at("cannot open", path, e))?;
    let n = f.read(&mut magic).map_err(|e| Error::io_at("cannot read", path, e))?;
    Ok(n == 4 && magic == *b"PK\x03\x04")
}

/// Imports an export into the store, in one transaction.
pub fn import(store: &mut impl Load, path: &Path, opts: &Options, report: &mut dyn FnMut(&BadRow)) -> Result<Outcome> {
    let mut export = Export::locate(path)?;
    export.sniff_all()?;
    let profile = export
        .open(Kind::Profile, |r, _, name| profile_name(r, name))?
        .flatten();
    // Who the user is, read before anything is written: when it cannot be
    // told, the import fails whole.
    let user = export
        .open(Kind::Messages, |r, size, name| {
            detect_user(r, size, name, profile.as_deref(), opts)
        })?
        .flatten();
    store.load(Size::Large, |sink| {
        let mut ctx = Ctx {
            dir: Directory::load(sink)?,
            sink,
            opts,
            out: Outcome::new("linkedin"),
            rows: 0,
            report,
        };
        ctx.out.user = user.as_ref().and_then(|u| u.display.clone());
        export.open(Kind::Connections, |r, size, name| ctx.connections(r, size, name))?;
        export.open(Kind::Invitations, |r, size, name| ctx.invitations(r, size, name))?;
        export.open(Kind::Messages, |r, size, name| {
            ctx.messages(r, size, name, user.as_ref())
        })?;
        let written = ctx.sink.write_staged(opts.now)?;
        ctx.out.interactions_added += written.added;
        for id in written.touched {
            ctx.sink.refresh(id, opts.now)?;
        }
        if opts.strict && ctx.out.rows_skipped > 0 {
            return Err(Error::Failed(format!(
                "{} bad {}; nothing was imported (--strict)",
                ctx.out.rows_skipped,
                if ctx.out.rows_skipped == 1 { "row" } else { "rows" }
            )));
        }
        super::fail_if_all_bad(ctx.out.rows_skipped, ctx.rows, "row", "rows", path)?;
        Ok(ctx.out)
    })
}

fn join_name(first: Option<&str>, last: Option<&str>) -> Option<String> {
    let name = [first, last].into_iter().flatten().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

fn profile_name(r: &mut dyn Read, name: &str) -> Result<Option<String>> {
    let mut t = Table::open(r, name, &["FIRST NAME", "LAST NAME"], "LinkedIn's Profile.csv")?;
    let (first, last) = (t.col(&["FIRST NAME"]), t.col(&["LAST NAME"]));
    while let Some(row) = t.next_row()? {
        if let Some(n) = join_name(row.get(first), row.get(last)) {
            return Ok(Some(n));
        }
    }
    Ok(None)
}

/// The columns of a messages file, old or new.
struct MsgCols {
    conv: Option<usize>,
    title: Option<usize>,
    from: Option<usize>,
    from_url: Option<usize>,
    to: Option<usize>,
    to_urls: Option<usize>,
    date: Option<usize>,
    subject: Option<usize>,
    content: Option<usize>,
    folder: Option<usize>,
    direction: Option<usize>,
    draft: Option<usize>,
}

const MSG_REQUIRED: &[&str] = &["FROM", "TO", "DATE", "CONTENT"];
const MSG_WHAT: &str = "LinkedIn's messages.csv";

impl MsgCols {
    fn of<R: Read>(t: &Table<R>) -> MsgCols {
        MsgCols {
            conv: t.col(&["CONVERSATION ID"]),
            title: t.col(&["CONVERSATION TITLE"]),
            from: t.col(&["FROM"]),
            from_url: t.col(&["SENDER PROFILE URL"]),
            to: t.col(&["TO"]),
            to_urls: t.col(&["RECIPIENT PROFILE URLS", "RECIPIENT PROFILE URL"]),
            date: t.col(&["DATE"]),
            subject: t.col(&["SUBJECT"]),
            content: t.col(&["CONTENT"]),
            folder: t.col(&["FOLDER"]),
            direction: t.col(&["DIRECTION"]),
            draft: t.col(&["IS MESSAGE DRAFT"]),
        }
    }
}

/// One person named in a message: a name, a profile URL, or both.
struct Person<'a> {
    name: Option<&'a str>,
    url: Option<String>,
}

struct Msg<'a> {
    conv: &'a str,
    from: Person<'a>,
    to: Vec<Person<'a>>,
    /// Every recipient's name is known (group names split reliably).
    to_names_known: bool,
    at: DateTime<Utc>,
    text: Option<&'a str>,
    /// From the old format's `Direction` column.
    direction: Option<Direction>,
}

enum Parsed<'a> {
    Msg(Msg<'a>),
    Sponsored,
    Draft,
    Blank,
}

fn bad(file: &str, line: u64, value: &str, why: impl Into<String>) -> BadRow {
    BadRow {
        file: file.to_string(),
        line,
        value: value.to_string(),
        why: why.into(),
    }
}

fn truthy(v: Option<&str>) -> bool {
    v.is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "yes" | "true" | "1"))
}

fn direction_word(v: &str) -> Option<Direction> {
    match v.to_ascii_uppercase().as_str() {
        "OUTGOING" | "SENT" | "OUT" => Some(Direction::Out),
        "INCOMING" | "RECEIVED" | "IN" => Some(Direction::In),
        _ => None,
    }
}

/// A profile URL cell: `None` when blank, a bad row when it is not a URL.
fn url_cell(v: Option<&str>, file: &str, line: u64) -> Result<Option<String>, BadRow> {
    match v {
        None => Ok(None),
        Some(u) => normalize_url(u).map(Some).ok_or_else(|| {
            bad(
                file,
                line,
                u,
                "not a profile URL; expected like 'https://www.linkedin.com/in/name'",
            )
        }),
    }
}

/// Sponsored messages are advertising: their folder or conversation title
/// says so, or the sender is a company or showcase page, not a person.
fn is_sponsored(row: &Row, c: &MsgCols) -> bool {
    let says = |col| {
        row.get(col)
            .is_some_and(|v: &str| v.to_ascii_lowercase().contains("sponsored"))
    };
    says(c.folder)
        || says(c.title)
        || row
            .get(c.from_url)
            .and_then(normalize_url)
            .is_some_and(|u| u.contains("linkedin.com/company/") || u.contains("linkedin.com/showcase/"))
}

fn parse_msg<'a>(row: &Row<'a>, c: &MsgCols, opts: &Options, file: &str) -> Result<Parsed<'a>, BadRow> {
    if row.is_empty() {
        return Ok(Parsed::Blank);
    }
    if truthy(row.get(c.draft)) {
        return Ok(Parsed::Draft);
    }
    if is_sponsored(row, c) {
        return Ok(Parsed::Sponsored);
    }
    let line = row.line;
    let from = row.get(c.from);
    let from_url = url_cell(row.get(c.from_url), file, line)?;
    if from.is_none() && from_url.is_none() {
        return Err(bad(file, line, "", "no sender (the FROM column is empty)"));
    }
    let date = row
        .get(c.date)
        .ok_or_else(|| bad(file, line, "", "no date (the DATE column is empty)"))?;
    let at = parse_instant(date, opts.tz)
        .ok_or_else(|| bad(file, line, date, format!("not a date and time; {INSTANT_FORMATS}")))?;
    let direction = match c.direction {
        None => None,
        Some(_) => {
            let v = row.get(c.direction).unwrap_or_default();
            Some(
                direction_word(v)
                    .ok_or_else(|| bad(file, line, v, "not a direction; expected INCOMING or OUTGOING"))?,
            )
        }
    };
    let names: Vec<&str> = row
        .get(c.to)
        .map(|t| t.split(',').filter_map(super::blank).collect())
        .unwrap_or_default();
    let mut urls = Vec::new();
    for u in row
        .get(c.to_urls)
        .map(|u| u.split(',').filter_map(super::blank))
        .into_iter()
        .flatten()
    {
        urls.push(url_cell(Some(u), file, line)?);
    }
    let (to, to_names_known) = if urls.is_empty() {
        (
            names
                .iter()
                .map(|n| Person {
                    name: Some(n),
                    url: None,
                })
                .collect(),
            true,
        )
    } else if urls.len() == names.len() {
        let to = names
            .iter()
            .zip(urls)
            .map(|(n, u)| Person { name: Some(n), url: u })
            .collect();
        (to, true)
    } else if urls.len() == 1 {
        // One recipient whose name has a comma in it ("Lee, Sara").
        (
            vec![Person {
                name: row.get(c.to),
                url: urls.pop().flatten(),
            }],
            true,
        )
    } else {
        (urls.into_iter().map(|u| Person { name: None, url: u }).collect(), false)
    };
    Ok(Parsed::Msg(Msg {
        conv: row.get(c.conv).unwrap_or_default(),
        from: Person {
            name: from,
            url: from_url,
        },
        to,
        to_names_known,
        at,
        text: row.get(c.content).or_else(|| row.get(c.subject)),
        direction,
    }))
}

/// Who the user is in the messages.
#[derive(Debug, Clone)]
struct User {
    key: String,
    display: Option<String>,
}

/// Reads the messages once to tell which sender is the user (cli.md): the
/// person of `Profile.csv`, else `[user] name`, else the one participant of
/// every message, whichever first appears as a sender. `None` when the
/// file says each message's direction itself (the old format) or has no
/// message. Memory grows with the number of people, not of messages.
fn detect_user(r: &mut dyn Read, size: u64, name: &str, profile: Option<&str>, opts: &Options) -> Result<Option<User>> {
    let mut progress = Progress::new(opts.progress, &format!("Reading {name}"), size);
    let mut t = Table::open(progress.reader(r), name, MSG_REQUIRED, MSG_WHAT)?;
    let cols = MsgCols::of(&t);
    if cols.direction.is_some() {
        return Ok(None);
    }
    let profile_key = profile.map(name_key);
    let config_key = Some(name_key(&opts.user_name)).filter(|k| !k.is_empty());
    let mut senders: HashSet<String> = HashSet::new();
    let mut display: HashMap<String, String> = HashMap::new();
    let mut presence: HashMap<String, u64> = HashMap::new();
    let mut common: Option<HashSet<String>> = None;
    let mut rows = 0u64;
    while let Some(row) = t.next_row()? {
        progress.tick();
        let Ok(Parsed::Msg(m)) = parse_msg(&row, &cols, opts, name) else {
            continue;
        };
        let Some(from) = m.from.name else { continue };
        let from_key = name_key(from);
        if profile_key.as_deref() == Some(from_key.as_str()) {
            return Ok(Some(User {
                key: from_key,
                display: Some(from.to_string()),
            }));
        }
        rows += 1;
        let mut here: HashSet<String> = m.to.iter().filter_map(|p| p.name.map(name_key)).collect();
        here.insert(from_key.clone());
        for k in &here {
            *presence.entry(k.clone()).or_default() += 1;
        }
        display.entry(from_key.clone()).or_insert_with(|| from.to_string());
        for p in &m.to {
            if let Some(n) = p.name {
                display.entry(name_key(n)).or_insert_with(|| n.to_string());
            }
        }
        senders.insert(from_key);
        if m.to_names_known {
            match &mut common {
                None => common = Some(here),
                Some(c) => c.retain(|k| here.contains(k)),
            }
        }
    }
    progress.finish();
    if rows == 0 {
        return Ok(None);
    }
    let pick = |key: String| {
        Some(User {
            display: display.get(&key).cloned(),
            key,
        })
    };
    // Profile.csv, then `[user] name`, name the user, who may never have
    // written (only received): the one in every message is then a contact.
    let named = [profile_key, config_key];
    if let Some(k) = named.iter().flatten().find(|k| presence.contains_key(*k)) {
        return Ok(pick(k.clone()));
    }
    // A guess only when nothing names the user: with a name that is in no
    // message, the sender in every one is as likely a contact.
    let common: Vec<String> = common
        .unwrap_or_default()
        .into_iter()
        .filter(|k| senders.contains(k))
        .collect();
    if let ([None, None], [only]) = (&named, common.as_slice()) {
        return Ok(pick(only.clone()));
    }
    // Whoever takes part in most messages, sender or not, is the likeliest.
    let mut likely: Vec<(&String, &u64)> = presence.iter().collect();
    likely.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let listed: Vec<String> = likely
        .iter()
        .take(3)
        .map(|(k, n)| {
            format!(
                "{} (in {} of {} messages)",
                display.get(*k).map_or(k.as_str(), String::as_str),
                crate::text::numbers::thousands(**n),
                crate::text::numbers::thousands(rows)
            )
        })
        .collect();
    Err(Error::Failed(format!(
        "cannot tell which sender in '{name}' is you: {}; likely candidates: {}; set [user] name in your config \
         file to your name as LinkedIn shows it, then import again; nothing was imported",
        match named {
            [None, None] => "no Profile.csv or [user] name says, and no one sender is in every message".to_string(),
            [p, c] => {
                let who: Vec<&str> = [
                    p.is_some().then_some("the person of Profile.csv"),
                    c.is_some().then_some("the [user] name"),
                ]
                .into_iter()
                .flatten()
                .collect();
                let verb = if who.len() > 1 { "are" } else { "is" };
                format!("{} {verb} in none of its messages", who.join(" and "))
            }
        },
        if listed.is_empty() {
            "none".to_string()
        } else {
            listed.join(", ")
        }
    )))
}

struct Ctx<'a, 'r> {
    /// Interactions found are staged in it, written in one sorted pass at
    /// the end; the summaries of the contacts they touch are refreshed once,
    /// after that.
    sink: &'a mut dyn Sink,
    opts: &'a Options,
    dir: Directory,
    out: Outcome,
    /// Rows read (not counting blank ones), bad ones included.
    rows: u64,
    report: &'r mut dyn FnMut(&BadRow),
}

impl Ctx<'_, '_> {
    fn bad(&mut self, b: BadRow) {
        self.out.rows_skipped += 1;
        (self.report)(&b);
    }

    /// A value left out of a row that is imported all the same.
    fn warn(&mut self, b: BadRow) {
        (self.report)(&b);
    }

    fn cadence(&self) -> Cadence {
        self.opts.cadence.unwrap_or(Cadence::None)
    }

    /// A person named in a message or an invitation, among the contacts.
    fn find(&self, p: &Person) -> Option<ContactId> {
        p.url
            .as_deref()
            .and_then(|u| self.dir.by_url(u))
            .or_else(|| p.name.and_then(|n| self.dir.by_name(n)))
    }

    fn connections(&mut self, r: &mut dyn Read, size: u64, file: &str) -> Result<()> {
        let mut progress = Progress::new(self.opts.progress, &format!("Importing {file}"), size);
        let mut t = Table::open(
            progress.reader(r),
            file,
            &["FIRST NAME", "LAST NAME"],
            "LinkedIn's Connections.csv",
        )?;
        self.out.files.push(file.to_string());
        let first = t.col(&["FIRST NAME"]);
        let last = t.col(&["LAST NAME"]);
        let url = t.col(&["URL", "PROFILE URL"]);
        let email = t.col(&["EMAIL ADDRESS", "EMAIL", "E-MAIL ADDRESS"]);
        let company = t.col(&["COMPANY"]);
        let position = t.col(&["POSITION", "TITLE"]);
        let connected = t.col(&["CONNECTED ON"]);
        while let Some(row) = t.next_row()? {
            progress.tick();
            if row.is_empty() {
                continue;
            }
            self.rows += 1;
            let line = row.line;
            if let Some(why) = row.cut {
                self.bad(bad(file, line, row.get(Some(0)).unwrap_or_default(), why));
                continue;
            }
            let Some(name) = join_name(row.get(first), row.get(last)) else {
                let value = row.get(url).unwrap_or_default().to_string();
                self.bad(bad(file, line, &value, "no name (First Name and Last Name are empty)"));
                continue;
            };
            let name = match super::import_name(&name) {
                Ok(n) => n,
                Err(why) => {
                    self.bad(bad(file, line, &name, why));
                    continue;
                }
            };
            // A cell that is no address leaves the contact without one, said.
            let address = row.get(email).filter(|e| {
                let ok = super::is_email(e);
                if !ok {
                    (self.report)(&bad(
                        file,
                        line,
                        e,
                        "not an e-mail address; the contact is imported without it",
                    ));
                }
                ok
            });
            let profile = match url_cell(row.get(url), file, line) {
                Ok(u) => u,
                Err(b) => {
                    self.bad(b);
                    continue;
                }
            };
            let today = crate::time::local_date(self.opts.now, self.opts.tz);
            let connected_on = match row.get(connected) {
                None => None,
                Some(d) => match (parse_date(d), super::dates::implausible(d)) {
                    // A day tend cannot plan from costs the date, not the contact.
                    (Some(on), _) if on > today => {
                        self.warn(bad(file, line, d, "after today: connected-on left empty"));
                        None
                    }
                    (Some(on), _) => Some(on),
                    (None, Some(why)) => {
                        self.warn(bad(file, line, d, format!("{why}: connected-on left empty")));
                        None
                    }
                    (None, None) => {
                        self.bad(bad(file, line, d, format!("not a date; {DATE_FORMATS}")));
                        continue;
                    }
                },
            };
            let fields = ContactFields {
                name: Some(one_line(&name)),
                emails: address.map(|e| vec![one_line(e)]),
                url: profile,
                company: row.get(company).map(one_line),
                role: row.get(position).map(one_line),
                connected_on,
                ..ContactFields::default()
            };
            self.upsert_connection(fields)?;
        }
        Ok(())
    }

    /// Adds a connection, or brings an existing contact up to date: company
    /// and position follow LinkedIn; e-mail, URL and date only fill blanks.
    fn upsert_connection(&mut self, mut f: ContactFields) -> Result<()> {
        let name = f.name.clone().unwrap_or_default();
        let key = match &f.url {
            Some(u) => format!("linkedin:{u}"),
            None => format!(
                "linkedin:{}|{}",
                name_key(&name),
                f.company.as_deref().map(name_key).unwrap_or_default()
            ),
        };
        let mut found = match self.sink.contact_by_key(&key)? {
            Some(id) => Some(id),
            None => f
                .url
                .as_deref()
                .and_then(|u| self.dir.by_url(u))
                .or_else(|| f.emails.as_deref().and_then(|e| self.dir.by_any_email(e))),
        };
        if found.is_none()
            && let Some(id) = self.dir.by_name_company(&name, f.company.as_deref())
        {
            // The same name at the same company with another profile URL is another person.
            let other = self
                .sink
                .contact(id)?
                .and_then(|c| c.url)
                .and_then(|u| normalize_url(&u));
            if other.is_none() || f.url.is_none() || other == f.url {
                found = Some(id);
            }
        }
        let existing = match found {
            Some(id) => self.sink.contact(id)?,
            None => None,
        };
        match existing {
            Some(c) => {
                let changes = ContactFields {
                    company: f.company.take().filter(|v| c.company.as_ref() != Some(v)),
                    role: f.role.take().filter(|v| c.role.as_ref() != Some(v)),
                    emails: f
                        .emails
                        .take()
                        .and_then(|found| super::merged_emails(&c.emails, &found)),
                    url: f.url.take().filter(|_| c.url.is_none()),
                    connected_on: f.connected_on.filter(|_| c.connected_on.is_none()),
                    ..ContactFields::default()
                };
                if self.dir.update(self.sink, &c, &changes, self.opts.now)? {
                    self.out.contacts_updated += 1;
                }
                Ok(())
            }
            None => self.insert_connection(f, key),
        }
    }

    fn insert_connection(&mut self, mut f: ContactFields, key: String) -> Result<()> {
        f.cadence = Some(Some(self.cadence()));
        let id = self.sink.add_contact(&f, "linkedin", Some(&key), self.opts.now)?;
        self.dir.add_parts(
            id,
            f.name.as_deref().unwrap_or_default(),
            f.url.as_deref(),
            f.emails.as_deref().unwrap_or_default(),
            f.company.as_deref(),
        );
        self.out.contacts_added += 1;
        Ok(())
    }

    /// Invitations with a message: connection notes (a light touch when yours).
    fn invitations(&mut self, r: &mut dyn Read, size: u64, file: &str) -> Result<()> {
        let mut progress = Progress::new(self.opts.progress, &format!("Importing {file}"), size);
        let mut t = Table::open(
            progress.reader(r),
            file,
            &["FROM", "TO", "SENT AT", "DIRECTION"],
            "LinkedIn's Invitations.csv",
        )?;
        self.out.files.push(file.to_string());
        let from = t.col(&["FROM"]);
        let to = t.col(&["TO"]);
        let sent = t.col(&["SENT AT"]);
        let message = t.col(&["MESSAGE"]);
        let direction = t.col(&["DIRECTION"]);
        let inviter = t.col(&["INVITERPROFILEURL", "INVITER PROFILE URL"]);
        let invitee = t.col(&["INVITEEPROFILEURL", "INVITEE PROFILE URL"]);
        while let Some(row) = t.next_row()? {
            progress.tick();
            self.rows += 1;
            if let Some(why) = row.cut {
                self.bad(bad(file, row.line, row.get(Some(0)).unwrap_or_default(), why));
                continue;
            }
            // An invitation without a message is not a note.
            let Some(text) = row.get(message) else { continue };
            let line = row.line;
            let dir_value = row.get(direction).unwrap_or_default();
            let Some(dir) = direction_word(dir_value) else {
                self.bad(bad(
                    file,
                    line,
                    dir_value,
                    "not a direction; expected INCOMING or OUTGOING",
                ));
                continue;
            };
            let Some(when) = row.get(sent) else {
                self.bad(bad(file, line, "", "no date (the Sent At column is empty)"));
                continue;
            };
            let Some(at) = parse_instant(when, self.opts.tz) else {
                self.bad(bad(file, line, when, format!("not a date and time; {INSTANT_FORMATS}")));
                continue;
            };
            let (name_col, url_col) = if dir == Direction::Out {
                (to, invitee)
            } else {
                (from, inviter)
            };
            let url = match url_cell(row.get(url_col), file, line) {
                Ok(u) => u,
                Err(b) => {
                    self.bad(b);
                    continue;
                }
            };
            let person = Person {
                name: row.get(name_col),
                url,
            };
            let Some(contact) = self.find(&person) else {
                self.out.not_contacts += 1;
                continue;
            };
            let key = stable_key(
                "li-invite",
                &[
                    &at.timestamp().to_string(),
                    &name_key(row.get(from).unwrap_or_default()),
                    &name_key(row.get(to).unwrap_or_default()),
                    &clean_text(text),
                ],
            );
            let note = clean_text(text);
            self.sink.stage(Found {
                contact,
                at,
                direction: dir,
                channel: Channel::Note,
                note: Some(&note),
                key: &key,
            })?;
        }
        Ok(())
    }

    fn messages(&mut self, r: &mut dyn Read, size: u64, file: &str, user: Option<&User>) -> Result<()> {
        let mut progress = Progress::new(self.opts.progress, &format!("Importing {file}"), size);
        let mut t = Table::open(progress.reader(r), file, MSG_REQUIRED, MSG_WHAT)?;
        self.out.files.push(file.to_string());
        let cols = MsgCols::of(&t);
        // The user's profile URLs, learnt from the messages they sent.
        let mut user_urls: HashSet<String> = HashSet::new();
        while let Some(row) = t.next_row()? {
            progress.tick();
            self.rows += 1;
            if let Some(why) = row.cut {
                self.bad(bad(file, row.line, row.get(Some(0)).unwrap_or_default(), why));
                continue;
            }
            let m = match parse_msg(&row, &cols, self.opts, file) {
                Ok(Parsed::Msg(m)) => m,
                Ok(Parsed::Blank) => continue,
                Ok(Parsed::Sponsored) => {
                    self.out.sponsored_skipped += 1;
                    continue;
                }
                Ok(Parsed::Draft) => {
                    self.out.drafts_skipped += 1;
                    continue;
                }
                Err(b) => {
                    self.bad(b);
                    continue;
                }
            };
            let is_user = |p: &Person, urls: &HashSet<String>| {
                user.is_some_and(|u| p.name.is_some_and(|n| name_key(n) == u.key))
                    || p.url.as_ref().is_some_and(|url| urls.contains(url))
            };
            let direction = match m.direction {
                Some(d) => d,
                None if is_user(&m.from, &user_urls) => {
                    if let Some(u) = &m.from.url {
                        user_urls.insert(u.clone());
                    }
                    Direction::Out
                }
                None => Direction::In,
            };
            let text = m.text.map(clean_text);
            let sender_key = m
                .from
                .name
                .map(name_key)
                .or_else(|| m.from.url.clone())
                .unwrap_or_default();
            let ts = m.at.timestamp().to_string();
            let base = [
                m.conv,
                ts.as_str(),
                sender_key.as_str(),
                text.as_deref().unwrap_or_default(),
            ];
            let mut matched = false;
            if direction == Direction::Out {
                let group = m.to.len() > 1;
                for p in m.to.iter().filter(|p| !is_user(p, &user_urls)) {
                    let Some(contact) = self.find(p) else { continue };
                    matched = true;
                    let key = if group {
                        let who = p.url.clone().or_else(|| p.name.map(name_key)).unwrap_or_default();
                        grouped_key("lm", m.conv, &[base[0], base[1], base[2], base[3], &who])
                    } else {
                        grouped_key("lm", m.conv, &base)
                    };
                    self.sink.stage(Found {
                        contact,
                        at: m.at,
                        direction: Direction::Out,
                        channel: Channel::Message,
                        note: text.as_deref(),
                        key: &key,
                    })?;
                }
            } else if let Some(contact) = self.find(&m.from) {
                matched = true;
                let key = grouped_key("lm", m.conv, &base);
                self.sink.stage(Found {
                    contact,
                    at: m.at,
                    direction: Direction::In,
                    channel: Channel::Message,
                    note: text.as_deref(),
                    key: &key,
                })?;
            }
            if !matched {
                self.out.not_contacts += 1;
            }
        }
        Ok(())
    }
}

/// A one-line field (a name, a company) with the line breaks some cells
/// hold turned into spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Message text as stored: a spreadsheet's CRLF line breaks as LF.
fn clean_text(s: &str) -> String {
    s.replace("\r\n", "\n").trim().to_string()
}
