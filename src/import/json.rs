//! `tend import json FILE`: restores what `tend export json` wrote, exactly
//! (ids included), into an empty database. A database that already holds
//! data is refused: merging two histories by id would silently mix people
//! up. The file is streamed: rows are inserted as they are read.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;
use std::io::{BufRead, BufReader};
use std::path::Path;

use super::sink::{Load, Restore};
use crate::error::{Error, Result};
use crate::export::json::{FORMAT, VERSION};

/// Rows restored, per table.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub contacts: u64,
    pub contact_emails: u64,
    pub interactions: u64,
    pub events: u64,
    pub nudges: u64,
}

pub fn restore(store: &mut impl Load, path: &Path, now: chrono::DateTime<chrono::Utc>) -> Result<Counts> {
    let name = path.display().to_string();
    let file = super::open_sniffed(path, &name, "a backup written by 'tend export json'")?;
    let mut input = BufReader::with_capacity(1 << 16, file);
    // A byte-order mark (an editor on Windows saved the file) is not JSON.
    let head = input
        .fill_buf()
        .map_err(|e| Error::io(format!("cannot read '{name}'"), e))?;
    if head.starts_with(b"\xEF\xBB\xBF") {
        input.consume(3);
    }
    store.restore(now, |restore| {
        let backup = Backup { restore };
        let mut de = serde_json::Deserializer::from_reader(input);
        let bad = |e: serde_json::Error| {
            Error::Failed(format!(
                "'{name}' is not a backup tend can restore: {e}; nothing was imported"
            ))
        };
        let counts = de.deserialize_map(backup).map_err(bad)?;
        de.end().map_err(bad)?;
        Ok(counts)
    })
}

struct Backup<'a> {
    restore: &'a dyn Restore,
}

impl<'de> Visitor<'de> for Backup<'_> {
    type Value = Counts;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a tend backup (an object with format, version, schema and one array per table)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Counts, A::Error> {
        let mut counts = Counts::default();
        let mut version = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let f: String = map.next_value()?;
                    if f != FORMAT {
                        return Err(de::Error::custom(format!("format is '{f}', expected '{FORMAT}'")));
                    }
                }
                "version" => {
                    let v: u64 = map.next_value()?;
                    if v > VERSION {
                        return Err(de::Error::custom(format!(
                            "backup version {v} is newer than this tend reads (up to {VERSION}): upgrade tend"
                        )));
                    }
                    version = Some(v);
                }
                "schema" => {
                    let s: i64 = map.next_value()?;
                    if s > self.restore.schema() {
                        return Err(de::Error::custom(format!(
                            "the backup's database schema {s} is newer than this tend's ({}): upgrade tend",
                            self.restore.schema()
                        )));
                    }
                }
                table => {
                    let Some(table) = self.restore.table(table) else {
                        return Err(de::Error::custom(format!("unknown field '{table}'")));
                    };
                    if version.is_none() {
                        return Err(de::Error::custom("'version' must come before the data"));
                    }
                    let n = map.next_value_seed(Rows {
                        restore: self.restore,
                        table,
                    })?;
                    match table {
                        "contacts" => counts.contacts = n,
                        "contact_emails" => counts.contact_emails = n,
                        "interactions" => counts.interactions = n,
                        "events" => counts.events = n,
                        _ => counts.nudges = n,
                    }
                }
            }
        }
        if version.is_none() {
            return Err(de::Error::custom("no 'version' field: not a tend backup"));
        }
        Ok(counts)
    }
}

/// One table's array: each row inserted as soon as it is read.
struct Rows<'a> {
    restore: &'a dyn Restore,
    table: &'static str,
}

impl<'de> DeserializeSeed<'de> for Rows<'_> {
    type Value = u64;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<u64, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Rows<'_> {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an array of {} rows", self.table)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<u64, A::Error> {
        let mut n = 0u64;
        while let Some(row) = seq.next_element::<Map<String, Value>>()? {
            n += 1;
            self.restore
                .insert(self.table, &row)
                .map_err(|e| de::Error::custom(format!("{} row {n}: {e}", self.table)))?;
        }
        Ok(n)
    }
}
