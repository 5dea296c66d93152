//! `tend lint` (the drafts issue builds it).

use super::args::LintArgs;
use crate::error::Result;

pub fn run(_a: LintArgs) -> Result<i32> {
    super::not_yet("tend lint")
}
