//! Interactions that arrive by themselves: mail (`tend import mail`) and
//! calendars (`tend import calendar`), read from files the user already keeps
//! on disk, imported by hand or by the daemon watching `[sources]`.
//!
//! Each reader turns what it finds into [`crate::model::Captured`] rows and hands them to
//! [`crate::store::capture::insert_captured`], which skips what was already
//! captured (by `source_key`, stored as the interaction's `external_key` like every imported row's key) and keeps the contacts' summaries as `tend log`
//! does.

pub mod calendar;
pub mod mail;

/// A header or summary as a note: one line (line breaks and other control
/// characters become spaces, runs of spaces one), trimmed, at most 200
/// characters; `None` when nothing is left.
pub fn one_line_note(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len().min(200));
    let mut count = 0;
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        if count > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            if count >= 200 {
                out.push('…');
                return Some(out);
            }
            out.push(c);
            count += 1;
        }
        count += 1;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_one_line() {
        assert_eq!(
            one_line_note(" Re:\r\n  lunch\tnext week "),
            Some("Re: lunch next week".into())
        );
        assert_eq!(one_line_note(" \r\n "), None);
        let long = "x".repeat(300);
        let note = one_line_note(&long).unwrap_or_default();
        assert_eq!(note.chars().count(), 201);
        assert!(note.ends_with('…'));
    }
}
