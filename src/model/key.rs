//! A nudge's stable key (rule 12): its contact and what it is about. The
//! planner makes keys, the store keeps them as text (`nudges.key`,
//! `kept_drafts.key`), notifications carry them; each reads the text back
//! through [`NudgeKey::from_str`], never by splitting it itself.

use chrono::NaiveDate;
use std::fmt;
use std::str::FromStr;

use super::ContactId;

/// What makes a nudge's key besides its contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyPart {
    /// Rule 1: the reply owed to this interaction.
    Reply(i64),
    /// Rule 2: the first follow-up after connecting on this day.
    FollowUp(NaiveDate),
    /// Rule 3: the cadence check-in counted from this instant (Unix seconds).
    CheckIn(i64),
    /// Rule 6: the congratulation on this event.
    Event(i64),
    /// Rule 6: this event's anniversary in this year.
    EventYear(i64, i32),
    /// Rule 6: the birthday in this year.
    Birthday(i32),
    /// Rule 7: the check-in in the care tone after this sensitive event.
    Care(i64),
}

impl KeyPart {
    /// The key of this nudge for `contact`.
    pub fn key(self, contact: ContactId) -> NudgeKey {
        NudgeKey { contact, part: self }
    }
}

/// A nudge's key: written `3:reply:42`, `3:first-follow-up:2026-01-05`,
/// `3:check-in:1767225600`, `3:check-in:care:e7`, `3:milestone:e7`,
/// `3:milestone:e7:2027` or `3:milestone:birthday:2027`: the text in
/// `nudges.key` and `kept_drafts.key`, the same as before keys were typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NudgeKey {
    pub contact: ContactId,
    pub part: KeyPart,
}

impl NudgeKey {
    /// The stored keys of an event's nudges (its congratulation and its
    /// care check-in), and the `LIKE` pattern of its yearly anniversaries.
    pub fn of_event(contact: ContactId, event: i64) -> [String; 3] {
        [
            KeyPart::Event(event).key(contact).to_string(),
            format!("{}:%", KeyPart::Event(event).key(contact)),
            KeyPart::Care(event).key(contact).to_string(),
        ]
    }
}

impl fmt::Display for NudgeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.contact;
        match self.part {
            KeyPart::Reply(interaction) => write!(f, "{c}:reply:{interaction}"),
            KeyPart::FollowUp(on) => write!(f, "{c}:first-follow-up:{on}"),
            KeyPart::CheckIn(since) => write!(f, "{c}:check-in:{since}"),
            KeyPart::Event(event) => write!(f, "{c}:milestone:e{event}"),
            KeyPart::EventYear(event, year) => write!(f, "{c}:milestone:e{event}:{year}"),
            KeyPart::Birthday(year) => write!(f, "{c}:milestone:birthday:{year}"),
            KeyPart::Care(event) => write!(f, "{c}:check-in:care:e{event}"),
        }
    }
}

/// Text that is not a nudge key (the digest's, an import's notification).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a nudge key")]
pub struct NotAKey(pub String);

impl FromStr for NudgeKey {
    type Err = NotAKey;

    /// Reads exactly what [`fmt::Display`] writes: a text that would print
    /// otherwise (`+3:reply:042`) is not a key, so a key and its text are
    /// one to one.
    fn from_str(s: &str) -> Result<NudgeKey, NotAKey> {
        let not = || NotAKey(s.to_string());
        let (contact, rest) = s.split_once(':').ok_or_else(not)?;
        let contact: ContactId = contact.parse().map_err(|_| not())?;
        let (what, tail) = rest.split_once(':').ok_or_else(not)?;
        let event = |t: &str| t.strip_prefix('e').and_then(|n| n.parse::<i64>().ok());
        let part = match what {
            "reply" => tail.parse().ok().map(KeyPart::Reply),
            "first-follow-up" => tail.parse().ok().map(KeyPart::FollowUp),
            "check-in" => match tail.strip_prefix("care:") {
                Some(e) => event(e).map(KeyPart::Care),
                None => tail.parse().ok().map(KeyPart::CheckIn),
            },
            "milestone" => match tail.split_once(':') {
                Some(("birthday", year)) => year.parse().ok().map(KeyPart::Birthday),
                Some((e, year)) => event(e).zip(year.parse().ok()).map(|(e, y)| KeyPart::EventYear(e, y)),
                None => event(tail).map(KeyPart::Event),
            },
            _ => None,
        }
        .ok_or_else(not)?;
        let key = part.key(contact);
        if key.to_string() != s {
            return Err(not());
        }
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The texts stored before keys were typed read as these keys, and
    /// print back unchanged: no migration.
    #[test]
    fn stored_texts_read_as_keys() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_else(|| panic!("a date"));
        let cases = [
            ("3:reply:42", KeyPart::Reply(42)),
            ("3:first-follow-up:2026-01-05", KeyPart::FollowUp(day)),
            ("3:check-in:1767225600", KeyPart::CheckIn(1_767_225_600)),
            ("3:check-in:-86400", KeyPart::CheckIn(-86_400)),
            ("3:check-in:care:e7", KeyPart::Care(7)),
            ("3:milestone:e7", KeyPart::Event(7)),
            ("3:milestone:e7:2027", KeyPart::EventYear(7, 2027)),
            ("3:milestone:birthday:2027", KeyPart::Birthday(2027)),
        ];
        for (text, part) in cases {
            assert_eq!(text.parse::<NudgeKey>(), Ok(part.key(3)), "{text}");
            assert_eq!(part.key(3).to_string(), text);
        }
    }

    #[test]
    fn other_notification_keys_are_not_nudge_keys() {
        for text in [
            "digest",
            "import:/home/me/Connections.csv",
            "",
            "3",
            "3:reply",
            "3:reply:",
            "3:reply:x",
            "+3:reply:4",
            "3:reply:04",
            "3:milestone:7",
            "3:milestone:e7:",
            "3:check-in:care:7",
            "3:first-follow-up:2026-1-5",
            "3:follow-up:2026-01-05",
            "check:3:reply",
        ] {
            assert_eq!(text.parse::<NudgeKey>(), Err(NotAKey(text.to_string())), "{text}");
        }
    }

    fn any_part() -> impl Strategy<Value = KeyPart> {
        let day = (-100_000i32..3_000_000).prop_filter_map("a date", NaiveDate::from_num_days_from_ce_opt);
        prop_oneof![
            any::<i64>().prop_map(KeyPart::Reply),
            day.prop_map(KeyPart::FollowUp),
            any::<i64>().prop_map(KeyPart::CheckIn),
            any::<i64>().prop_map(KeyPart::Event),
            (any::<i64>(), any::<i32>()).prop_map(|(e, y)| KeyPart::EventYear(e, y)),
            any::<i32>().prop_map(KeyPart::Birthday),
            any::<i64>().prop_map(KeyPart::Care),
        ]
    }

    proptest! {
        /// Every key reads back from its text.
        #[test]
        fn a_key_reads_as_it_prints(contact: i64, part in any_part()) {
            let key = part.key(contact);
            prop_assert_eq!(key.to_string().parse::<NudgeKey>(), Ok(key));
        }

        /// Whatever text reads as a key is that key's text.
        #[test]
        fn a_text_that_reads_prints_the_same(text in "[-+0-9]{1,3}:(reply|check-in|milestone|first-follow-up):(e|care:e|birthday:)?[-+0-9:]{0,12}") {
            if let Ok(key) = text.parse::<NudgeKey>() {
                prop_assert_eq!(key.to_string(), text);
            }
        }
    }
}
