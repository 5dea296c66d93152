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
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_string).collect();
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

    /// Inserts one row of `table` from its column → value object.
    pub fn insert(&self, table: &str, row: &Map<String, Value>) -> Result<()> {
        let columns = self.columns.get(table).map_or(&[][..], Vec::as_slice);
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
