import Foundation
import RapportResources

/// The focus verdict: who a draft serves, as a 0–100 score (higher = about the reader),
/// a label, and the points each feature added or took away.
public struct FocusVerdict: Sendable, Equatable {
  /// One feature's share of the score.
  public struct Points: Sendable, Equatable {
    public var feature: String
    /// The feature's normalised value in this draft.
    public var value: Double
    /// Score points this feature moved the verdict by (they add up to score − base).
    public var points: Double
    /// The words that fired it (empty unless the engine explains).
    public var words: [String]
  }

  /// 0–100: the fitted probability that the draft is about the reader, × 100.
  public var score: Int
  /// `reader` (67 and up), `balanced` or `sender` (33 and below).
  public var label: String
  /// The score of a draft whose every feature sits at its `mean` in the model file (for a model
  /// fitted by `rapport eval --fit`, its neutral value: nothing fired): 100 × σ(intercept), where
  /// the fit's placement puts it (below 50: a draft that says nothing about the reader is not
  /// about the reader).
  public var base: Double
  /// Per feature, largest move first (empty when the engine does not explain).
  public var points: [Points]

  /// The label for a score: the top third is about the reader, the bottom third about the sender.
  public static func label(for score: Int) -> String {
    score >= 67 ? "reader" : score <= 33 ? "sender" : "balanced"
  }
}

/// A logistic regression over `FocusFeature`s, fitted on labelled drafts (`rapport eval --fit`)
/// and shipped as `models/lint-focus.json`: per feature the value it is measured from (its
/// neutral value, stored as `mean`), its deviation around it in the training sets, and its
/// weight on the standardised value. The weights are fitted with no intercept and multiplied by
/// the scale the fit chooses (`LintEvaluation.chooseScale`); the intercept is the placement the
/// fit chooses afterwards (`LintEvaluation.placement`), so a draft in which nothing fires scores
/// `base`, the same for every draft.
public struct FocusModel: Sendable, Codable, Equatable {
  public typealias Feature = ModelTerm
  /// Where the weights came from (the sets, the day, the L2 penalty, the noise and set weights).
  public typealias Training = ModelTraining

  public var model = "lint-focus"
  public var intercept: Double
  public var features: [Feature]
  public var training: Training

  public init(intercept: Double, features: [Feature], training: Training) {
    self.intercept = intercept
    self.features = features
    self.training = training
  }

  /// The model in `models/lint-focus.json`, read at build time (no JSON is decoded when a
  /// draft is linted); neutral (every draft 50) when the file is missing, which a test forbids.
  public static let shipped: FocusModel = {
    guard let bundled = bundledModels.first(where: { $0.name == "lint-focus.json" }) else { return neutral }
    var model = FocusModel(
      intercept: bundled.intercept,
      features: bundled.features.map { Feature(name: $0.name, mean: $0.mean, deviation: $0.deviation, weight: $0.weight) },
      training: Training(
        sets: bundled.sets, date: bundled.date, l2: bundled.l2, noiseWeight: bundled.noiseWeight,
        setWeights: bundled.setWeights, cuePenalty: bundled.cuePenalty, scale: bundled.scale))
    model.model = bundled.model
    return model
  }()

  /// A model that gives every draft 50.
  public static let neutral = FocusModel(
    intercept: 0,
    features: FocusFeature.allCases.map { Feature(name: $0.rawValue, mean: 0, deviation: 1, weight: 0) },
    training: Training(sets: [], date: "", l2: 0))

  public init(json: String) throws {
    self = try JSONDecoder().decode(FocusModel.self, from: Data(json.utf8))
  }

  /// The model as pretty-printed JSON with sorted keys (stable across runs).
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = (try? encoder.encode(self)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Weights in `FocusFeature.allCases` order (features the file lacks weigh nothing).
  public var compiled: Compiled {
    Compiled(
      intercept: intercept,
      weights: FocusFeature.allCases.map { feature in
        features.first { $0.name == feature.rawValue }
          ?? Feature(name: feature.rawValue, mean: 0, deviation: 1, weight: 0)
      })
  }

  /// The model with its weights in feature order, ready to score drafts.
  public struct Compiled: Sendable {
    public let intercept: Double
    public let weights: [Feature]

    /// The logit for raw feature values in `FocusFeature.allCases` order.
    public func logit(_ values: [Double]) -> Double {
      var z = intercept
      for index in weights.indices { z += weights[index].contribution(of: values[index]) }
      return z
    }

    /// The verdict for a draft's features, with points per feature unless `detailed` is false.
    public func verdict(_ features: FocusFeatureValues, detailed: Bool = true) -> FocusVerdict {
      let z = logit(features.values)
      let probability = FocusModel.sigmoid(z)
      let base = 100 * FocusModel.sigmoid(intercept)
      let score = Int((100 * probability).rounded())
      guard detailed else { return FocusVerdict(score: score, label: FocusVerdict.label(for: score), base: base, points: []) }
      let contributions = weights.indices.map { weights[$0].contribution(of: features.values[$0]) }
      let sum = contributions.reduce(0, +)
      // Each feature's share of the logit, scaled so the points add up to score − base.
      let scale = abs(sum) > 1e-9 ? (100 * probability - base) / sum : base * (1 - base / 100) / 100
      var points = weights.indices.map { index in
        FocusVerdict.Points(
          feature: weights[index].name, value: features.values[index], points: contributions[index] * scale,
          words: features.evidence[index])
      }
      points.sort { abs($0.points) > abs($1.points) || (abs($0.points) == abs($1.points) && $0.feature < $1.feature) }
      return FocusVerdict(score: score, label: FocusVerdict.label(for: score), base: base, points: points)
    }
  }

  static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
}
