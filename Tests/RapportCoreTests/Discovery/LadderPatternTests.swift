import Testing

@testable import RapportCore

@Suite("Why-ladder cues for reactions, consequences and whose feeling it is")
struct LadderPatternTests {
  let reader = LadderReader()

  @Test(arguments: [
    "That would be really helpful for the warehouse team.", "I'd totally use that.",
    "Sounds amazing, honestly.", "Could be a big help at year end.", "Let me know when it's ready.",
    "We would definitely buy that.", "What a neat idea.",
  ])
  func aReactionToAnIdeaIsDug(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.reaction] == 1, "\(answer) → \(reading.decision.explanation)")
    #expect(!reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.decision.explanation.contains("a reaction to an idea"), "\(reading.decision.explanation)")
  }

  @Test(arguments: ["Sounds good, but my job is on the line if it slips.", "It would be great if I could stop working weekends."])
  func aReactionThatCarriesAStakeStops(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.stake] == 1, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func aReactionFollowedByItsReasonIsReadByTheReason() {
    #expect(reader.read("It would be great if I could stop working weekends.").cues[.reaction] == 0)
    #expect(reader.read("Sounds good, but my job is on the line if it slips.").cues[.reaction] == 0)
    #expect(reader.read("That would be great, honestly.").cues[.reaction] == 1)
  }

  @Test(arguments: [
    "If the rollout slips, I'd be the one explaining it.", "It would cost us the Ostrava contract.",
    "We would lose our two biggest clients.", "The report is useful to the planners.", "It looks like a mess.",
  ])
  func aConditionalStakeOrAPlainStatementIsNoReaction(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.reaction] == 0, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: [
    "It hurts our margins every single month.", "Those errors are damaging our reputation with the big retailers.",
    "The outages affect the whole business.", "It's eating into our profit on every job.",
  ])
  func whatTheProblemDoesToTheBusinessIsAConsequence(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.consequence] == 1, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: [
    "I'd have to let three people go by summer.", "We laid two of the installers off last year.",
    "Somebody will get hurt on those stairs.",
  ])
  func whatTheProblemDoesToPeopleIsAConsequence(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.consequence] == 1, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: [
    "It affects how the office looks.", "Let the coffee go cold.", "People get it wrong on their first week.",
    "We hit our numbers last quarter.",
  ])
  func anImpactWordWithNothingOfTheBusinessAfterItIsNoConsequence(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.consequence] == 0, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: ["It's frustrating.", "Booking the rooms is so annoying.", "The month end is exhausting and a bit depressing."])
  func aFeelingWordThatQualifiesAThingIsNotTheBuyersOwnFeeling(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.ownFeeling] == 0, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: ["I'm frustrated.", "I get so annoyed about it.", "Frankly, I'm exhausted by it."])
  func theBuyersOwnFeelingIsStillTheirs(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.ownFeeling] == 1, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func aFeelingOfTheBuyersTeamIsSomeoneElsesNotTheirOwn() {
    let reading = reader.read("My planners are worried about the new rota.")
    #expect(reading.cues[.ownFeeling] == 0, "\(reading.decision.explanation)")
    #expect(reading.cues[.otherFeeling] == 1, "\(reading.decision.explanation)")
    #expect(reader.read("I'm worried about my planners.").cues[.ownFeeling] == 1)
  }

  @Test(arguments: ["Let me know what it costs.", "Give me a few days.", "Can you send me the slides?"])
  func meAsTheObjectOfARequestIsNoStake(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.stake] == 0, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: ["I have to book the vans myself every Monday.", "I had to call the depot twice.", "This app was made for me."])
  func aChoreOrAnAppMadeForMeIsNoStake(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.stake] == 0, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func havingToInAConditionalIsStillAStake() {
    #expect(reader.read("I'd have to tell the owners myself.").cues[.stake] == 1)
  }

  @Test(arguments: ["Forty grand, give or take.", "About 300 bucks a head."])
  func grandAndBucksAreMoney(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.money] == 1, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func aComparisonWithAFullTimePersonGivesANumberPerspective() {
    let compared = reader.read("That's two full-time employees just keying in orders.")
    let plain = reader.read("That's two employees just keying in orders.")
    #expect(compared.cues[.cost] >= 1, "\(compared.decision.explanation)")
    #expect(plain.cues[.cost] == 0, "\(plain.decision.explanation)")
    #expect(compared.decision.probability > plain.decision.probability)
    #expect(reader.read("It adds up to an FTE a year.").cues[.cost] >= 1)
  }

  @Test(arguments: ["The invoicing is killing us.", "Honestly, these night shifts are killing me."])
  func killingUsIsAFeelingInEveryForm(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.ownFeeling] == 1, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func aHypotheticalSolutionDigsAndAConditionalStakeStops() {
    let solution = reader.read("It would be nice to have a shared inbox for the depot.")
    #expect(!solution.decision.stops, "\(solution.decision.explanation)")
    let stake = reader.read("If the migration slips past June, I'm out.")
    #expect(stake.decision.stops, "\(stake.decision.explanation)")
  }

  @Test func meElsewhereIsStillAStake() {
    #expect(reader.read("It all comes back to me when the trucks are late.").cues[.stake] == 1)
    #expect(reader.read("If this slips again, I'm out.").cues[.stake] == 1)
  }

  @Test(arguments: [
    "I want to feel more confident.", "I just want the time to raise a child.", "I don't want to end up like my dad.",
    "I'd really like to be home for dinner with the kids.", "Honestly, I want to have a life again.",
    "We want to spend more time with our grandchildren.",
  ])
  func aWishForHowTheBuyerFeelsOrLivesIsAPersonalValueNotARequest(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.value] == 1, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.cues[.solution] == 0, "\(answer) → \(reading.decision.explanation)")
    #expect(reading.decision.explanation.contains("a personal value"), "\(reading.decision.explanation)")
  }

  @Test(arguments: [
    "I want to look at a couple of other vendors.", "I want to spend less time on invoices.",
    "We want to be more efficient.", "I want to be healthier.", "They want to feel heard.",
    "The members want to feel welcome.", "I want to raise prices next year.", "We need to be live by June.",
    "I want to see a demo first.",
  ])
  func aWishForAThingATaskOrSomeoneElseIsNoPersonalValue(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.value] == 0, "\(answer) → \(reading.decision.explanation)")
  }

  @Test(arguments: ["I want to feel like a good parent again.", "I just want the time to see my grandkids."])
  func aWishForHowTheyFeelOrLiveStopsTheThread(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func theGapPatternAllowsOnlyItsFillersBetweenHeadAndTail() {
    let pattern = GapPattern(heads: ["hurt~"], fillers: ["our"], gap: 1, tails: ["margin*"])
    #expect(pattern.matches(in: AnswerClassifier.words("It hurts our margins")) == ["hurts our margins"])
    #expect(pattern.matches(in: AnswerClassifier.words("It hurt margins")) == ["hurt margins"])
    #expect(pattern.matches(in: AnswerClassifier.words("It hurts all our margins")).isEmpty)
    #expect(pattern.matches(in: AnswerClassifier.words("It hurts")).isEmpty)
  }
}
