//! What the statistics read and keep: how each message was sent, each
//! contact's usual hour (rule 14), and the interactions streamed contact by
//! contact into the pure [`crate::stats`] computations.

use chrono_tz::Tz;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::FxHashMap;

use crate::error::{Result, StoreContext};
use crate::facts::Derive;
use crate::facts::{Drafted, Item};
use crate::model::{Channel, ContactId, Direction, Interaction, NudgeKind};

/// Records how the `out` message `interaction` was sent by `tend done`.
pub fn record_sent_how(conn: &Connection, interaction: i64, kind: NudgeKind, drafted: Drafted) -> Result<()> {
    conn.prepare_cached("UPDATE interactions SET nudge_kind = ?2, drafted = ?3 WHERE id = ?1")
        .and_then(|mut s| s.execute(params![interaction, kind.as_str(), drafted.as_str()]))
        .ctx("recording how the message was sent")?;
    Ok(())
}

/// One contact's usual hour from its interactions (any order is fine: only
/// the hours count) and the zone it is in, written with every write of its
/// summary.
pub fn learn_usual_hour(
    conn: &Connection,
    derive: &dyn Derive,
    contact: ContactId,
    interactions: &[Interaction],
) -> Result<(Option<u32>, Option<&'static str>)> {
    let zone: Option<String> = conn
        .prepare_cached("SELECT timezone FROM contacts WHERE id = ?")
        .and_then(|mut s| s.query_row([contact], |r| r.get(0)).optional())
        .ctx("reading the contact's zone")?
        .flatten();
    let tz: Tz = zone.and_then(|z| z.parse().ok()).unwrap_or_else(|| derive.user_zone());
    let hour = derive.usual_hour(interactions, tz);
    Ok((hour, hour.map(|_| tz.name())))
}

/// A contact's usual hour as stored, with the zone it is in.
pub fn stored_usual_hour(conn: &Connection, contact: ContactId) -> Result<Option<(u32, String)>> {
    conn.prepare_cached("SELECT usual_hour, usual_hour_zone FROM contacts WHERE id = ?")
        .and_then(|mut s| {
            s.query_row([contact], |r| {
                Ok(r.get::<_, Option<u32>>(0)?.zip(r.get::<_, Option<String>>(1)?))
            })
            .optional()
        })
        .map(Option::flatten)
        .ctx("reading the contact's usual hour")
}

const CONVERSATIONAL: &str = "('message', 'email', 'call', 'meeting', 'comment')";

fn item_from_row(r: &rusqlite::Row, first: usize) -> rusqlite::Result<Item> {
    let word = |i: usize| -> rusqlite::Result<&str> {
        match r.get_ref(first + i)? {
            ValueRef::Text(t) => Ok(std::str::from_utf8(t).unwrap_or("")),
            _ => Ok(""),
        }
    };
    Ok(Item {
        at: r.get(first)?,
        direction: word(1)?.parse().unwrap_or(Direction::Out),
        channel: word(2)?.parse().unwrap_or(Channel::Note),
        // Most have none: parsing "" would build an error message each time.
        nudge: Some(word(3)?).filter(|w| !w.is_empty()).and_then(|w| w.parse().ok()),
        drafted: Drafted::from_word(word(4)?),
    })
}

/// One contact's conversational interactions, oldest first.
pub fn items_of(conn: &Connection, contact: ContactId) -> Result<Vec<Item>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT at, direction, channel, nudge_kind, drafted FROM interactions
             WHERE contact_id = ? AND channel IN {CONVERSATIONAL} ORDER BY at, id"
        ))
        .ctx("reading interactions")?;
    let rows = stmt
        .query_map([contact], |r| item_from_row(r, 0))
        .ctx("reading interactions")?;
    rows.collect::<rusqlite::Result<Vec<_>>>().ctx("reading interactions")
}

/// Calls `f` with each contact's conversational interactions, oldest first,
/// contact after contact: one pass over the index, one contact in memory.
pub fn for_each_contact(conn: &Connection, mut f: impl FnMut(ContactId, &[Item]) -> Result<()>) -> Result<()> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT contact_id, at, direction, channel, nudge_kind, drafted FROM interactions
             WHERE channel IN {CONVERSATIONAL} ORDER BY contact_id, at, id"
        ))
        .ctx("reading interactions")?;
    let mut rows = stmt.query([]).ctx("reading interactions")?;
    let mut current: Option<ContactId> = None;
    let mut items: Vec<Item> = Vec::new();
    while let Some(r) = rows.next().ctx("reading interactions")? {
        let id: ContactId = r.get(0).ctx("reading interactions")?;
        if current != Some(id) {
            if let Some(prev) = current {
                f(prev, &items)?;
            }
            items.clear();
            current = Some(id);
        }
        items.push(item_from_row(r, 1).ctx("reading interactions")?);
    }
    if let Some(prev) = current {
        f(prev, &items)?;
    }
    Ok(())
}

/// Each contact's own zone (`None`: the user's; an unreadable name too).
pub fn contact_zones(conn: &Connection) -> Result<FxHashMap<ContactId, Option<Tz>>> {
    let mut stmt = conn
        .prepare("SELECT id, timezone FROM contacts")
        .ctx("reading contacts")?;
    let mut rows = stmt.query([]).ctx("reading contacts")?;
    let mut out = FxHashMap::default();
    let mut parsed: FxHashMap<String, Option<Tz>> = FxHashMap::default();
    while let Some(r) = rows.next().ctx("reading contacts")? {
        let id: ContactId = r.get(0).ctx("reading contacts")?;
        let zone: Option<String> = r.get(1).ctx("reading contacts")?;
        let tz = zone.and_then(|z| *parsed.entry(z).or_insert_with_key(|z| z.parse().ok()));
        out.insert(id, tz);
    }
    Ok(out)
}

/// Each contact's tags, only for contacts that have some.
pub fn contact_tags(conn: &Connection) -> Result<FxHashMap<ContactId, Vec<String>>> {
    let mut stmt = conn
        .prepare("SELECT id, tags FROM contacts WHERE tags != '[]'")
        .ctx("reading tags")?;
    let mut rows = stmt.query([]).ctx("reading tags")?;
    let mut out = FxHashMap::default();
    while let Some(r) = rows.next().ctx("reading tags")? {
        let id: ContactId = r.get(0).ctx("reading tags")?;
        let text: String = r.get(1).ctx("reading tags")?;
        let tags: Vec<String> = serde_json::from_str(&text).unwrap_or_default();
        out.insert(id, tags);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;
    use chrono::{DateTime, Utc};

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .unwrap_or_else(|e| panic!("{e}"))
            .with_timezone(&Utc)
    }

    #[test]
    fn streaming_gives_each_contact_its_own_history_in_order() {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let now = at("2026-03-20T12:00:00Z");
        store
            .write(|tx| {
                for name in ["Ana", "Ben", "Cy"] {
                    tx.execute(
                        "INSERT INTO contacts (name, timezone, created_at, updated_at) VALUES (?1, 'Asia/Tokyo', 0, 0)",
                        [name],
                    )
                    .ctx("adding")?;
                }
                // Logged out of order; a like is not read at all.
                for (c, t, d, ch) in [
                    (2, "2026-03-02T09:00:00Z", Direction::In, Channel::Message),
                    (1, "2026-03-01T09:00:00Z", Direction::Out, Channel::Email),
                    (2, "2026-03-01T09:00:00Z", Direction::Out, Channel::Message),
                    (3, "2026-03-01T09:00:00Z", Direction::Out, Channel::Like),
                    (1, "2026-03-01T08:00:00Z", Direction::In, Channel::Message),
                ] {
                    crate::store::Db::on(tx).log_interaction(
                        &crate::app::derive::IN_UTC,
                        c,
                        at(t),
                        d,
                        ch,
                        None,
                        now,
                    )?;
                }
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let mut seen = Vec::new();
        for_each_contact(store.conn(), |id, items| {
            seen.push((id, items.iter().map(|i| (i.at, i.direction)).collect::<Vec<_>>()));
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let s = |t: &str| at(t).timestamp();
        assert_eq!(
            seen,
            vec![
                (
                    1,
                    vec![
                        (s("2026-03-01T08:00:00Z"), Direction::In),
                        (s("2026-03-01T09:00:00Z"), Direction::Out)
                    ]
                ),
                (
                    2,
                    vec![
                        (s("2026-03-01T09:00:00Z"), Direction::Out),
                        (s("2026-03-02T09:00:00Z"), Direction::In)
                    ]
                ),
            ]
        );
        // As `tend stats` counts them: each contact in its own zone.
        let zones = contact_zones(store.conn()).unwrap_or_else(|e| panic!("{e}"));
        let mut r = crate::stats::Report::new(0, &[crate::stats::Group::Hour]);
        for_each_contact(store.conn(), |id, items| {
            let tz = zones.get(&id).copied().flatten().unwrap_or(chrono_tz::UTC);
            r.add_contact(&crate::stats::ContactInfo { tz, tags: &[] }, items);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((r.total.sent, r.total.answered), (2, 1));
        // 09:00 UTC is 18:00 in Tokyo, the contacts' zone.
        assert_eq!(r.json("1y")["by"]["hour"][0]["key"], "18");
    }

    #[test]
    fn the_usual_hour_is_refreshed_with_each_write() {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let now = at("2026-03-20T12:00:00Z");
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO contacts (name, timezone, created_at, updated_at) VALUES ('Sara', 'Europe/London', 0, 0)",
                    [],
                )
                .ctx("adding")?;
                for day in 1..=4 {
                    let t = at(&format!("2026-03-0{day}T10:15:00Z"));
                    crate::store::Db::on(tx).log_interaction( &crate::app::derive::IN_UTC, 1, t, Direction::In, Channel::Message, None, now)?;
                }
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(stored_usual_hour(store.conn(), 1).unwrap_or_default(), None);
        store
            .write(|tx| {
                let t = at("2026-03-05T16:00:00Z");
                crate::store::Db::on(tx).log_interaction(
                    &crate::app::derive::IN_UTC,
                    1,
                    t,
                    Direction::In,
                    Channel::Email,
                    None,
                    now,
                )
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            stored_usual_hour(store.conn(), 1).unwrap_or_default(),
            Some((10, "Europe/London".to_string()))
        );
        // `tend edit --timezone`: learned again in their new zone (New York
        // is five hours behind until 8 March).
        let moved = crate::model::ContactFields {
            timezone: Some("America/New_York".into()),
            ..Default::default()
        };
        store
            .write(|tx| crate::store::contacts::update(tx, &crate::app::derive::IN_UTC, 1, &moved, now))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            stored_usual_hour(store.conn(), 1).unwrap_or_default(),
            Some((5, "America/New_York".to_string()))
        );
    }
}
