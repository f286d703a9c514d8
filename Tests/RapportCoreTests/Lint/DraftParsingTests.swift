import Testing

@testable import RapportCore

@Suite("Draft parsing")
struct DraftParsingTests {
  private let engine = LintEngine()

  @Test func subjectLineIsTheSubjectNotBodyWords() {
    let report = engine.lint("Subject: Onboarding at Globex\n\nIs onboarding slow for your team?")
    #expect(report.metrics.subject == "Onboarding at Globex")
    #expect(report.metrics.words == 6)
  }

  @Test func quotedRepliesAndSignaturesAreNotTheSendersWords() {
    let text = """
      Is onboarding still slow for your team?

      Best,
      Jo Park
      VP Sales, Acme — we are the leading provider

      On Mon, 3 Nov 2026, Sam wrote:
      > We are the leading buyer. I wanted to reach out.
      """
    let report = engine.lint(text)
    #expect(report.metrics.words == 7)
    #expect(!report.findings.contains { $0.ruleID == "focus.we-are-leading" || $0.ruleID == "focus.opener-i-wanted" })
  }

  @Test func anAttributionLineWrappedByTheMailClientStartsTheQuote() {
    // Gmail's plain text wraps a long "On … <address> wrote:" over two lines.
    let text = """
      Setup takes your admins about a day. Would a checklist help?

      On Tue, Nov 17, 2026 at 9:14 AM Zoë Müller <
      zoe@globex.com> wrote:

      We are the leading buyer, and we want to know how long setup takes for us.
      """
    let report = engine.lint(text)
    #expect(report.metrics.words == 11)
    #expect(report.metrics.selfWords == 0)
    #expect(!report.findings.contains { $0.ruleID == "focus.we-are-leading" })
  }

  @Test func dashDashStartsASignature() {
    let report = engine.lint("Is it slow for your team?\n-- \nWe are the leading provider.")
    #expect(report.metrics.words == 6)
  }

  @Test func mergeTagsAndURLsAreNotWords() {
    let report = engine.lint(
      "Hi {{first_name}}, {Company} and %FNAME% and [Name] saw https://acme.example.com/x and www.acme.com today?")
    #expect(report.metrics.words == 6)  // Hi, and, and, saw, and, today
  }

  @Test func markdownMarkersAndLinksAreHandled() {
    let report = engine.lint("# Your plan\n\n- your team\n- your goals\n\nSee [your report](https://x.example.com/r). Is it useful?")
    #expect(report.metrics.readerWords == 4)
    #expect(report.metrics.sentences == 5)
  }

  @Test func curlyApostrophesMatchLikeStraightOnes() {
    let straight = engine.lint("I'm reaching out about hiring.").findings.map(\.ruleID)
    let curly = engine.lint("I’m reaching out about hiring.").findings.map(\.ruleID)
    #expect(straight.contains("focus.opener-i-wanted"))
    #expect(curly == straight)
  }

  @Test func abbreviationsAndDecimalsDoNotEndSentences() {
    let report = engine.lint("Dr. Smith said your churn fell 3.5 points, e.g. in Q3. Is that right?")
    #expect(report.metrics.sentences == 2)
  }

  @Test func columnsCountCharactersForAccentsAndEmoji() throws {
    let report = engine.lint("Café 👋🏽 — I wanted to reach out.")
    let finding = try #require(report.findings.first { $0.ruleID == "focus.opener-i-wanted" })
    // "Café 👋🏽 — " is 9 characters: C a f é space 👋🏽 space — space.
    #expect(finding.column == 10)
    #expect(finding.endColumn == 10 + "I wanted to reach out".count)
    #expect(finding.matched == "I wanted to reach out")
  }

  @Test func findingsOnLaterLinesCarryLineAndOffset() throws {
    let report = engine.lint("Your team grew.\n\nJust checking in. Is it slow?")
    let finding = try #require(report.findings.first { $0.ruleID == "filler.just-checking-in" })
    #expect(finding.line == 3)
    #expect(finding.column == 1)
    #expect(finding.start == 17)
  }

  @Test func suppressionSilencesTheRuleForTheRestOfTheMessage() {
    let text = "Just checking in.\nrapport: ignore filler.just-checking-in\nJust checking in again. Is it slow?"
    let findings = engine.lint(text).findings.filter { $0.ruleID == "filler.just-checking-in" }
    #expect(findings.count == 1)
    #expect(findings.first?.line == 1)
  }

  @Test func aDirectiveIsAWholeLineNotTextThatMentionsOne() {
    // The sentence before "rapport: ignore" is the sender's text and is linted.
    let inline = engine.lint("We are the leading provider. rapport: ignore focus.we-are-leading\nIs it slow?")
    #expect(inline.metrics.words > 8)
    #expect(inline.findings.contains { $0.ruleID == "focus.we-are-leading" })
    let indented = engine.lint("  <!--  rapport-disable focus.we-are-leading -->\nWe are the leading provider. Is it slow?")
    #expect(!indented.findings.contains { $0.ruleID == "focus.we-are-leading" })
    #expect(indented.metrics.words == 8)
  }

  @Test func configuredSeverityAndOff() {
    let off = LintEngine(configuration: LintConfiguration(severities: ["filler.just-checking-in": Severity?.none]))
    #expect(!off.lint("Just checking in. Is it slow?").findings.contains { $0.ruleID == "filler.just-checking-in" })
    let error = LintEngine(configuration: LintConfiguration(severities: ["filler.just-checking-in": .error]))
    #expect(error.lint("Just checking in. Is it slow?").hasErrors)
  }
}
