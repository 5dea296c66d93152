//! The rules the store keeps the results of, handed to it: the reader
//! (`text`) and the usual hour (`stats`), with the user's zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::facts::Derive;
use crate::model::{Interaction, Summary};
use crate::text::Acts;

/// [`Derive`] by this tend's reader and statistics, in the user's zone.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub user_zone: Tz,
}

impl Rules {
    /// Contacts without a zone in the system's: tend before any settings
    /// are read (a store used without an `App`, the benchmarks).
    pub fn in_system_zone() -> Rules {
        Rules {
            user_zone: crate::time::system_tz(),
        }
    }
}

impl Derive for Rules {
    fn reader_version(&self) -> i64 {
        crate::text::reader::VERSION
    }

    fn read(&self, sorted: &[&Interaction], pos: usize) -> String {
        crate::text::conversation::reading(sorted, pos, &[]).acts.to_stored()
    }

    fn closes(&self, stored: &str) -> Option<bool> {
        Acts::from_stored(stored).map(Acts::closes)
    }

    fn waiting(
        &self,
        summary: &mut Summary,
        sorted: &[&Interaction],
        pending: usize,
        handled: Option<DateTime<Utc>>,
        reading: &mut dyn FnMut(usize) -> String,
    ) {
        // A reading this reader does not know owes a reply (it is not a closer).
        let state = crate::text::conversation::waiting_state(sorted, pending, handled, |pos| {
            Acts::from_stored(&reading(pos)).unwrap_or_default()
        });
        crate::text::conversation::apply_waiting(summary, state);
    }

    fn pitches_only(&self, sorted: &[&Interaction], reading: &mut dyn FnMut(usize) -> String) -> bool {
        crate::text::conversation::pitches_only(sorted, |pos| Acts::from_stored(&reading(pos)).unwrap_or_default())
    }

    fn summary(&self, items: &[Interaction], now: DateTime<Utc>) -> Summary {
        crate::text::conversation::summary(items, now)
    }

    fn usual_hour(&self, items: &[Interaction], tz: Tz) -> Option<u32> {
        let written: Vec<crate::facts::Item> = items
            .iter()
            .map(|i| crate::facts::Item {
                at: i.at.timestamp(),
                direction: i.direction,
                channel: i.channel,
                nudge: None,
                drafted: None,
            })
            .filter(crate::facts::Item::is_written_by_them)
            .collect();
        crate::stats::usual_hour(&written, tz)
    }

    fn user_zone(&self) -> Tz {
        self.user_zone
    }

    fn away(&self, note: &str, sent: DateTime<Utc>) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        crate::text::away::away_in(note, crate::time::local_date(sent, self.user_zone))
    }
}

/// Rules in UTC, for the store's and the formats' tests.
#[cfg(test)]
pub(crate) const IN_UTC: Rules = Rules {
    user_zone: chrono_tz::UTC,
};
