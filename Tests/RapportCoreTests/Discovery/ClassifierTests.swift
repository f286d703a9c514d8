import Testing

@testable import RapportCore

@Suite("Classifying answers")
struct ClassifierTests {
  let classifier = AnswerClassifier()

  @Test(arguments: [
    ("They want a new CRM.", AnswerClass.solution),
    ("We need a dashboard for the managers", .solution),
    ("They asked for an integration with SAP", .solution),
    ("Reps can't see which leads are stale and we keep losing them", .pain),
    ("Quotes are done by hand and full of mistakes", .pain),
    ("Cut onboarding from 6 weeks to 2 weeks", .outcome),
    ("Grow renewals by 15% this year", .outcome),
    ("I'm frustrated, honestly, and my boss is on my back", .emotion),
    ("The board is worried about it", .emotion),
    ("It would just be better, more efficient", .vague),
    ("Things are fine", .vague),
    ("They use Salesforce and Excel", .fact),
    ("The sales team", .fact),
    ("Not a priority right now", .vague),
    ("It's a nice to have", .vague),
    ("Faster reporting", .vague),
    ("Dana said the board is breathing down her neck", .emotion),
    ("Honestly it's a mess", .pain),
    ("Leads sit for days before anyone calls them", .pain),
    ("Nobody owns the renewal process", .pain),
    ("The renewals team spends every Friday reconciling spreadsheets", .pain),
    ("She does the reports on Sunday nights", .pain),
    ("They mentioned budget is tight", .pain),
    ("The integration keeps breaking", .pain),
    ("They have no idea which deals will close", .pain),
    ("We never hit our forecast", .pain),
    ("She isn't sleeping well because of the audit", .emotion),
    ("The renewal managers hear about lapses from customers", .pain),
  ])
  func examplesPerClass(answer: String, expected: AnswerClass) {
    let result = classifier.classify(answer)
    #expect(result.has(expected), "\(answer) → \(result.explanation)")
  }

  @Test func numbersMoneyAndTimeMakeAnOutcomeWithANumber() {
    for answer in ["we lose 20% of leads", "it costs us $40k a year", "reps spend 5 hours a week on it"] {
      let result = classifier.classify(answer)
      #expect(result.has(.outcome) && result.hasNumber, "\(answer) → \(result.explanation)")
    }
  }

  @Test func aThousandsCommaKeepsAnAmountWhole() {
    #expect(AnswerClassifier.words("$4,500 over two years") == ["$", "4,500", "over", "two", "years"])
    let cues = LadderReader().read("We've spent about $15,000 patching it.").cues
    #expect(cues.fired[.money] == ["$15,000"], "\(cues.fired)")
    // A comma that is not between digits still parts words.
    #expect(AnswerClassifier.words("3, 4 or 5") == ["3", "4", "or", "5"])
  }

  @Test func aRunOfDotsPartsWordsButADecimalPointDoesNot() {
    #expect(AnswerClassifier.words("it means...for me") == ["it", "means", "for", "me"])
    #expect(AnswerClassifier.words("Um...I think") == ["um", "i", "think"])
    #expect(AnswerClassifier.words("about 4.5 hours") == ["about", "4.5", "hours"])
  }

  @Test func aHeadcountNextToAPainIsNotAMeasure() {
    let result = classifier.classify("The two renewal managers hear about lapses from customers")
    #expect(result.has(.pain))
    #expect(!result.hasNumber, "\(result.explanation)")
    #expect(classifier.classify("We missed three renewals in September").hasNumber)
  }

  @Test func aCountOfToolsNextToAPainIsNotAMeasure() {
    let result = classifier.classify("Their reps waste time updating two systems")
    #expect(!result.hasNumber, "\(result.evidence)")
    #expect(result.has(.pain))
    #expect(classifier.classify("We lost two customers to late deliveries").hasNumber)
  }

  @Test func aLeadTimeInARequestIsNotAMeasure() {
    let result = classifier.classify("Alerts 90 days before each renewal, inside the inbox they already use")
    #expect(!result.hasNumber, "\(result.explanation)")
    #expect(!classifier.classify("Send the list 30 days in advance of each renewal").hasNumber)
    #expect(classifier.classify("Onboarding takes 6 weeks in total and costs us deals").hasNumber)
    #expect(classifier.classify("Reps lose 5 hours a week on it").hasNumber)
    #expect(classifier.classify("Onboarding takes 6 weeks and should take 2").hasNumber)
  }

  @Test func quarterNamesAreNotNumbers() {
    let result = classifier.classify("In order to hit the Q4 number")
    #expect(result.has(.outcome))
    #expect(!result.hasNumber, "\(result.explanation)")
  }

  @Test func theNumberCueReadsLikeTheAnswer() {
    let result = classifier.classify("They spend $50k a year on consultants")
    #expect(result.explanation.contains("a number ($50k)"), "\(result.explanation)")
  }

  @Test func aBareCountIsAFactNotAnOutcome() {
    let result = classifier.classify("They have 40 reps")
    #expect(result.classes == [.fact])
    #expect(!result.hasNumber)
  }

  @Test func aBareRequestIsABareSolution() {
    let result = classifier.classify("They want a new CRM")
    #expect(result.isBareSolution)
    #expect(result.explanation.contains("'they want a'"))
    #expect(result.explanation.contains("digs"))
  }

  @Test func aReasonClauseChangesTheReading() {
    let result = classifier.classify("We need a CRM because we lose 20% of our leads")
    #expect(result.classes.contains(.solution))
    #expect(result.classes.contains(.pain))
    #expect(result.classes.contains(.outcome))
    #expect(result.hasNumber)
    #expect(!result.isBareSolution)
    #expect(result.reason == "because we lose 20 % of our leads")
    #expect(result.explanation.contains("in the reason clause"))
  }

  @Test func aReasonWithoutAPainOrGoalIsStillDugAndSaysSo() {
    let result = classifier.classify("They are looking at Salesforce because the parent company uses it")
    #expect(result.isBareSolution)
    #expect(!result.explanation.contains("no reason"), "\(result.explanation)")
    #expect(result.explanation.hasSuffix("the reason names no pain or goal, so rapport digs."))
  }

  @Test func soThatNamesAnOutcome() {
    let result = classifier.classify("They want a portal so that customers stop calling support")
    #expect(result.has(.solution) && result.has(.outcome))
    #expect(!result.isBareSolution)
  }

  @Test func soWeCanNamesAPurposeWithoutDoublingAWord() {
    let answer = "We need a dashboard so the managers can see pipeline"
    let result = classifier.classify(answer)
    #expect(result.reason == "so the managers can see pipeline")
    #expect(result.has(.solution) && result.has(.outcome) && !result.isBareSolution)
    #expect(SessionSummary.split(answer, reason: result.reason).clause == "the managers can see pipeline")
  }

  @Test func soWeWithoutCanIsAConsequenceNotAGoal() {
    let result = classifier.classify("The CRM doesn't flag renewals, so we miss them")
    #expect(result.reason == "so we miss them")
    #expect(result.classes == [.pain], "\(result.explanation)")
  }

  @Test func multiLabelKeepsEveryClass() {
    let result = classifier.classify(
      "Reporting is manual and I'm worried it makes me look bad with the board")
    #expect(result.classes == [.pain, .emotion])
    #expect(result.deepest == .emotion)
  }

  @Test(arguments: [
    "they want Salesforce", "They need to integrate with SAP", "they are looking at Salesforce and HubSpot",
    "We need to hire more reps",
  ])
  func aRequestForANamedThingIsASolution(answer: String) {
    let result = classifier.classify(answer)
    #expect(result.isBareSolution, "\(answer) → \(result.explanation)")
  }

  @Test func aVagueRequestIsBothSolutionAndVague() {
    let result = classifier.classify("we need better reporting")
    #expect(result.classes == [.solution, .vague], "\(result.explanation)")
  }

  @Test func aNamedRequestWithAPurposeIsNotBare() {
    let result = classifier.classify("They want HubSpot so that marketing and sales see the same leads")
    #expect(result.has(.solution) && result.has(.outcome))
    #expect(!result.isBareSolution)
  }

  @Test(arguments: [
    "it's not a problem", "It's not really an issue for them", "We don't have any problems with it",
    "She's not worried about it", "it doesn't slow us down",
  ])
  func aNegatedPainOrFeelingIsNotOne(answer: String) {
    let result = classifier.classify(answer)
    #expect(result.classes == [.vague], "\(answer) → \(result.explanation)")
  }

  @Test(arguments: [
    ("Not only do we lose leads, we lose renewals", AnswerClass.pain), ("No, they're frustrated", .emotion),
    ("They're not able to see the pipeline", .pain),
  ])
  func aNegatorElsewhereKeepsTheReading(answer: String, expected: AnswerClass) {
    let result = classifier.classify(answer)
    #expect(result.has(expected), "\(answer) → \(result.explanation)")
  }

  @Test func phrasesBeatSingleWords() {
    // "need" alone is not a request; "we need a" is.
    #expect(!classifier.classify("what we need is time to think").has(.solution))
    #expect(!classifier.classify("I need to think about it").has(.solution))
    #expect(classifier.classify("we need a new tool").has(.solution))
  }

  @Test(arguments: ["I don't know", "not sure", "no idea", "they didn't say", "?"])
  func dontKnowIsRecognised(answer: String) {
    #expect(classifier.classify(answer).isDontKnow)
  }

  @Test(arguments: [
    "to be honest I do not know", "That's a good question, I don't know", "honestly, no idea",
    "I'm not really sure, they didn't say",
  ])
  func dontKnowAfterAPreambleIsStillDontKnow(answer: String) {
    let result = classifier.classify(answer)
    #expect(result.isDontKnow, "\(answer) → \(result.explanation)")
  }

  @Test func dontKnowFollowedBySubstanceIsNotDontKnow() {
    let result = classifier.classify("I don't know why they keep losing leads")
    #expect(!result.isDontKnow)
    #expect(result.has(.pain))
  }

  @Test func playbookCuesExtendTheLexicon() {
    let plain = AnswerClassifier().classify("they mentioned the widget thing")
    #expect(!plain.has(.solution))
    let extended = AnswerClassifier(lexicon: .builtIn.extended(with: [.solution: ["widget thing"]]))
    #expect(extended.classify("they mentioned the widget thing").has(.solution))
  }

  @Test func prefixCuesMatchWordBeginnings() {
    #expect(classifier.classify("it's frustrating").has(.emotion))
    #expect(!classifier.classify("the frustum").has(.emotion))
  }

  @Test func echoKeepsTheCustomersWordsShort() {
    #expect(FollowUpBank.echo("They want a new CRM.") == "a new CRM")
    #expect(FollowUpBank.echo("We need better reporting because the board asks") == "better reporting")
    #expect(FollowUpBank.echo("one two three four five six seven eight nine ten").hasSuffix("…"))
  }

  @Test(arguments: [
    ("I guess it would be nice", "it would be nice"),
    ("to be honest it's a mess", "it's a mess"),
    ("they are looking at Salesforce and HubSpot", "Salesforce"),
    ("We'd like a customer portal", "a customer portal"),
    ("We have 40 reps in three offices", "we have 40 reps in three offices"),
    ("They use Salesforce", "they use Salesforce"),
    ("At the October board meeting the CFO asked Dana", "at the October board meeting the …"),
    ("Before the March board meeting", "before the March board meeting"),
  ])
  func echoDropsHedgesButKeepsWhoDidWhat(answer: String, expected: String) {
    #expect(FollowUpBank.echo(answer) == expected)
  }

  @Test func whyQuotesEveryPhraseItSawAndDescribesWhatItCounted() {
    let request = classifier.classify("They want a new CRM").explanation
    #expect(request.contains("'a new crm'"), "\(request)")
    let number = classifier.classify("We lost $180k last year").explanation
    #expect(number.contains("a number ($180k)") && !number.contains("'a number"), "\(number)")
  }
}
