//! `tend stats` and the figures of `tend show`: the store streams each
//! contact's interactions, and `stats` counts them.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use super::App;
use crate::error::Result;
use crate::model::ContactId;
use crate::stats::{ContactFigures, ContactInfo, Group, Report};

impl App {
    /// What gets answered (`tend stats`) since `since`, grouped by `groups`,
    /// in one read; a contact without a zone is in the user's.
    pub fn stats_report(&self, since: DateTime<Utc>, groups: &[Group]) -> Result<Report> {
        let (since, user_tz) = (since.timestamp(), self.tz());
        let db = self.store.db();
        self.read(|| {
            let zones = db.contact_zones()?;
            let tags = if groups.contains(&Group::Tag) {
                db.contact_tags()?
            } else {
                FxHashMap::default()
            };
            let mut report = Report::new(since, groups);
            db.for_each_contact_items(|id, items| {
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
        self.read(|| Ok(ContactFigures::of(&self.store.db().items_of(id)?, their_tz)))
    }
}
