//! `tend export json|ics`: to stdout.

use std::io::Write;

use super::args::ExportCommand;
use super::output::emit_raw;
use crate::app::App;
use crate::error::{Error, Result};
use crate::export;

pub fn run(app: &mut App, c: ExportCommand) -> Result<i32> {
    match c {
        ExportCommand::Json => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            // A closed pipe (`tend export json | head`) is not an error.
            match app
                .write_backup(&mut out)
                .and_then(|()| out.flush().map_err(|e| Error::io("writing the backup", e)))
            {
                Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
                Err(e) => Err(e),
                Ok(()) => Ok(0),
            }
        }
        ExportCommand::Ics(a) => {
            emit_raw(&export::ics::render(&app.drafted_agenda(a.days)?, app.now()))?;
            Ok(0)
        }
    }
}
