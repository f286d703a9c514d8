import Foundation
import LineEditor
import RapportCore
import RapportResources

/// Reads lines for a `DiscoverySession` and renders what it returns. The session (in the
/// core) decides, saves and replays; this only talks to the terminal.
final class DiscoveryRunner {
  enum Outcome { case completed, paused, discarded }

  let reader: LineReader
  let style: Style
  let session: DiscoverySession
  let paths: Paths
  /// Print only the final JSON (no prompts) on stdout.
  let json: Bool
  /// True when the session was created for this run (not resumed): ended before any
  /// answer, it is not kept.
  let isNew: Bool

  init(
    reader: LineReader, style: Style, store: SessionStore, record: SessionRecord, engine: DiscoveryEngine,
    paths: Paths, json: Bool, isNew: Bool = false, now: @escaping @Sendable () -> Date = Date.init
  ) {
    self.reader = reader
    self.style = style
    self.session = DiscoverySession(
      store: store, record: record, engine: engine, interactive: reader.isInteractive, now: now)
    self.paths = paths
    self.json = json
    self.isNew = isNew
  }

  /// Talks to the person until the session is complete, paused, or input ends.
  func run() throws -> Outcome {
    var step = try session.start()
    while true {
      render(step.show)
      if let text = step.prefill { reader.prefill(text) }
      switch step.state {
      case .complete: return .completed
      case .paused: return .paused
      case .discarded: return .discarded
      case .asking: break
      }
      step = try next()
    }
  }

  /// The session's answer to the next thing the person does.
  private func next() throws -> DiscoverySession.Step {
    while true {
      Terminal.flush()
      switch reader.readLine(
        prompt: style.cyan(session.marker),
        completer: { line in line.hasPrefix("/") ? MetaCommand.table.map { "/" + $0.name } : [] })
      {
      case .line(let line):
        return try session.handle(line)
      case .paste(let typed, let text):
        return try session.handle(typed.isEmpty ? text : typed + "\n" + text)
      case .endOfInput:
        return try session.endOfInput(isNew: isNew)
      case .interrupted:
        guard reader.isInteractive else { return try session.pause() }
        let draft = reader.interruptedText
        if confirmPause() { return try session.pause(draft: draft) }
        // Carry on: what was typed comes back on the line.
        if let draft, !draft.trimmingCharacters(in: .whitespaces).isEmpty { reader.prefill(draft) }
        render(session.currentPrompt())
      }
    }
  }

  private func confirmPause() -> Bool {
    switch reader.readLine(prompt: "Pause this session? [Y/n] ") {
    case .line(let answer): return !answer.lowercased().hasPrefix("n")
    case .paste: return false
    case .interrupted, .endOfInput: return true
    }
  }

  private func render(_ outputs: [SessionOutput]) {
    for output in outputs {
      switch output {
      case .title(let title, let id):
        say(style.bold(title) + style.dim(" · session \(id)"))
      case .stage(let title, let goal):
        say("")
        say(style.bold("── \(title)") + style.dim(" — \(goal)"))
      case .prompt(let prompt):
        let progress = style.dim("[\(prompt.progress)]")
        say(prompt.kind == .probe ? "  \(progress) \(prompt.text)" : "\(progress) \(prompt.text)")
      case .whySoFar(let why):
        say("")
        say(style.bold("The why so far: ") + why)
      case .echo(let line):
        say(line)
      case .info(let text):
        say(style.dim(text))
      case .warning(let text):
        say(style.yellow(text))
      case .explanation(let reason):
        say(style.dim("Why this question: ") + reason)
      case .help(let table):
        let width = table.map(\.usage.count).max() ?? 0
        say(table.map { "  " + $0.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.help }
          .joined(separator: "\n"))
      case .quote(let topic):
        say(quote(topic: topic))
      case .summary:
        say(SummaryText(style: style, notesProvider: session.store.notes(of:)).render(
          record: session.record, engine: session.engine, live: true))
      case .paused(let text):
        say("")
        say(text)
      case .finished:
        finish()
      }
    }
    Terminal.flush()
  }

  private func finish() {
    let notes = (try? session.store.notes(of: session.record.id)) ?? []
    if json {
      print(JSON.render(SessionExport(record: session.record, engine: session.engine, notes: notes)))
    } else {
      say(SummaryText(style: style, notesProvider: session.store.notes(of:)).render(
          record: session.record, engine: session.engine))
      if reader.isInteractive {
        // A line that fits what happened, remembered so it does not repeat soon.
        let topic = SessionSummary(engine: session.engine).coaching.quoteTopic
        say("")
        say(quote(topic: topic))
      }
      if session.record.status == .done, session.record.mode == .debrief {
        say("")
        say(
          style.dim("After the call: ") + "`rapport sessions recap \(session.record.id)` drafts a recap email to "
            + (session.record.contact ?? "the customer")
            + (session.engine.playbook.closing ? style.dim("; `rapport next` lists open next steps.") : style.dim(".")))
      }
    }
  }

  /// A quote from `topic` (any topic when it has none), not one shown recently.
  private func quote(topic: String?) -> String {
    let book = QuoteBook.load(bundled: bundledQuotes, paths: paths)
    var generator = SystemRandomNumberGenerator()
    let pool = topic.map { name in book.quotes.filter { $0.topic == name } }.flatMap { $0.isEmpty ? nil : $0 }
    // A failed write only makes a repeat possible; the session's quote is shown either way.
    guard let quote = RecentQuotes(path: paths.recentQuotesFile).pick(from: pool ?? book.quotes, using: &generator).quote
    else { return "(no quotes)" }
    return QuoteOutput(style: style, json: false).quote(quote).trimmingCharacters(in: .newlines)
  }

  /// The terminal's width (at most 100, for reading), or nil on a pipe: read once.
  private lazy var columns: Int? = Terminal.columns().map { min($0, 100) }

  private func say(_ text: String) {
    guard !json else { return }
    print(columns.map { TextWrap.fitting(text, columns: $0) } ?? text)
  }
}
