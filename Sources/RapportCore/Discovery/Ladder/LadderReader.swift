import RapportResources

/// The why-ladder's reading of one answer: the classes (for explanation and follow-up choice),
/// the cues, and the fitted stop-or-dig decision.
public struct LadderReading: Sendable, Equatable {
  public var classification: Classification
  public var cues: LadderCues
  public var decision: LadderDecision
}

/// Reads answers for the why-ladder with a classifier and a fitted `LadderModel`.
public struct LadderReader: Sendable {
  public var classifier: AnswerClassifier
  public var model: LadderModel

  public init(classifier: AnswerClassifier = AnswerClassifier(), model: LadderModel = .shipped) {
    self.classifier = classifier
    self.model = model
  }

  public func read(_ answer: String) -> LadderReading {
    let classification = classifier.classify(answer)
    let cues = LadderCueReader(classifier: classifier).read(answer, classification: classification)
    return LadderReading(classification: classification, cues: cues, decision: model.decide(cues))
  }
}

extension LadderModel {
  /// The model shipped with rapport: `models/ladder.json`, embedded at build time.
  public static let shipped: LadderModel = {
    guard let file = bundledFiles(in: "models").first(where: { $0.name == "ladder.json" }) else {
      preconditionFailure("models/ladder.json is missing from the build; run `make fit-ladder`.")
    }
    do {
      return try LadderModel(json: file.text)
    } catch {
      preconditionFailure("\(error)")
    }
  }()

  /// Fits a model on `answers` (feature means and deviations from them too).
  public static func fit(
    _ answers: [AnswerSet.Answer], classifier: AnswerClassifier = AnswerClassifier(), lambda: Double,
    trainingID: String, date: String, command: String
  ) -> LadderModel {
    let reader = LadderCueReader(classifier: classifier)
    let vectors = answers.map { reader.read($0.text, classification: classifier.classify($0.text)).vector }
    let width = LadderFeature.allCases.count
    let count = Double(max(vectors.count, 1))
    let means = (0..<width).map { column in vectors.reduce(0) { $0 + $1[column] } / count }
    let deviations = (0..<width).map { column -> Double in
      let variance = vectors.reduce(0) { $0 + ($1[column] - means[column]) * ($1[column] - means[column]) } / count
      return variance > 0 ? variance.squareRoot() : 1
    }
    let rows = vectors.map { vector in (0..<width).map { (vector[$0] - means[$0]) / deviations[$0] } }
    var (intercept, weights) = LadderRegression.fit(rows: rows, labels: answers.map(\.stops), lambda: lambda)
    if weights.count != width { (intercept, weights) = (0, [Double](repeating: 0, count: width)) }
    let terms = LadderFeature.allCases.enumerated().map { index, feature in
      Term(
        name: feature.rawValue, mean: rounded(means[index]), deviation: rounded(deviations[index]),
        weight: rounded(weights[index]))
    }
    return LadderModel(
      training: Training(
        id: trainingID, answers: answers.count, stopCases: answers.filter(\.stops).count, lambda: lambda,
        date: date, command: command),
      intercept: rounded(intercept), features: terms)
  }

  /// Six significant decimals keep the file short and diffs readable.
  private static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
