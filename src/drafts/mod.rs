//! Drafts: a suggested message for every nudge.

use crate::model::{Contact, Event, Nudge};

/// What a draft may draw on.
pub struct DraftInput<'a> {
    pub nudge: &'a Nudge,
    pub contact: &'a Contact,
    /// The note of the latest interaction, when there is one.
    pub last_note: Option<&'a str>,
    /// Responses from this contact so far (fewer than 2: an early stage).
    pub responses: u32,
    /// Their latest `post` event within `post_recent`, if any.
    pub recent_post: Option<&'a Event>,
    /// The user's own name (`[user] name`), possibly empty.
    pub user_name: &'a str,
}

pub struct Drafter {
    max_chars: usize,
}

impl Drafter {
    pub fn builtin(max_chars: usize) -> Drafter {
        Drafter { max_chars }
    }

    pub fn draft(&self, input: &DraftInput) -> String {
        let text = format!("Hi {}, how are things going?", input.contact.first_name());
        text.chars().take(self.max_chars).collect()
    }
}
