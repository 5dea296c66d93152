//! Rule 15: relationship strength, a number between 0 and 1 from the two-way
//! history the store keeps per contact ([`Talk`] and the latest touch and
//! response) and the current instant. Computed when it is read, never
//! stored: recency fades, so a stored number would go stale.

use chrono::{DateTime, Utc};

use crate::facts::{Bond, PlanRow};
use crate::model::Summary;

/// The weights of docs/rules.md, rule 15 (they add up to 1).
const RECENCY: f64 = 0.30;
const FREQUENCY: f64 = 0.20;
const ANSWERS: f64 = 0.15;
const SPEED: f64 = 0.10;
const INITIATIVE: f64 = 0.10;
const BY_HAND: f64 = 0.15;
/// Recency halves every this many days.
const RECENCY_HALF_LIFE_DAYS: f64 = 180.0;
/// Speed halves every this many days an answer takes on average.
const SPEED_HALF_LIFE_DAYS: f64 = 2.0;
/// Conversations a year (calls and meetings twice) at which frequency is 1 − 1/e.
const FREQUENCY_SCALE: f64 = 4.0;
const DAY_SECS: f64 = 86_400.0;
const YEAR_DAYS: f64 = 365.25;

impl PlanRow {
    /// Rule 15's facts of this contact.
    pub fn bond(&self) -> Bond {
        Bond::of(&self.summary, self.by_hand)
    }
}

impl Bond {
    pub fn of(summary: &Summary, by_hand: bool) -> Bond {
        Bond {
            talk: summary.talk,
            last: summary.last_touch.max(summary.last_response),
            by_hand,
        }
    }

    /// Rule 15: the strength at `now`, between 0 and 1.
    pub fn strength(&self, now: DateTime<Utc>) -> f64 {
        let t = &self.talk;
        let days_since = |at: DateTime<Utc>| ((now - at).num_seconds().max(0) as f64) / DAY_SECS;
        let recency = self
            .last
            .map_or(0.0, |at| 0.5f64.powf(days_since(at) / RECENCY_HALF_LIFE_DAYS));
        let years = t.first_at.map_or(1.0, |at| (days_since(at) / YEAR_DAYS).max(1.0));
        let per_year = f64::from(t.conversations.saturating_add(t.meetings)) / years;
        let frequency = 1.0 - (-per_year / FREQUENCY_SCALE).exp();
        let answers = match (t.you_opened, t.they_opened) {
            (0, 0) => 0.0,
            (0, _) => 1.0,
            (asked, _) => f64::from(t.answered.min(asked)) / f64::from(asked),
        };
        let speed = if t.answered == 0 {
            0.0
        } else {
            let mean_days = t.answer_secs.max(0) as f64 / f64::from(t.answered) / DAY_SECS;
            0.5f64.powf(mean_days / SPEED_HALF_LIFE_DAYS)
        };
        let initiative = if t.conversations == 0 {
            0.0
        } else {
            f64::from(t.they_opened.min(t.conversations)) / f64::from(t.conversations)
        };
        let hand = if self.by_hand { 1.0 } else { 0.0 };
        let s = RECENCY * recency
            + FREQUENCY * frequency
            + ANSWERS * answers
            + SPEED * speed
            + INITIATIVE * initiative
            + BY_HAND * hand;
        s.clamp(0.0, 1.0)
    }

    /// The grounds `tend show` gives: "14 conversations in 2 years, answers 9
    /// in 10, 3 calls or meetings, set by hand".
    pub fn grounds(&self, now: DateTime<Utc>) -> String {
        let t = &self.talk;
        let mut parts = Vec::new();
        match (t.conversations, t.first_at) {
            (0, _) | (_, None) => parts.push("no conversations yet".to_string()),
            (n, Some(first)) => parts.push(format!(
                "{n} conversation{} in {}",
                plural(n),
                span_words((now - first).num_days().max(0))
            )),
        }
        if t.you_opened > 0 {
            parts.push(format!("answers {} in {}", t.answered.min(t.you_opened), t.you_opened));
        }
        if t.they_opened > 0 {
            parts.push(format!("wrote first {} time{}", t.they_opened, plural(t.they_opened)));
        }
        if t.meetings > 0 {
            parts.push(format!(
                "{} call{} or meeting{}",
                t.meetings,
                plural(t.meetings),
                plural(t.meetings)
            ));
        }
        if self.by_hand {
            parts.push("cadence or tag set by hand".to_string());
        }
        parts.join(", ")
    }
}

fn plural(n: u32) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// "3 days", "5 weeks", "8 months", "2 years": a span rounded down.
fn span_words(days: i64) -> String {
    let (n, unit) = match days {
        0..=13 => (days.max(1), "day"),
        14..=60 => (days / 7, "week"),
        61..=729 => (days * 12 / 365, "month"),
        _ => (days / 365, "year"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

/// "0.82": strength as `tend show` and `tend list` print it.
pub fn shown(strength: f64) -> String {
    format!("{strength:.2}")
}

/// Strength as an integer that sorts as the number does (for orderings
/// that must be total and deterministic).
pub fn sort_key(strength: f64) -> u32 {
    (strength.clamp(0.0, 1.0) * 1_000_000.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, Direction, Interaction};
    use proptest::prelude::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn history(items: &[(&str, Direction, Channel)]) -> Summary {
        let list: Vec<Interaction> = items
            .iter()
            .enumerate()
            .map(|(i, (at, direction, channel))| Interaction {
                id: i as i64 + 1,
                contact_id: 1,
                at: utc(at),
                direction: *direction,
                channel: *channel,
                note: None,
            })
            .collect();
        crate::text::conversation::summary(&list, utc("2026-12-01T10:00:00Z"))
    }

    #[test]
    fn a_close_colleague_is_stronger_than_a_cold_connection() {
        let now = utc("2026-12-01T10:00:00Z");
        let close = history(&[
            ("2025-03-01T10:00:00Z", Direction::Out, Channel::Message),
            ("2025-03-01T15:00:00Z", Direction::In, Channel::Message),
            ("2025-09-10T10:00:00Z", Direction::In, Channel::Message),
            ("2025-09-10T12:00:00Z", Direction::Out, Channel::Message),
            ("2026-02-02T10:00:00Z", Direction::Both, Channel::Meeting),
            ("2026-11-20T10:00:00Z", Direction::Out, Channel::Email),
            ("2026-11-21T09:00:00Z", Direction::In, Channel::Email),
        ]);
        assert_eq!(close.talk.conversations, 4);
        assert_eq!((close.talk.you_opened, close.talk.answered), (2, 2));
        assert_eq!((close.talk.they_opened, close.talk.meetings), (1, 1));
        let strong = Bond::of(&close, false);
        let cold = Bond::of(
            &history(&[("2024-01-05T10:00:00Z", Direction::Out, Channel::Message)]),
            false,
        );
        let (a, b) = (strong.strength(now), cold.strength(now));
        assert!(a > 0.6 && b < 0.05, "{a} {b}");
        assert_eq!(
            strong.grounds(now),
            "4 conversations in 21 months, answers 2 in 2, wrote first 1 time, 1 call or meeting"
        );
        assert_eq!(cold.grounds(now), "1 conversation in 2 years, answers 0 in 1");
        // Setting a cadence or tag by hand counts.
        let by_hand = Bond { by_hand: true, ..cold };
        assert!((by_hand.strength(now) - b - BY_HAND).abs() < 1e-9);
        assert_eq!(Bond::default().grounds(now), "no conversations yet");
        assert_eq!(shown(Bond::default().strength(now)), "0.00");
    }

    #[test]
    fn recency_fades() {
        let s = history(&[
            ("2026-06-01T10:00:00Z", Direction::Out, Channel::Message),
            ("2026-06-01T11:00:00Z", Direction::In, Channel::Message),
        ]);
        let b = Bond::of(&s, false);
        let soon = b.strength(utc("2026-06-02T10:00:00Z"));
        let later = b.strength(utc("2027-06-02T10:00:00Z"));
        assert!(soon > later, "{soon} {later}");
    }

    proptest! {
        /// Between 0 and 1 whatever the history; never stronger for a
        /// later `now` (recency fades, frequency spreads over a longer span).
        #[test]
        fn strength_is_bounded_and_fades(
            items in proptest::collection::vec((0i64..2000 * 24, 0u8..3, 0u8..8), 0..30),
            by_hand in any::<bool>(),
            later_days in 0i64..2000,
        ) {
            let now = utc("2026-12-01T10:00:00Z");
            let list: Vec<Interaction> = items.iter().enumerate().map(|(i, (hours_ago, d, c))| Interaction {
                id: i as i64 + 1,
                contact_id: 1,
                at: now - chrono::Duration::hours(*hours_ago),
                direction: [Direction::Out, Direction::In, Direction::Both][*d as usize],
                channel: Channel::ALL[*c as usize],
                note: None,
            }).collect();
            let b = Bond::of(&crate::text::conversation::summary(&list, now), by_hand);
            let s = b.strength(now);
            prop_assert!((0.0..=1.0).contains(&s), "{s}");
            let t = b.strength(now + chrono::Duration::days(later_days));
            prop_assert!(t <= s + 1e-12, "{t} > {s}");
        }
    }
}
