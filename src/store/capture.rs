//! What mail and calendar imports need of the store: contacts by e-mail
//! address, and captured interactions written once each.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use std::collections::{BTreeSet, HashMap};

use super::{records, ts};
use crate::error::{Result, StoreContext};
use crate::facts::Derive;
use crate::model::Captured;
use crate::model::ContactId;

/// Every contact's every address, lower-cased, to its contact. An address
/// two contacts share goes to the one added first (lowest id).
pub fn email_index(conn: &Connection) -> Result<HashMap<String, ContactId>> {
    const CX: &str = "reading e-mail addresses";
    let mut stmt = conn
        .prepare_cached("SELECT address, contact_id FROM contact_emails ORDER BY contact_id, id")
        .ctx(CX)?;
    let mut rows = stmt.query([]).ctx(CX)?;
    let mut out = HashMap::new();
    while let Some(r) = rows.next().ctx(CX)? {
        let address: String = r.get(0).ctx(CX)?;
        out.entry(address.trim().to_lowercase()).or_insert(r.get(1).ctx(CX)?);
    }
    Ok(out)
}

/// Records each row whose `source_key` is not stored yet, stamped `now`,
/// then refreshes the summaries of the contacts that gained one, as `tend
/// log` does (a reply sent by e-mail makes the reply nudge moot). Returns how
/// many were added. Runs in the caller's transaction.
pub fn insert_captured(tx: &Connection, derive: &dyn Derive, rows: &[Captured], now: DateTime<Utc>) -> Result<usize> {
    let mut touched = BTreeSet::new();
    let mut added = 0;
    for row in rows {
        if insert_one(tx, row, now)? {
            added += 1;
            touched.insert(row.contact_id);
        }
    }
    refresh(tx, derive, touched, now)?;
    Ok(added)
}

/// Records one row unless its `source_key` is stored; whether it was added.
/// The caller refreshes the summary of its contact afterwards ([`refresh`]),
/// once for all the rows of an import.
pub fn insert_one(tx: &Connection, row: &Captured, now: DateTime<Utc>) -> Result<bool> {
    let n = tx
        .prepare_cached(
            "INSERT INTO interactions (contact_id, at, direction, channel, note, external_key, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(external_key) DO NOTHING",
        )
        .and_then(|mut st| {
            st.execute(params![
                row.contact_id,
                ts::to(row.at),
                row.direction.as_str(),
                row.channel.as_str(),
                row.note,
                row.source_key,
                ts::to(now)
            ])
        })
        .ctx("recording captured interactions")?;
    Ok(n > 0)
}

/// Refreshes the summaries of these contacts at `now`, as `tend log` does.
pub fn refresh(
    tx: &Connection,
    derive: &dyn Derive,
    contacts: impl IntoIterator<Item = ContactId>,
    now: DateTime<Utc>,
) -> Result<()> {
    for id in contacts {
        records::refresh_summary(tx, derive, id, now)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactFields;
    use crate::model::{Channel, Direction};
    use crate::store::{Store, contacts};
    use crate::time::tests::utc as at;

    fn mail(contact: ContactId, when: &str, direction: Direction, id: &str) -> Captured {
        Captured {
            contact_id: contact,
            at: at(when),
            direction,
            channel: Channel::Email,
            note: Some(format!("about {id}")),
            source_key: format!("mail:{id}"),
        }
    }

    fn store_with(names: &[(&str, &[&str])]) -> (Store, Vec<ContactId>) {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let now = at("2026-11-01T10:00:00Z");
        let ids = store
            .write(|tx| {
                names
                    .iter()
                    .map(|(name, emails)| {
                        let f = ContactFields {
                            name: Some((*name).into()),
                            emails: Some(emails.iter().map(|e| (*e).to_string()).collect()),
                            ..ContactFields::default()
                        };
                        contacts::insert(tx, &f, "manual", None, now)
                    })
                    .collect()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        (store, ids)
    }

    #[test]
    fn every_address_finds_its_contact_whatever_the_case() {
        let (store, ids) = store_with(&[
            ("Sara Lee", &["Sara@Northwind.example", "sara.lee@home.example"]),
            ("Ben Ode", &["ben@tailspin.example", "SARA@northwind.example"]),
            ("Mei", &[]),
        ]);
        let index = email_index(store.conn()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            index.get("sara@northwind.example"),
            Some(&ids[0]),
            "the first added wins"
        );
        assert_eq!(index.get("sara.lee@home.example"), Some(&ids[0]));
        assert_eq!(index.get("ben@tailspin.example"), Some(&ids[1]));
        assert_eq!(index.len(), 3);
    }

    #[test]
    fn a_key_already_stored_adds_nothing_and_summaries_follow() {
        let (mut store, ids) = store_with(&[("Sara Lee", &["sara@northwind.example"])]);
        let sara = ids[0];
        let now = at("2026-11-10T10:00:00Z");
        let first = [mail(sara, "2026-11-02T09:00:00Z", Direction::In, "a@x")];
        let added = store
            .write(|tx| insert_captured(tx, &crate::app::derive::IN_UTC, &first, now))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(added, 1);
        let s = contacts::summary(store.conn(), sara).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.pending_inbound.map(|(_, t)| t), Some(at("2026-11-02T09:00:00Z")));
        assert_eq!(s.responses, 1);

        // The reply by e-mail: nothing waits for an answer any more; the
        // inbound message again is skipped.
        let second = [
            mail(sara, "2026-11-02T09:00:00Z", Direction::In, "a@x"),
            mail(sara, "2026-11-03T08:00:00Z", Direction::Out, "b@x"),
        ];
        let added = store
            .write(|tx| insert_captured(tx, &crate::app::derive::IN_UTC, &second, now))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(added, 1);
        let s = contacts::summary(store.conn(), sara).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.pending_inbound, None);
        assert_eq!(s.last_touch, Some(at("2026-11-03T08:00:00Z")));
        assert_eq!(s.last_note.as_deref(), Some("about b@x"));
        let history = records::interactions_of(store.conn(), sara).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(history.len(), 2);

        let again = store
            .write(|tx| insert_captured(tx, &crate::app::derive::IN_UTC, &second, now))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again, 0);
        assert_eq!(
            records::interactions_of(store.conn(), sara).map(|h| h.len()).ok(),
            Some(2)
        );
    }
}
