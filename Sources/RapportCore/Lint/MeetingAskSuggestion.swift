/// The suggestion for a meeting request, built from the draft rather than a fixed example:
/// the interest question asks about what the meeting was for ("15 minutes to discuss cutting
/// your ramp time?" → "Is cutting your ramp time a priority this quarter?"), or else about the
/// first thing of theirs the draft names ("your new reps" → "Worth a look for your new reps?"),
/// and never about a topic the draft does not mention.
enum MeetingAskSuggestion {
  static let lead = "Ask an interest question instead"

  /// The suggestion for a meeting request at byte offset `start` of `analysis`. `fallback`
  /// keeps the draft-wide suggestion once worked out, so a draft full of meeting requests
  /// costs one pass over its sentences, not one per request.
  static func suggestion(at start: Int, in analysis: Analysis, fallback: inout String?) -> String {
    if let index = sentenceIndex(at: start, in: analysis), mentions(markerVerbs, in: analysis.sentences[index], of: analysis),
      let topic = topic(ofMeeting: text(of: analysis.sentences[index], in: analysis))
    {
      return "\(lead): \u{201c}Is \(topic) a priority this quarter?\u{201d}"
    }
    if let fallback { return fallback }
    var found: String?
    // Only sentences holding a "your" are turned into text: most drafts have few.
    for sentence in analysis.sentences where !sentence.isGreeting && mentions(your, in: sentence, of: analysis) {
      guard let first = sentence.tokens.first, let last = sentence.tokens.last else { continue }
      if let theirs = readersThing(in: analysis.text(Int(analysis.tokens[first].start)..<Int(analysis.tokens[last].end))) {
        found = "\(lead): \u{201c}Worth a look for \(theirs)?\u{201d}"
        break
      }
    }
    let text = found ?? "\(lead), about their situation: \u{201c}Is this a priority for you this quarter?\u{201d}"
    fallback = text
    return text
  }

  /// The hash of "your", and of the verbs a meeting's purpose follows ("to discuss", "to look at").
  static let your: Set<UInt64> = [WordHash.of("your")]
  static let markerVerbs: Set<UInt64> = Set(
    ["discuss", "talk", "chat", "go", "explore", "look", "see", "hear", "learn"].map { WordHash.of($0[...]) })

  /// Whether `sentence` holds a word whose hash is in `hashes`: a check on the tokens, so the
  /// string work below runs only on the sentences that can match.
  static func mentions(_ hashes: Set<UInt64>, in sentence: Sentence, of analysis: Analysis) -> Bool {
    sentence.tokens.contains { analysis.tokens[$0].isWord && hashes.contains(analysis.tokens[$0].hash) }
  }

  /// The index of the sentence holding byte offset `start` (sentences are in order: a binary search).
  static func sentenceIndex(at start: Int, in analysis: Analysis) -> Int? {
    let sentences = analysis.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      guard let last = sentences[middle].tokens.last else { low = middle + 1; continue }
      if Int(analysis.tokens[last].end) <= start { low = middle + 1 } else { high = middle }
    }
    guard low < sentences.count, let first = sentences[low].tokens.first, Int(analysis.tokens[first].start) <= start
    else { return nil }
    return low
  }

  /// The text of a sentence, from its first token to its last.
  static func text(of sentence: Sentence, in analysis: Analysis) -> String {
    guard let first = sentence.tokens.first, let last = sentence.tokens.last else { return "" }
    return analysis.text(Int(analysis.tokens[first].start)..<Int(analysis.tokens[last].end))
  }

  /// Words that end a topic or a "your …" phrase: verbs, prepositions, time words.
  static let stops: Set<String> = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "do", "does", "did", "to", "for", "with", "in", "on", "at", "by", "from", "of", "and", "or",
    "but", "this", "that", "these", "those", "the", "a", "an", "next", "last", "week", "today", "tomorrow",
    "monday", "tuesday", "wednesday", "thursday", "friday", "if", "so", "when", "as", "it", "you", "we", "i",
    "me", "us", "together", "sometime", "soon", "quickly", "briefly", "please", "now", "then", "there",
  ]

  /// The reader's own things that are no topic ("your calendar", "your time").
  static let notTopics: Set<String> = [
    "calendar", "time", "inbox", "schedule", "thoughts", "availability", "convenience", "attention", "feedback",
    "reply", "response", "email", "message", "number", "day", "week", "own",
  ]

  /// What the meeting is for: the words after "to discuss", "to talk about", "about", … up to
  /// the end of the sentence or a time ("this week"); nil when it is the sender's ("our
  /// platform") or longer than six words.
  static func topic(ofMeeting sentence: String) -> String? {
    let words = Self.words(of: sentence).map(String.init)
    let lower = words.map { Self.trimmed($0.lowercased()) }
    let markers: [[String]] = [
      ["to", "discuss"], ["to", "talk", "about"], ["to", "talk", "through"], ["to", "chat", "about"],
      ["to", "go", "over"], ["to", "explore"], ["to", "look", "at"], ["to", "see", "how"], ["to", "hear", "about"],
      ["to", "learn", "about"],
    ]
    for marker in markers {
      for start in lower.indices where Array(lower[start..<min(lower.count, start + marker.count)]) == marker {
        var topic: [String] = []
        var index = start + marker.count
        if marker == ["to", "see", "how"] { topic.append("how") }
        while index < words.count {
          let word = lower[index]
          if topic.count >= 1 && ["this", "next", "later", "sometime", "before", "after", "so", "if"].contains(word) { break }
          if ["the", "a", "an"].contains(word) && topic.isEmpty { index += 1; continue }
          topic.append(Self.trimmed(words[index]))
          if words[index].last.map({ ".?!,;:".contains($0) }) == true { break }
          index += 1
        }
        let kept = topic.filter { !$0.isEmpty }
        let lowered = Set(kept.map { $0.lowercased() })
        let meeting: Set<String> = ["call", "demo", "chat", "meeting", "minutes", "minute", "calendar"]
        guard !kept.isEmpty, kept.count <= 6, lowered.isDisjoint(with: ["our", "my", "we", "us", "me", "i", "it", "that", "this"]),
          lowered.isDisjoint(with: meeting)
        else { continue }
        return kept.joined(separator: " ")
      }
    }
    return nil
  }

  /// Words that name a kind of thing before the thing ("your sales team", "your new reps").
  static let modifiers: Set<String> = [
    "new", "sales", "support", "finance", "marketing", "customer", "onboarding", "engineering", "product", "ops",
    "hiring", "data", "billing", "renewal", "q1", "q2", "q3", "q4", "spring", "summer", "fall", "winter", "own",
  ]

  /// The first "your …" of a sentence that names something of theirs: "your team", or two
  /// words when the first names a kind ("your new reps", "your sales team").
  static func readersThing(in sentence: String) -> String? {
    let raw = Self.words(of: sentence)
    // Words are trimmed when looked at: only a "your" and the one or two after it.
    let words = raw.lazy.map { Self.trimmed($0) }
    func usable(_ word: String) -> Bool {
      let lower = word.lowercased()
      return !word.isEmpty && !stops.contains(lower) && !lower.hasSuffix("ed") && !lower.hasSuffix("'s")
        && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
    for index in raw.indices where index + 1 < raw.count && holdsYour(raw[index]) && words[index].lowercased() == "your" {
      let first = words[index + 1]
      guard usable(first), !notTopics.contains(first.lowercased()) else { continue }
      var phrase = ["your", first]
      // A second word only after a kind-word, and not across punctuation ("your team, …").
      if modifiers.contains(first.lowercased()), index + 2 < words.count, usable(words[index + 2]),
        raw[index + 1].last.map({ $0.isLetter || $0.isNumber }) == true
      {
        phrase.append(words[index + 2])
      }
      return phrase.joined(separator: " ")
    }
    return nil
  }

  /// Whether `word` holds the letters "your" in any case: a byte check before the trim.
  static func holdsYour(_ word: Substring) -> Bool {
    let bytes = Array(word.utf8)
    guard bytes.count >= 4 else { return false }
    return (0...(bytes.count - 4)).contains { i in
      bytes[i] | 0x20 == 0x79 && bytes[i + 1] | 0x20 == 0x6F && bytes[i + 2] | 0x20 == 0x75 && bytes[i + 3] | 0x20 == 0x72
    }
  }

  /// `text` split at whitespace, looked up per scalar (ASCII first) rather than per Character,
  /// which keeps this off the lint's profile.
  static func words(of text: String) -> [Substring] {
    text.unicodeScalars.split(whereSeparator: { scalar in
      scalar.value < 0x80
        ? scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C
        : scalar.properties.isWhitespace
    }).map { Substring($0) }
  }

  /// `word` without the punctuation (Unicode category P) at either end, as Foundation's
  /// `trimmingCharacters(in: .punctuationCharacters)` gives, without the bridge to NSString.
  static func trimmed(_ word: some StringProtocol) -> String {
    let scalars = word.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isPunctuation(scalars[start]) { start = scalars.index(after: start) }
    while end > start, isPunctuation(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  private static let asciiPunctuation = Set("!\"#%&'()*,-./:;?@[\\]_{}".unicodeScalars)

  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return asciiPunctuation.contains(scalar) }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }
}
