/// The measured rules: focus balance, the ask, length, reading level and the subject line.
struct ComputedChecks {
  let rules: [Check: Int]
  let definitions: [LintRule]
  let profile: Profile

  func run(_ analysis: inout Analysis) {
    var hits: [Hit] = []
    func add(_ check: Check, _ start: Int, _ end: Int, whole: Bool = false, _ values: KeyValuePairs<String, String> = [:]) {
      guard let rule = rules[check] else { return }
      var hit = Hit(rule: rule, start: start, end: end, wholeMessage: whole)
      if !values.isEmpty { hit.message = Self.fill(definitions[rule].message, values) }
      hits.append(hit)
    }
    let a = analysis
    let m = a.metrics
    let tokens = a.tokens
    let bodySentences = a.sentences.indices.filter { !a.sentences[$0].isGreeting }
    func span(_ sentence: Int) -> (Int, Int) {
      let range = a.sentences[sentence].tokens
      let first = tokens[range.lowerBound]
      // Underline to the end of the first line of the sentence.
      var last = first
      for k in range where tokens[k].line == first.line { last = tokens[k] }
      return (Int(first.start), Int(last.end))
    }
    // Whole-message findings point at the first word after the greeting.
    let firstBody = bodySentences.first.flatMap { a.sentences[$0].tokens.first { tokens[$0].isWord } }
    let firstWord = firstBody.map { tokens[$0] } ?? tokens.first { $0.isWord }
    let anchor = firstWord.map { (Int($0.start), Int($0.end)) } ?? (0, 0)

    if m.words == 0 {
      add(.empty, anchor.0, anchor.0, whole: true)
    }
    if let first = bodySentences.first, m.opensWithSelf,
      let k = a.sentences[first].tokens.first(where: { a.roles[$0] == .sender })
    {
      add(.opensWithSelf, Int(tokens[k].start), Int(tokens[k].end), ["word": a.text(of: tokens[k])])
    }
    if let share = m.readerShare, m.readerWords + m.selfWords >= 3, share < 0.5 {
      add(
        .selfCentred, anchor.0, anchor.1, whole: true,
        ["share": String(Int((share * 100).rounded())), "reader": String(m.readerWords), "self": String(m.selfWords)])
    }
    var streak = 0
    for index in bodySentences {
      streak = a.sentenceRoles[index] == .sender ? streak + 1 : 0
      if streak == 3 {
        let (s, e) = span(index)
        add(.selfStreak, s, e)
      }
    }
    if m.words > 0 && m.questions == 0, let last = bodySentences.last {
      let (s, e) = span(last)
      add(.noQuestion, s, e, whole: true)
    }
    let questions = bodySentences.filter { a.sentences[$0].isQuestion }
    if questions.count > 3 {
      let (s, e) = span(questions[3])
      add(.tooManyQuestions, s, e, ["count": String(questions.count)])
    }
    for link in Measurements.calendarLinks(a) { add(.calendarLink, Int(link.start), Int(link.end)) }

    let band = profile.idealWords
    func values() -> KeyValuePairs<String, String> {
      [
        "word_count": Self.words(m.words), "band": "\(band.lowerBound)–\(band.upperBound)", "profile": profile.name,
        "limit": String(profile.maximumWords),
      ]
    }
    func word(_ n: Int) -> Token {
      var seen = 0
      for token in tokens where token.isWord {
        if seen == n { return token }
        seen += 1
      }
      return tokens[0]
    }
    if m.words > profile.maximumWords {
      let word = word(profile.maximumWords)
      add(.tooLong, Int(word.start), Int(word.end), whole: true, values())
    } else if m.words > band.upperBound {
      let word = word(band.upperBound)
      add(.overBand, Int(word.start), Int(word.end), whole: true, values())
    }
    if m.words > 0 && m.words < band.lowerBound {
      add(.tooShort, anchor.0, anchor.1, whole: true, values())
    }
    let grade = m.readability.grade
    if m.words >= 12 && grade > profile.gradeBand.upperBound {
      add(
        .readingGrade, anchor.0, anchor.1, whole: true,
        ["grade": Self.oneDecimal(grade), "band": "\(Int(profile.gradeBand.lowerBound))–\(Int(profile.gradeBand.upperBound))"])
    }
    for index in bodySentences where a.sentences[index].wordCount > 25 {
      let (s, e) = span(index)
      add(.longSentence, s, e, ["words": String(a.sentences[index].wordCount)])
    }
    if profile.checksSubject, let subject = a.subject {
      let text = a.text(subject)
      let lower = text.lowercased()
      let words = text.split(separator: " ").count
      if text.isEmpty {
        add(.subjectEmpty, subject.lowerBound, subject.upperBound)
      } else {
        if text.count > 40 {
          add(.subjectTooLong, subject.lowerBound, subject.upperBound, ["chars": String(text.count)])
        }
        if words < 2 || words > 5 {
          add(.subjectWordCount, subject.lowerBound, subject.upperBound, ["word_count": Self.words(words)])
        }
        if profile == .coldEmail && (lower.hasPrefix("re:") || lower.hasPrefix("fwd:") || lower.hasPrefix("fw:")) {
          add(.subjectFakeReply, subject.lowerBound, subject.upperBound)
        }
      }
    }
    analysis.hits.append(contentsOf: hits)
    analysis.hits.sort { ($0.start, $0.rule) < ($1.start, $1.rule) }
  }

  /// "1 word", "28 words".
  static func words(_ count: Int) -> String { count == 1 ? "1 word" : "\(count) words" }

  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// Replaces `{key}` placeholders (working on UTF-8, without grapheme breaking).
  static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
    var source = template
    return source.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 32)
      var i = 0
      while i < bytes.count {
        if bytes[i] == UInt8(ascii: "{"), let close = bytes[i...].firstIndex(of: UInt8(ascii: "}")) {
          let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]), as: UTF8.self)
          if let value = values.first(where: { $0.key == key })?.value {
            out.append(contentsOf: value.utf8)
            i = close + 1
            continue
          }
        }
        out.append(bytes[i])
        i += 1
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

}
