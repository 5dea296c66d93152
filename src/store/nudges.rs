//! What happened to each nudge, by its stable key (rule 12): delivered,
//! snoozed, skipped or done. Survives restarts; never deletes history.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::{parse_stored, read_rows, ts};
use crate::error::{Result, StoreContext};
use crate::model::{ContactId, NudgeKey, NudgeKind, NudgeState};

use crate::facts::NudgeRecord;

/// Schema 16: the drafts shown, by nudge key. `basis` names what the draft
/// was written from (the contact's fields and records, see `app`); a draft
/// whose basis no longer matches is written again.
pub const KEPT_DRAFTS: &str = "
    CREATE TABLE kept_drafts (
        key TEXT PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        basis TEXT NOT NULL,
        text TEXT NOT NULL,
        shown_at INTEGER NOT NULL
    );
    CREATE INDEX kept_drafts_by_contact ON kept_drafts(contact_id);";

/// A draft shown for a nudge (agenda, notification, `tend draft`), kept so
/// that the nudge shows the same text until something it says is no longer true.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptDraft {
    pub key: NudgeKey,
    pub contact_id: ContactId,
    pub basis: String,
    pub text: String,
    pub shown_at: DateTime<Utc>,
}

/// The draft kept for the nudge `key`, if one was shown.
pub fn kept_draft(conn: &Connection, key: &NudgeKey) -> Result<Option<KeptDraft>> {
    const CX: &str = "reading the draft shown for the nudge";
    let mut stmt = conn
        .prepare_cached("SELECT contact_id, basis, text, shown_at FROM kept_drafts WHERE key = ?1")
        .ctx(CX)?;
    let mut rows = stmt.query([key.to_string()]).ctx(CX)?;
    let Some(r) = rows.next().ctx(CX)? else {
        return Ok(None);
    };
    Ok(Some(KeptDraft {
        key: *key,
        contact_id: r.get(0).ctx(CX)?,
        basis: r.get(1).ctx(CX)?,
        text: r.get(2).ctx(CX)?,
        shown_at: ts::from(r.get(3).ctx(CX)?),
    }))
}

/// Keeps each draft with its nudge, replacing what was kept before. A draft
/// for a contact forgotten since it was shown is dropped: it must not stop
/// the write it rides with.
pub fn keep_drafts(conn: &Connection, drafts: &[KeptDraft]) -> Result<()> {
    const CX: &str = "keeping the drafts shown";
    let mut stmt = conn
        .prepare_cached(
            "INSERT INTO kept_drafts (key, contact_id, basis, text, shown_at)
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM contacts WHERE id = ?2)
             ON CONFLICT(key) DO UPDATE SET contact_id = ?2, basis = ?3, text = ?4, shown_at = ?5",
        )
        .ctx(CX)?;
    for d in drafts {
        stmt.execute(params![
            d.key.to_string(),
            d.contact_id,
            d.basis,
            d.text,
            ts::to(d.shown_at)
        ])
        .ctx(CX)?;
    }
    Ok(())
}

pub fn all(conn: &Connection) -> Result<Vec<NudgeRecord>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT key, contact_id, kind, state, due_at, delivered_at, snoozed_until, acted_at FROM nudges",
        )
        .ctx("reading nudge states")?;
    const CX: &str = "reading nudge states";
    read_rows(stmt.query([]), CX, |r| {
        let key: String = r.get(0).ctx(CX)?;
        let contact_id = r.get(1).ctx(CX)?;
        let quoted = Quoted(&key);
        let row = super::RowName("nudge record", &quoted);
        Ok(NudgeRecord {
            kind: parse_stored(r, 2, contact_id, &row, "kind", CX)?,
            state: parse_stored(r, 3, contact_id, &row, "state", CX)?,
            key,
            contact_id,
            due_at: ts::from_opt(r.get(4).ctx(CX)?),
            delivered_at: ts::from_opt(r.get(5).ctx(CX)?),
            snoozed_until: ts::from_opt(r.get(6).ctx(CX)?),
            acted_at: ts::from_opt(r.get(7).ctx(CX)?),
        })
    })
}

impl super::Db<'_> {
    /// Records that a nudge was shown to the user at `at`, in the slot `due`.
    pub fn mark_delivered(
        &self,
        key: &NudgeKey,
        contact: ContactId,
        kind: NudgeKind,
        due: DateTime<Utc>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let conn = self.conn;
        conn.execute(
            "INSERT INTO nudges (key, contact_id, kind, state, due_at, delivered_at) VALUES (?1, ?2, ?3, 'delivered', ?4, ?5)
             ON CONFLICT(key) DO UPDATE SET state = 'delivered', due_at = ?4, delivered_at = ?5, snoozed_until = NULL",
            params![key.to_string(), contact, kind.as_str(), ts::to(due), ts::to(at)],
        )
        .ctx("recording the delivery")?;
        Ok(())
    }

    /// Records the user's decision on a nudge (done, snoozed until, skipped);
    /// `due`, when given, is the slot it had (a skip counts from it, rule 11).
    #[allow(clippy::too_many_arguments)]
    pub fn mark_acted(
        &self,
        key: &NudgeKey,
        contact: ContactId,
        kind: NudgeKind,
        state: NudgeState,
        snoozed_until: Option<DateTime<Utc>>,
        due: Option<DateTime<Utc>>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let (conn, key) = (self.conn, key.to_string());
        conn.execute(
            "INSERT INTO nudges (key, contact_id, kind, state, snoozed_until, acted_at, due_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(key) DO UPDATE SET state = ?4, snoozed_until = ?5, acted_at = ?6, due_at = coalesce(?7, due_at)",
            params![
                &key,
                contact,
                kind.as_str(),
                state.as_str(),
                snoozed_until.map(ts::to),
                ts::to(at),
                due.map(ts::to)
            ],
        )
        .ctx("recording what you did with the nudge")?;
        // A nudge done or skipped is shown no more: its draft goes with it.
        if matches!(state, NudgeState::Done | NudgeState::Skipped) {
            conn.execute("DELETE FROM kept_drafts WHERE key = ?1", [key])
                .ctx("dropping the draft of the nudge")?;
        }
        Ok(())
    }
}

/// When a reply nudge to `contact` was last done or skipped (rule 1: what
/// they wrote until then is settled).
pub fn reply_last_handled(conn: &Connection, contact: ContactId) -> Result<Option<DateTime<Utc>>> {
    let at: Option<i64> = conn
        .prepare_cached(
            "SELECT max(acted_at) FROM nudges WHERE contact_id = ?1 AND kind = 'reply' AND state IN ('done', 'skipped')",
        )
        .and_then(|mut st| st.query_row([contact], |r| r.get(0)))
        .ctx("reading when a reply was last handled")?;
    Ok(ts::from_opt(at))
}

/// A key in quotes, as errors name a nudge record.
struct Quoted<'a>(&'a str);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "'{}'", self.0)
    }
}
