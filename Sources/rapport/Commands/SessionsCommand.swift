import ArgumentParser
import Foundation
import LineEditor
import RapportCore

/// `rapport sessions`: list, show, resume, export, search and delete saved sessions.
struct SessionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sessions",
    abstract: "List, show, resume, export, recap, search or delete discovery sessions.",
    discussion: """
      Sessions live in $XDG_DATA_HOME/rapport/rapport.sqlite (default \
      ~/.local/share/rapport/rapport.sqlite). An ID may be shortened to any prefix that \
      names one session.

      Examples:
        rapport sessions --account Acme            Acme's sessions, newest first
        rapport sessions show k3f9                 the answers and the summary
        rapport sessions resume k3f9               carry on where you stopped
        rapport sessions export k3f9 --format md   a note to paste into your CRM
        rapport sessions export --format csv       one row per session, for your CRM
        rapport sessions recap k3f9                a recap email, scored by lint
        rapport sessions search renewal            every answer and note that says it

      Exit status 1 when nothing matches: an ID, --account NAME, or search words. An \
      empty list (no sessions yet) exits 0.
      """,
    subcommands: [
      SessionsList.self, SessionsShow.self, SessionsResume.self, SessionsExport.self, SessionsRecap.self,
      SessionsSearch.self, SessionsDelete.self,
    ],
    defaultSubcommand: SessionsList.self)
}

struct SessionsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List sessions, newest first, grouped by account.",
    discussion: "Exit status 0 (also when there are none yet); 1 when --account names no account with a session.")

  @Option(name: .long, help: "Only this account's sessions.")
  var account: String?

  @OptionGroup var output: ListingFormat
  var json: Bool { output.isJSON }

  func validate() throws {
    if let account, account.allSatisfy(\.isWhitespace) {
      throw ValidationError("--account is empty; give the account's name, or leave --account out to list them all.")
    }
  }

  func run() throws {
    let store = try DiscoverySetup.store(paths: DiscoverySetup.paths, readOnly: true)
    let records = try store.sessions(account: account)
    if json { print(JSON.render(records)) }
    // A filter that matches nothing is "nothing found" (exit 1), as for `sessions search`;
    // an empty list with no filter is not.
    if records.isEmpty, let account {
      let hint = Suggestion.hint(for: account, in: try store.accounts())
      throw RapportError(
        "No sessions for '\(Suggestion.echo(account))'.\(hint) `rapport sessions` lists every account.",
        status: .failure)
    }
    if json { return }
    guard !records.isEmpty else {
      print("No sessions yet. Start one with `rapport discover`.")
      return
    }
    let style = Style(mode: .auto)
    let counts = try store.answerCounts()
    for (name, sessions) in SessionRecord.byAccount(records) {
      print(style.bold(name))
      for record in sessions {
        let answers = (counts[record.id] ?? AnswerCount(questions: 0, followUps: 0)).described
        let contact = record.contact.map { " with \($0)" } ?? ""
        print(
          "  \(record.id)  \(Self.time(record.updatedAt))  \(record.playbookID.padding(toLength: 13, withPad: " ", startingAt: 0)) \(record.mode.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(record.status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(answers)\(contact)"
        )
      }
    }
  }

  private static let formatter: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter
  }()

  static func time(_ date: Date) -> String { formatter.string(from: date) }
}

struct SessionsShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a session's answers and summary.",
    discussion: """
      Example:
        rapport sessions show k3f9 --json    the session as JSON (rapport-session/2)

      A session whose playbook file is gone (or broken) is shown from what it saved: \
      each question as it was asked, its answer, and the notes, with a note on stderr \
      saying where to put the playbook back for the summary (exit 0; with --json, exit 2).

      Exit status 1 when no session matches the ID.
      """)

  @Argument(help: "The session ID (or a unique prefix).")
  var id: String

  @OptionGroup var output: ListingFormat
  var json: Bool { output.isJSON }

  func run() throws {
    let paths = DiscoverySetup.paths
    let store = try DiscoverySetup.store(paths: paths, readOnly: true)
    let record = try DiscoverySetup.session(id, in: store)
    let style = Style(mode: .auto)
    // On a terminal, lines break at spaces (at most 100 wide, as a session shows them),
    // never where the terminal would cut a word; a pipe gets them whole.
    let columns = Terminal.columns().map { min($0, 100) }
    func say(_ text: String) { print(TextWrap.fitting(text, columns: columns)) }
    let playbook: Playbook
    switch DiscoverySetup.playbookOrProblem(for: record, paths: paths) {
    case .success(let found): playbook = found
    case .failure(let problem) where !json:
      // What was said is the session's own: it is shown without the playbook, and the note
      // says what the playbook would add. Nothing failed, so the status is 0.
      let saved = SavedSessionText(style: style).lines(
        record: record, exchanges: try store.savedExchanges(of: record.id), notes: try store.notes(of: record.id))
      for line in saved { say(line) }
      Terminal.flush()
      Terminal.printWarning(
        problem.message + " Shown above: the questions and answers session \(record.id) saved, without its summary.")
      return
    case .failure(let problem): throw problem
    }
    let session = DiscoverySetup.OpenedSession(
      store: store, record: record, engine: try DiscoverySetup.engine(for: record, playbook: playbook, store: store))
    let (engine, export) = (session.engine, try session.export())
    if json {
      print(JSON.render(export))
      return
    }
    say(
      style.bold("\(record.playbookTitle) · \(record.account) · \(record.mode.rawValue)")
        + style.dim(" · session \(record.id) · \(record.status.rawValue)"))
    for entry in export.transcript {
      let indent = entry.kind == .probe ? "  " : ""
      say("\(indent)\(style.dim("[\(entry.progress)]")) \(entry.prompt)")
      say("\(indent)> \(entry.answer ?? style.dim("(skipped)"))")
    }
    for note in export.notes { say(style.dim(note.kind == .draft ? "unsent draft: " : "note: ") + note.text) }
    if let prompt = engine.current { say(style.dim("Next: [\(prompt.progress)] \(prompt.text)")) }
    say(SummaryText(style: style, notesProvider: session.store.notes(of:)).render(record: record, engine: engine))
  }
}

struct SessionsResume: ParsableCommand, ShellAware {
  static let configuration = CommandConfiguration(
    commandName: "resume", abstract: "Carry on with a paused (or interrupted) session.",
    discussion: """
      It starts at the first question not yet answered; what you were typing when Ctrl-C \
      paused it comes back on the line. A finished session shows its summary. With \
      standard input not a terminal, each line answers the next prompt, as in `discover`.

      Exit status 1 when no session matches the ID.
      """)

  @Argument(help: "The session ID (or a unique prefix).")
  var id: String

  @Flag(name: .long, help: "Print the transcript and summary as JSON instead of the prompts.")
  var json = false

  @Option(name: .long, help: "Colour: auto, always or never.")
  var color: ColorMode = .auto

  func run() throws {
    let reader = DiscoverySetup.reader(json: json)
    try resume(
      reader: reader, style: DiscoverySetup.style(for: reader, color: color), paths: DiscoverySetup.paths)
  }

  func run(in context: ShellContext) throws {
    try resume(reader: context.reader, style: context.style, paths: context.paths)
  }

  private func resume(reader: LineReader, style: Style, paths: Paths) throws {
    let session = try DiscoverySetup.open(id, paths: paths)
    try DiscoverySetup.run(
      record: session.record, engine: session.engine, store: session.store, reader: reader, style: style,
      paths: paths, json: json)
  }
}

struct SessionsExport: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable { case md, json, csv }

  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Print a session as a Markdown CRM note or JSON; all sessions as CSV.",
    discussion: """
      csv prints one row per session (every session, or the one given) with a header row, \
      RFC 4180 quoting: id, account, contact, playbook, mode, status, created, updated, why \
      (or the brief's first section for playbooks without one), questions, follow-ups, next \
      step, owner, date as said, and the due day (YYYY-MM-DD; a vague date's best guess). \
      A session whose playbook is no longer installed keeps its own fields and leaves the \
      rest empty (named on stderr; exit 2).

      Examples:
        rapport sessions export k3f9 > acme.md          a note for your CRM
        rapport sessions export --format csv > all.csv  every session, a row each

      Exit status 1 when no session matches the ID.
      """)

  @Argument(help: "The session ID (or a unique prefix); csv without an ID exports every session.")
  var id: String?

  @Option(
    name: .customLong("format"), help: "md (a note to paste into your CRM; the default), json, or csv (one row per session).")
  var chosen: Format?

  @Flag(name: .long, help: "The same as --format json, as the listing commands spell it.")
  var json = false

  var format: Format { chosen ?? (json ? .json : .md) }

  func validate() throws {
    if json, let chosen, chosen != .json {
      throw ValidationError.twoOutputs("--json", "--format \(chosen.rawValue)")
    }
  }

  func run() throws {
    let paths = DiscoverySetup.paths
    if format == .csv {
      let store = try DiscoverySetup.store(paths: paths, readOnly: true)
      let records = try id.map { [try DiscoverySetup.session($0, in: store)] } ?? store.sessions().reversed()
      var rows: [SessionCSV.Row] = []
      var unread = false
      for record in records {
        let playbook: Playbook
        do { playbook = try DiscoverySetup.playbook(for: record, paths: paths) } catch let error as RapportError
        where id == nil {
          // Every session still gets its row: what the session itself records, the rest
          // empty, and the reason on stderr (exit 2 at the end, as lint does).
          Terminal.printError(error.message)
          rows.append(SessionCSV.Row(record: record))
          unread = true
          continue
        }
        let engine = try DiscoverySetup.engine(for: record, playbook: playbook, store: store)
        rows.append(SessionCSV.Row(record: record, engine: engine))
      }
      print(SessionCSV.render(rows), terminator: "")
      if unread { throw ExitCode(ExitStatus.usage.rawValue) }
      return
    }
    guard let id else {
      throw RapportError("Give a session ID to export as \(format.rawValue) (`rapport sessions` lists them); only csv exports them all.")
    }
    let export = try DiscoverySetup.open(id, paths: paths, readOnly: true).export()
    switch format {
    case .md: print(export.markdown(), terminator: "")
    case .json: print(JSON.render(export))
    case .csv: break
    }
  }
}

struct SessionsSearch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Full-text search over every answer and note.",
    discussion:
      "Words match by stem and in any case (\"renewal\" finds \"renewals\"). Exit status 1 when nothing matches."
  )

  @Argument(help: "The words to find.")
  var words: [String]

  // Unconditional parsing, so `--limit -1` reaches the check in validate().
  @Option(name: .long, parsing: .unconditional, help: "Show at most this many matches, newest sessions first.")
  var limit = 50

  @OptionGroup var output: ListingFormat
  var json: Bool { output.isJSON }

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1 (it caps how many matches are shown).") }
    // An unset variable in a script ("$WORDS") is a mistake to say, not "nothing matches".
    if words.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
      throw ValidationError("No words to find; give some, e.g. `rapport sessions search renewal`.")
    }
  }

  func run() throws {
    let store = try DiscoverySetup.store(paths: DiscoverySetup.paths, readOnly: true)
    let hits = try store.search(words.joined(separator: " "), limit: limit)
    if json {
      print(JSON.render(hits))
    } else {
      let style = Style(mode: .auto)
      for hit in hits {
        print("\(hit.sessionID)  \(style.bold(hit.account))  \(style.dim(hit.kind))  \(hit.snippet)")
      }
      if hits.count >= limit, case let total = try store.searchCount(words.joined(separator: " ")),
        total > hits.count
      {
        print(style.dim("\(hits.count) of \(total) matches shown; --limit \(total) shows them all."))
      }
    }
    if hits.isEmpty {
      throw RapportError("Nothing matches '\(Suggestion.echo(words.joined(separator: " ")))'.", status: .failure)
    }
  }
}
