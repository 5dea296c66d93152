//! `tend daemon` and `tend service` (the daemon issue builds them).

use super::args::{DaemonArgs, ServiceCommand};
use crate::error::Result;

pub fn run(_a: DaemonArgs) -> Result<i32> {
    super::not_yet("tend daemon")
}

pub fn service(_c: ServiceCommand) -> Result<i32> {
    super::not_yet("tend service")
}
