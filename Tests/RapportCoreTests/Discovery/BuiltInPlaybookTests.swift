import RapportResources
import Testing

@testable import RapportCore

@Suite("The built-in playbooks")
struct BuiltInPlaybookTests {
  static let catalog = PlaybookCatalog.load(
    bundled: bundledFiles(in: "prompts"), paths: Paths(environment: ["HOME": "/nonexistent"]))
  static let expected = [
    "challenger", "customer-love", "gap", "help-succeed", "jtbd", "meddpicc", "renewal", "sandler", "spin",
    "value-check", "why", "year-review",
  ]

  @Test func allTwelveLoadWithoutProblems() {
    #expect(Self.catalog.diagnostics.isEmpty, "\(Self.catalog.diagnostics.map(\.description))")
    #expect(Self.catalog.ids == Self.expected)
  }

  @Test(arguments: expected)
  func runsToItsEndWithScriptedAnswers(id: String) throws {
    let playbook = try #require(Self.catalog.playbook(id: id))
    for mode in SessionMode.allCases {
      var engine = DiscoveryEngine(playbook: playbook, mode: mode, values: ["account": "Acme"])
      let answers = [
        "They want a new CRM", "reps re-key every order by hand", "don't know", "we lose 20% of renewals",
        "I'm worried about my bonus", "Demo — Dana — Friday",
      ]
      var steps = 0
      while let prompt = engine.current, steps < 500 {
        #expect(!prompt.text.contains("{{"), "\(id): unfilled blank in \(prompt.text)")
        engine.apply(.answer(answers[steps % answers.count]))
        steps += 1
      }
      #expect(engine.isComplete, "\(id) did not finish")
      #expect(
        engine.turns.filter {
          $0.prompt.kind != .probe && $0.prompt.questionID != ClosingQuestions.nextStepDetailID
        }.count == playbook.questions.count
          + (playbook.closing ? 3 : 0))
      _ = SessionSummary(engine: engine)
    }
  }

  @Test(arguments: expected)
  func declaresABriefThatNamesOnlyItsOwnQuestionsAndKeepsNotes(id: String) throws {
    let playbook = try #require(Self.catalog.playbook(id: id))
    #expect(playbook.brief != BriefSection.defaults || id == "why", "\(id) has no brief of its own")
    #expect(playbook.brief.contains { $0.part == .notes })
    let ids = Set(playbook.questions.map(\.id))
    for section in playbook.brief {
      if case .answers(let names) = section.part { #expect(names.allSatisfy(ids.contains), "\(id): \(names)") }
    }
  }

  @Test func theWhyPlaybookDigsIntoABareRequestAtOnce() throws {
    let playbook = try #require(Self.catalog.playbook(id: "why"))
    var engine = DiscoveryEngine(playbook: playbook, mode: .debrief, values: ["account": "Acme"])
    engine.apply(.answer("They want a new CRM"))
    let probe = try #require(engine.current)
    #expect(probe.kind == .probe && probe.questionID == "stated-need")
    #expect(probe.text.contains("a new CRM"))
  }

  @Test func theWhySentenceNeverSaysBecauseTwice() {
    #expect(SessionSummary.withoutReasonWord("Because the team loses leads") == "the team loses leads")
    #expect(SessionSummary.withoutReasonWord("so that reps stop re-keying") == "reps stop re-keying")
    #expect(SessionSummary.withoutReasonWord("Becky in finance asked") == "Becky in finance asked")
    #expect(FollowUpBank.echo("Because the sales team loses track of leads").hasPrefix("the sales team"))
  }
}
