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

use serde_json::{Map, Value};
use std::io::Write;

use crate::error::{Error, Result};

pub const FORMAT: &str = "tend-backup";
pub const VERSION: u64 = 1;

/// Where a backup's rows come from: the store, handed in by `app`.
pub trait Rows {
    /// The database schema the rows are from.
    fn schema(&self) -> Result<i64>;
    /// The tables, parents first.
    fn tables(&self) -> Vec<&'static str>;
    /// Calls `each` with every row of `table`, in its order, as column → value.
    fn for_each_row(&self, table: &str, each: &mut dyn FnMut(&Map<String, Value>) -> Result<()>) -> Result<()>;
}

pub fn write(rows: &dyn Rows, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::io("writing the backup", e);
    write!(
        out,
        "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n  \"schema\": {},",
        rows.schema()?
    )
    .map_err(io)?;
    let tables = rows.tables();
    for (i, table) in tables.iter().enumerate() {
        write!(out, "\n  \"{table}\": [").map_err(io)?;
        let mut first = true;
        rows.for_each_row(table, &mut |obj| {
            let line = serde_json::to_string(obj)?;
            write!(out, "{}\n    {line}", if first { "" } else { "," }).map_err(io)?;
            first = false;
            Ok(())
        })?;
        let end = if first { "]" } else { "\n  ]" };
        let sep = if i + 1 < tables.len() { "," } else { "" };
        write!(out, "{end}{sep}").map_err(io)?;
    }
    writeln!(out, "\n}}").map_err(io)?;
    Ok(())
}
