//! The spacing rules of rules.md: facts and the current instant in, slotted
//! nudges with reasons out. Pure: no SQLite, no terminal, no system clock.

use chrono::{DateTime, Utc};
use std::collections::HashMap;

use crate::config::Settings;
use crate::model::{ContactId, Event, Nudge};
use crate::store::{NudgeRecord, PlanRow};

/// Everything the planner reads.
pub struct Facts<'a> {
    pub contacts: &'a [PlanRow],
    pub events: &'a [Event],
    pub records: &'a [NudgeRecord],
}

/// Why a contact has no open nudge.
#[derive(Debug, Clone, PartialEq)]
pub enum WhyNone {
    Other(String),
}

impl std::fmt::Display for WhyNone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WhyNone::Other(s) => f.write_str(s),
        }
    }
}

#[derive(Debug, Default)]
pub struct Plan {
    /// Open nudges, at most one per contact, earliest slot first.
    pub nudges: Vec<Nudge>,
    pub why_none: HashMap<ContactId, WhyNone>,
}

impl Plan {
    pub fn for_contact(&self, id: ContactId) -> Option<&Nudge> {
        self.nudges.iter().find(|n| n.contact_id == id)
    }
}

pub fn plan(_facts: &Facts, _settings: &Settings, _now: DateTime<Utc>) -> Plan {
    Plan::default()
}
