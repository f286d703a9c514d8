import Foundation

/// The discovery session loop, without a terminal: a line in, what to show and what was
/// saved out. Every answer is in the store (its own transaction) before the next prompt is
/// returned. The executable only reads lines and renders.
public final class DiscoverySession {
  /// Where the session stands after a line.
  public enum State: Equatable, Sendable {
    /// Waiting for the answer to `engine.current`.
    case asking
    case paused
    case complete
    /// Input ended before anything was entered in a session started in this run: it was
    /// removed rather than kept as an empty paused entry.
    case discarded
  }

  /// The result of one line.
  public struct Step: Sendable {
    public var show: [SessionOutput] = []
    /// Events saved to the store by this line, in order.
    public var saved: [SessionEvent] = []
    /// A note saved by this line (`/note`, or a draft kept when pausing).
    public var savedNote: String?
    /// Text to put back on the input line (after `/back`, the answer taken back).
    public var prefill: String?
    public var state: State = .asking
  }

  public let store: SessionStore
  public private(set) var record: SessionRecord
  public private(set) var engine: DiscoveryEngine
  /// False when lines come from a script: an empty line skips and each line is echoed.
  public let interactive: Bool
  let now: @Sendable () -> Date
  private var lastStage = ""
  private var shownWhySoFar = false
  /// People named in the last answer, offered for `/reach`.
  private var offered: [String] = []
  private var noted: Set<String> = []
  /// The draft put back on the line at resume, until the next line is handled.
  private var restoredDraft: String?

  public init(
    store: SessionStore, record: SessionRecord, engine: DiscoveryEngine, interactive: Bool,
    now: @escaping @Sendable () -> Date = Date.init
  ) {
    self.store = store
    self.record = record
    self.engine = engine
    self.interactive = interactive
    self.now = now
  }

  /// The title, a hint (or "Resuming after …"), and the first prompt.
  public func start() throws -> Step {
    var step = Step()
    step.show.append(
      .title("\(record.playbookTitle) · \(record.account) · \(record.mode.rawValue)", sessionID: record.id))
    if engine.turns.isEmpty {
      step.show.append(
        .info("Answer each question; /help lists commands (/skip /back /enough /tag /note /why /pause)."))
    } else if engine.isComplete {
      // Nothing is left to ask: say so rather than "resuming".
      step.show.append(.info("This session is complete (\(Plural.count(engine.turns.count, "answer"))); here is its summary."))
    } else {
      step.show.append(.info("Resuming after \(Plural.count(engine.turns.count, "answer"))."))
    }
    // What was typed when Ctrl-C paused the session comes back on the line to finish.
    if interactive, let draft = try unansweredDraft() {
      step.show.append(.info("(your unsent draft is back on the line: finish it, or Ctrl-U to clear it)"))
      step.prefill = draft
      restoredDraft = draft
    }
    try continueOrFinish(&step)
    return step
  }

  /// Once an answer (or a later draft) that finishes the restored draft is saved, the draft
  /// note is dropped (the answer holds its words); one that does not start with it leaves it
  /// in Notes.
  private func dropFinishedDraft(_ draft: String?, answer: String) throws {
    guard let draft, answer.hasPrefix(draft.trimmingCharacters(in: .whitespaces)) else { return }
    try store.dropDraft(draft, of: record.id)
  }

  /// The draft kept when the session was paused, if nothing was answered after it.
  private func unansweredDraft() throws -> String? {
    guard let last = try store.notes(of: record.id).last, last.kind == .draft else { return nil }
    return try last.position == store.events(of: record.id).count ? last.text : nil
  }

  /// The input marker for the current prompt: "> " for a question, "  > " for a follow-up.
  public var marker: String { engine.current?.kind == .probe ? "  > " : "> " }

  /// Handles one line: an answer or a /command.
  public func handle(_ line: String) throws -> Step {
    var step = Step()
    let restored = restoredDraft
    restoredDraft = nil
    guard let prompt = engine.current else {
      step.state = .complete
      return step
    }
    if !interactive { step.show.append(.echo(marker + Suggestion.echo(line, limit: 200))) }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard let command = MetaCommand.parse(trimmed) else {
      if trimmed.isEmpty {
        if interactive {
          step.show.append(.info("(type an answer, or /skip)"))
        } else {
          try record(.skip, prompt: prompt, into: &step)
        }
      } else {
        let dateBefore = prompt.kind == .closing ? nextStepDate : nil
        try record(.answer(MetaCommand.answerText(line)), prompt: prompt, into: &step)
        try dropFinishedDraft(restored, answer: trimmed)
        if prompt.kind == .closing, nextStepDate != dateBefore, let reading = dueDateReading(after: prompt) {
          step.show.append(.info(reading))
        }
        if let reading = engine.turns.last?.classification, prompt.kind != .closing {
          step.show.append(.info("  · read as \(reading.shortLabel)" + followNote()))
          if let nudge = budgetNudge(after: prompt) { step.show.append(.warning(nudge)) }
        }
        offerPeople(in: MetaCommand.answerText(line), into: &step)
      }
      try continueOrFinish(&step)
      return step
    }
    switch command {
    case .skip:
      try record(.skip, prompt: prompt, into: &step)
    case .enough:
      guard prompt.kind == .probe else {
        step.show.append(.warning("Not digging right now; /skip skips the question."))
        try continueOrFinish(&step)
        return step
      }
      try record(.enough, prompt: prompt, into: &step)
      step.show.append(.info("  · thread closed"))
    case .tag(let names):
      guard !names.isEmpty, names.allSatisfy(DiscoveryEngine.isTagName) else {
        let classes = DiscoveryEngine.tagNames
        // Name the word that is no class, with the one it is closest to ("pian" → pain).
        let unknown = names.first { !DiscoveryEngine.isTagName($0) }.map {
          "No class '\(Suggestion.echo($0))'.\(Suggestion.hint(for: $0, in: classes)) "
        }
        step.show.append(
          .warning((unknown ?? "") + "Tag with: \(classes.joined(separator: ", ")) (e.g. /tag pain)."))
        try continueOrFinish(&step)
        return step
      }
      guard engine.turns.contains(where: { $0.answer != nil }) else {
        step.show.append(.warning("Nothing to tag yet: /tag corrects your last answer."))
        try continueOrFinish(&step)
        return step
      }
      try record(.tag(names), prompt: prompt, into: &step)
      step.show.append(.info("  · last answer tagged \(names.joined(separator: "+"))" + followNote()))
    case .note(let text):
      guard !text.isEmpty else {
        step.show.append(.warning("Write the note after /note."))
        try continueOrFinish(&step)
        return step
      }
      try store.addNote(text, to: record.id, at: now())
      step.savedNote = text
      step.show.append(.info("  · noted"))
    case .reach(let name):
      let people = name.isEmpty ? offered : [name]
      guard !people.isEmpty else {
        step.show.append(.warning("Nobody to note yet: /reach NAME notes someone to reach."))
        try continueOrFinish(&step)
        return step
      }
      for person in people {
        try store.addNote("Reach: \(person)", to: record.id, at: now())
        noted.insert(person)
      }
      step.savedNote = people.map { "Reach: \($0)" }.joined(separator: "\n")
      step.show.append(.info("  · noted to reach: " + people.joined(separator: ", ")))
      offered = []
    case .why:
      step.show.append(.explanation(prompt.reason))
    case .quote:
      step.show.append(.quote(topic: SessionSummary(engine: engine).coaching.quoteTopic))
    case .summary:
      step.show.append(.summary)
    case .pause:
      // A script's transcript shows the /pause it typed, as it shows every other line.
      var paused = try pause()
      paused.show.insert(contentsOf: step.show, at: 0)
      return paused
    case .back:
      try takeBack(into: &step)
    case .help:
      step.show.append(.help(MetaCommand.table.map { ($0.usage, $0.help) }))
      step.show.append(.info("  Start an answer with ~ to mark it as your inference, not the customer's words."))
    case .unknown(let name, let suggestion):
      step.show.append(
        .warning(
          "Unknown command /\(Suggestion.echo(name)).\(suggestion.map { " Did you mean /\($0)?" } ?? "") Type /help (start with // to answer with a slash)."
        ))
    }
    try continueOrFinish(&step)
    return step
  }

  /// Pauses: the session is saved as paused and can be resumed. `draft`, the words typed
  /// when Ctrl-C came, is kept as a draft note.
  public func pause(draft: String? = nil) throws -> Step {
    var step = Step()
    if let draft = draft.flatMap({ $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }) {
      // A draft that carries on the one kept at the last pause replaces it: one note, not two.
      try dropFinishedDraft(try unansweredDraft(), answer: draft)
      try store.addNote(draft, kind: .draft, to: record.id, at: now())
      step.savedNote = draft
      step.show.append(.info("(kept what you typed as a draft note: \u{201c}\(draft)\u{201d})"))
    }
    try store.setStatus(.paused, of: record.id, at: now())
    record.status = .paused
    step.show.append(
      .paused(
        "Paused: session \(record.id), \(engine.current?.progress ?? "at the end"). Resume with `rapport sessions resume \(record.id)`."
      ))
    if !interactive { step.show.append(.finished) }
    step.state = .paused
    return step
  }

  /// The input ended (Ctrl-D, or the end of a script). A session started in this run
  /// (`isNew`) in which nothing was entered (no answer, skip or note) is deleted instead of
  /// being kept as a paused session with no answers; any other session is paused.
  public func endOfInput(isNew: Bool) throws -> Step {
    guard isNew, try store.events(of: record.id).isEmpty, try store.notes(of: record.id).isEmpty else {
      return try pause()
    }
    try store.delete(record.id)
    var step = Step()
    step.show.append(.paused("Nothing was answered, so session \(record.id) was not saved."))
    step.state = .discarded
    return step
  }

  /// Shows the current prompt again (after Ctrl-C was answered "carry on").
  public func currentPrompt() -> [SessionOutput] {
    engine.current.map { [.prompt($0)] } ?? []
  }

  // MARK: - Inside

  /// `/back`: takes back the latest answer (kept in the store, marked removed) and replays.
  private func takeBack(into step: inout Step) throws {
    guard try store.takeBack(in: record.id, at: now()) else {
      step.show.append(.warning("Nothing to take back yet."))
      return
    }
    let previous = engine.turns.last { $0.answer != nil || $0.prompt.kind != .closing }
    engine = DiscoveryEngine.replay(
      try store.events(of: record.id), playbook: engine.playbook, mode: record.mode, values: engine.values)
    lastStage = ""
    try syncNextStep()
    step.show.append(
      .info("Taken back" + (previous?.answer.map { ": \u{201c}\($0)\u{201d}" } ?? "") + ". Answer again:"))
    step.prefill = previous?.answer
  }

  /// Saves `event`, then applies it: the answer is on disk before the next prompt.
  private func record(_ event: SessionEvent, prompt: Prompt, into step: inout Step) throws {
    try store.append(event, to: record.id, prompt: prompt, at: now())
    engine.apply(event)
    step.saved.append(event)
    if prompt.kind == .closing { try syncNextStep() }
  }

  /// Keeps the session's next step in the store in step with its answers, so `rapport next`
  /// lists it.
  private func syncNextStep() throws {
    guard engine.playbook.closing else { return }
    let summary = SessionSummary(engine: engine, today: record.createdAt)
    try store.saveNextStep(summary.nextStep, of: record, at: now())
  }

  /// After an answer to a next-step question: the day its date words were read as, counted
  /// from the day of the call ("  · “next Friday” read as Friday 2026-12-18 (/back to correct)"),
  /// so a wrong reading can be fixed while /back still works; for date words with no day in
  /// them ("Feb 30", "end of Q1"), that they leave the step undated; nil when there are none.
  private func dueDateReading(after prompt: Prompt) -> String? {
    guard [ClosingQuestions.nextStepID, ClosingQuestions.nextStepDetailID].contains(prompt.questionID),
      let words = nextStepDate
    else { return nil }
    guard let due = RelativeDate.read(words, from: record.createdAt) else {
      return "  · \u{201c}\(words)\u{201d} names no day rapport can count, so `rapport next` lists it undated "
        + "(/back to give a date such as \(RelativeDate.iso(record.createdAt)))"
    }
    let weekday = RelativeDate.weekdayName(due.day)
    // A date written as a date needs only its weekday, which shows a slip ("a Saturday").
    if words == RelativeDate.iso(due.day) { return "  · \(words) is a \(weekday) (/back to correct)" }
    return "  · \u{201c}\(words)\u{201d} read as \(due.approximate ? "about " : "")\(weekday) \(RelativeDate.iso(due.day))"
      + " (/back to correct)"
  }

  /// The date words of the next step as answered so far ("next Friday"); nil when none.
  private var nextStepDate: String? {
    guard engine.playbook.closing else { return nil }
    return SessionSummary(engine: engine, today: record.createdAt).nextStep?.date
  }

  /// Appends the next prompt (with its stage header), or finishes a complete session.
  private func continueOrFinish(_ step: inout Step) throws {
    guard let prompt = engine.current else {
      // Opening a finished session again only shows it: its last change stays when it was.
      if record.status != .done {
        try store.setStatus(.done, of: record.id, at: now())
        record.status = .done
      }
      step.show.append(.finished)
      step.state = .complete
      return
    }
    if prompt.kind == .closing, prompt.questionID == ClosingQuestions.cocreateID, !shownWhySoFar,
      engine.playbook.brief.contains(where: { $0.part == .why })
    {
      shownWhySoFar = true
      step.show.append(.whySoFar(SessionSummary(engine: engine, today: record.createdAt).why))
    }
    if prompt.stageTitle != lastStage {
      lastStage = prompt.stageTitle
      step.show.append(.stage(title: prompt.stageTitle, goal: prompt.stageGoal))
    }
    step.show.append(.prompt(prompt))
  }

  /// Offers to note people an answer names ("Karen in finance decides").
  private func offerPeople(in answer: String, into step: inout Step) {
    let names = [record.contact, record.account].compactMap { $0 }
    offered = PersonNames.find(in: answer, excluding: names).filter { !noted.contains($0) }
    guard !offered.isEmpty else { return }
    step.show.append(
      .info("  · someone to reach: \(offered.joined(separator: ", ")) — /reach notes them"))
  }

  /// Gong: 11–14 questions do best; over 20 reads as an interrogation. Only the playbook's
  /// questions count (rapport's follow-ups are not the seller's questions).
  private func budgetNudge(after prompt: Prompt) -> String? {
    guard prompt.kind == .question else { return nil }
    let asked = engine.turns.filter { $0.answer != nil && $0.prompt.kind == .question }.count
    if asked == CoachingCard.targetQuestions.upperBound {
      return
        "  · \(asked) questions so far: the top of the 11–14 range Gong links with the best discovery calls. /enough moves on."
    } else if asked == CoachingCard.tooMany + 1 {
      return "  · over \(CoachingCard.tooMany) questions: this may feel like an interrogation. /enough moves on."
    }
    return nil
  }

  private func followNote() -> String {
    guard let thread = engine.threads.last,
      thread.turns.contains(engine.turns.count - 1) || engine.current?.kind == .probe
    else { return "" }
    if engine.current?.kind == .probe {
      // A stall is said as one: the next question is about what would make it a yes.
      let stall = FollowUpBank.stems[.stall, default: []].contains { $0.id == engine.current?.stem }
      return stall ? " — a stall: digging past it" : " — digging"
    }
    return thread.status == .open ? "" : " — thread \(thread.stopReason)"
  }
}
