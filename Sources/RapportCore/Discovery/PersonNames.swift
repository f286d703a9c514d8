import Foundation

/// People named in an answer ("Karen in finance decides", "Ana in support", "Raj, their
/// CFO"), so rapport can offer to note them as someone to reach.
public enum PersonNames {
  /// Words after a name that say it is a person: a department, a role, a verb of deciding.
  static let afterName: Set<String> = [
    "in", "from", "at", "decides", "decide", "signs", "approves", "owns", "runs", "leads", "manages", "handles",
    "said", "says", "told", "wants", "needs", "asked", "cares", "champions", "pushed", "heads",
  ]
  /// Capitalised words that are not names.
  static let notNames: Set<String> = [
    "I", "The", "A", "An", "We", "They", "He", "She", "It", "Our", "Their", "My", "His", "Her", "This", "That",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Q1", "Q2", "Q3", "Q4", "CRM", "CFO", "CEO", "CTO", "COO", "VP", "IT", "HR", "Yes", "No", "Nobody",
    "Everyone", "Someone", "Last", "Next", "When", "If", "And", "But", "So", "Because", "Since", "Also",
    "Then", "Only", "Maybe", "Probably", "Honestly", "None", "Not", "Nothing", "Something", "Anything",
    "Everything", "Somebody", "Anybody", "Everybody", "Just", "Hard", "Still", "Really", "Mostly", "Most",
    "Some", "All", "Every", "Each", "Both", "Either", "Neither", "Much", "Many", "More", "Less", "Very",
    "Yeah", "Sure", "Well", "Oh", "Ok", "Okay", "Fine", "Good", "Great", "Better", "Worse", "Same",
    "Everyone's", "There", "Here", "What", "Who", "How", "Why", "Where", "Nope", "Perhaps", "Usually",
    "Always", "Never", "Sometimes", "Often", "Today", "Tomorrow", "Yesterday", "Customers", "Clients",
    "People", "Staff", "Team", "Teams", "Sales", "Finance", "Support", "Marketing", "Engineering", "Pricing",
  ]

  /// The first person's given name ("Ana" for "Ana in support").
  public static func firstName(in text: String, excluding: [String] = []) -> String? {
    find(in: text, excluding: excluding).first?.split(whereSeparator: { $0 == " " || $0 == "," }).first
      .map(String.init)
  }

  /// "Karen in finance", "Ana in support", "Raj" — each person with the words that place
  /// them, in order; `excluding` names (the contact, the account) are left out.
  public static func find(in text: String, excluding: [String] = []) -> [String] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let skip = Set(excluding.flatMap { $0.split(separator: " ").map(String.init) })
    var found: [String] = []
    for (index, raw) in words.enumerated() {
      let word = raw.trimmingCharacters(in: .punctuationCharacters)
      guard let first = word.first, first.isUppercase, word.count > 1, word.dropFirst().allSatisfy(\.isLowercase),
        !notNames.contains(word), !skip.contains(word)
      else { continue }
      let next = index + 1 < words.count ? words[index + 1].lowercased().trimmingCharacters(in: .punctuationCharacters) : ""
      let comma = raw.hasSuffix(",")
      guard afterName.contains(next) || comma && index + 1 < words.count
        && ["their", "our", "the", "my", "his", "her"].contains(next)
      else { continue }
      // "Karen in finance": keep the place; "Raj, their CFO": keep the role. "Salesforce in
      // 2023" or "Monday at 9" is not a person.
      if ["in", "from", "at"].contains(next) {
        guard index + 2 < words.count, let place = words[index + 2].first, place.isLetter,
          !notNames.contains(words[index + 2].trimmingCharacters(in: .punctuationCharacters).capitalized)
            || ["Finance", "Support", "Sales", "Marketing", "Engineering"].contains(
              words[index + 2].trimmingCharacters(in: .punctuationCharacters).capitalized)
        else { continue }
      }
      var phrase = word
      if ["in", "from", "at"].contains(next), index + 2 < words.count {
        phrase += " \(next) " + words[index + 2].trimmingCharacters(in: .punctuationCharacters)
      } else if comma, index + 2 < words.count {
        phrase += ", " + words[(index + 1)...min(index + 2, words.count - 1)].joined(separator: " ")
          .trimmingCharacters(in: .punctuationCharacters)
      }
      if !found.contains(where: { $0.hasPrefix(word + " ") || $0 == word }) { found.append(phrase) }
    }
    return found
  }
}
