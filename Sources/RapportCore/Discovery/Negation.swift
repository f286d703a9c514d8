/// Negated cues: "it's not a problem" is no pain and "she isn't worried" no feeling; both
/// read as vague instead, a sign to ask for an example.
extension AnswerClassifier {
  /// Words that say a state has ended: with a negated feeling they make relief.
  static let noLonger = ["anymore", "any more", "no longer"]

  /// Where `phrase` occurs in `tokens` as whole words (a trailing `*` matches a prefix).
  /// Every cue of every answer comes through here, so it is a plain loop that rejects a start
  /// on its first word: a megabyte pasted as one answer costs one pass per cue, not one
  /// closure call per word and cue.
  static func occurrences(of phrase: String, in tokens: [String]) -> [Range<Int>] {
    let prefix = phrase.hasSuffix("*")
    let parts = words(prefix ? String(phrase.dropLast()) : phrase)
    guard !parts.isEmpty, parts.count <= tokens.count else { return [] }
    var found: [Range<Int>] = []
    for start in 0...(tokens.count - parts.count) {
      if let range = match(parts, prefix: prefix, at: start, in: tokens) { found.append(range) }
    }
    return found
  }

  /// `phrase` as whole words starting exactly at `start` in `tokens`, if it stands there: one
  /// look at the phrase's own length, however long `tokens` is.
  static func occurrence(of phrase: String, at start: Int, in tokens: [String]) -> Range<Int>? {
    let prefix = phrase.hasSuffix("*")
    let parts = words(prefix ? String(phrase.dropLast()) : phrase)
    guard !parts.isEmpty, start >= 0, start + parts.count <= tokens.count else { return nil }
    return match(parts, prefix: prefix, at: start, in: tokens)
  }

  /// The words of a phrase at `start` (in range): its last word may be a prefix.
  private static func match(_ parts: [String], prefix: Bool, at start: Int, in tokens: [String]) -> Range<Int>? {
    let last = parts.count - 1
    var offset = 0
    while offset <= last {
      let word = tokens[start + offset]
      guard offset == last && prefix ? word.hasPrefix(parts[offset]) : word == parts[offset] else { return nil }
      offset += 1
    }
    return start..<(start + parts.count)
  }

  /// The index of the negator that cancels a cue starting at `start`: just before it, or
  /// with only filler words ("a", "really", "any") between.
  func negator(before start: Int, in words: [String]) -> Int? {
    var index = start - 1
    while index >= 0, start - index <= 4 {
      if lexicon.negators.contains(words[index]) { return index }
      guard lexicon.negationFillers.contains(words[index]) else { return nil }
      index -= 1
    }
    return nil
  }

  /// `found` cues with negated pain and emotion cues turned vague. A pain cue that only
  /// served as the negator ("we don't have any problems") goes too. A feeling that is gone
  /// ("he doesn't dread surge season anymore", "no longer worried") is relief: an emotion.
  func withNegations(_ found: [(evidence: Classification.Evidence, ranges: [Range<Int>])], in words: [String])
    -> [Classification.Evidence]
  {
    var used: Set<Int> = []
    var result: [(evidence: Classification.Evidence, ranges: [Range<Int>])] = []
    for item in found {
      let negators = item.ranges.map { negator(before: $0.lowerBound, in: words) }
      if [.pain, .emotion].contains(item.evidence.answerClass), !negators.isEmpty,
        negators.allSatisfy({ $0 != nil })
      {
        used.formUnion(negators.compactMap { $0 })
        var vague = item.evidence
        let gone = Self.noLonger.contains { !Self.occurrences(of: $0, in: words).isEmpty }
        if item.evidence.answerClass == .emotion && gone {
          vague.cue = "no longer … " + item.evidence.cue
        } else {
          vague.answerClass = .vague
          vague.cue = "not … " + item.evidence.cue
        }
        result.append((vague, []))
      } else {
        result.append(item)
      }
    }
    return result.filter { item in
      !(item.evidence.answerClass == .pain && !item.ranges.isEmpty
        && item.ranges.allSatisfy { range in used.contains { range.contains($0) } })
    }.map(\.evidence)
  }
}

/// "Nobody." as the answer to "who else is involved?" names no one; it is not a pain.
/// "Nobody owns the renewal process" is.
extension AnswerClassifier {
  static let nobodyWords = ["nobody", "no one"]
  /// Words that may follow "nobody" without making it the subject of something going wrong.
  static let nobodyTails: Set<String> = [
    "else", "really", "in", "particular", "yet", "at", "all", "so", "far", "i", "think", "guess", "suppose",
    "that", "know", "of", "just", "me", "us", "but", "besides", "except", "apart", "from", "right", "now",
    "honestly", "currently", "here",
  ]

  /// True when every "nobody" / "no one" in `answer` stands alone in its clause ("Nobody.",
  /// "No one else yet", "Nobody else, it's my call").
  static func nobodyNamesNoOne(_ answer: String) -> Bool {
    let clauses = answer.split { ",.;:!?\u{2014}\u{2013}()".contains($0) }.map { words(String($0)) }
    var found = false
    for clause in clauses {
      for phrase in nobodyWords {
        for range in occurrences(of: phrase, in: clause) {
          found = true
          if !clause[range.upperBound...].allSatisfy({ nobodyTails.contains($0) }) { return false }
        }
      }
    }
    return found
  }
}
