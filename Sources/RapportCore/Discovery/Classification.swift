/// The classes an answer was read as, and the cues that led there, so rapport can
/// explain itself (`/why`, the coaching card).
public struct Classification: Codable, Sendable, Equatable {
  /// One cue that fired.
  public struct Evidence: Codable, Sendable, Equatable {
    public var answerClass: AnswerClass
    /// The phrase as written in the lexicon (or "a number", "no cue").
    public var cue: String
    /// True when the cue was found in the reason clause ("because …").
    public var inReason: Bool
  }

  /// The classes, in ladder order (solution, pain, outcome, emotion, vague, fact).
  public var classes: [AnswerClass]
  /// A number, percentage, amount of money or time span was given.
  public var hasNumber: Bool
  /// The answer is "don't know" or a deflection.
  public var isDontKnow: Bool
  /// The reason clause ("because we lose leads"), when there is one.
  public var reason: String?
  public var evidence: [Evidence]
  /// True when the person set the classes with `/tag`.
  public var isOverride: Bool

  public init(
    classes: [AnswerClass], hasNumber: Bool = false, isDontKnow: Bool = false, reason: String? = nil,
    evidence: [Evidence] = [], isOverride: Bool = false
  ) {
    self.classes = Array(Set(classes)).sorted()
    self.hasNumber = hasNumber
    self.isDontKnow = isDontKnow
    self.reason = reason
    self.evidence = evidence
    self.isOverride = isOverride
  }

  public func has(_ answerClass: AnswerClass) -> Bool { classes.contains(answerClass) }

  /// The deepest ladder class (solution … emotion), if any.
  public var deepest: AnswerClass? { classes.filter { $0.depth > 0 }.max { $0.depth < $1.depth } }

  /// A request for a solution with nothing deeper behind it: the ladder digs.
  public var isBareSolution: Bool { deepest == .solution }

  /// Short name for lists: "solution+pain", "outcome (number)".
  public var shortLabel: String {
    if isDontKnow { return "don't know" }
    let names = classes.map(\.rawValue).joined(separator: "+")
    return hasNumber && has(.outcome) ? names + " (number)" : names
  }

  /// One sentence: which cues matched and how that was read.
  public var explanation: String {
    if isOverride { return "You tagged it \(shortLabel)." }
    if isDontKnow { return "Read as \"don't know\" (\(quoted(evidence.map(\.cue))))." }
    var parts: [String] = []
    for answerClass in classes {
      let cues = evidence.filter { $0.answerClass == answerClass }
      let main = cues.filter { !$0.inReason }.map(\.cue)
      let reasonCues = cues.filter(\.inReason).map(\.cue)
      var text = answerClass.rawValue
      var seen: [String] = []
      if !main.isEmpty { seen.append("saw " + quoted(main)) }
      if !reasonCues.isEmpty { seen.append("in the reason clause " + quoted(reasonCues)) }
      if !seen.isEmpty { text += " (" + seen.joined(separator: "; ") + ")" }
      parts.append(text)
    }
    var sentence = "Read as " + parts.joined(separator: ", ")
    if let reason { sentence += "; reason given: \"\(reason)\"" }
    if isBareSolution {
      sentence +=
        reason == nil
        ? "; no reason behind the request, so rapport digs" : "; the reason names no pain or goal, so rapport digs"
    }
    return sentence + "."
  }

  private func quoted(_ cues: [String]) -> String {
    var unique: [String] = []
    for cue in cues where !unique.contains(cue) { unique.append(cue) }
    // A lexicon phrase is quoted ('a new crm'); a description rapport wrote is not
    // ("a number ($180k)", "a count (3)", "no cue").
    let described = { (cue: String) in cue == "no cue" || ["a number (", "a count ("].contains { cue.hasPrefix($0) } }
    return unique.map { described($0) ? $0 : "'\($0)'" }.joined(separator: ", ")
  }
}
