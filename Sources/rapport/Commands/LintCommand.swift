import ArgumentParser
import RapportCore

/// `rapport lint`: where a drafted sales message talks about the sender instead of the reader.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check a drafted sales message for customer focus, the ask, length and readability.",
    discussion: """
      Reads each FILE (or standard input for `-` or no file) and reports, sentence by \
      sentence, where the draft talks about you instead of the reader, with a 0–100 score \
      that shows its arithmetic (--explain).

      A first `Subject:` line is the subject; quoted replies (`>` lines, "On … wrote:"), \
      the signature (after `-- ` or a sign-off like "Best,"), merge tags ({{first_name}}, \
      %FNAME%, [Name]) and links are not counted as your words.

      Profiles (--profile), with the figures behind their bands:
        cold-email  25–50 words: Lavender found 67% more replies than at 125;
                    grade 3–5: Boomerang found 3rd grade best; subject 3–4
                    words (Boomerang), under 40 characters (phones cut it)
        follow-up   50–125 words: Boomerang (40M emails), replies above 50%
        linkedin    20–60 words, no subject line
        reply       10–125 words, no subject check
      `rapport rules RULE-ID` shows each rule's sources.

      Exit status: 0 no error-level finding and every score ≥ --fail-under; 1 otherwise; \
      2 usage, configuration or input error (missing file, directory, binary, too large).

      Silence a rule for the rest of a message with a line `rapport: ignore RULE-ID` \
      (or `<!-- rapport-disable RULE-ID -->`). Settings come from the nearest \
      .rapport.yml upward from here, else $XDG_CONFIG_HOME/rapport/config.yml.

      Examples:
        rapport lint draft.txt                      findings, then the score
        pbpaste | rapport lint                      lint the clipboard (macOS)
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
    let runner = try LintRunner(
      options: settings, environment: Terminal.environment, directory: LintRunner.currentDirectory())
    let inputs = files.isEmpty ? ["-"] : files
    return runner.run(inputs.map { LintRunner.Input(path: $0, text: nil) })
  }

  /// `rapport lint [FILE…]` without options, the common case, runs without the argument
  /// parser (whose reflection is a good part of a single lint's start-up). Nil otherwise.
  static func fastRun(_ arguments: [String]) -> Int32? {
    guard arguments == ["lint"] else { return nil }
    do { return try lint(presplitFiles, settings: LintSettings()) } catch {
      return ExitCodes.status(for: error, printing: true)
    }
  }
}

extension LintCommand {
  /// File arguments taken out before parsing (see `presplit`).
  nonisolated(unsafe) static var presplitFiles: [String] = []

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

  @Option(name: .long, help: "Output: text, line (one finding per line) or json.")
  var format: LintFormat = .text

  @Option(name: .long, help: ArgumentHelp("Exit 1 when a score is below N (0–100).", valueName: "N"))
  var failUnder: Int = 0

  @Flag(name: .long, help: "Show each part of the score: weight, formula and the words it counted.")
  var explain = false

  @Option(name: .customLong("self"), help: ArgumentHelp("A name that counts as you: company, product, sender (repeatable).", valueName: "name"))
  var selfNames: [String] = []

  @Option(name: .customLong("customer"), help: ArgumentHelp("A name that counts as the reader: prospect or their company (repeatable).", valueName: "name"))
  var customerNames: [String] = []

  @Option(name: .long, help: ArgumentHelp("Read settings from this file instead of searching for .rapport.yml.", valueName: "path"))
  var config: String?

  @Option(name: .long, help: ArgumentHelp("Refuse inputs larger than this many bytes.", valueName: "bytes"))
  var maxBytes: Int = LintInput.defaultMaximumBytes

  @Option(name: .long, help: "Colour: auto, always or never.")
  var color: ColorMode = .auto

  /// The parsed values as a plain value.
  var settings: LintSettings {
    LintSettings(
      profile: profile, format: format, failUnder: failUnder, explain: explain, selfNames: selfNames,
      customerNames: customerNames, config: config, maxBytes: maxBytes, color: color)
  }

  func validate() throws {
    if let profile, Profile.named(profile) == nil {
      throw ValidationError("Unknown profile '\(profile)'; use one of \(Profile.all.map(\.name).joined(separator: ", ")).")
    }
    if !(0...100).contains(failUnder) { throw ValidationError("--fail-under wants a score from 0 to 100.") }
    if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1.") }
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
