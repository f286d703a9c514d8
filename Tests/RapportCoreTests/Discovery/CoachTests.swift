import Foundation
import Testing

@testable import RapportCore

/// A coach, not a form: follow-ups that fit what the question was after, people to reach,
/// a brief per playbook, the one thing to do next, a quote topic that fits.
@Suite("Coach, not form")
struct CoachTests {
  static let catalog = BuiltInPlaybookTests.catalog

  func engine(_ id: String, mode: SessionMode = .debrief) throws -> DiscoveryEngine {
    let playbook = try #require(Self.catalog.playbook(id: id))
    return DiscoveryEngine(playbook: playbook, mode: mode, values: ["account": "Harbor Health", "contact": "Maya"])
  }

  @Test func aLoveQuestionAnsweredWithAPersonIsDugForWhatTheyDoNeverForPain() throws {
    var engine = try engine("renewal")
    #expect(engine.current?.questionID == "love")
    engine.apply(.answer("Ana in support"))
    let probe = try #require(engine.current)
    #expect(probe.kind == .probe)
    #expect(probe.text == "What does Ana do that matters to them? How would they describe it to a peer?")
    // Never a hunt for pain on a question about what they love.
    for answer in ["She answers", "Fast", "Always there"] where engine.current?.kind == .probe {
      #expect(engine.current?.text != "What's hard about that today?")
      engine.apply(.answer(answer))
    }
  }

  @Test func aLoveAnswerWithoutAPersonIsNotTreatedAsOne() throws {
    var engine = try engine("renewal")
    engine.apply(.answer("The Monday report"))
    #expect(engine.current?.text == "What about that matters most to them? How would they describe it to a peer?")
  }

  @Test func aDecisionQuestionIsDugForWhoSignsOff() throws {
    var engine = try engine("renewal")
    while engine.current?.questionID != "risk" { engine.apply(.skip) }
    engine.apply(.answer("Procurement"))
    #expect(engine.current?.text == "Who else signs off, and what do they care about most?")
  }

  @Test func peopleNamedInAnAnswerAreFound() {
    #expect(PersonNames.find(in: "Karen in finance decides") == ["Karen in finance"])
    #expect(PersonNames.find(in: "Raj, their CFO, signs everything") == ["Raj, their CFO"])
    #expect(PersonNames.find(in: "Salesforce is clunky and Monday is busy").isEmpty)
    #expect(PersonNames.find(in: "Maya decides", excluding: ["Maya"]).isEmpty)
    #expect(PersonNames.find(in: "Nothing in particular, just looking").isEmpty)
    #expect(PersonNames.find(in: "They tried Salesforce in 2023 and nobody used it").isEmpty)
    #expect(PersonNames.firstName(in: "Ana in support") == "Ana")
  }

  @Test func eachPlaybooksBriefRendersItsOwnSections() throws {
    var engine = try engine("customer-love")
    engine.apply(.skip)
    engine.apply(.skip)
    engine.apply(.answer("Ana in support, she always calls back the same day"))
    let summary = SessionSummary(engine: engine)
    let note = SessionNote(kind: .note, text: "Ask Maya for a quote", position: 3, createdAt: Date())
    let brief = SessionBrief(engine: engine, summary: summary, notes: [note])
    #expect(brief.sections.map(\.title).prefix(3) == [
      "What they love, in their words", "How they would describe you to a peer", "What you must never change",
    ])
    #expect(brief.sections[0].lines == ["Ana in support, she always calls back the same day"])
    #expect(brief.sections.last?.lines == ["Ask Maya for a quote"])
    let sandler = SessionBrief(engine: try self.engine("sandler"), summary: SessionSummary(engine: try self.engine("sandler")), notes: [])
    #expect(sandler.sections.map(\.title).contains("Budget"))
    #expect(sandler.sections.map(\.title).contains("Decision"))
  }

  @Test func noPainAfterFourThreadsSaysQualifyOutOrGetToThePersonNamed() throws {
    var engine = try engine("why")
    let answers = ["They asked for a demo", "Karen in finance decides", "It's fine", "Not sure", "no idea"]
    for answer in answers + Array(repeating: "It's fine", count: 30) where !engine.isComplete {
      if engine.current?.kind == .closing { engine.apply(.skip) } else { engine.apply(.answer(answer)) }
    }
    let card = SessionSummary(engine: engine).coaching
    #expect(card.nextThing.hasPrefix("No pain found after"), "\(card.nextThing)")
    #expect(card.nextThing.hasSuffix("qualify out, or get to Karen in finance."))
    #expect(card.quoteTopic == "persistence")
  }

  @Test func theAnswerThatEndsAThreadFillsItsLinkEvenWhenAnEarlierAnswerTookIt() throws {
    var engine = try engine("why")
    engine.apply(.answer("They asked for a new CRM"))
    // Other people's frustration with a tool is read as emotion (it would fill "matters
    // because") but is dug, not stopped at.
    engine.apply(.answer("The reps hate re-keying every order into two systems"))
    #expect(engine.threads.first?.status == .open)
    let stake = "Maya said she'll be the one explaining the miss to the board, and her job is on the line"
    engine.apply(.answer(stake))
    let thread = try #require(engine.threads.first)
    #expect(thread.status == .reached, "\(thread.stopReason)")
    let chain = try #require(SessionSummary(engine: engine).chains.first)
    #expect(chain.matters.words == stake)
    #expect(chain.soThat.words != stake)
    #expect(SessionSummary(engine: engine).why.contains("her job is on the line"))
  }

  @Test func aRequestThatNamesAnOutcomeIsNotAlsoItsOwnReason() throws {
    var engine = try engine("why")
    engine.apply(.answer("They need better forecasting"))
    let summary = SessionSummary(engine: engine)
    let chain = try #require(summary.chains.first)
    #expect(chain.wants.words == "They need better forecasting")
    #expect(chain.soThat.words == nil)
    #expect(!summary.why.contains("because they need better forecasting"), "\(summary.why)")
  }

  @Test func aReasonAfterSoAndAnySubjectIsTheRequestsWhy() throws {
    var engine = try engine("why")
    engine.apply(.answer("a new CRM"))
    engine.apply(.answer("They want a new CRM so reps stop re-keying orders"))
    let chain = try #require(SessionSummary(engine: engine).chains.first)
    #expect(chain.wants.words == "a new CRM")
    #expect(chain.soThat.words == "reps stop re-keying orders")
  }

  @Test func anAnswerThatIsAConditionIsNotQuotedBackInTheFollowUp() throws {
    var engine = try engine("why")
    engine.apply(.answer("They asked for a new CRM"))
    // (An answer that digs: "she can't forecast the quarter" is a consequence, which may stop.)
    engine.apply(.answer("If the data stays wrong nobody trusts the report"))
    let probe = try #require(engine.current)
    #expect(probe.kind == .probe)
    #expect(!probe.text.lowercased().contains("\u{201c}if "), "\(probe.text)")
    #expect(FollowUpBank.echoIsACondition("When the data is wrong, nobody trusts the forecast"))
    #expect(!FollowUpBank.echoIsACondition("Reps re-key every order twice"))
  }

  @Test func optionsBeforeTheWhyAreCalledAPitch() throws {
    var engine = EngineTests().engine(EngineTests.playbook(closing: true))
    for answer in ["a new CRM", "", "", "Our CRM, obviously"] {
      answer.isEmpty ? engine.apply(.skip) : engine.apply(.answer(answer))
    }
    let card = SessionSummary(engine: engine).coaching
    #expect(card.nextThing.hasPrefix("You pitched before any why"))
    #expect(card.quoteTopic == "listening")
  }

  @Test func aCustomerInterviewEndsWithRavingFansAndCustomerQuotes() throws {
    var engine = try engine("customer-love")
    while let prompt = engine.current {
      engine.apply(.answer(prompt.questionID == "referral" ? "Yes, Lee at Northwind would love this" : "We love the weekly call"))
    }
    let card = SessionSummary(engine: engine).coaching
    #expect(card.nextThing == "Turn them into raving fans: ask for that introduction to Lee at Northwind while it's warm.")
    #expect(card.quoteTopic == "customers")
  }

  @Test func aPausedSessionIsToldToFinishNotToSendTheRecap() throws {
    var engine = try engine("why")
    engine.apply(.answer("They want renewal alerts so no renewal slips, measured by renewal rate back above 92%"))
    #expect(!engine.isComplete)
    let paused = SessionSummary(engine: engine).coaching
    #expect(paused.nextThing.hasPrefix("Paused with questions still open"), "\(paused.nextThing)")
    #expect(!paused.nextThing.contains("send the recap and") && !paused.nextThing.hasPrefix("Send the recap"))
  }

  @Test func aSummaryMidSessionSaysWhatIsStillOpenNotAfterTheCallAdvice() throws {
    var engine = try engine("why")
    engine.apply(.answer("We need a CRM"))
    let current = try #require(engine.current)
    let live = SessionSummary(engine: engine, live: true).coaching
    #expect(live.nextThing.hasPrefix("Still open: \(current.progress), then "), "\(live.nextThing)")
    #expect(live.nextThing.contains("more questions"), "\(live.nextThing)")
    #expect(!live.nextThing.contains("Paused") && !live.nextThing.contains("resume"), "\(live.nextThing)")
  }

  @Test func prepSessionsAreAboutCuriosity() throws {
    var engine = try engine("why", mode: .prep)
    engine.apply(.answer("They want a new CRM"))
    #expect(SessionSummary(engine: engine).coaching.quoteTopic == "curiosity")
  }

  @Test func reachNotesTheOfferedPerson() throws {
    let directory = NSTemporaryDirectory() + "rapport-reach-" + UUID().uuidString
    let store = try SessionStore(path: directory + "/rapport.sqlite")
    let record = SessionRecord(
      id: "reach1", account: "Acme", contact: "Dana", playbookID: "demo", playbookTitle: "Demo", mode: .debrief,
      variables: ["account": "Acme", "contact": "Dana"], createdAt: Date())
    try store.create(record)
    let session = DiscoverySession(
      store: store, record: record,
      engine: DiscoveryEngine(playbook: EngineTests.playbook(), mode: .debrief, values: record.variables),
      interactive: false)
    _ = try session.start()
    let step = try session.handle("Karen in finance decides on the CRM")
    #expect(step.show.contains(.info("  · someone to reach: Karen in finance — /reach notes them")))
    _ = try session.handle("/reach")
    #expect(try store.notes(of: "reach1").map(\.text) == ["Reach: Karen in finance"])
  }
}

extension CoachTests {
  @Test func anEvasiveProspectIsCalledEvasiveEvenWhenAStrayWordReadsAsPain() throws {
    var engine = try engine("why")
    let answers = [
      "They asked for a demo of the platform", "Just wanted to see what's out there", "Not sure, he didn't really say",
      "Hard to say", "/enough", "It's fine as it is, he said", "Nothing in particular, just looking", "Not sure",
      "/enough", "He wouldn't say", "No idea", "Probably better reporting", "Better than what they have, I guess",
      "He didn't say", "/enough", "Karen in finance decides anything over $20k", "Nothing, he said it's fine",
      "/enough", "He didn't say", "/enough", "It would be nice to have", "/enough", "No date",
    ]
    for answer in answers where !engine.isComplete {
      engine.apply(answer == "/enough" ? .enough : .answer(answer))
    }
    let summary = SessionSummary(engine: engine)
    #expect(summary.why.hasPrefix("Not found yet: Harbor Health gave little beyond what they asked for"))
    #expect(summary.coaching.nextThing == "No pain found after 8 threads — qualify out, or get to Karen in finance.")
  }
}
