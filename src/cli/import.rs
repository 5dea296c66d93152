//! `tend import` (the import issue builds it).

use super::args::ImportCommand;
use crate::error::Result;

pub fn run(_c: ImportCommand) -> Result<i32> {
    super::not_yet("tend import")
}
