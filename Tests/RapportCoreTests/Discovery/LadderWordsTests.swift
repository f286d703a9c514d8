import Foundation
import Testing

@testable import RapportCore

@Suite("The why-ladder's word evidence")
struct LadderWordsTests {
  /// A model that weighs only the word evidence (one logit point per point of evidence), so the
  /// tests below do not depend on the shipped cue weights.
  static let wordsOnly: LadderModel = {
    var model = LadderModel.shipped
    model.intercept = 0
    model.features = LadderFeature.allCases.map { feature in
      ModelTerm(name: feature.rawValue, mean: 0, deviation: 1, weight: feature == .wordEvidence ? 1 : 0)
    }
    return model
  }()
  static let words = WordModel(terms: [("kid", 0.8), ("my kid", 0.5), ("spreadsheet", -0.3), ("fine", -0.01)])

  /// Answers from `count` sources that say `text`, with `decision`.
  static func answers(_ text: String, decision: String, sources: Range<Int>, prefix: String) throws -> [AnswerSet.Answer] {
    try AnswerSet(
      parsing: sources.map { "=== id: \(prefix)\($0) | decision: \(decision) | kind: k | group: \(prefix)\($0) | question: -\n\(text)" }
        .joined(separator: "\n")
    ).answers
  }

  @Test func anAnswerHoldingWeightedWordsGetsTheirSumAndNamesTheHeaviest() {
    let reading = LadderReader(model: Self.wordsOnly, words: Self.words).read("My kids are all I think about.")
    // "kids" stems to "kid"; "my kids" to "my kid": both weigh, once each.
    #expect(abs(reading.cues[.wordEvidence] - 1.3) < 1e-9)
    #expect(reading.cues.fired[.wordEvidence] == ["kid +0.80", "my kid +0.50"])
    #expect(reading.decision.stops)
  }

  @Test func anAnswerWithNoWeightedWordGetsNoEvidenceAndNoPoint() {
    let reading = LadderReader(model: Self.wordsOnly, words: Self.words).read("We use Excel for the roster.")
    #expect(reading.cues[.wordEvidence] == 0)
    #expect(reading.cues.fired[.wordEvidence] == nil)
    #expect(!reading.decision.points.contains { $0.feature == .wordEvidence })
    // No words at all (a model fitted on nothing) reads the same.
    #expect(LadderReader(model: Self.wordsOnly, words: WordModel(terms: [])).read("My kids.").cues[.wordEvidence] == 0)
  }

  @Test func whyNamesTheWordsThatWeighedMostWithTheirWeights() {
    let decision = LadderReader(model: Self.wordsOnly, words: Self.words)
      .read("My kid hates the spreadsheet, and that is fine.").decision
    // 0.8 + 0.5 − 0.3 − 0.01: the three heaviest terms are named, the lightest is not.
    #expect(
      decision.explanation.contains("+1.0 its words ('kid +0.80', 'my kid +0.50', 'spreadsheet \u{2212}0.30')"),
      "\(decision.explanation)")
    #expect(!decision.explanation.contains("fine"))
  }

  @Test func aTermNeedsThreeSourcesToGetAWeight() throws {
    let training = try Self.answers("My kid matters most.", decision: "stop", sources: 0..<3, prefix: "s")
      + Self.answers("We use a zebra board.", decision: "dig", sources: 0..<2, prefix: "z")
      + Self.answers("We use a spreadsheet.", decision: "dig", sources: 0..<3, prefix: "d")
    let words = LadderWords.fit(training)
    #expect(words.names.contains("kid"))
    #expect(words.weights[words.names.firstIndex(of: "kid")!] > 0)
    #expect(words.weights[words.names.firstIndex(of: "spreadsheet")!] < 0)
    #expect(!words.names.contains("zebra"), "two sources are not enough")
  }

  @Test func aWordOnlyInTheHeldOutFoldGetsNoWeight() throws {
    let set = try AnswerSet(parsing: String(contentsOfFile: LadderModelTests.writtenPath, encoding: .utf8))
    let folds = set.folds(5)
    // Put an invented word into every answer of one fold: it is in many sources, but only there.
    var held = folds[0]
    for index in held.indices { held[index].text += " Quixotry." }
    let training = folds.dropFirst().flatMap { $0 }
    let words = LadderWords.fit(training)
    #expect(!words.names.contains { $0.contains("quixotry") })
    let reader = LadderReader.fitted(on: training, lambda: 1)
    #expect(held.allSatisfy { !(reader.read($0.text).cues.fired[.wordEvidence] ?? []).contains { $0.hasPrefix("quixotry") } })
    // Fitted on everything, the word does weigh: the check above can fail.
    #expect(LadderWords.fit(training + held).names.contains("quixotry"))
  }

  @Test func crossValidationNeverLetsAnAnswersLabelReachItsOwnDecision() throws {
    let set = try AnswerSet(parsing: String(contentsOfFile: LadderModelTests.writtenPath, encoding: .utf8))
    var flipped = set
    flipped.answers[0].stops.toggle()
    let id = set.answers[0].id
    let before = AnswerEvaluation.crossValidate(set, lambda: 1).evaluation.outcomes
    let after = AnswerEvaluation.crossValidate(flipped, lambda: 1).evaluation.outcomes
    #expect(before.first { $0.answer.id == id }?.probability == after.first { $0.answer.id == id }?.probability)
    // Its label does reach the other folds' decisions (through the cue and the word weights).
    #expect(before.map(\.probability) != after.map(\.probability))
  }

  @Test func aFitWeighsOutOfFoldEvidenceNotTheEvidenceOfWordsFittedOnTheSameAnswers() throws {
    let set = try AnswerSet(parsing: String(contentsOfFile: LadderModelTests.writtenPath, encoding: .utf8))
    let honest = LadderWords.outOfFold(set.answers)
    let full = LadderWords.fit(set.answers)
    let seen = set.answers.map { LadderWords.evidence($0.text, model: full).logit }
    #expect(honest != seen)
    // The fit uses the out-of-fold values: passing them gives the same model.
    #expect(LadderModel.fit(set.answers, lambda: 1) == LadderModel.fit(set.answers, lambda: 1, wordEvidence: honest))
    #expect(LadderModel.fit(set.answers, lambda: 1) != LadderModel.fit(set.answers, lambda: 1, wordEvidence: seen))
  }

  @Test func theShippedWordsAreTheFileInModels() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("models/ladder-words.tsv").path
    let file = WordModel(tsv: try String(contentsOfFile: path, encoding: .utf8))
    #expect(file.names == LadderWords.shipped.names, "rebuild after make fit-ladder")
    #expect(file.weights == LadderWords.shipped.weights)
    #expect(!file.names.isEmpty)
  }
}
