//! The table-level side of `tend export json` and `tend import json`: every
//! row of every table as a JSON object by column name, and rows put back
//! from such objects. The file layout lives in `export::json` and
//! `import::json`; the SQL lives here.

use rusqlite::Connection;
use rusqlite::types::{Value as Sql, ValueRef};
use serde_json::{Map, Value};
use std::collections::HashMap;

use crate::error::{Error, Result, StoreContext};

/// The tables, parents first (the order a restore inserts them in), and how
/// their rows are ordered.
pub const TABLES: [(&str, &str); 5] = [
    ("contacts", "id"),
    ("contact_emails", "id"),
    ("interactions", "id"),
    ("events", "id"),
    ("nudges", "key"),
];

pub fn schema_version(conn: &Connection) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .ctx("reading the schema version")
}

/// Calls `each` with every row of `table`, in its order, as column → value.
pub fn for_each_row(
    conn: &Connection,
    table: &str,
    mut each: impl FnMut(&Map<String, Value>) -> Result<()>,
) -> Result<()> {
    let Some((table, order)) = TABLES.iter().find(|(t, _)| *t == table) else {
        return Err(Error::Failed(format!("'{table}' is not a table a backup holds")));
    };
    let context = format!("reading {table}");
    let mut stmt = conn
        .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
        .ctx(&context)?;
    let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let mut rows = stmt.query([]).ctx(&context)?;
    let mut obj = Map::with_capacity(names.len());
    while let Some(row) = rows.next().ctx(&context)? {
        obj.clear();
        for (c, name) in names.iter().enumerate() {
            let value = match row.get_ref(c).ctx(&context)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(n) => Value::from(n),
                ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
                ValueRef::Text(t) => Value::String(
                    std::str::from_utf8(t)
                        .map_err(|_| Error::Failed(format!("{table}.{name} holds text that is not UTF-8")))?
                        .to_string(),
                ),
                ValueRef::Blob(_) => {
                    return Err(Error::Failed(format!(
                        "{table}.{name} holds binary data, which a backup cannot keep"
                    )));
                }
            };
            obj.insert(name.clone(), value);
        }
        each(&obj)?;
    }
    Ok(())
}

/// Puts a backup's rows into an empty database, inside the caller's
/// transaction.
pub struct Restore<'a> {
    conn: &'a Connection,
    columns: HashMap<&'static str, Vec<String>>,
    pub schema: i64,
}

impl<'a> Restore<'a> {
    /// Starts a restore into `conn`; refuses a database that holds data
    /// (`db` names it in the error): merging two histories by id would
    /// silently mix people up.
    pub fn begin(conn: &'a Connection, db: &str) -> Result<Restore<'a>> {
        refuse_if_not_empty(conn, db)?;
        let mut columns = HashMap::new();
        for (table, _) in TABLES {
            columns.insert(table, table_columns(conn, table)?);
        }
        Ok(Restore {
            conn,
            columns,
            schema: schema_version(conn)?,
        })
    }

    /// Inserts one row of `table` from its column → value object, each value
    /// checked against what its column holds (a restore that let text into
    /// an integer column left a database most commands failed on).
    pub fn insert(&self, table: &str, row: &Map<String, Value>) -> Result<()> {
        let columns = self.columns.get(table).map_or(&[][..], Vec::as_slice);
        for (k, v) in row {
            check_value(table, k, v)?;
        }
        let mut names = Vec::with_capacity(row.len());
        let mut values = Vec::with_capacity(row.len());
        for (k, v) in row {
            if !columns.contains(k) {
                return Err(Error::Failed(format!(
                    "column '{k}' is unknown to this tend (the backup is from a newer one)"
                )));
            }
            names.push(k.as_str());
            values.push(match v {
                Value::Null => Sql::Null,
                Value::Bool(b) => Sql::Integer(i64::from(*b)),
                Value::Number(n) => match n.as_i64() {
                    Some(i) => Sql::Integer(i),
                    None => Sql::Real(n.as_f64().unwrap_or_default()),
                },
                Value::String(s) => Sql::Text(s.clone()),
                Value::Array(_) | Value::Object(_) => {
                    return Err(Error::Failed(format!(
                        "column '{k}' holds a list or an object, not a value"
                    )));
                }
            });
        }
        let placeholders = (1..=names.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("INSERT INTO {table} ({}) VALUES ({placeholders})", names.join(", "));
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.execute(rusqlite::params_from_iter(values)))
            .map_err(|e| Error::Failed(e.to_string()))?;
        Ok(())
    }
}

/// What a column may hold.
#[derive(Clone, Copy)]
enum Holds {
    /// A row id: a positive integer.
    Id,
    /// A count: 0 to 2^32 - 1.
    Count,
    /// 0 or 1.
    Flag,
    /// Unix seconds within the calendar (years 1 to 9999).
    Instant,
    /// `YYYY-MM-DD`.
    Date,
    Text,
    /// A JSON list of texts.
    List,
    Cadence,
    Birthday,
    Status,
    Direction,
    Channel,
    EventKind,
    NudgeKind,
    NudgeState,
    /// A name with something to see in it.
    Name,
    /// An IANA zone tend knows.
    Zone,
    /// An hour of the day, 0 to 23.
    Hour,
}

/// The column's kind and whether it may be null; `None` for a column this
/// table does not describe (the insert then refuses it as unknown).
fn column_kind(table: &str, column: &str) -> Option<(Holds, bool)> {
    use Holds::*;
    Some(match (table, column) {
        (_, "id") => (Id, false),
        (_, "contact_id") => (Id, false),
        ("contacts", "name") => (Name, false),
        ("contacts", "timezone") => (Zone, true),
        ("contacts", "usual_hour") => (Hour, true),
        ("interactions", "nudge_kind") => (NudgeKind, true),
        (
            "contacts",
            "email" | "url" | "company" | "role" | "met" | "note" | "external_key" | "last_note" | "greet",
        ) => (Text, true),
        ("contacts", "inbound_closer" | "by_hand" | "pitches_only" | "cadence_by_hand") => (Flag, false),
        ("contacts", "inbound_plan") => (Count, false),
        ("contacts", "source") => (Text, false),
        ("contacts", "interests" | "tags") => (List, false),
        ("contacts", "connected_on" | "paused_until") => (Date, true),
        ("contacts", "cadence") => (Cadence, true),
        ("contacts", "birthday") => (Birthday, true),
        ("contacts", "status") => (Status, false),
        ("contacts", "created_at" | "updated_at") => (Instant, false),
        (
            "contacts",
            "last_touch_at" | "last_light_at" | "last_response_at" | "inbound_at" | "first_out_after_at" | "planned_at"
            | "stale_at" | "talk_first_at",
        ) => (Instant, true),
        ("contacts", "inbound_id") => (Id, true),
        (
            "contacts",
            "out_after_response" | "responses" | "talk_conversations" | "talk_they_opened" | "talk_you_opened"
            | "talk_answered" | "talk_meetings",
        ) => (Count, false),
        ("interactions", "at" | "created_at") => (Instant, false),
        ("interactions", "direction") => (Direction, false),
        ("interactions", "channel") => (Channel, false),
        ("interactions", "note" | "external_key") => (Text, true),
        ("contact_emails", "address") => (Text, false),
        ("events", "kind") => (EventKind, false),
        ("events", "on_date") => (Date, false),
        ("events", "detail") => (Text, true),
        ("events", "until_date") => (Date, true),
        ("events", "from_interaction") => (Id, true),
        ("events", "recorded_at") => (Instant, false),
        ("events", "profile_pending") => (Flag, false),
        ("nudges", "key") => (Text, false),
        ("nudges", "kind") => (NudgeKind, false),
        ("nudges", "state") => (NudgeState, false),
        ("nudges", "due_at" | "delivered_at" | "snoozed_until" | "acted_at") => (Instant, true),
        _ => return None,
    })
}

/// The first and last second of the calendar tend works in.
const FIRST_SECOND: i64 = -62_135_596_800; // 0001-01-01T00:00:00Z
const LAST_SECOND: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z

/// Refuses a value its column cannot hold, naming the column and the value.
fn check_value(table: &str, column: &str, v: &Value) -> Result<()> {
    use crate::model::{Birthday, Cadence, Channel, Direction, EventKind, NudgeKind, NudgeState, Status};
    // Unknown columns are refused by the insert, with their own message.
    let Some((kind, nullable)) = column_kind(table, column) else {
        return Ok(());
    };
    let shown = {
        let t = v.to_string();
        if t.chars().count() > 60 {
            format!("{}…", t.chars().take(60).collect::<String>())
        } else {
            t
        }
    };
    let bad = |what: &str| Err(Error::Failed(format!("{column} is {shown}, not {what}")));
    if v.is_null() {
        return if nullable {
            Ok(())
        } else {
            bad("a value (it may not be empty)")
        };
    }
    fn parses<T: std::str::FromStr>(v: &Value) -> bool {
        v.as_str().is_some_and(|t| t.parse::<T>().is_ok())
    }
    let ok = match kind {
        Holds::Id => v.as_i64().is_some_and(|n| n > 0),
        Holds::Count => v.as_u64().is_some_and(|n| n <= u64::from(u32::MAX)),
        Holds::Flag => v.as_u64().is_some_and(|n| n <= 1) || v.is_boolean(),
        Holds::Instant => v.as_i64().is_some_and(|n| (FIRST_SECOND..=LAST_SECOND).contains(&n)),
        Holds::Date => v.as_str().is_some_and(|t| crate::time::read_date(t).is_some()),
        Holds::Text => v.is_string(),
        Holds::List => v
            .as_str()
            .is_some_and(|t| serde_json::from_str::<Vec<String>>(t).is_ok()),
        Holds::Cadence => parses::<Cadence>(v),
        Holds::Birthday => parses::<Birthday>(v),
        Holds::Status => parses::<Status>(v),
        Holds::Direction => parses::<Direction>(v),
        Holds::Channel => parses::<Channel>(v),
        Holds::EventKind => parses::<EventKind>(v),
        Holds::NudgeKind => parses::<NudgeKind>(v),
        Holds::NudgeState => parses::<NudgeState>(v),
        Holds::Name => v.as_str().is_some_and(crate::model::has_visible),
        Holds::Zone => v.as_str().is_some_and(|t| crate::time::parse_tz(t).is_ok()),
        Holds::Hour => v.as_u64().is_some_and(|h| h < 24),
    };
    if ok {
        return Ok(());
    }
    bad(match kind {
        Holds::Id => "a positive whole number",
        Holds::Count => "a whole number from 0 to 4294967295",
        Holds::Flag => "0 or 1",
        Holds::Instant => "Unix seconds (a whole number) between the years 1 and 9999",
        Holds::Date => "a date (YYYY-MM-DD)",
        Holds::Text => "text",
        Holds::List => "a JSON list of texts, as text",
        Holds::Cadence => "a cadence (like 3w, 2m or none)",
        Holds::Birthday => "a birthday (YYYY-MM-DD or --MM-DD)",
        Holds::Status => "one of active, paused, archived",
        Holds::Direction => "one of out, in, both",
        Holds::Channel => "a channel tend knows (message, email, call, meeting, comment, like, …)",
        Holds::EventKind => "an event kind tend knows",
        Holds::NudgeKind => "a nudge kind tend knows",
        Holds::NudgeState => "a nudge state tend knows",
        Holds::Name => "a name (it has no letter or sign to show)",
        Holds::Zone => "a time zone tend knows (like Europe/Lisbon)",
        Holds::Hour => "an hour from 0 to 23",
    })
}

/// After a restore: every contact's summary (and so its planning row)
/// recomputed from the interactions restored, whatever the backup held. A
/// backup from before the summaries existed, or edited by hand, must plan
/// as the history says. A backup from before schema 19 does not say which
/// cadences the user set by hand, nor which new jobs logged ahead are still
/// to reach the profile: both found as the migrations find them.
pub fn recompute_summaries(
    conn: &Connection,
    derive: &dyn crate::facts::Derive,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    conn.execute_batch(super::migrations::HAND_CADENCES)
        .ctx("finding the cadences set by hand")?;
    conn.execute_batch(super::migrations::PENDING_JOBS)
        .ctx("finding the new jobs still to reach the profile")?;
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM contacts")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .ctx("listing contacts to summarise")?;
    for id in ids {
        super::records::refresh_summary(conn, derive, id, now)?;
    }
    Ok(())
}

/// After a restore: each contact's addresses as schema 12 keeps them. A
/// backup from before it has only `contacts.email`, which becomes the
/// contact's one address; otherwise `contacts.email` is set to the first of
/// the addresses restored, whatever the backup held.
pub fn settle_emails(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "INSERT INTO contact_emails (contact_id, address)
             SELECT id, trim(email) FROM contacts c WHERE trim(email) != ''
             AND NOT EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id) ORDER BY id;
         UPDATE contacts SET email = (SELECT address FROM contact_emails e WHERE e.contact_id = contacts.id
             ORDER BY e.id LIMIT 1);",
    )
    .ctx("restoring e-mail addresses")
}

fn refuse_if_not_empty(conn: &Connection, db: &str) -> Result<()> {
    let mut held = Vec::new();
    for (table, _) in TABLES {
        let n: i64 = conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .ctx("counting rows")?;
        if n > 0 {
            held.push(format!("{n} {table}"));
        }
    }
    if held.is_empty() {
        return Ok(());
    }
    Err(Error::Failed(format!(
        "the database '{db}' is not empty ({}): 'tend import json' restores a backup into an empty database only; \
         set TEND_DB to a new file (or move the database away) and import again; nothing was imported",
        held.join(", ")
    )))
}

fn table_columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn
        .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .ctx("reading the schema")?;
    let names = stmt.query_map([], |r| r.get(0)).ctx("reading the schema")?;
    names
        .collect::<rusqlite::Result<Vec<String>>>()
        .ctx("reading the schema")
}
