//! A corpus of situations as a real network produces them: inbound messages
//! of every intent, names in several languages' orders, sensitive events,
//! new, warm and dormant contacts. For each, the draft must pass the message
//! check, hold no 4 words in a row of a private note, no 7 words in a row of
//! their message, and greet them by the right name. Across the corpus, no
//! sentence of six or more words goes to more than 3 contacts.
//!
//! `cargo test --test drafts_corpus -- --nocapture` prints every draft.

use chrono::{DateTime, Duration, TimeZone, Utc};
use std::collections::HashMap;

use tend::drafts::{DraftInput, Drafter};
use tend::lint::{History, Linter, Lists, gather, shared_run, words::tokens};
use tend::model::{
    CareNote, Channel, Contact, Direction, Event, EventKind, Interaction, KeyPart, Nudge, NudgeKind, OpenState, Trigger,
};

/// Monday 2 March 2026, 09:00 UTC.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).single().unwrap_or_default()
}

use Channel::{Call, Email, Meeting, Message, Note};
use Direction::{Both, In, Out};

enum Want {
    Reply,
    FollowUp,
    CheckIn,
    Milestone(EventKind, Option<i32>),
}

struct Situation {
    name: &'static str,
    greet: Option<&'static str>,
    expect: &'static str,
    company: Option<&'static str>,
    role: Option<&'static str>,
    met: Option<&'static str>,
    interests: &'static [&'static str],
    memo: Option<&'static str>,
    /// (days ago, direction, channel, note)
    history: Vec<(i64, Direction, Channel, Option<&'static str>)>,
    /// (kind, days ago, detail)
    events: Vec<(EventKind, i64, Option<&'static str>)>,
    want: Want,
}

fn s(name: &'static str, expect: &'static str, want: Want) -> Situation {
    Situation {
        name,
        greet: None,
        expect,
        company: None,
        role: None,
        met: None,
        interests: &[],
        memo: None,
        history: Vec::new(),
        events: Vec::new(),
        want,
    }
}

impl Situation {
    fn at(mut self, company: &'static str, role: &'static str) -> Self {
        self.company = Some(company);
        self.role = Some(role);
        self
    }
    fn met(mut self, met: &'static str) -> Self {
        self.met = Some(met);
        self
    }
    fn likes(mut self, interests: &'static [&'static str]) -> Self {
        self.interests = interests;
        self
    }
    fn greet(mut self, g: &'static str) -> Self {
        self.greet = Some(g);
        self
    }
    fn memo(mut self, m: &'static str) -> Self {
        self.memo = Some(m);
        self
    }
    fn said(mut self, days: i64, d: Direction, c: Channel, note: &'static str) -> Self {
        self.history.push((days, d, c, Some(note)));
        self
    }
    fn event(mut self, kind: EventKind, days: i64, detail: Option<&'static str>) -> Self {
        self.events.push((kind, days, detail));
        self
    }
}

/// The corpus. Messages are written the way people write them, in full.
fn corpus() -> Vec<Situation> {
    use EventKind::*;
    vec![
        // --- time: they propose or confirm a time
        s("Nguyễn Thị Minh", "Minh", Want::Reply)
            .at("Grab", "Engineering Manager")
            .met("Vietnam Mobile Day")
            .said(40, Both, Call, "Intro call; she's unhappy with the reorg, thinking of leaving Grab by summer")
            .said(3, Out, Message, "Would love to continue our chat, any time next week?")
            .said(1, In, Message, "Tuesday 10 March at 15:00 my time works perfectly. I'll send an invite!"),
        s("Rachel Adeyemi", "Rachel", Want::Reply)
            .at("Adyen", "Staff Engineer")
            .said(90, Both, Call, "Call: she's quietly interviewing at Adyen, asked me to keep it confidential")
            .said(60, In, Message, "Great catching up, let's do it again soon")
            .said(5, Out, Message, "Fancy another catch-up this month?")
            .said(1, In, Email, "Sure! How about next Wednesday at 11am ET? Mornings are easier for me."),
        s("Kim Min-jun", "Min-jun", Want::Reply)
            .at("Naver", "ML Engineer")
            .met("NeurIPS 2025")
            .said(30, In, Message, "Nice to meet you at the poster session")
            .said(29, Out, Message, "Likewise! Let's talk again sometime")
            .said(1, In, Message, "Would Thursday 9am KST work for a quick chat about the retrieval paper?"),
        s("Tomás Ferreira", "Tomás", Want::Reply)
            .at("Nubank", "Data Engineer")
            .said(2, Out, Message, "Still up for that coffee?")
            .said(1, In, Message, "Yes! Tomorrow at 4pm at the usual place works for me."),
        s("Hannah Schulz", "Hannah", Want::Reply)
            .at("Zalando", "Product Lead")
            .said(70, In, Message, "Thanks again for the intro to Marco")
            .said(69, Out, Message, "Any time!")
            .said(1, In, Email, "Let's do Friday 13:30 CET, I'll send you a calendar invite shortly."),
        s("Oluwaseun Bello", "Oluwaseun", Want::Reply)
            .at("Flutterwave", "Head of Platform")
            .met("a Lagos tech meetup")
            .said(1, In, Message, "Hey! Free next week for a call? Monday or Tuesday afternoon suits me."),
        // --- pitch
        s("Brad Whitfield", "Brad", Want::Reply)
            .at("PipelineIQ", "Account Executive")
            .said(1, In, Message, "Hi Alex, I help companies like yours cut CI costs by 40%. Do you have 15 minutes of your time this week for a quick demo of our platform?"),
        s("Jessica Moreau | Growth @ Leadly", "Jessica", Want::Reply)
            .at("Leadly", "Growth Manager")
            .said(1, In, Email, "Our solution books 20+ meetings a month for founders. Happy to share pricing and set you up with a free trial."),
        s("Dr. Kevin O'Brien", "Kevin", Want::Reply)
            .at("SecureStack", "Sales Director")
            .said(1, In, Message, "Saw you are scaling the team. Our product automates SOC 2 evidence collection. Can I book a call with you?"),
        s("Marco Bianchi", "Marco", Want::Reply)
            .at("DevHire", "Recruitment Consultant")
            .said(1, In, Message, "We help companies like yours hire senior Rust engineers in 3 weeks. Worth a quick demo?"),
        s("Aisha Khan", "Aisha", Want::Reply)
            .at("CloudCost", "SDR")
            .said(1, In, Email, "Quick one: our platform cut AWS bills by 30% for teams your size. Open to a 15 minute demo on Thursday?"),
        // --- ask
        s("José María Aznar", "José María", Want::Reply)
            .at("Cabify", "Backend Developer")
            .met("RustConf 2025")
            .said(1, In, Message, "Hola Alex! Could you introduce me to someone on the infra team at your company? I'm exploring a move."),
        s("Priya Raman (she/her)", "Priya", Want::Reply)
            .at("Atlassian", "Senior Designer")
            .said(200, In, Message, "Loved your talk on design tokens!")
            .said(199, Out, Message, "Thank you, that means a lot")
            .said(120, In, Message, "Coffee when you're in Sydney?")
            .said(119, Out, Message, "Absolutely")
            .said(1, In, Message, "Would you be able to review my portfolio before I apply to the Figma role? No rush at all."),
        s("Lee, Sara", "Sara", Want::Reply)
            .at("Globex", "VP Engineering")
            .said(45, Both, Meeting, "Lunch: her team lost two seniors, budget frozen until Q3, she is stressed")
            .said(20, In, Message, "Good seeing you last week")
            .said(19, Out, Message, "Same here, take care")
            .said(1, In, Email, "Can you share the hiring rubric you mentioned? We're rebuilding our interview loop."),
        s("Ahmed Al-Farsi", "Ahmed", Want::Reply)
            .at("Careem", "Staff SRE")
            .said(1, In, Message, "Hey, I'd really value your advice on moving from SRE into engineering management. Could we chat?"),
        s("Ingrid Johansson", "Ingrid", Want::Reply)
            .at("Spotify", "Data Scientist")
            .met("PyData Stockholm")
            .said(1, In, Message, "Could you help me find a speaker for our March meetup on causal inference?"),
        // --- question
        s("Nora Lindqvist", "Nora", Want::Reply)
            .at("Klarna", "Platform Engineer")
            .met("RustConf")
            .said(1, In, Message, "Hi Alex, great meeting you at RustConf! How did you migrate your monorepo builds to Bazel without stalling the team?"),
        s("J. Robert Oppenheimer", "Robert", Want::Reply)
            .at("Los Alamos Labs", "Research Director")
            .said(1, In, Email, "What did you end up choosing for your observability stack, Grafana or Datadog?"),
        s("van der Berg, Pieter", "Pieter", Want::Reply)
            .at("Booking.com", "Tech Lead")
            .said(300, In, Message, "Thanks for the pointers on Kafka!")
            .said(299, Out, Message, "Any time, good luck with it")
            .said(1, In, Message, "Long time! Are you still running the Amsterdam Rust meetup?"),
        s("Chen Wei", "Wei", Want::Reply)
            .greet("Wei")
            .at("ByteDance", "Infra Engineer")
            .said(1, In, Message, "Do you think WebAssembly is ready for server-side plugins yet?"),
        s("Lucía Fernández", "Lucía", Want::Reply)
            .at("Glovo", "Engineering Manager")
            .said(1, In, Message, "Quick question: how do you run your on-call rotation with a team of five?"),
        // --- congrats
        s("Dr.Amelia Hart", "Amelia", Want::Reply)
            .at("Moorfields Hospital", "Clinical Data Lead")
            .said(1, In, Message, "Congratulations on the new role, so well deserved!"),
        s("Mateo Rossi", "Mateo", Want::Reply)
            .at("Satispay", "Product Manager")
            .likes(&["cycling"])
            .said(1, In, Message, "Congrats on the launch! Saw it on Hacker News this morning."),
        s("Fatima Zahra Benali", "Fatima", Want::Reply)
            .at("OCP Group", "Data Architect")
            .said(1, In, Message, "Just saw the news, congrats on the promotion!"),
        s("Sven Eriksson", "Sven", Want::Reply)
            .at("Ericsson", "Principal Architect")
            .said(1, In, Message, "Well deserved, congratulations on the award!"),
        // --- thanks
        s("Watanabe Yuki", "Watanabe-san", Want::Reply)
            .greet("Watanabe-san")
            .at("Mercari", "Engineering Manager")
            .said(4, Out, Message, "Here are the slides from my talk")
            .said(1, In, Email, "Thank you so much for sending the slides, they helped a lot with our Kubernetes migration plan."),
        s("Ben Carter", "Ben", Want::Reply)
            .at("Meta", "Software Engineer")
            .said(6, Out, Message, "Introducing you to Priya at Atlassian")
            .said(1, In, Message, "Thanks a ton for the intro to Priya, we're meeting next month."),
        s("Élodie Martin", "Élodie", Want::Reply)
            .at("Doctolib", "QA Lead")
            .said(1, In, Message, "Many thanks for recommending me for the conference panel."),
        s("Raj Patel", "Raj", Want::Reply)
            .at("Razorpay", "CTO")
            .said(1, In, Email, "Thanks for the feedback on our API docs, super useful."),
        // --- news
        s("Siobhán Ní Bhriain", "Siobhán", Want::Reply)
            .at("Intercom", "Designer")
            .said(1, In, Message, "We just wrapped up our design system migration. It was brutal but we shipped it!"),
        s("🚀 Sam Ode | Hiring Rust engineers", "Sam", Want::Reply)
            .at("Ferrous Labs", "Founder")
            .said(1, In, Message, "Big news: we closed our seed round led by Point Nine."),
        s("Olivia Brown", "Olivia", Want::Reply)
            .at("Monzo", "Engineering Director")
            .met("LeadDev London")
            .said(400, In, Message, "Great panel, let's stay in touch")
            .said(399, Out, Message, "Definitely")
            .said(1, In, Message, "I'm moving to Lisbon in the spring to open Monzo's new engineering hub."),
        s("Diego Alvarez", "Diego", Want::Reply)
            .at("Mercado Libre", "SRE Manager")
            .said(30, In, Message, "Thanks for the chat")
            .said(29, Out, Message, "Anytime")
            .said(1, In, Message, "Heads up, I'm speaking at KubeCon Europe about our multi-region failover."),
        s("Anna Kowalska", "Anna", Want::Reply)
            .at("Allegro", "Frontend Lead")
            .said(1, In, Message, "We finally open-sourced our React component library today."),
        // --- check-ins
        s("Ben Thompson", "Ben", Want::CheckIn)
            .at("Meta", "Production Engineer")
            .met("a Rust meetup in London")
            .said(120, Both, Call, "New year call; he was worried about reorg rumours at Meta")
            .said(100, In, Message, "Thanks for listening the other day")
            .event(Layoff, 35, Some("Laid off from Meta in the February cuts, said money is tight")),
        s("Grace Okafor", "Grace", Want::CheckIn)
            .at("Paystack", "Engineering Manager")
            .said(200, In, Message, "Lovely to see you at the offsite")
            .said(150, Out, Message, "Hope the move went well")
            .event(Bereavement, 40, Some("Her father passed away in January")),
        s("Marta Nowak", "Marta", Want::CheckIn)
            .at("Revolut", "Compliance Lead")
            .said(90, In, Message, "Let's grab lunch soon")
            .event(Health, 31, Some("Surgery on her knee, off work for two months")),
        s("Lukas Meier", "Lukas", Want::CheckIn)
            .at("Siemens", "Embedded Engineer")
            .met("Embedded World 2024")
            .said(400, In, Message, "Great to meet you at the booth")
            .said(399, Out, Message, "Likewise, talk soon"),
        s("Camille Dubois", "Camille", Want::CheckIn)
            .at("Datadog", "Product Manager")
            .likes(&["distributed tracing", "bouldering"])
            .said(60, In, Message, "We're finally rolling out OpenTelemetry across all services")
            .said(59, Out, Message, "Nice, keep me posted")
            .said(45, In, Message, "Will do, thanks")
            .memo("Knows the Datadog pricing team; do not mention her side project"),
        s("Yusuf Demir", "Yusuf", Want::CheckIn)
            .at("Trendyol", "Staff Engineer")
            .said(50, In, Message, "Good chat today")
            .said(49, Both, Meeting, "Dinner: he is negotiating an offer from Uber, wants to stay quiet about it")
            .event(Post, 3, Some("Lessons from migrating 400 services to gRPC")),
        // --- first follow-ups
        s("Emily Zhang", "Emily", Want::FollowUp)
            .at("Stripe", "Software Engineer")
            .met("the Stripe Sessions after-party")
            .likes(&["payments infrastructure"])
            .said(2, Out, Note, "Met at Sessions, she wants referrals for her brother, careful"),
        s("Kwame Mensah", "Kwame", Want::FollowUp)
            .at("Andela", "Talent Partner")
            .said(2, Out, Note, "Connection note from the webinar"),
        s("Hiroshi Tanaka", "Hiroshi", Want::FollowUp)
            .met("through Nora Lindqvist")
            .likes(&["compilers"]),
        // --- milestones
        s("Sara Lindgren", "Sara", Want::Milestone(NewJob, None))
            .at("Globex", "Director of Engineering")
            .said(80, In, Message, "Let's catch up after my notice period")
            .event(NewJob, 0, Some("Director of Engineering at Globex")),
        s("Daniel Cohen", "Daniel", Want::Milestone(NewJob, None))
            .at("Wix", "Head of Data")
            .said(100, In, Message, "Thanks for the reference")
            .event(NewJob, 10, Some("Head of Data at Wix")),
        s("Isabella García", "Isabella", Want::Milestone(Promotion, None))
            .at("BBVA", "Principal Engineer")
            .event(Promotion, 1, Some("promoted to Principal Engineer")),
        s("Arjun Mehta", "Arjun", Want::Milestone(NewJob, Some(3)))
            .at("Freshworks", "Engineering Manager")
            .said(300, In, Message, "Enjoyed the panel")
            .event(NewJob, 3 * 365, Some("Engineering Manager at Freshworks")),
        s("Zoë Müller", "Zoë", Want::Milestone(Birthday, None))
            .at("SAP", "UX Researcher")
            .likes(&["sailing"]),
        s("Ben Adler", "Ben", Want::Milestone(Achievement, None))
            .at("Shopify", "Staff Developer")
            .event(Achievement, 2, Some("won the Ruby Hero award")),
        // --- profile fields as people fill them in
        s("Priya Raman", "Priya", Want::FollowUp)
            .at("Modehaus", "Senior Buyer")
            .met("my manager at Modehaus"),
        s("Ravi Shankar", "Ravi", Want::CheckIn)
            .at("Studio Ravi", "Freelance product designer")
            .said(70, In, Message, "Will do, thanks"),
        s("Leon Brandt", "Leon", Want::FollowUp)
            .at("Contentful", "Solutions Engineer")
            .met("LinkedIn"),
        s("Bob Keller", "Bob", Want::CheckIn)
            .at("Globex", "Software Engineer")
            .said(90, In, Message, "Cheers, talk soon")
            .event(NewJob, 40, Some("Staff engineer at Northwind")),
        s("Ines Vogel", "Ines", Want::CheckIn)
            .met("her internship at Quellwerk")
            .said(250, In, Message, "Thanks again for everything!"),
        s("Zhou Yan", "Yan", Want::FollowUp)
            .greet("Yan")
            .met("classmate at ETH"),
        s("Tobias Wolf", "Tobias", Want::Milestone(Birthday, None))
            .met("the CTO dinner in Zurich"),
        s("Marie Laurent", "Marie", Want::CheckIn)
            .at("Self-employed", "Head of Platform")
            .met("cold email")
            .said(80, In, Message, "ok thx"),
    ]
}

struct Built {
    contact: Contact,
    interactions: Vec<Interaction>,
    events: Vec<Event>,
    nudge: Nudge,
}

fn build(id: i64, st: &Situation) -> Built {
    let contact = Contact {
        id,
        greet: st.greet.map(Into::into),
        company: st.company.map(Into::into),
        role: st.role.map(Into::into),
        met: st.met.map(Into::into),
        interests: st.interests.iter().map(|i| i.to_string()).collect(),
        note: st.memo.map(Into::into),
        created_at: now() - Duration::days(500),
        ..Contact::named(st.name)
    };
    let interactions: Vec<Interaction> = st
        .history
        .iter()
        .enumerate()
        .map(|(k, (days, d, c, note))| Interaction {
            id: id * 100 + k as i64,
            contact_id: id,
            at: now() - Duration::days(*days) - Duration::hours(k as i64),
            direction: *d,
            channel: *c,
            note: note.map(Into::into),
        })
        .collect();
    let today = now().date_naive();
    let events: Vec<Event> = st
        .events
        .iter()
        .enumerate()
        .map(|(k, (kind, days, detail))| Event {
            id: id * 100 + k as i64,
            contact_id: id,
            kind: *kind,
            on: today - Duration::days(*days),
            detail: detail.map(Into::into),
            recorded_at: now() - Duration::days(*days),
            until: None,
            from_message: None,
        })
        .collect();
    let (kind, trigger) = match &st.want {
        Want::Reply => {
            let last = interactions
                .iter()
                .filter(|i| i.direction == In)
                .max_by_key(|i| i.at)
                .unwrap_or_else(|| panic!("{}: a reply needs a message of theirs", st.name));
            (
                NudgeKind::Reply,
                Trigger::Inbound {
                    interaction_id: last.id,
                    at: last.at,
                    note: last.note.clone(),
                },
            )
        }
        Want::FollowUp => (
            NudgeKind::FirstFollowUp,
            Trigger::Connected {
                on: today - Duration::days(2),
            },
        ),
        Want::CheckIn => (
            NudgeKind::CheckIn,
            Trigger::Cadence {
                since: now() - Duration::days(42),
                post: events.iter().find(|e| e.kind == EventKind::Post).cloned(),
            },
        ),
        Want::Milestone(kind, years) => {
            let event = events.iter().find(|e| e.kind == *kind).cloned();
            let on = event.as_ref().map_or(today, |e| e.on);
            let on = if years.is_some() { today } else { on };
            (
                NudgeKind::Milestone,
                Trigger::Milestone {
                    kind: *kind,
                    on,
                    event,
                    years: *years,
                },
            )
        }
    };
    // The planner marks the check-in after a sensitive event's hold (rule 7).
    let care = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Layoff | EventKind::Health | EventKind::Bereavement))
        .filter(|_| kind == NudgeKind::CheckIn)
        .map(|e| CareNote { kind: e.kind, on: e.on })
        .next();
    let nudge = Nudge {
        // The reply's and the check-in's keys are the texts of before (the
        // template a draft starts from is chosen by its key's hash).
        key: match kind {
            NudgeKind::Reply => KeyPart::Reply(now().timestamp()),
            NudgeKind::FirstFollowUp => KeyPart::FollowUp(now().date_naive()),
            NudgeKind::CheckIn => KeyPart::CheckIn(now().timestamp()),
            NudgeKind::Milestone => KeyPart::Event(now().timestamp()),
        }
        .key(id),
        contact_id: id,
        contact: st.name.to_string(),
        kind,
        trigger,
        due: now(),
        reason: String::new(),
        state: OpenState::Pending,
        care,
    };
    Built {
        contact,
        interactions,
        events,
        nudge,
    }
}

/// The recipient as `tend lint --to` reads it from the store.
fn recipient(b: &Built) -> tend::lint::Recipient {
    let responses = b.interactions.iter().filter(|i| i.is_response()).count() as u32;
    let recent = gather::recent_events(&b.events, now(), chrono_tz::UTC);
    let details: Vec<Option<&str>> = recent
        .iter()
        .filter(|e| gather::event_memo(e).is_none())
        .map(|e| e.detail.as_deref())
        .collect();
    let notes = b.interactions.iter().map(gather::their_words);
    let mut r = gather::recipient(&b.contact, responses, details, notes);
    gather::add_records(&mut r, &b.interactions, &recent);
    r
}

/// Every private text of a situation: memos on calls, meetings and
/// connection notes, sensitive and busy event details, the contact's note,
/// and what the user sent.
fn private_texts(b: &Built) -> Vec<String> {
    let mut out: Vec<String> = b.contact.note.iter().cloned().collect();
    for i in &b.interactions {
        let memo = matches!(i.channel, Call | Meeting | Note) || i.direction != In;
        if memo && let Some(n) = &i.note {
            out.push(n.clone());
        }
    }
    for e in &b.events {
        let sensitive = matches!(
            e.kind,
            EventKind::Layoff | EventKind::Health | EventKind::Bereavement | EventKind::Busy
        );
        if sensitive && let Some(d) = &e.detail {
            out.push(d.clone());
        }
    }
    out
}

fn draft_corpus() -> Vec<(Built, String)> {
    let drafter = Drafter::builtin(300);
    let history = History::default();
    corpus()
        .iter()
        .enumerate()
        .map(|(k, st)| {
            let b = build(k as i64 + 1, st);
            let input = DraftInput {
                nudge: &b.nudge,
                contact: &b.contact,
                interactions: &b.interactions,
                events: &b.events,
                now: now(),
                tz: chrono_tz::UTC,
                user_name: "Alex Kim",
                history: Some(&history),
            };
            let d = drafter.draft(&input);
            (b, d)
        })
        .collect()
}

#[test]
fn every_draft_of_the_corpus_is_one_a_careful_person_could_send() {
    let situations = corpus();
    assert!(situations.len() >= 40, "{} situations", situations.len());
    let linter = Linter::new(Lists::builtin(), 300);
    let mut problems = Vec::new();
    for ((b, draft), st) in draft_corpus().iter().zip(&situations) {
        println!("[{}] {} → {draft}", b.nudge.kind, st.name);
        let mut findings = linter.check(draft, Some(&recipient(b)), &History::default());
        // A reply answers their message: it need not name their profile, nor
        // end in a question ("See you then!", "thanks for your message!").
        if b.nudge.kind == NudgeKind::Reply {
            findings.retain(|f| !matches!(f.code, tend::lint::Code::Generic | tend::lint::Code::NoCallToAction));
        }
        if !findings.is_empty() {
            problems.push(format!("{}: {findings:?}\n  {draft}", st.name));
        }
        let toks = tokens(draft);
        for memo in private_texts(b) {
            if let Some(run) = shared_run(&toks, &memo, 4) {
                problems.push(format!("{}: private note leaked ({run:?})\n  {draft}", st.name));
            }
        }
        for i in b.interactions.iter().filter(|i| i.direction == In) {
            if let Some(run) = i.note.as_deref().and_then(|n| shared_run(&toks, n, 7)) {
                problems.push(format!("{}: their message pasted back ({run:?})\n  {draft}", st.name));
            }
        }
        let greeted = draft.contains(st.expect);
        let other_names = ["Hi Nguyễn", "Hi Kim,", "Hi J,", "Hi van", "Hi Dr", "Hi Lee", "Hi 🚀"];
        if !greeted || other_names.iter().any(|w| draft.contains(w)) {
            problems.push(format!("{}: not greeted as {:?}\n  {draft}", st.name, st.expect));
        }
        // A draft proposes a call only in answer to news, a question or an ask.
        let proposes_call = draft.contains("call") && draft.contains('?');
        if proposes_call && matches!(b.nudge.kind, NudgeKind::FirstFollowUp) {
            problems.push(format!("{}: a first follow-up proposes a call\n  {draft}", st.name));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_long_sentence_goes_to_more_than_three_contacts() {
    let mut by_sentence: HashMap<String, Vec<i64>> = HashMap::new();
    for (b, draft) in draft_corpus() {
        let r = recipient(&b);
        for s in tend::drafts::long_sentences(&draft, &r) {
            by_sentence.entry(s).or_default().push(b.contact.id);
        }
    }
    let crowded: Vec<_> = by_sentence.iter().filter(|(_, who)| who.len() > 3).collect();
    assert!(crowded.is_empty(), "{crowded:?}");
}

/// The draft of the contact named `name`.
fn draft_of(drafts: &[(Built, String)], name: &str) -> String {
    drafts
        .iter()
        .find(|(b, _)| b.contact.name == name)
        .map(|(_, d)| d.clone())
        .unwrap_or_else(|| panic!("{name}"))
}

#[test]
fn replies_answer_what_the_message_does() {
    let drafts = draft_corpus();
    let find = |name: &str| draft_of(&drafts, name);
    // A confirmed time is confirmed in their words; no other call proposed.
    let minh = find("Nguyễn Thị Minh");
    assert!(minh.contains("Tuesday 10 March at 15:00"), "{minh}");
    assert!(!minh.contains("this week"), "{minh}");
    let rachel = find("Rachel Adeyemi");
    assert!(rachel.contains("next Wednesday at 11am ET"), "{rachel}");
    // A pitch gets a no-thanks that accepts nothing.
    for name in ["Brad Whitfield", "Marco Bianchi", "Aisha Khan"] {
        let d = find(name).to_lowercase();
        assert!(
            !(d.contains("demo") || d.contains("when would") || d.contains("call")),
            "{d}"
        );
    }
    // A congratulation gets a thank-you.
    for name in ["Dr.Amelia Hart", "Mateo Rossi", "Fatima Zahra Benali", "Sven Eriksson"] {
        assert!(find(name).to_lowercase().contains("thank"), "{}", find(name));
    }
    // "Thanks for getting in touch" only when they wrote first.
    for name in ["Rachel Adeyemi", "Tomás Ferreira", "Watanabe Yuki", "Ben Carter"] {
        assert!(!find(name).contains("getting in touch"), "{}", find(name));
    }
    // Care: no detail of the memo, nothing celebrated, no question asked.
    for name in ["Ben Thompson", "Grace Okafor", "Marta Nowak"] {
        let d = find(name);
        assert!(!d.contains('?') && !d.to_lowercase().contains("congrat"), "{d}");
    }
    // On the day of a new job, no "how are the first weeks going?".
    let sara = find("Sara Lindgren");
    assert!(!sara.contains("first weeks") && !sara.contains("so far"), "{sara}");
}

#[test]
fn profile_fields_are_said_as_the_recipient_would_read_them() {
    let drafts = draft_corpus();
    let find = |name: &str| draft_of(&drafts, name);
    let met = |d: &str| {
        d.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "met" | "meet" | "meeting"))
    };
    // Her manager was the user: they worked together, they did not "meet at my manager".
    let priya = find("Priya Raman");
    assert!(
        !met(&priya) && priya.contains("since we worked together at Modehaus"),
        "{priya}"
    );
    // A role mid-sentence, in lower case; never "the Freelance product designer work".
    let ravi = find("Ravi Shankar");
    assert!(!ravi.contains("Freelance") && !ravi.contains("designer work"), "{ravi}");
    // A LinkedIn connection was never met; nor was a cold e-mail.
    for name in ["Leon Brandt", "Marie Laurent"] {
        let d = find(name);
        assert!(!met(&d), "{d}");
    }
    // "Self-employed" is no company to ask about.
    let marie = find("Marie Laurent");
    assert!(!marie.contains("Self-employed"), "{marie}");
    // After his new job, Bob is not asked about the company he left.
    let bob = find("Bob Keller");
    assert!(!bob.contains("Globex") && !bob.contains("Software Engineer"), "{bob}");
    // A dormant former colleague: the shared job, said from the user's side.
    let ines = find("Ines Vogel");
    assert!(ines.contains("since we worked together at Quellwerk"), "{ines}");
    let wei = find("Zhou Yan");
    assert!(!met(&wei) && wei.contains("since we studied together at ETH"), "{wei}");
    let tobias = find("Tobias Wolf");
    assert!(tobias.contains("since we met at the CTO dinner in Zurich"), "{tobias}");
}
