/// A labelled evaluation set for the lint score, and the numbers that judge it:
/// ROC AUC of the score for customer- vs self-focused messages, and the share of
/// before/after pairs where the rewrite scores higher.
public struct LintEvaluation: Sendable {
  /// One labelled message.
  public struct Message: Sendable, Equatable {
    public var id: String
    /// True for `label: customer`, false for `label: self`.
    public var customerFocused: Bool
    public var pair: String?
    public var profile: Profile
    /// The kind of text (`cold-email`, `voicemail`, `bump`, …), or nil when the header has none.
    public var genre: String?
    /// Items sharing a group stay in one cross-validation fold: the pair id, else the item's own id.
    public var group: String
    public var text: String
    /// `noise: yes` marks an item its source praised for something other than focus.
    public var noise = false
  }

  public var messages: [Message]

  /// Parses blocks headed `=== id: ID | label: self|customer | pair: P|- | profile: NAME`,
  /// optionally followed by `| genre: G | group: G | noise: yes|no`; other fields are ignored.
  public init(parsing text: String) throws(RapportError) {
    messages = []
    var current: Message?
    var body: [Substring] = []
    func flush() {
      guard var message = current else { return }
      while body.first?.allSatisfy(\.isWhitespace) == true { body.removeFirst() }
      while body.last?.allSatisfy(\.isWhitespace) == true { body.removeLast() }
      message.text = body.joined(separator: "\n")
      messages.append(message)
    }
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard line.hasPrefix("===") else {
        if current != nil { body.append(line) }
        continue
      }
      flush()
      body = []
      var fields: [String: String] = [:]
      for part in line.dropFirst(3).split(separator: "|") {
        let pieces = part.split(separator: ":", maxSplits: 1)
        guard pieces.count == 2 else { continue }
        fields[Self.trim(pieces[0])] = Self.trim(pieces[1])
      }
      guard let id = fields["id"], let label = fields["label"], label == "self" || label == "customer",
        let profile = Profile.named(fields["profile"] ?? "cold-email")
      else {
        throw RapportError("line \(number + 1): a header needs id, label (self|customer) and a known profile.")
      }
      let pair = fields["pair"].flatMap { $0 == "-" || $0.isEmpty ? nil : $0 }
      let genre = fields["genre"].flatMap { $0.isEmpty || $0 == "-" ? nil : $0 }
      let group = fields["group"].flatMap { $0.isEmpty || $0 == "-" ? nil : $0 } ?? pair ?? id
      current = Message(
        id: id, customerFocused: label == "customer", pair: pair, profile: profile, genre: genre, group: group,
        text: "", noise: fields["noise"] == "yes")
    }
    flush()
  }

  private static func trim(_ text: Substring) -> String {
    String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  /// The probability that a random customer-focused message outscores a random
  /// self-focused one (ties count half): the ROC AUC of the score.
  public static func auc(customer: [Double], self selfScores: [Double]) -> Double {
    guard !customer.isEmpty, !selfScores.isEmpty else { return 0 }
    var wins = 0.0
    for c in customer {
      for s in selfScores { wins += c > s ? 1 : c == s ? 0.5 : 0 }
    }
    return wins / Double(customer.count * selfScores.count)
  }

  /// Scores every message with its own profile, using `configure` for the rest.
  public func scores(configuration: LintConfiguration = LintConfiguration()) -> [String: Int] {
    var engines: [String: LintEngine] = [:]
    var result: [String: Int] = [:]
    for message in messages {
      var config = configuration
      config.profile = message.profile
      let engine = engines[message.profile.name] ?? LintEngine(configuration: config)
      engines[message.profile.name] = engine
      result[message.id] = engine.lint(message.text).score.total
    }
    return result
  }

  /// The before/after pairs as (self message, customer message).
  public var pairs: [(before: Message, after: Message)] {
    var byPair: [String: [Message]] = [:]
    for message in messages { if let pair = message.pair { byPair[pair, default: []].append(message) } }
    return byPair.keys.sorted().compactMap { key in
      let group = byPair[key]!
      guard let before = group.first(where: { !$0.customerFocused }),
        let after = group.first(where: { $0.customerFocused })
      else { return nil }
      return (before, after)
    }
  }
}
