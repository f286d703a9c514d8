import Foundation
import Testing

@testable import RapportCore

/// The session loop in the core: a line in, what to show and what was saved out.
@Suite("The discovery session loop")
struct DiscoverySessionTests {
  let directory = NSTemporaryDirectory() + "rapport-session-" + UUID().uuidString
  static let clock = Date(timeIntervalSince1970: 1_796_000_000)

  func session(interactive: Bool = false) throws -> DiscoverySession {
    let store = try SessionStore(path: directory + "/rapport.sqlite")
    let record = SessionRecord(
      id: "abc234", account: "Acme", contact: "Dana", playbookID: "demo", playbookTitle: "Demo", mode: .debrief,
      variables: ["account": "Acme", "contact": "Dana"], createdAt: Self.clock)
    try store.create(record)
    let engine = DiscoveryEngine(
      playbook: EngineTests.playbook(closing: true), mode: .debrief, values: record.variables)
    return DiscoverySession(
      store: store, record: record, engine: engine, interactive: interactive, now: { Self.clock + 60 })
  }

  /// A session whose need, stages and slice are answered, so its next question is the next step.
  func sessionAtTheNextStep() throws -> DiscoverySession {
    let session = try session()
    _ = try session.start()
    for answer in ["We need a CRM because we lose 20% of our leads", "no", "Alerts", "$200k saved vs a $30k price"] {
      _ = try session.handle(answer)
    }
    return session
  }

  @Test func startShowsTheTitleTheStageAndTheFirstQuestion() throws {
    let step = try session().start()
    #expect(step.show.first == .title("Demo · Acme · debrief", sessionID: "abc234"))
    #expect(step.show.contains(.stage(title: "The need", goal: "Hear it.")))
    guard case .prompt(let prompt)? = step.show.last else {
      Issue.record("no prompt")
      return
    }
    #expect(prompt.text == "What does Acme want?")
    #expect(step.state == .asking)
  }

  @Test func anAnswerIsSavedBeforeTheNextPromptIsReturned() throws {
    let session = try session()
    _ = try session.start()
    let step = try session.handle("They want a new CRM")
    #expect(step.saved == [.answer("They want a new CRM")])
    #expect(try session.store.events(of: "abc234") == [.answer("They want a new CRM")])
    #expect(step.show.first == .echo("> They want a new CRM"))
    #expect(step.show.contains(.info("  · read as solution — digging")))
    guard case .prompt(let probe)? = step.show.last else {
      Issue.record("no follow-up")
      return
    }
    #expect(probe.kind == .probe)
    #expect(session.marker == "  > ")
    // The injected clock stamps the save.
    #expect(try session.store.sessions().first?.updatedAt == Self.clock + 60)
  }

  @Test func inputEndingBeforeAnyAnswerLeavesNoEmptySessionBehind() throws {
    let session = try session()
    _ = try session.start()
    let step = try session.endOfInput(isNew: true)
    #expect(step.state == .discarded)
    #expect(step.show == [.paused("Nothing was answered, so session abc234 was not saved.")])
    #expect(try session.store.sessions().isEmpty)
  }

  @Test func inputEndingAfterAnAnswerPausesTheSession() throws {
    let answered = try session()
    _ = try answered.start()
    _ = try answered.handle("They want a new CRM")
    #expect(try answered.endOfInput(isNew: true).state == .paused)
    #expect(try answered.store.sessions().first?.status == .paused)
  }

  @Test func aResumedSessionWithNoAnswersIsKeptWhenInputEnds() throws {
    // A session resumed with no answers yet was kept by the person once: it stays.
    let resumed = try session()
    _ = try resumed.start()
    #expect(try resumed.endOfInput(isNew: false).state == .paused)
    #expect(try resumed.store.sessions().count == 1)
  }

  @Test func backTakesTheAnswerBackAndOffersItForEditing() throws {
    let session = try session(interactive: true)
    _ = try session.start()
    _ = try session.handle("They want a new CRM")
    let step = try session.handle("/back")
    #expect(step.prefill == "They want a new CRM")
    #expect(step.saved.isEmpty)
    #expect(try session.store.events(of: "abc234").isEmpty)
    #expect(try session.store.takenBack(of: "abc234") == ["They want a new CRM"])
    #expect(session.engine.current?.questionID == "ask" && session.engine.current?.kind == .question)
  }

  @Test func anEmptyLineSkipsInAScriptAndIsIgnoredAtATerminal() throws {
    let piped = try session()
    _ = try piped.start()
    #expect(try piped.handle("").saved == [.skip])
    let typed = try DiscoverySessionTests().session(interactive: true)
    _ = try typed.start()
    let step = try typed.handle("  ")
    #expect(step.saved.isEmpty)
    #expect(step.show.contains(.info("(type an answer, or /skip)")))
  }

  @Test func commandsShowWithoutSavingAnswers() throws {
    let session = try session()
    _ = try session.start()
    let why = try session.handle("/why")
    #expect(why.saved.isEmpty)
    #expect(why.show.contains { if case .explanation = $0 { true } else { false } })
    let note = try session.handle("/note CFO signs")
    #expect(note.savedNote == "CFO signs")
    #expect(try session.store.notes(of: "abc234").map(\.text) == ["CFO signs"])
    #expect(try session.handle("/enough").show.contains(.warning("Not digging right now; /skip skips the question.")))
  }

  @Test func pauseKeepsTheDraftAndEndsAScriptWithTheSummary() throws {
    let session = try session()
    _ = try session.start()
    let step = try session.pause(draft: "half an ans")
    #expect(step.state == .paused)
    #expect(step.show.last == .finished)
    #expect(try session.store.sessions().first?.status == .paused)
    #expect(try session.store.notes(of: "abc234").first?.kind == .draft)
  }

  @Test func aTagThatIsNoClassIsNamedWithTheNearestOne() throws {
    let session = try session()
    _ = try session.start()
    _ = try session.handle("They want a new CRM")
    let step = try session.handle("/tag pian")
    #expect(
      step.show.contains(
        .warning(
          "No class 'pian'. Did you mean 'pain'? Tag with: solution, pain, outcome, outcome-number, emotion, vague, fact (e.g. /tag pain)."
        )))
  }

  @Test func aScriptedPauseIsEchoedLikeEveryOtherLine() throws {
    let session = try session()
    _ = try session.start()
    let step = try session.handle("/pause")
    #expect(step.show.first == .echo("> /pause"))
    #expect(step.state == .paused)
  }

  /// The session `paused` as resumed at the terminal (nothing was answered before the pause).
  func resumed(_ paused: DiscoverySession) -> DiscoverySession {
    let engine = DiscoveryEngine(
      playbook: EngineTests.playbook(closing: true), mode: .debrief, values: paused.record.variables)
    return DiscoverySession(
      store: paused.store, record: paused.record, engine: engine, interactive: true, now: { Self.clock + 120 })
  }

  @Test func aDraftFinishedAfterResumingLeavesNoDraftNoteBehind() throws {
    let paused = try session()
    _ = try paused.start()
    _ = try paused.pause(draft: "They want a new")
    let session = resumed(paused)
    #expect(try session.start().prefill == "They want a new")
    _ = try session.handle("They want a new CRM")
    #expect(try session.store.notes(of: "abc234").isEmpty)
    // Search finds the words once, in the answer.
    #expect(try session.store.search("want").map(\.kind) == ["answer"])
  }

  @Test func aDraftCarriedOnAndPausedAgainReplacesTheEarlierDraftNote() throws {
    let paused = try session()
    _ = try paused.start()
    _ = try paused.pause(draft: "They want a new")
    let again = resumed(paused)
    _ = try again.start()
    _ = try again.pause(draft: "They want a new CRM for")
    #expect(try again.store.notes(of: "abc234").map(\.text) == ["They want a new CRM for"])
    let session = resumed(again)
    #expect(try session.start().prefill == "They want a new CRM for")
    _ = try session.handle("They want a new CRM for renewals")
    #expect(try session.store.notes(of: "abc234").isEmpty)
  }

  @Test func aStallIsSaidAsOneWhenTheSessionDigsPastIt() throws {
    let session = try session()
    _ = try session.start()
    _ = try session.handle("They want a new CRM")
    let step = try session.handle("Dana has to talk it over with her CFO first")
    #expect(step.show.contains { $0 == .info("  · read as fact — a stall: digging past it") })
  }

  @Test func aDraftClearedForAnotherAnswerStaysInTheNotes() throws {
    let paused = try session()
    _ = try paused.start()
    _ = try paused.pause(draft: "They want a new")
    let session = resumed(paused)
    _ = try session.start()
    _ = try session.handle("A faster quote process")
    #expect(try session.store.notes(of: "abc234").map(\.text) == ["They want a new"])
  }

  @Test func theLastAnswerCompletesTheSessionAndTheListCountsAsTheCardDoes() throws {
    let session = try session()
    _ = try session.start()
    var step = DiscoverySession.Step()
    for line in ["They want a new CRM", "we lose 20% of renewals", "no", "Alerts", "$200k saved vs a $30k fee",
      "Demo — Dana — 2026-12-02"]
    {
      step = try session.handle(line)
    }
    #expect(step.state == .complete)
    #expect(step.show.last == .finished)
    #expect(try session.store.sessions().first?.status == .done)
    let card = SessionSummary(engine: session.engine).coaching
    let counts = try #require(try session.store.answerCounts()["abc234"])
    #expect(counts.questions == card.questionsAsked && counts.followUps == card.probesAsked)
    #expect(counts.described == "2 questions + 1 follow-up")
  }

  @Test func resumingAFinishedSessionLeavesItsLastChangeAlone() throws {
    let session = try session()
    _ = try session.start()
    for line in ["They want a new CRM", "we lose 20% of renewals", "no", "Alerts", "$200k saved vs a $30k fee",
      "Demo — Dana — 2026-12-02"]
    {
      _ = try session.handle(line)
    }
    let finished = try #require(try session.store.sessions().first?.updatedAt)
    let reopened = DiscoverySession(
      store: session.store, record: session.record, engine: session.engine, interactive: false,
      now: { Self.clock + 3600 })
    #expect(try reopened.start().state == .complete)
    #expect(try session.store.sessions().first?.updatedAt == finished)
  }

  @Test func theNextStepsDateIsShownAsADayWhenItIsAnsweredSoBackCanFixIt() throws {
    // The call is on Monday 2026-11-30: "next Friday" is the Friday of the week after.
    let session = try sessionAtTheNextStep()
    let step = try session.handle("Send the pricing — me — next Friday")
    #expect(step.show.contains(.info("  · \u{201c}next Friday\u{201d} read as Friday 2026-12-11 (/back to correct)")))
  }

  @Test func dateWordsWithNoDayInThemSayTheStepStaysUndated() throws {
    let session = try sessionAtTheNextStep()
    let step = try session.handle("Send the pricing — me — Feb 30")
    #expect(
      step.show.contains(
        .info(
          "  · \u{201c}Feb 30\u{201d} names no day rapport can count, so `rapport next` lists it undated (/back to give a date such as 2026-11-30)"
        )), "\(step.show)")
  }

  @Test func aDateGivenInTheFollowUpIsShownOnceAndAVagueOneSaysAbout() throws {
    let session = try sessionAtTheNextStep()
    let first = try session.handle("Send him a case study and check back in a few weeks")
    #expect(first.show.contains(.info("  · \u{201c}in a few weeks\u{201d} read as about Monday 2026-12-21 (/back to correct)")))
    // The owner alone changes no date: the reading is not repeated.
    let owner = try session.handle("me")
    #expect(!owner.show.contains { if case .info(let text) = $0 { text.contains("read as") } else { false } })
  }
}
