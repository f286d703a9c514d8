import Foundation
import Testing

@testable import RapportCore

/// Next steps you can't lose, the calendar export, CSV rows and the recap email.
@Suite("After the call")
struct AfterTheCallTests {
  let directory = NSTemporaryDirectory() + "rapport-after-" + UUID().uuidString
  static let callDay = RelativeDate.isoDay("2026-12-01")!

  static func step(_ id: String, account: String = "Acme", action: String, due: String?) -> OpenNextStep {
    OpenNextStep(
      sessionID: id, account: account, contact: "Dana", action: action, owner: "Dana", date: due, due: due,
      approximate: false, createdAt: callDay, doneAt: nil)
  }

  /// A small RFC 5545 reader: unfolds lines, checks the framing, and returns each VEVENT's
  /// properties (names without parameters, values unescaped).
  static func parseICS(_ text: String) throws -> [[String: String]] {
    #expect(text.hasSuffix("\r\n"))
    let physical = text.components(separatedBy: "\r\n").dropLast()
    for line in physical {
      #expect(line.utf8.count <= 75, "line over 75 octets: \(line)")
      #expect(!line.contains("\n") && !line.contains("\r"))
    }
    var logical: [String] = []
    for line in physical {
      if line.hasPrefix(" ") {
        logical[logical.count - 1] += line.dropFirst()
      } else {
        logical.append(line)
      }
    }
    #expect(logical.first == "BEGIN:VCALENDAR" && logical.last == "END:VCALENDAR")
    #expect(logical.contains("VERSION:2.0"))
    #expect(logical.contains { $0.hasPrefix("PRODID:") })
    var events: [[String: String]] = []
    var current: [String: String]?
    for line in logical {
      let colon = try #require(line.firstIndex(of: ":"), "no colon in \(line)")
      let name = String(line[..<colon]).split(separator: ";").first.map(String.init) ?? ""
      let value = String(line[line.index(after: colon)...])
      switch (name, value) {
      case ("BEGIN", "VEVENT"):
        #expect(current == nil)
        current = [:]
      case ("END", "VEVENT"):
        events.append(try #require(current))
        current = nil
      default:
        current?[name] = NextStepCalendar.unescape(value)
      }
    }
    for event in events {
      for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] { #expect(event[required] != nil, "missing \(required)") }
    }
    return events
  }

  @Test func theCalendarExportParsesBackWithEveryStepAndItsWords() throws {
    let tricky = "Send the pilot plan, the SOC 2 report; and a note — über-long so it folds: "
      + String(repeating: "Zürich ✓ ", count: 12)
    let steps = [
      Self.step("aaaaaa", action: tricky, due: "2026-12-08"),
      Self.step("bbbbbb", account: "Harbor Health", action: "Call back", due: "2026-12-15"),
      Self.step("cccccc", action: "Undated", due: nil),
    ]
    let text = NextStepCalendar.ics(steps, stamp: Self.callDay)
    let events = try Self.parseICS(text)
    #expect(events.count == 2)
    #expect(events[0]["SUMMARY"] == "Acme: " + tricky)
    #expect(events[0]["DTSTART"] == "20261208" && events[0]["DTEND"] == "20261209")
    #expect(events[0]["UID"] == "next-step-aaaaaa@rapport")
    #expect(events[1]["SUMMARY"] == "Harbor Health: Call back")
    #expect(events[0]["DESCRIPTION"]?.contains("Owner: Dana\nSaid: 2026-12-08") == true)
    #expect(NextStepCalendar.undated(steps).map(\.sessionID) == ["cccccc"])
  }

  @Test func csvFieldsAreQuotedOnlyWhenTheyMustBe() {
    #expect(SessionCSV.field("Acme") == "Acme")
    #expect(SessionCSV.field("Acme, Inc.") == "\"Acme, Inc.\"")
    #expect(SessionCSV.field("she said \"no\"") == "\"she said \"\"no\"\"\"")
    #expect(SessionCSV.field("two\nlines") == "\"two\nlines\"")
  }

  /// A debrief of the demo playbook for Acme, started and fed `answers`, still open for more.
  func started(_ store: SessionStore, id: String, contact: String = "Dana Reyes", answers: [String]) throws
    -> DiscoverySession
  {
    let record = SessionRecord(
      id: id, account: "Acme", contact: contact, playbookID: "demo", playbookTitle: "Demo", mode: .debrief,
      variables: ["account": "Acme", "contact": contact], createdAt: Self.callDay)
    try store.create(record)
    let session = DiscoverySession(
      store: store, record: record,
      engine: DiscoveryEngine(playbook: EngineTests.playbook(closing: true), mode: .debrief, values: record.variables),
      interactive: false, now: { Self.callDay })
    _ = try session.start()
    for answer in answers { _ = try session.handle(answer) }
    return session
  }

  func session(_ store: SessionStore, id: String, answers: [String]) throws -> (SessionRecord, DiscoveryEngine) {
    let session = try started(store, id: id, answers: answers)
    return (session.record, session.engine)
  }

  @Test func aSessionsNextStepIsKeptAndListedOverdueFirstUntilDone() throws {
    let store = try SessionStore(path: directory + "/rapport.sqlite")
    let base = ["We need a CRM because we lose 20% of our leads", "no", "Alerts", "$200k saved vs a $30k fee"]
    _ = try session(store, id: "later1", answers: base + ["Pilot call — Dana — 2026-12-20"])
    _ = try session(store, id: "soon22", answers: base + ["Send the deck — me — 2026-12-03"])
    _ = try session(store, id: "undate", answers: base + ["Send him a case study", "Dana"])
    let steps = try store.nextSteps()
    #expect(steps.map(\.sessionID) == ["soon22", "later1", "undate"])
    #expect(steps[2].owner == "Dana" && steps[2].due == nil)
    let later = Self.callDay.addingTimeInterval(10 * 86_400)  // 2026-12-11
    #expect(try store.overdueCount(on: later) == 1)
    #expect(steps[0].daysOverdue(on: later) == 8)
    #expect(try store.markNextStepDone("soon", at: later)?.sessionID == "soon22")
    #expect(try store.overdueCount(on: later) == 0)
    #expect(try store.nextSteps().count == 2)
    #expect(try store.nextSteps(includeDone: true).count == 3)
    try store.delete("later1")
    #expect(try store.nextSteps().map(\.sessionID) == ["undate"])
  }

  @Test func takingBackTheNextStepTakesItOffTheList() throws {
    let store = try SessionStore(path: directory + "/rapport.sqlite")
    let session = try started(
      store, id: "back11", contact: "Dana", answers: ["a CRM because we lose 20% of leads", "no", "x", "y", "Send the deck"])
    // Saved at once, before the owner and date are asked for.
    #expect(try store.nextSteps().map(\.action) == ["Send the deck"])
    _ = try session.handle("/back")
    #expect(try store.nextSteps().isEmpty)
  }

  @Test func aStepMarkedDoneStaysDoneWhenItsOwnerAndDateAreFilledInLater() throws {
    let store = try SessionStore(path: directory + "/rapport.sqlite")
    let session = try started(
      store, id: "done12", contact: "Dana", answers: ["a CRM because we lose 20% of leads", "no", "x", "y", "Send the deck"])
    #expect(try store.markNextStepDone("done12", at: Self.callDay)?.action == "Send the deck")
    // The owner and date asked for afterwards complete the same step: it stays done.
    _ = try session.handle("Dana, next Friday")
    #expect(try store.nextSteps().isEmpty)
    #expect(try store.nextSteps(includeDone: true).map(\.owner) == ["Dana"])
  }

  @Test func theRecapIsReaderFocusedAndRepeatsTheirWordsNotTheirWorries() throws {
    let store = try SessionStore(path: directory + "/rapport.sqlite")
    let call = try whyCall("recap1", contact: "Dana Reyes")
    let record = call.record
    try store.create(record)
    var engine = call.engine
    let answers = [
      "They want a new CRM", "See which renewals are due before they lapse",
      "They lost $180k of annual revenue from three lapsed renewals this year",
      "I'm worried about my bonus, honestly",
    ]
    for answer in answers where !engine.isComplete { engine.apply(.answer(answer)) }
    while let prompt = engine.current {
      switch prompt.questionID {
      case ClosingQuestions.cocreateID: engine.apply(.answer("Renewal alerts 90 days out"))
      case ClosingQuestions.sliceID: engine.apply(.answer("worth $400k a year against a $36k price"))
      case ClosingQuestions.nextStepID: engine.apply(.answer("Dana to book the pilot call next Tuesday"))
      default: engine.apply(.skip)
      }
    }
    let email = RecapEmail(record: record, engine: engine)
    #expect(email.text.hasPrefix("Subject: Notes on a new CRM\n\nHi Dana,\n"))
    #expect(email.body.contains("- What you asked for: a new CRM"))
    #expect(email.body.contains("- Why it matters: to see which renewals are due before they lapse"))
    #expect(email.body.contains("you lost $180k"))
    #expect(email.body.contains("Next step: Book the pilot call — Dana, next Tuesday (2026-12-08)."))
    #expect(!email.body.contains("bonus"))
    let report = email.lint(record: record)
    #expect(RecapEmail.isReaderFocused(report), "score \(report.score.total): \(email.text)")
  }
}

extension AfterTheCallTests {
  @Test func theRecapSpeaksToTheCustomerNotAboutThem() {
    #expect(SessionBrief.toReader("if the data stays wrong she can't forecast") == "if the data stays wrong you can't forecast")
    #expect(SessionBrief.toReader("She spends her evenings fixing the forecast") == "you spend your evenings fixing the forecast")
    #expect(SessionBrief.toReader("he already knows the numbers are wrong, and it worries him") == "you already know the numbers are wrong, and it worries you")
    #expect(SessionBrief.toReader("she's tired of it; she wants a forecast she trusts") == "you're tired of it; you want a forecast you trust")
    // Someone else is named, so "she" may be them: left as written.
    #expect(SessionBrief.toReader("Ana in support, she always calls back") == "Ana in support, she always calls back")
    #expect(SessionBrief.toReader("the CFO says she won't sign") == "the CFO says she won't sign")
    #expect(ContactPronouns.agreeing("fixes") == "fix" && ContactPronouns.agreeing("tries") == "try")
    #expect(ContactPronouns.agreeing("said") == "said" && ContactPronouns.agreeing("can't") == "can't")
  }

  /// A debrief of the built-in "why" playbook with `contact` at `account`: its record and a fresh engine.
  func whyCall(_ id: String, account: String = "Acme", contact: String = "Dana") throws
    -> (record: SessionRecord, engine: DiscoveryEngine)
  {
    let playbook = try #require(BuiltInPlaybookTests.catalog.playbook(id: "why"))
    let record = SessionRecord(
      id: id, account: account, contact: contact, playbookID: "why", playbookTitle: playbook.title,
      mode: .debrief, variables: ["account": account, "contact": contact], createdAt: Self.callDay)
    return (record, DiscoveryEngine(playbook: playbook, mode: .debrief, values: record.variables))
  }

  /// The "why" debrief for Dana at Acme after `answers` (those past its end ignored).
  func whyDebrief(_ answers: String...) throws -> DiscoveryEngine {
    var engine = try whyCall("why").engine
    for answer in answers where !engine.isComplete { engine.apply(.answer(answer)) }
    return engine
  }

  @Test func theRecapSaysWhatTheyAskedForAsTheirs() throws {
    let record = try whyCall("recap3").record
    let engine = try whyDebrief("They want a dashboard for their warehouse", "So they can see stock levels")
    let email = RecapEmail(record: record, engine: engine)
    #expect(email.body.contains("- What you asked for: a dashboard for your warehouse\n"), "\(email.body)")
    #expect(!email.text.contains("their"), "\(email.text)")
  }

  @Test(arguments: [
    ("They want pricing", "Your notes on pricing"), ("They want a new CRM", "Notes on a new CRM"),
    ("They want a dashboard for their warehouse", "Your notes from our call"),
    ("They want a partner who understands multi-site retail inventory", "Your notes from our call"),
  ])
  func theRecapSubjectPassesRapportsOwnSubjectRules(request: String, subject: String) throws {
    let (record, _) = try whyCall("recap4")
    let engine = try whyDebrief(request, "So they can see stock levels")
    let email = RecapEmail(record: record, engine: engine)
    #expect(email.subject == subject)
    let subjectFindings = email.lint(record: record).findings.filter { $0.ruleID.hasPrefix("subject.") }
    #expect(subjectFindings.isEmpty, "\(subjectFindings.map(\.ruleID))")
  }

  @Test func theRecapLeavesOutAStakeSaidAfterTheMeasure() throws {
    let record = try whyCall("recap2").record
    let engine = try whyDebrief(
      "They want a new CRM", "See which renewals are due before they lapse",
      "We lost about $120k in renewals this quarter and her boss is furious")
    let email = RecapEmail(record: record, engine: engine)
    #expect(email.body.contains("- How you would measure it: you lost about $120k in renewals this quarter\n"), "\(email.body)")
    #expect(!email.body.contains("furious"))
  }

  @Test func aStakeSaidAfterTheMeasureIsWhatMattersNotPartOfTheMeasure() throws {
    let engine = try whyDebrief(
      "They want a new CRM", "See which renewals are due before they lapse",
      "We lost $120k this quarter and her boss is furious")
    let summary = SessionSummary(engine: engine)
    let chain = try #require(summary.chains.first)
    #expect(chain.measuredBy.words == "We lost $120k this quarter")
    #expect(chain.matters.words == "her boss is furious")
    #expect(summary.why.contains("in numbers, \u{201c}We lost $120k this quarter\u{201d}; it matters to Dana because her boss is furious"), "\(summary.why)")
    // What follows the number and is no stake leaves the measure but fills nothing.
    let other = try whyDebrief(
      "They want a new CRM", "See which renewals are due before they lapse",
      "We lost $120k this quarter and the quarter before that")
    let plain = try #require(SessionSummary(engine: other).chains.first)
    #expect(plain.measuredBy.words == "We lost $120k this quarter")
    #expect(plain.matters.words == nil)
  }

  @Test func theRepsOwnNextStepReadsAsAPromiseToTheContact() throws {
    let call = try whyCall("recap3")
    let record = call.record
    var engine = call.engine
    engine.apply(.answer("They want a new CRM because they lose 20% of renewals"))
    while let prompt = engine.current {
      engine.apply(prompt.questionID == ClosingQuestions.nextStepID ? .answer("I send Dana the pilot plan by next Tuesday") : .skip)
    }
    let email = RecapEmail(record: record, engine: engine)
    #expect(email.body.contains("Next step: I'll send you the pilot plan — next Tuesday (2026-12-08)."), "\(email.body)")
  }

  @Test func theRecapsMeasureLeavesOutWhatFollowsTheNumber() {
    #expect(SessionBrief.measureOnly("we lost about $120k in renewals this quarter and her boss is furious") == "we lost about $120k in renewals this quarter")
    #expect(SessionBrief.measureOnly("sales and marketing lost $120k and the CFO noticed") == "sales and marketing lost $120k")
    // A second number, or no number before the "and": kept whole.
    #expect(SessionBrief.measureOnly("we lost $120k and two customers") == "we lost $120k and two customers")
    #expect(SessionBrief.measureOnly("renewals slip and nobody sees it") == "renewals slip and nobody sees it")
  }

  @Test func theRecapsNextStepIsWrittenToTheContact() {
    #expect(RecapEmail.addressed("I send Dana the pilot plan", contact: "Dana") == "I send you the pilot plan")
    #expect(RecapEmail.addressed("send Dana Reyes the plan, then call", contact: "Dana Reyes") == "send you the plan, then call")
    #expect(RecapEmail.addressed("walk Dana's team through it", contact: "Dana Reyes") == "walk your team through it")
    #expect(RecapEmail.addressed("Send him a case study", contact: "Raj") == "Send you a case study")
    // The first word is who does it; other names, and a name inside a word, stay.
    #expect(RecapEmail.addressed("Dana books the call", contact: "Dana") == "Dana books the call")
    #expect(RecapEmail.addressed("I send Raj and Danaher the plan", contact: "Dana") == "I send Raj and Danaher the plan")
    #expect(RecapEmail.addressed("I send the plan", contact: nil) == "I send the plan")
  }

  @Test func theRecapSaysTheContactsOwnNameAsYou() {
    let dana = "Dana Reyes"
    #expect(SessionBrief.toReader("Dana said she can't forecast", contact: dana) == "you said you can't forecast")
    #expect(SessionBrief.toReader("Dana Reyes says the forecast is wrong", contact: dana) == "you say the forecast is wrong")
    #expect(SessionBrief.toReader("Dana's forecast is off every month", contact: dana) == "your forecast is off every month")
    #expect(SessionBrief.toReader("it keeps Dana up at night", contact: dana) == "it keeps you up at night")
    // Someone else is named too, or the name is not the contact's: left as written.
    #expect(SessionBrief.toReader("Dana said Raj wants a demo", contact: dana) == "Dana said Raj wants a demo")
    #expect(SessionBrief.toReader("Dana said she can't forecast") == "Dana said she can't forecast")
    #expect(SessionBrief.toReader("Danaher said she can't forecast", contact: dana) == "Danaher said she can't forecast")
  }

  @Test func aRenewalRecapRepeatsTheirWordsToThemAndIsReaderFocused() throws {
    let playbook = try #require(BuiltInPlaybookTests.catalog.playbook(id: "renewal"))
    let record = SessionRecord(
      id: "renew1", account: "Harbor Health", contact: "Maya Chen", playbookID: "renewal",
      playbookTitle: playbook.title, mode: .debrief,
      variables: ["account": "Harbor Health", "contact": "Maya Chen"], createdAt: Self.callDay)
    var engine = DiscoveryEngine(playbook: playbook, mode: .debrief, values: record.variables)
    let answers: [String: String] = [
      "love": "Ana in support", "change": "The invoices: three line items nobody can explain",
      "outcomes": "No-shows down from 14% to 9% since spring", "referral": "Lee at Northwind Clinics",
      ClosingQuestions.nextStepID: "Renewal call with Priya — Maya — 2026-12-15",
    ]
    while let prompt = engine.current {
      if prompt.kind == .probe { engine.apply(.enough); continue }
      engine.apply(answers[prompt.questionID].map(SessionEvent.answer) ?? .skip)
    }
    let email = RecapEmail(record: record, engine: engine)
    #expect(email.subject == "Your notes from our call")
    #expect(email.body.contains("- What you love, in your words: Ana in support\n"))
    #expect(email.body.contains("- What you would change: the invoices: three line items nobody can explain\n"))
    #expect(RecapEmail.isReaderFocused(email.lint(record: record)), "\(email.text)")
  }

  @Test func afterAnEvasiveCallTheRecapAsksInsteadOfInventing() throws {
    let call = try whyCall("evade1", account: "Initrode", contact: "Bill")
    let record = call.record
    var engine = call.engine
    while let prompt = engine.current {
      if prompt.kind == .closing {
        engine.apply(prompt.questionID == ClosingQuestions.nextStepID ? .answer("Check back — me — 2026-12-20") : .skip)
      } else {
        engine.apply(.answer(prompt.questionID == "stated-need" && prompt.kind == .question ? "They asked for a demo" : "No idea"))
      }
    }
    let email = RecapEmail(record: record, engine: engine)
    #expect(email.body.contains("- What you asked for: a demo\n\nBefore anything else:"))
    #expect(!email.body.contains("Why it matters"))
    #expect(RecapEmail.isReaderFocused(email.lint(record: record)), "\(email.text)")
  }
}
