/// One feature of a fitted logistic model as shipped in `models/*.json`: its mean and
/// deviation in the training set, and its weight on the standardised value. The focus
/// verdict and the why-ladder's stop-or-dig decision share it.
public struct ModelTerm: Codable, Sendable, Equatable {
  public var name: String
  public var mean: Double
  public var deviation: Double
  public var weight: Double

  public init(name: String, mean: Double, deviation: Double, weight: Double) {
    self.name = name
    self.mean = mean
    self.deviation = deviation
    self.weight = weight
  }

  /// This term's share of the logit for a raw `value`.
  public func contribution(of value: Double) -> Double {
    weight * (value - mean) / (deviation > 0 ? deviation : 1)
  }
}

/// Where a fitted model's weights came from.
public struct ModelTraining: Codable, Sendable, Equatable {
  /// The sets it was fitted on, one line each (name, size, a hash of the set).
  public var sets: [String]
  /// The day of the fit (YYYY-MM-DD).
  public var date: String
  /// The L2 penalty used.
  public var l2: Double
  /// The weight of an item flagged as noise in the fit, when the fit used one.
  public var noiseWeight: Double?
  /// The weight of each set's items in the fit, in the order of `sets`, when not all 1.
  public var setWeights: [Double]?
  /// The share of the positive class (stop, for the why-ladder) the intercept is set for, when
  /// not one half: the fit weighs both classes equally, then moves the intercept by
  /// log(prior ÷ (1 − prior)).
  public var positivePrior: Double?
  /// How many times `l2` some features were penalised, when the fit held them more firmly (the
  /// focus verdict's per-sentence cues, `FocusFeature.isCue`).
  public var cuePenalty: Double?
  /// The factor the fitted weights were multiplied by before they were written, when the fit
  /// chose one (the focus verdict's `LintEvaluation.chooseScale`).
  public var scale: Double?

  public init(
    sets: [String], date: String, l2: Double, noiseWeight: Double? = nil, setWeights: [Double]? = nil,
    positivePrior: Double? = nil, cuePenalty: Double? = nil, scale: Double? = nil
  ) {
    self.sets = sets
    self.date = date
    self.l2 = l2
    self.noiseWeight = noiseWeight
    self.setWeights = setWeights
    self.positivePrior = positivePrior
    self.cuePenalty = cuePenalty
    self.scale = scale
  }
}
