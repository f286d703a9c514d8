import Foundation

/// The fitted stop-or-dig decision: a logistic regression over `LadderFeature` cues, shipped as
/// data (`models/ladder.json`) and refitted with `make fit-ladder`.
///
/// The probability that the answer is the real why is σ(intercept + Σ weight × (value − mean) ÷
/// deviation); at 0.5 or more the thread stops.
public struct LadderModel: Codable, Sendable, Equatable {
  /// One feature's standardisation and weight.
  public typealias Term = ModelTerm
  /// Where the weights came from.
  public typealias Training = ModelTraining

  public var model: String
  public var training: Training
  public var intercept: Double
  public var features: [Term]

  /// The probability at or above which the thread stops.
  public static let threshold = 0.5

  public init(model: String = "why-ladder stop-or-dig", training: Training, intercept: Double, features: [Term]) {
    self.model = model
    self.training = training
    self.intercept = intercept
    self.features = features
  }

  /// Reads the JSON written by `make fit-ladder`.
  public init(json: String) throws {
    do {
      self = try JSONDecoder().decode(LadderModel.self, from: Data(json.utf8))
    } catch {
      throw RapportError("The why-ladder model is not valid JSON (\(error)); refit it with `make fit-ladder`.")
    }
  }

  /// The model as pretty, stable JSON (sorted keys), ending in a newline.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
  }

  /// Feature names in the file that no `LadderFeature` has, and features the file lacks.
  public var mismatchedFeatures: (unknown: [String], missing: [String]) {
    let names = Set(features.map(\.name))
    let known = Set(LadderFeature.allCases.map(\.rawValue))
    return (names.subtracting(known).sorted(), known.subtracting(names).sorted())
  }

  /// The decision on `cues`.
  public func decide(_ cues: LadderCues) -> LadderDecision {
    var points: [LadderDecision.Point] = []
    var logit = intercept
    for term in features {
      guard let feature = LadderFeature(rawValue: term.name) else { continue }
      let value = cues[feature]
      let contribution = term.contribution(of: value)
      logit += contribution
      if value != 0 {
        points.append(.init(feature: feature, points: contribution, words: cues.fired[feature] ?? []))
      }
    }
    // The features that are absent still move the logit (their value sits below the mean);
    // `/why` shows what fired, so their share is folded into the baseline.
    let baseline = logit - points.reduce(0) { $0 + $1.points }
    return LadderDecision(
      probability: 1 / (1 + exp(-logit)), baseline: baseline,
      points: points.sorted { abs($0.points) > abs($1.points) })
  }
}

/// Stop or dig on one answer, with the points each cue that fired added.
public struct LadderDecision: Sendable, Equatable {
  public struct Point: Sendable, Equatable {
    public var feature: LadderFeature
    /// The cue's share of the logit (positive pushes towards stop).
    public var points: Double
    public var words: [String]
  }

  /// The probability that the answer is the real why.
  public var probability: Double
  /// The logit with no cue fired: the intercept and the absent cues.
  public var baseline: Double
  /// The cues that fired, largest effect first.
  public var points: [Point]

  public var stops: Bool { probability >= LadderModel.threshold }

  /// The `stop_on` conditions a stop meets: `emotion` when a personal cue (a stake, a feeling,
  /// someone above) pushed towards stopping, `outcome-number` when another cue did (a measure,
  /// a loss, a consequence, a risk).
  public var reached: [StopCondition] {
    let pushing = points.filter { $0.points > 0 }
    var conditions: [StopCondition] = []
    if pushing.contains(where: { $0.feature.isPersonal }) { conditions.append(.emotion) }
    if pushing.contains(where: { $0.feature.isBusiness }) || conditions.isEmpty { conditions.append(.outcomeNumber) }
    return conditions
  }

  /// What a stop that meets `condition` reached, for the thread's stop reason, named by what
  /// pushed so that the coach never claims more than it saw: for `emotion`, the personal cue that
  /// pushed most — "a personal stake", "a personal value", "a feeling" (the buyer's own),
  /// "someone else's feeling" or "someone above them"; for `outcome-number`, "outcome-number"
  /// only when a measure or an amount of money pushed towards stopping, else the business cue
  /// that pushed most ("a consequence", "a business risk", "a loss"…), else "a stop on" the cue
  /// that pushed most ("a stop on its length").
  public func reachedLabel(for condition: StopCondition) -> String {
    let pushing = points.filter { $0.points > 0 }.sorted { $0.points > $1.points }
    if condition == .emotion, let personal = pushing.first(where: { $0.feature.isPersonal }) {
      switch personal.feature {
      case .ownFeeling: return "a feeling"
      default: return personal.feature.label
      }
    }
    guard condition == .outcomeNumber else { return condition.rawValue }
    if pushing.contains(where: { [.measure, .money].contains($0.feature) }) { return condition.rawValue }
    if let business = pushing.first(where: { $0.feature.isBusiness }) { return business.feature.label }
    return pushing.first.map { "a stop on \($0.feature.label)" } ?? "a stop"
  }
}
