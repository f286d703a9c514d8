import Foundation

/// In a debrief the rep writes about the customer in the third person ("she can't forecast");
/// the recap speaks to the customer, so those words become "you can't forecast". Only when
/// the clause names nobody else — a role, a relative or a name — could "she" mean someone
/// else, so then it is left as written.
enum ContactPronouns {
  /// `text` with she/he/her/his/him turned to you/your, the verb after she or he agreeing.
  static func toReader(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let cores = words.map(core)
    guard cores.contains(where: { ["she", "he", "she's", "he's", "her", "his", "him"].contains($0) }),
      !cores.contains(where: otherPeople.contains), PersonNames.find(in: text).isEmpty
    else { return text }
    var index = 0
    while index < words.count {
      let word = cores[index]
      let next = index + 1 < words.count ? cores[index + 1] : ""
      switch word {
      case "she", "he":
        words[index] = swap(words[index], word, "you")
        // "she already knows": the verb may come after one adverb.
        let verb = adverbs.contains(next) && index + 2 < words.count ? index + 2 : index + 1
        if verb < words.count { words[verb] = swap(words[verb], cores[verb], agreeing(cores[verb])) }
      case "she's", "he's": words[index] = swap(words[index], word, "you're")
      case "his": words[index] = swap(words[index], word, "your")
      case "him": words[index] = swap(words[index], word, "you")
      case "herself", "himself": words[index] = swap(words[index], word, "yourself")
      case "her":
        // "her bonus" is hers; "warned her", "for her" and a last "her" are her.
        let owned = !next.isEmpty && !notNouns.contains(next) && words[index].last?.isLetter == true
        words[index] = swap(words[index], word, owned ? "your" : "you")
      default: break
      }
      index += 1
    }
    return words.joined(separator: " ")
  }

  /// `text` with the contact's name ("Dana", "Dana Reyes", "Dana's") put as "she" or "her",
  /// so that the swaps treat it as them; unchanged when it names someone else as well.
  /// `pronouns` puts other words instead ("you", "your"), and words before `start` stay.
  static func namedAsPronoun(
    _ text: String, contact: String, as pronouns: (plain: String, possessive: String) = ("she", "her"), from start: Int = 0
  ) -> String {
    let parts = contact.split(separator: " ").map(String.init)
    guard let first = parts.first, first.first?.isUppercase == true else { return text }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var changed = false
    var index = start
    while index < words.count {
      let bare = words[index].trimmingCharacters(in: .punctuationCharacters)
      let possessive = bare.hasSuffix("'s") || bare.hasSuffix("\u{2019}s")
      guard (possessive ? String(bare.dropLast(2)) : bare) == first else {
        index += 1
        continue
      }
      // "Dana Reyes said": the surname goes with the first name.
      if !possessive, parts.count > 1, index + 1 < words.count, words[index + 1].hasPrefix(parts[1]) {
        words[index] = bare + words.remove(at: index + 1).dropFirst(parts[1].count)
      }
      let pronoun = possessive ? pronouns.possessive : pronouns.plain
      let spelled = index == 0 ? pronoun.prefix(1).uppercased() + pronoun.dropFirst() : pronoun
      words[index] = words[index].replacingOccurrences(of: bare, with: spelled)
      changed = true
      index += 1
    }
    guard changed else { return text }
    let out = words.joined(separator: " ")
    return PersonNames.find(in: out).isEmpty ? out : text
  }

  /// The verb for "you" where "she" had `verb`: "is" → "are", "wants" → "want"; a modal or a
  /// past tense stays.
  static func agreeing(_ verb: String) -> String {
    if let irregular = irregulars[verb] { return irregular }
    guard verb.count > 2, verb.hasSuffix("s"), !verb.hasSuffix("ss"), !verb.hasSuffix("us") else { return verb }
    if verb.hasSuffix("ies") { return String(verb.dropLast(3)) + "y" }
    if ["shes", "ches", "xes", "zes", "sses", "oes"].contains(where: verb.hasSuffix) { return String(verb.dropLast(2)) }
    return String(verb.dropLast())
  }

  /// A word as the swaps look it up: lower-cased, a curly apostrophe made straight, and the
  /// punctuation around it (but not an apostrophe) trimmed: "She’s," → "she's".
  static func core(_ word: String) -> String {
    word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
      .trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "'")))
  }

  /// `word` with `old` (its lower-cased core) replaced by `new`, keeping punctuation and a capital.
  private static func swap(_ word: String, _ old: String, _ new: String) -> String {
    guard old != new, let range = word.range(of: old, options: .caseInsensitive) else { return word }
    let capital = word[range].first?.isUppercase == true
    return word.replacingCharacters(in: range, with: capital ? new.prefix(1).uppercased() + new.dropFirst() : new)
  }

  static let irregulars: [String: String] = [
    "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "goes": "go",
  ]
  static let adverbs: Set<String> = ["always", "never", "already", "still", "just", "really", "also", "often", "usually"]
  static let notNouns: Set<String> = [
    "and", "or", "but", "to", "for", "from", "with", "about", "at", "in", "on", "that", "if", "when", "so", "because",
    "again", "too", "now", "today", "up", "off", "out", "back", "every", "each", "a", "an", "the",
  ]
  /// Words that name someone besides the customer: then "she" may be them.
  static let otherPeople: Set<String> = [
    "ceo", "cfo", "coo", "cro", "cmo", "cto", "cio", "vp", "boss", "manager", "director", "president", "owner",
    "founder", "partner", "colleague", "assistant", "hire", "rep", "wife", "husband", "mother", "father",
    "daughter", "son", "sister", "brother", "friend", "customer", "client", "predecessor", "successor",
    "board", "team", "admin", "engineer", "analyst", "lead", "head",
  ]
}
