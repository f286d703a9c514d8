extension LintRule {
  /// `subject.word-count`: A subject of one word, or of more than five.
  static let subjectWordCount = LintRule(
    id: "subject.word-count", severity: .suggestion,
    summary: "A subject of one word, or of more than five.",
    message: "The subject has {word_count}; 3–4 get the most replies.",
    suggestion: "Name their topic in 3–4 words.",
    rationale: "Boomerang: subject lines of 3–4 words got the most responses; no subject, 14%.",
    detector: .check(Check(subjectWordCountCheck)),
    triggers: [
      RuleExample("Subject: Hello\n\nIs onboarding a priority?", at: "Hello"),
      RuleExample("Subject: Quick thought on your new rep onboarding plan\n\nIs it a priority?", at: "Quick thought on your new rep onboarding plan"),
    ],
    passes: [
      "Subject: Onboarding at Globex\n\nIs onboarding a priority?",
    ],
    role: .subjectLine)

  /// The subject line's word band.
  static let subjectWordBand = 2...5

  /// The pieces between spaces, as `text.split(separator: " ").count` counts them. ASCII
  /// text is counted on its bytes (no grapheme breaking): a space there is always a
  /// character of its own.
  static func wordCount(_ text: String) -> Int {
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var words = 0
      var inWord = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte == 0x20 {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
        }
      }
      return words
    }
    return (ascii ?? nil) ?? text.split(separator: " ").count
  }

  static func subjectWordCountCheck(_ c: inout CheckContext) {
    guard let subject = c.subjectLine, !subject.text.isEmpty else { return }
    let words = wordCount(subject.text)
    if !subjectWordBand.contains(words) {
      c.add(subject.range.lowerBound, subject.range.upperBound, ["word_count": CheckContext.words(words)])
    }
  }
}
