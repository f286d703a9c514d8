import ArgumentParser

/// `--json`, or `--format json` as `lint` and `sessions export` spell it: the listing
/// commands (sessions, sessions show/search, next, playbooks) take both, so a script written
/// with either spelling works on every one of them.
struct ListingFormat: ParsableArguments {
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Flag(name: .long, help: "Print JSON (the same as --format json).")
  var json = false

  @Option(name: .long, help: "text (the default) or json (the same as --json).")
  var format: Format?

  /// True when the output is to be JSON.
  var isJSON: Bool { json || format == .json }

  /// `--json --format text` asks for two outputs: a usage error, not a silent pick.
  func validate() throws {
    if json && format == .text {
      throw ValidationError.twoOutputs("--json", "--format text")
    }
  }
}

extension ValidationError {
  /// Two options that ask for different outputs: a usage error naming both.
  static func twoOutputs(_ first: String, _ second: String) -> ValidationError {
    ValidationError("\(first) and \(second) ask for two different outputs; give one of them.")
  }
}
