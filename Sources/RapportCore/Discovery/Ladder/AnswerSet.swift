import Foundation

/// Buyer answers labelled stop or dig, in the block format of
/// `Tests/RapportCoreTests/Discovery/Evaluation/answers.txt`:
///
///     === id: <id> | decision: dig|stop | kind: <kind> | group: <group> | question: <question or ->
///     <answer text>
public struct AnswerSet: Sendable {
  /// One labelled answer.
  public struct Answer: Sendable, Equatable {
    public var id: String
    /// True when the thread should stop here (the answer is the real why).
    public var stops: Bool
    /// Why the label is what it is: solution, fact, stake, outcome-number, …
    public var kind: String
    /// The conversation it comes from; cross-validation keeps a group in one fold.
    public var group: String
    public var question: String?
    public var text: String
  }

  public var answers: [Answer]

  public init(answers: [Answer]) { self.answers = answers }

  /// Parses the block format; `source` names the file in errors.
  public init(parsing text: String, source: String = "answers") throws(RapportError) {
    var answers: [Answer] = []
    var header: (line: Int, fields: [String: String])?
    var body: [Substring] = []
    func finish() throws(RapportError) {
      guard let (line, fields) = header else { return }
      let text = body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      guard let id = fields["id"], !id.isEmpty, let decision = fields["decision"], ["dig", "stop"].contains(decision)
      else {
        throw RapportError(
          "\(source):\(line): a header needs `id: …` and `decision: dig|stop`; see Tests/RapportCoreTests/Discovery/Evaluation/README.md."
        )
      }
      guard !text.isEmpty else { throw RapportError("\(source):\(line): answer \(id) has no text.") }
      let question = fields["question"].flatMap { $0 == "-" || $0.isEmpty ? nil : $0 }
      answers.append(
        Answer(
          id: id, stops: decision == "stop", kind: fields["kind"] ?? "-", group: fields["group"] ?? id,
          question: question, text: text))
    }
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("===") {
        try finish()
        header = (number + 1, Self.fields(line.dropFirst(3)))
        body = []
      } else if header != nil {
        body.append(line)
      }
    }
    try finish()
    var seen: Set<String> = []
    for answer in answers where !seen.insert(answer.id).inserted {
      throw RapportError("\(source): the id \(answer.id) is used twice.")
    }
    self.answers = answers
  }

  /// "id: a | decision: dig | question: What? Why?" as a dictionary; the question keeps any
  /// "|" it contains.
  static func fields(_ header: Substring) -> [String: String] {
    var fields: [String: String] = [:]
    var parts = header.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    if let questionIndex = parts.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("question:") }) {
      let joined = parts[questionIndex...].joined(separator: "|")
      parts = Array(parts[..<questionIndex]) + [joined]
    }
    for part in parts {
      guard let colon = part.firstIndex(of: ":") else { continue }
      let key = part[..<colon].trimmingCharacters(in: .whitespaces)
      fields[key] = part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return fields
  }

  /// "written-1a2b3c4d: 357 answers, 142 stop": the set's id and size, for a model's training.
  public func summary(prefix: String) -> String {
    "\(identifier(prefix: prefix)): \(answers.count) answers, \(answers.filter(\.stops).count) stop"
  }

  /// A short, stable id for the set: "<prefix>-" and a hash of every id, label and text.
  public func identifier(prefix: String) -> String {
    var hash = WordHash.offset
    for answer in answers { hash = WordHash.mix(hash, "\(answer.id)|\(answer.stops)|\(answer.text)\n") }
    return prefix + "-" + String(String(hash, radix: 16).suffix(8))
  }

  /// The answers split into `count` folds by `GroupedFolds`: a conversation stays in one
  /// fold, and the split is the same every run.
  public func folds(_ count: Int) -> [[Answer]] {
    let assignment = GroupedFolds.assign(groups: answers.map(\.group), k: count)
    return (0..<count).map { fold in answers.indices.filter { assignment[$0] == fold }.map { answers[$0] } }
  }
}
