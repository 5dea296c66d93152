//! `tend export` (the import issue builds it).

use super::args::ExportCommand;
use crate::error::Result;

pub fn run(_c: ExportCommand) -> Result<i32> {
    super::not_yet("tend export")
}
