//! The reader on one message, for tuning it: `cargo run --example read --
//! "message" ["the user's previous message"]` prints what tend reads in it
//! (the same `read_as` that `tend show` prints, in full).

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(text) = args.next() else {
        eprintln!("usage: read MESSAGE [PREVIOUS_OUT]");
        std::process::exit(2);
    };
    let previous = args.next();
    let reading = tend::text::read(
        &text,
        &tend::text::Context {
            colleague: std::env::var_os("COLLEAGUE").is_some(),
            previous_out: previous.as_deref(),
            extra_closers: &[],
        },
    );
    let acts: Vec<&str> = tend::text::Act::ALL
        .iter()
        .filter(|a| reading.has(**a))
        .map(|a| a.as_str())
        .collect();
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) ends the output, not in a panic.
    let _ = writeln!(out, "acts: {acts:?}");
    if std::env::var_os("TRACE").is_some() {
        for (words, acts, closing) in tend::text::reader::trace(&text) {
            let _ = writeln!(out, "  [{acts}]{} {words}", if closing { " closes" } else { "" });
        }
    }
    let _ = writeln!(
        out,
        "other language by its small words: {}",
        tend::text::tongue::marked_other_language(&text)
    );
    // Rule 1's "for today": a plan or request named for the day it was written (a Tuesday here).
    let _ = writeln!(
        out,
        "names soon (written on a Tuesday): {}",
        tend::text::reader::names_soon(&text, 1)
    );
    if std::env::var_os("READ_ALL").is_some() {
        let _ = writeln!(out, "{reading:#?}");
    } else {
        let _ = writeln!(
            out,
            "news: {:?}\nquestion: {:?} ask: {:?} unsure: {:?}",
            reading.news, reading.question, reading.ask, reading.unsure
        );
    }
}
