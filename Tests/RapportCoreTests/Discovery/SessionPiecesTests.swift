import Foundation
import Testing

@testable import RapportCore

@Suite("Meta-commands, next steps and exports")
struct SessionPiecesTests {
  @Test func metaCommandsParse() {
    #expect(MetaCommand.parse("/skip") == .skip)
    #expect(MetaCommand.parse("  /BACK ") == .back)
    #expect(MetaCommand.parse("/tag pain, emotion") == .tag(["pain", "emotion"]))
    #expect(MetaCommand.parse("/tag outcome-number") == .tag(["outcome-number"]))
    #expect(MetaCommand.parse("/note CFO signs") == .note("CFO signs"))
    #expect(MetaCommand.parse("/sikp") == .unknown("sikp", suggestion: "skip"))
    #expect(MetaCommand.parse("they want a CRM") == nil)
    #expect(MetaCommand.parse("//etc/hosts is the file") == nil)
    #expect(MetaCommand.answerText("//etc/hosts") == "/etc/hosts")
  }

  @Test func nextStepsSplitIntoActionOwnerAndDate() {
    let full = NextStep(parsing: "Pilot scoping call — Dana — 2026-12-02")
    #expect(full == NextStep(parsing: "Pilot scoping call; Dana; 2026-12-02"))
    #expect(full.action == "Pilot scoping call" && full.owner == "Dana" && full.date == "2026-12-02")
    #expect(full.isComplete)
    let dated = NextStep(parsing: "Send the proposal - Friday")
    #expect(dated.owner == nil && dated.date == "Friday")
    #expect(!NextStep(parsing: "follow up").isComplete)
  }

  @Test func aNextStepInPlainWordsFindsOwnerAndDate() {
    let step = NextStep(parsing: "Dana to send the security questionnaire by Friday")
    #expect(step.action == "send the security questionnaire")
    #expect(step.owner == "Dana")
    #expect(step.date == "Friday")
    let mine = NextStep(parsing: "I will book the pilot call on 2026-12-02")
    #expect(mine.owner == "I" && mine.date == "2026-12-02" && mine.action == "book the pilot call")
    // "I send …" names its owner as plainly as "I will send …".
    let plain = NextStep(parsing: "I send Dana the pilot plan by next Tuesday")
    #expect(plain.owner == "I" && plain.date == "next Tuesday" && plain.action == "send Dana the pilot plan")
    #expect(NextStep(parsing: "We book the workshop on Friday").owner == "we")
    #expect(NextStep(parsing: "I think they sign in May").owner == nil)
    let undated = NextStep(parsing: "Send the proposal by Friday")
    #expect(undated.owner == nil && undated.date == "Friday" && undated.action == "Send the proposal")
    #expect(NextStep(parsing: "Talk to the CFO").owner == nil)
    #expect(NextStep(parsing: "Send to procurement by Monday").action == "Send to procurement")
  }

  @Test func aNextStepAnsweredWithOnlyADateKeepsTheWholeDateAndAsksWhat() throws {
    let step = NextStep(parsing: "next Friday")
    #expect(step.date == "next Friday" && step.owner == nil && step.action == NextStep.unstatedAction)
    let prompt = Prompt(
      kind: .closing, questionID: ClosingQuestions.nextStepID, text: "Next step?", number: 3, total: 3, depth: 0,
      maxDepth: 0, stageTitle: "Close", stageGoal: "", reason: "", stem: nil)
    let detail = try #require(ClosingQuestions.detailPrompt(for: step, after: prompt))
    #expect(detail.text == "What is the next step, and who owns it? (date: next Friday)")
    let done = step.completed(with: "Dana books the pilot call")
    #expect(done.action == "book the pilot call" && done.owner == "Dana" && done.date == "next Friday")
  }

  @Test func aSecondAnswerWithAThisWeekdaySplitsOwnerAndDate() {
    let step = NextStep(parsing: "Send the pilot plan")
    let done = step.completed(with: "Dana this Friday")
    #expect(done.owner == "Dana" && done.date == "this Friday")
    // A date alone, when only the date was missing, is all date.
    let owned = NextStep(parsing: "Sam books the demo")
    #expect(owned.completed(with: "next Friday").date == "next Friday")
    #expect(owned.completed(with: "by next Friday").date == "next Friday")
    #expect(owned.completed(with: "Friday").date == "Friday")
  }

  @Test func blanksAreFoundAndFilled() {
    #expect(Blanks.names(in: "Hi {{ contact }} at {{account}}") == ["contact", "account"])
    #expect(Blanks.fill("Hi {{contact}} {{other}}", with: ["contact": "Dana"]) == "Hi Dana {{other}}")
  }

  @Test func theMarkdownExportIsShapedLikeACRMNote() throws {
    let playbook = EngineTests.playbook(closing: true)
    var engine = DiscoveryEngine(playbook: playbook, mode: .debrief, values: ["account": "Acme", "contact": "Dana"])
    for answer in ["They want a new CRM", "we lose 20% of renewals", "no", "Alerts, mapped to the 20%", "$200k vs $30k", "Demo — Dana — 2026-12-02"] {
      engine.apply(.answer(answer))
    }
    let record = SessionRecord(
      id: "abc234", account: "Acme", contact: "Dana", playbookID: "demo", playbookTitle: "Demo", mode: .debrief,
      status: .done, variables: [:], createdAt: Date(timeIntervalSince1970: 1_795_000_000))
    let note = SessionNote(kind: .note, text: "CFO signs", position: 1, createdAt: Date())
    let markdown = SessionExport(record: record, engine: engine, notes: [note]).markdown()
    #expect(markdown.hasPrefix("# Acme — Demo (debrief), 2026-11-18\n\n**Contact:** Dana · **Session:** abc234 · **Status:** complete\n"))
    #expect(markdown.contains("- **ask** (reached outcome-number, dug 1): wants \u{201c}They want a new CRM\u{201d} (Stated) → so that ? (Unknown) → measured by \u{201c}we lose 20% of renewals\u{201d} (Stated) → matters because ? (Unknown)"))
    #expect(markdown.contains("- *What does Acme want?*\n  > They want a new CRM\n  - *They said"))
    #expect(markdown.contains("- CFO signs"))
    #expect(markdown.contains("- **Owner:** Dana\n- **Date:** 2026-12-02"))
    #expect(markdown.contains("## Coaching\n\n**Next:** "))
    #expect(markdown.contains("\n- 1 of 1 thread reached"))
  }

  @Test func aPastedMultiLineAnswerStaysInsideItsListItem() throws {
    var engine = DiscoveryEngine(
      playbook: EngineTests.playbook(closing: true), mode: .debrief, values: ["account": "Acme", "contact": "Dana"])
    for answer in ["They want a new CRM\nand a renewal report", "we lose 20% of renewals", "no", "Alerts\nReport"] {
      engine.apply(.answer(answer))
    }
    let record = SessionRecord(
      id: "abc234", account: "Acme", contact: "Dana", playbookID: "demo", playbookTitle: "Demo", mode: .debrief,
      status: .paused, variables: [:], createdAt: Date(timeIntervalSince1970: 1_795_000_000))
    let note = SessionNote(kind: .note, text: "CFO signs\nin March", position: 1, createdAt: Date())
    let markdown = SessionExport(record: record, engine: engine, notes: [note]).markdown()
    #expect(markdown.contains("  > They want a new CRM\n  > and a renewal report\n"))
    #expect(markdown.contains("- CFO signs\n  in March\n"))
    #expect(markdown.contains("- **Options mapped to the why:** Alerts\n  Report\n"))
    #expect(markdown.contains("wants \u{201c}They want a new CRM and a renewal report\u{201d}"))
    #expect(markdown.contains("  - *They said \u{201c}a new CRM\u{201d} — what would"))
  }
}
