import Testing

@testable import RapportCore

@Suite("Readability")
struct ReadabilityTests {
  @Test(arguments: [
    ("cat", 1), ("make", 1), ("table", 2), ("the", 1), ("be", 1), ("free", 1), ("jumped", 1),
    ("wanted", 2), ("makes", 1), ("boxes", 2), ("changes", 2), ("reading", 2), ("readability", 5),
    ("onboarding", 3), ("customer", 3), ("priority", 4), ("café", 2), ("you", 1), ("syllable", 3), ("nation", 2), ("video", 3), ("special", 2),
  ])
  func syllableHeuristic(word: String, expected: Int) {
    #expect(Syllables.count(Array(word.utf8)) == expected)
  }

  @Test func formulasMatchHandComputedReferenceValues() {
    // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables.
    let simple = Readability(words: 6, sentences: 1, syllables: 6)
    #expect(abs(simple.readingEase - 116.145) < 0.001)
    #expect(abs(simple.grade - (-1.45)) < 0.001)
    // 100 words, 5 sentences, 150 syllables: FRE 206.835 − 20.3 − 126.9; FK 7.8 + 17.7 − 15.59.
    let prose = Readability(words: 100, sentences: 5, syllables: 150)
    #expect(abs(prose.readingEase - 59.635) < 0.001)
    #expect(abs(prose.grade - 9.91) < 0.001)
  }

  @Test func engineCountsMatchTheFormulaInputs() {
    let report = LintEngine().lint("The cat sat on the mat.")
    #expect(report.metrics.readability == Readability(words: 6, sentences: 1, syllables: 6))
  }

  @Test func hardTextGetsAHigherGradeThanPlainText() {
    let engine = LintEngine()
    let plain = engine.lint("Your team grew fast. Is hiring slow? We can help you fix it.").metrics.readability.grade
    let hard = engine.lint(
      "Organizational transformation necessitates comprehensive interdepartmental communication methodologies."
    ).metrics.readability.grade
    #expect(plain < 5)
    #expect(hard > 12)
  }

  @Test func aGradeThatRoundsToTheTopOfTheBandIsNotFlagged() {
    let engine = LintEngine()
    let near = "Hi Sam, congrats on the Austin clinic opening. Is staffing the second site harder than the first?"
    let report = engine.lint(near)
    #expect(report.metrics.readability.grade > 5 && report.metrics.readability.grade < 5.5)
    #expect(!report.findings.contains { $0.ruleID == "readability.grade" })
    let over = engine.lint(
      "Hi Sam, congratulations on the Austin clinic opening. Is staffing the second location considerably harder?")
    #expect(over.metrics.readability.grade >= 5.5)
    #expect(over.findings.contains { $0.ruleID == "readability.grade" })
  }
}
