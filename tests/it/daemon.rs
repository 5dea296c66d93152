//! The daemon from the outside: the real `tend` binary against a real D-Bus
//! session bus and a real notification server (dunst on the Xvfb display that
//! scripts/desktop-session.sh starts), checked the way a user would see it:
//! `dunstctl history` for what was shown, `busctl monitor` for the Notify
//! calls and their actions, `gdbus emit` to press a button, and the CLI for
//! the data. Each desktop test gets its own bus and dunst, so tests can run
//! in parallel and freeze their server without disturbing the others.
//!
//! The desktop tests are `#[ignore]`d: `cargo test` lists them as ignored,
//! and scripts/test runs them (`--include-ignored`) once it has started the
//! session, or under `CI=true`, where a missing session is a failure.

use crate::support;

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_tend");
/// A Tuesday, 10:00 in Paris: a reply to yesterday's message is due now.
const NOW: &str = "2026-12-01T10:00:00+01:00";
const YESTERDAY: &str = "2026-11-30T10:00:00+01:00";

fn sh(program: &str, args: &[&str], bus: Option<&str>) -> Output {
    let mut c = Command::new(program);
    c.args(args).stdin(Stdio::null());
    if let Some(addr) = bus {
        c.env("DBUS_SESSION_BUS_ADDRESS", addr);
    }
    c.output().unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(program).is_file()))
}

fn signal(pid: u32, sig: &str) {
    let out = sh("kill", &[&format!("-{sig}"), &pid.to_string()], None);
    assert!(
        out.status.success(),
        "kill -{sig} {pid}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Polls `f` every 50 ms until it holds or `limit` passes.
fn eventually(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if f() {
            return true;
        }
        if start.elapsed() > limit {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A desktop test that was asked to run (they are `#[ignore]`d unless
/// scripts/test started the session, or under CI) fails when what it needs
/// is missing: a skipped test must never count as passed.
fn unavailable(test: &str, why: &str) -> ! {
    panic!("{test}: {why}: the desktop tests need the session that scripts/test starts");
}

// ---------------------------------------------------------------------------
// One user's tend files in a temp dir.

struct Data {
    env: support::Env,
    /// `DBUS_SESSION_BUS_ADDRESS` for tend; a socket that does not exist by default.
    bus: String,
    /// `TEND_NOW`; `None` runs on the real clock.
    now: Option<String>,
}

impl Data {
    fn new(config: &str) -> Data {
        let env = support::Env::at(NOW);
        env.config(&format!(
            "[user]\ntimezone = \"Europe/Paris\"\nname = \"Alex Doe\"\n{config}"
        ));
        let bus = format!("unix:path={}", env.path("no-bus").display());
        Data {
            env,
            bus,
            now: Some(NOW.into()),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.env.path(name)
    }

    fn tend(&self) -> Command {
        let mut c = self.env.desktop_cmd(&self.bus);
        match &self.now {
            Some(now) => c.env("TEND_NOW", now),
            None => c.env_remove("TEND_NOW"),
        };
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = self
            .tend()
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("tend {args:?}: {e}"));
        assert!(
            out.status.success(),
            "tend {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("tend {args:?}: {e}"))
    }

    /// Sara wrote yesterday: a reply is due now.
    fn sara_wrote(&self) {
        self.run(&["add", "Sara Lee", "--url", "https://www.linkedin.com/in/sara-lee-test"]);
        self.run(&["log", "sara", "--in", "--at", YESTERDAY, "--note", "Loved the talk"]);
    }

    fn agenda(&self) -> Vec<Value> {
        match self.json(&["agenda", "--days", "30", "--json"]) {
            Value::Array(a) => a,
            other => panic!("agenda is not an array: {other}"),
        }
    }

    fn state(&self) -> String {
        let a = self.agenda();
        assert_eq!(a.len(), 1, "{a:?}");
        a[0]["state"].as_str().unwrap_or_default().to_string()
    }

    fn daemon(&self, args: &[&str]) -> Daemon {
        self.daemon_env(args, &[])
    }

    fn daemon_env(&self, args: &[&str], env: &[(&str, &Path)]) -> Daemon {
        let n = fs::read_dir(self.path(".")).map(|d| d.count()).unwrap_or(0);
        let out = self.path(&format!("daemon-{n}.out"));
        let err = self.path(&format!("daemon-{n}.err"));
        let child = self
            .tend()
            .envs(env.iter().copied())
            .arg("daemon")
            .args(args)
            .stdout(fs::File::create(&out).unwrap_or_else(|e| panic!("{e}")))
            .stderr(fs::File::create(&err).unwrap_or_else(|e| panic!("{e}")))
            .spawn()
            .unwrap_or_else(|e| panic!("spawning tend daemon: {e}"));
        Daemon { child, out, err }
    }
}

struct Daemon {
    child: Child,
    out: PathBuf,
    err: PathBuf,
}

impl Daemon {
    fn log(&self) -> String {
        fs::read_to_string(&self.err).unwrap_or_default()
    }

    fn stdout(&self) -> String {
        fs::read_to_string(&self.out).unwrap_or_default()
    }

    fn lines(&self) -> Vec<Value> {
        self.stdout()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line: {l}: {e}")))
            .collect()
    }

    fn wait_log(&self, needle: &str, limit: Duration) {
        assert!(
            eventually(limit, || self.log().contains(needle)),
            "the daemon did not log '{needle}' within {limit:?}; its log:\n{}",
            self.log()
        );
    }

    fn exit_within(&mut self, limit: Duration) -> Option<ExitStatus> {
        let mut status = None;
        eventually(limit, || {
            status = self.child.try_wait().ok().flatten();
            status.is_some()
        });
        status
    }

    fn stop(&mut self, sig: &str) {
        signal(self.child.id(), sig);
        let status = self.exit_within(Duration::from_secs(5));
        assert!(
            status.is_some_and(|s| s.code() == Some(0)),
            "after SIG{sig}: {status:?}; log:\n{}",
            self.log()
        );
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().ok().flatten().is_none()
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------
// A private session bus and dunst for one test.

struct Desk {
    dir: tempfile::TempDir,
    addr: String,
    dbus: Child,
    dunst: Option<Child>,
}

const DESKTOP_TOOLS: [&str; 5] = ["dbus-daemon", "dunst", "dunstctl", "busctl", "gdbus"];

/// A fresh bus; with `server`, dunst owning org.freedesktop.Notifications.
fn desk(test: &str, server: bool) -> Desk {
    if let Some(t) = DESKTOP_TOOLS.iter().find(|t| !on_path(t)) {
        unavailable(test, &format!("{t} is not installed"));
    }
    // Only on the private Xvfb display of scripts/desktop-session.sh, never
    // on a developer's own screen.
    if server && std::env::var("TEND_DESKTOP_SESSION").map_or(true, |v| v != "1") {
        unavailable(
            test,
            "no private desktop session (TEND_DESKTOP_SESSION=1 with its Xvfb DISPLAY)",
        );
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let socket = dir.path().join("bus");
    // No service activation: a Notify call must not start a server by itself.
    let conf = format!(
        r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
        socket.display()
    );
    fs::write(dir.path().join("bus.conf"), conf).unwrap_or_else(|e| panic!("{e}"));
    let dbus = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", dir.path().join("bus.conf").display()))
        .args(["--nofork", "--nopidfile"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(dir.path().join("bus.log")).unwrap_or_else(|e| panic!("{e}")))
        .spawn()
        .unwrap_or_else(|e| panic!("dbus-daemon: {e}"));
    let addr = format!("unix:path={}", socket.display());
    let mut d = Desk {
        dir,
        addr,
        dbus,
        dunst: None,
    };
    assert!(
        eventually(Duration::from_secs(10), || socket.exists()),
        "the bus did not start"
    );
    if server {
        fs::create_dir(d.dir.path().join("config")).unwrap_or_else(|e| panic!("{e}"));
        let log = fs::File::create(d.dir.path().join("dunst.log")).unwrap_or_else(|e| panic!("{e}"));
        let dunst = Command::new("dunst")
            .env("DBUS_SESSION_BUS_ADDRESS", &d.addr)
            .env("XDG_CONFIG_HOME", d.dir.path().join("config"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("dunst: {e}"));
        d.dunst = Some(dunst);
        assert!(
            eventually(Duration::from_secs(10), || d.server_owned()),
            "dunst did not take org.freedesktop.Notifications: {}",
            fs::read_to_string(d.dir.path().join("dunst.log")).unwrap_or_default()
        );
    }
    d
}

impl Desk {
    fn server_owned(&self) -> bool {
        let out = sh(
            "gdbus",
            &[
                "call",
                "--session",
                "--dest",
                "org.freedesktop.DBus",
                "--object-path",
                "/org/freedesktop/DBus",
                "--method",
                "org.freedesktop.DBus.NameHasOwner",
                "org.freedesktop.Notifications",
            ],
            Some(&self.addr),
        );
        String::from_utf8_lossy(&out.stdout).contains("true")
    }

    fn dunstctl(&self, args: &[&str]) -> String {
        let out = sh("dunstctl", args, Some(&self.addr));
        assert!(
            out.status.success(),
            "dunstctl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn displayed(&self) -> usize {
        self.dunstctl(&["count", "displayed"])
            .trim()
            .parse()
            .unwrap_or(usize::MAX)
    }

    /// (app name, summary, body) of every closed notification, newest first.
    fn history(&self) -> Vec<(String, String, String)> {
        let v: Value = serde_json::from_str(&self.dunstctl(&["history"])).unwrap_or_else(|e| panic!("{e}"));
        let field = |n: &Value, k: &str| n[k]["data"].as_str().unwrap_or_default().to_string();
        v["data"][0]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|n| (field(n, "appname"), field(n, "summary"), field(n, "body")))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// What a click on a notification's button sends.
    fn press(&self, id: u32, action: &str) {
        let out = sh(
            "gdbus",
            &[
                "emit",
                "--session",
                "--object-path",
                "/org/freedesktop/Notifications",
                "--signal",
                "org.freedesktop.Notifications.ActionInvoked",
                &format!("uint32 {id}"),
                &format!("'{action}'"),
            ],
            Some(&self.addr),
        );
        assert!(
            out.status.success(),
            "gdbus emit: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn kill_bus(&mut self) {
        let _ = self.dbus.kill();
        let _ = self.dbus.wait();
    }

    fn freeze(&self, sig: &str) {
        if let Some(d) = &self.dunst {
            signal(d.id(), sig);
        }
    }

    /// Records every message to and from the notification server.
    fn monitor(&self) -> Monitor {
        let path = self.dir.path().join("monitor.json");
        let child = Command::new("busctl")
            .args(["--user", "--json=short", "monitor", "org.freedesktop.Notifications"])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.addr)
            .stdin(Stdio::null())
            .stdout(fs::File::create(&path).unwrap_or_else(|e| panic!("{e}")))
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("busctl monitor: {e}"));
        let m = Monitor { child, path };
        // Ready once it records a call of ours.
        assert!(
            eventually(Duration::from_secs(10), || {
                self.dunstctl(&["count"]);
                !m.messages().is_empty()
            }),
            "busctl monitor recorded nothing"
        );
        m
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        if let Some(d) = &mut self.dunst {
            let _ = Command::new("kill").args(["-CONT", &d.id().to_string()]).status();
            let _ = d.kill();
            let _ = d.wait();
        }
        let _ = self.dbus.kill();
        let _ = self.dbus.wait();
    }
}

struct Monitor {
    child: Child,
    path: PathBuf,
}

/// One Notify call: its arguments and the id the server answered with.
#[derive(Debug)]
struct Notify {
    app: String,
    summary: String,
    body: String,
    actions: Vec<String>,
    hints: Value,
    timeout: i64,
    id: Option<u32>,
}

impl Monitor {
    fn messages(&self) -> Vec<Value> {
        fs::read_to_string(&self.path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    fn notify_calls(&self) -> Vec<Notify> {
        let msgs = self.messages();
        msgs.iter()
            .filter(|m| m["type"] == "method_call" && m["member"] == "Notify")
            .map(|m| {
                let d = &m["payload"]["data"];
                let s = |i: usize| d[i].as_str().unwrap_or_default().to_string();
                let id = msgs
                    .iter()
                    // Cookies count per sender: the reply goes back to the caller.
                    .find(|r| {
                        r["type"] == "method_return"
                            && r["reply_cookie"] == m["cookie"]
                            && r["destination"] == m["sender"]
                    })
                    .and_then(|r| r["payload"]["data"][0].as_u64())
                    .and_then(|id| u32::try_from(id).ok());
                Notify {
                    app: s(0),
                    summary: s(3),
                    body: s(4),
                    actions: d[5]
                        .as_array()
                        .map(|a| a.iter().map(|x| x.as_str().unwrap_or_default().to_string()).collect())
                        .unwrap_or_default(),
                    hints: d[6].clone(),
                    timeout: d[7].as_i64().unwrap_or(-2),
                    id,
                }
            })
            .collect()
    }

    fn wait_calls(&self, n: usize) -> Vec<Notify> {
        let mut calls = Vec::new();
        let ok = eventually(Duration::from_secs(10), || {
            calls = self.notify_calls();
            calls.len() >= n && calls.iter().all(|c| c.id.is_some())
        });
        assert!(ok, "expected {n} answered Notify calls, saw {calls:?}");
        calls
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A user's data on `desk`'s bus, with Sara owed a reply.
fn on_desk(desk: &Desk) -> Data {
    let mut data = Data::new("");
    data.bus = desk.addr.clone();
    data.sara_wrote();
    data
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

// ---------------------------------------------------------------------------
// Desktop notifications.

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn a_due_nudge_becomes_a_notification_with_reason_draft_and_buttons() {
    let desk = desk("a_due_nudge_becomes_a_notification", true);
    let data = on_desk(&desk);
    let expected = data.agenda();
    let body = format!(
        "{}\n\n{}",
        expected[0]["reason"].as_str().unwrap_or_default(),
        expected[0]["draft"].as_str().unwrap_or_default()
    );
    assert_eq!(expected[0]["state"], "pending");
    let mon = desk.monitor();
    let mut d = data.daemon(&[]);
    let calls = mon.wait_calls(1);
    let n = &calls[0];
    assert_eq!(n.app, "tend");
    assert_eq!(n.summary, "Reply to Sara Lee");
    assert_eq!(n.body, body);
    assert_eq!(
        n.actions,
        [
            "mark-sent",
            "Mark sent",
            "snooze",
            "Snooze 1 week",
            "skip",
            "Skip",
            "copy-draft",
            "Copy draft",
            "open-profile",
            "Open profile"
        ]
    );
    assert_eq!(n.hints["urgency"]["data"], 1, "{}", n.hints);
    assert_eq!(n.hints["category"]["data"], "im", "{}", n.hints);
    assert_eq!(n.timeout, 0, "stays until dismissed");
    assert!(eventually(secs(5), || data.state() == "delivered"));
    assert_eq!(desk.displayed(), 1);

    // What the user saw, as the server kept it.
    desk.dunstctl(&["close-all"]);
    let history = desk.history();
    assert_eq!(history, [("tend".to_string(), "Reply to Sara Lee".to_string(), body)]);
    d.stop("TERM");
    // The log names the contact by id at the default level, never by name.
    assert!(d.log().contains("delivered the reply for contact 1"), "{}", d.log());
    assert!(!d.log().contains("Sara"), "{}", d.log());
}

/// Presses `action` on Sara's notification in one data set and runs the
/// matching command in a twin; both must end up the same.
fn press_and_compare(test: &str, action: &str, cli: &[&str]) {
    let desk = desk(test, true);
    let data = on_desk(&desk);
    let twin = Data::new("");
    twin.sara_wrote();
    let mon = desk.monitor();
    let mut d = data.daemon(&[]);
    let id = mon.wait_calls(1)[0].id.unwrap_or_default();
    assert!(eventually(secs(5), || data.state() == "delivered"));
    let before = data.agenda();
    desk.press(id, action);
    assert!(
        eventually(secs(5), || data.agenda() != before),
        "pressing '{action}' changed nothing; log:\n{}",
        d.log()
    );
    twin.run(cli);
    assert_eq!(data.agenda(), twin.agenda());
    let show = |x: &Data| {
        let mut v = x.json(&["show", "sara", "--json"]);
        // Ids of interactions are the same; only the contact's creation time
        // could differ, and it does not (TEND_NOW).
        v.as_object_mut().map(|o| o.remove("created_at"));
        v
    };
    assert_eq!(show(&data), show(&twin));
    // The acted-upon notification is taken off the screen.
    assert!(
        eventually(secs(5), || desk.displayed() == 0),
        "still displayed; log:\n{}",
        d.log()
    );
    d.stop("TERM");
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn snooze_button_does_what_tend_snooze_does() {
    press_and_compare("snooze_button", "snooze", &["snooze", "sara", "1w"]);
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn mark_sent_button_does_what_tend_done_does() {
    press_and_compare("mark_sent_button", "mark-sent", &["done", "sara"]);
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn skip_button_does_what_tend_skip_does() {
    press_and_compare("skip_button", "skip", &["skip", "sara"]);
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn copy_draft_and_open_profile_buttons_use_the_clipboard_and_the_browser() {
    let desk = desk("copy_draft_and_open_profile", true);
    if !on_path("xclip") || !on_path("xdg-open") {
        unavailable("copy_draft_and_open_profile", "xclip or xdg-open is not installed");
    }
    let data = on_desk(&desk);
    let draft = data.agenda()[0]["draft"].as_str().unwrap_or_default().to_string();
    // xdg-open hands web addresses to $BROWSER outside a desktop environment.
    let browser = data.path("browser");
    let opened = data.path("opened");
    fs::write(&browser, format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()))
        .unwrap_or_else(|e| panic!("{e}"));
    let chmod = sh("chmod", &["+x", &browser.to_string_lossy()], None);
    assert!(chmod.status.success());
    let mon = desk.monitor();
    let mut d = data.daemon_env(&[], &[("BROWSER", &browser)]);
    let id = mon.wait_calls(1)[0].id.unwrap_or_default();
    assert!(eventually(secs(5), || data.state() == "delivered"));

    desk.press(id, "copy-draft");
    let clipboard =
        || String::from_utf8_lossy(&sh("xclip", &["-o", "-selection", "clipboard"], None).stdout).into_owned();
    assert!(
        eventually(secs(5), || clipboard() == draft),
        "clipboard: {:?}; log:\n{}",
        clipboard(),
        d.log()
    );
    desk.press(id, "open-profile");
    assert!(
        eventually(secs(5), || fs::read_to_string(&opened).unwrap_or_default()
            == "https://www.linkedin.com/in/sara-lee-test\n"),
        "log:\n{}",
        d.log()
    );
    // Neither acts on the nudge: it stays delivered and on screen.
    assert_eq!(data.state(), "delivered");
    assert_eq!(desk.displayed(), 1);
    d.stop("TERM");
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn done_on_the_command_line_takes_the_notification_back() {
    let desk = desk("done_on_the_command_line", true);
    let data = on_desk(&desk);
    let mut d = data.daemon(&[]);
    assert!(eventually(secs(5), || desk.displayed() == 1), "{}", d.log());
    data.run(&["done", "sara"]);
    assert!(
        eventually(secs(3), || desk.displayed() == 0),
        "not withdrawn; log:\n{}",
        d.log()
    );
    d.stop("TERM");
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn a_frozen_notification_server_does_not_hang_the_daemon() {
    let desk = desk("a_frozen_notification_server", true);
    let data = on_desk(&desk);
    desk.freeze("STOP");

    let start = Instant::now();
    let once = data
        .tend()
        .args(["daemon", "--once"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let took = start.elapsed();
    let err = String::from_utf8_lossy(&once.stderr);
    assert_eq!(once.status.code(), Some(1), "{err}");
    assert!(took < secs(10), "--once took {took:?}");
    assert!(err.contains("no answer from the notification server"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(data.state(), "pending");

    let mut d = data.daemon(&[]);
    d.wait_log("no answer from the notification server", secs(10));
    assert!(d.alive());
    assert_eq!(data.state(), "pending");
    d.stop("TERM");
    desk.freeze("CONT");
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn a_bus_without_notification_server_keeps_the_nudge_pending() {
    let desk = desk("a_bus_without_notification_server", false);
    let data = on_desk(&desk);
    let mut d = data.daemon(&[]);
    d.wait_log("cannot show notifications", secs(10));
    assert!(d.log().contains("stay pending"), "{}", d.log());
    assert!(d.alive());
    assert_eq!(data.state(), "pending");
    d.stop("INT");
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn the_bus_going_away_under_a_shown_notification_does_not_crash_the_daemon() {
    let mut desk = desk("the_bus_going_away", true);
    let data = on_desk(&desk);
    let mut d = data.daemon(&[]);
    assert!(eventually(secs(5), || data.state() == "delivered"), "{}", d.log());
    desk.kill_bus();
    std::thread::sleep(Duration::from_millis(500));
    data.run(&["add", "Tomás Ortega"]);
    std::thread::sleep(Duration::from_millis(500));
    assert!(d.alive(), "{}", d.log());
    d.stop("TERM");
    assert!(!d.log().contains("internal error"), "{}", d.log());
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn a_restarted_daemon_does_not_show_a_nudge_twice() {
    let desk = desk("a_restarted_daemon", true);
    let data = on_desk(&desk);
    let mon = desk.monitor();
    let mut first = data.daemon(&[]);
    mon.wait_calls(1);
    assert!(eventually(secs(5), || data.state() == "delivered"));
    first.stop("TERM");

    let mut second = data.daemon(&[]);
    second.wait_log("ready", secs(10));
    second.stop("TERM");
    let again = data
        .tend()
        .args(["daemon", "--once"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    let summaries: Vec<String> = mon.notify_calls().into_iter().map(|n| n.summary).collect();
    assert_eq!(summaries, ["Reply to Sara Lee"]);
    assert_eq!(data.state(), "delivered");
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn once_delivers_to_the_desktop_and_exits() {
    let desk = desk("once_delivers_to_the_desktop", true);
    let data = on_desk(&desk);
    let out = data
        .tend()
        .args(["daemon", "--once"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(data.state(), "delivered");
    assert!(eventually(secs(3), || desk.displayed() == 1));
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn demo_raises_a_real_notification() {
    let desk = desk("demo_raises_a_real_notification", true);
    let mut data = Data::new("");
    data.bus = desk.addr.clone();
    let out = data.run(&["demo"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Reply to Sara Lee") || text.contains("desktop notification is on your screen"));
    assert!(eventually(secs(3), || desk.displayed() == 1));
    desk.dunstctl(&["close-all"]);
    let history = desk.history();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].0, "tend");
    assert!(
        text.contains(&history[0].1),
        "the demo names the notification it raised: {text}"
    );
    assert!(!data.env.db().exists(), "the demo keeps no database");
}

// ---------------------------------------------------------------------------
// No desktop needed.

#[test]
fn without_a_session_bus_the_daemon_warns_and_keeps_the_nudge() {
    let data = Data::new("");
    data.sara_wrote();
    let mut d = data.daemon(&[]);
    d.wait_log("cannot show notifications", secs(10));
    assert!(d.log().contains("stay pending"), "{}", d.log());
    assert!(!d.log().contains("panicked"), "{}", d.log());
    assert!(d.alive());
    assert_eq!(data.state(), "pending");
    d.stop("TERM");

    let once = data
        .tend()
        .args(["daemon", "--once"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&once.stderr);
    assert_eq!(once.status.code(), Some(1), "{err}");
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with("error: ") && last.contains("stay pending"), "{err}");
    // A headless machine is told the way out.
    assert!(last.contains("[notify] backend = \"stdout\""), "{err}");
    assert_eq!(data.state(), "pending");
}

#[test]
fn a_second_daemon_on_the_same_data_exits_1_at_once() {
    let data = Data::new("[notify]\nbackend = \"stdout\"\n");
    let mut first = data.daemon(&[]);
    first.wait_log("ready", secs(10));
    let start = Instant::now();
    let second = data.tend().arg("daemon").output().unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{err}");
    assert!(start.elapsed() < secs(2), "took {:?}", start.elapsed());
    assert!(err.contains("already running"), "{err}");
    assert!(err.contains(&format!("pid {}", first.child.id())), "{err}");
    assert!(first.alive());
    first.stop("TERM");
}

#[test]
fn stdout_backend_prints_one_json_object_per_nudge_once() {
    let data = Data::new("[notify]\nbackend = \"stdout\"\n");
    data.sara_wrote();
    let out = data.run(&["daemon", "--once"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert_eq!(lines.len(), 1, "{text}");
    let keys: Vec<&str> = lines[0]
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(keys, ["contact_id", "kind", "summary", "body"]);
    assert_eq!(lines[0]["contact_id"], 1);
    assert_eq!(lines[0]["kind"], "reply");
    assert_eq!(lines[0]["summary"], "Reply to Sara Lee");
    assert!(
        lines[0]["body"]
            .as_str()
            .is_some_and(|b| ["\n\nHi Sara", "\n\nHey Sara", "\n\nHello Sara"]
                .iter()
                .any(|g| b.contains(g))),
        "{text}"
    );
    assert_eq!(data.state(), "delivered");

    // Rule 12: never twice.
    let again = data.run(&["daemon", "--once"]);
    assert_eq!(String::from_utf8_lossy(&again.stdout), "");
}

#[test]
fn the_daemon_sees_a_cli_write_within_two_seconds() {
    let data = Data::new("[notify]\nbackend = \"stdout\"\n");
    let mut d = data.daemon(&[]);
    d.wait_log("ready", secs(10));
    data.sara_wrote();
    let written = Instant::now();
    assert!(
        eventually(secs(2), || !d.stdout().is_empty()),
        "nothing within 2 s; log:\n{}",
        d.log()
    );
    eprintln!("seen after {:?}", written.elapsed());
    assert_eq!(d.lines()[0]["summary"], "Reply to Sara Lee");
    d.stop("TERM");
}

#[test]
fn sighup_reloads_the_config_and_a_bad_one_is_refused() {
    // Sending hours from 14:00: at 10:00 nothing is due yet.
    let data = Data::new("hours = \"Mon-Fri 14:00-18:00\"\n[notify]\nbackend = \"stdout\"\n");
    data.sara_wrote();
    let mut d = data.daemon(&[]);
    d.wait_log("ready", secs(10));
    assert_eq!(d.stdout(), "");
    let config = data.path("config.toml");
    let text = fs::read_to_string(&config).unwrap_or_default();
    fs::write(&config, text.replace("14:00", "09:00")).unwrap_or_else(|e| panic!("{e}"));
    signal(d.child.id(), "HUP");
    d.wait_log("configuration reloaded", secs(5));
    assert!(
        eventually(secs(3), || d.stdout().contains("Reply to Sara Lee")),
        "{}",
        d.log()
    );

    fs::write(&config, "[user]\ntimezon = \"Europe/Paris\"\n").unwrap_or_else(|e| panic!("{e}"));
    signal(d.child.id(), "HUP");
    d.wait_log("configuration not reloaded", secs(5));
    assert!(d.log().contains("user.timezon"), "{}", d.log());
    assert!(d.alive());
    d.stop("INT");
}

#[test]
fn the_digest_lists_the_days_nudges_at_its_time() {
    // Real time here (the digest waits for the clock); a few seconds from
    // now, each minute (a digest comes at most once a minute), and sending
    // hours all day so that the reply is due whatever the hour.
    let second = (chrono::Utc::now().timestamp() + 4).rem_euclid(60);
    let mut data = Data::new(&format!(
        "hours = \"daily 00:00-24:00\"\n[rules]\nrecipient_hours = \"daily 00:00-24:00\"\n\
         [notify]\nbackend = \"stdout\"\ndigest = \"{second} * * * * *\"\n",
    ));
    data.now = None;
    data.run(&["add", "Sara Lee"]);
    let three_days_ago = (chrono::Utc::now() - chrono::Duration::days(3)).to_rfc3339();
    let two_days_ago = (chrono::Utc::now() - chrono::Duration::days(2)).to_rfc3339();
    data.run(&["log", "sara", "--out", "--at", &three_days_ago]);
    data.run(&["log", "sara", "--in", "--at", &two_days_ago]);
    let mut d = data.daemon(&[]);
    // Within seconds, or a minute later when the daemon started late.
    assert!(
        eventually(secs(70), || d.lines().iter().any(|l| l["kind"] == "digest")),
        "no digest; stdout:\n{}\nlog:\n{}",
        d.stdout(),
        d.log()
    );
    d.stop("TERM");
    let lines = d.lines();
    let digest = lines
        .iter()
        .find(|l| l["kind"] == "digest")
        .cloned()
        .unwrap_or_default();
    assert_eq!(digest["contact_id"], Value::Null);
    assert_eq!(digest["summary"], "1 nudge today");
    assert!(
        digest["body"].as_str().is_some_and(|b| b.contains("Reply to Sara Lee")),
        "{digest}"
    );
    assert!(
        digest["body"]
            .as_str()
            .is_some_and(|b| b.ends_with("last 30 days: 1 of 1 message answered")),
        "{digest}"
    );
    assert_eq!(lines[0]["kind"], "reply", "the nudge itself came first: {lines:?}");
}

#[test]
#[ignore = "needs the desktop session that scripts/test starts"]
fn the_systemd_unit_verifies_clean() {
    if !on_path("systemd-analyze") {
        unavailable("the_systemd_unit_verifies_clean", "systemd-analyze is not installed");
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let unit = dir.path().join("tend.service");
    fs::write(&unit, tend::daemon::service::unit_text(Path::new(BIN))).unwrap_or_else(|e| panic!("{e}"));
    let run = dir.path().join("run");
    fs::create_dir(&run).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new("systemd-analyze")
        .args(["verify", "--user"])
        .arg(&unit)
        .env("XDG_RUNTIME_DIR", &run)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    // It prints typos as warnings and still exits 0: any output is a failure.
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.is_empty(), "{said}");
    let shipped = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd/tend.service"))
        .unwrap_or_else(|e| panic!("{e}"));
    for line in [
        "Type=notify",
        "PartOf=graphical-session.target",
        "WantedBy=graphical-session.target",
    ] {
        assert!(shipped.lines().any(|l| l == line), "{line}");
    }
}

#[test]
fn service_install_without_a_systemd_user_manager_writes_nothing() {
    // Only where there is no user manager: elsewhere it would really install.
    let reachable = Command::new("systemctl")
        .args(["--user", "show-environment"])
        .output()
        .is_ok_and(|o| o.status.success());
    if reachable {
        eprintln!("skipping service_install_without_a_systemd_user_manager: a user manager is running here");
        return;
    }
    let data = Data::new("");
    let out = data
        .tend()
        .args(["service", "install"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("error: systemd's user manager is not reachable") && err.contains("autostart"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!data.path("xdg-config/systemd/user/tend.service").exists());
}

#[test]
fn demo_without_a_desktop_prints_the_agenda_and_the_notification() {
    let data = Data::new("");
    let out = data.run(&["demo"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    for kind in ["reply Sara Lee", "first-follow-up", "check-in", "milestone"] {
        assert!(text.contains(kind), "no {kind} in:\n{text}");
    }
    assert!(
        !text.contains("Mei Chen"),
        "Mei was written to yesterday: no nudge\n{text}"
    );
    assert!(err.contains("No desktop notification"), "{err}");
    assert!(text.contains("It would say:\n\n  Reply to Sara Lee"), "{text}");
    assert!(!data.env.db().exists(), "the demo keeps no database");
}

#[test]
fn tells_systemd_when_it_is_ready_reloading_and_stopping() {
    use std::os::unix::net::UnixDatagram;
    let data = Data::new("[notify]\nbackend = \"stdout\"\n");
    let path = data.path("notify.sock");
    let sock = UnixDatagram::bind(&path).unwrap_or_else(|e| panic!("{e}"));
    sock.set_read_timeout(Some(secs(10))).unwrap_or_else(|e| panic!("{e}"));
    let recv = || {
        let mut buf = [0u8; 256];
        let n = sock
            .recv(&mut buf)
            .unwrap_or_else(|e| panic!("no message from the daemon: {e}"));
        String::from_utf8_lossy(&buf[..n]).trim().to_string()
    };
    let mut d = data.daemon_env(&[], &[("NOTIFY_SOCKET", &path)]);
    assert_eq!(recv(), "READY=1");
    signal(d.child.id(), "HUP");
    assert_eq!(recv(), "RELOADING=1");
    assert_eq!(recv(), "READY=1");
    d.stop("TERM");
    assert_eq!(recv(), "STOPPING=1");
}

// ---------------------------------------------------------------------------
// [sources]: what the daemon imports by itself.

/// A LinkedIn export as a browser saves it: written under a temporary name,
/// then renamed into place.
fn download_export(dir: &Path, name: &str) {
    let part = dir.join(format!("{name}.part"));
    support::linkedin_zip(&part);
    fs::rename(&part, dir.join(name)).unwrap_or_else(|e| panic!("{e}"));
}

fn imports(d: &Daemon) -> Vec<Value> {
    d.lines().into_iter().filter(|l| l["kind"] == "import").collect()
}

#[test]
fn a_linkedin_export_appearing_in_the_watched_folder_is_imported_once_and_announced() {
    let downloads_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let downloads = downloads_dir.path();
    // An old export already there when the folder is first watched stays as it is.
    support::linkedin_zip(&downloads.join("Basic_LinkedInDataExport_01-01-2024.zip"));
    let data = Data::new(&format!(
        "[notify]\nbackend = \"stdout\"\n[sources]\nlinkedin = \"{}\"\n",
        downloads.display()
    ));
    let mut d = data.daemon(&[]);
    d.wait_log("ready", secs(10));
    assert!(d.log().contains("1 already there left as they are"), "{}", d.log());
    assert!(data.env.contacts().is_empty());

    let written = Instant::now();
    download_export(downloads, "Basic_LinkedInDataExport_03-01-2025.zip");
    assert!(
        eventually(secs(10), || !imports(&d).is_empty()),
        "not announced within 10 s; log:\n{}",
        d.log()
    );
    eprintln!("imported and announced after {:?}", written.elapsed());
    let announced = imports(&d);
    assert_eq!(announced.len(), 1, "{announced:?}");
    assert_eq!(announced[0]["summary"], "LinkedIn export imported");
    assert_eq!(announced[0]["contact_id"], Value::Null);
    let body = announced[0]["body"].as_str().unwrap_or_default();
    assert!(
        body.contains("4 contacts added, 0 updated, 8 interactions added"),
        "{body}"
    );
    // One log line for the import.
    let log = d.log();
    let lines: Vec<&str> = log.lines().filter(|l| l.contains("linkedin: imported")).collect();
    assert_eq!(lines.len(), 1, "{log}");
    assert!(lines[0].contains("Basic_LinkedInDataExport_03-01-2025.zip"), "{log}");
    assert_eq!(support::names(&data.env.contacts()).len(), 4);

    // Files that are not exports, or not finished, are left alone.
    fs::write(
        downloads.join("Basic_LinkedInDataExport_04-01-2025.zip.crdownload"),
        b"PK",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    fs::write(downloads.join("holiday.zip"), b"PK").unwrap_or_else(|e| panic!("{e}"));
    std::thread::sleep(secs(2));
    assert_eq!(imports(&d).len(), 1, "{}", d.stdout());
    d.stop("TERM");

    // A restart imports nothing again, and `tend config` tells what was done.
    let before = data.env.snapshot();
    let mut again = data.daemon(&[]);
    again.wait_log("ready", secs(10));
    std::thread::sleep(secs(1));
    assert!(imports(&again).is_empty(), "{}", again.stdout());
    assert!(!again.log().contains("linkedin: imported"), "{}", again.log());
    again.stop("TERM");
    assert_eq!(before, data.env.snapshot());
    let config = data.json(&["config", "--json"]);
    let source = &config["sources"][0];
    assert_eq!(source["kind"], "linkedin", "{config}");
    assert_eq!(source["imports"], 1, "{config}");
    assert_eq!(source["contacts_added"], 4, "{config}");
    assert_eq!(source["interactions_added"], 8, "{config}");
    assert_eq!(source["last_import"], "2026-12-01T10:00:00+01:00", "{config}");
    assert_eq!(source["last_error"], Value::Null, "{config}");
}

#[test]
fn a_missing_source_is_a_warning_and_is_watched_for_until_it_appears() {
    let data = Data::new("");
    let downloads = data.path("Downloads");
    let mail = data.path("Mail/INBOX");
    data.env.config(&format!(
        "[user]\ntimezone = \"Europe/Paris\"\n[notify]\nbackend = \"stdout\"\n\
         [sources]\nmail = [\"{}\"]\nlinkedin = \"{}\"\n",
        mail.display(),
        downloads.display()
    ));
    let mut d = data.daemon(&[]);
    d.wait_log("ready", secs(10));
    let log = d.log();
    assert!(
        log.contains(&format!(
            "linkedin source '{}': does not exist (yet)",
            downloads.display()
        )),
        "{log}"
    );
    assert!(
        log.contains(&format!("mail source '{}': does not exist (yet)", mail.display())),
        "{log}"
    );
    assert!(log.contains("WARN"), "{log}");
    assert!(!log.contains("panicked"), "{log}");
    assert!(d.alive());

    // `tend config` shows the error while the daemon keeps running.
    let text = String::from_utf8_lossy(&data.run(&["config"]).stdout).into_owned();
    assert!(text.contains(&format!("linkedin  {}", downloads.display())), "{text}");
    assert!(text.contains("does not exist (yet)"), "{text}");

    // The folder appears, then an export in it: imported with no restart.
    fs::create_dir(&downloads).unwrap_or_else(|e| panic!("{e}"));
    d.wait_log(
        &format!("watching '{}' for new LinkedIn exports", downloads.display()),
        secs(10),
    );
    download_export(&downloads, "Complete_LinkedInDataExport_03-01-2025.zip");
    assert!(
        eventually(secs(10), || !imports(&d).is_empty()),
        "not imported within 10 s; log:\n{}",
        d.log()
    );
    assert!(d.alive());
    d.stop("TERM");
}

fn mail(id: &str, from: &str, to: &str, date: &str, subject: &str) -> String {
    format!("From: {from}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <{id}@example.org>\n\nHello.\n")
}

/// A message as a delivery agent leaves it: written into tmp/, renamed into new/.
fn deliver(maildir: &Path, name: &str, text: &str) -> PathBuf {
    let tmp = maildir.join("tmp").join(name);
    fs::write(&tmp, text).unwrap_or_else(|e| panic!("{e}"));
    let new = maildir.join("new").join(name);
    fs::rename(&tmp, &new).unwrap_or_else(|e| panic!("{e}"));
    new
}

fn log_count(d: &Daemon, needle: &str) -> usize {
    d.log().lines().filter(|l| l.contains(needle)).count()
}

/// `Mail/INBOX` as a Maildir (cur/, new/, tmp/).
fn maildir_inbox(data: &Data) -> PathBuf {
    let inbox = data.path("Mail/INBOX");
    for d in ["cur", "new", "tmp"] {
        fs::create_dir_all(inbox.join(d)).unwrap_or_else(|e| panic!("{e}"));
    }
    inbox
}

/// Alex Doe in Paris, the stdout backend, and `mail` as the mail sources.
fn mail_config(data: &Data, mail: &[&Path]) {
    let sources: Vec<String> = mail.iter().map(|p| format!("\"{}\"", p.display())).collect();
    data.env.config(&format!(
        "[user]\ntimezone = \"Europe/Paris\"\nname = \"Alex Doe\"\nemails = [\"alex@example.org\"]\n\
         [notify]\nbackend = \"stdout\"\n[sources]\nmail = [{}]\n",
        sources.join(", ")
    ));
}

/// Sara, with her e-mail address, wrote yesterday.
fn sara_wrote_yesterday(data: &Data) {
    data.run(&["add", "Sara Lee", "--email", "sara@northwind.example"]);
    data.run(&["log", "sara", "--in", "--at", YESTERDAY, "--note", "Loved the talk"]);
}

/// Alex's e-mail answer to Sara this morning, delivered into `inbox`.
fn answer_sara_by_mail(inbox: &Path) {
    deliver(
        inbox,
        "1764576000.M1P1.host",
        &mail(
            "r1",
            "Alex Doe <alex@example.org>",
            "Sara Lee <sara@northwind.example>",
            "Tue, 01 Dec 2026 09:30:00 +0100",
            "Re: Loved the talk",
        ),
    );
}

/// Sara's timeline as "direction channel note".
fn sara_timeline(data: &Data) -> Vec<String> {
    support::timeline(&data.env.contact("sara"))
        .into_iter()
        .map(|(_, dir, ch, note)| format!("{dir} {ch} {note}"))
        .collect()
}

#[test]
fn mail_arriving_in_a_watched_maildir_or_mbox_is_logged_within_10_s_and_read_once() {
    let data = Data::new("");
    let inbox = maildir_inbox(&data);
    let mbox = data.path("takeout.mbox");
    mail_config(&data, &[&data.path("Mail"), &mbox]);
    sara_wrote_yesterday(&data);
    // Answered by e-mail this morning, while the daemon was not running: the
    // reply nudge is moot before it is ever shown.
    answer_sara_by_mail(&inbox);
    fs::write(
        &mbox,
        format!(
            "From alex@example.org Mon Nov 30 08:00:00 2026\n{}",
            mail(
                "m1",
                "Alex Doe <alex@example.org>",
                "sara@northwind.example",
                "Mon, 30 Nov 2026 08:00:00 +0100",
                "Slides"
            )
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut d = data.daemon(&[]);
    d.wait_log("ready", secs(20));
    std::thread::sleep(secs(1));
    assert!(!d.stdout().contains("Reply to Sara Lee"), "{}", d.stdout());
    let maildir_line = format!(
        "mail: Imported from '{}' (1 file): 1 e-mail added from 1 message.",
        data.path("Mail").display()
    );
    let mbox_line = format!("mail: Imported from '{}' (from byte 0): 1 e-mail added", mbox.display());
    assert_eq!(log_count(&d, &maildir_line), 1, "{}", d.log());
    assert_eq!(log_count(&d, &mbox_line), 1, "{}", d.log());

    // A new message arrives: logged within 10 s, one line.
    let arrived = Instant::now();
    let new = deliver(
        &inbox,
        "1764579600.M2P1.host",
        &mail(
            "i2",
            "Sara Lee <sara@northwind.example>",
            "alex@example.org",
            "Tue, 01 Dec 2026 10:00:00 +0100",
            "Coffee next week?",
        ),
    );
    assert!(
        eventually(secs(10), || log_count(&d, &maildir_line) == 2),
        "not logged within 10 s:\n{}",
        d.log()
    );
    eprintln!("logged after {:?}", arrived.elapsed());
    // The mail client sees it (new/ → cur/ with a flag): not read again.
    fs::rename(&new, inbox.join("cur/1764579600.M2P1.host:2,S")).unwrap_or_else(|e| panic!("{e}"));
    // The mbox grows.
    let mut text = fs::read_to_string(&mbox).unwrap_or_default();
    text += &format!(
        "\nFrom sara@northwind.example Tue Dec 01 08:00:00 2026\n{}",
        mail(
            "m2",
            "sara@northwind.example",
            "Alex Doe <alex@example.org>",
            "Tue, 01 Dec 2026 08:00:00 +0100",
            "Re: Slides"
        )
    );
    fs::write(&mbox, text).unwrap_or_else(|e| panic!("{e}"));
    assert!(eventually(secs(10), || log_count(&d, &mbox_line) == 2), "{}", d.log());
    std::thread::sleep(secs(2));
    assert_eq!(log_count(&d, &maildir_line), 2, "{}", d.log());
    assert_eq!(log_count(&d, "mail: "), 4, "one line per import: {}", d.log());
    d.stop("TERM");
    assert_eq!(
        sara_timeline(&data),
        [
            "out email Slides",
            "in message Loved the talk",
            "in email Re: Slides",
            "out email Re: Loved the talk",
            "in email Coffee next week?",
        ]
    );

    // A restart reads nothing again.
    let before = data.env.snapshot();
    let mut again = data.daemon(&[]);
    again.wait_log("ready", secs(10));
    std::thread::sleep(secs(1));
    again.stop("TERM");
    assert!(!again.log().contains("mail:"), "{}", again.log());
    assert_eq!(before, data.env.snapshot());
    let config = data.json(&["config", "--json"]);
    assert_eq!(config["sources"][0]["interactions_added"], 2, "{config}");
    assert_eq!(config["sources"][1]["interactions_added"], 2, "{config}");
}

/// A watched mail folder that is a symbolic link, re-pointed to another
/// Maildir tree while the daemon runs (`ln -sfn`): the change is noticed and
/// logged, and mail arriving where the link now leads is read within 10 s,
/// not missed until a restart.
#[test]
fn a_watched_mail_link_re_pointed_is_followed_and_logged() {
    let data = Data::new("");
    maildir_inbox(&data);
    let other = data.path("Mail2/INBOX");
    for d in ["cur", "new", "tmp"] {
        fs::create_dir_all(other.join(d)).unwrap_or_else(|e| panic!("{e}"));
    }
    let link = data.path("Current");
    std::os::unix::fs::symlink(data.path("Mail"), &link).unwrap_or_else(|e| panic!("{e}"));
    mail_config(&data, &[&link]);
    sara_wrote_yesterday(&data);
    let mut d = data.daemon(&[]);
    d.wait_log("ready", secs(20));

    let next = data.path("Current.next");
    std::os::unix::fs::symlink(data.path("Mail2"), &next).unwrap_or_else(|e| panic!("{e}"));
    fs::rename(&next, &link).unwrap_or_else(|e| panic!("{e}"));
    let followed = format!(
        "mail source '{}' now leads to '{}'",
        link.display(),
        fs::canonicalize(data.path("Mail2"))
            .unwrap_or_else(|e| panic!("{e}"))
            .display()
    );
    assert!(
        eventually(secs(10), || log_count(&d, &followed) == 1),
        "not logged:\n{}",
        d.log()
    );
    deliver(
        &other,
        "1764579600.M2P1.host",
        &mail(
            "i2",
            "Sara Lee <sara@northwind.example>",
            "alex@example.org",
            "Tue, 01 Dec 2026 10:00:00 +0100",
            "Coffee next week?",
        ),
    );
    let imported = format!(
        "mail: Imported from '{}' (1 file): 1 e-mail added from 1 message.",
        link.display()
    );
    assert!(
        eventually(secs(10), || log_count(&d, &imported) == 1),
        "not read within 10 s:\n{}",
        d.log()
    );
    d.stop("TERM");
    assert_eq!(
        sara_timeline(&data),
        ["in message Loved the talk", "in email Coffee next week?"]
    );
    let config = data.json(&["config", "--json"]);
    assert_eq!(config["sources"][0]["interactions_added"], 1, "{config}");
    assert_eq!(config["sources"][0]["last_error"], Value::Null, "{config}");
}

fn ics(events: &[(&str, &str, &str)]) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tend tests//EN\r\n");
    for (uid, start, summary) in events {
        text += &format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\n\
             SUMMARY:{summary}\r\nORGANIZER:mailto:alex@example.org\r\n\
             ATTENDEE;CN=Sara Lee:mailto:sara@northwind.example\r\nEND:VEVENT\r\n"
        );
    }
    text + "END:VCALENDAR\r\n"
}

#[test]
fn a_calendar_file_that_changes_in_a_watched_vdir_is_imported_within_10_s() {
    let data = Data::new("");
    let vdir = data.path("calendars/work");
    fs::create_dir_all(&vdir).unwrap_or_else(|e| panic!("{e}"));
    data.env.config(&format!(
        "[user]\ntimezone = \"Europe/Paris\"\nemails = [\"alex@example.org\"]\n\
         [notify]\nbackend = \"stdout\"\n[sources]\ncalendar = [\"{}\"]\n",
        data.path("calendars").display()
    ));
    data.run(&["add", "Sara Lee", "--email", "sara@northwind.example"]);
    let a = vdir.join("a.ics");
    fs::write(&a, ics(&[("coffee@example.org", "20261120T140000Z", "Coffee")])).unwrap_or_else(|e| panic!("{e}"));
    let mut d = data.daemon(&[]);
    d.wait_log("ready", secs(10));
    let first = format!("calendar: Imported from '{}': 1 meeting added", a.display());
    assert_eq!(log_count(&d, &first), 1, "{}", d.log());

    // A calendar tool writes a new file (through a temporary name) and changes one.
    let changed = Instant::now();
    let tmp = vdir.join(".b.ics.tmp");
    fs::write(&tmp, ics(&[("lunch@example.org", "20261125T113000Z", "Lunch")])).unwrap_or_else(|e| panic!("{e}"));
    fs::rename(&tmp, vdir.join("b.ics")).unwrap_or_else(|e| panic!("{e}"));
    fs::write(
        &a,
        ics(&[
            ("coffee@example.org", "20261120T140000Z", "Coffee"),
            ("walk@example.org", "20261127T090000Z", "Walk"),
        ]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        eventually(secs(10), || log_count(&d, "calendar: ") == 3),
        "not imported within 10 s:\n{}",
        d.log()
    );
    eprintln!("imported after {:?}", changed.elapsed());
    assert_eq!(log_count(&d, "b.ics': 1 meeting added"), 1, "{}", d.log());
    assert_eq!(
        log_count(&d, "a.ics': 1 meeting added, 1 already known"),
        1,
        "{}",
        d.log()
    );
    d.stop("TERM");
    let notes: Vec<String> = support::timeline(&data.env.contact("sara"))
        .into_iter()
        .map(|(_, _, ch, note)| format!("{ch} {note}"))
        .collect();
    assert_eq!(notes, ["meeting Coffee", "meeting Lunch", "meeting Walk"]);

    // A restart reads nothing again.
    let before = data.env.snapshot();
    let mut again = data.daemon(&[]);
    again.wait_log("ready", secs(10));
    again.stop("TERM");
    assert!(!again.log().contains("calendar:"), "{}", again.log());
    assert_eq!(before, data.env.snapshot());
}

#[test]
fn once_imports_the_sources_before_it_delivers() {
    let data = Data::new("");
    let inbox = maildir_inbox(&data);
    mail_config(&data, &[&data.path("Mail")]);
    sara_wrote_yesterday(&data);
    // Without the mail, her message is due a reply: --once delivers it.
    assert_eq!(data.agenda().len(), 1, "{:?}", data.agenda());

    // Answered by e-mail this morning; cron runs `tend daemon --once`.
    answer_sara_by_mail(&inbox);
    let out = data.run(&["daemon", "--once"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!stdout.contains("Reply to Sara Lee"), "{stdout}");
    assert_eq!(
        sara_timeline(&data),
        ["in message Loved the talk", "out email Re: Loved the talk"]
    );
    assert!(data.agenda().is_empty(), "{:?}", data.agenda());
}
