import Testing

@testable import RapportCore

/// `AnswerClassifier.occurrences` is a plain loop (every cue of every answer runs it, so a
/// megabyte answer took minutes); it must find exactly what the filter-and-allSatisfy form it
/// replaced found.
@Suite("Where a cue phrase occurs in an answer")
struct PhraseOccurrenceTests {
  /// The form it replaced, kept as the reference.
  static func reference(of phrase: String, in tokens: [String]) -> [Range<Int>] {
    let prefix = phrase.hasSuffix("*")
    let parts = AnswerClassifier.words(prefix ? String(phrase.dropLast()) : phrase)
    guard !parts.isEmpty, parts.count <= tokens.count else { return [] }
    return (0...(tokens.count - parts.count)).filter { start in
      parts.indices.allSatisfy { offset in
        let word = tokens[start + offset]
        return offset == parts.count - 1 && prefix ? word.hasPrefix(parts[offset]) : word == parts[offset]
      }
    }.map { $0..<($0 + parts.count) }
  }

  static let vocabulary = ["we", "lose", "losing", "lost", "the", "board", "is", "angry", "not", "a", "problem"]
  static let phrases = [
    "lose", "los*", "the board", "the board is angry", "not a problem", "a*", "board is", "problem",
    "we lose the", "angry", "", "*", "zebra",
  ]

  @Test func findsWhatTheFormItReplacedFound() {
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<400 {
      let count = Int.random(in: 0...12, using: &generator)
      let tokens = (0..<count).map { _ in Self.vocabulary.randomElement(using: &generator)! }
      for phrase in Self.phrases {
        #expect(
          AnswerClassifier.occurrences(of: phrase, in: tokens) == Self.reference(of: phrase, in: tokens),
          "\(phrase) in \(tokens)")
      }
    }
  }

  @Test func findsOverlappingAndRepeatedOccurrences() {
    let tokens = ["the", "board", "the", "board", "the", "board"]
    #expect(AnswerClassifier.occurrences(of: "the board", in: tokens) == [0..<2, 2..<4, 4..<6])
    #expect(AnswerClassifier.occurrences(of: "board the", in: tokens) == [1..<3, 3..<5])
    #expect(AnswerClassifier.occurrences(of: "bo*", in: tokens) == [1..<2, 3..<4, 5..<6])
  }

  /// The ladder's gap patterns ask only whether a tail stands at one place; that look must
  /// agree with the full search at every place, the ends of the answer included.
  @Test func occurrenceAtAPlaceAgreesWithTheFullSearch() {
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<300 {
      let count = Int.random(in: 0...10, using: &generator)
      let tokens = (0..<count).map { _ in Self.vocabulary.randomElement(using: &generator)! }
      for phrase in Self.phrases {
        let starts = Set(Self.reference(of: phrase, in: tokens).map(\.lowerBound))
        for start in -1...(count + 1) {
          let found = AnswerClassifier.occurrence(of: phrase, at: start, in: tokens)
          #expect((found?.lowerBound).map { starts.contains($0) && $0 == start } ?? !starts.contains(start), "\(phrase) at \(start) in \(tokens)")
        }
      }
    }
  }
}
