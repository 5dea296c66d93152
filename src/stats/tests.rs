use super::*;
use crate::facts::Drafted;
use crate::model::{Channel, Direction};
use proptest::prelude::*;

fn secs(s: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(s)
        .unwrap_or_else(|e| panic!("{s}: {e}"))
        .timestamp()
}

fn tz(name: &str) -> Tz {
    name.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn item(at: &str, direction: Direction, channel: Channel) -> Item {
    Item {
        at: secs(at),
        direction,
        channel,
        nudge: None,
        drafted: None,
    }
}

fn out(at: &str) -> Item {
    item(at, Direction::Out, Channel::Message)
}

fn reply(at: &str) -> Item {
    item(at, Direction::In, Channel::Message)
}

fn report(items: &[Item], groups: &[Group], zone: &str, tags: &[String]) -> Report {
    let mut r = Report::new(i64::MIN, groups);
    r.add_contact(&ContactInfo { tz: tz(zone), tags }, items);
    r
}

fn row(r: &Report, group: &str) -> Vec<(String, u32, u32)> {
    let v = r.json("1y");
    v["by"][group]
        .as_array()
        .unwrap_or_else(|| panic!("no {group} in {v}"))
        .iter()
        .map(|g| {
            (
                g["key"].as_str().unwrap_or_default().to_string(),
                g["sent"].as_u64().unwrap_or_default() as u32,
                g["answered"].as_u64().unwrap_or_default() as u32,
            )
        })
        .collect()
}

#[test]
fn a_double_message_leaves_the_first_unanswered() {
    let items = [
        out("2026-03-02T09:00:00Z"),
        out("2026-03-03T09:00:00Z"),
        reply("2026-03-03T15:00:00Z"),
    ];
    let o = outcomes(&items);
    assert_eq!(o.len(), 2);
    assert_eq!(o[0].reply_secs, None, "the second message came before any answer");
    assert_eq!(o[1].reply_secs, Some(6 * 3600));
}

#[test]
fn a_reply_after_fifteen_days_does_not_count_but_fourteen_does() {
    let late = [out("2026-03-01T09:00:00Z"), reply("2026-03-16T09:00:00Z")];
    assert_eq!(outcomes(&late)[0].reply_secs, None);
    let in_time = [out("2026-03-01T09:00:00Z"), reply("2026-03-15T09:00:00Z")];
    assert_eq!(outcomes(&in_time)[0].reply_secs, Some(14 * 86_400));
}

#[test]
fn only_messages_and_emails_out_are_outreach_and_a_call_answers() {
    let items = [
        item("2026-03-01T09:00:00Z", Direction::Out, Channel::Like),
        item("2026-03-01T10:00:00Z", Direction::Out, Channel::Comment),
        item("2026-03-01T11:00:00Z", Direction::Out, Channel::Email),
        // A like of theirs is no response; the call is.
        item("2026-03-01T12:00:00Z", Direction::In, Channel::Like),
        item("2026-03-02T11:00:00Z", Direction::Both, Channel::Call),
    ];
    let o = outcomes(&items);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].item.channel, Channel::Email);
    assert_eq!(o[0].reply_secs, Some(86_400));
}

#[test]
fn one_response_answers_only_the_latest_outreach_and_later_ones_answer_nothing() {
    let items = [
        out("2026-03-01T09:00:00Z"),
        reply("2026-03-01T10:00:00Z"),
        reply("2026-03-01T11:00:00Z"),
        out("2026-03-05T09:00:00Z"),
    ];
    let r = report(&items, &[], "UTC", &[]);
    assert_eq!((r.total.sent, r.total.answered), (2, 1));
    assert_eq!(r.total.median_reply_hours(), Some(1.0));
    assert_eq!(r.total.rate(), None, "fewer than 5 sent: no rate");
}

#[test]
fn hours_and_weekdays_are_the_recipients_own() {
    // Sunday 22:30 in Los Angeles is Monday 06:30 UTC and Monday 15:30 in Tokyo.
    let sent = "2026-03-02T06:30:00Z";
    let items = [out(sent), reply("2026-03-02T08:00:00Z")];
    let la = report(&items, &[Group::Hour, Group::Weekday], "America/Los_Angeles", &[]);
    assert_eq!(row(&la, "hour"), vec![("22".to_string(), 1, 1)]);
    assert_eq!(row(&la, "weekday"), vec![("Sun".to_string(), 1, 1)]);
    let tokyo = report(&items, &[Group::Hour, Group::Weekday], "Asia/Tokyo", &[]);
    assert_eq!(row(&tokyo, "hour"), vec![("15".to_string(), 1, 1)]);
    assert_eq!(row(&tokyo, "weekday"), vec![("Mon".to_string(), 1, 1)]);
    assert_eq!(la.grid[6][22].sent, 1);
    assert_eq!(tokyo.grid[0][15].answered, 1);
}

#[test]
fn the_hour_follows_daylight_saving_in_the_recipients_zone() {
    // 09:00 in London is 09:00 UTC in winter and 08:00 UTC in summer.
    let items = [out("2026-01-15T09:00:00Z"), out("2026-07-15T08:00:00Z")];
    let r = report(&items, &[Group::Hour], "Europe/London", &[]);
    assert_eq!(row(&r, "hour"), vec![("09".to_string(), 2, 0)]);
}

#[test]
fn stages_new_until_two_responses_then_warm_and_dormant_after_six_months() {
    let items = [
        out("2025-01-01T09:00:00Z"),   // new: no response yet
        reply("2025-01-02T09:00:00Z"), // 1
        out("2025-01-03T09:00:00Z"),   // new: 1 response
        reply("2025-01-04T09:00:00Z"), // 2
        out("2025-01-05T09:00:00Z"),   // warm
        // Exactly 6 months after the last touch: still warm.
        out("2025-07-05T09:00:00Z"),
        // 6 months and a second after the touch before it: dormant.
        out("2026-01-05T09:00:01Z"),
        // A call is a touch: the message a day after it is warm again.
        item("2026-09-01T09:00:00Z", Direction::Both, Channel::Call),
        out("2026-09-02T09:00:00Z"),
    ];
    let stages: Vec<&str> = outcomes(&items).iter().map(|o| o.stage.as_str()).collect();
    assert_eq!(stages, ["new", "new", "warm", "warm", "dormant", "warm"]);
    // An inbound message is no touch: the gap is counted from the user's own.
    let items = [
        reply("2025-01-01T09:00:00Z"),
        reply("2025-01-02T09:00:00Z"),
        out("2025-01-03T09:00:00Z"),
        reply("2025-12-01T09:00:00Z"),
        out("2025-12-02T09:00:00Z"),
    ];
    let stages: Vec<&str> = outcomes(&items).iter().map(|o| o.stage.as_str()).collect();
    assert_eq!(stages, ["warm", "dormant"]);
}

#[test]
fn kinds_and_drafts_come_from_what_done_recorded() {
    let mut done = out("2026-03-01T09:00:00Z");
    done.nudge = Some(NudgeKind::CheckIn);
    done.drafted = Some(Drafted::Edited);
    let mut reply_nudge = out("2026-03-03T09:00:00Z");
    reply_nudge.nudge = Some(NudgeKind::Reply);
    reply_nudge.drafted = Some(Drafted::AsIs);
    let items = [
        done,
        reply("2026-03-02T09:00:00Z"),
        reply_nudge,
        out("2026-03-04T09:00:00Z"),
    ];
    let r = report(&items, &[Group::Kind, Group::Draft, Group::Channel], "UTC", &[]);
    assert_eq!(
        row(&r, "kind"),
        vec![
            ("reply".to_string(), 1, 0),
            ("check-in".to_string(), 1, 1),
            ("own".to_string(), 1, 0)
        ]
    );
    assert_eq!(
        row(&r, "draft"),
        vec![
            ("as-is".to_string(), 1, 0),
            ("edited".to_string(), 1, 1),
            ("own".to_string(), 1, 0)
        ]
    );
    assert_eq!(row(&r, "channel"), vec![("message".to_string(), 3, 1)]);
}

#[test]
fn since_counts_outreach_from_then_but_stages_see_the_whole_history() {
    let items = [
        reply("2025-01-01T09:00:00Z"),
        reply("2025-01-02T09:00:00Z"),
        out("2025-01-03T09:00:00Z"),
        out("2026-03-01T09:00:00Z"),
        reply("2026-03-01T12:00:00Z"),
    ];
    let mut r = Report::new(secs("2026-01-01T00:00:00Z"), &[Group::Stage]);
    r.add_contact(
        &ContactInfo {
            tz: tz("UTC"),
            tags: &[],
        },
        &items,
    );
    assert_eq!((r.total.sent, r.total.answered), (1, 1));
    assert_eq!(row(&r, "stage"), vec![("dormant".to_string(), 1, 1)]);
}

#[test]
fn rates_from_five_sent_and_the_median_of_an_even_count() {
    let items = [
        out("2026-03-01T09:00:00Z"),
        reply("2026-03-01T10:00:00Z"), // 1 h
        out("2026-03-02T09:00:00Z"),
        reply("2026-03-02T12:00:00Z"), // 3 h
        out("2026-03-03T09:00:00Z"),
        out("2026-03-04T09:00:00Z"),
        out("2026-03-05T09:00:00Z"),
    ];
    let r = report(&items, &[], "UTC", &[]);
    assert_eq!(r.total.rate(), Some(0.4));
    assert_eq!(r.total.median_reply_hours(), Some(2.0));
    let v = r.json("1y");
    assert_eq!(v["total"]["rate"], json!(0.4));
    assert_eq!(v["since"], json!("1y"));
}

#[test]
fn tags_count_a_message_once_per_tag_and_untagged_contacts_apart() {
    let tags = vec!["rust".to_string(), "berlin".to_string()];
    let items = [out("2026-03-01T09:00:00Z")];
    let mut r = report(&items, &[Group::Tag], "UTC", &tags);
    r.add_contact(
        &ContactInfo {
            tz: tz("UTC"),
            tags: &[],
        },
        &items,
    );
    assert_eq!(
        row(&r, "tag"),
        vec![
            ("berlin".to_string(), 1, 0),
            ("rust".to_string(), 1, 0),
            (UNTAGGED.to_string(), 1, 0)
        ]
    );
    assert_eq!(r.total.sent, 2);
}

#[test]
fn usual_hour_needs_five_messages_from_them_in_their_zone() {
    let four: Vec<Item> = (1..=4).map(|d| reply(&format!("2026-03-0{d}T09:10:00Z"))).collect();
    assert_eq!(usual_hour(&four, tz("Europe/Berlin")), None);
    let mut five = four.clone();
    five.push(reply("2026-03-05T15:00:00Z"));
    // Their own messages only: what the user sent does not count.
    five.push(out("2026-03-05T16:00:00Z"));
    five.push(out("2026-03-05T16:01:00Z"));
    assert_eq!(usual_hour(&five, tz("Europe/Berlin")), Some(10));
    assert_eq!(usual_hour(&five, tz("America/New_York")), Some(4));
    let figures = ContactFigures::of(&five, tz("Europe/Berlin"));
    assert_eq!(
        figures.sentence().as_deref(),
        Some("answers 0 of 2 messages, around 10:00 their time")
    );
}

#[test]
fn contact_figures_read_as_a_sentence() {
    let items = [
        out("2026-03-01T09:00:00Z"),
        reply("2026-03-01T20:00:00Z"),
        out("2026-03-05T09:00:00Z"),
        reply("2026-03-06T08:00:00Z"),
        out("2026-03-09T09:00:00Z"),
        reply("2026-03-09T10:00:00Z"),
        out("2026-03-20T09:00:00Z"),
    ];
    let f = ContactFigures::of(&items, tz("UTC"));
    assert_eq!(f.median_reply_hours, Some(11.0));
    assert_eq!(
        f.sentence().as_deref(),
        Some("answers 3 of 4 messages, usually within a day")
    );
    assert_eq!(ContactFigures::of(&[], tz("UTC")).sentence(), None);
}

#[test]
fn an_unknown_grouping_names_the_valid_ones() {
    let e = "mood".parse::<Group>().err().unwrap_or_default();
    assert_eq!(
        e,
        "invalid grouping 'mood': expected one of kind, draft, weekday, hour, stage, channel, tag"
    );
}

fn arb_item() -> impl Strategy<Value = Item> {
    (
        0i64..90 * 86_400,
        prop::sample::select(vec![Direction::Out, Direction::In, Direction::Both]),
        prop::sample::select(Channel::ALL.to_vec()),
        prop::option::of(prop::sample::select(NudgeKind::ALL.to_vec())),
        prop::option::of(prop::sample::select(vec![Drafted::AsIs, Drafted::Edited])),
    )
        .prop_map(|(at, direction, channel, nudge, drafted)| Item {
            at: 1_750_000_000 + at,
            direction,
            channel,
            nudge,
            drafted,
        })
}

proptest! {
    #[test]
    fn groups_never_answer_more_than_sent_and_sum_to_the_totals(
        contacts in prop::collection::vec(
            (prop::collection::vec(arb_item(), 0..40),
             prop::sample::select(vec!["UTC", "Asia/Tokyo", "America/New_York", "Australia/Adelaide"]),
             prop::collection::vec(prop::sample::select(vec!["a", "b", "c"]), 0..3)),
            1..8),
        since in 0i64..60 * 86_400,
    ) {
        let mut r = Report::new(1_750_000_000 + since, &Group::ALL);
        let mut tagged_sent = 0u32;
        for (mut items, zone, tags) in contacts {
            items.sort_by_key(|i| i.at);
            let mut tags: Vec<String> = tags.into_iter().map(String::from).collect();
            tags.sort();
            tags.dedup();
            let before = r.total.sent;
            r.add_contact(&ContactInfo { tz: tz(zone), tags: &tags }, &items);
            tagged_sent += (r.total.sent - before) * (tags.len().max(1) as u32);
        }
        prop_assert!(r.total.answered <= r.total.sent);
        for (group, tallies) in &r.by {
            for t in tallies.values() {
                prop_assert!(t.answered <= t.sent, "{group}: {t:?}");
            }
            let sent: u32 = tallies.values().map(|t| t.sent).sum();
            let answered: u32 = tallies.values().map(|t| t.answered).sum();
            if *group == Group::Tag {
                // A message counts once under each of its contact's tags.
                prop_assert_eq!(sent, tagged_sent);
            } else {
                prop_assert_eq!(sent, r.total.sent, "{}", group);
                prop_assert_eq!(answered, r.total.answered, "{}", group);
            }
        }
        let grid_sent: u32 = r.grid.iter().flatten().map(|t| t.sent).sum();
        prop_assert_eq!(grid_sent, r.total.sent);
    }
}
