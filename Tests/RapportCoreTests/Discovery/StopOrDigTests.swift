import Testing

@testable import RapportCore

@Suite("Stop or dig on an answer")
struct StopOrDigTests {
  let reader = LadderReader()
  let classifier = AnswerClassifier()

  @Test(arguments: [
    "Our sales are up 20%.", "About 5 to 6 accidents a year.", "16 years.", "Churn is about 8% a year.",
  ])
  func aNumberWithoutPerspectiveIsDug(answer: String) {
    let reading = reader.read(answer)
    #expect(!reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.cues[.bareNumber] == 1)
  }

  @Test(arguments: [
    "We lose about $180k a year to lapsed renewals.", "We're spending twice what we budgeted on freight.",
    "Every week of delay pushes about $50k of revenue into the next quarter.",
  ])
  func aMeasureInTheBuyersTermsStops(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: [
    "The board is going to have my head.", "I'm at the mercy of other people.", "I'd be devastated.",
    "It's my neck on the line if the numbers are wrong again.",
  ])
  func aPersonalStakeInPlainWordsStops(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.decision.reached.contains(.emotion))
  }

  @Test func wouldDoesNotMakeAStakeVague() {
    let result = classifier.classify("I'd be devastated.")
    #expect(!result.has(.vague), "\(result.explanation)")
    #expect(result.has(.emotion))
  }

  @Test(arguments: [
    "Salesforce is clunky and the reps hate it.", "The reps can't stand the new expense app.",
    "Our ticketing tool is outdated and clunky.",
  ])
  func frustrationWithAToolIsDug(answer: String) {
    let reading = reader.read(answer)
    #expect(!reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.cues[.toolFrustration] == 1)
  }

  @Test func aBusinessRiskIsNotTheBuyersOwnFeeling() {
    let result = classifier.classify("We could upset big customers.")
    #expect(!result.has(.emotion), "\(result.explanation)")
    #expect(result.has(.pain))
    #expect(classifier.classify("The customers are upset about it").has(.emotion))
  }

  @Test func aFeelingThatIsGoneIsReliefNotPain() {
    let result = classifier.classify("It means he doesn't dread surge season anymore.")
    #expect(!result.has(.pain), "\(result.explanation)")
    #expect(result.has(.emotion))
    #expect(result.explanation.contains("no longer … dread*"), "\(result.explanation)")
    #expect(classifier.classify("He doesn't dread it").classes == [.vague])
  }

  @Test(arguments: ["nobody", "Nobody.", "No one else yet.", "Nobody else, it's my call.", "Nobody in particular"])
  func nobodyAsAnAnswerIsNotAPain(answer: String) {
    let result = classifier.classify(answer)
    #expect(!result.has(.pain), "\(answer) → \(result.explanation)")
  }

  @Test func nobodyDoingSomethingIsStillAPain() {
    #expect(classifier.classify("Nobody owns the renewal process").has(.pain))
    #expect(classifier.classify("Leads come in and nobody follows up").has(.pain))
  }
}
