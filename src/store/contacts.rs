//! Contacts: insert, update, look up, list, archive, forget.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Store, ts};
use crate::error::{Error, Result, StoreContext};
use crate::facts::Derive;
use crate::model::{Cadence, Contact, ContactFields, ContactId, Status, Summary, Talk};

use crate::facts::{LiveBounds, PlanRow};

/// The addresses come as a JSON list, read only for the contacts that have
/// one (`email` is the first of them): most imported contacts have none.
const CONTACT_COLUMNS: &str = "id, name, email, url, company, role, timezone, met, interests, tags, \
     connected_on, cadence, birthday, note, status, paused_until, created_at, greet, \
     CASE WHEN email IS NULL THEN NULL ELSE (SELECT json_group_array(address ORDER BY e.id) \
     FROM contact_emails e WHERE e.contact_id = contacts.id) END";

const CX: &str = "reading contacts";

fn contact_from_row(r: &Row) -> Result<Contact> {
    let id: ContactId = r.get(0).ctx(CX)?;
    let text = |i: usize| r.get::<_, Option<String>>(i).ctx(CX);
    // Borrowed: the values parsed below need no copy of their own.
    let borrowed = |i: usize| -> Result<Option<&str>> {
        match r.get_ref(i).ctx(CX)? {
            ValueRef::Null => Ok(None),
            ValueRef::Text(t) => std::str::from_utf8(t)
                .map(Some)
                .map_err(|_| super::damaged(id, &"its contact row", "a text", "that is not UTF-8")),
            _ => Err(super::damaged(id, &"its contact row", "a value", "that is not text")),
        }
    };
    let bad = |column: &str, v: &str| super::damaged(id, &"its contact row", column, &format!("'{v}'"));
    let list = |i: usize, column: &str| -> Result<Vec<String>> {
        match borrowed(i)? {
            // Most contacts have no interests or tags.
            Some("[]") => Ok(Vec::new()),
            Some(t) => serde_json::from_str(t).map_err(|_| bad(column, t)),
            None => Err(bad(column, "NULL")),
        }
    };
    let date = |i: usize, column: &str| -> Result<Option<NaiveDate>> {
        borrowed(i)?
            .map(|t| crate::time::read_date(t).ok_or_else(|| bad(column, t)))
            .transpose()
    };
    fn word<T: std::str::FromStr>(v: Option<&str>, bad: impl Fn(&str) -> Error) -> Result<Option<T>> {
        v.map(|t| t.parse().map_err(|_| bad(t))).transpose()
    }
    Ok(Contact {
        id,
        name: r.get(1).ctx(CX)?,
        email: text(2)?,
        url: text(3)?,
        company: text(4)?,
        role: text(5)?,
        timezone: text(6)?,
        met: text(7)?,
        interests: list(8, "interests")?,
        tags: list(9, "tags")?,
        connected_on: date(10, "connected_on")?,
        cadence: word(borrowed(11)?, |v| bad("cadence", v))?,
        birthday: word(borrowed(12)?, |v| bad("birthday", v))?,
        note: text(13)?,
        status: word(borrowed(14)?, |v| bad("status", v))?.unwrap_or(Status::Active),
        paused_until: date(15, "paused_until")?,
        created_at: ts::from(r.get(16).ctx(CX)?),
        greet: r.get(17).ctx(CX)?,
        emails: match borrowed(18)? {
            Some(t) => serde_json::from_str(t).map_err(|_| bad("emails", t))?,
            None => Vec::new(),
        },
    })
}

/// Addresses as stored: trimmed, blanks dropped, each once whatever its case
/// (the first spelling kept), in the order given.
pub fn clean_emails(given: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(given.len());
    for e in given {
        let e = e.trim();
        if !e.is_empty() && !out.iter().any(|o| o.to_lowercase() == e.to_lowercase()) {
            out.push(e.to_string());
        }
    }
    out
}

/// Replaces a contact's addresses with `emails` (already cleaned) and
/// mirrors the first in `contacts.email`.
fn store_emails(conn: &Connection, id: ContactId, emails: &[String]) -> Result<()> {
    const CX: &str = "storing the contact's e-mail addresses";
    conn.prepare_cached("DELETE FROM contact_emails WHERE contact_id = ?")
        .and_then(|mut st| st.execute([id]))
        .ctx(CX)?;
    let mut insert = conn
        .prepare_cached("INSERT INTO contact_emails (contact_id, address) VALUES (?1, ?2)")
        .ctx(CX)?;
    for e in emails {
        insert.execute(params![id, e]).ctx(CX)?;
    }
    Ok(())
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

/// Inserts a contact; `source` and `external_key` let imports find it again.
pub fn insert(
    conn: &Connection,
    f: &ContactFields,
    source: &str,
    external_key: Option<&str>,
    now: DateTime<Utc>,
) -> Result<ContactId> {
    let name = f.name.as_deref().unwrap_or_default();
    let emails = clean_emails(f.emails.as_deref().unwrap_or_default());
    // Cached: with its trigger, preparing this costs more than running it,
    // and an import inserts thousands.
    conn.prepare_cached(
        "INSERT INTO contacts (name, email, url, company, role, timezone, met, interests, tags,
             connected_on, cadence, birthday, note, status, paused_until, source, external_key,
             created_at, updated_at, greet)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18, ?19)",
    )
    .and_then(|mut st| {
        st.execute(params![
            name,
            emails.first(),
            f.url,
            f.company,
            f.role,
            f.timezone,
            f.met,
            to_json(f.interests.as_deref().unwrap_or_default()),
            to_json(f.tags.as_deref().unwrap_or_default()),
            f.connected_on.map(|d| d.to_string()),
            f.cadence.flatten().map(|c| c.to_string()),
            f.birthday.map(|b| b.to_string()),
            f.note,
            f.status.unwrap_or(Status::Active).as_str(),
            f.paused_until.map(|d| d.to_string()),
            source,
            external_key,
            ts::to(now),
            f.greet.as_deref().map(str::trim).filter(|g| !g.is_empty()),
        ])
    })
    .ctx("adding the contact")?;
    let id = conn.last_insert_rowid();
    if !emails.is_empty() {
        store_emails(conn, id, &emails)?;
    }
    Ok(id)
}

/// Applies the fields that are set.
pub fn update(
    conn: &Connection,
    derive: &dyn Derive,
    id: ContactId,
    f: &ContactFields,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut sets: Vec<(&str, rusqlite::types::Value)> = Vec::new();
    use rusqlite::types::Value;
    let text = |v: &Option<String>| v.clone().map(Value::Text);
    for (col, v) in [
        ("name", text(&f.name)),
        ("url", text(&f.url)),
        ("company", text(&f.company)),
        ("role", text(&f.role)),
        ("timezone", text(&f.timezone)),
        ("met", text(&f.met)),
        ("note", text(&f.note)),
        ("interests", f.interests.as_deref().map(|l| Value::Text(to_json(l)))),
        ("tags", f.tags.as_deref().map(|l| Value::Text(to_json(l)))),
        ("connected_on", f.connected_on.map(|d| Value::Text(d.to_string()))),
        ("birthday", f.birthday.map(|b| Value::Text(b.to_string()))),
        ("status", f.status.map(|s| Value::Text(s.as_str().into()))),
        ("paused_until", f.paused_until.map(|d| Value::Text(d.to_string()))),
    ] {
        if let Some(v) = v {
            sets.push((col, v));
        }
    }
    if let Some(g) = &f.greet {
        let g = g.trim();
        sets.push((
            "greet",
            if g.is_empty() {
                Value::Null
            } else {
                Value::Text(g.into())
            },
        ));
    }
    let emails = f.emails.as_deref().map(clean_emails);
    if let Some(list) = &emails {
        sets.push(("email", list.first().map_or(Value::Null, |e| Value::Text(e.clone()))));
    }
    if let Some(c) = f.cadence {
        sets.push(("cadence", c.map_or(Value::Null, |c| Value::Text(c.to_string()))));
    }
    // Unpausing or archiving clears the pause date; pausing sets the status.
    if f.paused_until.is_some() && f.status.is_none() {
        sets.push(("status", Value::Text(Status::Paused.as_str().into())));
    }
    if matches!(f.status, Some(Status::Active | Status::Archived)) && f.paused_until.is_none() {
        sets.push(("paused_until", Value::Null));
    }
    sets.push(("updated_at", Value::Integer(ts::to(now))));
    let sql = format!(
        "UPDATE contacts SET {} WHERE id = ?",
        sets.iter()
            .map(|(c, _)| format!("{c} = ?"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut values: Vec<Value> = sets.into_iter().map(|(_, v)| v).collect();
    values.push(Value::Integer(id));
    conn.prepare_cached(&sql)
        .and_then(|mut st| st.execute(rusqlite::params_from_iter(values)))
        .ctx("updating the contact")?;
    if let Some(list) = &emails {
        store_emails(conn, id, list)?;
    }
    // Rule 14: the usual hour is an hour of their day, learned again in the
    // new zone.
    if f.timezone.is_some() {
        super::records::refresh_summary(conn, derive, id, now)?;
    }
    Ok(())
}

pub fn get(conn: &Connection, id: ContactId) -> Result<Option<Contact>> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?"))
        .ctx("reading the contact")?;
    Ok(super::read_rows(stmt.query([id]), "reading the contact", contact_from_row)?.pop())
}

/// A contact's name alone: what `tend forget` needs, even of a contact whose
/// other columns were damaged.
pub fn name_of(conn: &Connection, id: ContactId) -> Result<Option<String>> {
    conn.prepare_cached("SELECT name FROM contacts WHERE id = ?")
        .and_then(|mut st| st.query_row([id], |r| r.get(0)).optional())
        .ctx("reading the contact")
}

/// Whether the database holds any contact.
pub fn any(conn: &Connection) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM contacts)")
        .and_then(|mut st| st.query_row([], |r| r.get(0)))
        .ctx("counting contacts")
}

pub fn all(conn: &Connection) -> Result<Vec<Contact>> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {CONTACT_COLUMNS} FROM contacts ORDER BY id"))
        .ctx("listing contacts")?;
    super::read_rows(stmt.query([]), "listing contacts", contact_from_row)
}

/// Contacts whose name is `name`, ignoring ASCII case, lowest id first.
pub fn ids_named(conn: &Connection, name: &str) -> Result<Vec<ContactId>> {
    let mut stmt = conn
        .prepare_cached("SELECT id FROM contacts WHERE name = ?1 COLLATE NOCASE ORDER BY id")
        .ctx("looking for a contact of the same name")?;
    let ids = stmt
        .query_map([name.trim()], |r| r.get(0))
        .ctx("looking for a contact of the same name")?;
    ids.collect::<rusqlite::Result<Vec<ContactId>>>()
        .ctx("looking for a contact of the same name")
}

pub fn find_by_external_key(conn: &Connection, key: &str) -> Result<Option<ContactId>> {
    conn.prepare_cached("SELECT id FROM contacts WHERE external_key = ?")
        .and_then(|mut st| st.query_row([key], |r| r.get(0)).optional())
        .ctx("looking up an imported contact")
}

/// The stored greeting names (`--greet`), by contact id: read from a small
/// index of the contacts that have one rather than the wide rows.
pub fn greetings(conn: &Connection) -> Result<Greetings> {
    let mut stmt = conn
        .prepare_cached("SELECT id, greet FROM contacts INDEXED BY contacts_greet WHERE greet IS NOT NULL")
        .ctx("reading greeting names")?;
    let mut found: Vec<(ContactId, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .and_then(|rows| rows.collect())
        .ctx("reading greeting names")?;
    found.sort_unstable_by_key(|(id, _)| *id);
    Ok(Greetings(found))
}

/// Greeting names by contact id (see [`greetings`]).
pub struct Greetings(Vec<(ContactId, String)>);

impl Greetings {
    /// Fills the greeting name of each row that has one.
    pub fn attach(&self, rows: &mut [PlanRow]) {
        if self.0.is_empty() {
            return;
        }
        for row in rows {
            if let Ok(i) = self.0.binary_search_by_key(&row.id, |(id, _)| *id) {
                row.greet = Some(self.0[i].1.clone());
            }
        }
    }
}

/// What the planner reads for every non-archived contact, or with `live`
/// only for those that may have an open nudge now: the ones its columns make
/// live, plus `also` (those live through their events or nudge records,
/// which the caller has read already; probing those tables for every contact
/// cost more than reading the rows). Sorted by id.
///
/// It reads `plan_rows`, a narrow copy of the planning columns that triggers
/// keep: this runs over every contact on every plan, and extracting 17
/// columns from the wide contacts rows was most of an agenda's time.
pub fn plan_rows(
    conn: &Connection,
    live: Option<&LiveBounds>,
    also: &[ContactId],
    usual_hours: UsualHours,
) -> Result<Vec<PlanRow>> {
    let mut raw = None;
    plan_rows_raw(conn, live, also, usize::MAX, |rows| {
        raw = Some(rows);
        Ok(())
    })?;
    let mut out = match raw {
        Some(raw) => Unpacker::new(usual_hours).unpack(&raw)?,
        None => Vec::new(),
    };
    out.sort_by_key(|r| r.id);
    Ok(out)
}

/// The rows of [`plan_rows`] as stored, handed to `each` `size` at a time
/// as they are read (in id order, except that those of `also` come last):
/// unpacking them (see [`Unpacker`]) costs about what reading them does,
/// so another thread may do it while this one reads on.
pub fn plan_rows_raw(
    conn: &Connection,
    live: Option<&LiveBounds>,
    also: &[ContactId],
    size: usize,
    mut each: impl FnMut(RawRows) -> Result<()>,
) -> Result<()> {
    let mut batch = RawBatch {
        rows: RawRows::default(),
        size,
        each: &mut each,
        seen: None,
    };
    let Some(b) = live else {
        let mut stmt = conn
            .prepare_cached("SELECT id, packed FROM plan_rows")
            .ctx("reading contacts to plan")?;
        collect_plan_rows(stmt.query([]), &mut batch)?;
        return batch.flush();
    };
    // A row with check-ins is read unless `checkins_before` rules its
    // check-in out (see `LiveBounds::until`).
    read_live_and_also(conn, &live_sql(), b, also, &mut batch)?;
    batch.flush()
}

/// Reads the planning rows `filter` keeps (with [`live_params`]), then
/// those of `also` not read already, into `batch`. Returns the ids read
/// by the filter, in id order (the table scan's).
fn read_live_and_also(
    conn: &Connection,
    filter: &str,
    live: &LiveBounds,
    also: &[ContactId],
    batch: &mut RawBatch,
) -> Result<Vec<ContactId>> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT id, packed FROM plan_rows WHERE {filter}"))
        .ctx("reading contacts to plan")?;
    let rows = stmt.query(live_params(live));
    // The ids read, to leave those of `also` already read out of the second query.
    batch.seen = Some(Vec::new());
    collect_plan_rows(rows, batch)?;
    let seen = batch.seen.take().unwrap_or_default();
    let extra: Vec<rusqlite::types::Value> = also
        .iter()
        .filter(|id| seen.binary_search(id).is_err())
        .map(|id| rusqlite::types::Value::Integer(*id))
        .collect();
    if !extra.is_empty() {
        let mut stmt = conn
            .prepare_cached("SELECT id, packed FROM plan_rows WHERE id IN rarray(?1)")
            .ctx("reading contacts to plan")?;
        collect_plan_rows(stmt.query([std::rc::Rc::new(extra)]), batch)?;
    }
    Ok(seen)
}

/// The planning rows [`LiveBounds`] keep, with [`live_params`]: those whose
/// check-in may be due and those live for anything else.
fn live_sql() -> String {
    format!("{CHECKIN_LIVE} OR {OTHER_LIVE}")
}

/// The rows of [`live_sql`] whose check-in may be due.
const CHECKIN_LIVE: &str = "(checkins = 2 AND (checkin_base IS NULL OR checkin_base + cadence_secs < ?5))
    OR (checkins = 1 AND NOT ?1 AND (checkin_base IS NULL OR checkin_base + ?6 < ?5))";
/// The rows of [`live_sql`] live for anything but a check-in.
const OTHER_LIVE: &str = "inbound_at >= ?2 OR connected_on >= ?3 OR (?4 AND birthday)";

/// What [`plan_rows_strongest`] reads: the rows `live` keeps and those of
/// `also`, at least `places` of the strongest by `key` among those live
/// through their check-in alone.
pub struct Strongest<'a, K> {
    pub live: &'a LiveBounds,
    pub also: &'a [ContactId],
    pub usual_hours: UsualHours,
    pub places: usize,
    pub key: K,
}

/// Rule 10 at a network whose check-ins ask for more places than the days
/// up to a horizon have: the planning rows `live` keeps, but of those live
/// through their check-in alone only the strongest. First every row live
/// for anything else, and those of `also`; then the check-in rows by their
/// stored bound of strength (`plan_rows.checkin_bound`), strongest first,
/// each row's exact strength key from `key`, until `places` rows read have a
/// key above the bound of the next (which only fades from there). Returns
/// the rows, unpacked, and that next bound (`None`: every row was read).
pub fn plan_rows_strongest<K: Fn(&PlanRow) -> u32>(
    conn: &Connection,
    ask: Strongest<'_, K>,
) -> Result<(Vec<PlanRow>, Option<u32>)> {
    const CX: &str = "reading contacts to plan";
    let Strongest {
        live,
        also,
        usual_hours,
        places,
        key,
    } = ask;
    // `0 AND …` binds the check-in parameters too, and keeps nothing.
    let filter = format!("{OTHER_LIVE} OR (0 AND ({CHECKIN_LIVE}))");
    let (raw, mut seen) = in_one_batch(|batch| read_live_and_also(conn, &filter, live, also, batch))?;
    let mut unpacker = Unpacker::new(usual_hours);
    let mut rows = unpacker.unpack(&raw)?;
    seen.extend(rows.iter().map(|r| r.id));
    seen.sort_unstable();
    // The `places` highest keys read so far, the least on top.
    let mut best: std::collections::BinaryHeap<std::cmp::Reverse<u32>> =
        rows.iter().map(|r| std::cmp::Reverse(key(r))).collect();
    while best.len() > places {
        best.pop();
    }
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT id, packed, checkin_bound FROM plan_rows INDEXED BY plan_rows_strongest \
             WHERE checkins != 0 AND ({CHECKIN_LIVE}) AND NOT coalesce({OTHER_LIVE}, 0) \
             ORDER BY checkin_bound DESC"
        ))
        .ctx(CX)?;
    let mut found = stmt.query(live_params(live)).ctx(CX)?;
    while let Some(r) = found.next().ctx(CX)? {
        let id: ContactId = r.get(0).ctx(CX)?;
        let bound: i64 = r.get(2).ctx(CX)?;
        let bound = u32::try_from(bound).unwrap_or(u32::MAX);
        if best.len() >= places && best.peek().is_some_and(|least| least.0 > bound) {
            return Ok((rows, Some(bound)));
        }
        if seen.binary_search(&id).is_ok() {
            continue;
        }
        // One row at a time through the unpacker, which reads every plan's
        // rows (a second caller of `plan_source::unpack` made it slower there).
        let mut one = RawRows::default();
        if let ValueRef::Text(t) = r.get_ref(1).ctx(CX)? {
            one.text.extend_from_slice(t);
            one.rows.push((id, Some(t.len())));
        } else {
            one.rows.push((id, None));
        }
        for row in unpacker.unpack(&one)? {
            best.push(std::cmp::Reverse(key(&row)));
            if best.len() > places {
                best.pop();
            }
            rows.push(row);
        }
    }
    Ok((rows, None))
}

/// What [`plan_rows_ahead_of`] reads: the rows that may come before the
/// check-in of a contact whose strength key is `key`.
pub struct AheadOf<'a> {
    /// Bounds without a horizon.
    pub live: &'a LiveBounds,
    /// Contacts read whatever their columns say: those live through their
    /// events or records, with any event or nudge record at all, whose
    /// summary is out of date, and the one shown.
    pub also: &'a [ContactId],
    pub usual_hours: UsualHours,
    pub key: u32,
    /// Rule 4's `max_unanswered`.
    pub max_unanswered: u32,
    /// Whether the default cadence is one (rows without their own have a check-in).
    pub default_cadence: bool,
}

/// The rows [`plan_rows_ahead_of`] reads, their ids, and how many of them
/// are of those it counts.
struct AheadRead<'e> {
    raw: RawRows,
    seen: rustc_hash::FxHashSet<ContactId>,
    counted: usize,
    /// Rows in a batch, and where each batch goes.
    size: usize,
    each: &'e mut dyn FnMut(RawRows) -> Result<()>,
}

impl AheadRead<'_> {
    /// Reads every row live for anything but a check-in (`OTHER_LIVE`), each
    /// on its own index: a message since `inbound_since`, a connection since
    /// `connected_since`, a birthday. `counted` is the query's column of
    /// whether a row is counted; `base` its first three parameters.
    fn read_other_live(
        &mut self,
        conn: &Connection,
        counted: &str,
        live: &LiveBounds,
        base: [&dyn rusqlite::ToSql; 3],
    ) -> Result<()> {
        let select = |from: &str, filter: &str| {
            format!("SELECT id, packed, {counted} FROM plan_rows INDEXED BY {from} WHERE {filter}")
        };
        let since = ts::to(live.inbound_since);
        self.read(
            conn,
            &select("plan_rows_inbound", "inbound_at >= ?4"),
            &[base[0], base[1], base[2], &since],
        )?;
        let connected = live.connected_since.to_string();
        self.read(
            conn,
            &select("plan_rows_connected", "connected_on >= ?4"),
            &[base[0], base[1], base[2], &connected],
        )?;
        if live.birthdays {
            self.read(conn, &select("plan_rows_birthday", "birthday"), &base)?;
        }
        Ok(())
    }

    /// Reads the rows of `sql` (id, packed, whether counted) not read yet.
    fn read(&mut self, conn: &Connection, sql: &str, params: &[&dyn rusqlite::ToSql]) -> Result<()> {
        const CX: &str = "reading contacts to plan";
        let mut stmt = conn.prepare_cached(sql).ctx(CX)?;
        let mut found = stmt.query(params).ctx(CX)?;
        while let Some(r) = found.next().ctx(CX)? {
            if self.raw.rows.len() >= self.size {
                self.flush()?;
            }
            let id: ContactId = r.get(0).ctx(CX)?;
            if !self.seen.insert(id) {
                continue;
            }
            let counted: bool = r.get(2).ctx(CX)?;
            self.counted += usize::from(counted);
            let end = match r.get_ref(1).ctx(CX)? {
                ValueRef::Text(t) => {
                    self.raw.text.extend_from_slice(t);
                    Some(self.raw.text.len())
                }
                _ => None,
            };
            self.raw.rows.push((id, end));
        }
        Ok(())
    }

    /// Hands on the rows read and not handed on yet.
    fn flush(&mut self) -> Result<()> {
        if self.raw.rows.is_empty() {
            return Ok(());
        }
        (self.each)(std::mem::take(&mut self.raw))
    }
}

/// Rule 10 for one contact where most check-ins compete (`tend show` at a
/// saturated network): a check-in comes after every other kind of nudge and
/// after stronger check-ins on any day, and nothing after it moves what
/// comes before it, so its fate needs only those. Reads the rows live for
/// anything but a check-in, those of `also`, and every check-in row but
/// those counted: weaker by their stored bound (`plan_rows.checkin_bound`),
/// and surely competing (`plan_rows.plain_unanswered`, with fewer messages
/// unanswered than rule 4 waits for). Hands the rows read to `each` as
/// stored, `size` at a time, and returns how many rows left unread have a
/// check-in that competes.
///
/// Each part is read on an index of its own: a scan of every row cost more
/// than planning those read.
pub fn plan_rows_ahead_of(
    conn: &Connection,
    ask: AheadOf<'_>,
    size: usize,
    each: &mut dyn FnMut(RawRows) -> Result<()>,
) -> Result<usize> {
    let b = ask.live;
    let key = i64::from(ask.key);
    let max = i64::from(ask.max_unanswered);
    let also: Vec<rusqlite::types::Value> = ask.also.iter().map(|id| rusqlite::types::Value::Integer(*id)).collect();
    let also = std::rc::Rc::new(also);
    // `?1`: the contact's key, `?2` max_unanswered, `?3` whether the default
    // cadence is one; each query adds what it reads by.
    let counted =
        "coalesce((checkins = 2 OR (checkins = 1 AND ?3)) AND checkin_bound < ?1 AND plain_unanswered < ?2, 0)";
    let select = |from: &str, filter: &str| {
        format!("SELECT id, packed, {counted} FROM plan_rows INDEXED BY {from} WHERE {filter}")
    };
    let mut read = AheadRead {
        raw: RawRows::default(),
        seen: rustc_hash::FxHashSet::default(),
        counted: 0,
        size,
        each,
    };
    let base: [&dyn rusqlite::ToSql; 3] = [&key, &max, &ask.default_cadence];
    // Check-ins that may be as strong.
    read.read(
        conn,
        &select("plan_rows_strongest", "checkins != 0 AND checkin_bound >= ?1"),
        &base,
    )?;
    // Check-ins not surely there, or waiting (rule 4).
    read.read(
        conn,
        &select("plan_rows_unplain", "plain_unanswered IS NULL AND checkins != 0"),
        &base,
    )?;
    read.read(
        conn,
        &select(
            "plan_rows_plain",
            "plain_unanswered IS NOT NULL AND checkins != 0 AND plain_unanswered >= ?2",
        ),
        &base,
    )?;
    // Live for anything but a check-in (`OTHER_LIVE`), and `also`.
    read.read_other_live(conn, counted, b, base)?;
    if !also.is_empty() {
        let sql = format!("SELECT id, packed, {counted} FROM plan_rows WHERE id IN rarray(?4)");
        read.read(conn, &sql, &[base[0], base[1], base[2], &also])?;
    }
    read.flush()?;
    let all = count_plain(conn, ask.default_cadence, max, key)?;
    Ok(all.saturating_sub(read.counted))
}

/// What [`plan_rows_behind`] reads: enough rows to show that the check-in
/// of a contact whose strength key is `key` finds no place, and rule 10's
/// figures of those left unread.
pub struct Behind<'a, K: Fn(&crate::facts::Bond) -> u32> {
    /// The contact's key, the bounds and the rows read whatever their
    /// columns say, as [`plan_rows_ahead_of`] has them.
    pub of: AheadOf<'a>,
    /// How many of the strongest counted check-ins to read.
    pub strongest: usize,
    /// A strength key from rule 15's facts at the current instant.
    pub strength: K,
}

/// The rows [`plan_rows_behind`] read, and the figures of those it did not.
pub struct BehindRows {
    pub rows: Vec<PlanRow>,
    /// Check-ins left unread that compete...
    pub elsewhere: usize,
    /// ...and of them, those stronger than the key asked about.
    pub stronger_elsewhere: usize,
}

/// Rule 10 for one contact's check-in where most check-ins compete and it
/// may be among the weaker (`tend show` at a saturated network): reads
/// every check-in row whose check-in is not surely there and every row live
/// for anything but a check-in (as [`plan_rows_ahead_of`]), those of
/// `also`, and the `strongest` counted
/// check-ins by their strength now; counts the others (check-ins surely
/// there, as [`plan_rows_ahead_of`] counts them) and how many of those are
/// stronger than `key`. A plan of the rows read in which the contact's
/// check-in finds no place is the whole plan's verdict (more rows only
/// take more places); the counts give its figures.
///
/// A stronger row's key is worked out from `plan_rows.bond` on the index
/// `plan_rows_bond`, without reading the row, and only where its stored
/// bound is above `key`: a bound of 2 (nothing in its history) is a
/// strength of nil.
pub fn plan_rows_behind<K: Fn(&crate::facts::Bond) -> u32>(
    conn: &Connection,
    ask: &Behind<'_, K>,
) -> Result<BehindRows> {
    const CX: &str = "reading contacts to plan";
    let key = i64::from(ask.of.key);
    let max = i64::from(ask.of.max_unanswered);
    let counted_kinds = "(checkins = 2 OR (checkins = 1 AND ?3))";
    // Every counted row stronger than `key`, with its key.
    let mut stronger: Vec<(u32, ContactId)> = Vec::new();
    let mut unread_bonds: Vec<ContactId> = Vec::new();
    {
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT id, bond FROM plan_rows INDEXED BY plan_rows_bond \
                 WHERE plain_unanswered IS NOT NULL AND checkins != 0 AND checkin_bound > ?1 \
                 AND {counted_kinds} AND plain_unanswered < ?2"
            ))
            .ctx(CX)?;
        let mut found = stmt.query(params![key.max(2), max, ask.of.default_cadence]).ctx(CX)?;
        while let Some(r) = found.next().ctx(CX)? {
            let id: ContactId = r.get(0).ctx(CX)?;
            match r.get_ref(1).ctx(CX)?.as_str().ok().and_then(bond_of) {
                Some(bond) => {
                    let k = (ask.strength)(&bond);
                    if k > ask.of.key {
                        stronger.push((k, id));
                    }
                }
                // Read whole, where a damaged row says what is wrong.
                None => unread_bonds.push(id),
            }
        }
    }
    // The strongest first; ties by id, so the rows read do not depend on the index's order.
    let take = ask.strongest.min(stronger.len());
    if take < stronger.len() {
        stronger.select_nth_unstable_by_key(take, |&(k, id)| (std::cmp::Reverse(k), id));
    }
    // One batch: the rows are few.
    let mut keep = |_: RawRows| Ok(());
    let mut read = AheadRead {
        raw: RawRows::default(),
        seen: rustc_hash::FxHashSet::default(),
        counted: 0,
        size: usize::MAX,
        each: &mut keep,
    };
    let wanted: Vec<rusqlite::types::Value> = ask
        .of
        .also
        .iter()
        .chain(&unread_bonds)
        .chain(stronger[..take].iter().map(|(_, id)| id))
        .map(|id| rusqlite::types::Value::Integer(*id))
        .collect();
    let counted = format!("coalesce({counted_kinds} AND plain_unanswered < ?2, 0)");
    let base: [&dyn rusqlite::ToSql; 3] = [&key, &max, &ask.of.default_cadence];
    read.read(
        conn,
        &format!(
            "SELECT id, packed, {counted} FROM plan_rows INDEXED BY plan_rows_unplain \
             WHERE plain_unanswered IS NULL AND checkins != 0"
        ),
        &base,
    )?;
    // One range of the index per kind: `checkins != 0` first would scan it all.
    for kind in [1i64, 2] {
        read.read(
            conn,
            &format!(
                "SELECT id, packed, {counted} FROM plan_rows INDEXED BY plan_rows_plain \
                 WHERE plain_unanswered IS NOT NULL AND checkins != 0 AND checkins = ?4 AND plain_unanswered >= ?2"
            ),
            &[base[0], base[1], base[2], &kind],
        )?;
    }
    // Every row live for anything but a check-in (`OTHER_LIVE`): other
    // kinds may be promised places ahead (rule 10), so a plan without some
    // of them may leave a check-in fewer places, not more; with all of them,
    // more check-ins only take more places.
    read.read_other_live(conn, &counted, ask.of.live, base)?;
    let wanted = std::rc::Rc::new(wanted);
    read.read(
        conn,
        &format!("SELECT id, packed, {counted} FROM plan_rows WHERE id IN rarray(?4)"),
        &[base[0], base[1], base[2], &wanted],
    )?;
    let raw = std::mem::take(&mut read.raw);
    let rows = Unpacker::new(ask.of.usual_hours).unpack(&raw)?;
    let stronger_elsewhere = stronger.iter().filter(|(_, id)| !read.seen.contains(id)).count();
    let all = count_plain(conn, ask.of.default_cadence, max, i64::MAX)?;
    Ok(BehindRows {
        rows,
        elsewhere: all.saturating_sub(read.counted),
        stronger_elsewhere,
    })
}

/// The counted check-in rows ([`plan_rows_ahead_of`]) whose bound is below
/// `below`, on the index of such rows, a range of bounds at a time (no
/// table row is read, no expression asked of each).
fn count_plain(conn: &Connection, default_cadence: bool, max: i64, below: i64) -> Result<usize> {
    let kinds: &[i64] = if default_cadence { &[1, 2] } else { &[2] };
    let mut all = 0i64;
    let mut stmt = conn
        .prepare_cached(
            "SELECT count(*) FROM plan_rows INDEXED BY plan_rows_plain \
             WHERE plain_unanswered IS NOT NULL AND checkins != 0 \
             AND checkins = ?1 AND plain_unanswered = ?2 AND checkin_bound < ?3",
        )
        .ctx("counting contacts to plan")?;
    for kind in kinds {
        for unanswered in 0..max.min(5) {
            let n: i64 = stmt
                .query_row([*kind, unanswered, below], |r| r.get(0))
                .ctx("counting contacts to plan")?;
            all += n;
        }
    }
    Ok(usize::try_from(all).unwrap_or(0))
}

/// Rule 15's facts from `plan_rows.bond` (see `plan_source`), read as the
/// same fields of `packed` are; `None` when it is not that.
pub(super) fn bond_of(text: &str) -> Option<crate::facts::Bond> {
    let mut f = super::plan_source::Fields(text);
    let count = |f: &mut super::plan_source::Fields| u32::try_from(f.int()?.unwrap_or(0)).ok();
    let talk = Talk {
        conversations: count(&mut f)?,
        they_opened: count(&mut f)?,
        you_opened: count(&mut f)?,
        answered: count(&mut f)?,
        answer_secs: f.int()?.unwrap_or(0),
        meetings: count(&mut f)?,
        first_at: f.int()?.map(ts::from),
    };
    let touch = f.int()?.map(ts::from);
    let response = f.int()?.map(ts::from);
    let by_hand = f.int()?.unwrap_or(0) != 0;
    f.0.is_empty().then_some(crate::facts::Bond {
        talk,
        last: touch.max(response),
        by_hand,
    })
}

fn live_params(b: &LiveBounds) -> impl rusqlite::Params {
    (
        b.default_cadence_none,
        ts::to(b.inbound_since),
        b.connected_since.to_string(),
        b.birthdays,
        b.checkins_before.map_or(i64::MAX, ts::to),
        b.default_cadence_secs,
    )
}

/// Whether `live` keeps more than half the planning rows (those live through
/// events or nudge records aside): whether a plan with these bounds reads
/// much less than a whole one. Counted from the narrow filter columns, and
/// only until the count decides it: at a network where every check-in is
/// due, half the rows say so.
pub fn live_most(conn: &Connection, live: &LiveBounds) -> Result<bool> {
    const CX: &str = "counting contacts to plan";
    let all: i64 = conn
        .prepare_cached("SELECT count(*) FROM plan_rows")
        .and_then(|mut st| st.query_row([], |r| r.get(0)))
        .ctx(CX)?;
    let enough = all / 2 + 1;
    let live_rows: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM (SELECT 1 FROM plan_rows WHERE {} LIMIT {enough})",
            live_sql()
        ))
        .and_then(|mut st| st.query_row(live_params(live), |r| r.get(0)))
        .ctx(CX)?;
    Ok(live_rows.saturating_mul(2) > all)
}

/// Whether more than half the planning rows may have check-ins (a cadence
/// of their own or the default): then a plan without a horizon reads most
/// rows whatever [`LiveBounds`] says, and asking it of each row costs more
/// than it leaves out. Counted on the index of check-in rows.
pub fn checkins_most(conn: &Connection) -> Result<bool> {
    const CX: &str = "counting contacts to plan";
    let all: i64 = conn
        .prepare_cached("SELECT count(*) FROM plan_rows")
        .and_then(|mut st| st.query_row([], |r| r.get(0)))
        .ctx(CX)?;
    // Whether the row past half of them is there: skipped over, not counted.
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM plan_rows INDEXED BY plan_rows_strongest \
         WHERE checkins != 0 LIMIT 1 OFFSET ?1)",
    )
    .and_then(|mut st| st.query_row([all / 2], |r| r.get(0)))
    .ctx(CX)
}

/// Whether [`plan_rows_ahead_of`] reads few rows for a contact whose
/// strength key is `key`: more than half the planning rows have a check-in
/// (`default_cadence`: whether the default cadence is one), and fewer than a
/// quarter of them may be as strong (their stored bound is at least `key`).
/// Counted on the index of check-in rows, only until the count decides it.
pub fn few_ahead(conn: &Connection, key: u32, default_cadence: bool) -> Result<bool> {
    const CX: &str = "counting contacts to plan";
    let all: i64 = conn
        .prepare_cached("SELECT count(*) FROM plan_rows")
        .and_then(|mut st| st.query_row([], |r| r.get(0)))
        .ctx(CX)?;
    // On the index alone (it holds `checkins`): no table row is read.
    let checkins = if default_cadence {
        "checkins != 0"
    } else {
        "checkins = 2"
    };
    let most: bool = conn
        .prepare_cached(&format!(
            "SELECT EXISTS (SELECT 1 FROM plan_rows INDEXED BY plan_rows_strongest \
             WHERE checkins != 0 AND {checkins} LIMIT 1 OFFSET ?1)"
        ))
        .and_then(|mut st| st.query_row([all / 2], |r| r.get(0)))
        .ctx(CX)?;
    if !most {
        return Ok(false);
    }
    let quarter = all / 4;
    let ahead: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM (SELECT 1 FROM plan_rows INDEXED BY plan_rows_strongest \
             WHERE checkins != 0 AND {checkins} AND checkin_bound >= ?1 LIMIT ?2)"
        ))
        .and_then(|mut st| st.query_row([i64::from(key), quarter], |r| r.get(0)))
        .ctx(CX)?;
    Ok(ahead < quarter)
}

/// Planning rows as stored (`plan_rows.packed`), not yet unpacked.
#[derive(Default)]
pub struct RawRows {
    text: Vec<u8>,
    /// Each row's id and where its text ends; `None` for a value that is not text.
    rows: Vec<(ContactId, Option<usize>)>,
}

impl RawRows {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Raw rows on their way to [`plan_rows_raw`]'s caller.
struct RawBatch<'e> {
    rows: RawRows,
    size: usize,
    each: &'e mut dyn FnMut(RawRows) -> Result<()>,
    seen: Option<Vec<ContactId>>,
}

impl RawBatch<'_> {
    fn push(&mut self, id: ContactId, packed: ValueRef) -> Result<()> {
        if let Some(seen) = self.seen.as_mut() {
            seen.push(id);
        }
        let end = match packed {
            ValueRef::Text(t) => {
                self.rows.text.extend_from_slice(t);
                Some(self.rows.text.len())
            }
            _ => None,
        };
        self.rows.rows.push((id, end));
        if self.rows.rows.len() >= self.size {
            return self.flush();
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        (self.each)(std::mem::take(&mut self.rows))
    }
}

/// Reads raw planning rows into [`PlanRow`]s, on whichever thread: it
/// remembers the zones it has parsed.
pub struct Unpacker {
    zones: Zones,
}

impl Unpacker {
    pub fn new(usual_hours: UsualHours) -> Unpacker {
        Unpacker {
            zones: Zones::new(usual_hours),
        }
    }

    pub fn unpack(&mut self, raw: &RawRows) -> Result<Vec<PlanRow>> {
        let mut out = Vec::with_capacity(raw.rows.len());
        let mut from = 0;
        for &(id, end) in &raw.rows {
            let row = end.and_then(|end| {
                let text = raw.text.get(from..end);
                from = end;
                text.and_then(|t| std::str::from_utf8(t).ok())
                    .and_then(|t| super::plan_source::unpack(id, t, &mut self.zones))
            });
            out.push(row.ok_or_else(|| super::plan_source::unreadable(id))?);
        }
        Ok(out)
    }
}

/// The planning row of one contact (none when archived).
pub fn plan_row(conn: &Connection, id: ContactId, usual_hours: UsualHours) -> Result<Vec<PlanRow>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, packed FROM plan_rows WHERE id = ?1")
        .ctx("reading the contact to plan")?;
    let (raw, ()) = in_one_batch(|batch| collect_plan_rows(stmt.query([id]), batch))?;
    Unpacker::new(usual_hours).unpack(&raw)
}

/// The raw rows `read` collects, in one batch, and what it returns.
fn in_one_batch<T>(read: impl FnOnce(&mut RawBatch) -> Result<T>) -> Result<(RawRows, T)> {
    let mut raw = RawRows::default();
    let mut keep = |rows: RawRows| {
        raw = rows;
        Ok(())
    };
    let mut batch = RawBatch {
        rows: RawRows::default(),
        size: usize::MAX,
        each: &mut keep,
        seen: None,
    };
    let found = read(&mut batch)?;
    batch.flush()?;
    Ok((raw, found))
}

/// Rule 14: whether planning rows carry the contacts' usual hours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UsualHours {
    /// `learned_hours` is off.
    Off,
    /// Attached when learned in the zone the row is planned in: the
    /// contact's own, else this one (the user's).
    In(chrono_tz::Tz),
}

/// Time zones by name, parsed once per plan, and the zone usual hours of
/// contacts without one of their own must have been learned in.
pub(super) struct Zones {
    parsed: std::collections::HashMap<String, Option<chrono_tz::Tz>>,
    /// Cadences by their text, likewise (most contacts share a few).
    cadences: std::collections::HashMap<String, Option<Cadence>>,
    pub(super) usual_hours: UsualHours,
}

impl Zones {
    /// The zone of this name, `None` for a name this build does not know.
    pub(super) fn parse(&mut self, name: &str) -> Option<chrono_tz::Tz> {
        if let Some(z) = self.parsed.get(name) {
            return *z;
        }
        let z = name.parse().ok();
        self.parsed.insert(name.to_string(), z);
        z
    }

    /// The cadence this text says, `None` when it says none tend reads.
    pub(super) fn cadence(&mut self, text: &str) -> Option<Cadence> {
        if let Some(c) = self.cadences.get(text) {
            return *c;
        }
        let c = text.parse().ok();
        self.cadences.insert(text.to_string(), c);
        c
    }

    fn new(usual_hours: UsualHours) -> Zones {
        Zones {
            parsed: std::collections::HashMap::new(),
            cadences: std::collections::HashMap::new(),
            usual_hours,
        }
    }
}

fn collect_plan_rows(rows: rusqlite::Result<rusqlite::Rows<'_>>, out: &mut RawBatch) -> Result<()> {
    let mut rows = rows.ctx("reading contacts to plan")?;
    while let Some(r) = rows.next().ctx("reading contacts to plan")? {
        let id: ContactId = r.get(0).ctx("reading contacts to plan")?;
        out.push(id, r.get_ref(1).ctx("reading contacts to plan")?)?;
    }
    Ok(())
}

/// Reads the summary columns starting at `first`, in the order
/// last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
/// out_after_response, first_out_after_at, responses, inbound_closer, (one
/// column the caller reads), planned_at, stale_at, then the talk columns
/// (as [`talk_at`] reads them), pitches_only.
fn summary_at(r: &Row, first: usize) -> rusqlite::Result<Summary> {
    let inbound: (Option<i64>, Option<i64>) = (r.get(first + 3)?, r.get(first + 4)?);
    Ok(Summary {
        last_touch: ts::from_opt(r.get(first)?),
        last_light_touch: ts::from_opt(r.get(first + 1)?),
        last_response: ts::from_opt(r.get(first + 2)?),
        pending_inbound: match inbound {
            (Some(id), Some(at)) => Some((id, ts::from(at))),
            _ => None,
        },
        out_after_response: r.get(first + 5)?,
        first_out_after_response: ts::from_opt(r.get(first + 6)?),
        responses: r.get(first + 7)?,
        pending_closer: r.get(first + 8)?,
        // Read by the callers that select it (`summary`, the planning row).
        pending_plan: crate::model::PendingPlan::None,
        last_note: None,
        planned: ts::from_opt(r.get(first + 10)?),
        stale_at: ts::from_opt(r.get(first + 11)?),
        talk: talk_at(r, first + 12)?,
        pitches_only: r.get(first + 19)?,
    })
}

fn talk_at(r: &Row, first: usize) -> rusqlite::Result<Talk> {
    Ok(Talk {
        conversations: r.get(first)?,
        they_opened: r.get(first + 1)?,
        you_opened: r.get(first + 2)?,
        answered: r.get(first + 3)?,
        answer_secs: r.get(first + 4)?,
        meetings: r.get(first + 5)?,
        first_at: ts::from_opt(r.get(first + 6)?),
    })
}

/// Rule 15's facts of every contact (`None`) or of one, by id: what
/// `tend list` and `tend show` compute strength from.
pub fn bonds(conn: &Connection, only: Option<ContactId>) -> Result<Vec<(ContactId, crate::facts::Bond)>> {
    // One contact by its key: `?1 IS NULL OR id = ?1` in one statement made
    // SQLite scan every row for it (two thirds of `tend show` at 30,000).
    let sql = match only {
        Some(_) => format!("SELECT id, {BOND_COLUMNS} FROM contacts WHERE id = ?1"),
        None => format!("SELECT id, {BOND_COLUMNS} FROM contacts WHERE ?1 IS NULL"),
    };
    conn.prepare_cached(&sql)
        .and_then(|mut st| st.query_map([only], |r| Ok((r.get(0)?, bond_at(r, 1)?)))?.collect())
        .ctx("reading the contacts' history counts")
}

/// The columns of rule 15's [`crate::facts::Bond`], in the order [`bond_at`]
/// reads them (the talk columns as [`talk_at`] does).
const BOND_COLUMNS: &str = concat!(
    "last_touch_at, last_response_at, by_hand, ",
    "talk_conversations, talk_they_opened, talk_you_opened, talk_answered, ",
    "talk_answer_secs, talk_meetings, talk_first_at"
);
/// How many they are.
const BOND_WIDTH: usize = 10;

fn bond_at(r: &Row, first: usize) -> rusqlite::Result<crate::facts::Bond> {
    let (touch, response) = (ts::from_opt(r.get(first)?), ts::from_opt(r.get(first + 1)?));
    Ok(crate::facts::Bond {
        talk: talk_at(r, first + 3)?,
        last: touch.max(response),
        by_hand: r.get(first + 2)?,
    })
}

/// Calls `each` with every contact in id order, one at a time (a list of
/// 30,000 never sits in memory whole), with its rule-15 facts ([`bonds`])
/// read from the same row: `tend list --json` streams strengths without
/// reading every contact twice.
pub fn for_each(conn: &Connection, mut each: impl FnMut(Contact, crate::facts::Bond) -> Result<()>) -> Result<()> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {CONTACT_COLUMNS}, {BOND_COLUMNS} FROM contacts ORDER BY id"
        ))
        .ctx("listing contacts")?;
    let first_bond = stmt.column_count() - BOND_WIDTH;
    let mut rows = stmt.query([]).ctx("listing contacts")?;
    while let Some(r) = rows.next().ctx("listing contacts")? {
        let bond = bond_at(r, first_bond).ctx("reading the contacts' history counts")?;
        each(contact_from_row(r)?, bond)?;
    }
    Ok(())
}

/// Calls `each` with every contact in id order, one at a time, without its
/// rule-15 facts (read from the planning rows instead: `tend list --json`
/// at a network where every row is planned).
pub fn for_each_alone(conn: &Connection, mut each: impl FnMut(Contact) -> Result<()>) -> Result<()> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {CONTACT_COLUMNS} FROM contacts ORDER BY id"))
        .ctx("listing contacts")?;
    let mut rows = stmt.query([]).ctx("listing contacts")?;
    while let Some(r) = rows.next().ctx("listing contacts")? {
        each(contact_from_row(r)?)?;
    }
    Ok(())
}

/// The stored cadences of active contacts (`None`: the default), each with
/// how many contacts have it (rule 10's demand). A cadence that does not
/// parse is left out: it plans nothing either.
pub fn cadence_counts(conn: &Connection) -> Result<Vec<(Option<Cadence>, u64)>> {
    let rows: Vec<(Option<String>, i64)> = conn
        .prepare_cached("SELECT cadence, count(*) FROM contacts WHERE status = 'active' GROUP BY cadence")
        .and_then(|mut st| st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .ctx("counting the contacts' cadences")?;
    Ok(rows
        .into_iter()
        .filter_map(|(text, n)| {
            let cadence = match text {
                Some(t) => Some(t.parse::<Cadence>().ok()?),
                None => None,
            };
            Some((cadence, u64::try_from(n).unwrap_or(0)))
        })
        .collect())
}

/// Marks that the user set this contact's cadence or a tag by hand (rule 15).
pub fn mark_by_hand(conn: &Connection, id: ContactId) -> Result<()> {
    conn.prepare_cached("UPDATE contacts SET by_hand = 1 WHERE id = ?1 AND by_hand = 0")
        .and_then(|mut st| st.execute([id]))
        .ctx("recording a cadence or tag set by hand")?;
    Ok(())
}

/// Records whether the user's own cadence for this contact is set by hand
/// (rule 3: pitches only stop no cadence of the user's); `false` when they
/// gave it back to the default.
pub fn set_cadence_by_hand(conn: &Connection, id: ContactId, by_hand: bool) -> Result<()> {
    conn.prepare_cached("UPDATE contacts SET cadence_by_hand = ?2 WHERE id = ?1 AND cadence_by_hand != ?2")
        .and_then(|mut st| st.execute(params![id, by_hand]))
        .ctx("recording a cadence set by hand")?;
    Ok(())
}

/// Records what the user set by hand, as the app tells it: `(by_hand,
/// cadence_by_hand)`, the latter `None` to leave it as it is.
pub fn record_by_hand(
    conn: &Connection,
    id: ContactId,
    (by_hand, cadence_by_hand): (bool, Option<bool>),
) -> Result<()> {
    if by_hand {
        mark_by_hand(conn, id)?;
    }
    if let Some(own) = cadence_by_hand {
        set_cadence_by_hand(conn, id, own)?;
    }
    Ok(())
}

/// The summary of one contact as stored.
pub fn summary(conn: &Connection, id: ContactId) -> Result<Summary> {
    conn.prepare_cached(
        "SELECT last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
                out_after_response, first_out_after_at, responses, inbound_closer, last_note,
                planned_at, stale_at, talk_conversations, talk_they_opened, talk_you_opened, talk_answered,
                talk_answer_secs, talk_meetings, talk_first_at, pitches_only, inbound_plan
         FROM contacts WHERE id = ?",
    )
    .and_then(|mut st| {
        st.query_row([id], |r| {
            Ok(Summary {
                last_note: r.get(9)?,
                pending_plan: crate::model::PendingPlan::from_code(r.get(20)?).unwrap_or_default(),
                ..summary_at(r, 0)?
            })
        })
        .optional()
    })
    .ctx("reading the contact's summary")?
    .ok_or_else(|| Error::NoSuchId(id))
}

/// Erases a contact and, by cascade, every record of it.
pub fn forget(conn: &Connection, id: ContactId) -> Result<()> {
    conn.execute("DELETE FROM contacts WHERE id = ?", [id])
        .ctx("forgetting the contact")?;
    Ok(())
}

/// A name as a search compares it: lower case, accents and ligatures of
/// the Latin scripts taken off ("Nguyễn" is "nguyen", "Søren" "soren"), so
/// that a name typed on any keyboard finds its contact.
pub fn fold(name: &str) -> String {
    /// Each accented letter (lower case) and what it is without its accent.
    const PLAIN: &[(&str, &str)] = &[
        ("àáâãäåāăąǎạảấầẩẫậắằẳẵặ", "a"),
        ("çćĉċč", "c"),
        ("ďđð", "d"),
        ("èéêëēĕėęěẹẻẽếềểễệ", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįıǐỉị", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏőǒơọỏốồổỗộớờởỡợ", "o"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ţťŧț", "t"),
        ("ùúûüũūŭůűųǔưụủứừửữự", "u"),
        ("ŵ", "w"),
        ("ýÿŷỳỵỷỹ", "y"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("þ", "th"),
    ];
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            out.push(c);
        } else if let Some((_, plain)) = PLAIN.iter().find(|(accented, _)| accented.contains(c)) {
            out.push_str(plain);
        } else {
            out.push(c);
        }
    }
    out
}

/// How far `typed` is from the name `folded` (both folded): the fewest
/// edits that turn it into the whole name or one of its words, when that is
/// few enough for a typo (a third of what was typed, at least two, and
/// fewer than its length: no name is near two letters that all differ).
fn nearness(typed: &str, folded: &str) -> Option<usize> {
    let length = typed.chars().count();
    let most = (length / 3).max(2).min(length.saturating_sub(1));
    std::iter::once(folded)
        .chain(folded.split_whitespace())
        .map(|part| edits(typed, part))
        .min()
        .filter(|d| *d <= most)
}

/// The Levenshtein distance between `a` and `b`, in characters.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb)).min(above + 1).min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

impl Store {
    /// Resolves a CONTACT argument (cli.md): an existing id when digits-only,
    /// else a unique part of a name, without regard to case or accents
    /// ("lea" finds Léa); an exact full-name match wins over longer names
    /// that contain it. When nothing matches, the error names the nearest
    /// names.
    pub fn resolve(&self, arg: &str) -> Result<ContactId> {
        let needle = arg.trim();
        if needle.is_empty() {
            return Err(Error::Input(
                "contact must not be empty: give an id or a part of a name".into(),
            ));
        }
        if needle.chars().all(|c| c.is_ascii_digit())
            && let Ok(id) = needle.parse::<i64>()
            && name_of(self.conn(), id)?.is_some()
        {
            return Ok(id);
        }
        let folded = fold(needle);
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, name FROM contacts")
            .ctx("looking up the contact")?;
        let mut matches: Vec<(i64, String)> = Vec::new();
        let mut exact: Vec<i64> = Vec::new();
        let mut nearest: Vec<(usize, i64, String)> = Vec::new();
        let mut rows = stmt.query([]).ctx("looking up the contact")?;
        while let Some(r) = rows.next().ctx("looking up the contact")? {
            let name: String = r.get(1).ctx("looking up the contact")?;
            let id: i64 = r.get(0).ctx("looking up the contact")?;
            let low = fold(&name);
            if low.contains(&folded) {
                if low == folded {
                    exact.push(id);
                }
                matches.push((id, name));
            } else if matches.is_empty()
                && let Some(d) = nearness(&folded, &low)
            {
                nearest.push((d, id, name));
            }
        }
        match (exact.as_slice(), matches.len()) {
            ([id], _) => Ok(*id),
            (_, 1) => Ok(matches[0].0),
            (_, 0) => {
                nearest.sort();
                Err(Error::NoMatch {
                    needle: needle.to_string(),
                    nearest: nearest.into_iter().take(3).map(|(_, id, n)| (id, n)).collect(),
                })
            }
            _ => Err(Error::Ambiguous {
                needle: needle.to_string(),
                candidates: matches,
            }),
        }
    }

    pub fn contact(&self, id: ContactId) -> Result<Contact> {
        get(self.conn(), id)?.ok_or_else(|| Error::NoSuchId(id))
    }
}

#[cfg(test)]
mod tests {
    use super::super::plan_source::Fields;
    use super::*;
    use crate::model::{Channel, Direction};
    use crate::store::records;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// The planning row as the contacts table holds it, read the long way.
    fn expected(store: &Store) -> Vec<PlanRow> {
        all(store.conn())
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .filter(|c| c.status != Status::Archived)
            .map(|c| PlanRow {
                id: c.id,
                summary: Summary {
                    last_note: None,
                    ..summary(store.conn(), c.id).unwrap_or_else(|e| panic!("{e}"))
                },
                timezone: c.timezone.and_then(|t| t.parse().ok()),
                name: c.name,
                connected_on: c.connected_on,
                cadence: c.cadence,
                birthday: c.birthday,
                status: c.status,
                paused_until: c.paused_until,
                created_at: c.created_at,
                usual_hour: None,
                greet: None,
                by_hand: flag(store.conn(), c.id, "by_hand"),
                cadence_by_hand: flag(store.conn(), c.id, "cadence_by_hand"),
            })
            .collect()
    }

    fn flag(conn: &Connection, id: ContactId, column: &str) -> bool {
        conn.query_row(&format!("SELECT {column} FROM contacts WHERE id = ?"), [id], |r| {
            r.get(0)
        })
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn check(store: &Store, what: &str) {
        let got = plan_rows(store.conn(), None, &[], UsualHours::Off).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got, expected(store), "after {what}");
    }

    #[test]
    fn names_are_found_without_case_or_accents_and_typos_get_the_nearest() {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let now = at("2026-11-26T10:00:00Z");
        let names = [
            "Tomás Ortega",
            "José García",
            "Léa Martin",
            "Nguyễn Thị Minh",
            "Søren Kierkegaard",
        ];
        store
            .write(|tx| {
                for n in names {
                    let f = ContactFields {
                        name: Some(n.into()),
                        ..ContactFields::default()
                    };
                    insert(tx, &f, "manual", None, now)?;
                }
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        for (typed, id) in [
            ("tomas", 1),
            ("garcia", 2),
            ("LEA", 3),
            ("nguyen", 4),
            ("soren", 5),
            ("Léa", 3),
        ] {
            assert_eq!(store.resolve(typed).ok(), Some(id), "{typed}");
        }
        let err = store.resolve("tomsa").map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err("no contact matches 'tomsa'; the nearest: Tomás Ortega (id 1)".to_string())
        );
        let err = store.resolve("zzzzzz").map_err(|e| e.to_string());
        assert_eq!(err, Err("no contact matches 'zzzzzz'".to_string()));
        // A caller tells a miss from an ambiguous name by its kind, and gets
        // the candidates, not only a sentence.
        match store.resolve("a") {
            Err(e @ Error::Ambiguous { .. }) => {
                assert_eq!(e.exit_code(), 1);
                let Error::Ambiguous { candidates, .. } = &e else {
                    unreachable!()
                };
                assert!(
                    candidates.iter().any(|(id, n)| *id == 1 && n == "Tomás Ortega"),
                    "{candidates:?}"
                );
                assert!(e.to_string().contains("; use an id or more of the name"), "{e}");
            }
            other => panic!("not ambiguous: {other:?}"),
        }
        assert!(matches!(store.resolve("99"), Err(Error::NoMatch { .. })));
        assert!(matches!(store.contact(99), Err(Error::NoSuchId(99))));
    }

    proptest::proptest! {
        /// Folding keeps ASCII as lower case and never grows a name but by
        /// ligatures; a folded name folds to itself.
        #[test]
        fn folding_is_idempotent_and_lowercases_ascii(name in "[a-zA-Z àéîõüçñßæøłđễ]{0,20}") {
            let once = fold(&name);
            proptest::prop_assert_eq!(fold(&once), once.clone());
            proptest::prop_assert!(once.chars().all(|c| !c.is_uppercase()));
            proptest::prop_assert!(once.is_ascii(), "{}", once);
        }

        /// The distance is a metric's: zero from itself, symmetric, and at
        /// most the longer length.
        #[test]
        fn edits_is_symmetric_and_bounded(a in "[a-zé]{0,8}", b in "[a-zé]{0,8}") {
            proptest::prop_assert_eq!(edits(&a, &a), 0);
            proptest::prop_assert_eq!(edits(&a, &b), edits(&b, &a));
            proptest::prop_assert!(edits(&a, &b) <= a.chars().count().max(b.chars().count()));
        }
    }

    #[test]
    fn packed_fields_read_numbers_nulls_and_refuse_the_rest() {
        let mut f = Fields("12,-3,,abc,-,9223372036854775808,x,rest, with commas");
        assert_eq!(f.int(), Some(Some(12)));
        assert_eq!(f.int(), Some(Some(-3)));
        assert_eq!(f.int(), Some(None));
        assert_eq!(f.text(), Some(Some("abc")));
        assert_eq!(f.int(), None);
        assert_eq!(Fields("abc,").int(), None);
        assert_eq!(Fields("-,").int(), None);
        assert_eq!(Fields("9223372036854775808,").int(), None, "overflow");
        assert_eq!(Fields("12").int(), None, "no end");
        assert_eq!(Fields("x").text(), None, "no end");
    }

    proptest::proptest! {
        /// A field is a number when it is an optional minus and 1 to 18
        /// digits, a NULL when empty, and nothing else.
        #[test]
        fn a_packed_number_reads_as_rust_reads_it(field in "-?[0-9]{0,20}|[-0-9a,]{0,6}", rest in "[0-9,]{0,3}") {
            let text = format!("{field},{rest}");
            let mut f = Fields(&text);
            let digits = field.strip_prefix('-').unwrap_or(&field);
            let want = if field.is_empty() {
                Some(None)
            } else if (1..=18).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
                field.parse::<i64>().ok().map(Some)
            } else {
                None
            };
            let first_field_has_no_comma = !field.contains(',');
            if first_field_has_no_comma {
                proptest::prop_assert_eq!(f.int(), want);
                if want.is_some() {
                    proptest::prop_assert_eq!(f.0, rest.as_str());
                }
            }
        }
    }

    #[test]
    fn the_planning_copy_follows_every_change() {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let now = at("2026-11-26T10:00:00Z");
        let fields = |name: &str| ContactFields {
            name: Some(name.into()),
            ..ContactFields::default()
        };
        let sara = ContactFields {
            timezone: Some("America/New_York".into()),
            connected_on: NaiveDate::from_ymd_opt(2024, 2, 29),
            cadence: Some(Some("3w".parse().unwrap_or_else(|e| panic!("{e}")))),
            birthday: Some("--02-29".parse().unwrap_or_else(|e| panic!("{e}"))),
            ..fields("Lee, Sara, PhD")
        };
        let (a, b) = store
            .write(|tx| {
                let a = insert(tx, &sara, "manual", None, now)?;
                // Not a zone, with a comma: read as "no zone", as before.
                let odd = ContactFields {
                    timezone: Some("Mars/Olympus,Mons".into()),
                    ..fields("")
                };
                Ok((a, insert(tx, &odd, "manual", None, now)?))
            })
            .unwrap_or_else(|e| panic!("{e}"));
        check(&store, "adding");
        store
            .write(|tx| {
                let when = at("2026-11-20T09:00:00Z");
                records::insert_interaction(tx, a, when, Direction::In, Channel::Message, Some("hi"), None, now)?;
                records::refresh_summary(tx, &crate::app::derive::IN_UTC, a, now)?;
                let when = at("2026-11-21T09:00:00Z");
                records::insert_interaction(tx, b, when, Direction::Out, Channel::Message, None, None, now)?;
                records::refresh_summary(tx, &crate::app::derive::IN_UTC, b, now)
            })
            .unwrap_or_else(|e| panic!("{e}"));
        check(&store, "logging");
        let pause = ContactFields {
            paused_until: NaiveDate::from_ymd_opt(2027, 1, 5),
            cadence: Some(None),
            ..fields("Sara Lee")
        };
        store
            .write(|tx| update(tx, &crate::app::derive::IN_UTC, a, &pause, now))
            .unwrap_or_else(|e| panic!("{e}"));
        check(&store, "editing");
        store
            .write(|tx| update(tx, &crate::app::derive::IN_UTC, a, &fields("Sara Lee-Chen"), now))
            .unwrap_or_else(|e| panic!("{e}"));
        check(&store, "renaming");
        let archive = ContactFields {
            status: Some(Status::Archived),
            ..ContactFields::default()
        };
        store
            .write(|tx| update(tx, &crate::app::derive::IN_UTC, b, &archive, now))
            .unwrap_or_else(|e| panic!("{e}"));
        check(&store, "archiving");
        assert_eq!(
            plan_rows(store.conn(), None, &[], UsualHours::Off)
                .map(|r| r.len())
                .ok(),
            Some(1)
        );
        let active = ContactFields {
            status: Some(Status::Active),
            ..ContactFields::default()
        };
        store
            .write(|tx| update(tx, &crate::app::derive::IN_UTC, b, &active, now))
            .unwrap_or_else(|e| panic!("{e}"));
        check(&store, "restoring");
        store.write(|tx| forget(tx, a)).unwrap_or_else(|e| panic!("{e}"));
        check(&store, "forgetting");
        assert_eq!(
            plan_rows(store.conn(), None, &[], UsualHours::Off)
                .map(|r| r.len())
                .ok(),
            Some(1)
        );
    }
}
