//! Imports: LinkedIn's data export, vCard files, and tend's own JSON backup.
//!
//! Every import pushes its records into a [`sink::Sink`] that `app` hands
//! it, in one transaction: a bad row is reported and
//! skipped (or, with `strict`, fails the whole import), and a crash or a
//! `kill -9` half-way leaves the database as it was. CSV files are streamed
//! row by row, so memory does not grow with the size of the file.

pub mod csvin;
pub mod dates;
pub mod json;
pub mod linkedin;
mod progress;
pub mod sink;
pub mod vcard;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::{Cadence, Contact, ContactId, has_visible};
use crate::paths::open_regular;
use crate::text::numbers::{count, thousands};

pub use progress::Progress;
use sink::Sink;

/// What an import needs besides the file.
#[derive(Debug, Clone)]
pub struct Options {
    /// Import nothing when any row is bad.
    pub strict: bool,
    /// Cadence for the contacts the import creates (`None`: cadence `none`).
    pub cadence: Option<Cadence>,
    /// The user's zone: dates without a zone in old exports are read in it.
    pub tz: Tz,
    /// Stamped on every record made.
    pub now: DateTime<Utc>,
    /// `[user] name`: tells the user's messages from the others'.
    pub user_name: String,
    /// Draw a progress bar on stderr (only when it is a terminal).
    pub progress: bool,
}

/// A row that could not be imported: reported as `line N: 'value': why`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BadRow {
    pub file: String,
    pub line: u64,
    pub value: String,
    pub why: String,
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: '{}': {} (in {})",
            self.line,
            shown(&self.value),
            self.why,
            self.file
        )
    }
}

/// A value as quoted in a message: one line, at most 60 characters.
pub fn shown(value: &str) -> String {
    let one_line: String = value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut out: String = one_line.chars().take(60).collect();
    if one_line.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// What an import did, for the summary line and `--json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Outcome {
    pub source: &'static str,
    /// The files read, in the order they were imported.
    pub files: Vec<String>,
    pub contacts_added: u64,
    pub contacts_updated: u64,
    pub interactions_added: u64,
    pub events_added: u64,
    /// Bad rows, reported on stderr and skipped.
    pub rows_skipped: u64,
    /// Messages and invitations with people who are not among the contacts.
    pub not_contacts: u64,
    /// Sponsored messages (advertising) and unsent drafts, left out.
    pub sponsored_skipped: u64,
    pub drafts_skipped: u64,
    /// Who the user is in the messages, when messages were read.
    pub user: Option<String>,
}

impl Outcome {
    pub fn new(source: &'static str) -> Outcome {
        Outcome {
            source,
            ..Outcome::default()
        }
    }

    /// The human summary line(s).
    pub fn summary(&self) -> String {
        let mut parts = vec![
            count(self.contacts_added, "contact", "contacts") + " added",
            format!("{} updated", thousands(self.contacts_updated)),
            count(self.interactions_added, "interaction", "interactions") + " added",
        ];
        if self.events_added > 0 {
            parts.push(count(self.events_added, "event", "events") + " added");
        }
        let (one, many) = if self.source == "vcard" {
            ("bad card", "bad cards")
        } else {
            ("bad row", "bad rows")
        };
        parts.push(count(self.rows_skipped, one, many) + " skipped");
        let from = if self.files.is_empty() {
            String::new()
        } else {
            format!(" from {}", self.files.join(", "))
        };
        let mut text = format!("Imported{from}: {}.\n", parts.join(", "));
        let mut left = Vec::new();
        if self.not_contacts > 0 {
            left.push(format!(
                "{} with people who are not among your contacts",
                count(self.not_contacts, "message or invitation", "messages or invitations")
            ));
        }
        if self.sponsored_skipped > 0 {
            left.push(count(self.sponsored_skipped, "sponsored message", "sponsored messages"));
        }
        if self.drafts_skipped > 0 {
            left.push(count(self.drafts_skipped, "unsent draft", "unsent drafts"));
        }
        if !left.is_empty() {
            text.push_str(&format!("Left out {}.\n", left.join("; ")));
        }
        text
    }
}

/// Fails an import in which every one of `read` rows (or cards) was bad: a
/// file of the wrong kind, or from an export tend does not know, is not a
/// success with nothing in it.
pub fn fail_if_all_bad(bad: u64, read: u64, one: &str, many: &str, path: &Path) -> Result<()> {
    if bad > 0 && bad >= read {
        return Err(Error::Failed(format!(
            "every {one} of '{}' is bad ({}); nothing was imported",
            path.display(),
            count(bad, &format!("bad {one}"), &format!("bad {many}"))
        )));
    }
    Ok(())
}

/// Reads the start of `input` and rejects what is not text at all before
/// anything is parsed (see [`sniff_text`]). Leading blank lines are skipped
/// whatever their length: a file is empty only when nothing else follows.
pub fn sniff_reader(input: &mut dyn Read, name: &str, what: &str) -> Result<()> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let mut chunk = vec![0u8; SNIFF_BYTES];
    while head.len() < SNIFF_BYTES {
        let n = match input.read(&mut chunk[..SNIFF_BYTES - head.len()]) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::io(format!("cannot read '{name}'"), e)),
        };
        let got = &chunk[..n];
        // Blank lines before any text take no room in the sample.
        let from = if head.is_empty() {
            got.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(n)
        } else {
            0
        };
        head.extend_from_slice(&got[from..]);
    }
    sniff_text(&head, name, what)
}

/// The regular file at `path`, sniffed (see [`sniff_reader`]) and rewound:
/// what an importer reads. `name` is the file as messages name it.
pub fn open_sniffed(path: &Path, name: &str, what: &str) -> Result<File> {
    use std::io::{Seek, SeekFrom};
    let cannot = |e: std::io::Error| Error::io_at("cannot read", path, e);
    let mut file = open_regular(path).map_err(cannot)?;
    sniff_reader(&mut file, name, what)?;
    file.seek(SeekFrom::Start(0)).map_err(cannot)?;
    Ok(file)
}

/// Reads one line (up to and with its `\n`) from `reader` into `line`,
/// keeping at most `cap` bytes of it: the rest is read and dropped, so that
/// memory does not follow the longest line (a 1 GB one-line mail body).
/// Returns the bytes read, and whether the line was cut.
pub fn read_line_capped(
    reader: &mut impl std::io::BufRead,
    line: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<(usize, bool)> {
    let (mut read, mut cut) = (0, false);
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok((read, cut));
        }
        let (used, ended) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        let keep = used.min(cap.saturating_sub(line.len()));
        line.extend_from_slice(&buf[..keep]);
        cut |= keep < used;
        reader.consume(used);
        read += used;
        if ended {
            return Ok((read, cut));
        }
    }
}

/// How much of a file [`sniff_reader`] looks at.
const SNIFF_BYTES: usize = 8192;

/// Rejects what is not text at all before anything is parsed: an empty
/// file, binary data, UTF-16, or bytes that are not UTF-8.
pub fn sniff_text(head: &[u8], name: &str, what: &str) -> Result<()> {
    let fail = |why: &str| {
        Err(Error::Failed(format!(
            "'{name}' {why}: expected {what}; nothing was imported"
        )))
    };
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return fail("is empty");
    }
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return fail("is UTF-16 text (re-save it as UTF-8)");
    }
    if head.contains(&0) {
        return fail("is binary data, not text");
    }
    match std::str::from_utf8(head) {
        Ok(_) => Ok(()),
        // A character cut in two at the end of the sample is fine.
        Err(e) if e.error_len().is_none() => Ok(()),
        Err(e) => fail(&format!(
            "is not UTF-8 text (byte {} is invalid; re-save it as UTF-8)",
            e.valid_up_to() + 1
        )),
    }
}

/// A name as imports store it: on one line (a vCard's FN may hold a line
/// break), or why it is not one.
pub fn import_name(raw: &str) -> std::result::Result<String, &'static str> {
    if !has_visible(raw) {
        return Err("no name (only spaces or invisible characters)");
    }
    Ok(raw
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" "))
}

/// Whether `s` (trimmed) can be an e-mail address: something, `@`, a host,
/// no spaces. The rule of `tend add --email`.
pub fn is_email(s: &str) -> bool {
    let t = s.trim();
    t.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && !host.is_empty() && !host.contains('@') && !t.contains(char::is_whitespace)
    })
}

/// A cell's text, or `None` when blank: empty, spaces, or a spreadsheet's `NA`.
pub fn blank(s: &str) -> Option<&str> {
    let t = s.trim();
    match t {
        "" | "NA" | "N/A" | "n/a" | "#N/A" => None,
        _ => Some(t),
    }
}

/// Decodes `%XX` escapes; text whose escapes do not form UTF-8 is kept as it is.
pub fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .map_or_else(|_| s.to_string(), std::borrow::Cow::into_owned)
}

/// A profile URL in one canonical form, so that the same person is found
/// whatever the export wrote: percent-decoded, lower case, `https://`, no
/// query, fragment or trailing slash, and LinkedIn's country hosts
/// (`uk.linkedin.com`) and bare `linkedin.com` as `www.linkedin.com`.
/// `None` when it is not a web address.
pub fn normalize_url(raw: &str) -> Option<String> {
    // Most URLs of an export already have the normal form: a million
    // messages name a few thousand people.
    if let Some(path) = raw.strip_prefix("https://www.linkedin.com/")
        && !path.is_empty()
        && !path.ends_with('/')
        && path
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b.is_ascii_uppercase() && !matches!(b, b'%' | b'?' | b'#'))
    {
        return Some(raw.to_string());
    }
    normalize_url_fully(raw)
}

/// [`normalize_url`] without its shortcut.
fn normalize_url_fully(raw: &str) -> Option<String> {
    let decoded = percent_decode(raw.trim()).to_lowercase();
    let rest = decoded
        .strip_prefix("https://")
        .or_else(|| decoded.strip_prefix("http://"))
        .or_else(|| decoded.starts_with("www.").then_some(decoded.as_str()))
        .or_else(|| decoded.starts_with("linkedin.com/").then_some(decoded.as_str()))?;
    let rest = rest.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.is_empty() || host.contains(char::is_whitespace) || path.contains(char::is_whitespace) {
        return None;
    }
    let host = if host == "linkedin.com" || host.ends_with(".linkedin.com") {
        "www.linkedin.com"
    } else {
        host
    };
    Some(if path.is_empty() {
        format!("https://{host}")
    } else {
        format!("https://{host}/{path}")
    })
}

/// Whether a (normalized) URL is a LinkedIn member profile.
pub fn is_linkedin_profile(url: &str) -> bool {
    url.starts_with("https://www.linkedin.com/in/")
}

/// A name for matching: lower case, single spaces.
pub fn name_key(name: &str) -> String {
    // Most names are ASCII words with single spaces: one copy, lowered.
    let b = name.as_bytes();
    let tidy = name.is_ascii()
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(|w| w == b"  ")
        && !b.iter().any(|c| (9..=13).contains(c));
    if tidy {
        return name.to_ascii_lowercase();
    }
    name_key_read(name)
}

/// [`name_key`] of any text.
fn name_key_read(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A stable key from a record's identity: the same parts give the same key
/// on every machine and in every version (SHA-1, not `std`'s hasher).
pub fn stable_key(prefix: &str, parts: &[&str]) -> String {
    format!("{prefix}:{}", &sha1_hex(parts)[..32])
}

/// A stable key whose first characters come from `group` (a conversation):
/// the rows of one conversation, which exports write together, then land
/// next to each other in the key index, which keeps a million-row import
/// within the page cache. 8 + 16 hex digits: 96 bits.
pub fn grouped_key(prefix: &str, group: &str, parts: &[&str]) -> String {
    format!("{prefix}:{}{}", &sha1_hex(&[group])[..8], &sha1_hex(parts)[..16])
}

fn sha1_hex(parts: &[&str]) -> String {
    let mut h = sha1_smol::Sha1::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0x1f]);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(40);
    for b in h.digest().bytes() {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
    }
    out
}

/// The contacts already in the database, indexed the ways imports find
/// people: by profile URL, by e-mail, by name (unique names only) and by
/// name and company. Bounded by the number of contacts, not rows.
#[derive(Debug, Default)]
pub struct Directory {
    by_url: HashMap<String, ContactId>,
    by_email: HashMap<String, ContactId>,
    /// `None` when two contacts share the name.
    by_name: HashMap<String, Option<ContactId>>,
    by_name_company: HashMap<String, ContactId>,
}

impl Directory {
    pub fn load(sink: &mut dyn Sink) -> Result<Directory> {
        let mut d = Directory::default();
        for c in sink.contacts()? {
            d.add(&c);
        }
        Ok(d)
    }

    pub fn add(&mut self, c: &Contact) {
        self.add_parts(c.id, &c.name, c.url.as_deref(), &c.emails, c.company.as_deref());
    }

    /// Applies `changes` to the existing contact `c` and indexes what it
    /// gained; whether anything changed.
    pub fn update(
        &mut self,
        sink: &mut dyn Sink,
        c: &Contact,
        changes: &crate::model::ContactFields,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        if changes.is_empty() {
            return Ok(false);
        }
        sink.update_contact(c.id, changes, now)?;
        self.add_parts(
            c.id,
            &c.name,
            changes.url.as_deref(),
            changes.emails.as_deref().unwrap_or_default(),
            changes.company.as_deref(),
        );
        Ok(true)
    }

    pub fn add_parts(
        &mut self,
        id: ContactId,
        name: &str,
        url: Option<&str>,
        emails: &[String],
        company: Option<&str>,
    ) {
        if let Some(u) = url.and_then(normalize_url) {
            self.by_url.entry(u).or_insert(id);
        }
        for e in emails.iter().filter_map(|e| blank(e)) {
            self.by_email.entry(e.to_lowercase()).or_insert(id);
        }
        let key = name_key(name);
        self.by_name_company
            .entry(name_company_key(&key, company))
            .or_insert(id);
        self.by_name
            .entry(key)
            .and_modify(|v| {
                if *v != Some(id) {
                    *v = None
                }
            })
            .or_insert(Some(id));
    }

    pub fn by_url(&self, normalized: &str) -> Option<ContactId> {
        self.by_url.get(normalized).copied()
    }

    pub fn by_email(&self, email: &str) -> Option<ContactId> {
        self.by_email.get(&email.trim().to_lowercase()).copied()
    }

    /// The contact with any of these addresses (the first address that
    /// finds one wins).
    pub fn by_any_email(&self, emails: &[String]) -> Option<ContactId> {
        emails.iter().find_map(|e| self.by_email(e))
    }

    /// The one contact with this name, if exactly one has it.
    pub fn by_name(&self, name: &str) -> Option<ContactId> {
        self.by_name.get(&name_key(name)).copied().flatten()
    }

    pub fn by_name_company(&self, name: &str, company: Option<&str>) -> Option<ContactId> {
        self.by_name_company
            .get(&name_company_key(&name_key(name), company))
            .copied()
    }
}

/// The addresses a contact has plus those an import found that it lacks
/// (compared without regard to case), or `None` when it lacks none.
pub fn merged_emails(have: &[String], found: &[String]) -> Option<Vec<String>> {
    let known = |e: &str| have.iter().any(|h| h.trim().eq_ignore_ascii_case(e.trim()));
    let new: Vec<&String> = found.iter().filter(|e| blank(e).is_some() && !known(e)).collect();
    if new.is_empty() {
        return None;
    }
    Some(have.iter().chain(new).cloned().collect())
}

fn name_company_key(name: &str, company: Option<&str>) -> String {
    format!("{name}|{}", company.and_then(blank).map(name_key).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The shortcut for URLs already normal gives what the full way gives.
        #[test]
        fn normalize_url_shortcut_agrees(path in "[a-zA-Z0-9/%?#._~-]{0,24}", scheme in 0usize..3) {
            let raw = format!("{}{path}", ["https://www.linkedin.com/", "https://www.linkedin.com/in/", "http://linkedin.com/in/"][scheme]);
            proptest::prop_assert_eq!(super::normalize_url(&raw), super::normalize_url_fully(&raw));
        }
    }

    use super::*;

    proptest::proptest! {
        /// The shortcut for tidy names gives the key the full reading gives.
        #[test]
        fn name_keys_are_read_alike(name in "[ -~\t\n\x0b\x0c\r]{0,24}") {
            proptest::prop_assert_eq!(name_key(&name), name_key_read(&name));
        }
    }

    #[test]
    fn urls_are_found_whatever_the_export_wrote() {
        let want = Some("https://www.linkedin.com/in/josé-garcía".to_string());
        assert_eq!(
            normalize_url("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/"),
            want
        );
        assert_eq!(
            normalize_url("http://linkedin.com/in/Jos%C3%A9-Garc%C3%ADa?trk=x"),
            want
        );
        assert_eq!(normalize_url("https://es.linkedin.com/in/josé-garcía#top"), want);
        assert_eq!(normalize_url("www.linkedin.com/in/josé-garcía"), want);
        assert_eq!(normalize_url("not a url"), None);
        assert_eq!(normalize_url("mailto:x@y.z"), None);
        // A lone % or a bad escape is kept as written.
        assert_eq!(
            normalize_url("https://example.org/100%"),
            Some("https://example.org/100%".into())
        );
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%FF"), "%FF");
    }

    #[test]
    fn blanks_include_spreadsheet_na() {
        assert_eq!(blank(" NA "), None);
        assert_eq!(blank("N/A"), None);
        assert_eq!(blank("  "), None);
        assert_eq!(blank(" Nadia "), Some("Nadia"));
    }

    #[test]
    fn sniffing_names_what_is_wrong() {
        let err = |b: &[u8]| sniff_text(b, "f.csv", "a CSV file").unwrap_err().to_string();
        assert!(err(b"").contains("is empty"));
        assert!(err(b"\n \r\n").contains("is empty"));
        assert!(err(b"PK\x03\x04\x00\x00").contains("binary"));
        assert!(err(b"\xff\xfeF\x00i\x00").contains("UTF-16"));
        assert!(err(b"First Name,Caf\xe9\n").contains("not UTF-8"));
        assert!(sniff_text("First,Café".as_bytes(), "f.csv", "x").is_ok());
        // A multi-byte character cut at the end of the sample.
        assert!(sniff_text(&"é".as_bytes()[..1], "f.csv", "x").is_ok());
    }

    #[test]
    fn keys_are_stable() {
        // SHA-1 of "a\x1fb\x1f": the same on every machine and release.
        assert_eq!(stable_key("li", &["a", "b"]), "li:f576d666b72583639cb432fdb327f36f");
        assert_ne!(stable_key("li", &["ab", ""]), stable_key("li", &["a", "b"]));
        let k = grouped_key("lm", "conv", &["a", "b"]);
        assert_eq!(k, grouped_key("lm", "conv", &["a", "b"]));
        assert_eq!(&k[..11], &grouped_key("lm", "conv", &["c"])[..11]);
        assert_eq!(&k[11..], "f576d666b7258363");
    }

    #[test]
    fn a_long_line_is_read_whole_and_kept_in_part() {
        let text = format!("{}\nnext\nlast", "x".repeat(1 << 20));
        let mut reader = std::io::BufReader::with_capacity(4096, text.as_bytes());
        let mut line = Vec::new();
        assert_eq!(
            read_line_capped(&mut reader, &mut line, 100).unwrap(),
            ((1 << 20) + 1, true)
        );
        assert_eq!(line, vec![b'x'; 100]);
        line.clear();
        assert_eq!(read_line_capped(&mut reader, &mut line, 100).unwrap(), (5, false));
        assert_eq!(line, b"next\n");
        line.clear();
        assert_eq!(read_line_capped(&mut reader, &mut line, 100).unwrap(), (4, false));
        assert_eq!(line, b"last");
        line.clear();
        assert_eq!(read_line_capped(&mut reader, &mut line, 100).unwrap(), (0, false));
    }

    #[test]
    fn names_need_something_to_show_and_one_line() {
        assert_eq!(
            import_name("\u{200b}\u{200c} \u{feff}"),
            Err("no name (only spaces or invisible characters)")
        );
        assert_eq!(import_name("Ana\nCosta"), Ok("Ana Costa".to_string()));
        assert_eq!(import_name(" Ana \r\n Costa "), Ok("Ana Costa".to_string()));
        assert_eq!(import_name("李"), Ok("李".to_string()));
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
