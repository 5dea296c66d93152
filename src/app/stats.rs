//! `tend stats` and the figures of `tend show`: the store streams each
//! contact's interactions, and `stats` counts them.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use super::App;
use crate::error::Result;
use crate::model::ContactId;
use crate::stats::{ContactFigures, ContactInfo, Group, Report};
use crate::store;

impl App {
    /// What gets answered (`tend stats`) since `since`, grouped by `groups`,
    /// in one read; a contact without a zone is in the user's.
    pub fn stats_report(&self, since: DateTime<Utc>, groups: &[Group]) -> Result<Report> {
        let (since, user_tz) = (since.timestamp(), self.tz());
        let conn = self.store.conn();
        self.read(|| {
            let zones = store::stats::contact_zones(conn)?;
            let tags = if groups.contains(&Group::Tag) {
                store::stats::contact_tags(conn)?
            } else {
                FxHashMap::default()
            };
            let mut report = Report::new(since, groups);
            store::stats::for_each_contact(conn, |id, items| {
                // Nothing sent since then: nothing to count (the common case).
                if items.last().is_none_or(|i| i.at < since) {
                    return Ok(());
                }
                let info = ContactInfo {
                    tz: zones.get(&id).copied().flatten().unwrap_or(user_tz),
                    tags: tags.get(&id).map_or(&[][..], Vec::as_slice),
                };
                report.add_contact(&info, items);
                Ok(())
            })?;
            Ok(report)
        })
    }

    /// One contact's figures over their whole history (`tend show`), their
    /// usual hour in `their_tz`.
    pub fn contact_figures(&self, id: ContactId, their_tz: Tz) -> Result<ContactFigures> {
        self.read(|| {
            Ok(ContactFigures::of(
                &store::stats::items_of(self.store.conn(), id)?,
                their_tz,
            ))
        })
    }
}
