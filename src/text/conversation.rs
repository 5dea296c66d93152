//! A message read in its conversation: the user's message before it is its
//! context, and a contact's summary learns from it whether the message
//! waiting for an answer closes the conversation (rule 1).

use super::{Context, Reading, read};
use crate::model::{Direction, Interaction, Summary};
use chrono::{DateTime, Utc};

/// The reading of the message at `pos` of a contact's interactions sorted
/// by time, with the user's message before it as its context ("Thursday
/// works!" confirms the time the user proposed there).
pub fn reading(sorted: &[&Interaction], pos: usize, extra_closers: &[String]) -> Reading {
    let Some(message) = sorted.get(pos) else {
        return Reading::default();
    };
    let previous_out = sorted[..pos]
        .iter()
        .rev()
        .find(|i| i.channel.is_conversational())
        .filter(|i| i.direction == Direction::Out)
        .and_then(|i| i.note.as_deref());
    read(
        message.note.as_deref().unwrap_or(""),
        &Context {
            previous_out,
            extra_closers,
        },
    )
}

/// [`Summary::unread`], with the message waiting for an answer read for
/// whether it closes the conversation.
pub fn summary<'a>(items: impl IntoIterator<Item = &'a Interaction>, now: DateTime<Utc>) -> Summary {
    let mut sorted: Vec<&Interaction> = items.into_iter().collect();
    let mut s = Summary::unread(sorted.iter().copied(), now);
    // What has happened, in the order the summary read it.
    sorted.retain(|i| i.at <= now);
    sorted.sort_by_key(|i| (i.at, i.id));
    if let Some((id, _)) = s.pending_inbound
        && let Some(pos) = sorted.iter().rposition(|i| i.id == id)
    {
        s.pending_closer = reading(&sorted, pos, &[]).acts.closes();
    }
    s.pitches_only = pitches_only(&sorted, |pos| reading(&sorted, pos, &[]).acts);
    s
}

/// Rule 3: whether every response among `sorted` (a contact's interactions
/// that have happened, oldest first) is a message of theirs, with text,
/// read as a pitch (`acts_at` reads the one at a position); false without
/// any response. A call, a meeting, a message without text or one read
/// otherwise is a real exchange. Reads the newest first and stops at the
/// first that is not a pitch: most contacts cost one reading.
pub fn pitches_only(sorted: &[&Interaction], mut acts_at: impl FnMut(usize) -> super::Acts) -> bool {
    let mut any = false;
    for (pos, i) in sorted.iter().enumerate().rev() {
        if !i.is_response() {
            continue;
        }
        let text = i.note.as_deref().is_some_and(|t| !t.trim().is_empty());
        if i.direction != Direction::In || !text || !acts_at(pos).has(super::Act::Pitch) {
            return false;
        }
        any = true;
    }
    any
}
