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
    cols: HashMap<String, usize>,
    file: String,
    rec: StringRecord,
    lines: LineCounter,
}

/// Line numbers from byte offsets: the csv crate's own line count is off
/// after CRLF line ends, so the reader below notes where every `\r` and `\n`
/// is, and a record's line is one more than the `\n`s before its first byte.
/// Only the marks not yet passed are kept (about one read buffer's worth).
type MarkQueue = Rc<RefCell<VecDeque<(u64, bool)>>>;

pub struct Marks<R> {
    inner: R,
    offset: u64,
    marks: MarkQueue,
}

impl<R: Read> Read for Marks<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut marks = self.marks.borrow_mut();
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' || *b == b'\r' {
                marks.push_back((self.offset + i as u64, *b == b'\n'));
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

struct LineCounter {
    marks: MarkQueue,
    newlines: u64,
}

impl LineCounter {
    /// The line of a record whose position the csv crate gives as `start`
    /// (which may point at the previous record's line end).
    fn line_at(&mut self, start: u64) -> u64 {
        let mut marks = self.marks.borrow_mut();
        let mut cursor = start;
        while let Some(&(at, newline)) = marks.front() {
            if at < start || at == cursor {
                if at == cursor {
                    cursor += 1;
                }
                self.newlines += u64::from(newline);
                marks.pop_front();
            } else {
                break;
            }
        }
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
        };
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(Marks {
                inner: input,
                offset: 0,
                marks,
            });
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
                for (i, n) in names.into_iter().enumerate() {
                    cols.entry(n).or_insert(i);
                }
                return Ok(Table {
                    rdr,
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
        match StringRecord::from_byte_record(raw) {
            Ok(rec) => {
                self.rec = rec;
                Ok(Some(Row { rec: &self.rec, line }))
            }
            Err(_) => Err(Error::Failed(format!(
                "'{}' is not UTF-8 text (line {line} is not; re-save the file as UTF-8); nothing was imported",
                self.file
            ))),
        }
    }
}

pub struct Row<'a> {
    rec: &'a StringRecord,
    pub line: u64,
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
}
