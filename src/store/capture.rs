// SHIM (not committed): the `mail` helper's shared API, until it lands.
use crate::capture::Captured;
use crate::error::Result;
use crate::model::ContactId;
use rusqlite::Connection;
use std::collections::HashMap;

pub fn email_index(conn: &Connection) -> Result<HashMap<String, ContactId>> {
    let mut m = HashMap::new();
    for c in crate::store::contacts::all(conn)? {
        if let Some(e) = c.email {
            m.insert(e.to_lowercase(), c.id);
        }
    }
    Ok(m)
}

pub fn insert_captured(tx: &Connection, rows: &[Captured]) -> Result<usize> {
    let mut n = 0;
    let now = chrono::Utc::now();
    for r in rows {
        let key = format!("{}#{}", r.source_key, r.contact_id);
        if crate::store::records::insert_interaction(
            tx,
            r.contact_id,
            r.at,
            r.direction,
            r.channel,
            r.note.as_deref(),
            Some(&key),
            now,
        )?
        .is_some()
        {
            n += 1;
            crate::store::records::refresh_summary(tx, r.contact_id)?;
        }
    }
    Ok(n)
}
