//! The one harness of the integration tests: the real binary on a private
//! temporary home with a pinned clock (also for the daemon on a private
//! session bus), fixtures, and a snapshot of the database read with SQLite
//! directly.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;
use tempfile::TempDir;

pub struct Env {
    pub dir: TempDir,
    pub now: String,
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join("import")
        .join(name)
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A home whose user lives in Paris, on Tuesday 1 December 2026 at 10:00
/// there: the usual setting of the CLI tests.
pub fn paris() -> Env {
    paris_at("2026-12-01T10:00:00+01:00")
}

/// A home whose user lives in Paris, at `now`.
pub fn paris_at(now: &str) -> Env {
    let env = Env::at(now);
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env
}

impl Env {
    /// A home whose user lives in Lisbon, at `now`.
    pub fn at(now: &str) -> Env {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let env = Env { dir, now: now.into() };
        env.config("[user]\ntimezone = \"Europe/Lisbon\"\n");
        env
    }

    pub fn new() -> Env {
        Env::at("2025-03-01T10:00:00Z")
    }

    pub fn config(&self, text: &str) {
        std::fs::write(self.dir.path().join("config.toml"), text).unwrap_or_else(|e| panic!("config: {e}"));
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("data").join("tend.db")
    }

    /// A path inside the temporary home.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("tend").unwrap_or_else(|e| panic!("binary: {e}"));
        self.set_env(c.env_clear());
        c
    }

    /// The same environment for a `std::process::Command` (a process the test kills).
    pub fn std_cmd(&self) -> std::process::Command {
        self.program(&assert_cmd::cargo::cargo_bin("tend"))
    }

    /// Another program (such as `script`, to give tend a terminal) in the
    /// same environment.
    pub fn program(&self, program: &Path) -> std::process::Command {
        let mut c = std::process::Command::new(program);
        c.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("TEND_DB", self.db())
            .env("TEND_CONFIG", self.dir.path().join("config.toml"))
            .env("TEND_NOW", &self.now)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        c
    }

    /// A process that talks to a desktop: the home's environment plus the
    /// session bus at `bus`, a private runtime folder, and the display (the
    /// clipboard and browser helpers of the daemon need it).
    pub fn desktop_cmd(&self, bus: &str) -> std::process::Command {
        let run = self.path("run");
        std::fs::create_dir_all(&run).unwrap_or_else(|e| panic!("{}: {e}", run.display()));
        let mut c = self.std_cmd();
        c.env("XDG_RUNTIME_DIR", run)
            .env("DBUS_SESSION_BUS_ADDRESS", bus)
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::null());
        if let Some(display) = std::env::var_os("DISPLAY") {
            c.env("DISPLAY", display);
        }
        c
    }

    fn set_env<'a>(&self, c: &'a mut Command) -> &'a mut Command {
        c.env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("TEND_DB", self.db())
            .env("TEND_CONFIG", self.dir.path().join("config.toml"))
            .env("TEND_NOW", &self.now)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
    }

    pub fn output(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap_or_else(|e| panic!("run: {e}"))
    }

    /// Runs a command that must succeed; returns (stdout, stderr).
    pub fn ok(&self, args: &[&str]) -> (String, String) {
        let out = self.output(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            out.status.success(),
            "tend {args:?} failed ({:?}): {stderr}",
            out.status.code()
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
    }

    /// Runs `tend ARGS` on a pseudo-terminal (util-linux `script`), typing
    /// `answer`; returns the exit status and all it printed.
    pub fn on_terminal(&self, args: &str, answer: &str) -> (Option<i32>, String) {
        use std::io::Write;
        let bin = assert_cmd::cargo::cargo_bin("tend");
        let mut child = self
            .program(Path::new("script"))
            .args(["-qec", &format!("'{}' {args}", bin.display()), "/dev/null"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("script: {e}"));
        child
            .stdin
            .take()
            .map(|mut s| s.write_all(answer.as_bytes()))
            .transpose()
            .unwrap_or_else(|e| panic!("{e}"));
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
        )
    }

    pub fn run(&self, args: &[&str]) -> String {
        self.ok(args).0
    }

    /// Logs a message with text: `tend log WHO DIRECTION --at AT --note NOTE`.
    pub fn log_note(&self, who: &str, direction: &str, at: &str, note: &str) -> String {
        self.run(&["log", who, direction, "--at", at, "--note", note])
    }

    /// The draft of the first nudge of `kind` in `tend agenda --json --days
    /// DAYS`, with the whole agenda to show when an assertion fails.
    pub fn agenda_draft(&self, kind: &str, days: &str) -> (String, Value) {
        let agenda = self.json(&["agenda", "--json", "--days", days]);
        let draft = agenda
            .as_array()
            .into_iter()
            .flatten()
            .find(|n| n["kind"] == kind)
            .and_then(|n| n["draft"].as_str())
            .map(str::to_string)
            .unwrap_or_default();
        (draft, agenda)
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let text = self.run(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("tend {args:?}: not JSON ({e}): {text}"))
    }

    /// Runs a command that must fail with `code` and leave the data as it
    /// was; its last stderr line is the one `error:` line. Returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let before = self.snapshot();
        let out = self.output(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "tend {args:?}: {stderr}");
        let last = stderr.trim_end().lines().last().unwrap_or_default();
        assert!(last.starts_with("error: "), "tend {args:?}: {stderr}");
        assert_eq!(stderr.matches("error:").count(), 1, "one error line: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            out.stdout.is_empty(),
            "nothing on stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(before, self.snapshot(), "tend {args:?} changed the database");
        stderr
    }

    /// Every row of every table, as text (empty when there is no database).
    pub fn snapshot(&self) -> String {
        snapshot(&self.db())
    }

    /// The contacts by name, from `tend list --json`.
    pub fn contacts(&self) -> Vec<Value> {
        match self.json(&["list", "--json"]) {
            Value::Array(items) => items,
            other => panic!("list --json: {other}"),
        }
    }

    pub fn contact(&self, name: &str) -> Value {
        self.json(&["show", name, "--json"])
    }
}

pub fn snapshot(db: &Path) -> String {
    if !db.exists() {
        return String::new();
    }
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("open {}: {e}", db.display()));
    assert_planning_copy_current(&conn);
    let mut out = String::new();
    for table in ["contacts", "contact_emails", "interactions", "events", "nudges"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .unwrap_or_else(|e| panic!("{table}: {e}"));
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap_or_else(|e| panic!("{table}: {e}"));
        while let Some(r) = rows.next().unwrap_or_else(|e| panic!("{table}: {e}")) {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap_or_else(|e| panic!("{e}"))))
                .collect();
            out.push_str(&format!("{table}: {}\n", cells.join(" | ")));
        }
    }
    out
}

/// The planner's narrow copy of the contacts (`plan_rows`, kept by
/// triggers) holds exactly what its definition (`plan_source`) gives.
pub fn assert_planning_copy_current(conn: &rusqlite::Connection) {
    let has_copy: bool = conn
        .query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'plan_rows'", [], |r| {
            r.get(0)
        })
        .unwrap_or_else(|e| panic!("{e}"));
    if !has_copy {
        return;
    }
    for (a, b) in [("plan_source", "plan_rows"), ("plan_rows", "plan_source")] {
        let stray: Vec<i64> = conn
            .prepare(&format!("SELECT id FROM (SELECT * FROM {a} EXCEPT SELECT * FROM {b})"))
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(stray.is_empty(), "contacts {stray:?} are in {a} but not in {b}");
    }
}

/// The `(at, direction, channel, note)` of a contact's interactions, oldest first.
pub fn timeline(contact: &Value) -> Vec<(String, String, String, String)> {
    contact["interactions"]
        .as_array()
        .unwrap_or_else(|| panic!("no interactions in {contact}"))
        .iter()
        .map(|i| {
            let s = |k: &str| i[k].as_str().unwrap_or_default().to_string();
            (s("at"), s("direction"), s("channel"), s("note"))
        })
        .collect()
}

pub fn names(contacts: &[Value]) -> Vec<String> {
    contacts
        .iter()
        .map(|c| c["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Copies fixture files into a new folder of the home, under new names.
pub fn folder(env: &Env, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.path(name);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("mkdir: {e}"));
    for (from, to) in files {
        std::fs::copy(fixture(from), dir.join(to)).unwrap_or_else(|e| panic!("copy {from}: {e}"));
    }
    dir
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().unwrap_or_else(|| panic!("not UTF-8: {}", p.display()))
}

/// LinkedIn's export as a zip at `dest` (the linkedin-2025 fixture, in a
/// folder named like the zip, as LinkedIn packs it).
pub fn linkedin_zip(dest: &Path) {
    use std::io::Write;
    let stem = dest
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("Basic_LinkedInDataExport");
    let file = std::fs::File::create(dest).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for name in ["Connections.csv", "messages.csv", "Invitations.csv", "Profile.csv"] {
        zip.start_file(format!("{stem}/{name}"), options)
            .unwrap_or_else(|e| panic!("{e}"));
        let bytes = std::fs::read(fixture("linkedin-2025").join(name)).unwrap_or_else(|e| panic!("{e}"));
        zip.write_all(&bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    zip.finish().unwrap_or_else(|e| panic!("{e}"));
}
