import Foundation
import Testing

/// `--explain` arithmetic a reader can redo: each part's points are weight × value to one
/// decimal, and the total line adds exactly those points up to the score shown.
@Suite("rapport lint --explain: arithmetic and sentence list")
struct LintExplainTests {
  static let drafts = [
    // No subject line: the subject's 5% is spread, so weights are 42.1%, 21.1%, 15.8%, 10.5%, 10.5%.
    "Hey {{first_name}},\n\nLoved your post on ramping new SDRs. How long does it take your new reps to book a meeting?",
    LintCommandTests.selfFocused,
    "We built a tool. Our platform is great. I think you will like it.",
  ]

  private func tenths(_ text: Substring) -> Int? {
    let parts = text.split(separator: ".")
    guard parts.count == 2, let whole = Int(parts[0]), let tenth = Int(parts[1]), parts[1].count == 1 else { return nil }
    return whole * 10 + tenth
  }

  @Test(arguments: drafts, ["cold-email", "linkedin"])
  func theTotalLineAddsUp(draft: String, profile: String) throws {
    let result = try runRapport(["lint", "--explain", "--color", "never", "--profile", profile, "-"], stdin: draft)
    let lines = result.stdout.split(separator: "\n")
    let total = try #require(lines.first { $0.hasPrefix("    total = ") })
    // "    total = 42.1 + 21.1 + … = 100.0 → 100"
    let body = total.dropFirst("    total = ".count)
    let sides = body.components(separatedBy: " = ")
    try #require(sides.count == 2, "\(total)")
    let terms = sides[0].components(separatedBy: " + ").map { tenths(Substring($0)) }
    #expect(!terms.contains(nil), "\(total)")
    let result2 = sides[1].components(separatedBy: " → ")
    try #require(result2.count == 2, "\(total)")
    let sum = try #require(tenths(Substring(result2[0])))
    #expect(terms.compactMap { $0 }.reduce(0, +) == sum, "\(total)")
    #expect(Int(result2[1]) == (sum + 5) / 10, "\(total)")
    let score = try #require(lines.first { $0.contains(": score ") })
    #expect(score.contains("score \(result2[1])/100"), "\(score)")
    // Each part line shows its points, and they are the terms of the total.
    let points = lines.filter { $0.hasPrefix("    ") && !$0.hasPrefix("     ") && $0.contains(" = ") && !$0.contains("total") }
      .compactMap { $0.components(separatedBy: " = ").last.flatMap { tenths(Substring($0)) } }
    #expect(points == terms.compactMap { $0 }, "\(result.stdout)")
  }

  @Test func aSentenceWrappedInTheDraftIsOneLineInTheSentenceList() throws {
    let draft = "Your team hired twelve\nreps this spring. Is ramp\nslow for you?"
    let result = try runRapport(["lint", "--explain", "-"], stdin: draft)
    let list = result.stdout.components(separatedBy: "  sentences:\n").last ?? ""
    let lines = list.split(separator: "\n")
    #expect(lines.count == 2, "\(list)")
    #expect(lines.allSatisfy { $0.hasPrefix("    [") }, "\(list)")
    #expect(lines == ["    [reader] Your team hired twelve reps this spring.", "    [reader] Is ramp slow for you?"])
  }
}

extension LintExplainTests {
  /// A long draft's --explain lists the first counted items of each part and how many more,
  /// and says the score was capped for length (before: 600 focus words on one line, and 85).
  @Test func aLongDraftsExplanationStaysReadableAndShowsTheCap() throws {
    let sentence = "Your team is hiring forty reps this quarter. How will they sell in week one? "
    let draft = "Subject: Your hiring\n\n" + String(repeating: sentence, count: 300)
    let result = try runRapport(["lint", "--explain", "--color", "never", "-"], stdin: draft)
    let counted = result.stdout.split(separator: "\n").filter { $0.hasPrefix("      counted: ") }
    #expect(counted.allSatisfy { $0.count < 2_000 }, "\(counted.map(\.count))")
    #expect(counted.contains { $0.hasSuffix("; … and 270 more") }, "\(counted.map { $0.suffix(30) })")
    #expect(result.stdout.contains("    capped at 2: 4500 words, past the cold-email limit of 125; at most 100 × 125/4500 → 2"), "\(result.stdout.suffix(800))")
    #expect(result.stdout.contains("<stdin>: score 2/100 (capped for length: 4500 words, limit 125)"))
  }
}
