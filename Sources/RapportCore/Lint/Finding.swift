/// One problem found in a draft, with where it is and what to do instead.
///
/// Lines and columns are 1-based. Columns and offsets count characters as a reader sees
/// them (Swift `Character`s, i.e. extended grapheme clusters): "é" is one, and so is "👋🏽".
public struct Finding: Sendable, Equatable, Codable {
  public var ruleID: String
  public var severity: Severity
  public var line: Int
  public var column: Int
  public var endLine: Int
  /// One past the last character, on `endLine`.
  public var endColumn: Int
  /// Character offsets from the start of the message: `start..<end`.
  public var start: Int
  public var end: Int
  public var message: String
  public var suggestion: String
  /// The text the finding points at (empty for message-wide findings on an empty draft).
  public var matched: String
  /// UTF-8 byte offsets of the same span in the (repaired) input.
  public var byteStart = 0
  public var byteEnd = 0
}

/// The measurements behind the score.
public struct LintMetrics: Sendable, Equatable, Codable {
  public var words = 0
  public var sentences = 0
  public var questions = 0
  /// Reader words (you, your, the customer's names) that count as reader focus.
  public var readerWords = 0
  /// Sender words (I, we, our, the sender's names) that count as sender focus.
  public var selfWords = 0
  public var readerSentences = 0
  public var selfSentences = 0
  public var neutralSentences = 0
  public var opensWithSelf = false
  /// `interest`, `meeting`, `calendar-link` or `none`.
  public var callToAction = "none"
  public var readability = Readability(words: 0, sentences: 0, syllables: 0)
  public var subject: String?

  /// Reader words ÷ (reader + sender words), or nil when there are none (We-We style).
  public var readerShare: Double? {
    readerWords + selfWords == 0 ? nil : Double(readerWords) / Double(readerWords + selfWords)
  }
}

/// A named part of the score.
public struct SubScore: Sendable, Equatable, Codable {
  public var name: String
  /// Share of the total, after weights of parts that do not apply are spread over the rest.
  public var weight: Double
  /// 0–100.
  public var value: Double
  /// The arithmetic, in words and numbers, as UTF-8 (`formula` as a string).
  public var formulaUTF8: [UInt8]
  /// The exact words or items counted (`counted` as strings).
  public var countedItems: UTF8List

  /// The arithmetic, in words and numbers.
  public var formula: String {
    get { String(decoding: formulaUTF8, as: UTF8.self) }
    set { formulaUTF8 = Array(newValue.utf8) }
  }

  /// The exact words or items counted.
  public var counted: [String] {
    get { countedItems.strings }
    set { countedItems = UTF8List(newValue) }
  }

  public init(name: String, weight: Double, value: Double, formula: String, counted: [String]) {
    self.init(name: name, weight: weight, value: value, formulaUTF8: Array(formula.utf8), counted: UTF8List(counted))
  }

  init(name: String, weight: Double, value: Double, formulaUTF8: [UInt8], counted: UTF8List) {
    self.name = name
    self.weight = weight
    self.value = value
    self.formulaUTF8 = formulaUTF8
    countedItems = counted
  }

  /// This part's points, weight × value, in tenths: the score is the sum of these, so
  /// `--explain` can show arithmetic that adds up to the digit.
  public var pointTenths: Int { Int((weight * value * 10).rounded()) }

  private enum CodingKeys: String, CodingKey { case name, weight, value, formula, counted }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      name: try c.decode(String.self, forKey: .name), weight: try c.decode(Double.self, forKey: .weight),
      value: try c.decode(Double.self, forKey: .value), formula: try c.decode(String.self, forKey: .formula),
      counted: try c.decode([String].self, forKey: .counted))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(weight, forKey: .weight)
    try c.encode(value, forKey: .value)
    try c.encode(formula, forKey: .formula)
    try c.encode(counted, forKey: .counted)
  }
}

/// The 0–100 score: the weighted sum of its parts (each part's points to one decimal,
/// then the sum rounded half up).
public struct Score: Sendable, Equatable, Codable {
  public var total: Int
  public var parts: [SubScore]
  /// The most a draft past its profile's word limit may score: 100 × limit ÷ words (a draft
  /// twice the limit scores at most 50); nil within the limit. `total` is already held to it.
  public var cap: Int?

  public init(total: Int, parts: [SubScore], cap: Int? = nil) {
    self.total = total
    self.parts = parts
    self.cap = cap
  }

  /// The ceiling for `words` under a profile whose limit is `limit` words; nil within it.
  public static func lengthCap(words: Int, limit: Int) -> Int? {
    words > limit && limit > 0 ? 100 * limit / words : nil
  }
}

/// Everything `rapport lint` learns about one draft.
public struct LintReport: Sendable {
  public var profile: Profile
  public var findings: [Finding]
  public var metrics: LintMetrics
  public var score: Score
  /// The draft's bytes (after replacing invalid UTF-8).
  let bytes: [UInt8]
  let lineRanges: [Range<Int>]
  let sentences: [(range: Range<Int>, focus: String)]
  /// Who the draft serves: the fitted focus verdict, shown first.
  public var focus: FocusVerdict
  /// The focus features' values, in `FocusFeature.allCases` order (what the model was fitted on).
  public var focusFeatures: [Double]

  /// The draft's lines, for showing source lines.
  public var lines: [Substring] {
    lineRanges.map { range in
      var end = range.upperBound
      if end > range.lowerBound, bytes[end - 1] == 0x0D { end -= 1 }
      return Substring(String(decoding: bytes[range.lowerBound..<end], as: UTF8.self))
    }
  }

  /// The text of the 1-based `line` between UTF-8 offsets `from` and `to` (clamped to the
  /// line and moved back to character boundaries), for excerpts of very long lines.
  public func excerpt(line: Int, from: Int, to: Int) -> (text: String, startsAtLine: Bool, endsAtLine: Bool) {
    let range = lineRanges[line - 1]
    var end = range.upperBound
    if end > range.lowerBound, bytes[end - 1] == 0x0D { end -= 1 }
    var lower = min(max(from, range.lowerBound), end)
    var upper = min(max(to, lower), end)
    while lower > range.lowerBound, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
    while upper < end, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
    return (String(decoding: bytes[lower..<upper], as: UTF8.self), lower == range.lowerBound, upper == end)
  }

  /// Reader, sender or neutral, per sentence, with the sentence's text (for `--explain`).
  public var sentenceFocus: [(text: String, focus: String)] {
    sentences.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.focus) }
  }

  /// The same as `sentenceFocus`, without making strings: each sentence's UTF-8, in order.
  public func forEachSentenceFocus(_ body: (_ text: UnsafeBufferPointer<UInt8>, _ focus: String) -> Void) {
    bytes.withUnsafeBufferPointer { all in
      for sentence in sentences { body(UnsafeBufferPointer(rebasing: all[sentence.range]), sentence.focus) }
    }
  }

  /// Suppression lines naming a rule that does not exist: (rule id, 1-based line).
  public var unknownSuppressions: [(rule: String, line: Int)] = []

  /// Whether any finding is error-level.
  public var hasErrors: Bool {
    // By index: reads each severity in place instead of copying every finding.
    for index in findings.indices where findings[index].severity == .error { return true }
    return false
  }
}
