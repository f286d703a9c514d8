import Foundation
import Testing

@testable import RapportCore

@Suite("Why-ladder evaluation suite")
struct AnswerEvaluationSuiteTests {
  private static func answers(_ prefix: String, count: Int) -> AnswerSet {
    AnswerSet(
      answers: (0..<count).map { index in
        AnswerSet.Answer(
          id: "\(prefix)-\(index)", stops: index % 3 == 0, kind: index % 3 == 0 ? "stake" : "solution",
          group: "\(prefix)-g\(index / 2)", question: nil,
          text: index % 3 == 0 ? "We lose 40% of our leads, and I'm scared for my job." : "We need a better CRM.")
      })
  }

  private let written = answers("w", count: 24)
  private let real = answers("r", count: 18)

  @Test func withoutARealSetOnlyTheWrittenSectionsAreMeasured() throws {
    let suite = AnswerEvaluationSuite(written: written, real: nil)
    let sections = try suite.sections(model: .shipped, crossValidate: true)
    #expect(sections.map(\.title).count == 2)
    #expect(sections[0].title.hasPrefix("written set, shipped model"))
    #expect(sections[1].foldAccuracies?.count == 5)
  }

  @Test func aRealSetAddsTheShippedModelCrossValidationAWrittenOnlyFitAndTheClassRule() throws {
    let suite = AnswerEvaluationSuite(written: written, real: real, neverFit: ["r-0"])
    let titles = try suite.sections(model: .shipped, crossValidate: true).map(\.title)
    #expect(titles.count == 6)
    #expect(titles[2].contains("1 answers in answers.overlap.tsv never fitted on"))
    #expect(titles[3].hasPrefix("real set, grouped 5-fold"))
    #expect(titles[4] == "real set, fitted on the written set only")
    #expect(titles[5].hasPrefix("real set, the class rule"))
    let cross = try suite.sections(model: .shipped, crossValidate: true)[3]
    #expect(cross.unstableCues != nil && cross.evaluation.outcomes.count == real.answers.count)
  }

  @Test func theNewPagesSplitIsCheckedAgainstTheRealSetsSize() throws {
    let suite = AnswerEvaluationSuite(written: written, real: real)
    #expect(throws: RapportError.self) { try suite.sections(model: .shipped, crossValidate: false, newPagesAfter: 18) }
    let sections = try suite.sections(model: .shipped, crossValidate: false, newPagesAfter: 12)
    #expect(sections.suffix(2).allSatisfy { $0.evaluation.outcomes.count == 6 })
  }

  @Test func theFitNamesBothSetsAndLeavesOutAnswersNeverFittedOn() {
    let suite = AnswerEvaluationSuite(written: written, real: real, neverFit: ["r-0", "r-1"])
    let model = suite.fit(date: "2026-01-01").model
    #expect(model.training.date == "2026-01-01")
    #expect(model.training.sets == [written.summary(prefix: "written"), AnswerSet(answers: Array(real.answers.dropFirst(2))).summary(prefix: "real")])
    #expect(suite.fittableReal?.answers.count == 16)
  }

  @Test func theCueTableHasAHeaderAndOneRowPerAnswerWithItsNeverFitFlag() {
    let suite = AnswerEvaluationSuite(written: written, real: real, neverFit: ["r-3"])
    let lines = suite.cueTable().split(separator: "\n")
    #expect(lines.count == 1 + 24 + 18)
    #expect(lines[0].hasPrefix("set\tid\tgroup\tfold\tdecision\tkind\tnever_fit\t"))
    let row = lines.first { $0.hasPrefix("real\tr-3\t") }?.split(separator: "\t")
    #expect(row?[6] == "1" && row?[4] == "stop")
  }
}
