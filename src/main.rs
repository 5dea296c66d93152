fn main() {
    std::process::exit(tend::cli::main());
}
