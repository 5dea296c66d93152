//! `tend export json`: every row of every table, as stored, streamed. The
//! backup names its format `version` (how the file is laid out) and the
//! database `schema` it was written from; `tend import json` maps rows back
//! by column name, so a later tend reads an older backup (columns added
//! since take their defaults).
//!
//! Layout: one object; `format`, `version` and `schema` first, then one
//! array per table, one row object a line, in primary-key order. Instants
//! are Unix seconds and dates `YYYY-MM-DD`, exactly as the database keeps
//! them, so that export → import → export gives the same file.

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use serde_json::{Map, Value};
use std::io::Write;

use crate::error::{Error, Result, StoreContext};

pub const FORMAT: &str = "tend-backup";
pub const VERSION: u64 = 1;

/// The tables, parents first (the order a restore inserts them in), and how
/// their rows are ordered.
pub const TABLES: [(&str, &str); 4] = [
    ("contacts", "id"),
    ("interactions", "id"),
    ("events", "id"),
    ("nudges", "key"),
];

pub fn schema_version(conn: &Connection) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .ctx("reading the schema version")
}

pub fn write(conn: &Connection, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::io("writing the backup", e);
    write!(
        out,
        "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n  \"schema\": {},",
        schema_version(conn)?
    )
    .map_err(io)?;
    for (i, (table, order)) in TABLES.iter().enumerate() {
        write!(out, "\n  \"{table}\": [").map_err(io)?;
        let context = format!("reading {table}");
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .ctx(&context)?;
        let names: Vec<String> = stmt.column_names().into_iter().map(str::to_string).collect();
        let mut rows = stmt.query([]).ctx(&context)?;
        let mut first = true;
        while let Some(row) = rows.next().ctx(&context)? {
            let mut obj = Map::with_capacity(names.len());
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
            let line = serde_json::to_string(&obj).map_err(|e| Error::Failed(format!("encoding JSON: {e}")))?;
            write!(out, "{}\n    {line}", if first { "" } else { "," }).map_err(io)?;
            first = false;
        }
        let end = if first { "]" } else { "\n  ]" };
        let sep = if i + 1 < TABLES.len() { "," } else { "" };
        write!(out, "{end}{sep}").map_err(io)?;
    }
    writeln!(out, "\n}}").map_err(io)?;
    Ok(())
}
