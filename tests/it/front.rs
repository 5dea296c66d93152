//! What a user meets first: help texts, usage errors, messages, the manual
//! page, and what `tend service install` puts in place. The real binary on a
//! temporary home (tests/it/support).

use crate::support;

use clap::CommandFactory;
use support::{Env, paris as env};
use tend::cli::args::Cli;
use tend::model::{Channel, EventKind};

/// A home in Paris on Tuesday 1 December 2026, 10:00.
fn stdout(env: &Env, args: &[&str]) -> String {
    env.run(args)
}

/// `Env::fails`, and the error is the only line on stderr.
fn one_error(env: &Env, args: &[&str], code: i32) -> String {
    let stderr = env.fails(args, code);
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    stderr
}

#[test]
fn every_argument_and_option_has_a_description() {
    fn walk(cmd: &clap::Command, path: &str, blank: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if matches!(id, "help" | "version") {
                continue;
            }
            if arg.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                blank.push(format!("{path} {id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), blank);
        }
    }
    let mut blank = Vec::new();
    walk(&Cli::command(), "tend", &mut blank);
    assert!(blank.is_empty(), "no description: {blank:?}");

    // As the user sees it.
    let env = env();
    let help = stdout(&env, &["snooze", "--help"]);
    for (arg, words) in [
        ("<CONTACT>", "unique, case-insensitive part of the name"),
        ("<DURATION>", "like 3d, 1w"),
    ] {
        let line = help
            .lines()
            .find(|l| l.trim_start().starts_with(arg))
            .unwrap_or_default();
        assert!(line.contains(words), "{arg}: {help}");
    }
    let help = stdout(&env, &["add", "--help"]);
    let line = help
        .lines()
        .find(|l| l.trim_start().starts_with("<NAME>"))
        .unwrap_or_default();
    assert!(line.contains("full name"), "{help}");
}

#[test]
fn event_help_lists_the_kinds_and_log_help_the_channels() {
    let env = env();
    let help = stdout(&env, &["event", "--help"]);
    for kind in EventKind::ALL {
        assert!(help.contains(&format!("- {}:", kind.as_str())), "{kind}: {help}");
    }
    assert!(help.contains("sensitive"), "{help}");
    let help = stdout(&env, &["log", "--help"]);
    for channel in Channel::ALL {
        assert!(help.contains(&format!("- {}:", channel.as_str())), "{channel}: {help}");
    }
    // The short help still names them.
    let short = stdout(&env, &["log", "-h"]);
    assert!(
        short.contains("[possible values: message, email, call, meeting"),
        "{short}"
    );
}

#[test]
fn a_wrong_kind_names_the_valid_ones_and_the_nearest() {
    let env = env();
    env.run(&["add", "Sara Lee"]);
    let err = one_error(&env, &["event", "sara", "--kind", "new-jb"], 2);
    assert!(err.contains("'new-jb'") && err.contains("new-job, promotion"), "{err}");
    assert!(err.contains("a similar value exists: 'new-job'"), "{err}");
}

#[test]
fn completions_without_a_shell_names_what_is_missing_and_lists_the_shells() {
    let env = env();
    let err = one_error(&env, &["completions"], 2);
    assert!(err.contains("needs the shell"), "{err}");
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        assert!(err.contains(shell), "{shell}: {err}");
    }
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout(&env, &["completions", shell]);
        assert!(script.contains("agenda"), "{shell}: no subcommands in {script}");
    }
}

#[test]
fn a_typo_in_a_command_suggests_the_right_one() {
    let env = env();
    let err = one_error(&env, &["agnda"], 2);
    assert!(err.contains("'agnda'"), "{err}");
    assert!(err.contains("a similar subcommand exists: 'agenda'"), "{err}");
    let err = one_error(&env, &["add"], 2);
    assert!(err.contains("<NAME>"), "the missing argument is named: {err}");
}

#[test]
fn list_with_an_unused_tag_says_no_contact_has_it() {
    let env = env();
    let (out, err) = env.ok(&["list", "--tag", "conf"]);
    assert_eq!(out, "");
    assert!(err.contains("No contacts yet"), "{err}");
    env.run(&["add", "Sara Lee", "--tag", "work"]);
    let (out, err) = env.ok(&["list", "--tag", "conf"]);
    assert_eq!(out, "");
    assert!(err.contains("No contact has the tag 'conf'"), "{err}");
    assert!(!err.contains("No contacts yet"), "{err}");
    let (out, err) = env.ok(&["list", "--tag", "WORK"]);
    assert!(out.contains("Sara Lee") && err.is_empty(), "{out}{err}");
}

#[test]
fn forget_without_a_terminal_needs_yes_and_erases_nothing_without_it() {
    let env = env();
    env.run(&["add", "Sara Lee"]);
    env.run(&["log", "sara", "--in", "--at", "2026-11-30T10:00:00+01:00"]);
    let err = one_error(&env, &["forget", "sara"], 2);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(env.contacts().len(), 1);
    let (out, _) = env.ok(&["forget", "sara", "--yes"]);
    assert!(out.contains("Forgot Sara Lee"), "{out}");
    assert!(env.contacts().is_empty());
    // An unknown contact is still exit 1, before any question.
    one_error(&env, &["forget", "nobody"], 1);
}

#[test]
fn forget_on_a_terminal_asks_first() {
    let env = env();
    env.run(&["add", "Sara Lee"]);
    let (code, text) = env.on_terminal("forget sara", "n\n");
    assert!(
        text.contains("Erase Sara Lee (id 1) and every record of them?"),
        "{text}"
    );
    assert!(text.contains("nothing was erased"), "{text}");
    assert_eq!(code, Some(1), "{text}");
    assert_eq!(env.contacts().len(), 1);
    let (code, text) = env.on_terminal("forget sara", "y\n");
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Forgot Sara Lee"), "{text}");
    assert!(env.contacts().is_empty());
}

#[test]
fn the_manual_page_comes_from_the_same_definitions_as_help() {
    let env = env();
    let page = stdout(&env, &["man"]);
    assert!(page.contains(".TH tend 1"), "{page}");
    for sub in Cli::command().get_subcommands() {
        assert!(
            page.contains(&format!("tend\\-{}(1)", sub.get_name())),
            "{}",
            sub.get_name()
        );
    }
    let dir = env.path("man1");
    let (_, err) = env.ok(&["man", "--dir", support::path_str(&dir)]);
    assert!(err.contains("manual pages"), "{err}");
    for name in [
        "tend.1",
        "tend-agenda.1",
        "tend-import-linkedin.1",
        "tend-service-install.1",
    ] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(text.starts_with(".ie") || text.contains(".TH"), "{name}: {text}");
    }
    let agenda = std::fs::read_to_string(dir.join("tend-agenda.1")).unwrap_or_default();
    assert!(agenda.contains("How many days ahead"), "{agenda}");
}

/// The files `tend service install` writes besides the unit or entry.
const USER_FILES: [&str; 5] = [
    "xdg-data/bash-completion/completions/tend",
    "xdg-data/zsh/site-functions/_tend",
    "xdg-config/fish/completions/tend.fish",
    "xdg-data/man/man1/tend.1",
    "xdg-data/man/man1/tend-agenda.1",
];

#[test]
fn service_install_autostart_writes_the_entry_completions_and_manual() {
    let env = env();
    let (out, _) = env.ok(&["service", "install", "--autostart"]);
    let entry_path = env.path("xdg-config/autostart/tend.desktop");
    assert!(out.contains(support::path_str(&entry_path)), "{out}");
    assert!(out.contains("fpath+=("), "the zsh line: {out}");
    let entry = std::fs::read_to_string(&entry_path).unwrap_or_else(|e| panic!("{e}"));
    let bin = assert_cmd::cargo::cargo_bin("tend");
    assert!(entry.contains(&format!("\nExec={} daemon\n", bin.display())), "{entry}");
    for file in USER_FILES {
        assert!(env.path(file).is_file(), "{file}");
    }
    let bash = std::fs::read_to_string(env.path(USER_FILES[0])).unwrap_or_default();
    assert!(bash.contains("complete") && bash.contains("agenda"), "{bash}");

    let (out, _) = env.ok(&["service", "uninstall"]);
    assert!(out.starts_with("Removed"), "{out}");
    assert!(!entry_path.exists());
    for file in USER_FILES {
        assert!(!env.path(file).exists(), "{file}");
    }
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn the_autostart_entry_passes_desktop_file_validate() {
    let env = env();
    env.run(&["service", "install", "--autostart"]);
    let entry = env.path("xdg-config/autostart/tend.desktop");
    let out = std::process::Command::new("desktop-file-validate")
        .arg(&entry)
        .output()
        .unwrap_or_else(|e| {
            panic!("desktop-file-validate (Debian's desktop-file-utils; scripts/test installs it): {e}")
        });
    let report = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{report}");
    assert_eq!(report.trim(), "", "no error, warning or hint");
}

#[test]
fn the_demos_last_lines_can_be_pasted_before_and_after_installing() {
    let env = env();
    // After `cargo run`: no tend on PATH, so the commands go through cargo.
    let empty = env.path("empty-bin");
    std::fs::create_dir_all(&empty).unwrap_or_else(|e| panic!("{e}"));
    let out = env
        .cmd()
        .args(["demo", "--no-notify"])
        .env("PATH", &empty)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        text.contains("Your turn: cargo run --release -- add \"Name\""),
        "{text}"
    );
    assert!(text.contains("cargo install --path . --locked"), "{text}");
    // Installed: plain tend.
    let bin = env.path("bin");
    std::fs::create_dir_all(&bin).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(assert_cmd::cargo::cargo_bin("tend"), bin.join("tend")).unwrap_or_else(|e| panic!("{e}"));
    let out = env
        .cmd()
        .args(["demo", "--no-notify"])
        .env("PATH", &bin)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Your turn: tend add \"Name\""), "{text}");
    assert!(!text.contains("cargo run"), "{text}");
}

/// Reads a little-endian field of `N` bytes at `at`, or fails the test.
#[cfg(all(target_os = "linux", target_pointer_width = "64", target_endian = "little"))]
fn field<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    bytes
        .get(at..at + N)
        .and_then(|b| b.try_into().ok())
        .unwrap_or_else(|| panic!("the binary ends before byte {}", at + N))
}

/// The program keeps load-address randomisation: it is a position-independent
/// executable (ELF type ET_DYN). Where the build links the C library in
/// (`crt-static`, set by .cargo/config.toml on Linux with glibc), it has no
/// program interpreter: nothing for the dynamic loader to do at start-up.
#[cfg(all(target_os = "linux", target_pointer_width = "64", target_endian = "little"))]
#[test]
fn the_binary_is_position_independent_and_static_where_built_so() {
    const ET_DYN: u16 = 3;
    const PT_INTERP: u32 = 3;
    let bin = std::fs::read(env!("CARGO_BIN_EXE_tend")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(field::<4>(&bin, 0), *b"\x7fELF");
    assert_eq!(u16::from_le_bytes(field(&bin, 16)), ET_DYN, "not a PIE");
    let table = u64::from_le_bytes(field(&bin, 32)) as usize;
    let entry = usize::from(u16::from_le_bytes(field(&bin, 54)));
    let count = usize::from(u16::from_le_bytes(field(&bin, 56)));
    let interpreter = (0..count).any(|i| u32::from_le_bytes(field(&bin, table + i * entry)) == PT_INTERP);
    assert_eq!(
        interpreter,
        !cfg!(target_feature = "crt-static"),
        "program interpreter present: {interpreter}; built with crt-static: {}",
        cfg!(target_feature = "crt-static")
    );
}
