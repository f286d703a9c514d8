import Foundation

/// Where a piece of the why came from.
public enum Provenance: String, Codable, Sendable {
  /// Said by the customer (a debrief answer).
  case stated = "Stated"
  /// The rep's inference (a prep answer, or an answer starting with "~").
  case implied = "Implied"
  /// Nobody knows yet.
  case unknown = "Unknown"
}

/// One link of a why-chain: the customer's words and where they came from.
public struct ChainLink: Codable, Sendable, Equatable {
  public var words: String?
  public var provenance: Provenance
}

/// A thread rendered as "wants X → so that Y → measured by Z → matters because W".
public struct WhyChain: Codable, Sendable, Equatable {
  public var questionID: String
  public var wants: ChainLink
  public var soThat: ChainLink
  public var measuredBy: ChainLink
  public var matters: ChainLink
  public var status: ThreadStatus
  public var stopReason: String
  public var depth: Int
}

/// The end-of-session view: the why in one sentence, the chains, co-create, next step,
/// coaching card. Built from the engine's turns, so it works on paused sessions too.
public struct SessionSummary: Codable, Sendable, Equatable {
  public var why: String
  public var chains: [WhyChain]
  public var options: String?
  public var customerSlice: String?
  public var nextStep: NextStep?
  /// The next step's due day, when its date could be read ("2026-12-08", "about 2026-12-22").
  public var nextStepDue: String?
  public var coaching: CoachingCard

  /// The summary of `engine`'s session. `today` is the day of the call, for reading
  /// relative dates in the next step ("next Tuesday"). `live` is true for a `/summary` asked
  /// mid-session: the advice then says what is still open, not what to do after the call.
  public init(engine: DiscoveryEngine, today: Date? = nil, live: Bool = false) {
    let account = engine.values["account"] ?? "the customer"
    let defaultProvenance: Provenance = engine.mode == .prep ? .implied : .stated
    func provenance(_ turn: Turn) -> Provenance { turn.isInference ? .implied : defaultProvenance }
    // The stated need: the first request anywhere in the session.
    let statedNeed: ChainLink? = engine.turns.first { turn in
      turn.prompt.kind != .closing && turn.classification.map { !$0.isDontKnow && $0.has(.solution) } == true
    }.flatMap { turn in
      turn.words.map {
        ChainLink(
          words: Self.split($0, reason: turn.classification?.reason).head, provenance: provenance(turn))
      }
    }
    chains = engine.threads.map { thread in
      var links: [Role: ChainLink] = [:]
      let stop = Role.stopTurn(of: thread, in: engine.turns)
      for index in thread.turns {
        let turn = engine.turns[index]
        guard let words = turn.words, let reading = turn.classification, !reading.isDontKnow else { continue }
        if let stop, stop.turn == index {
          // The answer that ended the thread is the deepest thing it found: it takes its link.
          links[stop.role] = ChainLink(words: words, provenance: provenance(turn))
          continue
        }
        // A request with its reason feeds two links: the request, and the reason's role.
        let parts = Self.split(words, reason: reading.reason)
        if reading.has(.solution), let clause = parts.clause {
          if links[.wants] == nil {
            links[.wants] = ChainLink(words: parts.head, provenance: provenance(turn))
          }
          var rest = reading
          rest.classes.removeAll { $0 == .solution }
          if let role = Role(rest), links[role] == nil {
            links[role] = ChainLink(words: clause, provenance: provenance(turn))
          }
        } else if let role = Role(reading), links[role] == nil {
          links[role] = ChainLink(words: words, provenance: provenance(turn))
        }
      }
      // "We lost $120k this quarter and her boss is furious": the number is the measure;
      // a stake said after it is what matters, not part of the measure.
      if let measured = links[.measured], let words = measured.words {
        let (measure, rest) = SessionBrief.splitMeasure(words)
        if let rest {
          links[.measured] = ChainLink(words: measure, provenance: measured.provenance)
          if links[.matters] == nil, Self.isPersonal(rest, engine: engine) {
            links[.matters] = ChainLink(words: rest, provenance: measured.provenance)
          }
        }
      }
      let unknown = ChainLink(words: nil, provenance: .unknown)
      // The session's first request stands in for a thread's own, unless it is already this
      // thread's number or reason (one answer, one link).
      let deeper = [links[.soThat], links[.measured], links[.matters]].compactMap { $0?.words }
      let wants = links[.wants] ?? statedNeed.flatMap { deeper.contains($0.words ?? "") ? nil : $0 } ?? unknown
      return WhyChain(
        questionID: thread.questionID, wants: wants, soThat: links[.soThat] ?? unknown,
        measuredBy: links[.measured] ?? unknown, matters: links[.matters] ?? unknown, status: thread.status,
        stopReason: thread.stopReason,
        // Follow-ups answered, as the coaching card counts them: one asked and left with
        // /enough or a pause is not a dig.
        depth: thread.turns.filter { engine.turns[$0].prompt.kind == .probe && engine.turns[$0].answer != nil }.count)
    }
    let contact = engine.values["contact"].flatMap { $0 == PlaybookVariable.fallback(for: "contact") ? nil : $0 }
    why =
      Self.isEvasive(engine: engine, chains: chains)
      ? "Not found yet: \(account) gave little beyond what they asked for (most answers were \"don't know\" or vague). Qualify out, or find who feels the problem."
      : Self.whySentence(chains: chains, account: account, contact: contact)
    func answer(_ id: String) -> String? {
      engine.turns.last { $0.prompt.questionID == id && $0.prompt.kind == .closing }?.words
    }
    options = answer(ClosingQuestions.cocreateID)
    customerSlice = answer(ClosingQuestions.sliceID)
    nextStep = answer(ClosingQuestions.nextStepID).map { first in
      let step = NextStep(parsing: first)
      return answer(ClosingQuestions.nextStepDetailID).map(step.completed(with:)) ?? step
    }
    if let today, let due = nextStep?.due(from: today) { nextStepDue = due.described }
    coaching = CoachingCard(
      engine: engine, chains: chains, options: options, nextStep: nextStep, due: nextStepDue,
      slice: customerSlice.map(SliceCheck.read), sliceAnswered: customerSlice != nil, live: live)
  }

  /// True when a session found almost nothing: three or more threads, at most one reached a
  /// number or a stake, and most answers were "don't know" or vague (or threads were parked).
  static func isEvasive(engine: DiscoveryEngine, chains: [WhyChain]) -> Bool {
    guard chains.count >= 3, engine.mode == .debrief else { return false }
    let reached = chains.filter { $0.measuredBy.words != nil || $0.matters.words != nil }.count
    guard reached <= 1 else { return false }
    let answers = engine.turns.filter { $0.answer != nil && $0.prompt.kind != .closing }
    let evasive = answers.filter { $0.classification.map { $0.isDontKnow || $0.has(.vague) } ?? false }.count
    let parked = chains.filter { $0.status == .parked }.count
    return evasive * 2 >= answers.count || parked >= 2
  }

  /// True when `words` carry a personal stake or feeling ("her boss is furious"): read as
  /// emotion, or holding a cue the why-ladder counts as personal.
  static func isPersonal(_ words: String, engine: DiscoveryEngine) -> Bool {
    let reading = engine.ladder.read(words)
    return reading.classification.has(.emotion)
      || reading.cues.fired.contains { $0.key.isPersonal && !$0.value.isEmpty }
  }

  /// `words` cut before its reason clause ("we need X" / "because Y"), verbatim.
  static func split(_ words: String, reason: String?) -> (head: String, clause: String?) {
    guard let reason,
      let marker = CueLexicon.builtIn.reasonMarkers.first(where: { reason.hasPrefix($0 + " ") }),
      let range = words.lowercased().range(of: " " + marker + " ")
    else { return (words, nil) }
    let offset = words.lowercased().distance(from: words.lowercased().startIndex, to: range.lowerBound)
    let cut = words.index(words.startIndex, offsetBy: offset)
    var head = String(words[..<cut])
    while let last = head.last, ",;:".contains(last) { head.removeLast() }
    // "so we …" keeps "we" in the clause, as the classifier does.
    let skip = marker.hasPrefix("so ") && marker != "so that" ? 3 : marker.count + 1
    let clause = words[words.index(cut, offsetBy: skip)...].trimmingCharacters(in: .whitespaces)
    return (head, clause.isEmpty ? nil : clause)
  }

  /// The why in one sentence (see `WhySentence`), from the first chain that has each part.
  static func whySentence(chains: [WhyChain], account: String, contact: String? = nil) -> String {
    func first(_ path: KeyPath<WhyChain, ChainLink>) -> String? {
      chains.lazy.compactMap { $0[keyPath: path].words }.first
    }
    // A measure in money or percent says more than a count ("three renewals lapsed").
    let measures = chains.compactMap(\.measuredBy.words)
    let measured = measures.first { !MoneyAmount.all(in: $0).isEmpty || $0.contains("%") } ?? measures.first
    let parts = WhySentence.Parts(
      wants: first(\.wants), soThat: first(\.soThat), measured: measured, matters: first(\.matters))
    guard parts.soThat != nil || parts.measured != nil || parts.matters != nil else {
      return "Not found yet: no thread got past what \(account) asked for. Ask what it would let them do."
    }
    return WhySentence.build(parts, account: account, contact: contact)
  }

  /// "Because the team loses leads" → "the team loses leads", so the sentence never says
  /// "because because". Other words stay verbatim.
  static func withoutReasonWord(_ words: String) -> String { WhySentence.withoutReasonWord(words) }
}
