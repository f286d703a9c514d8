import Foundation

/// The why in one sentence, built from clauses rather than glued quotes: each answer is cut
/// to its first clause, a repeated subject ("they want …") is dropped, and the customer's
/// words keep their quotes only when they read as a quote (first person). When a part will
/// not fit a sentence, the why falls back to a plain list.
public enum WhySentence {
  /// The four parts, as the customer said them.
  public struct Parts: Codable, Sendable, Equatable {
    public var wants: String?
    public var soThat: String?
    public var measured: String?
    public var matters: String?

    public init(wants: String? = nil, soThat: String? = nil, measured: String? = nil, matters: String? = nil) {
      self.wants = wants
      self.soThat = soThat
      self.measured = measured
      self.matters = matters
    }
  }

  /// Longest clause (in words) that still reads inside a sentence.
  static let longestClause = 24

  /// "Acme wants a new CRM to see which renewals are due before they lapse; in numbers, …".
  public static func build(_ parts: Parts, account: String, contact: String? = nil) -> String {
    let name = capitalized(account)
    let request = parts.wants.flatMap(self.request)
    let reason = parts.soThat.flatMap(clause)
    let measure = parts.measured.flatMap(clause)
    let stake = parts.matters.flatMap(clause)
    let fits = [
      (parts.wants, request?.object), (parts.soThat, reason), (parts.measured, measure), (parts.matters, stake),
    ].allSatisfy { original, cut in original == nil || cut != nil }
    guard fits else { return list(parts, name: name) }
    var sentence = request?.subject.map { capitalized($0) + " at " + account } ?? name
    sentence += " wants " + (request?.object ?? "a change")
    if let reason { sentence += linked(reason) }
    if let measure {
      let names = [account] + (contact.map { [$0] } ?? [])
      if firstWord(measure) == "to" {
        // "to stop losing $20k a month" is an aim: "measured by to stop …" would not read.
        sentence += ", aiming " + quotedIfFirstPerson(commonOpener(measure, keeping: names))
      } else if startsWithSubject(measure) {
        sentence += "; in numbers, " + quotedIfFirstPerson(measure)
      } else if opensWithTimePhrase(measure) {
        sentence += "; in numbers, " + quotedIfFirstPerson(commonOpener(measure, keeping: names))
      } else {
        sentence += ", measured by " + quotedIfFirstPerson(commonOpener(measure, keeping: names))
      }
    }
    if let stake {
      let reason = withoutReasonWord(stake)
      // "it matters to Dana because Dana has to …" says the name twice: name them once.
      let named = contact.map { name in
        name.split(separator: " ").contains { reason.hasPrefix($0 + " ") }
      } ?? false
      let who = named ? "" : contact.map { " to \($0.split(separator: " ").first.map(String.init) ?? $0)" } ?? " to them"
      sentence += "; it matters\(who) because " + quotedIfFirstPerson(reason)
    }
    return sentence + "."
  }

  /// The plain-list fallback: "Acme, in their words — wants: …; why: …; measure: …; at stake: …."
  static func list(_ parts: Parts, name: String) -> String {
    var items: [String] = []
    if let wants = parts.wants { items.append("wants: \u{201c}\(oneLine(wants))\u{201d}") }
    if let why = parts.soThat { items.append("why: \u{201c}\(oneLine(why))\u{201d}") }
    if let measure = parts.measured { items.append("measure: \u{201c}\(oneLine(measure))\u{201d}") }
    if let stake = parts.matters { items.append("at stake: \u{201c}\(oneLine(stake))\u{201d}") }
    return "\(name), in their words — " + items.joined(separator: "; ") + "."
  }

  /// The reason joined to the request: "to see …" for a bare verb, "because the team …"
  /// for a clause with its own subject, "for tracking …" for an -ing word.
  static func linked(_ reason: String) -> String {
    let text = withoutReasonWord(reason)
    let first = firstWord(text)
    if first == "to" { return " " + sentenceCase(text) }
    // "So the account managers see …" reads on as "so the account managers see …".
    if first == "so", text.split(separator: " ").count > 2 { return " so " + text.dropFirst(3) }
    // "A clean forecast for the board" names a thing, not a clause: "for a clean forecast …".
    if isThingNamed(text) { return " for " + text.prefix(1).lowercased() + text.dropFirst() }
    if startsWithSubject(text) { return " because " + quotedIfFirstPerson(text) }
    if first.hasSuffix("ing") && first.count > 4 { return " for " + sentenceCase(text) }
    if baseVerbs.contains(first) { return " to " + sentenceCase(text) }
    return " because " + quotedIfFirstPerson(commonOpener(text, keeping: []))
  }

  /// True for a short phrase that opens with "a" or "an" and has no verb a clause would
  /// need ("a clean forecast for the board", not "a rep spends two hours on it"): after
  /// "wants X", it reads on with "for", where "because" would leave the sentence unfinished.
  static func isThingNamed(_ text: String) -> Bool {
    guard ["a", "an"].contains(firstWord(text)) else { return false }
    let words = text.split(separator: " ").map { ContactPronouns.core(String($0)) }
    guard words.count <= 10 else { return false }
    let verbs: Set<String> = [
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could", "will", "would", "should",
      "must", "may", "might", "do", "does", "did", "gets", "got", "takes", "took", "makes", "made", "needs",
      "keeps", "goes", "went", "spends", "spent", "loses", "lost", "misses", "missed", "means", "costs", "says",
      "said", "comes", "came", "runs", "ran", "sees", "saw", "wants", "asks", "tells", "told", "helps", "lets",
    ]
    return !words.contains { verbs.contains($0) || $0.hasSuffix("ed") || $0.hasSuffix("n't") || $0.hasSuffix("'s") }
  }

  /// The request without its subject and verb: "The new CFO wants monthly no-show reports"
  /// → subject "the new CFO", object "monthly no-show reports"; "They want a new CRM" →
  /// object "a new CRM". Nil when the answer is not a request that fits ("Salesforce is clunky").
  static func request(_ text: String) -> (subject: String?, object: String)? {
    guard let cut = clause(text) else { return nil }
    let words = cut.split(separator: " ").map(String.init)
    let verbs: [[String]] = [
      ["would", "like"], ["'d", "like"], ["are", "looking", "for"], ["is", "looking", "for"],
      ["looking", "for"], ["asked", "for"], ["are", "asking", "for"], ["is", "asking", "for"], ["want"],
      ["wants"], ["need"], ["needs"], ["wanted"], ["needed"],
    ]
    let lower = words.map { $0.lowercased() }
    for start in 0..<min(words.count, 6) {
      for verb in verbs where lower.count >= start + verb.count && Array(lower[start..<(start + verb.count)]) == verb {
        let object = words[(start + verb.count)...].joined(separator: " ")
        guard !object.isEmpty else { return nil }
        let pronouns: Set<String> = ["they", "we", "i", "he", "she", "you", "it", "they'd", "we'd", "i'd", ""]
        // "They probably want…", "I think they want…": a hedge is no part of who wants it.
        let hedges: Set<String> = [
          "probably", "maybe", "perhaps", "likely", "possibly", "really", "actually", "just", "also", "still",
          "definitely", "certainly", "apparently", "basically", "honestly",
        ]
        var who = Array(words[..<start])
        if who.count >= 2, who[0].lowercased() == "i", ["think", "guess", "suppose", "believe", "bet"].contains(who[1].lowercased()) {
          who.removeFirst(2)
        }
        who.removeAll { hedges.contains($0.lowercased()) }
        let plain = who.joined(separator: " ")
        let keep = pronouns.contains(plain.lowercased()) ? nil : lowerOpener(plain)
        return (keep, lowerOpener(trimmed(object)))
      }
    }
    // No verb of asking: a short noun phrase ("A new CRM") is the request itself.
    let nounStarts: Set<String> = ["a", "an", "the", "some", "more", "better", "new", "one"]
    if words.count <= 8, let first = lower.first, nounStarts.contains(first),
      !lower.contains(where: { ["is", "are", "was", "were", "has", "have"].contains($0) })
    {
      return (nil, lowerOpener(cut))
    }
    return nil
  }

  /// The first clause of `text` (before ". ", ";", " — "), or nil when even that is too long.
  static func clause(_ text: String) -> String? {
    var cut = oneLine(text)
    for separator in [". ", "! ", "? ", "; ", " — ", " – ", " -- "] {
      if let range = cut.range(of: separator) { cut = String(cut[..<range.lowerBound]) }
    }
    cut = trimmed(cut)
    guard !cut.isEmpty, cut.split(separator: " ").count <= longestClause else { return nil }
    return cut
  }

  static func trimmed(_ text: String) -> String {
    var out = text.trimmingCharacters(in: .whitespaces)
    while let last = out.last, ".,;:!".contains(last) { out.removeLast() }
    return out
  }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// Common verbs that open a purpose clause ("See which renewals …" → "to see which …").
  static let baseVerbs: Set<String> = [
    "see", "get", "know", "stop", "make", "keep", "find", "track", "cut", "save", "grow", "reduce", "avoid",
    "catch", "plan", "hire", "close", "win", "spend", "show", "send", "fix", "move", "build", "run", "sell",
    "reach", "hit", "meet", "report", "spot", "prevent", "forecast", "launch", "automate", "replace",
    "understand", "answer", "give", "help", "free", "bring", "take", "handle", "manage", "measure", "be",
  ]

  /// Words that start a clause with its own subject.
  static let subjects: Set<String> = [
    "they", "we", "i", "he", "she", "it", "there", "you", "the", "our", "their", "his", "her", "my", "its",
    "nobody", "no", "every", "each", "all", "most", "some", "without", "when", "if", "this", "that", "these",
    "those", "reps", "people", "customers", "everyone", "someone", "i'm", "we're", "they're", "it's", "he's",
    "she's", "there's", "i've", "we've", "they've", "a", "an", "one", "two", "three", "after", "before",
  ]

  static func startsWithSubject(_ text: String) -> Bool {
    let first = firstWord(text)
    if subjects.contains(first) { return true }
    // A name ("Dana has to explain …", "Karen in finance decides") starts a clause; a bare
    // verb ("See which …") does not.
    if let name = PersonNames.find(in: text).first, text.hasPrefix(name) { return true }
    let words = text.split(separator: " ")
    guard let word = words.first, word.first?.isUppercase == true, words.count > 1 else { return false }
    let second = words[1].lowercased()
    return ["has", "have", "is", "are", "was", "were", "says", "said", "wants", "needs", "feels", "can't", "can"]
      .contains(second) || second.hasSuffix("s") && !second.hasSuffix("ss")
  }

  /// "Last month two stores ran out …", "In March we lost …", "Yesterday the line stopped …":
  /// a clause that opens with when it happened. After "measured by" it would not read; it
  /// takes "in numbers," as a clause with its subject first does. "Last month's revenue" is a
  /// thing measured, not a clause.
  static func opensWithTimePhrase(_ text: String) -> Bool {
    let words = text.split(separator: " ").map {
      $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
    }
    guard words.count > 3 else { return false }
    let units: Set<String> = [
      "week", "month", "quarter", "year", "spring", "summer", "autumn", "fall", "winter", "time", "weekend",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "season", "peak",
    ]
    let months: Set<String> = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "q1", "q2", "q3", "q4",
    ]
    switch words[0] {
    case "yesterday", "recently", "since": return true
    case "last", "this", "every", "each": return units.contains(words[1])
    case "in", "during": return months.contains(words[1]) || (words[1].count == 4 && Int(words[1]) != nil)
    default: return false
    }
  }

  static func firstWord(_ text: String) -> String {
    String(text.split(separator: " ").first ?? "").lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
      .trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "'")))
  }

  /// "Renewal rate above 92%" → "renewal rate above 92%" inside a sentence; a name (a
  /// person, the account) keeps its capital.
  static func commonOpener(_ text: String, keeping names: [String]) -> String {
    let word = String(text.split(separator: " ").first ?? "")
    let named = names.contains { $0.split(separator: " ").contains { String($0) == word } }
    guard !named, PersonNames.find(in: text).first.map({ !text.hasPrefix($0) }) ?? true else { return text }
    return sentenceCase(text)
  }

  /// The customer speaking in the first person reads as a quote ("I'm tired of …", "She
  /// said: I'm tired …"); anything else reads as the rep's report, without quotes.
  static func quotedIfFirstPerson(_ text: String) -> String {
    let firstPerson: Set<String> = ["i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "we've", "our", "us"]
    func opensFirstPerson(_ part: Substring) -> Bool {
      let word = part.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }).first
      return word.map { firstPerson.contains($0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")) } ?? false
    }
    let quoted = opensFirstPerson(Substring(text))
      || text.split(separator: ":").dropFirst().contains { opensFirstPerson($0) }
    return quoted ? "\u{201c}\(text)\u{201d}" : lowerOpener(text)
  }

  /// "The board asked" → "the board asked"; names and "I" stay as written.
  static func lowerOpener(_ text: String) -> String {
    let first = firstWord(text)
    guard subjects.contains(first) || ["to", "see", "get", "stop", "make", "know"].contains(first),
      !["i", "i'm", "i've"].contains(first)
    else { return text }
    return text.prefix(1).lowercased() + text.dropFirst()
  }

  /// A bare verb opening the clause loses its capital ("See which …" → "see which …"); an
  /// acronym ("CRM") keeps it.
  static func sentenceCase(_ text: String) -> String {
    let word = text.split(separator: " ").first ?? ""
    guard word.count > 1, word.dropFirst().contains(where: \.isLowercase) else { return text }
    return text.prefix(1).lowercased() + text.dropFirst()
  }

  static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

  /// "Because the team loses leads" → "the team loses leads".
  static func withoutReasonWord(_ words: String) -> String {
    for marker in ["because ", "since ", "so that ", "cause ", "'cause "] where words.lowercased().hasPrefix(marker) {
      let rest = words.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
      return rest.isEmpty ? words : rest
    }
    return words
  }
}
