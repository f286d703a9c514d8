import Foundation
import Testing

@testable import RapportCore

/// The output a salesperson reads is right: money, the why sentence, counts, wording.
@Suite("What the summary says is right")
struct OutputTrustTests {
  func engine(_ playbook: Playbook = EngineTests.playbook(closing: true)) -> DiscoveryEngine {
    DiscoveryEngine(playbook: playbook, mode: .debrief, values: ["account": "Acme", "contact": "Dana"])
  }

  // MARK: Money

  @Test func aPerYearPriceIsReadWithItsPeriodNotAsAnotherNumber() throws {
    let check = try #require(SliceCheck(answer: "$140k saved vs ~$45k/yr price"))
    #expect(check.valueAmount.amount == 140_000)
    #expect(check.priceAmount.amount == 45_000 && check.priceAmount.period == .year)
    #expect(check.times == "3.1×")
    #expect(check.reading == "their gain $140k against your price $45k/yr; taking $140k as per year too")
  }

  @Test func whoPaysWhatIsReadFromTheWordsNotTheOrder() throws {
    let check = try #require(SliceCheck(answer: "We cost $60k, they save $20k"))
    #expect(check.priceAmount.amount == 60_000)
    #expect(check.valueAmount.amount == 20_000)
    #expect(!check.isBigger)
    let note = CoachingCard.sliceNote(SliceCheck.read("We cost $60k, they save $20k"), answered: true)
    #expect(note?.hasPrefix("The customer's slice is not bigger than the price (0.3×;") == true)
  }

  @Test func periodsAreTurnedIntoYearsBeforeComparing() throws {
    let check = try #require(SliceCheck(answer: "they save $10k a month against a $60k annual fee"))
    #expect(check.value == 120_000 && check.price == 60_000)
    #expect(check.assumption == "both taken per year")
    #expect(check.times == "2.0×")
  }

  @Test func whenTheWordsDoNotSayWhichIsWhichRapportSaysNothingWrong() {
    #expect(SliceCheck(answer: "20,000 dollars for 25,000 dollars") == nil)
    guard case .rolesUnclear(let amounts) = SliceCheck.read("$200k vs $30k") else {
      Issue.record("expected unclear roles")
      return
    }
    #expect(amounts.map(\.text) == ["$200k", "$30k"])
    let note = CoachingCard.sliceNote(SliceCheck.read("$200k vs $30k"), answered: true) ?? ""
    #expect(note.contains("but not which is their gain and which your price"))
    #expect(!note.contains("×"))
  }

  @Test func theNearestWordDecidesWhenAClauseSaysBoth() throws {
    let check = try #require(SliceCheck(answer: "About $210k of visits kept a year against a $48k/yr renewal"))
    #expect(check.valueAmount.amount == 210_000 && check.priceAmount.amount == 48_000)
    let gain = try #require(SliceCheck(answer: "A 2-point renewal gain is worth about $400k a year against a $36k price"))
    #expect(gain.valueAmount.amount == 400_000)
  }

  @Test func aPerSeatPriceIsNotComparedWithATotal() {
    guard case .perSeat(let amount) = SliceCheck.read("they save $200k a year; the price is $40 per seat") else {
      Issue.record("expected per seat")
      return
    }
    #expect(amount.text == "$40 per seat")
  }

  @Test func headcountsAndQuartersAreNotMoney() {
    #expect(MoneyAmount.all(in: "3 renewals in Q3, 40 reps").isEmpty)
    #expect(MoneyAmount.all(in: "€1.2m of savings").first?.amount == 1_200_000)
    #expect(MoneyAmount.all(in: "$180k of annual revenue").first?.period == .year)
  }

  // MARK: The why sentence

  @Test func theWhyDropsARepeatedSubjectAndKeepsADifferentOne() {
    let sentence = WhySentence.build(
      .init(wants: "The new CFO wants monthly no-show reports", soThat: "the board asks for them every month"),
      account: "Harbor Health")
    #expect(sentence == "The new CFO at Harbor Health wants monthly no-show reports because the board asks for them every month.")
    #expect(!sentence.contains("wants the new CFO wants"))
  }

  @Test func aHedgeBeforeTheRequestIsNoSubject() {
    // A prep guess: before, "They probably at Acme wants a new CRM".
    #expect(WhySentence.build(.init(wants: "They probably want a new CRM"), account: "Acme").hasPrefix("Acme wants a new CRM"))
    #expect(WhySentence.build(.init(wants: "I think they want a new CRM"), account: "Acme").hasPrefix("Acme wants a new CRM"))
    #expect(
      WhySentence.build(.init(wants: "The CFO probably wants a new CRM"), account: "Acme")
        .hasPrefix("The CFO probably at Acme wants") == false)
  }

  @Test func aBareVerbReasonReadsAsPurposeAndFirstPersonStaysQuoted() {
    let sentence = WhySentence.build(
      .init(
        wants: "They want a new CRM", soThat: "See which renewals are due before they lapse",
        measured: "They lost $180k of annual revenue from three lapsed renewals this year",
        matters: "I'm tired of explaining surprises to the board"),
      account: "Acme", contact: "Dana")
    #expect(
      sentence
        == "Acme wants a new CRM to see which renewals are due before they lapse; in numbers, they lost $180k of annual revenue from three lapsed renewals this year; it matters to Dana because \u{201c}I'm tired of explaining surprises to the board\u{201d}.")
  }

  @Test func aMeasureThatOpensWithWhenItHappenedReadsInNumbers() {
    let parts = WhySentence.Parts(
      wants: "They want a dashboard for their warehouse",
      measured: "Last month two stores ran out of the spring range and we lost about $40k in sales")
    #expect(
      WhySentence.build(parts, account: "Northwind")
        == "Northwind wants a dashboard for their warehouse; in numbers, last month two stores ran out of the spring range and we lost about $40k in sales.")
    let march = WhySentence.build(.init(wants: "A new CRM", measured: "In March three renewals lapsed"), account: "Acme")
    #expect(march == "Acme wants a new CRM; in numbers, in March three renewals lapsed.")
    // An aim reads as one (before: "measured by to stop losing …").
    let aim = WhySentence.build(.init(wants: "they want a new portal", measured: "to stop losing $20k a month"), account: "Globex")
    #expect(aim == "Globex wants a new portal, aiming to stop losing $20k a month.")
    // A thing measured still reads "measured by".
    let thing = WhySentence.build(.init(wants: "A new CRM", measured: "Renewal rate above 92% by Q3"), account: "Acme")
    #expect(thing == "Acme wants a new CRM, measured by renewal rate above 92% by Q3.")
  }

  @Test func aReasonThatNamesAThingReadsOnWithFor() {
    let thing = WhySentence.build(.init(wants: "They want a new CRM", soThat: "a clean forecast for the board"), account: "Acme")
    #expect(thing == "Acme wants a new CRM for a clean forecast for the board.")
    // A clause with its own verb keeps "because".
    let clause = WhySentence.build(.init(wants: "They want a new CRM", soThat: "a rep spends two hours a day on it"), account: "Acme")
    #expect(clause == "Acme wants a new CRM because a rep spends two hours a day on it.")
    let missed = WhySentence.build(.init(wants: "They want a new CRM", soThat: "a renewal slipped last week"), account: "Acme")
    #expect(missed == "Acme wants a new CRM because a renewal slipped last week.")
  }

  @Test func anAnswerCutToItsFirstClauseAndAListWhenItWillNotFit() {
    let clause = WhySentence.build(
      .init(wants: "A new CRM", soThat: "Salesforce is clunky. Nobody logs calls in it"), account: "Acme")
    #expect(clause == "Acme wants a new CRM because Salesforce is clunky.")
    let long = String(repeating: "and then it goes on ", count: 6)
    let list = WhySentence.build(.init(wants: "Salesforce is clunky", soThat: long), account: "Acme")
    #expect(list.hasPrefix("Acme, in their words — wants: \u{201c}Salesforce is clunky\u{201d}; why: \u{201c}"))
  }

  // MARK: Counts and wording

  @Test func oneProbeIsSingular() {
    var rules = EngineTests.playbook("\nladder:\n  min_probes: 1\n  max_probes: 1\n")
    rules.closing = false
    var engine = engine(rules)
    engine.apply(.answer("reps lose track of renewals"))
    #expect(engine.current?.reason.contains("after 1 follow-up.") == true, "\(engine.current?.reason ?? "")")
    #expect(engine.current?.reason.contains("1 probes") == false)
    // The stop rule in words, not the playbook's keys ("outcome-number or emotion").
    #expect(engine.current?.reason.contains("a number, a loss, a risk) or a personal stake or feeling") == true)
    engine.apply(.answer("it is slow"))
    #expect(!engine.threads[0].stopReason.contains("1 probes"))
    #expect(!engine.threads[0].stopReason.contains("1 times"))
  }

  @Test func aDebriefEchoSaysTheySaidAndAPrepEchoSaysYouSaid() {
    var debrief = engine()
    debrief.apply(.answer("They want a new CRM"))
    #expect(debrief.current?.text.hasPrefix("They said \u{201c}a new CRM\u{201d}") == true)
    var prep = DiscoveryEngine(playbook: EngineTests.playbook(), mode: .prep, values: ["account": "Acme"])
    prep.apply(.answer("They want a new CRM"))
    #expect(prep.current?.text.hasPrefix("You said \u{201c}a new CRM\u{201d}") == true)
  }

  @Test func theQuestionBudgetCountsCallQuestionsNotRapportsFollowUps() {
    var engine = engine()
    for answer in ["They want a new CRM", "reps lose track of renewals", "we lost $180k last year", "no"] {
      engine.apply(.answer(answer))
    }
    let card = SessionSummary(engine: engine).coaching
    #expect(card.questionsAsked == 2)
    #expect(card.probesAsked == 2)
    #expect(card.notes.contains { $0.hasPrefix("2 call questions covered (rapport's 2 follow-ups not counted)") })
    #expect(!card.notes.contains { $0.contains("4 questions") })
  }

  // MARK: Closing

  @Test func aPlaybookWithoutClosingGetsNoCoCreateOrNextStepScolding() {
    var engine = engine(EngineTests.playbook())
    for answer in ["They want a new CRM", "we lost $180k last year", "no"] { engine.apply(.answer(answer)) }
    #expect(engine.isComplete)
    let notes = SessionSummary(engine: engine).coaching.notes
    #expect(!notes.contains { $0.contains("next step") || $0.contains("Options") || $0.contains("Co-create") })
  }

  @Test func noOptionsYetIsNotAPitchBeforeTheWhy() {
    var engine = engine()
    for answer in ["They want a new CRM", "dunno", "no idea", "no", "None, didn't get that far"] {
      engine.apply(.answer(answer))
    }
    let card = SessionSummary(engine: engine).coaching
    #expect(!card.prematurePitch)
    #expect(!card.notes.contains { $0.contains("before any why") })
    #expect(card.notes.contains { $0.hasPrefix("No options shaped yet") })
  }

  @Test func aNextStepInPlainWordsGivesItsRelativeDateAndAsksForTheOwner() throws {
    let step = NextStep(parsing: "Send him a case study and check back in a few weeks")
    #expect(step.action == "Send him a case study and check back")
    #expect(step.date == "in a few weeks")
    #expect(step.owner == nil)
    let tuesday = NextStep(parsing: "Dana to book the pilot call next Tuesday")
    #expect(tuesday.owner == "Dana" && tuesday.date == "next Tuesday")
    // 2026-12-01 is a Tuesday: "next Tuesday" is a week later.
    let today = try #require(RelativeDate.isoDay("2026-12-01"))
    #expect(tuesday.due(from: today)?.described == "2026-12-08")
    #expect(step.due(from: today)?.described == "about 2026-12-22")
  }

  @Test func anOwnerNamedBeforeAVerbWithSIsTheOwner() throws {
    let friday = NextStep(parsing: "Jo sends the pricing by Friday")
    #expect(friday.owner == "Jo" && friday.action == "send the pricing" && friday.date == "Friday")
    let push = NextStep(parsing: "Priya pushes the contract to legal")
    #expect(push.owner == "Priya" && push.action == "push the contract to legal")
    // A date in the past is no due date: rapport asks for one instead of guessing.
    let late = NextStep(parsing: "Jo sends the pricing by yesterday")
    #expect(late.owner == "Jo")
    #expect(late.missing == "a date")
    // Not a person: a thing that "sends" or a capitalised verb.
    #expect(NextStep(parsing: "It sends the invoice").owner == nil)
    #expect(NextStep(parsing: "Pricing sends a quote").owner == nil)
  }

  @Test func rapportAsksForWhatTheNextStepIsMissingAndMergesTheAnswer() throws {
    var engine = engine()
    for answer in ["We need a CRM because we lose 20% of our leads", "no", "Alerts", "$200k saved vs a $30k price"] {
      engine.apply(.answer(answer))
    }
    engine.apply(.answer("Send him a case study and check back in a few weeks"))
    #expect(engine.current?.questionID == ClosingQuestions.nextStepDetailID)
    #expect(engine.current?.text.hasPrefix("Who owns \u{201c}Send him a case study and check back\u{201d}") == true)
    engine.apply(.answer("me"))
    #expect(engine.isComplete)
    let summary = SessionSummary(engine: engine, today: try #require(RelativeDate.isoDay("2026-12-01")))
    #expect(summary.nextStep?.owner == "me" && summary.nextStep?.date == "in a few weeks")
    #expect(summary.nextStepDue == "about 2026-12-22")
    #expect(summary.coaching.notes.contains("The next step has an owner and a date (due about 2026-12-22)."))
  }

  @Test func aCompleteNextStepIsNotAskedAgain() {
    var engine = engine()
    for answer in ["We need a CRM because we lose 20% of our leads", "no", "Alerts", "x", "Demo — Dana — Friday"] {
      engine.apply(.answer(answer))
    }
    #expect(engine.isComplete)
  }
}
