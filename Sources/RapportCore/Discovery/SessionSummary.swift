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
  public var coaching: CoachingCard

  public init(engine: DiscoveryEngine) {
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
      for turn in thread.turns.map({ engine.turns[$0] }) {
        guard let words = turn.words, let reading = turn.classification, !reading.isDontKnow else { continue }
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
      let unknown = ChainLink(words: nil, provenance: .unknown)
      return WhyChain(
        questionID: thread.questionID, wants: links[.wants] ?? statedNeed ?? unknown,
        soThat: links[.soThat] ?? unknown,
        measuredBy: links[.measured] ?? unknown, matters: links[.matters] ?? unknown, status: thread.status,
        stopReason: thread.stopReason, depth: thread.probes)
    }
    why = Self.whySentence(chains: chains, account: account)
    func answer(_ id: String) -> String? {
      engine.turns.last { $0.prompt.questionID == id && $0.prompt.kind == .closing }?.words
    }
    options = answer(ClosingQuestions.cocreateID)
    customerSlice = answer(ClosingQuestions.sliceID)
    nextStep = answer(ClosingQuestions.nextStepID).map(NextStep.init(parsing:))
    coaching = CoachingCard(
      engine: engine, chains: chains, optionsGiven: options != nil, nextStep: nextStep,
      slice: customerSlice.flatMap(SliceCheck.init(answer:)), sliceAnswered: customerSlice != nil)
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

  /// "Acme wants X so that Y, measured by Z; it matters because W." from the deepest chain.
  static func whySentence(chains: [WhyChain], account: String) -> String {
    func first(_ path: KeyPath<WhyChain, ChainLink>) -> String? {
      chains.lazy.compactMap { $0[keyPath: path].words }.first
    }
    let deeper = [first(\.soThat), first(\.measuredBy), first(\.matters)]
    guard deeper.contains(where: { $0 != nil }) else {
      return "Not found yet: no thread got past what \(account) asked for. Ask what it would let them do."
    }
    var sentence = account.prefix(1).uppercased() + account.dropFirst()
    if let wants = first(\.wants) {
      sentence += " wants " + FollowUpBank.echo(wants)
    } else {
      sentence += " wants a change"
    }
    if let soThat = deeper[0] { sentence += " because \u{201c}\(withoutReasonWord(soThat))\u{201d}" }
    if let measured = deeper[1] { sentence += ", measured by \u{201c}\(measured)\u{201d}" }
    if let matters = deeper[2] {
      sentence += "; it matters to them because \u{201c}\(withoutReasonWord(matters))\u{201d}"
    }
    return sentence + "."
  }

  /// "Because the team loses leads" → "the team loses leads", so the sentence never says
  /// "because because". Other words stay verbatim.
  static func withoutReasonWord(_ words: String) -> String {
    for marker in ["because ", "since ", "so that ", "cause "] where words.lowercased().hasPrefix(marker) {
      let rest = words.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
      return rest.isEmpty ? words : rest
    }
    return words
  }

}

/// Self-coaching without audio: depth reached, threads stuck at a solution, questions asked
/// against the 11–14 that Gong's research associates with successful discovery calls.
public struct CoachingCard: Codable, Sendable, Equatable {
  /// Discovery questions and probes answered (closing questions not counted).
  public var questionsAsked: Int
  public var probesAsked: Int
  public var deepestDig: Int
  public var threadsReached: [String]
  public var threadsStuckAtSolution: [String]
  public var threadsParked: [String]
  public var prematurePitch: Bool
  public var nextStepComplete: Bool
  /// The customer's value against the price, when the answer named both.
  public var slice: SliceCheck?
  /// The advice lines, in order.
  public var notes: [String]

  /// Gong: 11–14 targeted questions had the highest success rate; over 20 reads as an
  /// interrogation (slideshare "navigating sales conversations", getgangly secondary).
  public static let targetQuestions = 11...14
  public static let tooMany = 20

  init(
    engine: DiscoveryEngine, chains: [WhyChain], optionsGiven: Bool, nextStep: NextStep?, slice: SliceCheck?,
    sliceAnswered: Bool = false
  ) {
    self.slice = slice
    let answered = engine.turns.filter { $0.answer != nil && $0.prompt.kind != .closing }
    questionsAsked = answered.count
    probesAsked = answered.filter { $0.prompt.kind == .probe }.count
    // Follow-ups answered per thread; one on screen but not answered yet does not count.
    let dug = engine.threads.map { thread in
      let answered = thread.turns.filter { engine.turns[$0].prompt.kind == .probe && engine.turns[$0].answer != nil }
      return (thread.questionID, answered.count)
    }
    deepestDig = dug.map(\.1).max() ?? 0
    let deep = chains.filter { $0.measuredBy.words != nil || $0.matters.words != nil }
    threadsReached = deep.map(\.questionID)
    threadsStuckAtSolution = chains.filter { $0.status == .stuckAtSolution }.map(\.questionID)
    threadsParked = chains.filter { $0.status == .parked }.map(\.questionID)
    prematurePitch = optionsGiven && deep.isEmpty
    nextStepComplete = nextStep?.isComplete ?? false
    var notes: [String] = []
    notes.append(
      "\(threadsReached.count) of \(chains.count) threads reached an outcome with a number or a personal stake"
        + (threadsReached.isEmpty ? "." : ": \(threadsReached.joined(separator: ", ")).")
    )
    if !threadsStuckAtSolution.isEmpty {
      notes.append(
        "Stuck at a solution: \(threadsStuckAtSolution.joined(separator: ", ")) — next time ask what it would let them do, and what it costs today."
      )
    }
    if !threadsParked.isEmpty {
      notes.append("Parked as Unknown: \(threadsParked.joined(separator: ", ")) — find out on the next call.")
    }
    let range = Self.targetQuestions
    let followUps =
      switch probesAsked {
      case 0: "none of them follow-ups"
      case 1: "1 of them a follow-up"
      default: "\(probesAsked) of them follow-ups"
      }
    let count = "\(questionsAsked) question\(questionsAsked == 1 ? "" : "s") answered (\(followUps))"
    if questionsAsked > Self.tooMany {
      notes.append(
        "\(count): over \(Self.tooMany) reads as an interrogation; Gong links \(range.lowerBound)–\(range.upperBound) targeted questions with the most successful calls."
      )
    } else if questionsAsked > range.upperBound {
      notes.append(
        "\(count): a little above the \(range.lowerBound)–\(range.upperBound) targeted questions Gong links with the most successful discovery calls; returns diminish past \(range.upperBound)."
      )
    } else if range.contains(questionsAsked) {
      notes.append(
        "\(count): in the \(range.lowerBound)–\(range.upperBound) range Gong links with the most successful discovery calls."
      )
    } else {
      notes.append(
        "\(count); Gong links \(range.lowerBound)–\(range.upperBound) targeted questions with the most successful discovery calls."
      )
    }
    if let deepest = dug.max(by: { $0.1 < $1.1 }), deepest.1 > 0 {
      notes.append("Deepest dig: \(deepest.1) follow-up\(deepest.1 == 1 ? "" : "s") on \(deepest.0).")
    }
    if prematurePitch {
      notes.append("Options were proposed before any why was found: a pitch before the why.")
    } else if optionsGiven {
      notes.append("Options came after the why was found, not before.")
    }
    if let slice {
      let times = slice.ratio >= 10 ? String(Int(slice.ratio.rounded())) : String(format: "%.1f", slice.ratio)
      notes.append(
        slice.isBigger
          ? "The customer's slice is about \(times)× the price: clearly bigger than yours."
          : "The customer's slice is not bigger than the price (\(times)×): rework the options or the price before proposing.")
    } else if sliceAnswered {
      notes.append(
        "The customer's slice: name what it is worth to them and the price, both in money (e.g. $400k a year against a $36k price), to check theirs is bigger."
      )
    }
    if nextStepComplete {
      notes.append("The next step has an owner and a date.")
    } else if engine.isComplete {
      notes.append("The next step needs an owner and a date.")
    }
    self.notes = notes
  }
}

/// Which link of a chain an answer fills, by its deepest class.
enum Role: Hashable {
  case wants, soThat, measured, matters

  init?(_ reading: Classification) {
    if reading.has(.emotion) {
      self = .matters
    } else if reading.has(.outcome) && reading.hasNumber {
      self = .measured
    } else if reading.has(.pain) || reading.has(.outcome) {
      self = .soThat
    } else if reading.has(.solution) {
      self = .wants
    } else {
      return nil
    }
  }
}
