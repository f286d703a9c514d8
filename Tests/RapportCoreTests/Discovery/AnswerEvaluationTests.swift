import Foundation
import Testing

@testable import RapportCore

@Suite("Why-ladder evaluation set")
struct AnswerEvaluationTests {
  @Test func parsesHeadersAndAnswers() throws {
    let set = try AnswerSet(
      parsing: """
        === id: a-1 | decision: dig | kind: solution | group: a | question: Why? | What else?
        We need a CRM.

        === id: a-2 | decision: stop | kind: stake | group: a | question: -
        My job is on the line.
        It's mine.
        """)
    #expect(set.answers.map(\.id) == ["a-1", "a-2"])
    #expect(set.answers[0].question == "Why? | What else?")
    #expect(!set.answers[0].stops && set.answers[1].stops)
    #expect(set.answers[1].question == nil)
    #expect(set.answers[1].text == "My job is on the line.\nIt's mine.")
  }

  @Test func rejectsABadDecisionADuplicateIdAndAnEmptyAnswer() {
    #expect(throws: RapportError.self) {
      try AnswerSet(parsing: "=== id: a | decision: maybe | kind: x | group: g | question: -\nHi")
    }
    #expect(throws: RapportError.self) {
      try AnswerSet(
        parsing: "=== id: a | decision: dig | kind: x | group: g | question: -\nHi\n=== id: a | decision: dig | kind: x | group: g | question: -\nHo")
    }
    #expect(throws: RapportError.self) {
      try AnswerSet(parsing: "=== id: a | decision: dig | kind: x | group: g | question: -\n")
    }
  }

  @Test func foldsKeepAConversationTogetherAndAreTheSameEveryRun() throws {
    let set = try AnswerSet(parsing: String(contentsOfFile: LadderModelTests.writtenPath, encoding: .utf8))
    let folds = set.folds(5)
    #expect(folds.map(\.count).reduce(0, +) == set.answers.count)
    for (index, fold) in folds.enumerated() {
      let groups = Set(fold.map(\.group))
      for (other, rest) in folds.enumerated() where other != index {
        #expect(groups.isDisjoint(with: rest.map(\.group)))
      }
    }
    #expect(set.folds(5).map { $0.map(\.id) } == folds.map { $0.map(\.id) })
    #expect(folds.allSatisfy { $0.count > set.answers.count / 8 })
  }

  @Test func tallyAndConfusionCountRightAndWrong() {
    func answer(_ id: String, _ stops: Bool, _ kind: String) -> AnswerSet.Answer {
      .init(id: id, stops: stops, kind: kind, group: id, question: nil, text: id)
    }
    let evaluation = AnswerEvaluation(outcomes: [
      .init(answer: answer("a", true, "stake"), probability: 0.9, readAs: "emotion"),
      .init(answer: answer("b", true, "stake"), probability: 0.2, readAs: "fact"),
      .init(answer: answer("c", false, "fact"), probability: 0.1, readAs: "fact"),
    ])
    #expect(evaluation.overall == .init(right: 2, total: 3))
    #expect(evaluation.stop == .init(right: 1, total: 2))
    #expect(evaluation.dig == .init(right: 1, total: 1))
    #expect(evaluation.byKind.first == .init(name: "stake", shouldStop: 2, shouldDig: 0, stopped: 1, dug: 0))
    #expect(evaluation.mistakes.map(\.answer.id) == ["b"])
    #expect(evaluation.report(title: "t").contains("on stop cases   50.0% (1/2)"))
  }

  @Test func theJudgeLikeMixWeighsDigCasesFourTimesStopCases() {
    func outcome(_ id: String, stops: Bool, decided: Bool) -> AnswerEvaluation.Outcome {
      .init(answer: .init(id: id, stops: stops, kind: "-", group: id, question: nil, text: id), probability: decided ? 0.9 : 0.1, readAs: "fact")
    }
    // Stop cases 1 of 2 right, dig cases 3 of 3 right: 80% reads as 0.8 × 1 + 0.2 × 0.5.
    let evaluation = AnswerEvaluation(outcomes: [
      outcome("a", stops: true, decided: true), outcome("b", stops: true, decided: false),
      outcome("c", stops: false, decided: false), outcome("d", stops: false, decided: false),
      outcome("e", stops: false, decided: false),
    ])
    #expect(abs(evaluation.judgeMix() - 0.9) < 1e-12)
    #expect(abs(evaluation.judgeMix(digShare: 0.5) - 0.75) < 1e-12)
    #expect(evaluation.report(title: "t").contains("judge-like mix  90.0%"))
  }

  @Test func aCueIsUnstableWhenItsWeightPointsBothWaysAcrossFolds() {
    func model(_ weights: [String: Double]) -> LadderModel {
      LadderModel(
        training: .init(sets: [], date: "", l2: 1), intercept: 0,
        features: weights.sorted { $0.key < $1.key }.map { .init(name: $0.key, mean: 0, deviation: 1, weight: $0.value) })
    }
    let models = [
      model(["stake": 1.0, "first": -0.13, "tiny": 0.005]), model(["stake": 0.9, "first": 0.28, "tiny": -0.005]),
    ]
    let unstable = AnswerEvaluation.unstableCues(models)
    #expect(unstable.map(\.feature) == ["first"])
    #expect(unstable.first?.weights == [-0.13, 0.28])
    #expect(AnswerEvaluation.unstableCues([]).isEmpty)
  }

  @Test func laterAnswersAreDecidedByAModelThatNeverSawThem() throws {
    let set = try AnswerSet(parsing: String(contentsOfFile: LadderModelTests.writtenPath, encoding: .utf8))
    let count = set.answers.count * 3 / 4
    let later = AnswerEvaluation.laterAnswers(set, after: count, lambda: 1)
    #expect(later.outcomes.map(\.answer.id) == set.answers.dropFirst(count).map(\.id))
    // The same as a model fitted on the first answers alone; fitting on all of them would differ.
    // (Its word weights too: a fit on the first answers alone.)
    let earlier = LadderReader.fitted(on: Array(set.answers.prefix(count)), lambda: 1)
    let expected = AnswerEvaluation(set: AnswerSet(answers: Array(set.answers.dropFirst(count))), reader: earlier)
    #expect(later.outcomes.map(\.probability) == expected.outcomes.map(\.probability))
    let all = LadderReader.fitted(on: set.answers, lambda: 1)
    let seen = AnswerEvaluation(set: AnswerSet(answers: Array(set.answers.dropFirst(count))), reader: all)
    #expect(later.outcomes.map(\.probability) != seen.outcomes.map(\.probability))
    // An answer that is never trained on changes the fit when left out.
    let without = AnswerEvaluation.laterAnswers(set, after: count, neverTrainOn: [set.answers[0].id], lambda: 1)
    #expect(without.outcomes.map(\.probability) != later.outcomes.map(\.probability))
  }

  /// The written set's floor; prints the figures: `swift test --filter AnswerEvaluationTests`.
  @Test func theShippedModelAndCrossValidationKeepTheWrittenSetsFloor() throws {
    let set = try AnswerSet(parsing: String(contentsOfFile: LadderModelTests.writtenPath, encoding: .utf8))
    #expect(set.answers.count >= 300)
    let shipped = AnswerEvaluation(set: set, reader: LadderReader())
    let (cross, _, _) = AnswerEvaluation.crossValidate(set, lambda: 1)
    print(shipped.report(title: "written set, shipped model"))
    print(cross.report(title: "written set, grouped 5-fold cross-validation"))
    #expect(shipped.overall.accuracy >= 0.9)
    #expect(shipped.stop.accuracy >= 0.85)
    #expect(cross.overall.accuracy >= 0.88)
    #expect(cross.stop.accuracy >= 0.85)
  }
}
