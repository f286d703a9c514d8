import ArgumentParser
import RapportCore

/// `rapport lint`: where a drafted sales message talks about the sender instead of the reader.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check a sales draft for customer focus, the ask, length and readability.",
    // Every line of the help fits in 78 columns: ArgumentParser re-wraps longer ones,
    // which breaks the profile table in an 80-column terminal.
    usage: """
      rapport lint [--profile <profile>] [--format <format>]
                   [--fail-under <N>] [--explain] [--self <name> ...]
                   [--customer <name> ...] [--config <path>]
                   [--max-bytes <size>] [--color <color>] [<file> ...]
      """,
    discussion: """
      Reads each FILE (standard input for `-` or no file) and shows, sentence by
      sentence, where the draft talks about you instead of the reader, with a
      0–100 score that shows its arithmetic (--explain).

      A first `Subject:` line is the subject. Quoted replies (`>` lines, "On …
      wrote:"), the signature (after `-- ` or a sign-off like "Best,"), merge tags
      ({{first_name}}, %FNAME%, [Name]) and links are not counted as your words.

      Profiles (--profile): the ideal length, where length warns, reading grade.
        cold-email  25–50 words, warns past 125, grade 3–5, subject checked.
                    Lavender: 25–50 words got 67% more replies than 125.
                    Boomerang (40M emails): replies fall past 125 words; 3rd
                    grade did best (53% replies vs 39% at college level).
        follow-up   50–125 words, warns past 200, grade 3–6, subject checked.
                    Boomerang: 50–125 words got replies above 50%.
        linkedin    20–60 words, warns past 100, grade 3–5, no subject.
        reply       10–125 words, warns past 250, grade 3–7, no subject check.

      Subject: 3–4 words did best (Boomerang); over 40 characters warns (phones
      cut at about 30–40). The ask: interest questions got 12% replies vs 7% for
      meeting requests (Gong, as reported by Gangly). `rapport rules RULE-ID`
      shows each rule's sources.

      Exit status: 0 when no finding is an error and every score is at least
      --fail-under; 1 otherwise; 2 usage, configuration or input error (missing
      file, directory, binary, over --max-bytes). Never a count.

      Silence a rule for the rest of a message with a line
      `rapport: ignore RULE-ID` (in Markdown `<!-- rapport-disable RULE-ID -->`).
      Settings come from the nearest .rapport.yml upward from here, else
      $XDG_CONFIG_HOME/rapport/config.yml, or the file given with --config.

      Examples:
        rapport lint draft.txt                      findings, then the score
        xclip -o -sel clip | rapport lint           the clipboard (pbpaste on macOS)
        rapport lint --explain draft.txt            how the score was computed
        rapport lint --self Acme --customer Globex draft.txt
        rapport lint --format json drafts/*.md      JSON, schema_version 1
        rapport lint --fail-under 70 draft.txt      exit 1 below 70
        rapport rules                               every rule, with its id
      """)

  @OptionGroup var options: LintOptions

  @Argument(help: ArgumentHelp("Files to lint; `-` or none reads standard input.", valueName: "file"))
  var files: [String] = []

  func validate() throws { try options.validate() }

  func run() throws {
    let status = try Self.lint(files + Self.presplitFiles, settings: options.settings)
    if status != 0 { throw ExitCode(status) }
  }

  static func lint(_ files: [String], settings: LintSettings) throws -> Int32 {
    // A second `-` would find standard input already read and lint nothing as an empty draft.
    if files.filter({ $0 == "-" }).count > 1 {
      throw RapportError("`-` (standard input) is given more than once; it can be read only once.")
    }
    let runner = try LintRunner(
      options: settings, environment: Terminal.environment, directory: LintRunner.currentDirectory())
    let inputs = files.isEmpty ? ["-"] : files
    return runner.run(inputs.map { LintRunner.Input(path: $0, text: nil) })
  }

  /// `rapport lint [FILE…]`, with at most `--format FORMAT`, the common cases, run without
  /// the argument parser (whose reflection is a good part of a single lint's start-up: 1 ms of
  /// `--format json` on one file). Nil otherwise, for the parser to handle.
  static func fastRun(_ arguments: [String]) -> Int32? {
    var settings = LintSettings()
    switch arguments.count {
    case 1 where arguments == ["lint"]: break
    case 3 where arguments[0] == "lint" && arguments[1] == "--format":
      guard let format = LintFormat(rawValue: arguments[2]) else { return nil }
      settings.format = format
    default: return nil
    }
    do { return try lint(presplitFiles, settings: settings) } catch {
      return ExitCodes.status(for: error, printing: true)
    }
  }
}

extension LintCommand {
  /// File arguments taken out before parsing (see `presplit`).
  nonisolated(unsafe) static var presplitFiles: [String] = []

  /// A word that reads as an option but names no option of lint's and is a file here
  /// ("-draft.txt"): `checkDashFile` says how to lint it.
  nonisolated(unsafe) static var dashFile: String?

  private static func isFileNotOption(_ word: String) -> Bool {
    let name = String(word.prefix { $0 != "=" })
    let flags: Set<String> = ["--explain", "--json", "-h", "--help", "--version"]
    guard !valueOptions.contains(name), !flags.contains(name) else { return false }
    return FileSystem.kind(of: word) != .missing
  }

  /// Says how to lint a file whose name starts with `-`; the parser would call it an unknown option.
  static func checkDashFile() throws {
    guard let word = dashFile else { return }
    let echoed = Suggestion.echo(word)
    throw RapportError(
      "'\(echoed)' reads as an option, but it is a file here; to lint it, write `rapport lint -- \(echoed)` "
        + "(or ./\(echoed)).")
  }

  private static let valueOptions: Set<String> = [
    "--profile", "--format", "--fail-under", "--self", "--customer", "--config", "--max-bytes", "--color",
  ]

  /// `rapport lint …` parsed as its own root, which skips walking every other subcommand
  /// (a good part of a single lint's start-up). Nil for anything else, for help and on any
  /// error, so the full parse produces the usual messages.
  static func fastParse(_ arguments: [String]) -> ParsableCommand? {
    guard arguments.first == "lint",
      !arguments.contains(where: { $0 == "-h" || $0 == "--help" || $0 == "help" || $0.hasPrefix("--generate") })
    else { return nil }
    return try? LintCommand.parseAsRoot(Array(arguments.dropFirst()))
  }

  /// For `rapport lint FILE…`, moves the file arguments aside so the argument parser sees
  /// only options: it handles thousands of positional values in quadratic time, and
  /// linting a folder of drafts in one process is the fast path.
  static func presplit(_ arguments: [String]) -> [String] {
    guard arguments.first == "lint", arguments.count > 1 else { return arguments }
    var kept = ["lint"]
    var index = 1
    var onlyFiles = false
    while index < arguments.count {
      let word = arguments[index]
      if onlyFiles || word == "-" || !word.hasPrefix("-") {
        presplitFiles.append(word)
      } else if word == "--" {
        onlyFiles = true
      } else {
        if dashFile == nil, isFileNotOption(word) { dashFile = word }
        kept.append(word)
        if valueOptions.contains(word), index + 1 < arguments.count {
          index += 1
          kept.append(arguments[index])
        }
      }
      index += 1
    }
    return kept
  }
}

/// The options `rapport lint` and the shell's `lint` share.
struct LintOptions: ParsableArguments {
  @Option(name: .long, help: "cold-email, follow-up, linkedin or reply (default: cold-email, or the config's).")
  var profile: String?

  @Option(name: .long, help: "Output: text (the default), line (one finding per line) or json.")
  var format: LintFormat?

  @Flag(name: .long, help: "The same as --format json, as the listing commands spell it.")
  var json = false

  /// The output asked for: --format, else --json, else text.
  var chosenFormat: LintFormat { format ?? (json ? .json : .text) }

  // Unconditional parsing, so `--fail-under -5` reaches the range check instead of reading as
  // a missing value.
  @Option(
    name: .long, parsing: .unconditional, help: ArgumentHelp("Exit 1 when a score is below N (0–100).", valueName: "N"))
  var failUnder: Int = 0

  @Flag(name: .long, help: "Show each part of the score: weight, formula and the words it counted.")
  var explain = false

  @Option(name: .customLong("self"), help: ArgumentHelp("A name that counts as you: company, product, sender (repeatable).", valueName: "name"))
  var selfNames: [String] = []

  @Option(name: .customLong("customer"), help: ArgumentHelp("A name that counts as the reader: prospect or their company (repeatable).", valueName: "name"))
  var customerNames: [String] = []

  @Option(name: .long, help: ArgumentHelp("Use this settings file instead of .rapport.yml.", valueName: "path"))
  var config: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Refuse inputs larger than this: bytes, or with K, M or G (512K, 5M; default 1M).", valueName: "size"),
    transform: { text in
      guard let bytes = ByteSize.parse(text) else {
        throw ValidationError("--max-bytes wants a size: a number of bytes, or one with K, M or G (512K, 5M, 2G).")
      }
      return bytes
    })
  var maxBytes: Int = LintInput.defaultMaximumBytes

  @Option(name: .long, help: "auto colours a terminal unless NO_COLOR is set.")
  var color: ColorMode = .auto

  /// The parsed values as a plain value.
  var settings: LintSettings {
    LintSettings(
      profile: profile, format: chosenFormat, failUnder: failUnder, explain: explain, selfNames: selfNames,
      customerNames: customerNames, config: config, maxBytes: maxBytes, color: color)
  }

  func validate() throws {
    if let profile, Profile.named(profile) == nil {
      let names = Profile.all.map(\.name)
      throw ValidationError(
        "Unknown profile '\(Suggestion.echo(profile))'.\(Suggestion.hint(for: profile, in: names)) Profiles: "
          + "\(names.joined(separator: ", ")).")
    }
    if !(0...100).contains(failUnder) { throw ValidationError("--fail-under wants a score from 0 to 100.") }
    if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1.") }
    if json, let format, format != .json {
      throw ValidationError.twoOutputs("--json", "--format \(format.rawValue)")
    }
    if explain && chosenFormat == .line {
      throw ValidationError(
        "--explain shows the score's arithmetic in the text and json formats; --format line prints one finding per line and nothing else. Drop one of them.")
    }
  }
}

/// What a lint run was asked for, with the defaults of `rapport lint`.
struct LintSettings {
  var profile: String?
  var format: LintFormat = .text
  var failUnder = 0
  var explain = false
  var selfNames: [String] = []
  var customerNames: [String] = []
  var config: String?
  var maxBytes = LintInput.defaultMaximumBytes
  var color: ColorMode = .auto
}

/// How `rapport lint` prints its findings.
enum LintFormat: String, ExpressibleByArgument, CaseIterable {
  case text, line, json
}
