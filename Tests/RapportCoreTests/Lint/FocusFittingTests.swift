import Foundation
import Testing

@testable import RapportCore

@Suite("Fitting the focus model")
struct FocusFittingTests {
  /// Rows where feature 0 decides the label and feature 1 is noise.
  private static let rows: [[Double]] = (0..<40).map { (i: Int) -> [Double] in
    let signal: Double = i % 2 == 0 ? 1 : 0
    let jitter = Double(i % 5) / 10
    return [signal + jitter, Double(i % 3)]
  }
  private static let labels = (0..<40).map { $0 % 2 == 0 }

  @Test func logisticRegressionLearnsTheSignOfAnInformativeFeature() {
    let fit = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1)
    #expect(fit.weights[0] > 1)
    #expect(abs(fit.weights[1]) < fit.weights[0] / 4)
    #expect(fit.logit([1.2, 0]) > 0 && fit.logit([0.2, 0]) < 0)
  }

  @Test func aFeatureAgainstItsAllowedDirectionIsLeftOut() {
    // Feature 0 is positive evidence; declared as pushing the other way, it must get weight 0
    // and the rest is refitted without it.
    let free = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1)
    let constrained = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1, signs: [-1, 0])
    #expect(free.weights[0] > 1)
    #expect(constrained.weights[0] == 0)
    #expect(constrained.means == free.means && constrained.deviations == free.deviations)
    let agreeing = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1, signs: [1, 0])
    #expect(agreeing.weights == free.weights)
  }

  @Test func everyShippedWeightPushesTheWayItsFeatureSays() {
    for feature in FocusModel.shipped.features {
      let direction = FocusFeature(rawValue: feature.name)?.direction ?? 0
      #expect(Double(direction) * feature.weight >= 0, "\(feature.name) weighs \(feature.weight)")
    }
  }

  @Test func withCentersARowAtItsCentersGetsAnEvenChance() {
    let centers = [0.5, 1.0]
    let fit = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1, signs: [1, 0], centers: centers)
    #expect(fit.intercept == 0)
    #expect(fit.means == centers)
    #expect(abs(fit.logit(centers)) < 1e-12)
    #expect(fit.weights[0] > 1)
    #expect(fit.logit([1.2, 1]) > 0 && fit.logit([0.2, 1]) < 0)
  }

  @Test func thePlacementIsTheBalancedOddsThatADraftWithNothingNamedIsAboutTheReader() throws {
    // 4 self-focused drafts, 3 of which fire nothing named; 4 customer-focused, 1 of which does
    // not: ln(((1 + 1) ÷ (4 + 1)) ÷ ((3 + 1) ÷ (4 + 1))) = ln(1/2).
    let texts = [
      ("self", "The report ships on Monday."), ("self", "Rates went up in March."), ("self", "Freight held."),
      ("self", "We are the leading provider."), ("customer", "The weather turned cold."),
      ("customer", "Your reps lose Fridays to notes."), ("customer", "You mentioned the renewal."),
      ("customer", "How is your team handling the launch?"),
    ]
    let blocks = texts.enumerated().map { "=== id: p\($0.offset) | label: \($0.element.0) | pair: - | profile: reply\n\($0.element.1)" }
    let items = try LintEvaluation(parsing: blocks.joined(separator: "\n")).scored()
    let quiet = items.filter { FocusFeature.nothingNamedFires($0.features) }
    #expect(quiet.map(\.message.id) == ["p0", "p1", "p2", "p4"])
    #expect(abs(LintEvaluation.placement(items) - log(0.5)) < 1e-12)
    // No drafts of a class: one of each added keeps it finite.
    #expect(LintEvaluation.placement([]) == 0)
  }

  @Test func theScaleSpreadsLogitsThatAreRightButUnsureAndLeavesConfidentOnesAlone() {
    // Every counted item on the right side of 0 but only just: a larger scale lowers the log loss.
    let labels = (0..<20).map { $0 % 2 == 0 }
    let unsure = labels.map { $0 ? 0.4 : -0.4 }
    let all = [Bool](repeating: true, count: 20)
    #expect(LintEvaluation.chooseScale(logits: unsure, labels: labels, counted: all, shift: 0) == LintEvaluation.scaleGrid.last)
    // Sure already, with a quarter of them wrong: spreading them further costs more than it wins.
    let sure = labels.enumerated().map { index, label in (label ? 3.0 : -3.0) * (index % 4 == 1 ? -1 : 1) }
    #expect(LintEvaluation.chooseScale(logits: sure, labels: labels, counted: all, shift: 0) == 1)
    // Items not counted (noise-flagged, written) do not choose it, and with none counted it stays 1.
    let counted = (0..<20).map { $0 % 4 != 1 }
    #expect(LintEvaluation.chooseScale(logits: sure, labels: labels, counted: counted, shift: 0) == LintEvaluation.scaleGrid.last)
    #expect(LintEvaluation.chooseScale(logits: unsure, labels: labels, counted: all.map { _ in false }, shift: 0) == 1)
    #expect(LintEvaluation.scaleGrid.first == 1)
  }

  @Test func aLargerPenaltyShrinksTheWeights() {
    let loose = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 0.1)
    let tight = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 100)
    #expect(abs(tight.weights[0]) < abs(loose.weights[0]))
  }

  @Test func aFeatureWithALargerPenaltyFactorIsHeldCloserToZeroThanTheRest() {
    let even = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1)
    let alike = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1, penalties: [1, 1])
    let held = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 1, penalties: [30, 1])
    #expect(alike.weights == even.weights && alike.intercept == even.intercept)
    #expect(held.weights[0] > 0 && held.weights[0] < even.weights[0] / 2)
  }

  @Test func theCuesArePenalisedByAFactorTheFitChoosesAndTheCountsAndWordsAreNot() {
    let penalty = LintEvaluation.Penalty(l2: 3, cue: 10)
    let factors = penalty.factors
    #expect(factors.count == FocusFeature.allCases.count)
    for feature in FocusFeature.allCases {
      #expect(factors[feature.index] == (feature.isCue ? 10 : 1), "\(feature.rawValue)")
    }
    #expect(!FocusFeature.wordEvidence.isCue && !FocusFeature.pronounShare.isCue && FocusFeature.productValue.isCue)
    #expect(LintEvaluation.cuePenaltyGrid.first == 1)
    // The shipped model says which factor its fit chose (carried from the JSON into the binary).
    #expect(LintEvaluation.cuePenaltyGrid.contains(FocusModel.shipped.training.cuePenalty ?? 0))
  }

  @Test func fittingIsDeterministic() {
    let a = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 3)
    let b = LogisticRegression.fit(Self.rows, labels: Self.labels, l2: 3)
    #expect(a.weights == b.weights && a.intercept == b.intercept && a.means == b.means)
  }

  @Test func aZeroWeightRowIsIgnored() {
    var rows = Self.rows
    var labels = Self.labels
    rows.append([5, 0])
    labels.append(false)
    let ignored = LogisticRegression.fit(rows, labels: labels, weights: Array(repeating: 1, count: 40) + [0], l2: 1)
    let counted = LogisticRegression.fit(rows, labels: labels, l2: 1)
    #expect(ignored.weights[0] > counted.weights[0])
  }

  @Test func groupedFoldsKeepAGroupTogetherAndBalanceSizes() {
    let groups = ["a", "a", "b", "b", "b", "c", "d", "e", "e", "f"]
    let folds = GroupedFolds.assign(groups: groups, k: 3)
    for group in Set(groups) {
      #expect(Set(groups.indices.filter { groups[$0] == group }.map { folds[$0] }).count == 1)
    }
    let sizes = (0..<3).map { fold in folds.filter { $0 == fold }.count }
    #expect(sizes.max()! - sizes.min()! <= 1)
    #expect(GroupedFolds.assign(groups: groups, k: 3) == folds)
  }

  @Test func crossValidationScoresEachItemWithAModelThatNeverSawIt() throws {
    let set = try LintEvaluation(
      parsing: (0..<12).map { i in
        """
        === id: p\(i)-before | label: self | pair: p\(i) | profile: reply
        We built our platform \(i). We are the leading team and I'd love to show you our demo.
        === id: p\(i)-after | label: customer | pair: p\(i) | profile: reply
        Your team \(i) lost a week to renewals last quarter. What would fewer manual checks mean for your reps?
        """
      }.joined(separator: "\n"))
    let scored = set.scored()
    let cv = LintEvaluation.crossValidate([scored], k: 3)
    #expect(cv.count == 1)
    #expect(cv[0].foldAUCs.count == 3)
    #expect(cv[0].pooledAUC == 1)
    #expect(cv[0].pairs.won == 12 && cv[0].pairs.of == 12)
    let figures = LintEvaluation.figures(name: "t", scored)
    #expect(figures.focusAUC == 1 && figures.focusPairs.won == 12)
    let model = LintEvaluation.fitFocusModel([scored], names: ["t"], date: "2026-01-01", k: 3)
    #expect(model.features.map(\.name) == FocusFeature.allCases.map(\.rawValue))
    #expect(model.training.sets == [model.training.sets[0]] && model.training.sets[0].hasPrefix("t: 24 messages, fnv1a64 "))
    #expect(LintEvaluation.cuePenaltyGrid.contains(model.training.cuePenalty ?? 0))
    #expect(LintEvaluation.l2Grid.contains(model.training.l2))
    #expect(LintEvaluation.scaleGrid.contains(model.training.scale ?? 0))
    #expect(try FocusModel(json: model.json()) == model)
  }

  @Test func theWeWeRatioCountsOnlyPronouns() {
    #expect(LintEvaluation.weWeRatio("We help you. Our team, your team.") == 0.5)
    #expect(LintEvaluation.weWeRatio("Nothing here.") == 0.5)
    #expect(LintEvaluation.weWeRatio("You’re right, you know.") == 1)
  }
}
