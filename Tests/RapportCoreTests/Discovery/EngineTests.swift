import Foundation
import Testing

@testable import RapportCore

@Suite("The why-ladder engine")
struct EngineTests {
  static let text = """
    id: demo
    title: Demo
    description: A tiny playbook.
    method: test
    stages:
      - id: need
        title: The need
        goal: Hear it.
        questions:
          - id: ask
            ask: What does {{account}} want?
            intent: to hear the request
            dig: true
          - id: after
            ask: Anything else?
            intent: to finish
    """

  static func playbook(_ extra: String = "", closing: Bool = false, followUps: String = "") -> Playbook {
    var text = Self.text.replacingOccurrences(of: "dig: true", with: "dig: true" + followUps) + extra
    if !closing { text += "\nclosing: false\n" }
    return try! PlaybookLoader.load(text: text, file: "demo.yaml", expectedID: "demo").get()
  }

  func engine(_ playbook: Playbook = EngineTests.playbook()) -> DiscoveryEngine {
    DiscoveryEngine(playbook: playbook, mode: .debrief, values: ["account": "Acme", "contact": "Dana"])
  }

  @Test func aBareSolutionIsDugAtLeastMinProbesTimes() {
    var engine = engine()
    #expect(engine.current?.text == "What does Acme want?")
    engine.apply(.answer("They want a new CRM"))
    #expect(engine.current?.kind == .probe)
    #expect(engine.current?.depth == 1)
    #expect(
      engine.current?.text
        == "They said \u{201c}a new CRM\u{201d} — what would that let Acme do that it can't today?")
    engine.apply(.answer("We need a better tool"))
    #expect(engine.current?.kind == .probe)
    engine.apply(.answer("they want an app"))
    // Two probes asked and still a bare solution: accepted, thread stuck at solution.
    #expect(engine.current?.questionID == "after")
    #expect(engine.threads[0].status == .stuckAtSolution)
  }

  @Test func aThreadThatFoundAPainIsNotStuckWhenTheAnswerDriftsBackToTheRequest() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer("reps lose track of renewals"))
    engine.apply(.answer("they want Salesforce"))
    #expect(engine.current?.kind == .probe)
    #expect(engine.current?.stem?.hasPrefix("solution-") == true)
    #expect(engine.threads[0].status == .open)
  }

  @Test func theCoachingCardCountsInGoodEnglish() {
    var engine = engine()
    engine.apply(.answer("We need a CRM because we lose 20% of our leads"))
    let notes = SessionSummary(engine: engine).coaching.notes
    #expect(notes.contains { $0.hasPrefix("1 call question covered;") }, "\(notes)")
    var dug = self.engine()
    for answer in ["They want a new CRM", "we lose 20% of leads", "no"] { dug.apply(.answer(answer)) }
    #expect(
      SessionSummary(engine: dug).coaching.notes.contains {
        $0.hasPrefix("2 call questions covered (rapport's 1 follow-up not counted);")
      })
  }

  @Test func theDeepestDigCountsAnsweredFollowUpsOnly() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer("they lose renewals"))
    // The second follow-up is on screen but not answered yet.
    let card = SessionSummary(engine: engine).coaching
    #expect(card.deepestDig == 1)
    #expect(card.notes.contains("Deepest dig: 1 follow-up on ask."), "\(card.notes)")
  }

  @Test func aRequestToDoSomethingReadsNaturallyInTheFollowUp() {
    var engine = engine()
    engine.apply(.answer("They want to move off Excel"))
    #expect(
      engine.current?.text
        == "They said \u{201c}to move off Excel\u{201d} — what would that let Acme do that it can't today?")
  }

  @Test func anOutcomeWithANumberStopsTheThread() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer("we lose 20% of leads every quarter"))
    #expect(engine.current?.questionID == "after")
    #expect(engine.threads[0].status == .reached)
    #expect(engine.threads[0].stopReason == "reached outcome-number")
  }

  @Test func anEmotionStopsTheThread() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer("Dana is frustrated and her boss blames her"))
    #expect(engine.threads[0].status == .reached)
    #expect(engine.threads[0].stopReason == "reached a personal stake")
  }

  @Test func aSolutionWithAReasonIsNotDugAsBare() {
    var engine = engine()
    engine.apply(.answer("We need a CRM because we lose 20% of our leads"))
    #expect(engine.current?.questionID == "after")
    #expect(engine.threads[0].probes == 0)
  }

  @Test func digsNoDeeperThanMaxProbes() {
    var engine = engine(Self.playbook("\nladder:\n  max_probes: 3\n"))
    engine.apply(.answer("They want a new CRM"))
    for answer in ["reps make mistakes", "quotes are slow", "errors everywhere"] {
      #expect(engine.current?.kind == .probe)
      engine.apply(.answer(answer))
    }
    #expect(engine.current?.questionID == "after")
    #expect(engine.threads[0].status == .maxDepth)
    #expect(engine.threads[0].probes == 3)
  }

  @Test func twoDontKnowsParkTheThreadAsUnknown() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer("don't know"))
    #expect(engine.current?.stem == "unknown-guess")
    engine.apply(.answer("no idea"))
    #expect(engine.threads[0].status == .parked)
    let summary = SessionSummary(engine: engine)
    #expect(summary.chains[0].measuredBy.provenance == .unknown)
  }

  @Test func stemsRotateAndNeverRepeatBackToBack() {
    var engine = engine(Self.playbook("\nladder:\n  max_probes: 6\n"))
    engine.apply(.answer("reps make mistakes"))
    var stems: [String] = []
    for _ in 0..<5 {
      stems.append(engine.current?.stem ?? "")
      engine.apply(.answer("manual errors again"))
    }
    for (a, b) in zip(stems, stems.dropFirst()) { #expect(a != b) }
    #expect(Set(stems.prefix(4)).count == 4, "\(stems)")
  }

  @Test func playbookFollowUpsComeFirstAndEchoTheAnswer() {
    let extra = "\n        follow_ups:\n          solution: [\"So {{answer}} — what for?\"]"
    var engine = engine(Self.playbook(followUps: extra))
    engine.apply(.answer("They want a new CRM"))
    #expect(engine.current?.text == "So a new CRM — what for?")
    engine.apply(.answer("they want a CRM with pipelines"))
    #expect(engine.current?.stem == "solution-let")
  }

  @Test func vagueAnswersGetAPastEventQuestion() {
    var engine = engine()
    engine.apply(.answer("It would be more efficient"))
    #expect(engine.current?.stem?.hasPrefix("vague-") == true)
    #expect(engine.current?.text.contains("last") == true)
  }

  @Test func aStallIsDugWithWhatWouldMakeItAYes() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer("Dana has to talk it over with her CFO first"))
    #expect(engine.current?.kind == .probe)
    #expect(engine.current?.stem == "stall-yes")
    #expect(engine.current?.text == "What would Dana need to see or hear to make it a yes?")
    engine.apply(.answer("We'll revisit it next quarter"))
    #expect(engine.current?.stem?.hasPrefix("stall-") == true)
    #expect(engine.current?.stem != "stall-yes")
  }

  @Test func aPainThatSaysWhenItHappenedIsNotAskedWhenAgain() {
    var engine = engine()
    engine.apply(.answer("Last Tuesday the Hanson renewal lapsed"))
    #expect(engine.current?.stem == "pain-cost")
    #expect(FollowUpBank.namesAPastEvent("yesterday two orders went missing"))
    #expect(!FollowUpBank.namesAPastEvent("renewals lapse all the time"))
  }

  @Test(arguments: [
    ("Reps waste 5 hours a week on data entry", "What does that cost Dana personally?"),
    ("Failed payments under 2% by March", "What would hitting that mean for Dana personally?"),
    ("No-shows down from 14% to 9% since spring", "What does that number mean for Dana personally?"),
  ])
  func aNumberIsAskedAboutAsACostATargetOrAResult(answer: String, question: String) {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer(answer))
    #expect(engine.current?.kind == .probe)
    #expect(engine.current?.text == question, "\(answer) → \(engine.current?.text ?? "nothing")")
    #expect(FollowUpBank.namesADeadline("under 2% by the end of the year"))
    #expect(!FollowUpBank.namesADeadline("it was signed by the CFO"))
  }

  @Test func tagOverridesTheLatestAnswer() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.answer("I'm worried sick about it"))
    // A feeling of their own stops the thread; tagging it pain keeps digging.
    #expect(engine.current?.questionID == "after")
    engine.apply(.tag(["pain"]))
    #expect(engine.current?.kind == .probe)
    #expect(engine.turns.last?.classification?.isOverride == true)
    #expect(engine.current?.reason.hasPrefix("You tagged your last answer pain.") == true)
    engine.apply(.tag(["outcome-number"]))
    #expect(engine.current?.questionID == "after")
  }

  @Test func enoughAndSkipEndTheThread() {
    var engine = engine()
    engine.apply(.answer("They want a new CRM"))
    engine.apply(.enough)
    #expect(engine.threads[0].status == .enough)
    #expect(engine.current?.questionID == "after")
    engine.apply(.skip)
    #expect(engine.isComplete)
    #expect(engine.turns.last?.answer == nil)
  }

  @Test func replayRebuildsTheSameState() {
    var engine = engine()
    let events: [SessionEvent] = [
      .answer("They want a new CRM"), .answer("don't know"), .tag(["pain"]), .answer("slow quotes"), .enough,
    ]
    for event in events { engine.apply(event) }
    let replayed = DiscoveryEngine.replay(
      events, playbook: engine.playbook, mode: .debrief, values: ["account": "Acme", "contact": "Dana"])
    #expect(replayed.turns == engine.turns)
    #expect(replayed.current == engine.current)
  }

  @Test func closingQuestionsAreAppendedAndSummarised() {
    var engine = engine(Self.playbook(closing: true))
    engine.apply(.answer("We need a CRM because we lose 20% of our leads"))
    engine.apply(.answer("no"))
    #expect(engine.current?.kind == .closing)
    #expect(engine.current?.progress == "closing 1 of 3")
    engine.apply(.answer("Pipeline rules in the CRM, mapped to the 20% leak"))
    engine.apply(.answer("about $200k a year against a $30k price"))
    engine.apply(.answer("Scoping call — Dana — 2026-12-02"))
    #expect(engine.isComplete)
    let summary = SessionSummary(engine: engine)
    #expect(summary.nextStep == NextStep(parsing: "Scoping call — Dana — 2026-12-02"))
    #expect(summary.nextStep?.owner == "Dana")
    #expect(summary.coaching.nextStepComplete)
    #expect(summary.coaching.slice == SliceCheck(answer: "about $200k a year against a $30k price"))
    #expect(
      summary.coaching.notes.contains(
        "The customer's slice is about 6.7× the price (their gain $200k a year against your price $30k; taking $30k as per year too): clearly bigger than yours."
      ), "\(summary.coaching.notes)")
    #expect(!summary.coaching.prematurePitch)
    #expect(summary.why == "Acme wants a CRM; in numbers, \u{201c}we lose 20% of our leads\u{201d}.")
    #expect(summary.chains[0].measuredBy.words == "we lose 20% of our leads")
    #expect(summary.chains[0].wants.words == "We need a CRM")
  }

  @Test func optionsBeforeAnyWhyAreFlaggedAsAPitch() {
    var engine = engine(Self.playbook(closing: true))
    engine.apply(.answer("a new CRM"))
    engine.apply(.skip)
    engine.apply(.skip)
    engine.apply(.answer("Our CRM, obviously"))
    #expect(SessionSummary(engine: engine).coaching.prematurePitch)
  }

  @Test func aSliceAnswerWithoutTwoAmountsAsksForBoth() {
    var engine = engine(Self.playbook(closing: true))
    for answer in ["We need a CRM because we lose 20% of our leads", "no", "Alerts", "worth a lot to them"] {
      engine.apply(.answer(answer))
    }
    let notes = SessionSummary(engine: engine).coaching.notes
    #expect(
      notes.contains(
        "The customer's slice: name what it is worth to them and the price, both in money (e.g. $400k a year against a $36k price), to check theirs is bigger."
      ), "\(notes)")
  }

  @Test func sliceCheckReadsValueAndPrice() {
    #expect(SliceCheck(answer: "about $400k a year against a $36k price")?.ratio == 400_000.0 / 36_000.0)
    #expect(SliceCheck(answer: "20,000 dollars saved for a 25,000 dollars fee")?.isBigger == false)
    #expect(SliceCheck(answer: "€1.2m of savings, price €90k")?.value == 1_200_000)
    #expect(SliceCheck(answer: "worth a lot") == nil)
  }

  @Test func progressShowsQuestionAndDepth() {
    var engine = engine()
    #expect(engine.current?.progress == "question 1 of 2")
    engine.apply(.answer("They want a new CRM"))
    #expect(engine.current?.progress == "question 1 of 2 · dig 1/4")
  }

  @Test func prepAnswersAreImpliedAndTildeMarksAnInference() {
    var engine = DiscoveryEngine(playbook: Self.playbook(), mode: .prep, values: [:])
    engine.apply(.answer("They want a new CRM"))
    #expect(SessionSummary(engine: engine).chains[0].wants.provenance == .implied)
    var debrief = self.engine()
    debrief.apply(.answer("~ they want a new CRM"))
    #expect(
      SessionSummary(engine: debrief).chains[0].wants
        == ChainLink(words: "they want a new CRM", provenance: .implied))
  }
}
