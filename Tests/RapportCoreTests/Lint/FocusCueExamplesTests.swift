import Testing

@testable import RapportCore

/// Every documented focus cue (`DocumentedCue.all`) fires on its own examples and stays
/// silent on its counter-examples, and the verdict reads the cues the way their names say.
@Suite("Focus cue examples")
struct FocusCueExamplesTests {
  private let engine = LintEngine()

  private func value(_ feature: FocusFeature, _ text: String) -> Double {
    engine.lint(text).focusFeatures[feature.index]
  }

  @Test(arguments: DocumentedCue.all.map(\.feature))
  func aCueFiresOnItsExamplesAndNotOnItsCounterExamples(_ feature: FocusFeature) {
    let cue = DocumentedCue.all.first { $0.feature == feature }!
    #expect(!cue.fires.isEmpty && !cue.silent.isEmpty)
    for text in cue.fires { #expect(value(feature, text) > 0, "\(feature.rawValue) should fire: \(text)") }
    for text in cue.silent { #expect(value(feature, text) == 0, "\(feature.rawValue) should stay silent: \(text)") }
  }

  @Test func everyDocumentedCueIsAFeatureOnce() {
    let features = DocumentedCue.all.map(\.feature)
    #expect(Set(features).count == features.count)
    for cue in DocumentedCue.all where !cue.phrases.isEmpty {
      #expect(FocusCues.lists.contains { $0.0.feature == cue.feature && $0.1 == cue.phrases }, "\(cue.feature)")
    }
  }

  @Test func aGenericOpenerIsNotAttentionToTheReader() {
    let generic = engine.lint("I came across your profile and thought it would be great to connect.")
    let specific = engine.lint("I read your post on onboarding reps in under 30 days.")
    #expect(generic.focusFeatures[FocusFeature.readerSituation.index] == 0)
    #expect(specific.focusFeatures[FocusFeature.readerSituation.index] > 0)
    #expect(generic.focus.score < specific.focus.score, "generic \(generic.focus.score), specific \(specific.focus.score)")
    #expect(generic.focus.label == "sender", "scored \(generic.focus.score)")
  }

  @Test func theReadersWorldCountsForTheReaderAndTheSendersPeopleDoNot() {
    #expect(value(.readerWorld, "Your reps lose Fridays to notes.") > 0)
    #expect(value(.readerWorld, "Our customers include three banks.") == 0)
    let world = engine.lint("Most clinics lose a morning a week to intake forms. Is that true for your team?").focus
    let product = engine.lint("Our platform offers intake forms, quality support and a suite of features.").focus
    #expect(world.score > product.score, "world \(world.score), product \(product.score)")
  }

  @Test func aTelephoneNumberIsNotASpecificButAMeasureIs() {
    #expect(value(.concreteNumbers, "Please call me at 205-555-0100.") == 0)
    #expect(value(.concreteNumbers, "My number is 281.367.0100.") == 0)
    #expect(value(.concreteNumbers, "Your Dayton site added 40 drivers in May and 12 in June.") == 2)
    #expect(value(.concreteNumbers, "Revenue was $4,000,000 last year.") > 0)
  }

  @Test func companySpeakInAReplyCountsForTheSender() {
    let stiff = engine.lint("Please be advised that your inquiry has been received and will be processed in order.").focus
    let plain = engine.lint("Your refund of $40 reaches your card by Friday.").focus
    #expect(stiff.score < plain.score, "stiff \(stiff.score), plain \(plain.score)")
    #expect(stiff.label == "sender", "scored \(stiff.score)")
  }

  @Test func theReaderPicturedUsingTheProductIsStillAPitch() {
    #expect(value(.pitchToReader, "Imagine your team using our platform every day.") > 0)
    #expect(value(.pitchToReader, "Imagine your reps with an hour back each Friday.") == 0)
    let pitch = engine.lint("Imagine your team using our platform every day.").focus
    #expect(pitch.label == "sender", "scored \(pitch.score)")
  }

  @Test func aReplyThatStartsFromWhatTheyReportedIsAboutThem() {
    #expect(value(.readerSituation, "Thanks for flagging the double charge.") > 0)
    let reply = engine.lint("Thanks for flagging the double charge. We've refunded the $40, and it reaches your card by Friday.")
    #expect(reply.focus.label == "reader", "scored \(reply.focus.score)")
  }

  @Test func aFollowUpOnWhatYouDiscussedIsAboutTheirWords() {
    #expect(value(.readerSituation, "Here are the shift numbers we discussed on Tuesday.") > 0)
    #expect(value(.readerSituation, "Following up on our conversation about the Dayton rollout.") > 0)
    #expect(value(.readerSituation, "We discussed pricing internally.") > 0)
    #expect(value(.readerSituation, "We launched pricing internally.") == 0)
  }

  @Test func theSendersTrackRecordIsTheirProductWhetherIOrWe() {
    #expect(value(.productValue, "I've helped 40 clinics cut intake time.") > 0)
    #expect(value(.productValue, "We've helped 40 clinics cut intake time.") > 0)
    #expect(value(.productValue, "Your front desk helped 40 patients on Saturday.") == 0)
  }

  @Test func explainingNamesTheWordsOfTheNewCues() {
    let v = engine.lint("Hope this email finds you well. We provide quality service. Can you spare a minute?").focus
    let opener = v.points.first { $0.feature == "generic_opener" }
    #expect(opener?.words == ["Hope this email finds you"])
    #expect((opener?.points ?? 0) < 0)
    let nouns = v.points.first { $0.feature == "product_nouns" }
    #expect(nouns?.words.contains("service") == true)
    #expect(v.points.first { $0.feature == "time_cost" }?.words == ["spare a minute"])
  }

  @Test func aRequestForTheSendersSakeCountsOnceAndNamesItsWords() {
    let v = engine.lint("Could you please send me the signed contract?").focus
    #expect(v.points.first { $0.feature == "asks_for_sender" }?.words == ["Could you please send"])
    #expect(value(.asksForSender, "Could you please send me the signed contract?") == 1)
    #expect(value(.asksForSender, "Please send us the form. Please send us the check.") == 1, "one per sentence")
    // The same request made for the reader's sake, or with no beneficiary named, does not count.
    #expect(value(.asksForSender, "Could you please send me the sizes you need?") == 0)
    #expect(value(.asksForSender, "Could you please send the signed form?") == 0)
  }

  @Test func officialeseIsCompanySpeak() {
    #expect(value(.companySpeak, "Kindly acknowledge receipt of the enclosed documents.") > 0)
    #expect(value(.companySpeak, "Per policy, your request will be reviewed within 30 days.") > 0)
    #expect(value(.companySpeak, "Your request is approved, and the refund reaches your card Friday.") == 0)
  }

  @Test func aGreetingToNobodyInParticularCountsOnItsOwnLine() {
    let v = engine.lint("Dear Valued Customer,\n\nYour order ships on Friday.").focus
    let greeting = v.points.first { $0.feature == "impersonal_greeting" }
    #expect(greeting?.words == ["Dear Valued"])
    #expect((greeting?.points ?? 0) < 0)
    #expect(value(.impersonalGreeting, "Dear Dana,\n\nYour order ships on Friday.") == 0)
  }
}
