import Foundation
import Testing

@testable import RapportCore

/// A finding's span, line, column and matched text always describe the same characters,
/// whatever the input holds: combining marks, a byte-order mark, emoji sequences, CRLF.
@Suite("Spans agree with lines, columns and matched text")
struct SpanAgreementTests {
  /// Pieces the generator strings together: rule phrases, reader and sender words, and the
  /// Unicode that once split a character in two.
  static let pieces: [String] = [
    "I wanted to reach out", "our platform", "we are the leading provider", "you", "your team", "my quota",
    "Do you have 15 minutes", "?", ".", ",", " ", " ", " ", "\n", "\r\n", "\n\n", "\t",
    "\u{0301}", "\u{0E31}", "\u{0E31}\u{0E31}", "\u{20DD}", "\u{FEFF}", "\u{200D}", "e\u{0301}", "👋🏽",
    "👩‍👩‍👧", "🇫🇷", "🇫", "日本語", "한국어", "\u{1100}\u{1161}", "ж", "—", "…", "{{first_name}}", "https://acme.com/x",
    "y\u{0E31}\u{0E31} ou want this", "Subject: ", "> quoted", "-- ", "# ", "- ",
  ]

  static func draft(_ random: inout SeededGenerator) -> String {
    let count = Int.random(in: 1...40, using: &random)
    return (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  /// Line (1-based), column (1-based) of every character offset of `text`, and one past the end.
  static func places(_ characters: [Character]) -> [(line: Int, column: Int)] {
    var result: [(Int, Int)] = []
    var line = 1
    var column = 1
    for character in characters {
      result.append((line, column))
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    result.append((line, column))
    return result
  }

  static func check(_ text: String, engine: LintEngine) -> [String] {
    let characters = Array(text)
    let places = places(characters)
    var problems: [String] = []
    for finding in engine.lint(text).findings {
      let where_ = "\(finding.ruleID) in \(text.debugDescription)"
      guard finding.start >= 0, finding.start <= finding.end, finding.end <= characters.count else {
        problems.append("span \(finding.start)–\(finding.end) outside \(characters.count) characters: \(where_)")
        continue
      }
      let spanned = String(characters[finding.start..<finding.end])
      if spanned != finding.matched {
        problems.append("span \(finding.start)–\(finding.end) is \(spanned.debugDescription), matched \(finding.matched.debugDescription): \(where_)")
      }
      let start = places[finding.start]
      if (start.line, start.column) != (finding.line, finding.column) {
        problems.append("span start \(finding.start) is \(start.line):\(start.column), finding says \(finding.line):\(finding.column): \(where_)")
      }
      let end = places[finding.end]
      if (end.line, end.column) != (finding.endLine, finding.endColumn) {
        problems.append("span end \(finding.end) is \(end.line):\(end.column), finding says \(finding.endLine):\(finding.endColumn): \(where_)")
      }
      let bytes = Array(text.utf8)
      if finding.byteStart > finding.byteEnd || finding.byteEnd > bytes.count
        || String(decoding: bytes[finding.byteStart..<finding.byteEnd], as: UTF8.self) != finding.matched
      {
        problems.append("bytes \(finding.byteStart)–\(finding.byteEnd) are not the matched text: \(where_)")
      }
    }
    return problems
  }

  @Test("the reported example: y with two Thai vowel signs is one character")
  func combiningMarksAfterFirstLetter() {
    let text = "y\u{0E31}\u{0E31} ou want this?"
    #expect(Self.check(text, engine: LintEngine()) == [])
    let first = LintEngine().lint(text).findings.first { $0.start == 0 }
    if let first { #expect(first.matched.hasPrefix("y\u{0E31}\u{0E31}")) }
  }

  @Test("a byte-order mark before the first word")
  func byteOrderMark() {
    #expect(Self.check("\u{FEFF}I wanted to reach out. Our platform is great.", engine: LintEngine()) == [])
    #expect(Self.check("\u{FEFF}\u{0301}we are the leading provider\r\nyou?", engine: LintEngine()) == [])
  }

  @Test("2,000 seeded random drafts: every finding agrees with itself")
  func randomDrafts() {
    let seed = UInt64(ProcessInfo.processInfo.environment["RAPPORT_FUZZ_SEED"] ?? "") ?? 20_261_201
    var random = SeededGenerator(seed: seed)
    let engine = LintEngine()
    var problems: [String] = []
    for _ in 0..<2000 {
      problems += Self.check(Self.draft(&random), engine: engine)
      if problems.count > 5 { break }
    }
    #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5).joined(separator: "\n"))")
  }
}
