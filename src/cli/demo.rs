//! `tend demo` (the daemon issue builds it).

use super::args::DemoArgs;
use crate::error::Result;

pub fn run(_a: DemoArgs) -> Result<i32> {
    super::not_yet("tend demo")
}
