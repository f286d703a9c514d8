/// Counts words, sentences, questions and syllables, and classifies the call to action.
enum Measurements {
  /// Hosts of scheduling links: a calendar link is the heaviest ask.
  static let calendarHosts = [
    "calendly.com", "cal.com", "chilipiper", "savvycal", "meetings.hubspot", "hubspot.com/meetings",
    "calendar.app.google", "calendar.google", "zcal.co", "tidycal", "youcanbook.me", "doodle.com",
    "outlook.office.com/bookwithme", "book.vimcal",
  ]

  private static let calendarHostBytes = calendarHosts.map { Array($0.utf8) }

  private static func contains(_ bytes: [UInt8], _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
    guard range.count >= needle.count else { return false }
    var i = range.lowerBound
    while i + needle.count <= range.upperBound {
      // Only at the start of a host label: "cal.com" is not "musical.com".
      if i > range.lowerBound && bytes[i - 1] != UInt8(ascii: "/") && bytes[i - 1] != UInt8(ascii: ".") {
        i += 1
        continue
      }
      var k = 0
      while k < needle.count {
        let b = bytes[i + k]
        if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != needle[k] { break }
        k += 1
      }
      if k == needle.count { return true }
      i += 1
    }
    return false
  }

  static func measure(_ analysis: inout Analysis, meetingRules: [Int]) {
    var metrics = analysis.metrics
    var syllables = 0
    var words = 0
    for token in analysis.tokens where token.isWord {
      words += 1
      syllables += Int(token.syllables)
    }
    // Counted, not filtered: a copy of every sentence was a second per-sentence array.
    var sentences = 0
    var questions = 0
    for sentence in analysis.sentences where !sentence.isGreeting {
      sentences += 1
      if sentence.isQuestion { questions += 1 }
    }
    metrics.words = words
    metrics.sentences = sentences
    metrics.questions = questions
    metrics.readability = Readability(words: words, sentences: max(1, sentences), syllables: syllables)
    if let subject = analysis.subject { metrics.subject = analysis.text(subject) }
    let meeting = analysis.phraseHits.contains { meetingRules.contains($0.rule) }
    if !calendarLinks(analysis).isEmpty {
      metrics.callToAction = "calendar-link"
    } else if meeting {
      metrics.callToAction = "meeting"
    } else if metrics.questions > 0 {
      metrics.callToAction = "interest"
    }
    analysis.metrics = metrics
  }

  /// Tokens that are scheduling links.
  static func calendarLinks(_ analysis: Analysis) -> [Token] {
    // A plain loop: most tokens are words, and a filter's closure call per token cost more
    // than the test.
    var links: [Token] = []
    analysis.tokens.withUnsafeBufferPointer { tokens in
      for token in tokens where token.kind == .url {
        let range = Int(token.start)..<Int(token.end)
        if calendarHostBytes.contains(where: { host in Self.contains(analysis.bytes, range, host) }) {
          links.append(token)
        }
      }
    }
    return links
  }
}
