/// What an answer says about the customer's need, from shallow to deep.
///
/// `solution` (what they asked for) < `pain` < `outcome` < `emotion` is the ladder; `vague`
/// and `fact` sit beside it.
public enum AnswerClass: String, Codable, CaseIterable, Sendable, Comparable {
  case solution, pain, outcome, emotion, vague, fact

  /// How far down the ladder this class is (0 for vague and fact).
  public var depth: Int {
    switch self {
    case .solution: 1
    case .pain: 2
    case .outcome: 3
    case .emotion: 4
    case .vague, .fact: 0
    }
  }

  /// Words for people: "solution/feature request", "pain", ...
  public var label: String {
    switch self {
    case .solution: "solution/feature request"
    case .pain: "problem/pain"
    case .outcome: "outcome/goal"
    case .emotion: "emotion/personal stake"
    case .vague: "vague"
    case .fact: "fact"
    }
  }

  public static func < (lhs: AnswerClass, rhs: AnswerClass) -> Bool {
    let order = AnswerClass.allCases
    return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
  }
}

/// What ends a thread of the why-ladder, as written in a playbook's `stop_on`.
public enum StopCondition: String, Codable, CaseIterable, Sendable {
  case outcomeNumber = "outcome-number"
  case outcome, emotion, pain

  /// What reaching this condition means, in words for `/why` ("a personal stake or feeling").
  public var described: String {
    switch self {
    case .outcomeNumber: "a result that matters to them (a number, a loss, a risk)"
    case .outcome: "an outcome"
    case .emotion: "a personal stake or feeling"
    case .pain: "a pain"
    }
  }

  /// "a pain or an outcome": the conditions of a ladder in words.
  public static func described(_ conditions: [StopCondition]) -> String {
    let words = conditions.map(\.described)
    guard words.count > 1 else { return words.first ?? "nothing" }
    return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
  }

  /// True when `classification` meets this condition.
  public func isMet(by classification: Classification) -> Bool {
    switch self {
    case .outcomeNumber: classification.has(.outcome) && classification.hasNumber
    case .outcome: classification.has(.outcome)
    case .emotion: classification.has(.emotion)
    case .pain: classification.has(.pain)
    }
  }
}
