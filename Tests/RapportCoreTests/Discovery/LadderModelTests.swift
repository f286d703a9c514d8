import Foundation
import Testing

@testable import RapportCore

@Suite("The fitted stop-or-dig model")
struct LadderModelTests {
  static let writtenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Evaluation/answers.txt").path

  @Test func everyFeatureInTheShippedFileExistsInCodeAndTheOtherWayRound() {
    let (unknown, missing) = LadderModel.shipped.mismatchedFeatures
    #expect(unknown.isEmpty, "models/ladder.json names features the code lacks: \(unknown)")
    #expect(missing.isEmpty, "the code has features models/ladder.json lacks (run make fit-ladder): \(missing)")
    #expect(LadderModel.shipped.features.map(\.name) == LadderFeature.allCases.map(\.rawValue))
  }

  @Test func theShippedModelWasFittedOnTheCommittedWrittenSet() throws {
    let set = try AnswerSet(parsing: String(contentsOfFile: Self.writtenPath, encoding: .utf8))
    let id = set.identifier(prefix: "written")
    #expect(
      LadderModel.shipped.training.sets.first?.hasPrefix(id + ":") == true,
      "answers.txt changed since the model was fitted (\(LadderModel.shipped.training.sets)); run make fit-ladder")
  }

  @Test func theBuiltInModelEqualsTheFileInModels() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("models/ladder.json").path
    let file = try LadderModel(json: String(contentsOfFile: path, encoding: .utf8))
    #expect(file == LadderModel.shipped, "rebuild after make fit-ladder")
  }

  @Test func theModelRoundTripsThroughItsJSON() throws {
    let model = LadderModel.shipped
    #expect(try LadderModel(json: model.json()) == model)
    #expect(throws: RapportError.self) { try LadderModel(json: "{}") }
  }

  @Test func aBrokenModelFileIsToldAsASentenceThatSaysHowToMendIt() {
    do {
      _ = try LadderModel(json: "{")
      Issue.record("a broken model was read")
    } catch let error as RapportError {
      #expect(error.message.hasPrefix("The why-ladder model is not valid JSON"))
      #expect(error.message.hasSuffix("refit it with `make fit-ladder`."))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func fittingIsDeterministicAndLearnsTheDirectionOfACue() throws {
    let set = try AnswerSet(
      parsing: """
        === id: a | decision: stop | kind: stake | group: g1 | question: -
        My job is on the line.
        === id: b | decision: dig | kind: fact | group: g1 | question: -
        We use Excel.
        === id: c | decision: stop | kind: stake | group: g2 | question: -
        The board is going to have my head.
        === id: d | decision: dig | kind: solution | group: g2 | question: -
        We need a new CRM.
        """)
    let first = LadderModel.fit(set.answers, lambda: 1, sets: ["t"], date: "d")
    let second = LadderModel.fit(set.answers, lambda: 1, sets: ["t"], date: "d")
    #expect(first == second)
    let stake = try #require(first.features.first { $0.name == LadderFeature.stake.rawValue })
    #expect(stake.weight > 0)
    let solution = try #require(first.features.first { $0.name == LadderFeature.solution.rawValue })
    #expect(solution.weight < 0)
  }

  @Test func theDecisionNamesTheCuesThatFiredWithTheirPoints() {
    let reading = LadderReader().read("We lose about $180k a year to lapsed renewals")
    #expect(reading.decision.stops)
    #expect(reading.decision.explanation.hasPrefix("stop (0."), "\(reading.decision.explanation)")
    #expect(reading.decision.explanation.contains("a loss ('lose')"), "\(reading.decision.explanation)")
    #expect(reading.decision.reached == [.outcomeNumber])
  }
}
