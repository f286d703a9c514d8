/// Something the person did in a session. Sessions are stored as these events, and the
/// engine state is rebuilt by replaying them, so resume, `/back` and `/tag` stay exact.
public enum SessionEvent: Codable, Sendable, Equatable {
  /// An answer to the current prompt.
  case answer(String)
  /// The current prompt was skipped (`/skip`).
  case skip
  /// Stop digging the current thread (`/enough`).
  case enough
  /// Override the classes of the latest answer (`/tag CLASS`); "outcome-number" also marks a number.
  case tag([String])
}

/// The why-ladder as a pure state machine: answer in, next prompt out. No terminal, no clock.
public struct DiscoveryEngine: Sendable {
  public let playbook: Playbook
  public let mode: SessionMode
  /// Values for `{{blanks}}`.
  public let values: [String: String]
  let classifier: AnswerClassifier
  /// The fitted stop-or-dig decision (with the same classifier).
  let ladder: LadderReader
  let questions: [PlaybookQuestion]
  let mainCount: Int

  public private(set) var events: [SessionEvent] = []
  public private(set) var turns: [Turn] = []
  public private(set) var threads: [LadderThread] = []
  /// The prompt waiting for an answer; nil when the session is complete.
  public private(set) var current: Prompt?

  private var index = 0
  private var activeThread: Int?
  private var stemUse: [String: Int] = [:]
  private var lastStem: String?

  /// - Parameter ladderModel: the fitted stop-or-dig decision; rapport's shipped model unless a
  ///   test passes another.
  public init(
    playbook: Playbook, mode: SessionMode, values: [String: String], ladderModel: LadderModel = .shipped
  ) {
    self.playbook = playbook
    self.mode = mode
    var filled = values
    for variable in playbook.variables where filled[variable.name] == nil {
      filled[variable.name] = variable.defaultValue ?? PlaybookVariable.fallback(for: variable.name)
    }
    for name in PlaybookVariable.builtInNames where filled[name] == nil {
      filled[name] = PlaybookVariable.fallback(for: name)
    }
    self.values = filled
    classifier = AnswerClassifier(lexicon: CueLexicon.builtIn.extended(with: playbook.cues))
    ladder = LadderReader(classifier: classifier, model: ladderModel)
    questions = playbook.questions + (playbook.closing ? ClosingQuestions.questions() : [])
    mainCount = playbook.questions.count
    current = questionPrompt(at: 0)
  }

  /// The engine after replaying `events` from the start.
  public static func replay(
    _ events: [SessionEvent], playbook: Playbook, mode: SessionMode, values: [String: String]
  ) -> DiscoveryEngine {
    var engine = DiscoveryEngine(playbook: playbook, mode: mode, values: values)
    // Fold each /tag into the answer before it.
    var overrides: [Int: [String]] = [:]
    var answers: [SessionEvent] = []
    for event in events {
      if case .tag(let names) = event {
        if let last = answers.lastIndex(where: { if case .answer = $0 { true } else { false } }) {
          overrides[last] = names
        }
      } else {
        answers.append(event)
      }
    }
    for (position, event) in answers.enumerated() {
      engine.step(event, override: overrides[position])
    }
    engine.events = events
    return engine
  }

  /// True when every prompt has been answered or skipped.
  public var isComplete: Bool { current == nil }

  /// Applies one event and moves to the next prompt.
  public mutating func apply(_ event: SessionEvent) {
    if case .tag = event {
      self = Self.replay(events + [event], playbook: playbook, mode: mode, values: values)
      return
    }
    events.append(event)
    step(event, override: nil)
  }

  /// The classification `answer` would get, without changing anything.
  public func classify(_ answer: String) -> Classification { classifier.classify(answer) }

  /// The full why-ladder reading of `answer` (classes, cues, stop-or-dig), without changing anything.
  public func read(_ answer: String) -> LadderReading { ladder.read(answer) }

  /// Whether `/tag` accepts `name`.
  public static func isTagName(_ name: String) -> Bool {
    tagNames.contains(name)
  }

  /// The words `/tag` takes, in ladder order: each answer class, and "outcome-number" after
  /// "outcome".
  public static let tagNames = AnswerClass.allCases.flatMap { $0 == .outcome ? ["outcome", "outcome-number"] : [$0.rawValue] }

  // MARK: - Steps

  private mutating func step(_ event: SessionEvent, override: [String]?) {
    guard let prompt = current else { return }
    let question = questions[index]
    switch event {
    case .answer(let text):
      let reading = ladder.read(text.hasPrefix("~") ? String(text.dropFirst()) : text)
      var classification = reading.classification
      if let override { classification = Self.tagged(override, from: classification) }
      var turn = Turn(prompt: prompt, answer: text, classification: classification, thread: activeThread)
      if prompt.kind == .question && question.dig {
        threads.append(
          LadderThread(
            questionID: question.id, turns: [], probes: 0, unknowns: 0, status: .open, stopReason: ""))
        activeThread = threads.count - 1
        turn.thread = activeThread
      }
      turns.append(turn)
      guard let thread = activeThread else {
        // A next step without an owner or a date gets one follow-up asking for what is missing.
        if prompt.kind == .closing, prompt.questionID == ClosingQuestions.nextStepID,
          let detail = ClosingQuestions.detailPrompt(
            for: NextStep(parsing: turn.words ?? text), after: prompt)
        {
          current = detail
          return
        }
        return advance()
      }
      threads[thread].turns.append(turns.count - 1)
      evaluate(
        thread: thread, classification: classification, decision: reading.decision, question: question, answer: text)
    case .skip:
      turns.append(Turn(prompt: prompt, answer: nil, classification: nil, thread: activeThread))
      if let thread = activeThread {
        threads[thread].turns.append(turns.count - 1)
        close(thread, .skipped, "you skipped the follow-up")
      }
      advance()
    case .enough:
      guard let thread = activeThread else { return }
      close(thread, .enough, "you said enough")
      advance()
    case .tag:
      break
    }
  }

  static func tagged(_ names: [String], from original: Classification) -> Classification {
    let classes = names.compactMap {
      $0 == "outcome-number" ? AnswerClass.outcome : AnswerClass(rawValue: $0)
    }
    let number = names.contains("outcome-number") || (original.hasNumber && classes.contains(.outcome))
    return Classification(
      classes: classes, hasNumber: number, reason: original.reason, evidence: original.evidence,
      isOverride: true)
  }

  /// Which `stop_on` condition ends the thread on this answer, if any.
  ///
  /// `outcome-number` and `emotion` are judged by the fitted decision: it must say stop, and the
  /// cues that pushed it there must be of the listed kind (a measure, loss or consequence for
  /// `outcome-number`; a personal stake or feeling for `emotion`). `outcome` and `pain` keep their
  /// plain meaning: any answer read as that class ends the thread. A `/tag` is the person's last
  /// word and is read by its classes.
  static func stopCondition(
    _ classification: Classification, decision: LadderDecision, rules: LadderSettings
  ) -> StopCondition? {
    if classification.isOverride { return rules.stopOn.first { $0.isMet(by: classification) } }
    if decision.stops, let met = rules.stopOn.first(where: { decision.reached.contains($0) }) { return met }
    return rules.stopOn.first { [.outcome, .pain].contains($0) && $0.isMet(by: classification) }
  }

  private mutating func evaluate(
    thread: Int, classification: Classification, decision: LadderDecision, question: PlaybookQuestion,
    answer: String
  ) {
    let rules = playbook.ladder.applying(question.ladder)
    let probes = threads[thread].probes
    if classification.isDontKnow {
      threads[thread].unknowns += 1
      if threads[thread].unknowns >= rules.parkAfterUnknowns {
        close(thread, .parked, "parked as Unknown after \(threads[thread].unknowns) \"don't know\" answers")
        return advance()
      }
    } else if let met = Self.stopCondition(classification, decision: decision, rules: rules) {
      let fitted = !classification.isOverride && decision.stops && decision.reached.contains(met)
      close(thread, .reached, "reached " + (fitted ? decision.reachedLabel(for: met) : met.rawValue))
      return advance()
    } else if classification.isBareSolution && probes >= rules.minProbes && !wentDeeper(thread) {
      close(thread, .stuckAtSolution, "still a solution after \(Plural.count(probes, "probe"))")
      return advance()
    }
    if probes >= rules.maxProbes {
      close(thread, .maxDepth, "dug \(probes == 1 ? "once" : "\(probes) times"), the most this playbook allows")
      return advance()
    }
    probe(
      thread: thread, classification: classification, decision: decision, question: question, answer: answer,
      rules: rules)
  }

  private mutating func probe(
    thread: Int, classification: Classification, decision: LadderDecision, question: PlaybookQuestion,
    answer: String, rules: LadderSettings
  ) {
    // A stall the fitted reader saw is dug with questions about what would make it a yes.
    let stalled = decision.points.contains { $0.feature == .stall }
    let kind = stalled && !classification.isOverride ? .stall : FollowUpBank.Kind(classification)
    let words = answer.hasPrefix("~") ? String(answer.dropFirst()) : answer
    let person = PersonNames.firstName(
      in: words, excluding: [values["contact"], values["account"]].compactMap { $0 })
    // A number is a cost when the answer names a loss or cost, or a pain with no target
    // ("failed payments under 2% by March" is a target).
    let target = decision.points.contains { $0.feature == .target } || FollowUpBank.namesADeadline(answer)
    let cost =
      decision.points.contains { [.loss, .cost].contains($0.feature) } || (classification.has(.pain) && !target)
    let stem = FollowUpBank.pick(
      kind: kind, question: question, used: stemUse, last: lastStem, answer: answer, hasPerson: person != nil,
      pain: cost, target: target)
    stemUse[stem.id, default: 0] += 1
    lastStem = stem.id
    threads[thread].probes += 1
    var blanks = values
    blanks["person"] = person
    // Echo the reason clause when the answer gave one ("… so they stop missing dates").
    let clause = SessionSummary.split(words, reason: classification.reason).clause
    blanks["echo"] = FollowUpBank.echo(kind != .solution ? clause ?? words : words)
    blanks["answer"] = blanks["echo"]
    let depth = threads[thread].probes
    var why =
      classification.isOverride
      ? "You tagged your last answer \(classification.shortLabel)."
      : "Your last answer was " + classification.explanation.prefix(1).lowercased()
        + classification.explanation.dropFirst()
    switch kind {
    case .solution:
      why += " rapport digs at least \(rules.minProbes) times before accepting a bare request."
    case .unknown:
      why += " After \(rules.parkAfterUnknowns) \"don't know\" answers the thread is parked as Unknown."
    default:
      why +=
        " rapport stops digging when an answer reaches \(StopCondition.described(rules.stopOn)) (the fitted reader below decides), or after \(Plural.count(rules.maxProbes, "follow-up"))."
    }
    if !classification.isOverride && !classification.isDontKnow {
      why += " Stop or dig: " + decision.explanation + "."
    }
    let stage = playbook.stages.first { $0.id == question.stageID }
    current = Prompt(
      kind: .probe, questionID: question.id,
      text: FollowUpBank.voiced(Blanks.fill(stem.text, with: blanks), mode: mode),
      number: index + 1, total: mainCount, depth: depth, maxDepth: rules.maxProbes,
      stageTitle: stage?.title ?? "", stageGoal: stage?.goal ?? "", reason: why, stem: stem.id)
  }

  /// True when an earlier answer in `thread` got past the request (a pain, an outcome, a
  /// feeling): an answer that drifts back to the request is dug again, not accepted.
  private func wentDeeper(_ thread: Int) -> Bool {
    threads[thread].turns.dropLast().contains { index in
      (turns[index].classification?.deepest?.depth ?? 0) > AnswerClass.solution.depth
    }
  }

  private mutating func close(_ thread: Int, _ status: ThreadStatus, _ reason: String) {
    threads[thread].status = status
    threads[thread].stopReason = reason
    activeThread = nil
  }

  private mutating func advance() {
    index += 1
    current = questionPrompt(at: index)
  }

  private func questionPrompt(at position: Int) -> Prompt? {
    guard position < questions.count else { return nil }
    let question = questions[position]
    let closing = position >= mainCount
    let stage = playbook.stages.first { $0.id == question.stageID }
    let rules = playbook.ladder.applying(question.ladder)
    return Prompt(
      kind: closing ? .closing : .question, questionID: question.id,
      text: Blanks.fill(question.text(for: mode), with: values),
      number: closing ? position - mainCount + 1 : position + 1,
      total: closing ? questions.count - mainCount : mainCount,
      depth: 0, maxDepth: question.dig ? rules.maxProbes : 0,
      stageTitle: closing ? "Co-create and next step" : stage?.title ?? "",
      stageGoal: closing ? "Shape options that meet the why, and agree one next step." : stage?.goal ?? "",
      reason: question.intent
        + (question.dig
          ? " rapport digs on the answer until it reaches \(StopCondition.described(rules.stopOn))."
          : ""),
      stem: nil)
  }

  /// The playbook question a prompt belongs to.
  public func question(id: String) -> PlaybookQuestion? { questions.first { $0.id == id } }
}
