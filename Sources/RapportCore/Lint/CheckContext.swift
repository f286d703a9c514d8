/// What a measured rule's check sees of one draft (the analysis, the profile, the body
/// sentences and where whole-message findings point), and where it reports its hits.
struct CheckContext {
  let analysis: Analysis
  let profile: Profile
  /// Sentences after the greeting.
  let bodySentences: [Int]
  /// Where whole-message findings point: the first word after the greeting.
  let anchor: (start: Int, end: Int)
  /// The rule whose check is running, and its message.
  var rule = 0
  var message = ""
  private(set) var hits: [Hit] = []

  var metrics: LintMetrics { analysis.metrics }
  var tokens: [Token] { analysis.tokens }

  init(_ analysis: Analysis, profile: Profile) {
    self.analysis = analysis
    self.profile = profile
    let a = analysis
    var body: [Int] = []
    body.reserveCapacity(a.sentences.count)
    for index in a.sentences.indices where !a.sentences[index].isGreeting { body.append(index) }
    bodySentences = body
    let firstBody = bodySentences.first.flatMap { a.sentences[$0].tokens.first { a.tokens[$0].isWord } }
    let firstWord = firstBody.map { a.tokens[$0] } ?? a.tokens.first { $0.isWord }
    anchor = firstWord.map { (Int($0.start), Int($0.end)) } ?? (0, 0)
  }

  /// Reports a hit of the running rule; `values` fill the message's `{key}` placeholders.
  mutating func add(_ start: Int, _ end: Int, whole: Bool = false, _ values: KeyValuePairs<String, String> = [:]) {
    var hit = Hit(rule: rule, start: start, end: end, wholeMessage: whole)
    if !values.isEmpty { hit.message = Self.fill(message, values) }
    hits.append(hit)
  }

  /// A sentence's span, from its first word to the end of its first line.
  func span(_ sentence: Int) -> (Int, Int) {
    let tokens = analysis.tokens
    let range = analysis.sentences[sentence].tokens
    let first = tokens[range.lowerBound]
    var last = first
    for k in range where tokens[k].line == first.line { last = tokens[k] }
    return (Int(first.start), Int(last.end))
  }

  /// The `n`th word (0-based), or the first token when there are fewer.
  func word(_ n: Int) -> Token {
    var seen = 0
    for token in analysis.tokens where token.isWord {
      if seen == n { return token }
      seen += 1
    }
    return analysis.tokens[0]
  }

  /// The placeholders the length rules fill.
  func lengthValues() -> KeyValuePairs<String, String> {
    let band = profile.idealWords
    return [
      "word_count": Self.words(metrics.words), "band": "\(band.lowerBound)–\(band.upperBound)", "profile": profile.name,
      "limit": String(profile.maximumWords),
    ]
  }

  /// The subject line's text and byte range, when the profile checks one and the draft has one.
  var subjectLine: (text: String, range: Range<Int>)? {
    guard profile.checksSubject, let subject = analysis.subject else { return nil }
    return (analysis.text(subject), subject)
  }

  /// Runs every measured rule's check (in rule order) and merges their hits with the phrase hits.
  static func run(_ checks: [(rule: Int, check: Check)], definitions: [LintRule], profile: Profile, on analysis: inout Analysis) {
    var context = CheckContext(analysis, profile: profile)
    for (rule, check) in checks {
      context.rule = rule
      context.message = definitions[rule].message
      check.run(&context)
    }
    analysis.hits.append(contentsOf: context.hits)
    analysis.hits.sort { ($0.start, $0.rule) < ($1.start, $1.rule) }
  }

  /// "1 word", "28 words".
  static func words(_ count: Int) -> String { count == 1 ? "1 word" : "\(count) words" }

  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// Replaces `{key}` placeholders (working on UTF-8, without grapheme breaking): the text
  /// between placeholders is copied a run at a time, and keys are compared as bytes.
  static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
    var source = template
    return source.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 32)
      let count = bytes.count
      var copied = 0
      var i = 0
      while i < count {
        guard bytes[i] == UInt8(ascii: "{") else {
          i += 1
          continue
        }
        var close = i + 1
        while close < count && bytes[close] != UInt8(ascii: "}") { close += 1 }
        guard close < count, let value = value(for: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]), in: values) else {
          i += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
        out.appendUTF8(value)
        i = close + 1
        copied = i
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The value whose key's UTF-8 is `key`.
  private static func value(for key: UnsafeBufferPointer<UInt8>, in values: KeyValuePairs<String, String>) -> String? {
    for (name, value) in values where name.utf8.count == key.count {
      var name = name
      let same = name.withUTF8 { bytes in
        for index in 0..<bytes.count where bytes[index] != key[index] { return false }
        return true
      }
      if same { return value }
    }
    return nil
  }
}
