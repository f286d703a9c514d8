import Foundation
import Testing

@testable import RapportCore

/// The fitted focus verdict on the patterns issue 9 found slipping (examples written here).
@Suite("Focus verdict")
struct FocusVerdictTests {
  private let engine = LintEngine()

  private func verdict(_ text: String) -> FocusVerdict { engine.lint(text).focus }

  private func value(_ feature: FocusFeature, _ text: String) -> Double {
    engine.lint(text).focusFeatures[feature.index]
  }

  // MARK: a pitch dressed in "you" is still a pitch

  @Test func aPitchDressedInYouLandsInTheBottomThird() {
    let pitch = verdict("You'll love our award-winning platform. Grab a time here: https://calendly.com/jo/30")
    #expect(pitch.score <= 33 && pitch.label == "sender", "scored \(pitch.score)")
    let deserve = verdict("You deserve the number one forecasting tool on the market. Interested?")
    #expect(deserve.score <= 33 && deserve.label == "sender", "scored \(deserve.score)")
  }

  @Test func aBumpWithNothingNewIsNotAboutTheReader() {
    let bump = verdict("Just wanted to bump this to the top of your inbox. Any thoughts?")
    #expect(bump.score <= 33 && bump.label == "sender", "scored \(bump.score)")
    // "Your inbox" is where the sender's message sits, not the reader's business.
    #expect(value(.readerWords, "Just wanted to bump this to the top of your inbox.") == 0)
  }

  @Test func selfCentredPitchesLandInTheBottomThird() {
    for pitch in [
      "We are the industry's leading provider of payroll software. Our award-winning team would love to show you a demo. Are you free Thursday?",
      "I wanted to reach out to introduce myself. I'm Dana with Acme, and we help companies like yours grow. Do you have 15 minutes this week?",
      "We're the #1 rated scheduling tool. Our platform leverages AI to deliver best-in-class results.",
    ] {
      let v = verdict(pitch)
      #expect(v.score <= 33, "\(pitch) scored \(v.score)")
    }
  }

  @Test func aSentenceThatSellsTheProductCountsForTheSenderWhateverItsSubject() {
    for sentence in [
      "You'll love our new reporting suite.", "Our tool helps you close the books faster.",
      "You deserve the number one payroll app.",
    ] {
      let report = engine.lint(sentence)
      #expect(report.sentenceFocus.map(\.focus) == ["sender"], "\(sentence)")
    }
  }

  // MARK: attention to the reader counts for the reader, whoever the subject is

  @Test func weNoticedYourReadsLikeINoticedYour() {
    let we = verdict("We noticed your team doubled its reps this year. How is onboarding going?")
    let i = verdict("I noticed your team doubled its reps this year. How is onboarding going?")
    #expect(we.label == "reader" && i.label == "reader")
    #expect(abs(we.score - i.score) <= 5, "we \(we.score), I \(i.score)")
    #expect(engine.lint("We noticed your launch.").sentenceFocus.map(\.focus) == ["reader"])
  }

  @Test func aMergeTagForTheirCompanyIsTheReader() {
    let report = engine.lint("I noticed {{company}} opened two clinics this spring.")
    #expect(report.sentenceFocus.map(\.focus) == ["reader"])
    #expect(!report.metrics.opensWithSelf)
  }

  @Test func thanksForWalkingMeThroughIsAboutTheReader() {
    let report = engine.lint("Thanks for walking me through the renewal process yesterday.")
    #expect(report.sentenceFocus.map(\.focus) == ["reader"])
    #expect(value(.readerSituation, "Thanks for walking me through the renewal process yesterday.") > 0)
  }

  // MARK: inflections and variants

  @Test func claimsMatchTheirInflectionsAndVariants() {
    for text in [
      "Acme leverages AI for payroll.", "We are the industry's leading payroll tool.", "We're the #1 payroll tool.",
      "We are the number one payroll tool.", "Our leaders built it.", "It is award-winning.",
    ] {
      #expect(value(.claims, text) > 0, "\(text)")
    }
    #expect(value(.claims, "Your team ships every week.") == 0)
    #expect(value(.claims, "Room 1 is free.") == 0)
  }

  @Test func inflectionExpandsMarkedWords() {
    #expect(Inflection.expand("our * help~ you") == ["our * help you", "our * helps you", "our * helped you", "our * helping you"])
    #expect(Inflection.expand("leverage~") == ["leverage", "leverages", "leveraged", "leveraging"])
    #expect(Inflection.expand("your priority~").contains("your priorities"))
    #expect(Inflection.expand("industry+ leading") == ["industry leading", "industry's leading"])
  }

  // MARK: the model file and its arithmetic

  @Test func theShippedModelNamesExactlyTheFeaturesInCode() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("models/lint-focus.json")
    let model = try FocusModel(json: String(contentsOf: url, encoding: .utf8))
    #expect(model.features.map(\.name) == FocusFeature.allCases.map(\.rawValue))
    #expect(model.features.allSatisfy { $0.deviation > 0 })
    #expect(!model.training.sets.isEmpty && !model.training.date.isEmpty)
    // The binary carries the same file.
    #expect(FocusModel.shipped == model)
  }

  @Test func pointsAddUpToTheScore() {
    for text in ["We built a tool. Our team loves it.", "Your reps lose Fridays to notes. Is that a priority?", ""] {
      let v = verdict(text)
      let sum = v.base + v.points.reduce(0) { $0 + $1.points }
      #expect(abs(sum - Double(v.score)) <= 0.5, "\(text): \(sum) vs \(v.score)")
      #expect(v.points.count == FocusFeature.allCases.count)
    }
  }

  @Test func explainingListsTheWordsThatFiredEachFeature() {
    let v = verdict("We are the leading provider. Do you have 30 minutes this week?")
    let claims = v.points.first { $0.feature == "claims" }
    #expect(claims?.words == ["leading"])
    let calendar = v.points.first { $0.feature == "calendar_pressure" }
    #expect(calendar?.words == ["30 minutes", "this week"])
    #expect(v.points.map { abs($0.points) } == v.points.map { abs($0.points) }.sorted(by: >))
  }

  // MARK: no evidence is no verdict

  @Test func aDraftWithNoPronounAndNoCueScoresNearTheBaseBelowTheMiddle() {
    // The fit's placement: on real text a draft in which nothing fires is more often about the
    // sender, so the base sits below 50; no named feature fires, and only the fitted weights of
    // everyday words move it, a little.
    let base = 100 * FocusModel.sigmoid(FocusModel.shipped.intercept)
    #expect(base < 50 && base > 10)
    for text in ["The report ships on Monday.", "Rates went up in March. Freight volumes held."] {
      let v = verdict(text)
      #expect(abs(Double(v.score) - base) <= 10 && v.label == FocusVerdict.label(for: v.score), "\(text) scored \(v.score)")
      #expect(v.base == base)
      let moved = v.points.filter { $0.points != 0 }
      #expect(moved.allSatisfy { $0.feature == "word_evidence" }, "\(text): \(moved)")
    }
  }

  @Test func onlyTheFeaturesThatFiredMoveTheScore() {
    let v = verdict("We are the leading provider of payroll software.")
    for point in v.points where point.points != 0 {
      #expect(!point.words.isEmpty, "\(point.feature) moved the score by \(point.points) with no words")
    }
    #expect(v.points.first { $0.feature == "bump" }?.points == 0)
  }

  @Test func moreOfOneSideSaysMoreThanOneWord() {
    #expect(value(.readerBalance, "Your team and your reps.") > value(.readerBalance, "Your team."))
    #expect(value(.readerBalance, "Your team.") > 0)
    #expect(value(.readerBalance, "We ship. You ship.") == 0)
    #expect(value(.pronounBalance, "Nothing here.") == 0)
    #expect(value(.pronounBalance, "We built it and we ship it.") < 0)
  }

  @Test func aDraftThatNeverTurnsToTheReaderDoesNotAddressThem() {
    #expect(value(.addressesReader, "Your team grew.") == 1)
    #expect(value(.addressesReader, "You mentioned the renewal. We can help.") == 1)
    // No reader word, or only one a cue discounts: a thank-you, a courtesy, their inbox.
    for text in ["It comes with a timer.", "We built a timer.", "Thank you.", "How are you doing today?"] {
      #expect(value(.addressesReader, text) == 0, "\(text)")
    }
    // Explained by the first reader word.
    let points = verdict("Your team and your reps.").points
    #expect(points.first { $0.feature == "addresses_reader" }?.words == ["Your"])
  }

  // MARK: cue lists trimmed to what says who the message serves

  @Test func aLightInterestQuestionOrAWeekdayIsNotAPitch() {
    #expect(value(.pitchToReader, "Would you be interested in the numbers?") == 0)
    #expect(value(.pitchToReader, "Worth a look?") == 0)
    #expect(value(.calendarPressure, "Your shipment lands on Tuesday.") == 0)
    #expect(value(.calendarPressure, "Do you have 30 minutes next week?") > 0)
  }

  @Test func theSendersOwnFeelingsAboutTheirNewsCountForTheSender() {
    #expect(value(.senderWants, "We are pleased to announce our new office.") > 0)
    #expect(value(.senderWants, "I'm excited to share our roadmap.") > 0)
    #expect(value(.senderWants, "Your team shipped the roadmap.") == 0)
  }

  @Test func askingToBeRoutedAndAnnouncingFeaturesCountForTheSender() {
    #expect(value(.senderWants, "Are you the right person to talk to about security?") > 0)
    #expect(value(.productValue, "We've added so many great features.") > 0)
    #expect(value(.pitchToReader, "You'll get 50 new leads a week.") > 0)
    #expect(value(.pitchToReader, "Don't you hate spreadsheets?") > 0)
  }

  @Test func whatTheReaderLovesOrGetsIsNoPitchWhenItIsTheirOwn() {
    // "You'll love our…" sells the sender's product; "you'll love your…" names the reader's result.
    #expect(value(.pitchToReader, "You'll love your draft-free windows, installed in a day.") == 0)
    #expect(value(.pitchToReader, "You'll get your Fridays back.") == 0)
    #expect(value(.pitchToReader, "You'll love our new windows.") > 0)
    #expect(value(.pitchToReader, "You deserve the number one tool.") > 0)
    #expect(value(.pitchToReader, "You'll love DentaFlow.") > 0)
  }

  @Test func howAreYouIsACourtesyNotAQuestionAboutTheReader() {
    for courtesy in [
      "Hi Mark, this is Sarah from TechStack. How are you doing today?", "How are you?", "Hello, Ms. Moon. How are you today?",
      "How have you been?", "How are you this morning?",
    ] {
      #expect(value(.readerQuestions, courtesy) == 0, "\(courtesy)")
      #expect(value(.readerWords, courtesy) == 0, "\(courtesy)")
    }
    for question in ["How are you handling onboarding today?", "How are your reps doing?", "Are you doing the audit today?"] {
      #expect(value(.readerQuestions, question) > 0, "\(question)")
    }
    // The same kind of pleasantry in a statement: how the reader is, not their business.
    for pleasantry in ["Hope you're having a great week.", "It was great meeting you at the conference.", "Hope your weekend was fun."] {
      #expect(value(.readerWords, pleasantry) == 0, "\(pleasantry)")
    }
    #expect(value(.readerWords, "I hope your team hits the Q3 target.") > 0)
  }

  @Test func allYourNeedsIsTheSendersCatalogueNotTheReadersNeed() {
    for catalogue in [
      "Call us for all your heating and cooling needs.", "We can help with all of your needs.",
      "I'm never too busy to help you with all your real estate needs!",
    ] {
      #expect(value(.productValue, catalogue) > 0, "\(catalogue)")
    }
    for need in ["Your shipping needs doubled in March.", "What does your team need before the audit?"] {
      #expect(value(.productValue, need) == 0, "\(need)")
    }
  }

  @Test func youBlamedOrOrderedAboutIsNotReaderFocus() {
    #expect(value(.blamesReader, "You failed to enclose the signed form.") > 0)
    #expect(value(.blamesReader, "You must call before 5 p.m.") > 0)
    #expect(value(.blamesReader, "You finished the form early.") == 0)
    let blame = verdict("You failed to enclose the signed form, so your application cannot be processed.")
    let help = verdict("Your application will go through as soon as the signed form arrives.")
    #expect(blame.score < help.score, "blame \(blame.score), help \(help.score)")
  }

  @Test func labelsSplitTheScaleInThirds() {
    #expect(FocusVerdict.label(for: 33) == "sender")
    #expect(FocusVerdict.label(for: 34) == "balanced")
    #expect(FocusVerdict.label(for: 66) == "balanced")
    #expect(FocusVerdict.label(for: 67) == "reader")
  }
}
