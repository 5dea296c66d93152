//! Interactions that arrive by themselves: calendars on disk.

pub mod calendar;

// SHIM (not committed): the `mail` helper's shared API, until it lands.
use crate::model::{Channel, ContactId, Direction};
pub struct Captured {
    pub contact_id: ContactId,
    pub at: chrono::DateTime<chrono::Utc>,
    pub direction: Direction,
    pub channel: Channel,
    pub note: Option<String>,
    pub source_key: String,
}
