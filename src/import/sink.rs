//! Where a format puts what it read: the records of an import go into a
//! [`Sink`] that `app` hands it, as atuin's importers push into a `Loader`.
//! A format never holds the store: it asks a [`Load`] for one transaction
//! when it is ready to write (after the checks that may refuse the file), and
//! pushes its records into the sink it is given, row by row, so that a
//! million-row import streams in that one transaction and a failure (or a
//! `kill -9`) half-way leaves the data as it was.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use std::collections::HashMap;

use crate::error::Result;
use crate::model::{Captured, Contact, ContactFields, ContactId, Found};

/// How much an import may write, for the page cache it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// A few records (the daemon's new mail, a vCard file).
    Small,
    /// Up to millions of rows: a larger page cache for the length of the
    /// import (the indexes of a million-row table are written at random
    /// places, and with SQLite's default most inserts would miss the cache).
    Large,
}

/// Opens one transaction for a format and hands it a sink: everything `f`
/// pushes lands, or (when it fails) nothing does.
pub trait Load {
    fn load<T>(&mut self, size: Size, f: impl FnOnce(&mut dyn Sink) -> Result<T>) -> Result<T>;

    /// A restore of tend's own backup, into an empty database.
    fn restore<T>(&mut self, now: DateTime<Utc>, f: impl FnOnce(&dyn Restore) -> Result<T>) -> Result<T>;
}

/// What interactions staged with [`Sink::stage`] added when written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Written {
    pub added: u64,
    /// Contacts that gained interactions, in id order; their summaries need
    /// a refresh ([`Sink::refresh`]).
    pub touched: Vec<ContactId>,
}

/// A planned meeting an earlier import stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub id: i64,
    pub contact: ContactId,
    pub key: String,
}

/// The records of one import, inside its transaction.
pub trait Sink {
    /// Every contact: what an import matches people against.
    fn contacts(&mut self) -> Result<Vec<Contact>>;
    fn contact(&mut self, id: ContactId) -> Result<Option<Contact>>;
    /// The contact an earlier import made from the record with this key.
    fn contact_by_key(&mut self, key: &str) -> Result<Option<ContactId>>;
    fn add_contact(
        &mut self,
        fields: &ContactFields,
        source: &str,
        key: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<ContactId>;
    fn update_contact(&mut self, id: ContactId, fields: &ContactFields, now: DateTime<Utc>) -> Result<()>;

    /// Stages an interaction, written with the others by [`Sink::write_staged`]
    /// (in key order: the fast way for a million rows).
    fn stage(&mut self, row: Found<'_>) -> Result<()>;
    /// Writes the staged interactions; those whose key is already stored
    /// (re-imports) add nothing.
    fn write_staged(&mut self, now: DateTime<Utc>) -> Result<Written>;
    /// Recomputes a contact's summary from its interactions, as `tend log`
    /// does after a write.
    fn refresh(&mut self, contact: ContactId, now: DateTime<Utc>) -> Result<()>;

    /// Every contact's every address, lower-cased, to its contact (the first
    /// added when two share one).
    fn email_index(&mut self) -> Result<HashMap<String, ContactId>>;
    /// Records a captured interaction unless its key is stored; whether it
    /// was added. The caller refreshes the summaries at the end.
    fn capture(&mut self, row: &Captured, now: DateTime<Utc>) -> Result<bool>;
    /// [`Sink::capture`] for a calendar's meeting: one in the future is
    /// also remembered as current, for [`Sink::planned_not_current`].
    fn meeting(&mut self, row: &Captured, now: DateTime<Utc>) -> Result<bool>;
    /// The meetings after `now` whose keys lie in `[from, to)` and that no
    /// [`Sink::meeting`] of this import named.
    fn planned_not_current(&mut self, from: &str, to: &str, now: DateTime<Utc>) -> Result<Vec<Planned>>;
    /// Removes an interaction (a planned meeting the calendar no longer has).
    fn withdraw(&mut self, id: i64) -> Result<()>;
}

/// Rows of a backup put back into an empty database.
pub trait Restore {
    /// The database schema the rows go into.
    fn schema(&self) -> i64;
    /// The table of a backup's field, when it names one.
    fn table(&self, name: &str) -> Option<&'static str>;
    /// Inserts one row of `table` from its column → value object.
    fn insert(&self, table: &str, row: &Map<String, Value>) -> Result<()>;
}
