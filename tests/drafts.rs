//! Drafts: every kind, random contacts, variety, user templates.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use std::collections::HashSet;

use tend::drafts::{DraftInput, Drafter};
use tend::lint::{History, Linter, Lists, Sent, gather, names, placeholders, words};
use tend::model::{Contact, Event, EventKind, Nudge, NudgeKind, OpenState, Status, Trigger};

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).single().unwrap_or_default()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

fn person(id: i64, name: &str) -> Contact {
    Contact {
        id,
        name: name.into(),
        email: None,
        url: None,
        company: None,
        role: None,
        timezone: None,
        met: None,
        interests: vec![],
        tags: vec![],
        connected_on: None,
        cadence: None,
        birthday: None,
        note: None,
        status: Status::Active,
        paused_until: None,
        created_at: at(),
    }
}

fn event(kind: EventKind, detail: Option<&str>) -> Event {
    Event {
        id: 7,
        contact_id: 1,
        kind,
        on: day(),
        detail: detail.map(Into::into),
        recorded_at: at(),
    }
}

fn nudge(contact: &Contact, kind: NudgeKind, trigger: Trigger) -> Nudge {
    Nudge {
        key: format!("{}:{kind}:{}", contact.id, day()),
        contact_id: contact.id,
        contact: contact.name.clone(),
        kind,
        trigger,
        due: at(),
        reason: String::new(),
        state: OpenState::Pending,
        care: None,
    }
}

/// One trigger of each shape the planner makes.
fn triggers(detail: Option<&str>, note: Option<&str>, years: i32) -> Vec<(NudgeKind, Trigger)> {
    let milestone = |kind: EventKind, years: Option<i32>, with_event: bool| Trigger::Milestone {
        kind,
        on: day(),
        event: with_event.then(|| event(kind, detail)),
        years,
    };
    vec![
        (
            NudgeKind::Reply,
            Trigger::Inbound {
                interaction_id: 1,
                at: at(),
                note: note.map(Into::into),
            },
        ),
        (NudgeKind::FirstFollowUp, Trigger::Connected { on: day() }),
        (
            NudgeKind::CheckIn,
            Trigger::Cadence {
                since: at(),
                post: detail.map(|d| event(EventKind::Post, Some(d))),
            },
        ),
        (
            NudgeKind::CheckIn,
            Trigger::Cadence {
                since: at(),
                post: None,
            },
        ),
        (NudgeKind::Milestone, milestone(EventKind::NewJob, None, true)),
        (NudgeKind::Milestone, milestone(EventKind::NewJob, Some(years), true)),
        (NudgeKind::Milestone, milestone(EventKind::Promotion, None, true)),
        (NudgeKind::Milestone, milestone(EventKind::Achievement, None, true)),
        (NudgeKind::Milestone, milestone(EventKind::Birthday, None, false)),
        (NudgeKind::Milestone, milestone(EventKind::Birthday, None, true)),
    ]
}

struct Case<'a> {
    contact: &'a Contact,
    nudge: &'a Nudge,
    last_note: Option<&'a str>,
    responses: u32,
}

impl Case<'_> {
    fn input(&self) -> DraftInput<'_> {
        DraftInput {
            nudge: self.nudge,
            contact: self.contact,
            last_note: self.last_note,
            responses: self.responses,
            recent_post: None,
            user_name: "Alex Kim",
            history: None,
        }
    }

    /// The recipient as `tend lint --to` reads it from the store: the contact's
    /// fields, the event details and the conversation notes.
    fn recipient(&self) -> tend::lint::Recipient {
        let (detail, note) = match &self.nudge.trigger {
            Trigger::Milestone { event, .. } => (event.as_ref().and_then(|e| e.detail.clone()), None),
            Trigger::Cadence { post, .. } => (post.as_ref().and_then(|e| e.detail.clone()), None),
            Trigger::Inbound { note, .. } => (None, note.clone()),
            Trigger::Connected { .. } => (None, None),
        };
        gather::recipient(
            self.contact,
            self.responses,
            [detail.as_deref()],
            [self.last_note, note.as_deref()],
        )
    }
}

/// What every draft must be, checked without the drafter's own machinery
/// where possible, then with `tend lint --to`'s checks.
fn assert_good(case: &Case, draft: &str, max_chars: usize) -> Result<(), TestCaseError> {
    let first = names::greeting_name(&case.contact.name);
    prop_assert!(!draft.trim().is_empty());
    prop_assert!(
        draft.chars().count() <= max_chars,
        "{} chars: {draft}",
        draft.chars().count()
    );
    prop_assert!(draft.contains(first), "no first name {first:?}: {draft}");
    prop_assert!(placeholders(draft).is_empty(), "placeholder: {draft}");
    for hole in [" ,", " .", "()", "“”", "  ", " none", "None", ": .", "at ."] {
        prop_assert!(!draft.contains(hole), "hole {hole:?}: {draft}");
    }
    // It ends with a question or an invitation ("I'd love to hear ...").
    let last = draft
        .trim_end_matches(['.', '!'])
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or("");
    let invites = !words::find_any(&words::tokens(last), tend::lint::CALL_TO_ACTION.iter().copied()).is_empty();
    prop_assert!(
        draft.ends_with('?') || invites,
        "no closing question or invitation: {draft}"
    );
    let findings = Linter::new(Lists::builtin(), max_chars).check(draft, Some(&case.recipient()), &History::default());
    prop_assert!(findings.is_empty(), "{findings:?}\n{draft}");
    Ok(())
}

fn word() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÖØ-öø-ÿ][a-zà-öø-ÿ'’-]{0,11}"
}

fn first_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "Sara",
            "Zoë",
            "José",
            "Siobhán",
            "D'Arcy",
            "O’Neil",
            "Will",
            "Grace",
            "May",
            "Jean-Luc",
            "田中",
            "Nguyễn",
            "Ōkubo",
            "Ng",
            "Li",
            "Łukasz",
            "Søren",
            "Maximiliana-Konstantina",
            "Renée",
            "Chloé",
        ])
        .prop_map(String::from),
        word(),
        "[A-Z][a-z]{20,30}",
    ]
}

fn full_name() -> impl Strategy<Value = String> {
    let rest = prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec![
                "Lee",
                "O'Neil",
                "de la Vega",
                "Fernández-Castillo",
                "van der Berg",
                "Ó Súilleabháin",
                "太郎",
                "Smith",
            ])
            .prop_map(String::from),
            word(),
        ],
        0..6,
    );
    (
        prop::sample::select(vec!["", "", "", "Dr. ", "Ms "]),
        first_name(),
        rest,
    )
        .prop_map(|(title, first, rest)| format!("{title}{first} {}", rest.join(" ")).trim().to_string())
}

/// Free text as people type it: a few words, sometimes a lot of them.
fn text(max_words: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "Globex",
            "VP Engineering",
            "RustConf 2025",
            "through Alice",
            "the Berlin meetup",
            "distributed systems",
            "asked about the meetup slides",
            "Staff engineer at Initech",
            "IBM",
            "LinkedIn",
        ])
        .prop_map(String::from),
        prop::collection::vec("[A-Za-zé]{2,12}", 1..max_words).prop_map(|w| w.join(" ")),
    ]
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        full_name(),
        prop::option::of(text(8)),
        prop::option::of(text(8)),
        prop::option::of(text(12)),
        prop::collection::vec(text(4), 0..4),
    )
        .prop_map(|(name, company, role, met, interests)| Contact {
            company,
            role,
            met,
            interests,
            ..person(3, &name)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_builtin_draft_is_good_for_any_contact(
        c in contact(),
        detail in prop::option::of(text(30)),
        note in prop::option::of(text(40)),
        last_note in prop::option::of(text(40)),
        responses in 0u32..4,
        years in 1i32..40,
        max_chars in prop_oneof![Just(300usize), 160usize..=500],
    ) {
        let drafter = Drafter::builtin(max_chars);
        for (kind, trigger) in triggers(detail.as_deref(), note.as_deref(), years) {
            let n = nudge(&c, kind, trigger);
            let case = Case { contact: &c, nudge: &n, last_note: last_note.as_deref(), responses };
            let draft = drafter.draft(&case.input());
            assert_good(&case, &draft, max_chars)?;
            // The same nudge always shows the same draft.
            prop_assert_eq!(&draft, &drafter.draft(&case.input()));
        }
    }
}

#[test]
fn a_contact_with_nothing_known_gets_an_honest_draft_for_every_kind() {
    let drafter = Drafter::builtin(300);
    let c = person(1, "Sam");
    for (kind, trigger) in triggers(None, None, 2) {
        let draft = draft_with(&drafter, 300, &c, kind, trigger, None);
        let greeted = [
            "Hi Sam",
            "Hello Sam",
            "Hey Sam",
            "Happy birthday, Sam",
            "Congratulations",
        ];
        assert!(greeted.iter().any(|g| draft.starts_with(g)), "{draft}");
    }
}

#[test]
fn ten_similar_contacts_due_the_same_day_get_different_wordings() {
    let drafter = Drafter::builtin(300);
    for kind in [NudgeKind::FirstFollowUp, NudgeKind::CheckIn] {
        let mut wordings = HashSet::new();
        for id in 1..=10 {
            let c = Contact {
                company: Some("Globex".into()),
                met: Some("RustConf".into()),
                ..person(id, &format!("Person{id} Lee"))
            };
            let trigger = match kind {
                NudgeKind::FirstFollowUp => Trigger::Connected { on: day() },
                _ => Trigger::Cadence {
                    since: at(),
                    post: None,
                },
            };
            let draft = draft_with(&drafter, 300, &c, kind, trigger, None);
            wordings.insert(draft.replace(&format!("Person{id}"), "NAME"));
        }
        assert!(wordings.len() >= 2, "{kind}: {wordings:?}");
    }
}

#[test]
fn a_draft_avoids_the_wording_just_sent_to_someone_else() {
    let drafter = Drafter::builtin(300);
    let c = person(1, "Sam Ode");
    let n = nudge(&c, NudgeKind::FirstFollowUp, Trigger::Connected { on: day() });
    let case = Case {
        contact: &c,
        nudge: &n,
        last_note: None,
        responses: 0,
    };
    let first = drafter.draft(&case.input());
    let history = History::new([Sent {
        id: Some(2),
        to: "Bob Stone".into(),
        text: first.replace("Sam", "Bob"),
    }]);
    let input = DraftInput {
        history: Some(&history),
        ..case.input()
    };
    let second = drafter.draft(&input);
    assert_ne!(first, second);
    let findings = Linter::new(Lists::builtin(), 300).check(&second, Some(&case.recipient()), &history);
    assert!(findings.is_empty(), "{findings:?}");
}

/// The draft of a hand-made nudge, checked with [`assert_good`].
fn draft_with(
    drafter: &Drafter,
    max: usize,
    c: &Contact,
    kind: NudgeKind,
    trigger: Trigger,
    last_note: Option<&str>,
) -> String {
    let n = nudge(c, kind, trigger);
    let case = Case {
        contact: c,
        nudge: &n,
        last_note,
        responses: 0,
    };
    let d = drafter.draft(&case.input());
    assert_good(&case, &d, max).unwrap_or_else(|e| panic!("{e}"));
    d
}

fn draft_for(c: &Contact, kind: NudgeKind, trigger: Trigger, last_note: Option<&str>) -> String {
    draft_with(&Drafter::builtin(300), 300, c, kind, trigger, last_note)
}

fn sara() -> Contact {
    Contact {
        company: Some("Globex".into()),
        role: Some("VP Engineering".into()),
        met: Some("RustConf".into()),
        interests: vec!["climbing".into()],
        ..person(1, "Sara Lee")
    }
}

#[test]
fn a_milestone_names_the_event() {
    let job = Trigger::Milestone {
        kind: EventKind::NewJob,
        on: day(),
        event: Some(event(EventKind::NewJob, Some("CTO at Initech"))),
        years: None,
    };
    let d = draft_for(&sara(), NudgeKind::Milestone, job, None);
    assert!(
        d.contains("CTO at Initech") && (d.contains("new") || d.contains("move")),
        "{d}"
    );

    let anniversary = Trigger::Milestone {
        kind: EventKind::NewJob,
        on: day(),
        event: Some(event(EventKind::NewJob, None)),
        years: Some(3),
    };
    let d = draft_for(&sara(), NudgeKind::Milestone, anniversary, None);
    assert!(d.contains("3 years") && d.contains("Globex"), "{d}");
    let one = Trigger::Milestone {
        kind: EventKind::NewJob,
        on: day(),
        event: None,
        years: Some(1),
    };
    let d = draft_for(&sara(), NudgeKind::Milestone, one, None);
    assert!(
        d.contains("1 year ") || d.contains("1 year!") || d.contains("1 year."),
        "{d}"
    );

    let birthday = Trigger::Milestone {
        kind: EventKind::Birthday,
        on: day(),
        event: None,
        years: None,
    };
    let d = draft_for(&sara(), NudgeKind::Milestone, birthday, None);
    assert!(d.to_lowercase().contains("happy birthday"), "{d}");

    let promotion = Trigger::Milestone {
        kind: EventKind::Promotion,
        on: day(),
        event: Some(event(EventKind::Promotion, None)),
        years: None,
    };
    let d = draft_for(&sara(), NudgeKind::Milestone, promotion, None);
    assert!(d.contains("promotion") && d.contains("VP Engineering"), "{d}");
}

#[test]
fn a_reply_acknowledges_what_they_wrote() {
    let t = Trigger::Inbound {
        interaction_id: 1,
        at: at(),
        note: Some("asked about the meetup slides".into()),
    };
    let d = draft_for(&sara(), NudgeKind::Reply, t, None);
    assert!(d.contains("asked about the meetup slides"), "{d}");
}

#[test]
fn a_check_in_prefers_post_then_conversation_then_interest_then_met() {
    let post = Trigger::Cadence {
        since: at(),
        post: Some(event(EventKind::Post, Some("Why we moved to Rust"))),
    };
    let plain = || Trigger::Cadence {
        since: at(),
        post: None,
    };
    let c = sara();
    let d = draft_for(&c, NudgeKind::CheckIn, post, Some("the Berlin move"));
    assert!(d.contains("Why we moved to Rust"), "{d}");
    let d = draft_for(&c, NudgeKind::CheckIn, plain(), Some("the Berlin move"));
    assert!(d.contains("the Berlin move"), "{d}");
    let d = draft_for(&c, NudgeKind::CheckIn, plain(), None);
    assert!(d.contains("climbing"), "{d}");
    let no_interest = Contact {
        interests: vec![],
        ..sara()
    };
    let d = draft_for(&no_interest, NudgeKind::CheckIn, plain(), None);
    assert!(d.contains("RustConf"), "{d}");
}

#[test]
fn long_facts_are_shortened_at_a_word_and_the_question_kept() {
    let c = Contact {
        company: Some("The International Consolidated Holding Company of Extraordinarily Long Names Limited".into()),
        role: Some(
            "Senior Principal Distinguished Staff Architect for Platform Reliability and Developer Experience".into(),
        ),
        met: Some("the very long and winding regional conference on software craftsmanship in the north".into()),
        ..person(1, "Maximiliana-Konstantina Fernández-Castillo de la Vega")
    };
    for max in [120, 160, 300] {
        let trigger = Trigger::Connected { on: day() };
        draft_with(&Drafter::builtin(max), max, &c, NudgeKind::FirstFollowUp, trigger, None);
    }
}

mod user_templates {
    use super::*;

    fn drafter_with(files: &[(&str, &str)]) -> (Drafter, Vec<String>, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir_all(dir.path().join("templates")).unwrap_or_else(|e| panic!("{e}"));
        for (name, body) in files {
            std::fs::write(dir.path().join("templates").join(name), body).unwrap_or_else(|e| panic!("{e}"));
        }
        let mut d = Drafter::builtin(300);
        let warnings = d.load_user_templates(dir.path());
        (d, warnings, dir)
    }

    fn check_in(d: &Drafter, c: &Contact) -> String {
        let n = nudge(
            c,
            NudgeKind::CheckIn,
            Trigger::Cadence {
                since: at(),
                post: None,
            },
        );
        let case = Case {
            contact: c,
            nudge: &n,
            last_note: None,
            responses: 0,
        };
        d.draft(&case.input())
    }

    #[test]
    fn a_user_template_replaces_the_builtin_one() {
        let (d, warnings, _dir) = drafter_with(&[(
            "check-in.txt",
            "Yo {{ first_name }}! {% if company %}Still at {{ company }}?{% else %}What's new?{% endif %}\n---\nHey {{ first_name }}, {% if company %}how is {{ company }}?{% else %}all good?{% endif %}\n",
        )]);
        assert!(warnings.is_empty(), "{warnings:?}");
        let text = check_in(&d, &sara());
        assert!(
            text == "Yo Sara! Still at Globex?" || text == "Hey Sara, how is Globex?",
            "{text}"
        );
        // A variant that would print a missing value is skipped, not sent with a hole.
        let (d, _, _dir) = drafter_with(&[("check-in.txt", "Hi {{ first_name }}, how is {{ company }}?")]);
        let text = check_in(&d, &person(2, "Sam"));
        assert!(!text.contains("how is ?") && text.contains("Sam"), "{text}");
    }

    #[test]
    fn a_broken_user_template_falls_back_with_one_warning_naming_file_line_and_variable() {
        let (d, warnings, dir) = drafter_with(&[
            (
                "check-in.txt",
                "Hi {{ first_name }}?\n---\nHello {{ first_name }},\n{{ compnay }}?\n",
            ),
            ("reply.txt", "Hi {{ first_name }, oops"),
            ("checkin.txt", "Hi?"),
        ]);
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        let file = dir.path().join("templates").join("check-in.txt");
        let w = warnings
            .iter()
            .find(|w| w.contains("check-in.txt line"))
            .unwrap_or_else(|| panic!("{warnings:?}"));
        assert!(
            w.starts_with(&format!("{} line 4: unknown variable 'compnay'", file.display())),
            "{w}"
        );
        assert!(w.ends_with("using the built-in check-in template"), "{w}");
        assert!(
            warnings.iter().any(|w| w.contains("reply.txt line 1: syntax error")),
            "{warnings:?}"
        );
        assert!(
            warnings.iter().any(|w| w.contains("checkin.txt' is not used")),
            "{warnings:?}"
        );
        // The built-in check-in is used.
        let text = check_in(&d, &sara());
        assert!(text.contains("Sara") && text.ends_with('?'), "{text}");
    }
}

/// Found by the property test: a 26-letter name, a conversation note and a
/// 160-character limit left no template short enough to mention the note.
#[test]
fn a_long_name_and_a_short_limit_still_get_a_specific_draft() {
    let drafter = Drafter::builtin(160);
    for name in ["Aaaaaaaaaaaaaaaaaaaaaaaaaa", "Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb Lee"] {
        let c = person(3, name);
        for note in ["asked about the meetup slides", "Staff engineer at Initech"] {
            for (kind, trigger) in triggers(None, None, 1) {
                let n = nudge(&c, kind, trigger);
                let case = Case {
                    contact: &c,
                    nudge: &n,
                    last_note: Some(note),
                    responses: 0,
                };
                let draft = drafter.draft(&case.input());
                assert_good(&case, &draft, 160).unwrap_or_else(|e| panic!("{kind}: {e}"));
            }
        }
    }
}
