import ArgumentParser
import Foundation
import LineEditor
import RapportCore
import RapportResources

extension SessionMode: ExpressibleByArgument {}

/// A command that can run inside the shell with the shell's line reader.
protocol ShellAware {
  func run(in context: ShellContext) throws
}

/// What discovery commands share: paths, playbooks, the database, the reader.
enum DiscoverySetup {
  static var paths: Paths { Paths(environment: Terminal.environment) }

  /// The playbooks, with problems in user files printed as warnings.
  static func catalog(paths: Paths, warn: Bool = true, only: String? = nil) -> PlaybookCatalog {
    let catalog = PlaybookCatalog.load(bundled: bundledFiles(in: "prompts"), paths: paths, only: only)
    if warn {
      for line in PlaybookDiagnostic.summaries(catalog.diagnostics) {
        Terminal.printWarning("Skipped a playbook: \(line)" + (line.hasSuffix(".") ? "" : "."))
      }
    }
    return catalog
  }

  /// Why playbook `id` is missing when its own file is there but broken (the skipped-playbook
  /// note above names the first problem); nil when no file of that name was skipped.
  static func brokenFileError(for id: String, in catalog: PlaybookCatalog) -> RapportError? {
    guard let file = catalog.diagnostics.first(where: { PlaybookCatalog.expectedID(forFile: $0.file) == id })?.file
    else { return nil }
    return RapportError(
      "Playbook '\(Suggestion.echo(id))' was not loaded: its file has problems (above); "
        + "`rapport playbooks lint \(Suggestion.shellWord(file))` lists them all.")
  }

  /// The session database; `readOnly` for commands that only read it. A note about
  /// tightened permissions is shown once. The playbooks are loaded only if an older database
  /// needs its sessions' next steps read on upgrade.
  static func store(paths: Paths, readOnly: Bool = false) throws -> SessionStore {
    let store = try SessionStore(
      path: paths.databaseFile, readOnly: readOnly,
      playbooks: { id in catalog(paths: paths, warn: false, only: id).playbook(id: id) })
    if let note = store.permissionNote { Terminal.printWarning(note) }
    return store
  }

  /// A line editor when a person is at the terminal, else plain lines from stdin.
  static func reader(json: Bool) -> LineReader {
    if Terminal.isInteractive, !json, let editor = EditLineReader(historyPath: nil) { return editor }
    if json, Terminal.stdinIsTerminal {
      // With --json nothing is shown until the end: say what is being read, or it looks hung.
      Terminal.printWarning(
        "Reading answers from standard input, one a line, with no questions shown (--json); Ctrl-D ends them.")
    }
    return PlainLineReader()
  }

  static func style(for reader: LineReader, color: ColorMode) -> Style {
    reader.isInteractive ? Style(mode: color) : Style(mode: color == .always ? .always : .never)
  }

  /// Runs a session to its end or pause.
  static func run(
    record: SessionRecord, engine: DiscoveryEngine, store: SessionStore, reader: LineReader, style: Style,
    paths: Paths, json: Bool, isNew: Bool = false
  ) throws {
    let runner = DiscoveryRunner(
      reader: reader, style: style, store: store, record: record, engine: engine, paths: paths, json: json,
      isNew: isNew)
    let outcome: DiscoveryRunner.Outcome
    do {
      outcome = try runner.run()
    } catch {
      // A session that could not save even its first answer (a full disk) is not left behind
      // as an empty "open, 0 answers" entry.
      if SessionStore.explain(error) != nil, store.deleteIfEmpty(record.id),
        let explained = SessionStore.explain(error, path: paths.databaseFile, nothingSaved: true)
      {
        // Nothing is left to resume: the message must not promise saved answers.
        Terminal.flush()
        throw explained
      }
      Terminal.flush()
      throw error
    }
    Terminal.flush()
    // A script whose input held no answer at all fed rapport nothing: an input error, so
    // that the script does not read success (nothing was saved; the runner said so).
    if outcome == .discarded, !reader.isInteractive {
      throw RapportError(
        "Standard input held no answers (one answer a line), so no session was saved.")
    }
  }

  /// The playbook a stored session used, or an error saying it is gone.
  static func playbook(for record: SessionRecord, paths: Paths) throws -> Playbook {
    try playbookOrProblem(for: record, paths: paths).get()
  }

  /// The playbook a stored session used, or why it cannot be had: its file is gone, or
  /// there but broken (then the skipped-playbook note above names the first problem).
  static func playbookOrProblem(for record: SessionRecord, paths: Paths) -> Result<Playbook, RapportError> {
    let found = catalog(paths: paths, only: record.playbookID)
    if let playbook = found.playbook(id: record.playbookID) { return .success(playbook) }
    // Its file is there but broken: say so, not that it is gone.
    if let broken = brokenFileError(for: record.playbookID, in: found) { return .failure(broken) }
    return .failure(
      RapportError(
        "Session \(record.id) used the playbook '\(record.playbookID)', which is no longer installed. Put "
          + "\(record.playbookID).yaml back in \(paths.playbookDirectories.first ?? "your playbooks folder") "
          + "(or a folder in RAPPORT_PLAYBOOKS_PATH) to see its summary, or to resume, recap or export it."))
  }

  /// The session `id` (or the one id starting with it), or a "not found" error.
  static func session(_ id: String, in store: SessionStore) throws -> SessionRecord {
    if id.allSatisfy(\.isWhitespace) {
      throw RapportError("The session ID is empty; `rapport sessions` lists them.")
    }
    guard let record = try store.session(matching: id) else {
      throw RapportError("No session '\(Suggestion.echo(id))'. `rapport sessions` lists them.", status: .failure)
    }
    return record
  }

  /// A stored session, ready to show, export or resume.
  struct OpenedSession {
    let store: SessionStore
    let record: SessionRecord
    let engine: DiscoveryEngine

    /// The session as a Markdown/JSON export, notes included.
    func export() throws -> SessionExport {
      SessionExport(record: record, engine: engine, notes: try store.notes(of: record.id))
    }
  }

  /// Opens the session `id` (or a unique prefix) with its playbook and answers replayed.
  static func open(_ id: String, paths: Paths, readOnly: Bool = false) throws -> OpenedSession {
    let store = try store(paths: paths, readOnly: readOnly)
    let record = try session(id, in: store)
    let playbook = try playbook(for: record, paths: paths)
    return OpenedSession(store: store, record: record, engine: try engine(for: record, playbook: playbook, store: store))
  }

  /// The engine with a stored session's answers replayed.
  static func engine(for record: SessionRecord, playbook: Playbook, store: SessionStore) throws
    -> DiscoveryEngine
  {
    DiscoveryEngine.replay(
      try store.events(of: record.id), playbook: playbook, mode: record.mode, values: record.variables)
  }
}
