import ArgumentParser
import RapportCore
import RapportResources

/// `rapport quote`: a motivating quote, correctly attributed.
struct QuoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quote",
    abstract: "Print a motivating quote with its attribution.",
    discussion: """
      Quotes come from fortune-format files: the bundled topics, files in \
      $XDG_DATA_HOME/rapport/quotes, and folders listed in RAPPORT_QUOTES_PATH \
      (colon-separated). A file's name is its topic. Quotes shown recently (the last \
      \(QuotePicker.memory)) are not repeated. A doubtful attribution is shown as \
      "attributed to …" with the reason. A problem in your own quote files (a bad \
      entry, a missing folder) is told once, until the file changes; `--list` tells \
      them all every time.

      Examples:
        rapport quote                      a random quote
        rapport quote listening            a quote on listening
        rapport quote luck                 not a topic: a quote that mentions "luck"
        rapport quote --search customer    a quote mentioning "customer"
        rapport quote --search luck --all  every quote mentioning "luck"
        rapport quote --list               topics and how many quotes each has, and
                                           every problem found in your quote files
        rapport quote --daily              today's quote, the same all day

      Exit status 1 when no quote matches the topic, word or --search.
      """)

  @Argument(
    help: "Pick from this topic only (see --list); a word that is no topic is searched for instead.",
    completion: .custom { _, _, _ in QuoteCommand.topicNames() })
  var topic: String?

  @Option(name: [.short, .long], help: "Only quotes whose text or author contains this text (any case).")
  var search: String?

  @Flag(name: .long, help: "List the topics with how many quotes each holds, and every problem in your quote files.")
  var list = false

  @Flag(name: .long, help: "Only short quotes (at most --length characters).")
  var short = false

  @Flag(name: .long, help: "Only long quotes (more than --length characters).")
  var long = false

  // Unconditional parsing, so `--length -5` reaches the check below instead of reading as a
  // missing value.
  @Option(name: [.customShort("n"), .long], parsing: .unconditional, help: "The short/long boundary in characters.")
  var length = QuoteFilter.defaultLengthThreshold

  @Flag(name: .long, help: "Today's quote: the same all day, another tomorrow.")
  var daily = false

  @Option(name: .long, help: ArgumentHelp("The day for --daily, as YYYY-MM-DD (default: today).", valueName: "date"))
  var date: String?

  @Flag(name: .long, help: "Print every matching quote, separated by % lines.")
  var all = false

  @Flag(name: .long, help: "Print JSON.")
  var json = false

  // Unconditional parsing, so `--seed -1` reaches the check below instead of reading as a
  // missing value.
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Seed the random pick (a whole number, 0 or more) for a repeatable choice; skips the no-repeat memory.",
      valueName: "n"),
    transform: { text in
      guard let seed = UInt64(text) else {
        throw ValidationError("a seed is a whole number, 0 or more (e.g. --seed 7).")
      }
      return seed
    })
  var seed: UInt64?

  @Option(name: .long, help: "Colour: auto, always or never.")
  var color: ColorMode = .auto

  func validate() throws {
    if short && long { throw ValidationError("Choose one of --short and --long.") }
    if length < 1 { throw ValidationError("--length must be at least 1.") }
    // A script's unset variable (--search "$WORD") would otherwise match every quote.
    if let search, search.allSatisfy(\.isWhitespace) {
      throw ValidationError("--search is empty; give the words to find, e.g. --search customer.")
    }
    if daily && all { throw ValidationError("--daily picks one quote; drop --all to use it.") }
    if date != nil && !daily { throw ValidationError("--date goes with --daily.") }
    // Options that would otherwise be ignored without a word.
    if seed != nil && daily { throw ValidationError("--daily picks by the day and --seed by a number; use one.") }
    if seed != nil && all { throw ValidationError("--all prints every match; --seed picks one: use one.") }
    if list && (topic != nil || search != nil || short || long || all || daily) {
      throw ValidationError("--list shows every topic with its count; drop the other choices, or drop --list.")
    }
    if let date, DayNumber(isoDate: date) == nil {
      throw ValidationError("--date wants a day as YYYY-MM-DD, like 2026-11-23.")
    }
  }

  func run() throws {
    try QuoteRequest(
      topic: topic, search: search, list: list, short: short, long: long, length: length, daily: daily,
      date: date, all: all, json: json, seed: seed, color: color
    ).run()
  }

  /// `rapport quote` and `rapport quote TOPIC`, the common cases, run without the argument
  /// parser, whose reflection over every command costs more than the quote itself. Nil for
  /// anything else, which the parser handles with its usual help and messages.
  static func fastRun(_ arguments: [String]) -> Int32? {
    guard arguments.first == "quote", arguments.count <= 2,
      arguments.dropFirst().allSatisfy({ !$0.hasPrefix("-") && $0 != "help" && !$0.isEmpty })
    else { return nil }
    do {
      try QuoteRequest(topic: arguments.dropFirst().first).run()
      return 0
    } catch {
      return ExitCodes.status(for: error, printing: true)
    }
  }

  /// Topic names for shell completion scripts.
  static func topicNames() -> [String] {
    QuoteBook.load(bundled: bundledQuotes, paths: Paths(environment: Terminal.environment))
      .topics.map(\.name)
  }


}


/// What `rapport quote` was asked for, as plain values, and the work of answering it.
struct QuoteRequest {
  var topic: String?
  var search: String?
  var list = false
  var short = false
  var long = false
  var length = QuoteFilter.defaultLengthThreshold
  var daily = false
  var date: String?
  var all = false
  var json = false
  var seed: UInt64?
  var color: ColorMode = .auto

  func run() throws {
    let query = try QuoteQuery(
      topic: topic, search: search, length: short ? .short(maximum: length) : long ? .long(minimum: length) : .any)
    let paths = Paths(lookup: Terminal.variable)
    let book = QuoteBook.load(bundled: bundledQuotes, paths: paths)
    // A broken entry in the user's own files is told once per change of the file; --list
    // tells every one, every time.
    let warnings = list ? book.diagnostics : QuoteWarningMemory(path: paths.quoteWarningsFile).unseen(book.diagnostics)
    for diagnostic in warnings { Terminal.printWarning(diagnostic.description) }
    if !list, !warnings.isEmpty {
      Terminal.printWarning("(told once until the file changes; `rapport quote --list` shows these again)")
    }
    let output = QuoteOutput(style: Style(mode: color), json: json)

    if list {
      Terminal.write(output.topics(book.topics))
      return
    }
    let matches = try query.matches(in: book)
    if let note = matches.fallbackNote(all: all) { Terminal.printWarning(note) }
    let candidates = matches.quotes
    if all {
      show(output.quotes(candidates))
      return
    }
    let picker = QuotePicker()
    let chosen: Quote?
    if daily {
      let day = date.flatMap(DayNumber.init(isoDate:)) ?? DayNumber.today()
      chosen = picker.daily(from: candidates, day: day.value)
    } else if let seed {
      var generator = SeededGenerator(seed: seed)
      chosen = picker.pick(from: candidates, avoiding: [], using: &generator)
    } else {
      var generator = SystemRandomNumberGenerator()
      let picked = RecentQuotes(path: paths.recentQuotesFile).pick(from: candidates, using: &generator)
      chosen = picked.quote
      if let error = picked.notRemembered {
        Terminal.printWarning("Could not remember the quote shown (\(error)); it may come round again soon.")
      }
    }
    if let chosen { show(output.quote(chosen)) }
  }

  /// Quotes on a terminal break at spaces within its width (a long doubt note would
  /// otherwise be cut mid-word); JSON and pipes get each line whole.
  private func show(_ text: String) {
    Terminal.write(json ? text : Terminal.fitted(text))
  }
}
