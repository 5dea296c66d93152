//! A labelled list of messages as people write them: the absence each tells
//! of (its first day and the day they are back), or none.

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// (message, the day it was sent, the absence: its first day and the day
/// they are back).
const AWAY: &[(&str, &str, &str, &str)] = &[
    (
        "I'm out from Nov 8 for 2 weeks, my wedding!! 💍",
        "2026-11-02",
        "2026-11-08",
        "2026-11-22",
    ),
    (
        "I start parental leave on Feb 1 for 4 months",
        "2027-01-14",
        "2027-02-01",
        "2027-06-01",
    ),
    (
        "Automatic reply: I'm on parental leave until 3 March",
        "2027-01-14",
        "2027-01-14",
        "2027-03-03",
    ),
    (
        "maternity leave starts tomorrow! back in september 🙂",
        "2027-03-10",
        "2027-03-11",
        "2027-09-01",
    ),
    (
        "Ich bin ab dem 8. Dezember drei Wochen in Elternzeit",
        "2026-12-01",
        "2026-12-08",
        "2026-12-29",
    ),
    (
        "je suis en congé maternité jusqu'au 15 mars",
        "2027-01-20",
        "2027-01-20",
        "2027-03-15",
    ),
    (
        "estoy de baja hasta el 10 de enero",
        "2026-12-03",
        "2026-12-03",
        "2027-01-10",
    ),
    (
        "sono in ferie fino al 6 gennaio",
        "2026-12-20",
        "2026-12-20",
        "2027-01-06",
    ),
    (
        "Thanks for your email. I am currently out of the office with limited access to email, returning on Monday 5 January.\n\nKind regards,\nMarta",
        "2026-12-22",
        "2026-12-22",
        "2027-01-05",
    ),
    (
        "hey! quick heads up, we're on honeymoon from Sept 12 to Oct 3 so I'll be slow to reply 😅",
        "2026-09-01",
        "2026-09-12",
        "2026-10-04",
    ),
    (
        "Out of office: back on 12 Jan. For anything urgent, contact lisa@acme.com",
        "2027-01-02",
        "2027-01-02",
        "2027-01-12",
    ),
    ("OOO until 1/15 — skiing ⛷️", "2027-01-08", "2027-01-08", "2027-01-15"),
    (
        "Im Urlaub bis 6.1., danach gerne!",
        "2026-12-21",
        "2026-12-21",
        "2027-01-06",
    ),
    (
        "Taking a sabbatical from March 1 for six months - will be mostly offline",
        "2027-02-10",
        "2027-03-01",
        "2027-09-01",
    ),
    (
        "I'll be away on vacation Dec 20 - Jan 6, back in the office Jan 7.",
        "2026-12-10",
        "2026-12-20",
        "2027-01-07",
    ),
    (
        "Je serai en vacances du 22 décembre au 4 janvier.",
        "2026-12-15",
        "2026-12-22",
        "2027-01-05",
    ),
    (
        "Estaré de vacaciones desde el 1 de agosto hasta el 15 de agosto, hablamos a la vuelta",
        "2027-07-20",
        "2027-08-01",
        "2027-08-16",
    ),
    (
        "parental leave Feb 1 – Jun 1 🍼 (auto-reply)",
        "2027-01-25",
        "2027-02-01",
        "2027-06-02",
    ),
    (
        "I'm on vacation till the 6th, talk then!",
        "2026-12-28",
        "2026-12-28",
        "2027-01-06",
    ),
    (
        "Heads up: I'll be off for 2 weeks starting Monday",
        "2026-11-04",
        "2026-11-09",
        "2026-11-23",
    ),
    (
        "Bin bis Ende Januar in Mutterschutz, melde mich danach!",
        "2026-12-10",
        "2026-12-10",
        "2027-02-01",
    ),
    (
        "Dal 3 al 24 agosto sono in ferie, rispondo al rientro",
        "2027-07-28",
        "2027-08-03",
        "2027-08-25",
    ),
    (
        "Vom 1. bis 20. März bin ich im Urlaub.",
        "2027-02-15",
        "2027-03-01",
        "2027-03-21",
    ),
    (
        "Sorry for the slow reply!! Lots going on. I'm on paternity leave from tomorrow for 6 weeks 👶",
        "2027-04-06",
        "2027-04-07",
        "2027-05-19",
    ),
    (
        "Hi! I'm on holiday until 2 January with no laptop 🎄",
        "2026-12-18",
        "2026-12-18",
        "2027-01-02",
    ),
    (
        "Automatische Antwort: Ich bin bis einschließlich 5. Januar nicht im Büro.",
        "2026-12-20",
        "2026-12-20",
        "2027-01-06",
    ),
    (
        "Respuesta automática: estoy fuera de la oficina hasta el 7 de enero.",
        "2026-12-22",
        "2026-12-22",
        "2027-01-07",
    ),
    (
        "we're off to Japan for 3 weeks from tomorrow!!",
        "2027-03-01",
        "2027-03-02",
        "2027-03-23",
    ),
    (
        "Starting my sabbatical next month, 6 months of surfing 🏄",
        "2027-03-10",
        "2027-04-01",
        "2027-10-01",
    ),
    (
        "My parental leave starts March 1, I'll be back in August",
        "2027-02-01",
        "2027-03-01",
        "2027-08-01",
    ),
    (
        "I'm on leave from 1 to 14 April",
        "2027-03-20",
        "2027-04-01",
        "2027-04-15",
    ),
    ("OOO Dec 23 - Jan 2", "2026-12-10", "2026-12-23", "2027-01-03"),
    (
        "Will be on vacation 7/1 - 7/15",
        "2027-06-20",
        "2027-07-01",
        "2027-07-16",
    ),
    (
        "en vacances 23/12 - 2/1, bonnes fêtes !",
        "2026-12-15",
        "2026-12-23",
        "2027-01-03",
    ),
    (
        "Out until Monday, back on Tuesday",
        "2026-12-03",
        "2026-12-03",
        "2026-12-07",
    ),
    (
        "Hi Alex, just a heads up that I'll be on maternity leave from 15 January, returning mid-July. Priya will cover my accounts.",
        "2026-12-01",
        "2027-01-15",
        "2027-07-15",
    ),
    (
        "thx! fyi i'm off next week, skiing in Austria ⛷ back on the 21st",
        "2026-12-08",
        "2026-12-08",
        "2026-12-21",
    ),
    (
        "Ciao! Sarò in congedo parentale da febbraio per cinque mesi",
        "2027-01-10",
        "2027-02-01",
        "2027-07-01",
    ),
    (
        "Merci ! Je pars en congé paternité demain pour un mois.",
        "2027-02-02",
        "2027-02-03",
        "2027-03-03",
    ),
    (
        "Thank you for your message. I'm out of the office until Tuesday, January 5th with no access to email.",
        "2026-12-23",
        "2026-12-23",
        "2027-01-05",
    ),
    (
        "ich bin ab morgen für zwei Wochen im Urlaub",
        "2027-07-01",
        "2027-07-02",
        "2027-07-16",
    ),
];

/// (message, the day it was sent): no absence of the writer's that can be bounded.
const NOT_AWAY: &[(&str, &str)] = &[
    (
        "Lisa is on maternity leave until March, so please send the invoice to me",
        "2027-01-10",
    ),
    ("I was off for 2 weeks, sorry for the slow reply!", "2026-11-20"),
    (
        "Going on parental leave soon, will let you know when I'm back",
        "2027-01-10",
    ),
    ("How was your vacation?", "2027-01-10"),
    ("Enjoy your holidays until the 6th!", "2026-12-20"),
    ("The office is closed from Dec 24 to Jan 2", "2026-12-15"),
    ("Let's meet on Nov 8 at 3pm, I'm free until 5", "2026-11-02"),
    ("I'm out until 5pm today, call me after", "2026-11-02"),
    (
        "Just got back from our honeymoon in Bali 🌴 it was amazing",
        "2026-10-10",
    ),
    (
        "My colleague Anna is on holiday until 3 Jan, I'm covering for her",
        "2026-12-20",
    ),
    ("She starts maternity leave on Feb 1 for 6 months", "2027-01-10"),
    ("If I'm on leave in March, Tom will cover", "2027-01-10"),
    (
        "Are you around in December or on holiday until the new year?",
        "2026-11-20",
    ),
    ("I start my new job on Feb 1!", "2027-01-10"),
    ("Happy holidays! 🎄 see you in the new year", "2026-12-22"),
    ("Er ist bis 8. Januar im Urlaub, ich vertrete ihn.", "2026-12-22"),
    (
        "Estuve de vacaciones hasta el 2 de enero, ya estoy de vuelta",
        "2027-01-05",
    ),
    ("Marco è in ferie fino al 6 gennaio, ti rispondo io", "2026-12-22"),
    ("We should grab coffee after your vacation, maybe Jan 10?", "2026-12-22"),
    ("I'm planning some time off in the spring", "2027-01-10"),
    ("Off to Lisbon on Friday for a conference, back Monday", "2026-11-02"),
    ("Won't be able to join, I'm on call until Friday", "2026-11-02"),
    // Trial 63: a layoff with its severance is no time away.
    (
        "I'm out as of today, 3 months severance. Not how I planned March.",
        "2037-03-30",
    ),
    (
        "laid off this morning. 3 months garden leave, then we'll see",
        "2037-03-30",
    ),
    (
        "Vacation days reset on Jan 1 here, so everyone takes December off lol",
        "2026-11-02",
    ),
    (
        "Thanks! I took two weeks of vacation in August and it was great",
        "2026-09-10",
    ),
    ("Je suis rentrée de congé maternité le 3 janvier", "2027-01-10"),
    ("Sabbatical over! Back at my desk since Monday 💪", "2027-01-10"),
    ("The deadline is March 3, can you send the deck by then?", "2027-01-10"),
    ("my vacation was from Dec 20 to Jan 6, so nice", "2027-01-10"),
    (
        "Automatic reply: Thank you for your message. I will reply as soon as possible.",
        "2027-01-10",
    ),
    (
        "congrats on the parental leave news!! when does it start?",
        "2027-01-10",
    ),
    ("my boss is on vacation until Jan 6 so nothing moves", "2026-12-20"),
    ("the team is off until the 4th", "2026-12-22"),
    ("i was on parental leave until last week, catching up now", "2027-01-10"),
    ("I'll be out on Dec 8 for a dentist appointment", "2026-12-03"),
    ("OOO 12/3 - 1/2", "2026-11-20"),
    (
        "my partner is on maternity leave till april so things are hectic",
        "2027-01-10",
    ),
    ("Are you free on Jan 6? I'm back from vacation then", "2026-12-20"),
    (
        "Before I go on leave next month, could we do a quick call?",
        "2027-01-10",
    ),
    ("Tom is out of office until Jan 3; ping me instead", "2026-12-22"),
    ("out for lunch, back at 2", "2026-11-20"),
    (
        "Let's catch up after the holidays, maybe the week of Jan 11?",
        "2026-12-03",
    ),
];

#[test]
fn absences_are_read_with_their_ends() {
    let mut wrong = Vec::new();
    for (text, sent, first, last) in AWAY {
        let got = away_in(text, d(sent));
        if got != Some((d(first), d(last))) {
            wrong.push(format!("{text:?} (sent {sent}): got {got:?}, want {first} – {last}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_absence_from_a_date_another_person_the_past_or_no_end() {
    let mut wrong = Vec::new();
    for (text, sent) in NOT_AWAY {
        if let Some(got) = away_in(text, d(sent)) {
            wrong.push(format!("{text:?} (sent {sent}): got {got:?}, want none"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_list_is_long_enough_and_half_of_it_is_no_absence() {
    assert!(AWAY.len() + NOT_AWAY.len() >= 40);
    assert!(NOT_AWAY.len() * 2 >= AWAY.len() + NOT_AWAY.len());
}

#[test]
fn an_absence_told_after_it_ended_is_none() {
    // The auto-reply of 3 March read in April: over.
    assert_eq!(
        away_in("Automatic reply: I'm on parental leave until 3 March", d("2027-04-20")),
        None
    );
}

#[test]
fn every_pattern_compiles() {
    for re in [
        &*CUE_RE,
        &*NOT_NOW_RE,
        &*PAST_AFTER_RE,
        &*START_RE,
        &*END_RE,
        &*BACK_RE,
        &*RANGE_RE,
        &*SPAN_IN_MONTH_RE,
        &*LENGTH_RE,
    ] {
        assert!(!re.as_str().is_empty());
    }
}

proptest::proptest! {
    /// Whatever the text, an absence found ends after the day it was told
    /// and after it starts.
    #[test]
    fn a_span_found_is_ordered_and_not_over(text in "\\PC{0,80}", days in 0i64..3000) {
        let sent = d("2025-01-01") + chrono::Duration::days(days);
        if let Some((first, last)) = away_in(&text, sent) {
            proptest::prop_assert!(first < last && last > sent);
        }
    }
}

/// Trials 47, 48 and 50: "until" in a range ("from Sept 1 until Dec 1")
/// gave the day after; it is the day they are back, as "until" alone is.
#[test]
fn until_in_a_range_is_the_day_they_are_back() {
    assert_eq!(
        away_in(
            "going on sabbatical from Sept 1 until Dec 1, offline mostly",
            d("2044-08-20")
        ),
        Some((d("2044-09-01"), d("2044-12-01")))
    );
    assert_eq!(
        away_in("I'm on parental leave until 3 March", d("2027-01-20")).map(|(_, back)| back),
        Some(d("2027-03-03"))
    );
}
