//! LinkedIn's CSV reader: any bytes give rows or an error, in bounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tend::import::csvin::Table;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(mut t) = Table::open(bytes, "f.csv", &["FIRST NAME"], "x") {
        while let Ok(Some(row)) = t.next_row() {
            let _ = (row.get(Some(0)), row.line, row.cut);
        }
    }
});
