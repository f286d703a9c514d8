/// Reads an answer into classes with a deterministic, explainable rule set: phrase cues from
/// a `CueLexicon`, numbers, and reason clauses ("because …", "so that …") read on their own.
public struct AnswerClassifier: Sendable {
  public var lexicon: CueLexicon

  public init(lexicon: CueLexicon = .builtIn) { self.lexicon = lexicon }

  /// Classifies `answer`. Never fails: an answer with no cue at all is a fact.
  public func classify(_ answer: String) -> Classification {
    let words = Self.words(answer)
    if words.isEmpty {
      return Classification(
        classes: [.vague], evidence: [.init(answerClass: .vague, cue: "an empty answer", inReason: false)])
    }
    if let cue = dontKnowCue(words) {
      return Classification(
        classes: [], isDontKnow: true, evidence: [.init(answerClass: .vague, cue: cue, inReason: false)])
    }
    let (head, clause, marker) = split(words)
    var evidence = cues(in: head, inReason: false)
    var reason: String?
    if let clause {
      evidence += cues(in: clause, inReason: true)
      // "so we" keeps "we" in the clause: the reason is "so" and the clause.
      let opener = marker.map { $0.hasPrefix("so ") && $0 != "so that" ? "so" : $0 } ?? ""
      reason = ([opener] + clause).filter { !$0.isEmpty }.joined(separator: " ")
      // "because" and "since" explain, and "so we miss them" is a consequence; only a
      // purpose ("so that", "so we can") names an outcome.
      if let marker, Self.isPurpose(marker: marker, clause: clause) {
        evidence.append(.init(answerClass: .outcome, cue: marker, inReason: true))
      }
    }
    // "we could upset big customers": a risk to the business, not the speaker's feeling.
    if let object = Self.upsetObject(words) {
      evidence.removeAll { $0.answerClass == .emotion && $0.cue == "upset" }
      evidence.append(.init(answerClass: .pain, cue: "upset " + object, inReason: false))
    }
    if Self.nobodyNamesNoOne(answer) {
      evidence.removeAll { $0.answerClass == .pain && Self.nobodyWords.contains($0.cue) }
    }
    let numbers = numberCues(words)
    let outcomeLike = evidence.contains { [.outcome, .pain].contains($0.answerClass) }
    for number in numbers where number.isMeasure || (outcomeLike && !number.isHeadcount && !number.isSetupCount) {
      evidence.append(.init(answerClass: .outcome, cue: "a number (\(number.text))", inReason: false))
    }
    let hasNumber = evidence.contains { $0.cue.hasPrefix("a number") }
    if !numbers.isEmpty && !hasNumber {
      evidence.append(.init(answerClass: .fact, cue: "a count (\(numbers[0].text))", inReason: false))
    }
    // Vague words do not make an answer vague when it carries a number.
    if hasNumber { evidence.removeAll { $0.answerClass == .vague } }
    var classes = Set(evidence.map(\.answerClass))
    // Product nouns alone are facts; next to a deeper class they add nothing.
    if classes.contains(where: { $0.depth > 0 }) { classes.remove(.fact) }
    // A vague word next to a concrete pain or emotion is colour, not fluff.
    if classes.contains(.pain) || classes.contains(.emotion) { classes.remove(.vague) }
    if classes.isEmpty {
      classes = [.fact]
      evidence.append(.init(answerClass: .fact, cue: "no cue", inReason: false))
    }
    evidence.removeAll { !classes.contains($0.answerClass) }
    return Classification(
      classes: Array(classes), hasNumber: hasNumber, reason: reason, evidence: evidence)
  }

  // MARK: - Pieces

  /// The first word after "upset" when it is a verb with an object ("upset big customers",
  /// "upset the board"), not a feeling ("they're upset", "upset about it").
  static func upsetObject(_ words: [String]) -> String? {
    let objects: Set<String> = [
      "our", "the", "big", "key", "customers", "clients", "them", "a", "some", "people", "partners", "their",
      "everyone", "major", "large", "important", "loyal",
    ]
    guard let index = words.firstIndex(of: "upset"), index + 1 < words.count, objects.contains(words[index + 1])
    else { return nil }
    return words[index + 1]
  }

  /// Lower-cased words; punctuation other than ' % $ € £ / . in numbers becomes a space. A
  /// comma between digits stays ("$4,500" is one amount, not "$4" and "500"); a run of dots
  /// parts words ("means...for me" is three words).
  static func words(_ text: String) -> [String] {
    var cleaned = ""
    let characters = Array(text.lowercased())
    for (index, character) in characters.enumerated() {
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      switch character {
      case "\u{2019}", "\u{2018}": cleaned.append("'")
      case "%", "$", "€", "£": cleaned += " \(character) "
      case "," where before.isNumber && after.isNumber: cleaned.append(",")
      case "." where before == "." || after == ".": cleaned.append(" ")
      case _ where character.isLetter || character.isNumber || "'/.-?".contains(character):
        cleaned.append(character)
      default: cleaned.append(" ")
      }
    }
    return cleaned.split(separator: " ").map { word in
      var word = String(word)
      while let last = word.last, ".-'".contains(last) { word.removeLast() }
      while let first = word.first, ".-'".contains(first), word.count > 1 { word.removeFirst() }
      if word.hasSuffix("?") && word.count > 1 { word.removeLast() }
      return word
    }.filter { !$0.isEmpty }
  }

  /// The "don't know" phrase the answer amounts to, if any. Openers ("to be honest", "I")
  /// are skipped; an answer that says more ("I don't know why they keep losing leads") is
  /// not a "don't know".
  private func dontKnowCue(_ all: [String]) -> String? {
    var words = all[...]
    var stripped = true
    while stripped {
      stripped = false
      for opener in lexicon.dontKnowOpeners {
        let parts = Self.words(opener)
        if parts.count < words.count, Array(words.prefix(parts.count)) == parts {
          words = words.dropFirst(parts.count)
          stripped = true
        }
      }
    }
    guard words.count <= 8 else { return nil }
    let list = Array(words)
    for phrase in lexicon.dontKnow {
      let parts = Self.words(phrase)
      guard !parts.isEmpty, parts.count <= list.count else { continue }
      let starts = (0...(list.count - parts.count)).filter { Array(list[$0..<$0 + parts.count]) == parts }
      guard let start = starts.first, start == 0 || list.count <= 4 else { continue }
      let rest = Array(list[..<start] + list[(start + parts.count)...])
      let says = cues(in: rest, inReason: false).contains { $0.answerClass.depth > 0 }
      if !says && numberCues(rest).isEmpty { return phrase }
    }
    return nil
  }

  /// True when a reason clause states a purpose: "so that …", "in order to …", or "so we
  /// can …" (a "so" clause with can, could, will, would or stop near its start).
  static func isPurpose(marker: String, clause: [String]) -> Bool {
    if ["because", "'cause", "since", "otherwise", "which means"].contains(marker) { return false }
    guard marker.hasPrefix("so "), marker != "so that" else { return true }
    let purposeWords: Set<String> = ["can", "could", "will", "would", "stop", "don't", "never", "'ll"]
    return clause.prefix(3).contains { purposeWords.contains($0) || $0.hasSuffix("'ll") }
  }

  private func split(_ words: [String]) -> (head: [String], clause: [String]?, marker: String?) {
    for index in words.indices where index > 0 {
      for marker in lexicon.reasonMarkers {
        let parts = marker.split(separator: " ").map(String.init)
        guard index + parts.count <= words.count, Array(words[index..<index + parts.count]) == parts else {
          continue
        }
        let clause = Array(words[(index + parts.count)...])
        guard !clause.isEmpty else { continue }
        // "so we" keeps "we" in the clause so it reads naturally.
        let kept = marker.hasPrefix("so ") && marker != "so that" ? [parts[1]] + clause : clause
        return (Array(words[..<index]), kept, marker)
      }
    }
    return (words, nil, nil)
  }

  private func cues(in words: [String], inReason: Bool) -> [Classification.Evidence] {
    var matched: [(evidence: Classification.Evidence, ranges: [Range<Int>])] = []
    for answerClass in AnswerClass.allCases {
      for phrase in lexicon.phrases[answerClass] ?? [] {
        let ranges = Self.occurrences(of: phrase, in: words)
        if !ranges.isEmpty {
          matched.append((.init(answerClass: answerClass, cue: phrase, inReason: inReason), ranges))
        }
      }
    }
    var found = withNegations(matched, in: words)
    if !found.contains(where: { $0.answerClass == .solution }), let request = request(in: words) {
      found.append(.init(answerClass: .solution, cue: request, inReason: inReason))
    }
    return found
  }

  /// "want salesforce" when a request verb is followed by a thing ("they want Salesforce").
  private func request(in words: [String]) -> String? {
    for verb in lexicon.requestVerbs {
      let parts = Self.words(verb)
      guard parts.count < words.count else { continue }
      for start in 0..<(words.count - parts.count) where Array(words[start..<start + parts.count]) == parts {
        let rest = Array(words[(start + parts.count)...])
        let stopped = lexicon.requestStops.contains { Array(rest.prefix(Self.words($0).count)) == Self.words($0) }
        if !stopped && rest[0].first?.isLetter == true { return verb + " " + rest[0] }
      }
    }
    return nil
  }

  /// True when `phrase` occurs in `words` as whole words (a trailing `*` matches a prefix).
  static func matches(_ phrase: String, in tokens: [String]) -> Bool {
    let parts = words(phrase.replacingStar())
    guard !parts.isEmpty, parts.count <= tokens.count else { return false }
    let prefix = phrase.hasSuffix("*")
    for start in 0...(tokens.count - parts.count) {
      var ok = true
      for (offset, part) in parts.enumerated() {
        let word = tokens[start + offset]
        let isLast = offset == parts.count - 1
        if isLast && prefix ? !word.hasPrefix(part) : word != part {
          ok = false
          break
        }
      }
      if ok { return true }
    }
    return false
  }

  struct NumberCue {
    var text: String
    var isMeasure: Bool
    /// "two renewal managers": a count of people, not a measure of the problem.
    var isHeadcount = false
    /// "two systems", "three spreadsheets": a count of the tools in their set-up, not a measure.
    var isSetupCount = false
    /// "$40k", "40 dollars", "€3m": an amount of money.
    var isMoney: Bool {
      text.contains { "$€£".contains($0) }
        || ["dollars", "euros", "pounds", "grand", "bucks", "quid"].contains { text.hasSuffix(" " + $0) }
    }
  }

  static let people: Set<String> = [
    "people", "person", "reps", "rep", "managers", "manager", "users", "user", "employees", "staff",
    "engineers", "members", "heads", "agents", "admins", "analysts", "directors", "vps", "sellers",
  ]

  /// Things a set-up has several of: "updating two systems" counts tools, it measures nothing.
  static let setupThings: Set<String> = [
    "systems", "tools", "spreadsheets", "sheets", "apps", "applications", "platforms", "vendors", "databases",
    "screens", "logins", "portals", "crms", "dashboards", "inboxes", "files", "versions", "places", "copies",
    "tabs", "windows", "channels", "phones", "emails",
  ]

  static let numberWords: Set<String> = [
    "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "million",
    "billion", "half", "double", "twice", "triple", "dozen", "dozens",
  ]
  static let units: Set<String> = [
    "%", "$", "€", "£", "percent", "k", "m", "bn", "hours", "hour", "days", "day", "weeks", "week",
    "months", "month", "minutes", "minute", "years", "year", "dollars", "euros", "pounds", "points",
    "x", "hrs", "hr", "mins", "seconds", "quarters", "deals", "leads", "grand", "bucks", "quid",
  ]

  static let timeUnits: Set<String> = [
    "hours", "hour", "days", "day", "weeks", "week", "months", "month", "minutes", "minute", "years",
    "year", "hrs", "hr", "mins", "seconds", "quarters",
  ]
  static let leadTimeWords: Set<String> = ["before", "beforehand", "prior", "out", "notice", "ahead"]

  func numberCues(_ words: [String]) -> [NumberCue] {
    var found: [NumberCue] = []
    for (index, word) in words.enumerated() {
      // "q4", "fy26", "b2b" name things, not amounts.
      let isDigit = word.first?.isNumber == true
      guard isDigit || Self.numberWords.contains(word) || ["%", "$", "€", "£"].contains(word) else {
        continue
      }
      if ["%", "$", "€", "£"].contains(word) {
        let before = index > 0 ? words[index - 1] : ""
        let after = index + 1 < words.count ? words[index + 1] : ""
        if before.contains(where: \.isNumber) || after.contains(where: \.isNumber) { continue }
        found.append(NumberCue(text: word, isMeasure: true))
        continue
      }
      let next = index + 1 < words.count ? words[index + 1] : ""
      let glued = word.drop { $0.isNumber || $0 == "." || $0 == "," }
      let previous = index > 0 ? words[index - 1] : ""
      // "twice what we budgeted", "double the time": a ratio against something of theirs.
      let ratio = ["half", "double", "twice", "triple"].contains(word) && ["what", "the", "as", "our", "their"].contains(next)
      let measure =
        ratio || Self.units.contains(next) || ["$", "€", "£"].contains(previous)
        || Self.units.contains(String(glued).lowercased())
        || word.hasPrefix("$") || word.hasPrefix("€")
      // "alerts 90 days before each renewal", "two weeks' notice": a lead time in a request,
      // not a measure of the problem or the goal.
      let afterUnit = index + 2 < words.count ? words[index + 2] : ""
      let inAdvance = afterUnit == "in" && index + 3 < words.count && words[index + 3] == "advance"
      let leadTime = Self.timeUnits.contains(next) && (Self.leadTimeWords.contains(afterUnit) || inAdvance)
      let currency = ["$", "€", "£"].contains(previous) ? previous : ""
      let unit = Self.units.contains(next) ? " " + next : ""
      let headcount = words[(index + 1)...].prefix(3).contains { Self.people.contains($0) }
      let setupCount = !measure && words[(index + 1)...].prefix(2).contains { Self.setupThings.contains($0) }
      found.append(
        NumberCue(
          text: measure ? currency + word + unit : word, isMeasure: measure && !leadTime,
          isHeadcount: headcount || leadTime, isSetupCount: setupCount))
    }
    return found
  }
}

extension String {
  fileprivate func replacingStar() -> String { hasSuffix("*") ? String(dropLast()) : self }
}
