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

use std::io::Write;

use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::backup::{TABLES, for_each_row, schema_version};

pub const FORMAT: &str = "tend-backup";
pub const VERSION: u64 = 1;

pub fn write(store: &Store, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::io("writing the backup", e);
    let conn = store.conn();
    write!(
        out,
        "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n  \"schema\": {},",
        schema_version(conn)?
    )
    .map_err(io)?;
    for (i, (table, _)) in TABLES.iter().enumerate() {
        write!(out, "\n  \"{table}\": [").map_err(io)?;
        let mut first = true;
        for_each_row(conn, table, |obj| {
            let line = serde_json::to_string(obj).map_err(|e| Error::Failed(format!("encoding JSON: {e}")))?;
            write!(out, "{}\n    {line}", if first { "" } else { "," }).map_err(io)?;
            first = false;
            Ok(())
        })?;
        let end = if first { "]" } else { "\n  ]" };
        let sep = if i + 1 < TABLES.len() { "," } else { "" };
        write!(out, "{end}{sep}").map_err(io)?;
    }
    writeln!(out, "\n}}").map_err(io)?;
    Ok(())
}
