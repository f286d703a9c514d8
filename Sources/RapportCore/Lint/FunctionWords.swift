/// The function words the word evidence leaves out: articles, prepositions, conjunctions and
/// auxiliary verbs. They say nothing about whom a message serves — "The report ships on Monday"
/// is about neither side — so a weight the fit gives them stands for something else (how long
/// the message is, or which genre its source collected), and it moved drafts with no cue at
/// all. Pronouns and possessives ("you", "your", "we", "our", "my", "its", "their") carry focus
/// and stay, as do negations, question words and demonstratives.
///
/// A term whose every word is a function word ("the", "on the", "to be") is not fitted and so
/// never shipped in `models/lint-words.tsv`; a pair with one other word ("the leading", "on
/// your") is, since that word can carry focus.
enum FunctionWords {
  static let articles = ["a", "an", "the"]
  static let prepositions = [
    "about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "before", "behind",
    "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "down", "during", "except", "for",
    "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside", "over", "per", "since",
    "through", "throughout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon",
    "via", "with", "within", "without",
  ]
  static let conjunctions = [
    "and", "but", "or", "nor", "so", "yet", "because", "although", "though", "if", "unless", "whereas", "whether",
    "while", "than", "that",
  ]
  static let auxiliaries = [
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  ]

  /// Every function word as a term's name spells it: stemmed as `WordTerms.named` stems words
  /// ("does" → "doe", "towards" → "toward").
  static let stems: Set<String> = Set((articles + prepositions + conjunctions + auxiliaries).map(WordTerms.stemmed))

  /// Whether every word of a term's name ("the", "on the") is a function word.
  static func isFunctionTerm(_ name: String) -> Bool {
    name.split(separator: " ").allSatisfy { stems.contains(String($0)) }
  }
}
