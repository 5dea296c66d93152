//! `tend daemon` and `tend service`.

use super::args::{DaemonArgs, ServiceCommand};
use super::output::emit;
use crate::error::Result;

pub fn run(a: DaemonArgs) -> Result<i32> {
    crate::daemon::run(a.once)
}

pub fn service(c: ServiceCommand) -> Result<i32> {
    let text = match c {
        ServiceCommand::Install => crate::daemon::service::install()?,
        ServiceCommand::Uninstall => crate::daemon::service::uninstall()?,
    };
    emit(&text)?;
    Ok(0)
}
