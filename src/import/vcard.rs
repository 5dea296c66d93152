//! `tend import vcard FILE`: address-book exports, vCard 3.0 (Apple's and
//! Google's: grouped `item1.` lines, `X-SOCIALPROFILE`, escaped `http\:`,
//! year-less birthdays) and 4.0, parsed by calcard one card at a time.

use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty};
use chrono::NaiveDate;
use std::io::BufReader;
use std::path::Path;

use super::sink::{Load, Sink, Size};
use super::{BadRow, Directory, Options, Outcome, Progress, blank, is_linkedin_profile, name_key, normalize_url};
use crate::error::{Error, Result};
use crate::model::ContactFields;
use crate::model::{Birthday, Cadence};

/// The longest line of a card kept (a photo's line may be longer: it is
/// not kept), and the largest card.
const LINE_CAP: usize = 64 << 10;
const CARD_CAP: usize = 1 << 20;

/// Whether a card's line starts a property tend does not keep that can be
/// large (PHOTO, LOGO, SOUND, KEY: base64 data), with or without a group.
fn is_binary_property(line: &[u8]) -> bool {
    let name_end = line.iter().position(|b| matches!(b, b';' | b':')).unwrap_or(line.len());
    let name = &line[..name_end];
    let name = name.rsplit(|b| *b == b'.').next().unwrap_or(name);
    ["PHOTO", "LOGO", "SOUND", "KEY"]
        .iter()
        .any(|p| name.eq_ignore_ascii_case(p.as_bytes()))
}

/// Google's system groups, not the user's own labels.
const SYSTEM_GROUPS: &[&str] = &["mycontacts", "starred"];

pub fn import(store: &mut impl Load, path: &Path, opts: &Options, report: &mut dyn FnMut(&BadRow)) -> Result<Outcome> {
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let file = super::open_sniffed(path, &name, "a vCard file (.vcf)")?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut progress = Progress::new(opts.progress, &format!("Importing {name}"), size);
    let mut input = BufReader::new(progress.reader(file));
    store.load(Size::Small, |sink| {
        let mut ctx = Ctx {
            dir: Directory::load(sink)?,
            sink,
            opts,
            out: Outcome::new("vcard"),
            report,
            file: name.clone(),
        };
        ctx.out.files.push(name.clone());
        let mut buf = Vec::new();
        let mut block = String::new();
        let mut start: Option<u64> = None;
        let mut card_is_text = true;
        let mut line_no = 0u64;
        let mut cards = 0u64;
        // Within a card: in a property tend does not keep (a photo), and
        // why the card cannot be read, if it cannot.
        let mut in_binary = false;
        let mut too_big: Option<&str> = None;
        loop {
            buf.clear();
            let (n, cut) = super::read_line_capped(&mut input, &mut buf, LINE_CAP)
                .map_err(|e| Error::io(format!("cannot read '{name}'"), e))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let text = std::str::from_utf8(&buf);
            let line = text.unwrap_or_default().trim_end_matches(['\r', '\n']);
            match start {
                Some(first) => {
                    // A folded line continues the property before it.
                    if !line.starts_with([' ', '\t']) {
                        in_binary = is_binary_property(&buf);
                    }
                    if in_binary {
                        continue;
                    }
                    if cut {
                        too_big = Some("a line of the card is longer than 64 KiB");
                        continue;
                    }
                    card_is_text &= text.is_ok();
                    if block.len() + line.len() > CARD_CAP {
                        too_big = Some("the card is larger than 1 MiB (photos left out)");
                        continue;
                    }
                    block.push_str(line);
                    block.push('\n');
                    if line.trim().eq_ignore_ascii_case("END:VCARD") {
                        cards += 1;
                        progress.tick();
                        if let Some(why) = too_big.take() {
                            ctx.bad(first, "BEGIN:VCARD", why);
                        } else if card_is_text {
                            ctx.card(&block, first)?;
                        } else {
                            ctx.bad(first, "BEGIN:VCARD", "the card is not UTF-8 text");
                        }
                        start = None;
                    }
                }
                None if line
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case("BEGIN:VCARD") =>
                {
                    start = Some(line_no);
                    (in_binary, too_big) = (false, None);
                    card_is_text = text.is_ok();
                    block.clear();
                    block.push_str("BEGIN:VCARD\n");
                }
                // Text between cards is not part of any contact.
                None => {}
            }
        }
        if let Some(first) = start {
            cards += 1;
            ctx.bad(first, "BEGIN:VCARD", "the card has no END:VCARD");
        }
        progress.finish();
        if cards == 0 {
            return Err(Error::Failed(format!(
                "'{name}' holds no vCard (no BEGIN:VCARD line): expected a .vcf file exported from an address book; \
                 nothing was imported"
            )));
        }
        if opts.strict && ctx.out.rows_skipped > 0 {
            return Err(Error::Failed(format!(
                "{} bad {}; nothing was imported (--strict)",
                ctx.out.rows_skipped,
                if ctx.out.rows_skipped == 1 { "card" } else { "cards" }
            )));
        }
        super::fail_if_all_bad(ctx.out.rows_skipped, cards, "card", "cards", path)?;
        Ok(ctx.out)
    })
}

/// What tend keeps of a card.
#[derive(Debug, Default, PartialEq)]
struct Card {
    name: String,
    /// NICKNAME: the name to greet them by.
    greet: Option<String>,
    /// Every EMAIL, the preferred one first.
    emails: Vec<String>,
    url: Option<String>,
    linkedin: Option<String>,
    company: Option<String>,
    role: Option<String>,
    birthday: Option<Birthday>,
    note: Option<String>,
    timezone: Option<String>,
    tags: Vec<String>,
    uid: Option<String>,
    /// Values left out (an address that is no address, a zone tend does not
    /// know, a birth year out of range), each with why: said, not silent.
    left_out: Vec<(String, String)>,
}

fn text_of(e: &VCardEntry) -> Option<&str> {
    e.values.first().and_then(|v| v.as_text()).and_then(blank)
}

fn is_pref(e: &VCardEntry) -> bool {
    e.params.iter().any(|p| match (&p.name, &p.value) {
        (VCardParameterName::Pref, _) => true,
        (VCardParameterName::Type, VCardParameterValue::Text(t)) => t.eq_ignore_ascii_case("pref"),
        _ => false,
    })
}

fn is_url_property(p: &VCardProperty) -> bool {
    match p {
        VCardProperty::Url | VCardProperty::Socialprofile => true,
        VCardProperty::Other(n) => n.eq_ignore_ascii_case("X-SOCIALPROFILE"),
        _ => false,
    }
}

fn entries<'a>(v: &'a VCard, prop: &'a VCardProperty) -> impl Iterator<Item = &'a VCardEntry> + 'a {
    v.entries.iter().filter(move |e| &e.name == prop)
}

/// Reads a card. `Err((line, value, why))` names what is wrong with it.
fn read_card(block: &str, first_line: u64) -> std::result::Result<Card, (u64, String, String)> {
    let v = match calcard::Parser::new(block).entry() {
        calcard::Entry::VCard(v) => v,
        _ => {
            return Err((first_line, "BEGIN:VCARD".into(), "not a valid vCard".into()));
        }
    };
    let first = |p: VCardProperty| entries(&v, &p).find_map(text_of).map(str::to_string);
    let name = first(VCardProperty::Fn).or_else(|| {
        let n = entries(&v, &VCardProperty::N).next()?;
        // N is family;given;additional;prefix;suffix.
        let part = |i: usize| n.values.get(i).and_then(|v| v.as_text()).and_then(blank);
        let joined = [part(3), part(1), part(2), part(0), part(4)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        (!joined.is_empty()).then_some(joined)
    });
    let Some(name) = name else {
        return Err((first_line, "BEGIN:VCARD".into(), "no name (FN and N are empty)".into()));
    };
    let name = super::import_name(&name).map_err(|why| (first_line, name.clone(), why.to_string()))?;
    let mut left_out = Vec::new();
    let mut leave_out = |value: &str, why: &str| left_out.push((value.to_string(), why.to_string()));
    let mut emails: Vec<&VCardEntry> = entries(&v, &VCardProperty::Email).collect();
    // Stable: the preferred first, the others in the card's order.
    emails.sort_by_key(|e| !is_pref(e));
    let mut kept_emails = Vec::new();
    for email in emails.iter().filter_map(|e| text_of(e)) {
        if super::is_email(email) {
            kept_emails.push(email.to_string());
        } else {
            leave_out(email, "not an e-mail address; the contact is imported without it");
        }
    }
    let mut urls = Vec::new();
    for e in v.entries.iter().filter(|e| is_url_property(&e.name)) {
        let Some(raw) = text_of(e) else { continue };
        match normalize_url(raw) {
            Some(url) => urls.push(url),
            // A social profile may be a user name (`x-apple:ana`): only a URL
            // that is no web address is worth a word.
            None if e.name == VCardProperty::Url => leave_out(
                raw,
                "not a web address (https://...); the contact is imported without it",
            ),
            None => {}
        }
    }
    let linkedin = urls.iter().find(|u| is_linkedin_profile(u)).cloned();
    let url = linkedin.clone().or_else(|| urls.first().cloned());
    let timezone = first(VCardProperty::Tz).filter(|t| {
        let known = crate::time::parse_tz(t).is_ok();
        if !known {
            leave_out(
                t,
                "not a time zone tend knows (like Europe/Lisbon); the contact is imported without it",
            );
        }
        known
    });
    let mut birthday = raw_birthday(block, first_line)?;
    if let Some(year) = birthday.as_ref().and_then(|b| b.year)
        && !crate::time::YEARS.contains(&year)
    {
        leave_out(
            &year.to_string(),
            &format!(
                "a birth year must be from {} to {}; the contact is imported without the birthday",
                crate::time::YEARS.start(),
                crate::time::YEARS.end()
            ),
        );
        birthday = None;
    }
    let tags = entries(&v, &VCardProperty::Categories)
        .flat_map(|e| e.values.iter().filter_map(|v| v.as_text()).filter_map(blank))
        .filter(|t| !SYSTEM_GROUPS.contains(&t.to_lowercase().as_str()))
        .map(str::to_string)
        .collect();
    // NICKNAME may list several, comma-separated: the first is the one in use.
    let greet = first(VCardProperty::Nickname)
        .and_then(|n| n.split(',').next().map(|n| n.trim().to_string()))
        .filter(|n| !n.is_empty());
    Ok(Card {
        name,
        greet,
        emails: kept_emails,
        url,
        linkedin,
        company: first(VCardProperty::Org),
        role: first(VCardProperty::Title),
        birthday,
        note: first(VCardProperty::Note),
        timezone,
        tags,
        uid: first(VCardProperty::Uid),
        left_out,
    })
}

/// The birthday, read from the card's own text: calcard reads a 3.0
/// `--MM-DD` as a month without its day. Accepts `YYYY-MM-DD`, `YYYYMMDD`,
/// `--MM-DD`, `--MMDD`, a time after the date, and Apple's year-less
/// `BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12`.
fn raw_birthday(block: &str, first_line: u64) -> std::result::Result<Option<Birthday>, (u64, String, String)> {
    for (i, line) in block.lines().enumerate() {
        let Some((head, value)) = line.split_once(':') else {
            continue;
        };
        let mut params = head.split(';');
        let prop = params.next().unwrap_or_default();
        let prop = prop.rsplit('.').next().unwrap_or(prop);
        if !prop.eq_ignore_ascii_case("BDAY") {
            continue;
        }
        let omit_year = params
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| k.eq_ignore_ascii_case("X-APPLE-OMIT-YEAR"))
            .and_then(|(_, y)| y.trim().parse::<i32>().ok());
        let value = value.trim();
        if value.is_empty() {
            return Ok(None);
        }
        let bad = || {
            (
                first_line + i as u64,
                value.to_string(),
                "not a birthday; expected YYYY-MM-DD, YYYYMMDD or --MM-DD".to_string(),
            )
        };
        let date = value.split('T').next().unwrap_or(value);
        let digits: String = date.chars().filter(|c| *c != '-').collect();
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let (year, md) = if let Some(md) = date.strip_prefix("--") {
            (None, md.replace('-', ""))
        } else if digits.len() == 8 {
            (digits[..4].parse::<i32>().ok(), digits[4..].to_string())
        } else {
            return Err(bad());
        };
        if md.len() != 4 {
            return Err(bad());
        }
        let (month, day) = (
            md[..2].parse::<u32>().map_err(|_| bad())?,
            md[2..].parse::<u32>().map_err(|_| bad())?,
        );
        let year = year.filter(|y| Some(*y) != omit_year);
        // 2000 is a leap year: a year-less 29 February is a birthday.
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).ok_or_else(bad)?;
        return Ok(Some(Birthday { year, month, day }));
    }
    Ok(None)
}

struct Ctx<'a, 'r> {
    sink: &'a mut dyn Sink,
    opts: &'a Options,
    dir: Directory,
    out: Outcome,
    report: &'r mut dyn FnMut(&BadRow),
    file: String,
}

impl Ctx<'_, '_> {
    fn bad(&mut self, line: u64, value: &str, why: &str) {
        self.out.rows_skipped += 1;
        let b = BadRow {
            file: self.file.clone(),
            line,
            value: value.to_string(),
            why: why.to_string(),
        };
        (self.report)(&b);
    }

    fn card(&mut self, block: &str, first_line: u64) -> Result<()> {
        match read_card(block, first_line) {
            Ok(mut card) => {
                // Reported as LinkedIn reports a cell it leaves out: a line,
                // not a card skipped.
                for (value, why) in std::mem::take(&mut card.left_out) {
                    (self.report)(&BadRow {
                        file: self.file.clone(),
                        line: first_line,
                        value,
                        why,
                    });
                }
                self.upsert(card)
            }
            Err((line, value, why)) => {
                self.bad(line, &value, &why);
                Ok(())
            }
        }
    }

    /// A new contact, or blanks filled in on the one already known (by the
    /// card's UID, its LinkedIn profile, its e-mail, or its unique name at
    /// the same company).
    fn upsert(&mut self, card: Card) -> Result<()> {
        let key = if let Some(uid) = &card.uid {
            format!("vcard:{uid}")
        } else if let Some(l) = &card.linkedin {
            format!("linkedin:{l}")
        } else if let Some(e) = card.emails.first() {
            format!("email:{}", e.to_lowercase())
        } else {
            format!("vcard:name:{}", name_key(&card.name))
        };
        let mut found = self
            .sink
            .contact_by_key(&key)?
            .or_else(|| card.linkedin.as_deref().and_then(|u| self.dir.by_url(u)))
            .or_else(|| self.dir.by_any_email(&card.emails));
        if found.is_none()
            && let Some(id) = self.dir.by_name(&card.name)
            && let Some(c) = self.sink.contact(id)?
        {
            let same_company = match (&c.company, &card.company) {
                (Some(a), Some(b)) => name_key(a) == name_key(b),
                _ => true,
            };
            if same_company {
                found = Some(id);
            }
        }
        let existing = match found {
            Some(id) => self.sink.contact(id)?,
            None => None,
        };
        if let Some(c) = existing {
            let changes = ContactFields {
                greet: card.greet.filter(|_| c.greet.is_none()),
                emails: super::merged_emails(&c.emails, &card.emails),
                url: card.url.filter(|_| c.url.is_none()),
                company: card.company.filter(|_| c.company.is_none()),
                role: card.role.filter(|_| c.role.is_none()),
                birthday: card.birthday.filter(|_| c.birthday.is_none()),
                note: card.note.filter(|_| c.note.is_none()),
                timezone: card.timezone.filter(|_| c.timezone.is_none()),
                tags: Some(card.tags).filter(|t| !t.is_empty() && c.tags.is_empty()),
                ..ContactFields::default()
            };
            if self.dir.update(self.sink, &c, &changes, self.opts.now)? {
                self.out.contacts_updated += 1;
            }
            return Ok(());
        }
        let key = match self.sink.contact_by_key(&key)? {
            None => Some(key),
            Some(_) => None,
        };
        let fields = ContactFields {
            name: Some(card.name),
            greet: card.greet,
            emails: Some(card.emails),
            url: card.url,
            company: card.company,
            role: card.role,
            birthday: card.birthday,
            note: card.note,
            timezone: card.timezone,
            tags: Some(card.tags),
            cadence: Some(Some(self.opts.cadence.unwrap_or(Cadence::None))),
            ..ContactFields::default()
        };
        let id = self.sink.add_contact(&fields, "vcard", key.as_deref(), self.opts.now)?;
        self.dir.add_parts(
            id,
            fields.name.as_deref().unwrap_or_default(),
            fields.url.as_deref(),
            fields.emails.as_deref().unwrap_or_default(),
            fields.company.as_deref(),
        );
        self.out.contacts_added += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(text: &str) -> Card {
        read_card(text, 1).unwrap()
    }

    #[test]
    fn apple_card() {
        let c = card(
            "BEGIN:VCARD\nVERSION:3.0\nN:Lee;Sara;;;\nFN:Sara Lee\nORG:Northwind Labs;Research\n\
             item1.URL;type=pref:http\\://northwind.example\nitem1.X-ABLabel:_$!<HomePage>!$_\n\
             X-SOCIALPROFILE;type=linkedin:http\\://www.linkedin.com/in/sara-lee-example\n\
             BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12\nEND:VCARD\n",
        );
        assert_eq!(c.name, "Sara Lee");
        assert_eq!(c.company.as_deref(), Some("Northwind Labs"));
        assert_eq!(
            c.linkedin.as_deref(),
            Some("https://www.linkedin.com/in/sara-lee-example")
        );
        assert_eq!(c.url, c.linkedin);
        assert_eq!(
            c.birthday,
            Some(Birthday {
                year: None,
                month: 4,
                day: 12
            })
        );
    }

    #[test]
    fn birthdays_with_and_without_year() {
        let bday = |v: &str| raw_birthday(&format!("BEGIN:VCARD\nBDAY{v}\nEND:VCARD\n"), 1);
        let md = |month, day| Ok(Some(Birthday { year: None, month, day }));
        assert_eq!(bday(":--06-03"), md(6, 3));
        assert_eq!(bday(":--0603"), md(6, 3));
        assert_eq!(bday(";VALUE=date:--02-29"), md(2, 29));
        assert_eq!(
            bday(":19790214"),
            Ok(Some(Birthday {
                year: Some(1979),
                month: 2,
                day: 14
            }))
        );
        assert_eq!(
            bday(":1988-09-30T00:00:00Z"),
            Ok(Some(Birthday {
                year: Some(1988),
                month: 9,
                day: 30
            }))
        );
        let err = bday(":--13-45").unwrap_err();
        assert_eq!((err.0, err.1.as_str()), (2, "--13-45"));
        assert!(bday(":someday").is_err());
    }

    #[test]
    fn photos_are_not_kept() {
        assert!(is_binary_property(b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ"));
        assert!(is_binary_property(b"item1.photo:data:image/png;base64,iVBOR"));
        assert!(is_binary_property(b"KEY:x"));
        assert!(!is_binary_property(b"PHOTOGRAPHER:x"));
        assert!(!is_binary_property(b"NOTE:PHOTO:x"));
    }

    #[test]
    fn a_card_without_a_name_is_bad() {
        let err = read_card("BEGIN:VCARD\nVERSION:4.0\nEMAIL:x@example.org\nEND:VCARD\n", 7).unwrap_err();
        assert_eq!(err.0, 7);
        assert!(err.2.contains("no name"));
    }

    #[test]
    fn name_from_n_when_fn_is_missing() {
        assert_eq!(
            card("BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chidi;;Dr.;\nEND:VCARD\n").name,
            "Dr. Chidi Okafor"
        );
    }
}
