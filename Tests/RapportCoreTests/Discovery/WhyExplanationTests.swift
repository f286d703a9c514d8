import Foundation
import Testing

@testable import RapportCore

/// `/why` lists the cues that moved the stop-or-dig decision, never one that added nothing
/// ("−0.0 a number without perspective" after a refit left that cue's weight near zero).
@Suite("/why shows only cues that moved the decision")
struct WhyExplanationTests {
  /// The shipped model with the bare-number cue weighted as an earlier refit left it.
  static var nearZeroModel: LadderModel {
    var model = LadderModel.shipped
    for index in model.features.indices where model.features[index].name == LadderFeature.bareNumber.rawValue {
      model.features[index].weight = -0.016219
    }
    return model
  }

  @Test func aCueThatMovedNothingIsLeftOutOfTheReason() throws {
    let playbook = try #require(BuiltInPlaybookTests.catalog.playbook(id: "why"))
    var engine = DiscoveryEngine(
      playbook: playbook, mode: .debrief, values: ["account": "Acme"], ladderModel: Self.nearZeroModel)
    engine.apply(.answer("We need a CRM"))
    engine.apply(.answer("reps spend 30% of their time on data entry"))
    #expect(engine.read("reps spend 30% of their time on data entry").cues[.bareNumber] == 1)
    let reason = try #require(engine.current?.reason)
    #expect(reason.contains("Stop or dig: "), "\(reason)")
    #expect(!reason.contains("without perspective"), "\(reason)")
    #expect(!reason.contains("0.0 "), "\(reason)")
  }

  @Test func theBaselineTakesInTheHiddenCuesAndIsNeverMinusZero() {
    let decision = LadderDecision(
      probability: 0.4, baseline: 0.02,
      points: [
        .init(feature: .length, points: 0.9, words: ["25 words"]),
        .init(feature: .bareNumber, points: -0.043, words: ["30 %"]),
      ])
    #expect(decision.explanation == "dig (0.40): baseline +0.0, +0.9 its length ('25 words')")
    #expect(decision.shownPoints.map(\.feature) == [.length])
  }
}
