import Foundation
import LineEditor
import RapportCore
import RapportResources

/// Runs a session: shows each prompt, reads the answer, saves it (its own transaction)
/// before showing the next prompt, and handles the /commands.
final class DiscoveryRunner {
  enum Outcome { case completed, paused }

  let reader: LineReader
  let style: Style
  let store: SessionStore
  var record: SessionRecord
  var engine: DiscoveryEngine
  let paths: Paths
  /// Print only the final JSON (no prompts) on stdout.
  let json: Bool
  let now: () -> Date
  private var lastStage = ""
  private var lastPreface = ""

  init(
    reader: LineReader, style: Style, store: SessionStore, record: SessionRecord, engine: DiscoveryEngine,
    paths: Paths, json: Bool, now: @escaping () -> Date = Date.init
  ) {
    self.reader = reader
    self.style = style
    self.store = store
    self.record = record
    self.engine = engine
    self.paths = paths
    self.json = json
    self.now = now
  }

  /// Talks to the person until the session is complete, paused, or input ends.
  func run() throws -> Outcome {
    say(
      style.bold("\(record.playbookTitle) · \(record.account) · \(record.mode.rawValue)")
        + style.dim(" · session \(record.id)"))
    if engine.turns.isEmpty {
      say(
        style.dim("Answer each question; /help lists commands (/skip /back /enough /tag /note /why /pause)."))
    } else {
      say(style.dim("Resuming after \(engine.turns.count) \(engine.turns.count == 1 ? "answer" : "answers")."))
    }
    while let prompt = engine.current {
      if prompt.kind == .closing, prompt.questionID == ClosingQuestions.cocreateID, prompt.questionID != lastPreface {
        lastPreface = prompt.questionID
        say(style.bold("The why so far: ") + SessionSummary(engine: engine).why)
      }
      showPrompt(prompt)
      guard let input = readAnswer(prompt) else { return try pause() }
      if try handle(input, prompt: prompt) == .paused { return .paused }
    }
    try store.setStatus(.done, of: record.id, at: now())
    record.status = .done
    finish()
    return .completed
  }

  private enum Step { case next, paused }

  /// The line typed, or nil when input ended or the person chose to pause.
  private func readAnswer(_ prompt: Prompt) -> String? {
    let marker = prompt.kind == .probe ? "  > " : "> "
    while true {
      Terminal.flush()
      switch reader.readLine(
        prompt: style.cyan(marker),
        completer: { line in line.hasPrefix("/") ? MetaCommand.table.map { "/" + $0.name } : [] })
      {
      case .line(let line):
        if !reader.isInteractive { say(marker + line) }
        return line
      case .paste(let typed, let text):
        return typed.isEmpty ? text : typed + "\n" + text
      case .endOfInput:
        return nil
      case .interrupted:
        guard reader.isInteractive else { return nil }
        let editor = reader as? EditLineReader
        let draft = editor?.interruptedText.flatMap {
          $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0
        }
        if confirmPause() {
          if let draft {
            try? store.addNote(draft, kind: .draft, to: record.id, at: now())
            say(style.dim("(kept what you typed as a draft note: \u{201c}\(draft)\u{201d})"))
          }
          return nil
        }
        // Carry on: what was typed comes back on the line.
        if let draft { editor?.prefill(draft) }
        showPrompt(prompt, header: false)
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

  private func handle(_ line: String, prompt: Prompt) throws -> Step {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard let command = MetaCommand.parse(trimmed) else {
      if trimmed.isEmpty {
        if reader.isInteractive {
          say(style.dim("(type an answer, or /skip)"))
          return .next
        }
        return try record(.skip, prompt: prompt)
      }
      try record(.answer(MetaCommand.answerText(line)), prompt: prompt)
      if let reading = engine.turns.last?.classification, !json, prompt.kind != .closing {
        say(style.dim("  · read as \(reading.shortLabel)" + followNote()))
        budgetNudge()
      }
      return .next
    }
    switch command {
    case .skip: try record(.skip, prompt: prompt)
    case .back:
      guard try store.takeBack(in: record.id, at: now()) else {
        say(style.yellow("Nothing to take back yet."))
        return .next
      }
      let previous = engine.turns.last { $0.answer != nil || $0.prompt.kind != .closing }
      engine = DiscoveryEngine.replay(
        try store.events(of: record.id), playbook: engine.playbook, mode: record.mode, values: engine.values)
      lastStage = ""
      say(
        style.dim(
          "Taken back" + (previous?.answer.map { ": \u{201c}\($0)\u{201d}" } ?? "") + ". Answer again:"))
      // On a terminal the old answer comes back on the line, ready to edit.
      if let answer = previous?.answer { (reader as? EditLineReader)?.prefill(answer) }
    case .enough:
      guard prompt.kind == .probe else {
        say(style.yellow("Not digging right now; /skip skips the question."))
        return .next
      }
      try record(.enough, prompt: prompt)
      say(style.dim("  · thread closed"))
    case .tag(let names):
      guard !names.isEmpty, names.allSatisfy(DiscoveryEngine.isTagName) else {
        say(
          style.yellow(
            "Tag with: solution, pain, outcome, outcome-number, emotion, vague, fact (e.g. /tag pain)."))
        return .next
      }
      guard engine.turns.contains(where: { $0.answer != nil }) else {
        say(style.yellow("Nothing to tag yet: /tag corrects your last answer."))
        return .next
      }
      try record(.tag(names), prompt: prompt)
      say(style.dim("  · last answer tagged \(names.joined(separator: "+"))" + followNote()))
    case .note(let text):
      guard !text.isEmpty else {
        say(style.yellow("Write the note after /note."))
        return .next
      }
      try store.addNote(text, to: record.id, at: now())
      say(style.dim("  · noted"))
    case .why:
      say(style.dim("Why this question: ") + prompt.reason)
    case .quote:
      say(randomQuote())
    case .summary:
      say(SummaryText(style: style).render(record: record, engine: engine))
    case .pause:
      return try pause() == .paused ? .paused : .next
    case .help:
      let width = MetaCommand.table.map(\.usage.count).max() ?? 0
      say(
        MetaCommand.table.map {
          "  " + $0.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.help
        }.joined(separator: "\n"))
      say(style.dim("  Start an answer with ~ to mark it as your inference, not the customer's words."))
    case .unknown(let name, let suggestion):
      say(
        style.yellow(
          "Unknown command /\(name).\(suggestion.map { " Did you mean /\($0)?" } ?? "") Type /help (start with // to answer with a slash)."
        ))
    }
    return .next
  }

  /// Saves `event`, then applies it: the answer is on disk before the next prompt.
  @discardableResult
  private func record(_ event: SessionEvent, prompt: Prompt) throws -> Step {
    try store.append(event, to: record.id, prompt: prompt, at: now())
    engine.apply(event)
    return .next
  }

  /// Gong: 11–14 questions do best; over 20 reads as an interrogation.
  private func budgetNudge() {
    let asked = engine.turns.filter { $0.answer != nil && $0.prompt.kind != .closing }.count
    if asked == CoachingCard.targetQuestions.upperBound {
      say(
        style.yellow(
          "  · \(asked) questions so far: the top of the 11–14 range Gong links with the best discovery calls. /enough moves on."
        ))
    } else if asked == CoachingCard.tooMany + 1 {
      say(
        style.yellow(
          "  · over \(CoachingCard.tooMany) questions: this may feel like an interrogation. /enough moves on."
        ))
    }
  }

  private func followNote() -> String {
    guard let thread = engine.threads.last,
      thread.turns.contains(engine.turns.count - 1) || engine.current?.kind == .probe
    else { return "" }
    if engine.current?.kind == .probe { return " — digging" }
    return thread.status == .open ? "" : " — thread \(thread.stopReason)"
  }

  private func pause() throws -> Outcome {
    try store.setStatus(.paused, of: record.id, at: now())
    record.status = .paused
    say("")
    say(
      "Paused: session \(record.id), \(engine.current?.progress ?? "at the end"). Resume with `rapport sessions resume \(record.id)`."
    )
    if !reader.isInteractive { finish() }
    return .paused
  }

  private func finish() {
    let notes = (try? store.notes(of: record.id)) ?? []
    if json {
      print(JSON.render(SessionExport(record: record, engine: engine, notes: notes)))
    } else {
      say(SummaryText(style: style).render(record: record, engine: engine))
    }
  }

  private func showPrompt(_ prompt: Prompt, header: Bool = true) {
    if header, prompt.stageTitle != lastStage {
      lastStage = prompt.stageTitle
      say("")
      say(style.bold("── \(prompt.stageTitle)") + style.dim(" — \(prompt.stageGoal)"))
    }
    let progress = style.dim("[\(prompt.progress)]")
    say(prompt.kind == .probe ? "  \(progress) \(prompt.text)" : "\(progress) \(prompt.text)")
  }

  private func randomQuote() -> String {
    let book = QuoteBook.load(bundled: bundledQuotes, paths: paths)
    var generator = SystemRandomNumberGenerator()
    guard let quote = QuotePicker().pick(from: book.quotes, avoiding: [], using: &generator) else {
      return "(no quotes)"
    }
    return QuoteOutput(style: style, json: false).quote(quote).trimmingCharacters(in: .newlines)
  }

  private func say(_ text: String) {
    guard !json else { return }
    print(text)
  }
}
