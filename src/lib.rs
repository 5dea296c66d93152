//! tend: a local-first follow-up scheduler for a professional network.
//!
//! Data flows one way: the CLI and the daemon read facts from the [`store`],
//! hand them with the current instant to the pure [`planner`], and act on the
//! nudges that come back.

pub mod app;
pub mod capture;
pub mod cli;
pub mod config;
pub mod daemon;
pub mod drafts;
pub mod error;
pub mod export;
pub mod facts;
pub mod import;
pub mod intent;
pub mod lint;
pub mod model;
pub mod model_engine;
pub mod names;
pub mod notify;
pub mod paths;
pub mod planner;
pub mod scale;
pub mod stats;
pub mod store;
pub mod text;
pub mod time;

pub use error::{Error, Result};
