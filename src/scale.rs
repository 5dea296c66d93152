//! A generator of large, realistic networks (30,000 contacts, 1,000,000
//! interactions) for benchmarks. Deterministic for a given seed; invented
//! names only.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::error::Result;
use crate::model::{Channel, ContactId, Direction, EventKind, Interaction};

/// A generated contact, as it is written.
#[derive(Debug, Clone, Copy)]
pub struct NewContact<'a> {
    pub id: ContactId,
    pub name: &'a str,
    pub company: &'a str,
    pub timezone: Option<&'a str>,
    pub connected_on: Option<NaiveDate>,
    /// As stored: `none`, `4w`, or `None` for the default.
    pub cadence: Option<&'a str>,
    pub source: &'a str,
    pub created_at: DateTime<Utc>,
    /// The tags as stored (a JSON array).
    pub tags: &'a str,
}

/// A generated interaction, with its id and how it was sent (`tend done`'s
/// nudge kind and whether the draft was edited).
#[derive(Debug, Clone, Copy)]
pub struct NewInteraction<'a> {
    pub id: i64,
    pub interaction: &'a Interaction,
    pub sent: Option<(&'a str, &'a str)>,
}

/// A generated life event.
#[derive(Debug, Clone, Copy)]
pub struct NewEvent<'a> {
    pub contact: ContactId,
    pub kind: EventKind,
    pub on: NaiveDate,
    pub detail: &'a str,
    pub recorded_at: DateTime<Utc>,
}

/// Where the generator writes, in one transaction: the store's
/// `store::fixtures`, handed in by the caller.
pub trait Sink {
    fn contact(&mut self, c: &NewContact<'_>) -> Result<()>;
    fn interaction(&mut self, i: &NewInteraction<'_>) -> Result<()>;
    fn event(&mut self, e: &NewEvent<'_>) -> Result<()>;
    /// Recomputes a contact's summary once its interactions are written.
    fn refresh(&mut self, contact: ContactId, now: DateTime<Utc>) -> Result<()>;
}

/// SplitMix64: tiny, fast and reproducible, which is all a generator needs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const FIRST: &[&str] = &[
    "Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kavya", "Lars", "Mei",
    "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Ulla", "Vikram", "Wen", "Xenia", "Yusuf", "Zoé",
];
const LAST: &[&str] = &[
    "Abara",
    "Bergstrom",
    "Castellanos",
    "Dufresne",
    "Eriksen",
    "Fontaine",
    "Gallo",
    "Hakimi",
    "Ivanova",
    "Jansen",
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quaresma",
    "Rahman",
    "Silva",
    "Takeda",
];
const COMPANIES: &[&str] = &[
    "Globex",
    "Initech",
    "Umbrella Labs",
    "Hooli",
    "Vandelay",
    "Stark Works",
    "Acme Cloud",
];
const TOPICS: &[&str] = &[
    "Talked about the roadmap",
    "Swapped notes on hiring",
    "Caught up on the migration",
    "Compared conference talks",
    "Discussed the pricing change",
    "Shared ideas on onboarding",
    "Went over the launch plan",
    "Chatted about remote teams",
];
const DETAILS: &[&str] = &[
    "for Q3",
    "after the offsite",
    "over coffee",
    "on a call",
    "in Berlin",
    "last week",
];
const ZONES: &[&str] = &[
    "America/New_York",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Tokyo",
    "America/Los_Angeles",
];

/// How big a network to make.
#[derive(Debug, Clone, Copy)]
pub struct ScaleSpec {
    pub contacts: u64,
    pub interactions: u64,
    pub seed: u64,
}

impl Default for ScaleSpec {
    fn default() -> Self {
        ScaleSpec {
            contacts: 30_000,
            interactions: 1_000_000,
            seed: 7,
        }
    }
}

/// Fills an empty, migrated database with a network as of `now`: most
/// contacts imported (no cadence, connected years ago), a third added by
/// hand with cadences, years of history and life events.
pub fn generate(sink: &mut dyn Sink, spec: ScaleSpec, now: DateTime<Utc>) -> Result<()> {
    let mut rng = Rng::new(spec.seed);
    // A second stream for how messages were sent and for tags, so that the
    // rest of the network is the same as before these were generated.
    let mut sent_how = Rng::new(spec.seed ^ 0x5EED_57A7);
    let three_years = 3 * 365 * 24 * 3600;
    {
        let per_contact = spec.interactions / spec.contacts.max(1);
        let mut left = spec.interactions;
        // Every contact's history, written at the end in time order: the
        // conversations interleave in the table as they do in life (ids
        // follow time, not people).
        let mut all: Vec<Interaction> = Vec::with_capacity(spec.interactions as usize);
        // How each of `all` was sent, in step with it.
        let mut sent: Vec<Option<(&str, &str)>> = Vec::with_capacity(spec.interactions as usize);
        for id in 1..=spec.contacts as i64 {
            let name = format!("{} {} {id}", rng.pick(FIRST), rng.pick(LAST));
            let imported = rng.chance(70);
            let created = now - Duration::seconds(rng.below(three_years) as i64);
            let connected = (now - Duration::days(rng.below(8 * 365) as i64)).date_naive();
            let cadence: Option<String> = if imported {
                Some("none".into())
            } else if rng.chance(50) {
                None
            } else {
                Some(format!("{}w", 2 + rng.below(10)))
            };
            let zone = rng.chance(50).then(|| rng.pick(ZONES).to_string());
            sink.contact(&NewContact {
                id,
                name: &name,
                company: rng.pick::<&str>(COMPANIES),
                timezone: zone.as_deref(),
                connected_on: imported.then_some(connected),
                cadence: cadence.as_deref(),
                source: if imported { "linkedin" } else { "manual" },
                created_at: created,
                tags: sent_how.pick::<&str>(&["[]", "[]", "[\"recruiter\"]", "[\"rust\",\"berlin\"]"]),
            })?;

            // Skewed: a few busy threads, many quiet contacts; the total is exact.
            let remaining_contacts = spec.contacts as i64 - id + 1;
            let n = if remaining_contacts == 1 {
                left
            } else {
                (rng.below(per_contact * 2 + 1)).min(left)
            };
            left -= n;
            let mut items: Vec<Interaction> = (0..n)
                .map(|_| {
                    let at = now - Duration::seconds(rng.below(three_years) as i64 + 60);
                    let channel = *rng.pick(&[
                        Channel::Message,
                        Channel::Message,
                        Channel::Email,
                        Channel::Comment,
                        Channel::Like,
                        Channel::Call,
                    ]);
                    let direction = match channel {
                        Channel::Call => Direction::Both,
                        Channel::Like => Direction::Out,
                        _ if rng.chance(50) => Direction::In,
                        _ => Direction::Out,
                    };
                    Interaction {
                        id: 0,
                        contact_id: id,
                        at,
                        direction,
                        channel,
                        note: None,
                    }
                })
                .collect();
            items.sort_by_key(|i| i.at);
            for i in &mut items {
                // Notes differ as real ones do: a topic, a detail and who it was with.
                i.note = rng
                    .chance(20)
                    .then(|| format!("{} {} with {}", rng.pick(TOPICS), rng.pick(DETAILS), name));
                // A third of the messages sent went through `tend done`.
                let done = (i.is_out_message() && sent_how.chance(33)).then(|| {
                    let kind = sent_how.pick(crate::model::NudgeKind::ALL).as_str();
                    (kind, if sent_how.chance(60) { "as-is" } else { "edited" })
                });
                sent.push(done);
            }
            all.extend(items);
            if rng.chance(30) {
                let kind = *rng.pick(&[
                    EventKind::NewJob,
                    EventKind::Promotion,
                    EventKind::Post,
                    EventKind::Post,
                    EventKind::Busy,
                    EventKind::Layoff,
                ]);
                let on = (now - Duration::days(rng.below(400) as i64)).date_naive();
                sink.event(&NewEvent {
                    contact: id,
                    kind,
                    on,
                    detail: "Launch week",
                    recorded_at: now - Duration::days(1),
                })?;
            }
        }
        let mut order: Vec<usize> = (0..all.len()).collect();
        order.sort_by_key(|&k| (all[k].at, all[k].contact_id));
        for (n, &k) in order.iter().enumerate() {
            sink.interaction(&NewInteraction {
                id: n as i64 + 1,
                interaction: &all[k],
                sent: sent[k],
            })?;
        }
        // Summaries once the ids are known (a pending message is named by its id).
        for id in 1..=spec.contacts as i64 {
            sink.refresh(id, now)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_the_exact_counts_with_consistent_summaries() {
        let mut store = crate::store::Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let now = DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z").map(|d| d.with_timezone(&Utc));
        let now = now.unwrap_or_else(|e| panic!("{e}"));
        let spec = ScaleSpec {
            contacts: 200,
            interactions: 5_000,
            seed: 1,
        };
        store
            .fixtures(&crate::app::derive::IN_UTC, |sink| generate(sink, spec, now))
            .unwrap_or_else(|e| panic!("{e}"));
        let contacts = store.db().contacts().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(contacts.len(), 200);
        let mut all: Vec<(i64, i64)> = Vec::new();
        for c in &contacts {
            let items = store.db().interactions_of(c.id).unwrap_or_else(|e| panic!("{e}"));
            all.extend(items.iter().map(|i| (i.id, i.contact_id)));
        }
        assert_eq!(all.len(), 5_000);
        // Conversations interleave: consecutive ids mostly belong to different people.
        all.sort_unstable();
        let switches = all
            .windows(2)
            .filter(|w| w[1].0 == w[0].0 + 1 && w[1].1 != w[0].1)
            .count();
        assert!(switches > 4_000, "{switches} changes of contact in 5,000 rows");
        // The stored summary equals one recomputed from the interactions.
        for id in [1, 50, 200] {
            let stored = store.db().summary(id).unwrap_or_default();
            let items = store.db().interactions_of(id).unwrap_or_default();
            assert_eq!(stored, crate::text::conversation::summary(&items, now));
        }
    }
}
