//! Absences a contact tells of ("I'm out from Nov 8 for 2 weeks", "je suis
//! en congé maternité jusqu'au 15 mars"), for rule 8: nothing but replies
//! while they are away.
//!
//! Precision before coverage: an absence counts only when the message says
//! the writer is away (a word for leave, holiday, out of office… with the
//! writer as its subject, or no subject at all, as in an auto-reply), says it
//! now or ahead (not "I was off"), as a statement (not a question), and
//! bounds it (an end, a start and a length, or a return). A date alone, a
//! colleague's leave or an open-ended "going on leave soon" is none.

use chrono::{Datelike, Months, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// The absence `text` tells of, sent on `sent` (the writer's day): its
/// first day away and the day they are back (up to but not including it,
/// as every "until" of tend). `None` when it tells of none it can bound.
pub fn away_in(text: &str, sent: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let lower = normalise(text);
    // "I'm out as of today, 3 months severance": a job ended, no time away
    // to wait out (trial 63 held check-ins until the severance ran out).
    const JOB_ENDED: &[&str] = &[
        "severance",
        "garden leave",
        "laid off",
        "let go",
        "redundan",
        "lost my job",
    ];
    if JOB_ENDED.iter().any(|w| lower.contains(w)) {
        return None;
    }
    // Most messages name no absence: one scan for a cue's stem before any
    // sentence is read.
    if !STEMS.iter().any(|s| lower.contains(s)) {
        return None;
    }
    let sentences = sentences(&lower);
    sentences
        .iter()
        .enumerate()
        .find_map(|(k, s)| in_sentence(s, &sentences[k + 1..], sent))
}

/// Lowercase, one kind of apostrophe and dash, spaces for odd spaces.
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => '\'',
            '\u{2013}' | '\u{2014}' | '\u{2012}' => '-',
            '\u{a0}' | '\u{202f}' | '\t' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Sentences: split at line ends and at `.`, `!`, `?`, `;` before a space,
/// except a `.` after a number or a month's abbreviation ("8. Dezember",
/// "Nov. 8"). Each keeps its closing mark (a question is told apart).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            out.push(std::mem::take(&mut cur));
            continue;
        }
        cur.push(c);
        let next_blank = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if matches!(c, '.' | '!' | '?' | ';') && next_blank {
            let word: String = cur[..cur.len() - 1]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let keeps_going = c == '.'
                && (word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty()
                    || ABBREVIATIONS.contains(&word.as_str()));
            if !keeps_going {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    out.push(cur);
    out.retain(|s| !s.trim().is_empty());
    out
}

const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca",
];

/// Stems of the cues, for the quick check (each cue of [`CUE`] contains one).
const STEMS: &[&str] = &[
    "leave",
    "holiday",
    "vacation",
    "vacay",
    "pto",
    "sabbatical",
    "honeymoon",
    "office",
    "ooo",
    "offline",
    "out",
    "off",
    "away",
    "elternzeit",
    "mutterschutz",
    "urlaub",
    "ferien",
    "auszeit",
    "flitterwochen",
    "büro",
    "abwesend",
    "erreichbar",
    "congé",
    "conge",
    "vacances",
    "absent",
    "noces",
    "lune de miel",
    "baja",
    "vacaciones",
    "permiso",
    "oficina",
    "ausente",
    "luna de",
    "ferie",
    "vacanz",
    "congedo",
    "maternità",
    "ufficio",
    "assente",
];

/// The words that say someone is away.
const CUE: &str = r"(?x)
    (?:parental|maternity|paternity|mat|pat|sick|medical|family|study|adoption|annual|unpaid|shared\ parental)\ leave
  | \b(?:on|start(?:ing|s)?|begin(?:ning|s)?|going\ on|go\ on|taking|take|be\ on)\ (?:my\ |a\ |some\ )?leave\b
  | \bholidays?\b | \bvacation\b | \bvacay\b | \bpto\b | \bsabbatical\b | \bhoneymoon\b
  | \bout\ of\ (?:the\ )?office\b | \booo\b | \boffline\b | \boff\ the\ grid\b | \btime\ off\b
  | ^\W*(?:out|off|away)\s+(?:until|till|through|from|for|on\ leave|next|this)\b
  | \b(?:i'?m|i\ am|i'?ll\ be|i\ will\ be|we'?re|we\ are|we'?ll\ be|we\ will\ be)\ (?:\w+\ )?(?:out|off|away)\b
  | \belternzeit\b | \bmutterschutz\b | \b\w*urlaub\b | \bferien\b | \bauszeit\b | \bflitterwochen\b
  | \bnicht\ im\ büro\b | \babwesend\b | \bnicht\ erreichbar\b
  | \bcongés?\b | \bconges?\b | \bvacances\b | \babsente?\b | \bvoyage\ de\ noces\b | \blune\ de\ miel\b
  | \bde\ baja\b | \bbaja\ (?:de|por)\ (?:maternidad|paternidad)\b | \bvacaciones\b
  | \bpermiso\ de\ (?:maternidad|paternidad)\b | \bfuera\ de\ la\ oficina\b | \bausente\b | \bluna\ de\ miel\b
  | \bferie\b | \bvacanz[ae]\b | \bcongedo\b | \bmaternità\b | \bfuori\ (?:ufficio|sede)\b | \bassente\b
  | \bluna\ di\ miele\b";

static CUE_RE: LazyLock<Regex> = LazyLock::new(|| compile(CUE));

/// Words that make the writer the one away (nearest to the cue first).
const FIRST_PERSON: &[&str] = &[
    "i",
    "i'm",
    "i'll",
    "ill",
    "i've",
    "i'd",
    "my",
    "me",
    "we",
    "we're",
    "we'll",
    "our",
    "us",
    "ich",
    "bin",
    "mein",
    "meine",
    "meiner",
    "meinem",
    "wir",
    "je",
    "j'",
    "suis",
    "serai",
    "mon",
    "ma",
    "mes",
    "nous",
    "yo",
    "estoy",
    "estaré",
    "estare",
    "estaremos",
    "estamos",
    "mi",
    "mis",
    "io",
    "sono",
    "sarò",
    "saro",
    "mio",
    "mia",
    "siamo",
    "empiezo",
    "inizio",
    "commence",
    "beginne",
];

/// Words that make someone else the one away, or the reader ("your vacation").
const OTHER_PERSON: &[&str] = &[
    "is", "isn't", "you", "you're", "your", "yours", "he", "she", "he's", "she's", "his", "her", "him", "they",
    "they're", "their", "ist", "er", "sie", "ihr", "ihre", "seine", "dein", "deine", "est", "il", "elle", "ils",
    "elles", "son", "sa", "ses", "votre", "vous", "tu", "ton", "ta", "está", "esta", "él", "ella", "su", "è", "lei",
];

/// Words that may stand before a cue with no subject ("Automatic reply:
/// on parental leave until…", "FYI: out of office…").
const FILLER: &[&str] = &[
    "automatic",
    "auto",
    "reply",
    "autoreply",
    "auto-reply",
    "re",
    "fyi",
    "heads",
    "up",
    "btw",
    "hi",
    "hey",
    "hello",
    "hallo",
    "bonjour",
    "hola",
    "ciao",
    "all",
    "everyone",
    "just",
    "so",
    "quick",
    "note",
    "update",
    "currently",
    "also",
    "and",
    "but",
    "ps",
    "abwesenheitsnotiz",
    "réponse",
    "automatique",
    "respuesta",
    "automática",
    "risposta",
    "automatica",
    "sorry",
    "now",
    "taking",
    "take",
    "going",
    "heading",
    "starting",
    "will",
    "be",
    "a",
    "some",
    "on",
    "in",
    "off",
    "out",
    "im",
    "en",
];

/// Words that put the absence in the past or make it a condition.
const NOT_NOW: &str = r"(?x)
    \b(?:was|were|had|got\ back|came\ back|just\ back|back\ from|returned|war|waren|hatte|étais|etais|été|
       took|spent|rentré|rentrée|revenu|revenue|zurückgekommen|estuve|estaba|estuvimos|ero|eravamo|stato|stata|stati|fui|if|unless|wenn|falls|whether|hope\ to|hoping\ to|
       maybe|might|perhaps|vielleicht|peut-être|quizás|forse|planning|plan\ to|thinking\ of|before\ my)\b";

static NOT_NOW_RE: LazyLock<Regex> = LazyLock::new(|| compile(NOT_NOW));

/// A past tense just after the cue: "my vacation was lovely".
static PAST_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\W*(?:[\w']+\W+){0,2}(?:was|were|war|waren|était|etait|fue|fueron|era|è\ stata|è\ stato)\b")
});

/// Month names and abbreviations in the five languages, longest first.
const MONTHS: &[(&str, u32)] = &[
    ("septiembre", 9),
    ("setiembre", 9),
    ("septembre", 9),
    ("settembre", 9),
    ("september", 9),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("december", 12),
    ("novembre", 11),
    ("november", 11),
    ("febbraio", 2),
    ("february", 2),
    ("février", 2),
    ("fevrier", 2),
    ("februar", 2),
    ("febrero", 2),
    ("octubre", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("ottobre", 10),
    ("october", 10),
    ("gennaio", 1),
    ("january", 1),
    ("janvier", 1),
    ("januar", 1),
    ("jänner", 1),
    ("juillet", 7),
    ("agosto", 8),
    ("august", 8),
    ("dicembre", 12),
    ("aprile", 4),
    ("giugno", 6),
    ("luglio", 7),
    ("maggio", 5),
    ("marzo", 3),
    ("enero", 1),
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("march", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("junio", 6),
    ("julio", 7),
    ("juni", 6),
    ("juli", 7),
    ("juin", 6),
    ("june", 6),
    ("july", 7),
    ("mayo", 5),
    ("août", 8),
    ("aout", 8),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("mai", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("oct", 10),
];
/// The abbreviations [`MONTHS`] leaves out because they are words too
/// ("sep", "nov", "dec" are safe; listed here to keep the table readable).
const MORE_MONTHS: &[(&str, u32)] = &[("sep", 9), ("nov", 11), ("dec", 12)];

const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
    ("montag", 0),
    ("dienstag", 1),
    ("mittwoch", 2),
    ("donnerstag", 3),
    ("freitag", 4),
    ("lundi", 0),
    ("mardi", 1),
    ("mercredi", 2),
    ("jeudi", 3),
    ("vendredi", 4),
    ("lunes", 0),
    ("martes", 1),
    ("miércoles", 2),
    ("miercoles", 2),
    ("jueves", 3),
    ("viernes", 4),
    ("lunedì", 0),
    ("martedì", 1),
    ("mercoledì", 2),
    ("giovedì", 3),
    ("venerdì", 4),
    ("mon", 0),
    ("tue", 1),
    ("wed", 2),
    ("thu", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
];

/// Counts in words ("two weeks", "drei Wochen", "quattro mesi").
const COUNTS: &[(&str, u32)] = &[
    ("a couple of", 2),
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("ein", 1),
    ("eine", 1),
    ("einen", 1),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
    ("zehn", 10),
    ("zwölf", 12),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("uno", 1),
    ("una", 1),
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
    ("seis", 6),
    ("siete", 7),
    ("ocho", 8),
    ("nueve", 9),
    ("diez", 10),
    ("due", 2),
    ("tre", 3),
    ("quattro", 4),
    ("cinque", 5),
    ("sei", 6),
    ("sette", 7),
    ("otto", 8),
    ("nove", 9),
    ("dieci", 10),
    ("undici", 11),
    ("dodici", 12),
    ("elf", 11),
    ("doce", 12),
];

fn compile(pattern: &str) -> Regex {
    // The patterns are constants of this file, compiled by its tests: a bad
    // one fails them, never a user's command.
    match Regex::new(pattern) {
        Ok(r) => r,
        Err(e) => panic!("a built-in pattern of away.rs does not compile: {e}"),
    }
}

fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut w: Vec<&str> = words.collect();
    w.sort_by_key(|s| std::cmp::Reverse(s.len()));
    w.dedup();
    w.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|")
}

/// A date as people write it, for embedding (no capture groups).
static DATE: LazyLock<String> = LazyLock::new(|| {
    let month = alternation(MONTHS.iter().chain(MORE_MONTHS).map(|(m, _)| *m));
    let weekday = alternation(WEEKDAYS.iter().map(|(d, _)| *d));
    format!(
        r"(?:(?:{weekday}),?\s+)?(?:the\s+|le\s+|el\s+|il\s+|den\s+|dem\s+|l')?(?:
            \d{{4}}-\d{{1,2}}-\d{{1,2}}
          | \d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?
          | \d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?
          | \d{{1,2}}(?:st|nd|rd|th|er|\.|º)?(?:\s+of|\s+de)?\s+(?:{month})\b\.?(?:,?\s+\d{{4}})?
          | (?:{month})\b\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?
          | (?:end\s+of|the\s+end\s+of|late|mid|mid-|early|beginning\s+of|start\s+of|ende|anfang|mitte|fin|début|debut|mi-|finales\s+de|principios\s+de|mediados\s+de|fine|inizio|metà)\s*(?:{month})\b
          | (?:{month})\b(?:\s+\d{{4}})?
          | \d{{1,2}}(?:st|nd|rd|th)\b
          | (?:{weekday})\b
          | tomorrow|today|morgen|heute|demain|aujourd'hui|mañana|hoy|domani|oggi
        )"
    )
});

/// Where a date stands: the absence's first day, its last, or the day they
/// are back.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Start,
    End,
}

/// "from Nov 8", "ab dem 8. Dezember", "starting tomorrow".
static START_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)(?:\b(?:from|starting(?:\ on|\ from)?|starts(?:\ on)?|start(?:\ on)?|as\ of|beginning(?:\ on)?|begins(?:\ on)?|on|ab(?:\ dem|\ den|\ )?|vom|à\ partir\ du|a\ partir\ du|à\ partir\ de|dès\ le|des\ le|desde(?:\ el)?|a\ partir\ del|dal|a\ partire\ dal|da)\s+(?P<d>{date}))|(?P<r>\b(?:tomorrow|morgen|demain|mañana|domani)\b)|(?P<m>\b(?:next\ month|nächsten\ monat|le\ mois\ prochain|el\ (?:mes\ que\ viene|próximo\ mes)|il\ mese\ prossimo)\b)",
        date = *DATE
    ))
});

/// "until 3 March", "jusqu'au 15 mars", "hasta el 10 de enero".
static END_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)\b(?:until|till|til|(?P<incl>through|thru|bis\ einschließlich)|up\ to|bis(?:\ zum|\ zur|\ am)?|jusqu'(?:au|à|a|en)|hasta(?:\ el)?|fino\ (?:al|a|all')|sino\ al)\s*(?P<d>{date})",
        date = *DATE
    ))
});

/// "back on 5 Jan", "returning 12 January", "de retour le 3 mars".
static BACK_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)\b(?:back|back\ in\ the\ office|back\ at\ work|returning|return|i\ return|zurück|wieder\ da|wieder\ im\ büro|de\ retour|je\ reviens|de\ vuelta|vuelvo|regreso|di\ ritorno|rientro|torno)(?:\ on|\ from|\ in|\ am|\ ab|\ le|\ el|\ il|\ a|\ en|\ dal|\ à\ partir\ du)?\s+(?P<d>{date})",
        date = *DATE
    ))
});

/// "from Nov 8 to Nov 22", "Dec 20 - Jan 6" (both days away; with
/// "until", the second is the day they are back).
static RANGE_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)\b(?:from|between|vom|du|del|dal|de)?\s*(?P<a>{date})\s*(?:-|to|(?P<until>until|till)|through|and|bis|au|al|hasta|a)\s*(?P<b>{date})",
        date = *DATE
    ))
});

/// "8-22 Nov", "vom 1. bis 20. März", "dal 3 al 24 agosto": the month once.
static SPAN_IN_MONTH_RE: LazyLock<Regex> = LazyLock::new(|| {
    let month = alternation(MONTHS.iter().chain(MORE_MONTHS).map(|(m, _)| *m));
    compile(&format!(
        r"(?x)\b(?P<a>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:-|to|until|till|through|bis|au|al|a)\s*(?P<b>\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?:{month})\b(?:,?\s+\d{{4}})?)"
    ))
});

/// "for 2 weeks", "drei Wochen", "pour trois mois".
static LENGTH_RE: LazyLock<Regex> = LazyLock::new(|| {
    let counts = alternation(COUNTS.iter().map(|(c, _)| *c));
    compile(&format!(
        r"(?x)\b(?:for\s+|für\s+|pour\s+|durante\s+|por\s+|per\s+)?(?P<n>\d{{1,2}}|{counts})\s+(?P<u>days?|weeks?|wks?|months?|years?|tage?n?|wochen?|monate?n?|jahre?|jours?|semaines?|mois|ans?|année|días?|dias?|semanas?|mes(?:es)?|años?|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\b"
    ))
});

/// The absence told in `s` (one sentence), bounded from it or, for the day
/// they are back, from the sentences after it.
fn in_sentence(s: &str, after: &[String], sent: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    if s.trim_end().ends_with('?') {
        return None;
    }
    let cue = CUE_RE.find(s)?;
    let before = &s[..cue.start()];
    // The clause the cue stands in: "hope all is well, I'm off" is about now.
    let clause = before.rfind([',', ':', '(']).map_or(before, |i| &before[i + 1..]);
    if NOT_NOW_RE.is_match(clause) || PAST_AFTER_RE.is_match(&s[cue.end()..]) || !writer_is_away(before, cue.as_str()) {
        return None;
    }
    let date_in = |re: &Regex, role: Role| {
        re.captures_iter(s)
            .find_map(|c| c.name("d").and_then(|d| read_date(d.as_str(), sent, role)))
    };
    if let Some((a, b)) = range(s, sent) {
        return checked(a, b, sent);
    }
    // "back on 12 Jan" is no start: the return is read on its own.
    let without_return = BACK_RE.replace_all(s, " ");
    let start = START_RE
        .captures_iter(&without_return)
        .find_map(|c| match (c.name("d"), c.name("r"), c.name("m")) {
            (Some(d), _, _) => read_date(d.as_str(), sent, Role::Start),
            (None, Some(_), _) => sent.checked_add_days(chrono::Days::new(1)),
            // "next month": its first day.
            (None, None, Some(_)) => sent.with_day(1)?.checked_add_months(Months::new(1)),
            _ => None,
        });
    // "until 3 March": back on the 3rd; "through 3 March": on the 4th.
    let until = END_RE.captures_iter(s).find_map(|c| {
        let day = read_date(c.name("d")?.as_str(), sent, Role::End)?;
        if c.name("incl").is_some() {
            day.succ_opt()
        } else {
            Some(day)
        }
    });
    let end = until
        .or_else(|| date_in(&BACK_RE, Role::Start))
        .or_else(|| {
            length(s).and_then(|len| {
                let from = start.unwrap_or(sent);
                ahead(from, len)
            })
        })
        .or_else(|| {
            after
                .iter()
                .filter(|n| !n.trim_end().ends_with('?') && !NOT_NOW_RE.is_match(n))
                .find_map(|n| {
                    BACK_RE
                        .captures_iter(n)
                        .find_map(|c| c.name("d").and_then(|d| read_date(d.as_str(), sent, Role::Start)))
                })
        })?;
    checked(start.unwrap_or(sent), end, sent)
}

/// A span that is one: not over when it was told, not ending before it
/// starts, not years long.
fn checked(start: NaiveDate, end: NaiveDate, sent: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    (end > sent && start < end && (end - start).num_days() <= 550 && (start - sent).num_days() <= 366)
        .then_some((start, end))
}

/// Whether the words before the cue make the writer the one away: the
/// nearest person word decides ("my colleague Lisa is…": "is"); with none,
/// only greetings and auto-reply words may stand before it.
fn writer_is_away(before: &str, cue: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let cue_words = words(cue);
    if cue_words.first().is_some_and(|w| FIRST_PERSON.contains(&w.as_str())) {
        return true;
    }
    let before = words(before);
    for w in before.iter().rev() {
        // "j'" and "l'" elisions: the word itself decides.
        let w = w.as_str();
        if FIRST_PERSON.contains(&w) || w.starts_with("j'") {
            return true;
        }
        if OTHER_PERSON.contains(&w) || (w.ends_with("'s") && w != "let's") {
            return false;
        }
    }
    before
        .iter()
        .all(|w| FILLER.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit()))
}

/// "from 20 Dec to 6 Jan": the first day away and, the 6th being the last,
/// the 7th.
fn range(s: &str, sent: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    RANGE_RE
        .captures_iter(s)
        .find_map(|c| {
            let (a, b) = (c.name("a")?.as_str(), c.name("b")?.as_str());
            // A bare number or weekday on either side is a time or a list, not a span.
            if !names_a_day(a) || !names_a_day(b) {
                return None;
            }
            let (start, mut end) = match slash_pair(a, b, sent) {
                Some(pair) => pair,
                None => (read_date(a, sent, Role::Start)?, read_date(b, sent, Role::End)?),
            };
            while end < start {
                end = end.checked_add_months(Months::new(12))?;
            }
            // "from Sept 1 until Dec 1": back on the 1st, as "until" alone
            // says (trials 47, 48 found the two readings disagreed).
            if c.name("until").is_some() {
                return (start < end).then_some((start, end));
            }
            Some((start, end.succ_opt()?))
        })
        .or_else(|| {
            SPAN_IN_MONTH_RE.captures_iter(s).find_map(|c| {
                let end = read_date(c.name("b")?.as_str(), sent, Role::Start)?;
                let start = end.with_day(c.name("a")?.as_str().parse().ok()?)?;
                (start <= end).then_some((start, end.succ_opt()?))
            })
        })
}

/// Two slashed dates ("7/1 - 7/15", "23/12 - 2/1"), read in the order the
/// one that can only be read one way gives: `None` unless both are slashed
/// and one of them tells.
fn slash_pair(a: &str, b: &str, sent: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    static SLASHED: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:\D*\s)?(\d{1,2})/(\d{1,2})$"));
    let nums = |t: &str| -> Option<(u32, u32)> {
        let c = SLASHED.captures(t.trim())?;
        Some((c.get(1)?.as_str().parse().ok()?, c.get(2)?.as_str().parse().ok()?))
    };
    let (x, y) = (nums(a)?, nums(b)?);
    // Month first when a second number is over 12, day first when a first one is.
    let month_first = match (x.1 > 12 || y.1 > 12, x.0 > 12 || y.0 > 12) {
        (true, false) => true,
        (false, true) => false,
        _ => return None,
    };
    let day = |(p, q): (u32, u32), role| {
        let (month, day) = if month_first { (p, q) } else { (q, p) };
        fit(month, day, None, sent, role)
    };
    Some((day(x, Role::Start)?, day(y, Role::End)?))
}

/// Whether a date text names a day of a month (not "mon", "3rd" or "today").
fn names_a_day(d: &str) -> bool {
    d.chars().any(|c| c.is_ascii_digit()) && (month_of(d).is_some() || d.contains(['.', '/', '-']))
}

/// The length told ("for 2 weeks"), as a count and a unit.
fn length(s: &str) -> Option<(u32, char)> {
    let c = LENGTH_RE.captures(s)?;
    let n = c.name("n")?.as_str();
    let n = n
        .parse()
        .ok()
        .or_else(|| COUNTS.iter().find(|(w, _)| *w == n).map(|(_, v)| *v))?;
    let u = c.name("u")?.as_str();
    let is = |stems: &[&str]| stems.iter().any(|p| u.starts_with(p));
    let unit = if is(&["day", "tag", "jour", "día", "dia", "giorn"]) {
        'd'
    } else if is(&["week", "wk", "woche", "semaine", "semana", "settiman"]) {
        'w'
    } else if is(&["month", "monat", "mois", "mes"]) {
        'm'
    } else {
        'y'
    };
    Some((n, unit))
}

/// The day after a stretch of `len` from `from` (its first day).
fn ahead(from: NaiveDate, (n, unit): (u32, char)) -> Option<NaiveDate> {
    match unit {
        'd' => from.checked_add_days(chrono::Days::new(u64::from(n))),
        'w' => from.checked_add_days(chrono::Days::new(7 * u64::from(n))),
        'm' => from.checked_add_months(Months::new(n)),
        _ => from.checked_add_months(Months::new(12 * n)),
    }
}

fn month_of(text: &str) -> Option<u32> {
    static MONTH_RE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"\b({})\b",
            alternation(MONTHS.iter().chain(MORE_MONTHS).map(|(m, _)| *m))
        ))
    });
    let m = MONTH_RE.captures(text)?.get(1)?.as_str();
    MONTHS.iter().chain(MORE_MONTHS).find(|(n, _)| *n == m).map(|(_, v)| *v)
}

/// The day a date text names, the nearest fitting `sent` when it gives no
/// year: an end is not long past, a start may be a little past.
fn read_date(text: &str, sent: NaiveDate, role: Role) -> Option<NaiveDate> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"));
    static DOTS: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})?"));
    static SLASH: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?"));
    static DAY: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\D|$)"));
    static YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(20\d\d)\b"));
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(end|late|ende|fin|finales|fine|mid|mitte|mediados|metà|mi-|early|beginning|start|anfang|début|debut|principios|inizio)\b|\bmi-",
        )
    });
    let t = text.trim();
    let num = |m: Option<regex::Match>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    let year_of = |y: Option<u32>| y.map(|y| if y < 100 { 2000 + y as i32 } else { y as i32 });
    let relative = [
        (["tomorrow", "morgen", "demain", "mañana", "domani"], 1),
        (["today", "heute", "aujourd'hui", "hoy", "oggi"], 0),
    ];
    for (words, days) in relative {
        if words.iter().any(|w| t.ends_with(w)) {
            return sent.checked_add_days(chrono::Days::new(days));
        }
    }
    if let Some(c) = ISO.captures(t) {
        return NaiveDate::from_ymd_opt(num(c.get(1))? as i32, num(c.get(2))?, num(c.get(3))?);
    }
    if let Some(c) = DOTS.captures(t) {
        return fit(num(c.get(2))?, num(c.get(1))?, year_of(num(c.get(3))), sent, role);
    }
    if let Some(c) = SLASH.captures(t) {
        let (a, b) = (num(c.get(1))?, num(c.get(2))?);
        // Day/month or month/day: only when the numbers say which.
        let (month, day) = match (a > 12, b > 12) {
            (true, false) => (b, a),
            (false, true) => (a, b),
            _ => return None,
        };
        return fit(month, day, year_of(num(c.get(3))), sent, role);
    }
    let year = YEAR.captures(t).and_then(|c| num(c.get(1))).map(|y| y as i32);
    let without_year = YEAR.replace_all(t, "");
    if let Some(month) = month_of(t) {
        if let Some(c) = DAY.captures(&without_year) {
            return fit(month, num(c.get(1))?, year, sent, role);
        }
        // A month alone: its part when one is named, else its first day
        // ("until March", "back in September").
        let part = PART.find(t).map(|m| m.as_str().to_string());
        let first = fit(month, 1, year, sent, role)?;
        return match part.as_deref() {
            // The end of a month: the next one begins the return.
            Some("end" | "late" | "ende" | "fin" | "finales" | "fine") => first.checked_add_months(Months::new(1)),
            Some("mid" | "mitte" | "mediados" | "metà" | "mi-") => first.checked_add_days(chrono::Days::new(14)),
            _ => Some(first),
        };
    }
    if let Some(&(_, wd)) = WEEKDAYS
        .iter()
        .find(|(d, _)| t.split_whitespace().any(|w| w.trim_matches(',') == *d))
    {
        let ahead = (wd + 7 - sent.weekday().num_days_from_monday()) % 7;
        let ahead = if ahead == 0 { 7 } else { ahead };
        return sent.checked_add_days(chrono::Days::new(u64::from(ahead)));
    }
    // "the 6th": the next such day of a month.
    let day = DAY.captures(&without_year).and_then(|c| num(c.get(1)))?;
    let mut d = NaiveDate::from_ymd_opt(sent.year(), sent.month(), day);
    if d.is_none_or(|d| d < sent) {
        let next = sent.checked_add_months(Months::new(1))?;
        d = NaiveDate::from_ymd_opt(next.year(), next.month(), day);
    }
    d
}

/// A month and day with the year given or the nearest fitting `sent`.
fn fit(month: u32, day: u32, year: Option<i32>, sent: NaiveDate, role: Role) -> Option<NaiveDate> {
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, month, day);
    }
    let this = NaiveDate::from_ymd_opt(sent.year(), month, day)?;
    // A start two months past, or an end three, is next year's; an end a
    // few weeks past is an old message's (an auto-reply left on), or a slip.
    let past = (sent - this).num_days();
    match role {
        Role::End if past > 14 && past < 90 => None,
        Role::End if past >= 90 => NaiveDate::from_ymd_opt(sent.year() + 1, month, day),
        Role::Start if past > 60 => NaiveDate::from_ymd_opt(sent.year() + 1, month, day),
        _ => Some(this),
    }
}

#[cfg(test)]
mod tests;
