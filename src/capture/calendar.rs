//! Calendars on disk (`.ics` files, khal/vdirsyncer vdirs) read into meeting
//! occurrences: who organised and attended, when it starts, what it was
//! called, and whether it was cancelled.
//!
//! calcard parses the iCalendar text and expands recurrences (its `datecalc`
//! module is rust-rrule's algorithm: RRULE, RDATE, EXDATE, and RECURRENCE-ID
//! overrides), so no second parser or expander is needed. A few things are
//! settled here before calcard expands, because its expander works on wall
//! clocks without zones:
//! - each UID is expanded on its own, so that one long series cannot use up
//!   the occurrence budget of the whole file;
//! - an UNTIL in UTC is turned into the series' own wall clock, and an
//!   open-ended rule stops a day after the window, so that a daily meeting
//!   that never ends costs days up to the window, not the budget;
//! - a series starting at a UTC time (`Z`) repeats on UTC's clock (calcard
//!   would repeat it on the user's);
//! - SEQUENCE is dropped, so that an override written at a later SEQUENCE
//!   than its series still replaces its occurrence (calcard matches on both).
//!
//! Times: a TZID names an IANA zone, or a VTIMEZONE whose name, X-LIC-LOCATION
//! or Microsoft zone id calcard recognises; an unknown TZID, like a floating
//! time, is read in the user's zone. A DATE (an all-day event) starts at 00:00
//! in the user's zone, as every DATE does in rules.md. A wall-clock time
//! skipped by a daylight-saving jump reads with the offset before the jump.
//!
//! [`import`] writes what was read: a `meeting` with each contact among
//! an occurrence's people, for `tend import calendar` and the daemon.

use calcard::Entry;
use calcard::common::PartialDateTime;
use calcard::common::timezone::Tz as CalTz;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarEntry, ICalendarMethod, ICalendarParameter,
    ICalendarParameterName, ICalendarParameterValue, ICalendarParticipationStatus, ICalendarProperty, ICalendarStatus,
    ICalendarValue,
};
use chrono::{DateTime, Datelike, NaiveDateTime, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::import::Progress;
use crate::import::sink::{Load, Sink, Size};
use crate::model::Captured;
use crate::model::{Channel, ContactId, Direction};
use crate::time::zone::{resolve_local, to_local};
use crate::time::{Duration, Unit};

/// Occurrences of one recurring event that one expansion may produce, from
/// its first: a daily meeting since 1970 fits, a secondly rule stops.
const OCCURRENCE_BUDGET: usize = 100_000;

/// How far back and ahead a recurring event's occurrences count (cli.md):
/// `[now - 2y, now + 30d)` on the user's wall clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Window {
    pub fn around(now: DateTime<Utc>, tz: Tz) -> Window {
        Window {
            start: Duration {
                amount: 2,
                unit: Unit::Years,
            }
            .before(now, tz),
            end: Duration::days(30).after(now, tz),
        }
    }

    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.start <= at && at < self.end
    }
}

/// What the calendar says about one occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    /// No STATUS, CONFIRMED, or anything else that is not a cancellation.
    Confirmed,
    Tentative,
    Cancelled,
}

/// One occurrence of an event: a single event, or one of a series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub uid: String,
    pub start: DateTime<Utc>,
    /// SUMMARY on one line, or `None` when blank.
    pub summary: Option<String>,
    /// Lower-case addresses, `mailto:` removed.
    pub organizer: Option<String>,
    /// Lower-case addresses of the attendees who did not decline.
    pub attendees: Vec<String>,
    /// Lower-case addresses of the attendees who declined.
    pub declined: Vec<String>,
    pub status: EventStatus,
}

impl Occurrence {
    /// `ics:<UID>/<start in UTC, RFC 3339>`: the same occurrence gives the
    /// same key on every import.
    pub fn source_key(&self) -> String {
        format!(
            "ics:{}/{}",
            self.uid,
            self.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        )
    }

    /// The key of this occurrence's meeting with one contact: stored keys
    /// are unique, and a meeting with two contacts is a meeting with each.
    pub fn key_with(&self, contact: ContactId) -> String {
        format!("{}/{contact}", self.source_key())
    }

    /// The organizer and the attendees, each once.
    pub fn people(&self) -> impl Iterator<Item = &str> {
        let mut seen = BTreeSet::new();
        self.organizer
            .iter()
            .chain(&self.attendees)
            .map(String::as_str)
            .filter(move |a| seen.insert(*a))
    }
}

/// A calendar file read: its occurrences, and the events in it that could
/// not be read (each a sentence naming the event).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub occurrences: Vec<Occurrence>,
    pub problems: Vec<String>,
    /// Events read, but not quite as written (a zone tend does not know).
    pub warnings: Vec<String>,
    /// The UIDs read without a problem: their occurrences here are all there
    /// are (in the window), so a planned one stored before and missing now
    /// was moved or cancelled.
    pub complete: Vec<String>,
}

/// Why a whole file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The calendar files at `path`: the file itself, or every `.ics` file in
/// the folder and its sub-folders (a vdir holds one folder per calendar),
/// hidden ones left out, in name order.
/// A sub-folder that cannot be read is given to `unreadable` and skipped.
pub fn calendar_files(path: &Path, unreadable: &mut dyn FnMut(&Path, std::io::Error)) -> std::io::Result<Vec<PathBuf>> {
    if !std::fs::metadata(path)?.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found = Vec::new();
    let mut folders = vec![(path.to_path_buf(), 0)];
    while let Some((folder, depth)) = folders.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(e) => e,
            Err(e) if depth > 0 => {
                unreadable(&folder, e);
                continue;
            }
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let kind = entry.file_type()?;
            let p = entry.path();
            // Deep enough for calendars in collections in accounts; a home
            // folder given by mistake stops here. Links to folders are not
            // followed (file_type does not follow them), so no loop.
            if kind.is_dir() && depth < 4 {
                folders.push((p, depth + 1));
            } else if !kind.is_dir() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ics")) {
                found.push(p);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Reads one file's text: every VCALENDAR in it, expanded. `tz` is the
/// user's zone (floating times, DATEs, unknown TZIDs); recurring events keep
/// the occurrences inside `window`, single events are kept wherever they are.
pub fn parse(text: &str, tz: Tz, window: Window) -> std::result::Result<Parsed, Unreadable> {
    let mut occurrences = Vec::new();
    let mut parsed = parse_each(text, tz, window, &mut |series| occurrences.append(series))?;
    parsed.occurrences = occurrences;
    Ok(parsed)
}

/// [`parse`], handing the occurrences to `each` one event (UID) at a time,
/// as they are expanded, instead of collecting them: a calendar of many
/// recurring events is never held expanded whole. `each` gets them only
/// once the whole file has been read, so a file that cannot be read gives
/// none. The [`Parsed`] returned has no occurrences.
pub fn parse_each(
    text: &str,
    tz: Tz,
    window: Window,
    each: &mut dyn FnMut(&mut Vec<Occurrence>),
) -> std::result::Result<Parsed, Unreadable> {
    let mut parser = calcard::Parser::new(text);
    let mut calendars = Vec::new();
    loop {
        match parser.entry() {
            Entry::ICalendar(cal) => calendars.push(cal),
            // Stray lines between objects carry nothing.
            Entry::InvalidLine(_) => {}
            Entry::Eof => break,
            Entry::VCard(_) => return Err(Unreadable("it holds a vCard, not a calendar".into())),
            Entry::UnexpectedComponentEnd { expected, found } => {
                return Err(Unreadable(format!(
                    "END:{} where END:{} was expected",
                    found.as_str(),
                    expected.as_str()
                )));
            }
            Entry::UnterminatedComponent(what) => {
                return Err(Unreadable(format!("BEGIN:{what} has no END (is the file cut short?)")));
            }
            Entry::TooManyComponents => return Err(Unreadable("too many components in one calendar".into())),
            _ => return Err(Unreadable("not an iCalendar file".into())),
        }
    }
    if calendars.is_empty() {
        return Err(Unreadable("no BEGIN:VCALENDAR: not an iCalendar file".into()));
    }
    let mut out = Parsed::default();
    for cal in &calendars {
        read_calendar(cal, tz, window, &mut out, each);
    }
    // calcard reads a file cut inside its last calendar (or event) as if
    // it were whole: read, and said.
    let last = text.trim_end().rsplit('\n').next().unwrap_or_default().trim();
    if !last.eq_ignore_ascii_case("END:VCALENDAR") {
        out.warnings
            .push("it ends before END:VCALENDAR (is the file cut short?); what it holds is read".into());
    }
    Ok(out)
}

fn read_calendar(
    cal: &ICalendar,
    tz: Tz,
    window: Window,
    out: &mut Parsed,
    each: &mut dyn FnMut(&mut Vec<Occurrence>),
) {
    // An iTIP cancellation (METHOD:CANCEL, as mailed to attendees) cancels
    // every event it carries.
    let cancels = cal.components.first().is_some_and(|c| {
        c.property(&ICalendarProperty::Method)
            .and_then(|e| e.values.first())
            .is_some_and(|v| matches!(v, ICalendarValue::Method(ICalendarMethod::Cancel)))
    });
    let zones: Vec<&ICalendarComponent> = cal.timezones().collect();
    let mut by_uid: BTreeMap<String, Vec<&ICalendarComponent>> = BTreeMap::new();
    for c in &cal.components {
        if c.component_type != ICalendarComponentType::VEvent {
            continue;
        }
        let uid = match c.uid().map(str::trim).filter(|u| !u.is_empty()) {
            Some(u) => u.to_string(),
            // RFC 5545 requires a UID; hand-written files forget it. The
            // start and summary then identify the event across imports.
            None => crate::import::stable_key(
                "no-uid",
                &[
                    &text_of(c, &ICalendarProperty::Dtstart).unwrap_or_default(),
                    &text_of(c, &ICalendarProperty::Summary).unwrap_or_default(),
                ],
            ),
        };
        by_uid.entry(uid).or_default().push(c);
    }
    for (uid, components) in by_uid {
        read_event(&uid, &components, &zones, cancels, tz, window, out);
        if !out.occurrences.is_empty() {
            each(&mut out.occurrences);
            out.occurrences.clear();
        }
    }
}

/// One UID: the event, or a series with its overrides.
fn read_event(
    uid: &str,
    components: &[&ICalendarComponent],
    zones: &[&ICalendarComponent],
    cancels: bool,
    tz: Tz,
    window: Window,
    out: &mut Parsed,
) {
    let master = components
        .iter()
        .find(|c| !c.is_recurrence_override())
        .or(components.first())
        .copied();
    let Some(master) = master else { return };
    let recurring = components.iter().any(|c| c.is_recurrent_or_override());
    if let Some(why) = components.iter().find_map(|c| unreadable_start_or_rule(c)) {
        out.problems
            .push(format!("event '{}': {why}; skipped", crate::import::shown(uid)));
        return;
    }

    // A calendar of its own: the zones and this UID's components.
    let mut sub = ICalendar {
        components: Vec::with_capacity(1 + zones.len() + components.len()),
    };
    sub.components.push(ICalendarComponent {
        component_type: ICalendarComponentType::VCalendar,
        entries: Vec::new(),
        component_ids: Vec::new(),
    });
    sub.components.extend(zones.iter().map(|z| (*z).clone()));
    let resolver = sub.build_owned_tz_resolver().with_default(CalTz::Tz(tz));
    let first_event = sub.components.len();
    for c in components {
        let mut c = (*c).clone();
        c.component_ids.clear();
        c.entries.retain(|e| e.name != ICalendarProperty::Sequence);
        pin_utc_start(&mut c);
        let tz_id = c.property(&ICalendarProperty::Dtstart).and_then(ICalendarEntry::tz_id);
        if let Some(id) = tz_id.filter(|id| resolver.resolve(id).is_none()) {
            out.warnings.push(format!(
                "event '{}': zone '{}' is not one tend knows; its times are read in yours ({})",
                crate::import::shown(uid),
                crate::import::shown(id),
                tz.name()
            ));
        }
        let start_zone = resolver.resolve_or_default(tz_id);
        let first = c
            .property(&ICalendarProperty::Dtstart)
            .and_then(|e| e.values.first())
            .and_then(ICalendarValue::as_partial_date_time)
            .and_then(PartialDateTime::to_date_time)
            .map(|d| d.date_time);
        for e in &mut c.entries {
            if e.name == ICalendarProperty::Rrule {
                for v in &mut e.values {
                    if let ICalendarValue::RecurrenceRule(rule) = v {
                        if let Some(why) = too_wide(rule) {
                            out.problems
                                .push(format!("event '{}': {why}; skipped", crate::import::shown(uid)));
                            return;
                        }
                        bound_rule(rule, start_zone, first, window);
                    }
                }
            }
        }
        sub.components.push(c);
    }
    sub.components[0].component_ids = (1..sub.components.len() as u32).collect();

    let expanded = sub.expand_dates(CalTz::Tz(tz), OCCURRENCE_BUDGET);
    if expanded.events.len() >= OCCURRENCE_BUDGET {
        // A rule every second from a start in the window gave 100,000
        // meetings without a word.
        out.warnings.push(format!(
            "event '{}': its rule repeats more than {} times; only the first {} were read",
            crate::import::shown(uid),
            crate::text::numbers::thousands(OCCURRENCE_BUDGET as u64),
            crate::text::numbers::thousands(OCCURRENCE_BUDGET as u64)
        ));
    }
    for e in &expanded.errors {
        out.problems
            .push(format!("event '{}': {}", crate::import::shown(uid), e.error));
    }
    if expanded.errors.is_empty() {
        out.complete.push(uid.to_string());
    }
    let mut seen = BTreeSet::new();
    for e in &expanded.events {
        let Some(comp) = sub.components.get(e.comp_id as usize) else {
            continue;
        };
        if (e.comp_id as usize) < first_event || comp.component_type != ICalendarComponentType::VEvent {
            continue;
        }
        let start = instant(e.start, &resolver, comp, tz);
        if recurring && !window.contains(start) {
            continue;
        }
        if !seen.insert(start) {
            // An RDATE that repeats an RRULE date is one occurrence.
            continue;
        }
        out.occurrences.push(occurrence(uid, start, comp, master, cancels));
    }
}

/// The UTC instant of an expanded start. calcard leaves a start it could not
/// place on the zone's clock (a time skipped by a daylight-saving jump, or
/// met twice) floating; it is placed here the way the rest of tend does.
fn instant(
    start: DateTime<CalTz>,
    resolver: &calcard::icalendar::timezone::TzResolver<String>,
    comp: &ICalendarComponent,
    tz: Tz,
) -> DateTime<Utc> {
    if !start.timezone().is_floating() {
        return start.with_timezone(&Utc);
    }
    let zone = resolver.resolve_or_default(
        comp.property(&ICalendarProperty::Dtstart)
            .and_then(ICalendarEntry::tz_id),
    );
    let local = start.naive_local();
    match zone {
        CalTz::Tz(z) => resolve_local(z, local),
        CalTz::Fixed(offset) => (local - chrono::Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc(),
        CalTz::Floating => resolve_local(tz, local),
    }
}

/// A series whose DTSTART is in UTC (`Z`) without a TZID repeats on UTC's
/// clock; calcard would repeat it on the user's, so it is given TZID=UTC.
fn pin_utc_start(c: &mut ICalendarComponent) {
    let Some(e) = c.property_mut(&ICalendarProperty::Dtstart) else {
        return;
    };
    let utc = e
        .values
        .first()
        .and_then(ICalendarValue::as_partial_date_time)
        .is_some_and(|dt| {
            dt.has_time()
                && dt
                    .to_date_time()
                    .and_then(|d| d.offset)
                    .is_some_and(|o| o.local_minus_utc() == 0)
        });
    if utc && e.tz_id().is_none() {
        e.params.push(ICalendarParameter {
            name: ICalendarParameterName::Tzid,
            value: ICalendarParameterValue::Text("UTC".into()),
        });
    }
}

/// Puts UNTIL on the series' own wall clock (calcard compares it with
/// wall-clock occurrences as if both were UTC), makes a DATE UNTIL include
/// its day (RFC 5545: UNTIL is inclusive), and ends an open-ended rule a day
/// after the window.
fn bound_rule(
    rule: &mut calcard::icalendar::ICalendarRecurrenceRule,
    zone: CalTz,
    first: Option<NaiveDateTime>,
    window: Window,
) {
    let local_of = |at: DateTime<Utc>| match zone {
        CalTz::Tz(z) => to_local(at, z),
        CalTz::Fixed(o) => at.with_timezone(&o).naive_local(),
        CalTz::Floating => at.naive_utc(),
    };
    let until = rule.until.as_ref().and_then(|u| {
        let dt = u.to_date_time()?;
        Some(match dt.offset {
            Some(offset) => {
                local_of((dt.date_time - chrono::Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc())
            }
            None if !u.has_time() => dt.date_time.date().and_hms_opt(23, 59, 59).unwrap_or(dt.date_time),
            None => dt.date_time,
        })
    });
    let stop = rule
        .count
        .is_none()
        .then(|| local_of(window.end) + chrono::Duration::days(1));
    let bound = match (until, stop) {
        (Some(u), Some(s)) => Some(u.min(s)),
        (u, s) => u.or(s),
    };
    if let Some(b) = bound {
        // A series that starts after the window keeps its first occurrence
        // (calcard refuses an UNTIL before DTSTART); the window drops it.
        rule.until = Some(floating(first.map_or(b, |f| b.max(f))));
    }
}

/// Why a component's start or rule cannot be read, when calcard would
/// take it for missing (`DTSTART:20260230`) or for no rule at all (an
/// unknown FREQ).
fn unreadable_start_or_rule(c: &ICalendarComponent) -> Option<String> {
    if let Some(start) = c.property(&ICalendarProperty::Dtstart) {
        match start.values.first() {
            Some(ICalendarValue::PartialDateTime(dt)) if dt.to_date_time().is_none() => {
                let part = |p: Option<u8>| p.map_or_else(|| "??".to_string(), |n| format!("{n:02}"));
                return Some(format!(
                    "its DTSTART is not a real date ({}-{}-{})",
                    dt.year.map_or_else(|| "????".to_string(), |y| format!("{y:04}")),
                    part(dt.month),
                    part(dt.day)
                ));
            }
            // A single meeting in the year 0 was stored as such ("2 conversations
            // in 2028 years"); a series may start long ago (a birthday), as only
            // its occurrences in the window count.
            Some(ICalendarValue::PartialDateTime(dt))
                if !c.is_recurrent_or_override()
                    && dt.year.is_some_and(|y| !crate::time::YEARS.contains(&i32::from(y))) =>
            {
                return Some(format!(
                    "its DTSTART is in the year {} (tend reads {} to {})",
                    dt.year.unwrap_or_default(),
                    crate::time::YEARS.start(),
                    crate::time::YEARS.end()
                ));
            }
            Some(ICalendarValue::PartialDateTime(_)) => {}
            Some(other) => {
                return Some(format!(
                    "its DTSTART '{}' is not a date",
                    crate::import::shown(other.as_text().unwrap_or_default())
                ));
            }
            None => {}
        }
    }
    c.entries
        .iter()
        .filter(|e| e.name == ICalendarProperty::Rrule)
        .flat_map(|e| &e.values)
        .find(|v| !matches!(v, ICalendarValue::RecurrenceRule(_)))
        .map(|v| {
            format!(
                "its RRULE '{}' is not a rule tend can read (FREQ must be one of SECONDLY, MINUTELY, HOURLY, DAILY, \
                 WEEKLY, MONTHLY, YEARLY)",
                crate::import::shown(v.as_text().unwrap_or_default())
            )
        })
}

/// Start times one period of a rule may have before it is refused: a
/// meeting every minute of a working day has 600 a day.
const CANDIDATES_PER_PERIOD: u64 = 20_000;

/// Why a rule is refused before it is expanded, if it is: the expander
/// builds every candidate start of a period (a year, a month...) before the
/// occurrence budget counts any, so `FREQ=YEARLY` with every month, day,
/// hour, minute and second made 31 million of them (1.5 GB) for one event.
fn too_wide(rule: &calcard::icalendar::ICalendarRecurrenceRule) -> Option<String> {
    use calcard::icalendar::ICalendarFrequency as F;
    let freq = rule.freq;
    let days_expanded = |n: u64| {
        let by_day = !(rule.byday.is_empty()
            && rule.bymonthday.is_empty()
            && rule.byyearday.is_empty()
            && rule.byweekno.is_empty());
        if by_day || (freq == F::Yearly && !rule.bymonth.is_empty()) {
            n
        } else {
            1
        }
    };
    let (days, period) = match freq {
        F::Yearly => (days_expanded(366), "year"),
        F::Monthly => (days_expanded(31), "month"),
        F::Weekly => (days_expanded(7), "week"),
        F::Daily => (1, "day"),
        F::Hourly => (1, "hour"),
        F::Minutely => (1, "minute"),
        F::Secondly => (1, "second"),
    };
    // A BY list of a unit shorter than the frequency multiplies the starts.
    let times = |list_len: usize, unit: F| if freq < unit { list_len.max(1) as u64 } else { 1 };
    let starts = days
        * times(rule.byhour.len(), F::Hourly)
        * times(rule.byminute.len(), F::Minutely)
        * times(rule.bysecond.len(), F::Secondly);
    (starts > CANDIDATES_PER_PERIOD).then(|| {
        format!(
            "its RRULE asks for up to {} start times a {period} (tend reads rules of at most {} a {period})",
            crate::text::numbers::thousands(starts),
            crate::text::numbers::thousands(CANDIDATES_PER_PERIOD)
        )
    })
}

fn floating(at: NaiveDateTime) -> PartialDateTime {
    PartialDateTime {
        year: u16::try_from(at.year()).ok(),
        month: Some(at.month() as u8),
        day: Some(at.day() as u8),
        hour: Some(at.hour() as u8),
        minute: Some(at.minute() as u8),
        second: Some(at.second() as u8),
        tz_hour: None,
        tz_minute: None,
        tz_minus: false,
    }
}

/// An occurrence from its component; an override that leaves out the
/// summary or the people keeps its series'.
fn occurrence(
    uid: &str,
    start: DateTime<Utc>,
    comp: &ICalendarComponent,
    master: &ICalendarComponent,
    cancels: bool,
) -> Occurrence {
    let summary = text_of(comp, &ICalendarProperty::Summary)
        .or_else(|| text_of(master, &ICalendarProperty::Summary))
        .and_then(|s| crate::capture::one_line_note(&s));
    let people_from =
        if comp.has_property(&ICalendarProperty::Organizer) || comp.has_property(&ICalendarProperty::Attendee) {
            comp
        } else {
            master
        };
    let organizer = people_from.property(&ICalendarProperty::Organizer).and_then(address);
    let (no, yes): (Vec<&ICalendarEntry>, Vec<&ICalendarEntry>) = people_from
        .properties(&ICalendarProperty::Attendee)
        .partition(|e| declined(e));
    let attendees = yes.into_iter().filter_map(address).collect();
    let declined = no.into_iter().filter_map(address).collect();
    let status = if cancels {
        EventStatus::Cancelled
    } else {
        match comp.status() {
            Some(ICalendarStatus::Cancelled) => EventStatus::Cancelled,
            Some(ICalendarStatus::Tentative) => EventStatus::Tentative,
            _ => EventStatus::Confirmed,
        }
    };
    Occurrence {
        uid: uid.to_string(),
        start,
        summary,
        organizer,
        attendees,
        declined,
        status,
    }
}

fn text_of(comp: &ICalendarComponent, prop: &ICalendarProperty) -> Option<String> {
    let v = comp.property(prop)?.values.first()?;
    match v {
        ICalendarValue::PartialDateTime(dt) => dt.to_date_time().map(|d| d.date_time.to_string()),
        other => other.as_text().map(str::to_string),
    }
}

/// An ORGANIZER's or ATTENDEE's e-mail address: the `mailto:` value, or the
/// EMAIL parameter (RFC 7986) when the value is another kind of address.
fn address(e: &ICalendarEntry) -> Option<String> {
    let is_address = |s: &str| {
        let s = s.trim();
        s.contains('@') && !s.contains(char::is_whitespace)
    };
    e.calendar_address()
        .filter(|a| is_address(a))
        .or_else(|| {
            e.parameters(&ICalendarParameterName::Email)
                .find_map(ICalendarParameterValue::as_text)
                .filter(|a| is_address(a))
        })
        .map(|a| a.trim().to_lowercase())
}

/// An attendee who said no was not at the meeting.
fn declined(e: &ICalendarEntry) -> bool {
    e.parameter(&ICalendarParameterName::Partstat).is_some_and(|p| {
        matches!(
            p,
            ICalendarParameterValue::Partstat(ICalendarParticipationStatus::Declined)
        )
    })
}

/// What importing calendars did, for the summary line and `--json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub source: &'static str,
    /// The files read, relative to the path given.
    pub files: Vec<String>,
    /// Meetings added: one per occurrence and contact.
    pub interactions_added: u64,
    /// Meetings that an earlier import already added.
    pub already_known: u64,
    /// Occurrences of cancelled events, or cancelled occurrences of a series.
    pub cancelled_skipped: u64,
    /// Planned meetings an earlier import added that the calendar no longer
    /// has (moved, cancelled, or the contact no longer invited): removed.
    pub planned_withdrawn: u64,
    /// Occurrences the user (`[user] emails`) declined.
    pub declined_skipped: u64,
    /// Occurrences whose organizer and attendees are none of the contacts.
    pub not_contacts: u64,
    /// Events that could not be read (no start, a bad rule), reported.
    pub events_skipped: u64,
    /// Files that could not be read at all, reported.
    pub files_skipped: u64,
}

impl Summary {
    /// The human summary line.
    pub fn line(&self, path: &Path) -> String {
        use crate::text::numbers::count;
        let mut text = format!(
            "Imported from '{}': {} added, {} already known.\n",
            path.display(),
            count(self.interactions_added, "meeting", "meetings"),
            crate::text::numbers::thousands(self.already_known),
        );
        if self.planned_withdrawn > 0 {
            text.insert_str(
                text.len() - 2,
                &format!(
                    ", {} withdrawn (moved or cancelled)",
                    count(self.planned_withdrawn, "planned meeting", "planned meetings")
                ),
            );
        }
        let mut left = Vec::new();
        if self.cancelled_skipped > 0 {
            left.push(count(
                self.cancelled_skipped,
                "cancelled occurrence",
                "cancelled occurrences",
            ));
        }
        if self.declined_skipped > 0 {
            left.push(count(
                self.declined_skipped,
                "occurrence you declined",
                "occurrences you declined",
            ));
        }
        if self.not_contacts > 0 {
            left.push(count(
                self.not_contacts,
                "occurrence with none of your contacts",
                "occurrences with none of your contacts",
            ));
        }
        if self.events_skipped > 0 {
            left.push(count(self.events_skipped, "unreadable event", "unreadable events"));
        }
        if self.files_skipped > 0 {
            left.push(count(self.files_skipped, "unreadable file", "unreadable files"));
        }
        if !left.is_empty() {
            text.push_str(&format!("Left out {}.\n", left.join(", ")));
        }
        text
    }
}

/// What an import of calendars needs besides the files.
#[derive(Debug, Clone)]
pub struct Options {
    /// The user's zone: floating times, all-day events, unknown TZIDs.
    pub tz: Tz,
    /// The clock's instant: the window, planned meetings, record stamps.
    pub now: DateTime<Utc>,
    /// The user's addresses (`[user] emails`, any case): an occurrence the
    /// user declined did not happen for them.
    pub user_emails: Vec<String>,
    /// A progress bar on stderr when it is a terminal.
    pub progress: bool,
}

/// Imports the calendar file or folder at `path` in one transaction: each
/// occurrence with a contact among its organizer and attendees becomes a
/// `meeting` (direction `both`) with each such contact, pushed into the sink
/// as it is expanded (nothing is collected: a calendar of 100,000 recurring
/// events costs one file and one event's occurrences at a time). For `tend
/// import calendar` and the daemon, once per changed file; `report` gets one
/// `FILE: why` line per file or event that could not be read.
pub fn import(store: &mut impl Load, path: &Path, opts: &Options, report: &mut dyn FnMut(&str)) -> Result<Summary> {
    let (tz, now) = (opts.tz, opts.now);
    let user: BTreeSet<String> = opts.user_emails.iter().map(|e| e.trim().to_lowercase()).collect();
    let cannot = |e: std::io::Error| Error::io_at("cannot read", path, e);
    let mut folders_skipped = 0;
    let files = calendar_files(path, &mut |folder, e| {
        let name = folder.strip_prefix(path).unwrap_or(folder);
        report(&format!("{}/: cannot read this folder: {e}", name.display()));
        folders_skipped += 1;
    })
    .map_err(cannot)?;
    let single = files.len() == 1 && files[0] == path;
    if files.is_empty() {
        return Err(Error::Failed(format!(
            "'{}' holds no .ics files: expected an .ics file or a folder of them (a vdir)",
            path.display()
        )));
    }
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let mut bar = Progress::new(opts.progress, "Importing calendar", total);
    let window = Window::around(now, tz);
    let mut out = Summary {
        source: "calendar",
        files_skipped: folders_skipped,
        ..Summary::default()
    };
    // One transaction: the contacts matched are the contacts written to.
    store.load(Size::Small, |sink| {
        let mut meetings = Meetings {
            index: sink.email_index()?,
            sink,
            user: &user,
            now,
            rows: 0,
            added: 0,
            touched: BTreeSet::new(),
            failed: None,
        };
        let mut complete = BTreeSet::new();
        for file in &files {
            let name = if single {
                file.file_name()
                    .map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned())
            } else {
                file.strip_prefix(path).unwrap_or(file).display().to_string()
            };
            let parsed = read_file(&bar, file).and_then(|text| {
                parse_each(&text, tz, window, &mut |series| {
                    for o in series.drain(..) {
                        bar.tick();
                        meetings.push(&o, &mut out);
                    }
                })
            });
            meetings.check()?;
            let parsed = match parsed {
                Ok(p) => p,
                // One file named on the command line that cannot be read is
                // the import failing; in a folder it is one file skipped.
                Err(why) if single => {
                    return Err(Error::Failed(format!("'{name}': {why}; nothing was imported")));
                }
                Err(why) => {
                    report(&format!("{name}: {why}"));
                    out.files_skipped += 1;
                    continue;
                }
            };
            out.files.push(name.clone());
            complete.extend(parsed.complete);
            for problem in &parsed.problems {
                report(&format!("{name}: {problem}"));
                out.events_skipped += 1;
            }
            for warning in &parsed.warnings {
                report(&format!("{name}: {warning}"));
            }
        }
        bar.finish();
        if out.files.is_empty() {
            return Err(Error::Failed(format!(
                "no file of '{}' could be read ({} skipped); nothing was imported",
                path.display(),
                out.files_skipped
            )));
        }
        out.planned_withdrawn = meetings.withdraw_planned(&complete)?;
        out.interactions_added = meetings.added;
        out.already_known = meetings.rows - meetings.added;
        meetings.refresh()?;
        Ok(out)
    })
}

/// The meetings of one import as they are pushed: counted, the contacts
/// they touch kept for one summary refresh at the end.
struct Meetings<'a> {
    sink: &'a mut dyn Sink,
    index: std::collections::HashMap<String, ContactId>,
    user: &'a BTreeSet<String>,
    now: DateTime<Utc>,
    /// Meetings pushed, and those of them not stored before.
    rows: u64,
    added: u64,
    touched: BTreeSet<ContactId>,
    /// A database error met while parsing, returned by `check`.
    failed: Option<Error>,
}

impl Meetings<'_> {
    /// One occurrence: skipped and counted, or a meeting with each contact
    /// among its people.
    fn push(&mut self, o: &Occurrence, out: &mut Summary) {
        if self.failed.is_some() {
            return;
        }
        if o.status == EventStatus::Cancelled {
            out.cancelled_skipped += 1;
            return;
        }
        if o.declined.iter().any(|a| self.user.contains(a)) {
            out.declined_skipped += 1;
            return;
        }
        let contacts: BTreeSet<ContactId> = o.people().filter_map(|a| self.index.get(a).copied()).collect();
        if contacts.is_empty() {
            out.not_contacts += 1;
            return;
        }
        for contact_id in contacts {
            let row = Captured {
                contact_id,
                at: o.start,
                // A meeting takes two: a touch and a response (rules.md).
                direction: Direction::Both,
                channel: Channel::Meeting,
                note: o.summary.clone(),
                source_key: o.key_with(contact_id),
            };
            self.rows += 1;
            match self.sink.meeting(&row, self.now) {
                Ok(true) => {
                    self.added += 1;
                    self.touched.insert(contact_id);
                }
                Ok(false) => {}
                Err(e) => {
                    self.failed = Some(e);
                    return;
                }
            }
        }
    }

    fn check(&mut self) -> Result<()> {
        self.failed.take().map_or(Ok(()), Err)
    }

    /// Removes the future meetings that earlier imports of these UIDs added
    /// and the calendar no longer has: a meeting moved to Thursday is not
    /// also still planned for Tuesday, and a cancelled one does not hold the
    /// check-in or become a touch that never happened. Past meetings are
    /// history and stay.
    fn withdraw_planned(&mut self, uids: &BTreeSet<String>) -> Result<u64> {
        let mut gone = 0;
        for uid in uids {
            let prefix = format!("ics:{uid}/");
            // Every key that starts with the prefix sorts below the prefix with
            // its '/' replaced by the next character, '0'.
            let end = format!("ics:{uid}0");
            for planned in self.sink.planned_not_current(&prefix, &end, self.now)? {
                // `<start>/<contact>` after the prefix: another UID that merely
                // starts with this one and a '/' has more parts.
                if planned.key[prefix.len()..].matches('/').count() == 1 {
                    self.sink.withdraw(planned.id)?;
                    self.touched.insert(planned.contact);
                    gone += 1;
                }
            }
        }
        Ok(gone)
    }

    /// The summaries of the contacts whose meetings changed, as `tend log`
    /// keeps them.
    fn refresh(&mut self) -> Result<()> {
        for contact in std::mem::take(&mut self.touched) {
            self.sink.refresh(contact, self.now)?;
        }
        Ok(())
    }
}

/// A file's text; what makes it unreadable, in words.
fn read_file(bar: &Progress, file: &Path) -> std::result::Result<String, Unreadable> {
    use std::io::Read;
    let f = crate::paths::open_regular(file).map_err(|e| Unreadable(format!("cannot open it: {e}")))?;
    let mut bytes = Vec::new();
    bar.reader(f)
        .read_to_end(&mut bytes)
        .map_err(|e| Unreadable(format!("cannot read it: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        Unreadable(format!(
            "not UTF-8 text (byte {} is invalid): not an iCalendar file",
            e.utf8_error().valid_up_to() + 1
        ))
    })
}

#[cfg(test)]
mod tests;
