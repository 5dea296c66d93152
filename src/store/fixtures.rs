//! The store's side of the benchmark generator (`crate::scale`): its
//! contacts, interactions and events written as generated (ids, stamps and
//! how each message was sent included), in one transaction.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Statement, params};

use super::{Store, records, ts};
use crate::error::{Result, StoreContext};
use crate::facts::Derive;
use crate::model::ContactId;
use crate::scale::{NewContact, NewEvent, NewInteraction, Sink};

/// The generator's writer: one prepared statement per table.
pub struct Fixtures<'c> {
    conn: &'c Connection,
    derive: &'c dyn Derive,
    contact: Statement<'c>,
    interaction: Statement<'c>,
    event: Statement<'c>,
}

impl Store {
    /// Runs `f` (the generator) with a [`Fixtures`] writer in one transaction.
    /// `derive` makes the summaries.
    pub fn fixtures<T>(&mut self, derive: &dyn Derive, f: impl FnOnce(&mut Fixtures<'_>) -> Result<T>) -> Result<T> {
        self.write(|conn| {
            let mut fixtures = Fixtures {
                conn,
                derive,
                contact: conn
                    .prepare(
                        "INSERT INTO contacts (id, name, company, role, timezone, interests, tags, connected_on, cadence,
                            status, source, created_at, updated_at)
                         VALUES (?1, ?2, ?3, 'Engineer', ?4, '[\"rust\"]', ?9, ?5, ?6, 'active', ?7, ?8, ?8)",
                    )
                    .ctx("preparing contacts")?,
                interaction: conn
                    .prepare(
                        "INSERT INTO interactions (id, contact_id, at, direction, channel, note, created_at, nudge_kind, drafted)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?3, ?7, ?8)",
                    )
                    .ctx("preparing interactions")?,
                event: conn
                    .prepare(
                        "INSERT INTO events (contact_id, kind, on_date, detail, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    )
                    .ctx("preparing events")?,
            };
            f(&mut fixtures)
        })
    }
}

impl Sink for Fixtures<'_> {
    fn contact(&mut self, c: &NewContact<'_>) -> Result<()> {
        self.contact
            .execute(params![
                c.id,
                c.name,
                c.company,
                c.timezone,
                c.connected_on.map(|d| d.to_string()),
                c.cadence,
                c.source,
                ts::to(c.created_at),
                c.tags,
            ])
            .ctx("generating contacts")?;
        Ok(())
    }

    fn interaction(&mut self, n: &NewInteraction<'_>) -> Result<()> {
        let i = n.interaction;
        self.interaction
            .execute(params![
                n.id,
                i.contact_id,
                ts::to(i.at),
                i.direction.as_str(),
                i.channel.as_str(),
                i.note,
                n.sent.map(|d| d.0),
                n.sent.map(|d| d.1)
            ])
            .ctx("generating interactions")?;
        Ok(())
    }

    fn event(&mut self, e: &NewEvent<'_>) -> Result<()> {
        self.event
            .execute(params![
                e.contact,
                e.kind.as_str(),
                e.on.to_string(),
                e.detail,
                ts::to(e.recorded_at)
            ])
            .ctx("generating events")?;
        Ok(())
    }

    fn refresh(&mut self, contact: ContactId, now: DateTime<Utc>) -> Result<()> {
        records::refresh_summary(self.conn, self.derive, contact, now)
    }
}
