import Foundation
import RapportResources

/// The why-ladder's reading of one answer: the classes (for explanation and follow-up choice),
/// the cues, and the fitted stop-or-dig decision.
public struct LadderReading: Sendable, Equatable {
  public var classification: Classification
  public var cues: LadderCues
  public var decision: LadderDecision
}

/// Reads answers for the why-ladder with a classifier, a fitted `LadderModel` and the word
/// weights fitted with it (`LadderWords`).
public struct LadderReader: Sendable {
  public var classifier: AnswerClassifier
  public var model: LadderModel
  public var words: WordModel

  public init(
    classifier: AnswerClassifier = AnswerClassifier(), model: LadderModel = .shipped,
    words: WordModel = LadderWords.shipped
  ) {
    self.classifier = classifier
    self.model = model
    self.words = words
  }

  /// A reader whose decision and word weights are both fitted on `answers` (and on nothing
  /// else): what cross-validation and the new-pages split score held-out answers with.
  public static func fitted(
    on answers: [AnswerSet.Answer], classifier: AnswerClassifier = AnswerClassifier(), lambda: Double,
    stopPrior: Double = LadderModel.stopPrior
  ) -> LadderReader {
    LadderReader(
      classifier: classifier,
      model: LadderModel.fit(answers, classifier: classifier, lambda: lambda, stopPrior: stopPrior),
      words: LadderWords.fit(answers))
  }

  public func read(_ answer: String) -> LadderReading {
    let classification = classifier.classify(answer)
    var cues = LadderCueReader(classifier: classifier).read(answer, classification: classification)
    let found = LadderWords.evidence(answer, model: words)
    cues.values[.wordEvidence] = found.logit
    if !found.terms.isEmpty {
      // Each term as its share of the decision's points (its weight times the decision's weight
      // for the words), so that `/why` reads in one unit.
      let scale = model.features.first { $0.name == LadderFeature.wordEvidence.rawValue }
        .map { $0.contribution(of: 1) - $0.contribution(of: 0) } ?? 1
      cues.fired[.wordEvidence] = found.terms.prefix(LadderWords.shownTerms)
        .map { LadderWords.shown((name: $0.name, weight: $0.weight * scale)) }
    }
    return LadderReading(classification: classification, cues: cues, decision: model.decide(cues))
  }
}

extension LadderModel {
  /// The model shipped with rapport: `models/ladder.json`, read at build time (no JSON is
  /// decoded at run time). A test checks that the file is there and names every feature.
  public static let shipped: LadderModel = {
    guard let bundled = bundledModels.first(where: { $0.name == "ladder.json" }) else {
      preconditionFailure("models/ladder.json is missing from the build; run `make fit-ladder`.")
    }
    return LadderModel(
      model: bundled.model,
      training: Training(sets: bundled.sets, date: bundled.date, l2: bundled.l2, positivePrior: bundled.positivePrior),
      intercept: bundled.intercept,
      features: bundled.features.map {
        Term(name: $0.name, mean: $0.mean, deviation: $0.deviation, weight: $0.weight)
      })
  }()

  /// The L2 penalty the shipped model is fitted with.
  public static let lambda = 1.0

  /// The share of stop answers the shipped model's intercept is set for. Both classes weigh the
  /// same in the fit, then the intercept leans towards digging: real conversations dig more
  /// often than they stop (the local real set is 75% dig), and stopping too soon loses the why.
  /// 0.45 is the strongest lean at which the named examples of `StopOrDigTests` still read
  /// right ("I'd be devastated" and "spending twice what we budgeted" stop); leaning further
  /// digs more of the real dig cases but stops fewer of the real stop cases, and gains nothing
  /// on a judge-shaped mix of 80% dig cases (figures in Tests/RealText/README.md).
  /// `make fit-ladder FIT_OPTIONS="--stop-prior p"` refits with another.
  public static let stopPrior = 0.45

  /// How much a conversation's answers weigh together: each answer counts 1 ÷ (answers in its
  /// group)^`groupWeightPower`, so that one long transcript does not outvote many short
  /// sources (0 gives every answer the same say). 0.5 was chosen by grouped cross-validation on
  /// the real answers (Tests/RealText/README.md).
  public static let groupWeightPower = 0.5

  /// Each answer's weight in a fit: 1 ÷ (answers of its group in `answers`)^`power`.
  public static func groupWeights(_ answers: [AnswerSet.Answer], power: Double = groupWeightPower) -> [Double] {
    var sizes: [String: Int] = [:]
    for answer in answers { sizes[answer.group, default: 0] += 1 }
    return answers.map { 1 / pow(Double(sizes[$0.group] ?? 1), power) }
  }

  /// Fits a model on `answers` (the features' means and deviations come from them too), with
  /// its intercept set for `stopPrior` (the share of answers that should stop), each answer
  /// weighted by `groupWeights`. Each answer's word evidence is `wordEvidence` when given, else
  /// out of fold (`LadderWords.outOfFold`): the weights a fit on all of `answers` would give
  /// would make the words look surer than they are on a new answer.
  public static func fit(
    _ answers: [AnswerSet.Answer], classifier: AnswerClassifier = AnswerClassifier(), lambda: Double,
    stopPrior: Double = stopPrior, sets: [String] = [], date: String = "", wordEvidence: [Double]? = nil
  ) -> LadderModel {
    let reader = LadderCueReader(classifier: classifier)
    let evidence = wordEvidence ?? LadderWords.outOfFold(answers)
    let column = LadderFeature.allCases.firstIndex(of: .wordEvidence)!
    let rows = answers.indices.map { index in
      var row = reader.read(answers[index].text, classification: classifier.classify(answers[index].text)).vector
      row[column] = evidence[index]
      return row
    }
    let width = LadderFeature.allCases.count
    var fitted = LogisticRegression.fit(
      rows, labels: answers.map(\.stops), weights: groupWeights(answers), l2: lambda)
    if fitted.weights.count != width {
      fitted = LogisticRegression(
        means: .init(repeating: 0, count: width), deviations: .init(repeating: 1, count: width),
        weights: .init(repeating: 0, count: width), intercept: 0)
    }
    let terms = LadderFeature.allCases.enumerated().map { index, feature in
      Term(
        name: feature.rawValue, mean: rounded(fitted.means[index]), deviation: rounded(fitted.deviations[index]),
        weight: rounded(fitted.weights[index]))
    }
    let shift = stopPrior == 0.5 ? 0 : log(stopPrior / (1 - stopPrior))
    return LadderModel(
      training: Training(sets: sets, date: date, l2: lambda, positivePrior: stopPrior == 0.5 ? nil : stopPrior),
      intercept: rounded(fitted.intercept + shift), features: terms)
  }

  /// Six significant decimals keep the file short and diffs readable.
  private static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
