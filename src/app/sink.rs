//! The store as the formats load into it and read from: `app` hands an
//! import the store's [`Bulk`] writer behind the format's own [`Sink`]
//! trait, and the backup writer the store's rows behind its `Rows` trait, so
//! that a format never holds the store or sees SQL.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use std::collections::HashMap;

use super::derive::Rules;
use crate::error::Result;
use crate::import::sink::{Load, Planned, Restore, Sink, Size, Written};
use crate::model::{Captured, Contact, ContactFields, ContactId, Found};
use crate::store::Store;
use crate::store::backup::{self, TABLES};
use crate::store::bulk::Bulk;

/// The store as an import loads into it, with the rules whose results it
/// keeps (the summaries of the contacts an import touches).
pub struct Loading<'a> {
    pub store: &'a mut Store,
    pub rules: Rules,
}

/// A store without an `App` (the fuzz targets, tests) loads as tend does
/// before any settings are read: contacts without a zone are in the system's.
impl Load for Store {
    fn load<T>(&mut self, size: Size, f: impl FnOnce(&mut dyn Sink) -> Result<T>) -> Result<T> {
        self.bulk(size == Size::Large, &Rules::in_system_zone(), |bulk| f(bulk))
    }

    fn restore<T>(&mut self, now: DateTime<Utc>, f: impl FnOnce(&dyn Restore) -> Result<T>) -> Result<T> {
        Store::restore(self, now, &Rules::in_system_zone(), |r| f(r))
    }
}

impl Load for Loading<'_> {
    fn load<T>(&mut self, size: Size, f: impl FnOnce(&mut dyn Sink) -> Result<T>) -> Result<T> {
        self.store.bulk(size == Size::Large, &self.rules, |bulk| f(bulk))
    }

    fn restore<T>(&mut self, now: DateTime<Utc>, f: impl FnOnce(&dyn Restore) -> Result<T>) -> Result<T> {
        self.store.restore(now, &self.rules, |r| f(r))
    }
}

impl Sink for Bulk<'_> {
    fn contacts(&mut self) -> Result<Vec<Contact>> {
        Bulk::contacts(self)
    }

    fn contact(&mut self, id: ContactId) -> Result<Option<Contact>> {
        Bulk::contact(self, id)
    }

    fn contact_by_key(&mut self, key: &str) -> Result<Option<ContactId>> {
        Bulk::contact_by_key(self, key)
    }

    fn add_contact(
        &mut self,
        fields: &ContactFields,
        source: &str,
        key: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<ContactId> {
        Bulk::add_contact(self, fields, source, key, now)
    }

    fn update_contact(&mut self, id: ContactId, fields: &ContactFields, now: DateTime<Utc>) -> Result<()> {
        Bulk::update_contact(self, id, fields, now)
    }

    fn stage(&mut self, row: Found<'_>) -> Result<()> {
        Bulk::stage(self, row)
    }

    fn write_staged(&mut self, now: DateTime<Utc>) -> Result<Written> {
        let done = Bulk::write_staged(self, now)?;
        Ok(Written {
            added: done.added,
            touched: done.touched,
        })
    }

    fn refresh(&mut self, contact: ContactId, now: DateTime<Utc>) -> Result<()> {
        Bulk::refresh(self, contact, now)
    }

    fn email_index(&mut self) -> Result<HashMap<String, ContactId>> {
        Bulk::email_index(self)
    }

    fn capture(&mut self, row: &Captured, now: DateTime<Utc>) -> Result<bool> {
        Bulk::capture(self, row, now)
    }

    fn meeting(&mut self, row: &Captured, now: DateTime<Utc>) -> Result<bool> {
        Bulk::meeting(self, row, now)
    }

    fn planned_not_current(&mut self, from: &str, to: &str, now: DateTime<Utc>) -> Result<Vec<Planned>> {
        Ok(Bulk::planned_not_current(self, from, to, now)?
            .into_iter()
            .map(|(id, contact, key)| Planned { id, contact, key })
            .collect())
    }

    fn withdraw(&mut self, id: i64) -> Result<()> {
        Bulk::withdraw(self, id)
    }
}

impl crate::export::json::Rows for Store {
    fn schema(&self) -> Result<i64> {
        self.db().schema_version()
    }

    fn tables(&self) -> Vec<&'static str> {
        TABLES.iter().map(|(t, _)| *t).collect()
    }

    fn for_each_row(&self, table: &str, each: &mut dyn FnMut(&Map<String, Value>) -> Result<()>) -> Result<()> {
        self.db().for_each_backup_row(table, each)
    }
}

impl Restore for backup::Restore<'_> {
    fn schema(&self) -> i64 {
        self.schema
    }

    fn table(&self, name: &str) -> Option<&'static str> {
        TABLES.iter().map(|(t, _)| *t).find(|t| *t == name)
    }

    fn insert(&self, table: &str, row: &Map<String, Value>) -> Result<()> {
        backup::Restore::insert(self, table, row)
    }
}
