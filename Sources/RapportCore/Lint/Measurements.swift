/// Counts words, sentences, questions and syllables, and classifies the call to action.
enum Measurements {
  /// Hosts of scheduling links: a calendar link is the heaviest ask.
  static let calendarHosts = [
    "calendly.com", "cal.com", "chilipiper", "savvycal", "meetings.hubspot", "hubspot.com/meetings",
    "calendar.app.google", "calendar.google", "zcal.co", "tidycal", "youcanbook.me", "doodle.com",
    "outlook.office.com/bookwithme", "book.vimcal",
  ]

  static func measure(_ analysis: inout Analysis, meetingRules: Set<Int>) {
    var metrics = analysis.metrics
    var syllables = 0
    var words = 0
    for token in analysis.tokens where token.isWord {
      words += 1
      syllables += Syllables.count(analysis.bytes[Int(token.start)..<Int(token.end)])
    }
    let sentences = analysis.sentences.filter { !$0.isGreeting }
    metrics.words = words
    metrics.sentences = sentences.count
    metrics.questions = sentences.filter(\.isQuestion).count
    metrics.readability = Readability(words: words, sentences: max(1, sentences.count), syllables: syllables)
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
    analysis.tokens.filter { token in
      guard token.kind == .url else { return false }
      let url = analysis.text(of: token).lowercased()
      return calendarHosts.contains { url.firstRange(of: $0) != nil }
    }
  }
}
