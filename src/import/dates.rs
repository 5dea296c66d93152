//! The date and time formats LinkedIn's exports used over the years, and
//! what a spreadsheet makes of them when the file is re-saved.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::time::resolve_local;

/// What the date columns accept, for error messages.
pub const DATE_FORMATS: &str = "expected a date like '16 Dec 2024', '2024-12-16' or '12/16/24'";
pub const INSTANT_FORMATS: &str = "expected a date and time like '2024-06-18 11:59:53 UTC' or '1/8/18, 6:14 PM'";

/// A calendar date: `16 Dec 2024` (Connections.csv), `2024-12-16`,
/// `12/16/24` or `12/16/2024` (US order, as LinkedIn and spreadsheets write
/// it), `16-Dec-24`, `Dec 16, 2024`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    parse_date_if(s, plausible)
}

/// Why a date that [`parse_date`] refuses in one of its formats cannot be
/// used ("before 1900"), so that a row can keep everything else.
pub fn implausible(s: &str) -> Option<String> {
    use chrono::Datelike;
    let d = parse_date_if(s, |_| true).filter(|d| !plausible(d))?;
    let years = crate::time::YEARS;
    Some(if d.year() < *years.start() {
        format!("before {}", years.start())
    } else {
        format!("after {}", years.end())
    })
}

fn parse_date_if(s: &str, plausible: fn(&NaiveDate) -> bool) -> Option<NaiveDate> {
    let t = s.trim();
    // Old exports write a date and a time on the user's wall clock
    // (`1/8/18, 6:14 PM`, cli.md): a connection is a day, so the date is kept.
    if let Some((day, time)) = t.split_once(',')
        && day.contains('/')
        && NaiveTime::parse_from_str(&time.trim().to_ascii_uppercase(), "%I:%M %p").is_ok()
    {
        return parse_date_if(day, plausible);
    }
    if t.contains('/') {
        let year_len = t.rsplit('/').next().map_or(0, str::len);
        let fmt = if year_len == 2 { "%m/%d/%y" } else { "%m/%d/%Y" };
        return NaiveDate::parse_from_str(t, fmt).ok().filter(plausible);
    }
    const FORMATS: [&str; 8] = [
        "%d %b %Y",
        "%d %B %Y",
        "%Y-%m-%d",
        "%d-%b-%Y",
        "%d-%b-%y",
        "%b %d, %Y",
        "%B %d, %Y",
        "%d.%m.%Y",
    ];
    FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok().filter(plausible))
}

/// Four-digit years only: `%Y` alone would read `24` as the year 24.
fn plausible(d: &NaiveDate) -> bool {
    use chrono::Datelike;
    crate::time::YEARS.contains(&d.year())
}

/// An instant. New exports write UTC (`2024-06-18 11:59:53 UTC`); the old
/// `Messages.csv` and `Invitations.csv` write the user's wall clock in US
/// order with AM/PM (`1/8/18, 6:14 PM`), read in `tz`. A zone-less
/// `2024-06-18 11:59:53`, or a spreadsheet's 24-hour `6/18/2024 11:59`, is
/// what re-saving the new UTC format gives, so it is read as UTC. A bare
/// date is midnight in `tz`.
pub fn parse_instant(s: &str, tz: Tz) -> Option<DateTime<Utc>> {
    let t = s.trim();
    match new_export_instant(t) {
        Some(at) => Some(at).filter(|a| plausible(&a.date_naive())),
        None => read_instant(t, tz),
    }
}

/// [`parse_instant`] of any of the formats, `t` trimmed.
fn read_instant(t: &str, tz: Tz) -> Option<DateTime<Utc>> {
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Some(at.with_timezone(&Utc)).filter(|a| plausible(&a.date_naive()));
    }
    let (body, utc_label) = match t
        .strip_suffix(" UTC")
        .or_else(|| t.strip_suffix(" GMT"))
        .or_else(|| t.strip_suffix('Z'))
    {
        Some(b) => (b.trim(), true),
        None => (t, false),
    };
    let naive = |fmts: &[&str]| fmts.iter().find_map(|f| NaiveDateTime::parse_from_str(body, f).ok());
    let at = if body.to_ascii_uppercase().ends_with('M') && body.contains('/') {
        // 12-hour clock, US order: the old exports, in the user's zone.
        let two_digit_year = body.split(['/', ',', ' ']).nth(2).is_some_and(|y| y.len() == 2);
        let fmts: &[&str] = if two_digit_year {
            &[
                "%m/%d/%y, %I:%M %p",
                "%m/%d/%y %I:%M %p",
                "%m/%d/%y, %I:%M:%S %p",
                "%m/%d/%y %I:%M:%S %p",
            ]
        } else {
            &[
                "%m/%d/%Y, %I:%M %p",
                "%m/%d/%Y %I:%M %p",
                "%m/%d/%Y, %I:%M:%S %p",
                "%m/%d/%Y %I:%M:%S %p",
            ]
        };
        let local = naive(fmts)?;
        if utc_label {
            local.and_utc()
        } else {
            resolve_local(tz, local)
        }
    } else if let Some(n) = naive(&[
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %H:%M",
    ]) {
        n.and_utc()
    } else {
        crate::time::start_of_day(parse_date(body)?, tz)
    };
    Some(at).filter(|a| plausible(&a.date_naive()))
}

/// `2024-06-18 11:59:53 UTC`, as new exports write every message, read
/// without format strings (a million messages took a second of them);
/// `None` sends anything else, a leap second included, the long way.
fn new_export_instant(t: &str) -> Option<DateTime<Utc>> {
    let b = t.as_bytes();
    let shaped = b.len() == 23
        && b.ends_with(b" UTC")
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':';
    if !shaped {
        return None;
    }
    let num = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(5, 7)?, num(8, 10)?)?;
    let time = NaiveTime::from_hms_opt(num(11, 13)?, num(14, 16)?, num(17, 19)?)?;
    Some(date.and_time(time).and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    proptest::proptest! {
        /// The shortcut for new exports' instants agrees with the full reading.
        #[test]
        fn new_export_instants_are_read_alike(
            y in 1000u32..3000, mo in 0u32..14, d in 0u32..33, h in 0u32..25, mi in 0u32..61, s in 0u32..62,
        ) {
            let t = format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} UTC");
            let tz = chrono_tz::Asia::Tokyo;
            proptest::prop_assert_eq!(parse_instant(&t, tz), read_instant(&t, tz));
        }
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn connection_dates_of_every_export() {
        assert_eq!(parse_date("16 Dec 2024"), d(2024, 12, 16));
        assert_eq!(parse_date("05 Mar 2019"), d(2019, 3, 5));
        assert_eq!(parse_date("2024-12-16"), d(2024, 12, 16));
        assert_eq!(parse_date("12/16/24"), d(2024, 12, 16));
        assert_eq!(parse_date("12/16/2024"), d(2024, 12, 16));
        assert_eq!(parse_date("16-Dec-24"), d(2024, 12, 16));
        assert_eq!(parse_date("Dec 16, 2024"), d(2024, 12, 16));
        // Old exports: a date and a time in US order (cli.md).
        assert_eq!(parse_date("1/8/18, 6:14 PM"), d(2018, 1, 8));
        assert_eq!(parse_date("12/16/2024, 11:05 am"), d(2024, 12, 16));
        assert_eq!(parse_date("1/8/18, 16:14 PM"), None);
        assert_eq!(parse_date("1/8/18, soon"), None);
        assert_eq!(parse_date("31 Feb 2024"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("16/12/2024"), None);
    }

    #[test]
    fn message_instants_of_every_export() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        let utc = |y, mo, d, h, mi, s| Some(Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap());
        assert_eq!(
            parse_instant("2024-06-18 11:59:53 UTC", paris),
            utc(2024, 6, 18, 11, 59, 53)
        );
        assert_eq!(
            parse_instant("2024-06-18 11:59:53", paris),
            utc(2024, 6, 18, 11, 59, 53)
        );
        assert_eq!(
            parse_instant("2024-06-18T11:59:53Z", paris),
            utc(2024, 6, 18, 11, 59, 53)
        );
        // The old format is the user's wall clock: 18:14 in Paris in January is 17:14 UTC.
        assert_eq!(parse_instant("1/8/18, 6:14 PM", paris), utc(2018, 1, 8, 17, 14, 0));
        assert_eq!(parse_instant("01/08/2018 06:14 am", paris), utc(2018, 1, 8, 5, 14, 0));
        assert_eq!(parse_instant("6/18/2024 11:59", paris), utc(2024, 6, 18, 11, 59, 0));
        assert_eq!(parse_instant("16 Dec 2024", paris), utc(2024, 12, 15, 23, 0, 0));
        assert_eq!(parse_instant("13/45/18, 6:14 PM", paris), None);
        assert_eq!(parse_instant("soon", paris), None);
        assert_eq!(parse_instant("", paris), None);
    }
}
