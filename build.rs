//! Links the `tend` binary as a position-dependent executable on Linux.
//!
//! chrono-tz's zone tables hold some 40,000 pointers. In a position-independent
//! executable the loader rewrites every one of them at each start, which
//! copies about 290 pages: 1.2 ms of a 2.6 ms `tend --version`, paid by every
//! command (measured with `perf stat`; see the README's choices). Without PIE
//! the tables stay read-only pages of the file. Libraries, heap and stack are
//! still placed at random; only the program image is at a fixed address.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
