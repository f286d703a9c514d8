import Foundation

/// What rapport asks next, with everything needed to show progress and explain itself.
public struct Prompt: Codable, Sendable, Equatable {
  public enum Kind: String, Codable, Sendable {
    /// A playbook question.
    case question
    /// A why-ladder follow-up on the current thread.
    case probe
    /// rapport's closing: co-create, the customer's slice, next step.
    case closing
  }

  public var kind: Kind
  public var questionID: String
  public var text: String
  /// 1-based position among the playbook's questions (or among the closing ones).
  public var number: Int
  public var total: Int
  /// Probes asked on this thread so far, including this one (0 for a question).
  public var depth: Int
  /// The most probes this thread may get.
  public var maxDepth: Int
  public var stageTitle: String
  public var stageGoal: String
  /// Why rapport asks this, for `/why`.
  public var reason: String
  /// The follow-up stem used, for rotation (probes only).
  public var stem: String?

  /// "question 3 of 11", "question 3 of 11 · dig 1/4", "closing 2 of 3".
  public var progress: String {
    switch kind {
    case .question: "question \(number) of \(total)"
    case .probe: "question \(number) of \(total) · dig \(depth)/\(maxDepth)"
    case .closing: "closing \(number) of \(total)"
    }
  }
}

/// One prompt and what was answered (nil when skipped).
public struct Turn: Codable, Sendable, Equatable {
  public var prompt: Prompt
  public var answer: String?
  public var classification: Classification?
  /// The thread this turn belongs to, for digging questions and their probes.
  public var thread: Int?

  /// The answer without a leading "~" (the mark for the rep's own inference).
  public var words: String? {
    answer.map { $0.hasPrefix("~") ? String($0.dropFirst()).trimmingCharacters(in: .whitespaces) : $0 }
  }
  /// True when the rep marked the answer as an inference with a leading "~".
  public var isInference: Bool { answer?.hasPrefix("~") ?? false }
}

/// How a why-ladder thread ended.
public enum ThreadStatus: String, Codable, Sendable {
  /// Still being dug.
  case open
  /// Reached an outcome with a number, an emotion, or another stop class.
  case reached
  /// Stopped at a solution after the minimum probes.
  case stuckAtSolution = "stuck-at-solution"
  /// Parked as Unknown after repeated "don't know".
  case parked
  /// Dug to the maximum depth without a stop class.
  case maxDepth = "max-depth"
  /// The rep said `/enough`.
  case enough
  /// The rep skipped a probe.
  case skipped
}

/// A digging question and its follow-ups.
public struct LadderThread: Codable, Sendable, Equatable {
  public var questionID: String
  /// Indices into the engine's turns, root first.
  public var turns: [Int]
  public var probes: Int
  public var unknowns: Int
  public var status: ThreadStatus
  /// Human words for why it stopped.
  public var stopReason: String
}
