import Testing

@testable import RapportCore

@Suite("Score")
struct ScoreTests {
  private let engine = LintEngine()

  @Test func totalIsTheWeightedSumOfItsParts() {
    let report = engine.lint("Subject: Onboarding at Globex\n\nWe built a tool. Do you have 15 minutes?")
    let weights = report.score.parts.reduce(0) { $0 + $1.weight }
    #expect(abs(weights - 1) < 1e-9)
    let sum = report.score.parts.reduce(0) { $0 + $1.weight * $1.value }
    #expect(abs(Double(report.score.total) - sum) <= 0.5 + 0.3)
    // Summed as --explain shows it: each part's points to one decimal, then rounded half up.
    #expect(report.score.total == (report.score.parts.reduce(0) { $0 + $1.pointTenths } + 5) / 10)
    #expect(report.score.parts.map(\.name) == ["focus", "phrases", "ask", "length", "readability", "subject"])
  }

  @Test func aDraftFarPastItsWordLimitCannotScoreWell() {
    let sentence = "Your team is hiring forty reps this quarter. How will they sell in week one? "
    let fine = engine.lint("Subject: Your hiring\n\nHi Sam,\n\n" + sentence)
    #expect(fine.score.cap == nil && fine.score.total >= 70, "\(fine.score.total)")
    // 6,000 words of the same good email: length weighs 10%, so before the cap it scored 85.
    let long = engine.lint("Subject: Your hiring\n\nHi Sam,\n\n" + String(repeating: sentence, count: 400))
    #expect(long.metrics.words > 5_000)
    #expect(long.score.cap == 100 * 125 / long.metrics.words)
    #expect(long.score.total == long.score.cap, "\(long.score.total)")
    // Twice the limit: at most 50.
    #expect(Score.lengthCap(words: 250, limit: 125) == 50)
    #expect(Score.lengthCap(words: 125, limit: 125) == nil)
  }

  @Test func withoutASubjectItsWeightIsSpread() {
    let report = engine.lint("Is hiring slow for your team?")
    #expect(!report.score.parts.contains { $0.name == "subject" })
    let focus = report.score.parts.first { $0.name == "focus" }
    #expect(abs((focus?.weight ?? 0) - 40.0 / 95.0) < 1e-9)
  }

  @Test func theAskFormulaCountsQuestionsInGoodEnglish() {
    let ask = { (text: String) in self.engine.lint(text).score.parts.first { $0.name == "ask" }?.formula ?? "" }
    #expect(ask("Is hiring slow for your team?").contains("(1 question, ask: interest)"))
    #expect(ask("Is hiring slow? Is ramp slow?").contains("(2 questions, ask: interest)"))
  }

  @Test func everyPartExplainsItselfWithAFormula() {
    let report = engine.lint("I wanted to reach out. Your team grew. Is it slow?")
    for part in report.score.parts {
      #expect(!part.formula.isEmpty)
      #expect((0...100).contains(part.value))
    }
    let focus = report.score.parts.first { $0.name == "focus" }
    #expect(focus?.counted.contains("sender: I") == true)
    #expect(focus?.counted.contains("reader: Your") == true)
  }

  @Test func readerFocusedRewriteScoresHigher() {
    let before = engine.lint(
      "I wanted to reach out because we are the leading provider of onboarding software. Our platform is award-winning. Do you have 15 minutes?")
    let after = engine.lint(
      "Your team hired twelve reps this spring. When new reps take three months to ramp, your managers carry the gap. Is shortening ramp on your list this quarter?")
    #expect(after.score.total > before.score.total + 20)
  }

  @Test func emptyDraftScoresZeroWithAnErrorFinding() {
    let report = engine.lint("")
    #expect(report.score.total == 0)
    #expect(report.findings.map(\.ruleID) == ["length.empty"])
    #expect(report.hasErrors)
  }

  @Test func profilesChangeTheLengthBand() {
    let text = String(repeating: "Your team grew fast this year and your reps need help now. ", count: 7) + "Is that right?"
    let cold = LintEngine(configuration: .init(profile: .coldEmail)).lint(text).findings.map(\.ruleID)
    let followUp = LintEngine(configuration: .init(profile: .followUp)).lint(text).findings.map(\.ruleID)
    #expect(cold.contains("length.over-band"))
    #expect(!followUp.contains("length.over-band") && !followUp.contains("length.too-long"))
  }
}
