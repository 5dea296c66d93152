//! Contacts: insert, update, look up, list, archive, forget.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Store, ts};
use crate::error::{Error, Result, StoreContext};
use crate::model::{Birthday, Cadence, Contact, ContactId, Status, Summary};

/// The writable fields of a contact; `None` leaves a field as it is on edit.
#[derive(Debug, Clone, Default)]
pub struct ContactFields {
    pub name: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub timezone: Option<String>,
    pub met: Option<String>,
    pub interests: Option<Vec<String>>,
    pub tags: Option<Vec<String>>,
    pub connected_on: Option<NaiveDate>,
    /// `Some(None)` stores "use the default cadence".
    pub cadence: Option<Option<Cadence>>,
    pub birthday: Option<Birthday>,
    pub note: Option<String>,
    pub status: Option<Status>,
    pub paused_until: Option<NaiveDate>,
}

impl ContactFields {
    /// True when no field is set (an edit with nothing to change).
    pub fn is_empty(&self) -> bool {
        let ContactFields {
            name,
            email,
            url,
            company,
            role,
            timezone,
            met,
            interests,
            tags,
            connected_on,
            cadence,
            birthday,
            note,
            status,
            paused_until,
        } = self;
        [name, email, url, company, role, timezone, met, note]
            .iter()
            .all(|v| v.is_none())
            && interests.is_none()
            && tags.is_none()
            && connected_on.is_none()
            && cadence.is_none()
            && birthday.is_none()
            && status.is_none()
            && paused_until.is_none()
    }
}

pub use crate::planner::LiveBounds;

/// What the planner needs of a contact: one row, no interactions.
#[derive(Debug, Clone)]
pub struct PlanRow {
    pub id: ContactId,
    pub name: String,
    /// `None`: the user's zone (also for a name this build does not know).
    pub timezone: Option<chrono_tz::Tz>,
    pub connected_on: Option<NaiveDate>,
    pub cadence: Option<Cadence>,
    pub birthday: Option<Birthday>,
    pub status: Status,
    pub paused_until: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub summary: Summary,
}

const CONTACT_COLUMNS: &str = "id, name, email, url, company, role, timezone, met, interests, tags, \
     connected_on, cadence, birthday, note, status, paused_until, created_at";

fn json_list(text: String) -> Vec<String> {
    serde_json::from_str(&text).unwrap_or_default()
}

fn parse_col<T: std::str::FromStr>(v: Option<String>) -> Option<T> {
    v.and_then(|s| s.parse().ok())
}

fn date_col(v: Option<String>) -> Option<NaiveDate> {
    v.as_deref().and_then(crate::time::read_date)
}

fn contact_from_row(r: &Row) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        url: r.get(3)?,
        company: r.get(4)?,
        role: r.get(5)?,
        timezone: r.get(6)?,
        met: r.get(7)?,
        interests: json_list(r.get(8)?),
        tags: json_list(r.get(9)?),
        connected_on: date_col(r.get(10)?),
        cadence: parse_col(r.get(11)?),
        birthday: parse_col(r.get(12)?),
        note: r.get(13)?,
        status: parse_col(r.get(14)?).unwrap_or(Status::Active),
        paused_until: date_col(r.get(15)?),
        created_at: ts::from(r.get(16)?),
    })
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
    conn.execute(
        "INSERT INTO contacts (name, email, url, company, role, timezone, met, interests, tags,
             connected_on, cadence, birthday, note, status, paused_until, source, external_key,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
        params![
            name,
            f.email,
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
        ],
    )
    .ctx("adding the contact")?;
    Ok(conn.last_insert_rowid())
}

/// Applies the fields that are set.
pub fn update(conn: &Connection, id: ContactId, f: &ContactFields, now: DateTime<Utc>) -> Result<()> {
    let mut sets: Vec<(&str, rusqlite::types::Value)> = Vec::new();
    use rusqlite::types::Value;
    let text = |v: &Option<String>| v.clone().map(Value::Text);
    for (col, v) in [
        ("name", text(&f.name)),
        ("email", text(&f.email)),
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
    conn.execute(&sql, rusqlite::params_from_iter(values))
        .ctx("updating the contact")?;
    Ok(())
}

pub fn get(conn: &Connection, id: ContactId) -> Result<Option<Contact>> {
    conn.query_row(
        &format!("SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?"),
        [id],
        contact_from_row,
    )
    .optional()
    .ctx("reading the contact")
}

pub fn all(conn: &Connection) -> Result<Vec<Contact>> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {CONTACT_COLUMNS} FROM contacts ORDER BY id"))
        .ctx("listing contacts")?;
    let rows = stmt.query_map([], contact_from_row).ctx("listing contacts")?;
    rows.collect::<rusqlite::Result<Vec<_>>>().ctx("listing contacts")
}

pub fn find_by_external_key(conn: &Connection, key: &str) -> Result<Option<ContactId>> {
    conn.query_row("SELECT id FROM contacts WHERE external_key = ?", [key], |r| r.get(0))
        .optional()
        .ctx("looking up an imported contact")
}

/// What the planner reads for every non-archived contact, or with `live`
/// only for those that may have an open nudge now. Text columns are read in
/// place and parsed, not copied: this runs over every contact on every plan.
pub fn plan_rows(conn: &Connection, live: Option<&LiveBounds>) -> Result<Vec<PlanRow>> {
    fn text<'r>(r: &'r Row, i: usize) -> rusqlite::Result<Option<&'r str>> {
        use rusqlite::types::ValueRef;
        Ok(match r.get_ref(i)? {
            ValueRef::Text(t) => std::str::from_utf8(t).ok(),
            _ => None,
        })
    }
    let mut zones: std::collections::HashMap<String, Option<chrono_tz::Tz>> = std::collections::HashMap::new();
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, name, timezone, connected_on, cadence, birthday, status, paused_until, created_at,
                    last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
                    out_after_response, first_out_after_at, responses
             FROM contacts WHERE status != 'archived' AND (?1 OR
                (cadence IS NULL AND NOT ?2) OR (cadence IS NOT NULL AND cadence != 'none')
                OR inbound_at >= ?3 OR connected_on >= ?4 OR (?5 AND birthday IS NOT NULL)
                OR id IN (SELECT contact_id FROM events WHERE kind IN ('new-job', 'birthday')
                    OR (kind IN ('promotion', 'achievement') AND on_date >= ?6))
                OR id IN (SELECT contact_id FROM nudges WHERE state IN ('delivered', 'snoozed')))",
        )
        .ctx("reading contacts to plan")?;
    let mut rows = match live {
        None => stmt.query(params![true, false, 0, "", false, ""]),
        Some(b) => stmt.query(params![
            false,
            b.default_cadence_none,
            ts::to(b.inbound_since),
            b.connected_since.to_string(),
            b.birthdays,
            b.celebrations_since.to_string()
        ]),
    }
    .ctx("reading contacts to plan")?;
    let mut out = Vec::new();
    let read =
        |r: &Row, zones: &mut std::collections::HashMap<String, Option<chrono_tz::Tz>>| -> rusqlite::Result<PlanRow> {
            let timezone = match text(r, 2)? {
                Some(name) => match zones.get(name) {
                    Some(z) => *z,
                    None => {
                        let z = name.parse().ok();
                        zones.insert(name.to_string(), z);
                        z
                    }
                },
                None => None,
            };
            Ok(PlanRow {
                id: r.get(0)?,
                name: r.get(1)?,
                timezone,
                connected_on: text(r, 3)?.and_then(crate::time::read_date),
                cadence: text(r, 4)?.and_then(|t| t.parse().ok()),
                birthday: text(r, 5)?.and_then(|t| t.parse().ok()),
                status: text(r, 6)?.and_then(|t| t.parse().ok()).unwrap_or(Status::Active),
                paused_until: text(r, 7)?.and_then(crate::time::read_date),
                created_at: ts::from(r.get(8)?),
                summary: summary_at(r, 9)?,
            })
        };
    while let Some(r) = rows.next().ctx("reading contacts to plan")? {
        out.push(read(r, &mut zones).ctx("reading contacts to plan")?);
    }
    Ok(out)
}

/// Reads the summary columns starting at `first`, in the order
/// last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
/// out_after_response, first_out_after_at, responses.
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
        last_note: None,
    })
}

/// The summary of one contact as stored.
pub fn summary(conn: &Connection, id: ContactId) -> Result<Summary> {
    conn.query_row(
        "SELECT last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
                out_after_response, first_out_after_at, responses, last_note
         FROM contacts WHERE id = ?",
        [id],
        |r| {
            Ok(Summary {
                last_note: r.get(8)?,
                ..summary_at(r, 0)?
            })
        },
    )
    .optional()
    .ctx("reading the contact's summary")?
    .ok_or_else(|| Error::Failed(format!("no contact with id {id}")))
}

/// Erases a contact and, by cascade, every record of it.
pub fn forget(conn: &Connection, id: ContactId) -> Result<()> {
    conn.execute("DELETE FROM contacts WHERE id = ?", [id])
        .ctx("forgetting the contact")?;
    Ok(())
}

impl Store {
    /// Resolves a CONTACT argument (cli.md): an existing id when digits-only,
    /// else a unique case-insensitive part of a name; an exact full-name match
    /// wins over longer names that contain it.
    pub fn resolve(&self, arg: &str) -> Result<ContactId> {
        let needle = arg.trim();
        if needle.is_empty() {
            return Err(Error::Input(
                "contact must not be empty: give an id or a part of a name".into(),
            ));
        }
        if needle.chars().all(|c| c.is_ascii_digit())
            && let Ok(id) = needle.parse::<i64>()
            && get(self.conn(), id)?.is_some()
        {
            return Ok(id);
        }
        let lower = needle.to_lowercase();
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, name FROM contacts")
            .ctx("looking up the contact")?;
        let mut matches: Vec<(i64, String)> = Vec::new();
        let mut exact: Vec<i64> = Vec::new();
        let mut rows = stmt.query([]).ctx("looking up the contact")?;
        while let Some(r) = rows.next().ctx("looking up the contact")? {
            let name: String = r.get(1).ctx("looking up the contact")?;
            let low = name.to_lowercase();
            if low.contains(&lower) {
                let id: i64 = r.get(0).ctx("looking up the contact")?;
                if low == lower {
                    exact.push(id);
                }
                matches.push((id, name));
            }
        }
        match (exact.as_slice(), matches.len()) {
            ([id], _) => Ok(*id),
            (_, 1) => Ok(matches[0].0),
            (_, 0) => Err(Error::Failed(format!("no contact matches '{needle}'"))),
            _ => {
                let shown: Vec<String> = matches
                    .iter()
                    .take(10)
                    .map(|(id, n)| format!("{n} (id {id})"))
                    .collect();
                let more = if matches.len() > 10 {
                    format!(" and {} more", matches.len() - 10)
                } else {
                    String::new()
                };
                Err(Error::Failed(format!(
                    "'{needle}' matches {} contacts: {}{more}; use an id or more of the name",
                    matches.len(),
                    shown.join(", ")
                )))
            }
        }
    }

    pub fn contact(&self, id: ContactId) -> Result<Contact> {
        get(self.conn(), id)?.ok_or_else(|| Error::Failed(format!("no contact with id {id}")))
    }
}
