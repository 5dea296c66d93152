//! CSV read the way LinkedIn's exports need: columns found by their header
//! names (the format changed over the years), a preamble of notes before the
//! header skipped, blank `NA` cells, CRLF, quoted commas and line breaks, and
//! every row with the line it starts on. Streams: one reused record buffer.

use csv::{ByteRecord, StringRecord};
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::io::Read;
use std::rc::Rc;

use super::blank;
use crate::error::{Error, Result};

/// Header rows are looked for among this many first rows (the "Notes:" preamble).
const PREAMBLE_ROWS: usize = 32;

pub struct Table<R: Read> {
    rdr: csv::Reader<Marks<R>>,
    /// Columns of the header row.
    width: usize,
    cols: HashMap<String, usize>,
    file: String,
    rec: StringRecord,
    lines: LineCounter,
}

/// Line numbers from byte offsets: the csv crate's own line count is off
/// after CRLF line ends, so the reader below notes where the `\r` and `\n`
/// are, and a record's line is one more than the `\n`s before its first byte.
/// Consecutive line-end bytes are kept as one run (a file of a billion blank
/// lines is one entry), and only the runs not yet passed are kept; a row
/// may hold at most [`MAX_ROW_BYTES`] of other text, so memory stays bounded
/// whatever the input.
type MarkQueue = Rc<RefCell<Pending>>;

/// Longest row: LinkedIn's longest messages are a few thousand characters.
pub const MAX_ROW_BYTES: u64 = 2 << 20;

/// A run of consecutive line-end bytes.
#[derive(Clone, Copy)]
struct Run {
    at: u64,
    len: u32,
    /// How many of them are `\n`.
    newlines: u32,
    /// `"` bytes before the run (for telling a file that ends inside quotes).
    quotes_before: u64,
}

#[derive(Default)]
struct Pending {
    runs: VecDeque<Run>,
    /// Bytes read so far, and `"` among them.
    offset: u64,
    quotes: u64,
    /// Bytes other than line ends read since the last record began.
    row_bytes: u64,
    /// The input has ended.
    eof: bool,
    /// The last byte read was a line end.
    ends_with_line_end: bool,
}

pub struct Marks<R> {
    inner: R,
    marks: MarkQueue,
}

impl<R: Read> Read for Marks<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut p = self.marks.borrow_mut();
        if n == 0 {
            p.eof = true;
        }
        // Only line ends and quotes matter: found by memchr, not byte by byte.
        let chunk = &buf[..n];
        let mut line_end_bytes = 0u64;
        for i in memchr::memchr3_iter(b'\n', b'\r', b'"', chunk) {
            let b = chunk[i];
            if b == b'"' {
                p.quotes += 1;
                continue;
            }
            line_end_bytes += 1;
            let at = p.offset + i as u64;
            let newline = u32::from(b == b'\n');
            match p.runs.back_mut() {
                Some(r) if r.at + u64::from(r.len) == at && r.len < u32::MAX => {
                    r.len += 1;
                    r.newlines += newline;
                }
                _ => {
                    let quotes_before = p.quotes;
                    p.runs.push_back(Run {
                        at,
                        len: 1,
                        newlines: newline,
                        quotes_before,
                    });
                }
            }
        }
        p.row_bytes += n as u64 - line_end_bytes;
        if n > 0 {
            p.ends_with_line_end = matches!(buf[n - 1], b'\n' | b'\r');
        }
        p.offset += n as u64;
        if p.row_bytes > MAX_ROW_BYTES {
            return Err(std::io::Error::other(format!(
                "a row longer than {} MiB (is a quote left open?)",
                MAX_ROW_BYTES >> 20
            )));
        }
        Ok(n)
    }
}

struct LineCounter {
    marks: MarkQueue,
    newlines: u64,
    /// `"` bytes before the last record's start.
    quotes_before: u64,
}

impl LineCounter {
    /// The line of a record whose position the csv crate gives as `start`
    /// (which may point at the previous record's line end).
    fn line_at(&mut self, start: u64) -> u64 {
        let mut p = self.marks.borrow_mut();
        while let Some(run) = p.runs.front().copied() {
            if run.at > start {
                break;
            }
            // Passed, or the run `start` points into (a run is line ends
            // only, so the record begins after it).
            self.newlines += u64::from(run.newlines);
            self.quotes_before = run.quotes_before;
            p.runs.pop_front();
        }
        p.row_bytes = p.offset.saturating_sub(start).min(p.row_bytes);
        self.newlines + 1
    }
}

/// A header name as compared: upper case, `_` as a space, single spaces, no BOM.
fn header_key(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

impl<R: Read> Table<R> {
    /// Finds the header: the first row naming every one of `required`.
    /// `what` names the file kind for the error when there is none.
    pub fn open(input: R, file: &str, required: &[&str], what: &str) -> Result<Table<R>> {
        let marks = MarkQueue::default();
        let mut lines = LineCounter {
            marks: Rc::clone(&marks),
            newlines: 0,
            quotes_before: 0,
        };
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(Marks { inner: input, marks });
        let mut raw = ByteRecord::new();
        for _ in 0..PREAMBLE_ROWS {
            let more = rdr
                .read_byte_record(&mut raw)
                .map_err(|e| Error::Failed(format!("cannot read '{file}': {e}")))?;
            if !more {
                break;
            }
            lines.line_at(raw.position().map_or(0, |p| p.byte()));
            let names: Vec<String> = raw.iter().map(|f| header_key(&String::from_utf8_lossy(f))).collect();
            if required.iter().all(|r| names.iter().any(|n| n == r)) {
                let mut cols = HashMap::new();
                let width = names.len();
                for (i, n) in names.into_iter().enumerate() {
                    cols.entry(n).or_insert(i);
                }
                return Ok(Table {
                    rdr,
                    width,
                    cols,
                    file: file.to_string(),
                    rec: StringRecord::new(),
                    lines,
                });
            }
        }
        Err(Error::Failed(format!(
            "'{file}' is not {what}: no header row with {}; nothing was imported",
            required.join(", ")
        )))
    }

    /// The index of a column, by any of its names across export versions.
    pub fn col(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| self.cols.get(*n).copied())
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    /// The next row, `Ok(None)` at the end. A row that is not UTF-8 means
    /// the file is in another encoding: one error for the whole file.
    pub fn next_row(&mut self) -> Result<Option<Row<'_>>> {
        let mut raw = std::mem::take(&mut self.rec).into_byte_record();
        let more = self
            .rdr
            .read_byte_record(&mut raw)
            .map_err(|e| Error::Failed(format!("cannot read '{}': {e}", self.file)))?;
        if !more {
            return Ok(None);
        }
        let line = self.lines.line_at(raw.position().map_or(0, |p| p.byte()));
        let cut = self.cut_short(&raw);
        match StringRecord::from_byte_record(raw) {
            Ok(rec) => {
                self.rec = rec;
                Ok(Some(Row {
                    rec: &self.rec,
                    line,
                    cut,
                }))
            }
            Err(_) => Err(Error::Failed(format!(
                "'{}' is not UTF-8 text (line {line} is not; re-save the file as UTF-8); nothing was imported",
                self.file
            ))),
        }
    }

    /// Why the record just read is not a whole row, when the file ends in it:
    /// inside an open quote, or without a line end and short of the header's columns.
    fn cut_short(&self, raw: &ByteRecord) -> Option<&'static str> {
        let p = self.lines.marks.borrow();
        let at_end = p.eof && self.rdr.position().byte() >= p.offset;
        if !at_end {
            return None;
        }
        if p.quotes.saturating_sub(self.lines.quotes_before) % 2 == 1 {
            Some("the file ends inside a quoted field: this row is cut short")
        } else if !p.ends_with_line_end && raw.len() < self.width {
            Some("the file ends in the middle of this row (fewer columns than the header)")
        } else {
            None
        }
    }
}

pub struct Row<'a> {
    rec: &'a StringRecord,
    pub line: u64,
    /// Set when the file ends inside this row: it is not to be imported.
    pub cut: Option<&'static str>,
}

impl<'a> Row<'a> {
    /// The cell's text, `None` when the column is absent or the cell blank.
    pub fn get(&self, col: Option<usize>) -> Option<&'a str> {
        col.and_then(|i| self.rec.get(i)).and_then(blank)
    }

    /// Whether the row is wholly blank (a spreadsheet's trailing `,,,,`).
    pub fn is_empty(&self) -> bool {
        self.rec.iter().all(|f| blank(f).is_none())
    }

    pub fn len(&self) -> usize {
        self.rec.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_header_after_the_notes_preamble() {
        let text = "Notes:\r\n\"When exporting, some e-mail addresses, you know, are missing.\"\r\n\r\n\
                    First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n\
                    Ana,\"Costa, Jr.\",https://www.linkedin.com/in/ana,NA,\"Fabrikam\nLabs\",CTO,16 Dec 2024\r\n";
        let mut t = Table::open(text.as_bytes(), "Connections.csv", &["FIRST NAME", "LAST NAME"], "x").unwrap();
        let (first, company) = (t.col(&["FIRST NAME"]), t.col(&["COMPANY"]));
        let email = t.col(&["EMAIL ADDRESS"]);
        let row = t.next_row().unwrap().unwrap();
        assert_eq!(row.line, 5);
        assert_eq!(row.get(first), Some("Ana"));
        assert_eq!(row.get(email), None);
        assert_eq!(row.get(company), Some("Fabrikam\nLabs"));
        assert!(t.next_row().unwrap().is_none());
    }

    #[test]
    fn line_numbers_count_every_kind_of_line_end() {
        let lines = |text: &str| {
            let mut t = Table::open(text.as_bytes(), "f", &["H"], "x").unwrap();
            let mut v = Vec::new();
            while let Some(row) = t.next_row().unwrap() {
                v.push(row.line);
            }
            v
        };
        assert_eq!(lines("H\r\nb\r\n\r\nc\r\nd\r\n"), [2, 4, 5]);
        assert_eq!(lines("H\nb\n\nc\nd"), [2, 4, 5]);
        assert_eq!(lines("H\n\"x\r\ny\"\nc\n"), [2, 4]);
        assert_eq!(lines("note\n\"a,\nb\"\n\nH\n1\n"), [6]);
    }

    #[test]
    fn a_file_without_the_header_is_one_error() {
        let err = Table::open(
            &b"a,b\n1,2\n"[..],
            "x.csv",
            &["FIRST NAME"],
            "a LinkedIn Connections.csv",
        )
        .err()
        .unwrap();
        assert!(err.to_string().contains("no header row with FIRST NAME"), "{err}");
    }

    #[test]
    fn a_row_that_is_not_utf8_fails_the_file() {
        let text = b"FROM,DATE\nB,2024-01-02\nA\xff,2024-01-01\n";
        let mut t = Table::open(&text[..], "m.csv", &["FROM"], "x").unwrap();
        assert!(t.next_row().unwrap().is_some());
        let err = t.next_row().err().unwrap().to_string();
        assert!(err.contains("'m.csv' is not UTF-8 text (line 3 is not"), "{err}");
    }

    fn rows(text: &[u8]) -> Vec<(u64, Vec<String>, Option<&'static str>)> {
        let mut t = Table::open(text, "f.csv", &["A", "B", "C"], "x").unwrap();
        let mut v = Vec::new();
        while let Some(row) = t.next_row().unwrap() {
            let cells = (0..row.len()).map(|i| row.get(Some(i)).unwrap_or_default().to_string());
            v.push((row.line, cells.collect(), row.cut));
        }
        v
    }

    #[test]
    fn a_file_cut_inside_a_row_marks_that_row() {
        // Cut mid-row: fewer columns than the header and no line end.
        let got = rows(b"A,B,C\nx,y,z\nAna,Cos");
        assert_eq!(got[0].2, None);
        assert_eq!(got[1].0, 3);
        assert_eq!(
            got[1].2,
            Some("the file ends in the middle of this row (fewer columns than the header)")
        );
        // Ending inside an open quote, even after a line end.
        let got = rows(b"A,B,C\nx,\"y \"\"quoted\"\"\",z\r\np,\"open\nstill open\n");
        assert_eq!(got[0].2, None);
        assert_eq!(got[1].0, 3);
        assert_eq!(
            got[1].2,
            Some("the file ends inside a quoted field: this row is cut short")
        );
        // Whole rows are whole, with or without the last line end.
        for text in [
            &b"A,B,C\nx,y,z\n"[..],
            b"A,B,C\nx,y,z",
            b"A,B,C\nx,\"y\nz\",w",
            b"A,B,C\nx\n",
        ] {
            assert!(
                rows(text).iter().all(|r| r.2.is_none()),
                "{}",
                String::from_utf8_lossy(text)
            );
        }
    }

    #[test]
    fn blank_lines_cost_no_memory() {
        // 64 MiB of line ends after the header: once 16 bytes each.
        let input = b"A,B,C\n"
            .chain(std::io::repeat(b'\n').take(64 << 20))
            .chain(&b"x,y,z\n"[..]);
        let mut t = Table::open(input, "f.csv", &["A"], "x").unwrap();
        let row = t.next_row().unwrap().unwrap();
        assert_eq!(row.line, (64 << 20) + 2);
        assert!(t.lines.marks.borrow().runs.len() <= 2);
        assert!(t.next_row().unwrap().is_none());
    }

    #[test]
    fn a_row_past_the_limit_is_an_error_not_a_heap() {
        let input = b"A,B,C\n\"".chain(std::io::repeat(b'a').take(MAX_ROW_BYTES + 1));
        let mut t = Table::open(input, "f.csv", &["A"], "x").unwrap();
        let err = t.next_row().err().unwrap().to_string();
        assert!(err.contains("a row longer than 2 MiB"), "{err}");
    }
}
