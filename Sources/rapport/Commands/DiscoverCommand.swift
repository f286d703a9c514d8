import ArgumentParser
import Foundation
import LineEditor
import RapportCore

/// `rapport discover`: a why-discovery session, saved answer by answer.
struct DiscoverCommand: ParsableCommand, ShellAware {
  static let configuration = CommandConfiguration(
    commandName: "discover",
    abstract: "Walk through a discovery playbook and dig to the customer's real why.",
    discussion: """
      Each answer is saved the moment you press Enter. Type /help during a session for \
      the commands (/skip /back /enough /tag /note /why /quote /summary /pause).

      With standard input not a terminal, each line answers the next prompt; an empty \
      line skips; at the end of input the session is saved as paused (input with no \
      answer at all saves nothing and exits 2):

        rapport discover why --account Acme < answers.txt

      Examples:
        rapport discover                          the why playbook, debrief mode
        rapport discover spin --account Acme --contact Dana --mode prep
        rapport playbooks                         the playbooks you can use
      """)

  @Argument(
    help: "The playbook id (see `rapport playbooks`).",
    completion: .custom { _, _, _ in DiscoverySetup.catalog(paths: DiscoverySetup.paths, warn: false).ids })
  var playbook = "why"

  @Option(name: .long, help: "The account (customer company).")
  var account: String?

  @Option(name: .long, help: "Your contact at the account.")
  var contact: String?

  @Option(name: .long, help: "prep (before the call) or debrief (after it).")
  var mode: SessionMode = .debrief

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp("Fill a playbook blank, e.g. --set product=Pipeline.", valueName: "name=value"))
  var values: [String] = []

  @Flag(name: .long, help: "Print the transcript and summary as JSON instead of the prompts.")
  var json = false

  @Option(name: .long, help: "Colour: auto, always or never.")
  var color: ColorMode = .auto

  func validate() throws {
    for value in values where !value.contains("=") {
      throw ValidationError("--set wants name=value, like --set product=Pipeline.")
    }
  }

  func run() throws {
    let reader = DiscoverySetup.reader(json: json)
    try start(
      reader: reader, style: DiscoverySetup.style(for: reader, color: color), paths: DiscoverySetup.paths)
  }

  func run(in context: ShellContext) throws {
    try start(reader: context.reader, style: context.style, paths: context.paths)
  }

  private func start(reader: LineReader, style: Style, paths: Paths) throws {
    let found = DiscoverySetup.catalog(paths: paths, only: playbook)
    guard let chosen = found.playbook(id: playbook) else {
      if let broken = DiscoverySetup.brokenFileError(for: playbook, in: found) { throw broken }
      let catalog = DiscoverySetup.catalog(paths: paths, warn: false)
      let hint = Suggestion.hint(for: playbook, in: catalog.ids)
      // "rapport discover Acme" most likely meant the account.
      let quoted = Suggestion.shellWord(Suggestion.echo(playbook))
      throw RapportError(
        "No playbook '\(Suggestion.echo(playbook))'.\(hint) Playbooks: \(catalog.ids.joined(separator: ", "))."
          + (hint.isEmpty && account == nil
            ? " To name the account, use --account: `rapport discover --account \(quoted)`." : ""))
    }
    var filled = try chosen.fillBlanks(values)
    let store = try DiscoverySetup.store(paths: paths)
    if let account { filled["account"] = account }
    if let contact { filled["contact"] = contact }
    if reader.isInteractive, !askBlanks(chosen, into: &filled, reader: reader, store: store, style: style) {
      // Nothing was asked of the customer yet, so nothing is kept: say so.
      print(style.dim("No session started (nothing is saved before the first question)."))
      return
    }
    let accountName = filled["account"].flatMap { $0.isEmpty ? nil : $0 } ?? "unnamed"
    var generator = SystemRandomNumberGenerator()
    let record = SessionRecord(
      id: SessionID.make(using: &generator), account: accountName, contact: filled["contact"],
      playbookID: chosen.id,
      playbookTitle: chosen.title, mode: mode, variables: filled, createdAt: Date())
    do { try store.create(record) } catch {
      // Not even the session's header could be written: nothing to resume.
      throw SessionStore.explain(error, path: paths.databaseFile, nothingSaved: true) ?? error
    }
    let engine = DiscoveryEngine(playbook: chosen, mode: mode, values: filled)
    try DiscoverySetup.run(
      record: record, engine: engine, store: store, reader: reader, style: style, paths: paths, json: json,
      isNew: true)
    if accountName == "unnamed", filled["account"]?.isEmpty ?? true, !reader.isInteractive {
      // A script cannot be asked for the account: say where the session went, once it was
      // saved (input with no answer saves nothing and says so instead).
      Terminal.printWarning("No --account given: the session is saved under 'unnamed' (give --account NAME).")
    }
  }

  /// Asks for the account and each blank the playbook declares; Enter keeps the default.
  /// False when the person pressed Ctrl-C or Ctrl-D.
  private func askBlanks(
    _ playbook: Playbook, into filled: inout [String: String], reader: LineReader, store: SessionStore,
    style: Style
  ) -> Bool {
    var questions: [(name: String, ask: String, fallback: String)] = []
    if filled["account"] == nil { questions.append(("account", "Which account is this for?", "")) }
    for variable in playbook.variables where filled[variable.name] == nil && variable.name != "account" {
      questions.append(
        (variable.name, variable.ask, variable.defaultValue ?? PlaybookVariable.fallback(for: variable.name)))
    }
    let accounts = (try? store.accounts()) ?? []
    for question in questions {
      let hint = question.fallback.isEmpty ? "" : style.dim(" [\(question.fallback)]")
      // Account names may hold spaces; the editor completes the last word, so offer each
      // match from where that word starts.
      let completer: Completer = { line in
        guard question.name == "account" else { return [] }
        let word = line.split(separator: " ", omittingEmptySubsequences: false).last ?? ""
        return accounts.filter { $0.hasPrefix(line) }.map { String($0.dropFirst(line.count - word.count)) }
      }
      switch reader.readLine(prompt: question.ask + hint + " ", completer: completer) {
      case .line(let value):
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { filled[question.name] = trimmed }
      case .paste(let typed, let text):
        filled[question.name] = (typed + text).trimmingCharacters(in: .whitespacesAndNewlines)
      case .interrupted, .endOfInput:
        return false
      }
    }
    return true
  }
}
