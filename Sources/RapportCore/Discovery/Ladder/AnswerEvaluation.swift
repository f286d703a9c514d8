import Foundation

/// How well the stop-or-dig decision does on a labelled `AnswerSet`: accuracy overall, on the
/// answers that should be dug and on those where the thread should stop, and the confusion by
/// kind of answer and by the class the classifier read.
public struct AnswerEvaluation: Sendable {
  /// Right out of total.
  public struct Tally: Sendable, Equatable {
    public var right = 0
    public var total = 0
    public var accuracy: Double { total == 0 ? 0 : Double(right) / Double(total) }
    mutating func add(_ isRight: Bool) {
      total += 1
      if isRight { right += 1 }
    }
  }

  /// One row of a confusion table: how many were stopped and dug, against the label.
  public struct Row: Sendable, Equatable {
    public var name: String
    public var shouldStop = 0
    public var shouldDig = 0
    /// Labelled stop, decided stop.
    public var stopped = 0
    /// Labelled dig, decided dig.
    public var dug = 0
    public var tally: Tally {
      Tally(right: stopped + dug, total: shouldStop + shouldDig)
    }
  }

  /// One answer's outcome.
  public struct Outcome: Sendable, Equatable {
    public var answer: AnswerSet.Answer
    public var probability: Double
    public var readAs: String
    public var stops: Bool { probability >= LadderModel.threshold }
    public var isRight: Bool { stops == answer.stops }

    public init(answer: AnswerSet.Answer, probability: Double, readAs: String) {
      self.answer = answer
      self.probability = probability
      self.readAs = readAs
    }
  }

  public var outcomes: [Outcome]

  public init(outcomes: [Outcome]) { self.outcomes = outcomes }

  /// Evaluates `reader` on every answer of `set`.
  public init(set: AnswerSet, reader: LadderReader) {
    outcomes = set.answers.map { answer in
      let reading = reader.read(answer.text)
      return Outcome(
        answer: answer, probability: reading.decision.probability,
        readAs: reading.classification.isDontKnow ? "dont-know" : reading.classification.deepest?.rawValue
          ?? reading.classification.classes.first?.rawValue ?? "fact")
    }
  }

  public var overall: Tally { tally { _ in true } }
  /// The answers labelled dig.
  public var dig: Tally { tally { !$0.answer.stops } }
  /// The answers labelled stop.
  public var stop: Tally { tally { $0.answer.stops } }

  /// The share of dig answers in the held-out judge set the issue describes (147 real answers,
  /// about 80% dig): `judgeMix` reweights the accuracies to it.
  public static let judgeDigShare = 0.8

  /// Accuracy reweighted to a mix with `digShare` dig answers (the rest stop): what the decision
  /// would score on a set shaped like the judge's, whatever this set's own balance.
  public func judgeMix(digShare: Double = judgeDigShare) -> Double {
    digShare * dig.accuracy + (1 - digShare) * stop.accuracy
  }

  /// Rows by labelled kind, in order of first appearance.
  public var byKind: [Row] { rows { $0.answer.kind } }
  /// Rows by the class the classifier read (its deepest ladder class, else vague or fact).
  public var byClass: [Row] { rows { $0.readAs } }

  /// The answers decided wrongly.
  public var mistakes: [Outcome] { outcomes.filter { !$0.isRight } }

  private func tally(_ include: (Outcome) -> Bool) -> Tally {
    var tally = Tally()
    for outcome in outcomes where include(outcome) { tally.add(outcome.isRight) }
    return tally
  }

  private func rows(_ key: (Outcome) -> String) -> [Row] {
    var order: [String] = []
    var rows: [String: Row] = [:]
    for outcome in outcomes {
      let name = key(outcome)
      if rows[name] == nil {
        order.append(name)
        rows[name] = Row(name: name)
      }
      if outcome.answer.stops {
        rows[name]!.shouldStop += 1
        if outcome.stops { rows[name]!.stopped += 1 }
      } else {
        rows[name]!.shouldDig += 1
        if !outcome.stops { rows[name]!.dug += 1 }
      }
    }
    return order.map { rows[$0]! }
  }

  // MARK: - Cross-validation

  /// Grouped k-fold cross-validation: for each fold, a model and word weights fitted on the
  /// other folds (and on `alsoTrainOn`, answers from another set that are never tested here)
  /// decide the fold's answers, so no word of a held-out answer weighs in its own decision. Answers whose id is in `neverTrainOn` are tested but never fitted on. Returns
  /// every held-out outcome, each fold's accuracy and each fold's model.
  public static func crossValidate(
    _ set: AnswerSet, folds count: Int = 5, alsoTrainOn extra: [AnswerSet.Answer] = [],
    neverTrainOn excluded: Set<String> = [], lambda: Double, stopPrior: Double = LadderModel.stopPrior,
    classifier: AnswerClassifier = AnswerClassifier()
  ) -> (evaluation: AnswerEvaluation, foldAccuracies: [Double], foldModels: [LadderModel]) {
    let folds = set.folds(count)
    var outcomes: [Outcome] = []
    var accuracies: [Double] = []
    var models: [LadderModel] = []
    for (index, fold) in folds.enumerated() where !fold.isEmpty {
      let training = (extra + folds.enumerated().filter { $0.offset != index }.flatMap(\.element))
        .filter { !excluded.contains($0.id) }
      guard !training.isEmpty else { continue }
      let reader = LadderReader.fitted(on: training, classifier: classifier, lambda: lambda, stopPrior: stopPrior)
      let evaluation = AnswerEvaluation(set: AnswerSet(answers: fold), reader: reader)
      outcomes += evaluation.outcomes
      accuracies.append(evaluation.overall.accuracy)
      models.append(reader.model)
    }
    let byID = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.answer.id, $0) })
    return (AnswerEvaluation(outcomes: set.answers.compactMap { byID[$0.id] }), accuracies, models)
  }

  /// The cues whose fitted weight points one way in some of `models` and the other way in
  /// others, with each model's weight: a cue that cannot decide which way it pushes does not
  /// carry to new text (the first-person cue was left out for this). Weights under 0.01 count
  /// as zero.
  public static func unstableCues(_ models: [LadderModel]) -> [(feature: String, weights: [Double])] {
    guard let first = models.first else { return [] }
    return first.features.map(\.name).compactMap { name in
      let weights = models.map { model in model.features.first { $0.name == name }?.weight ?? 0 }
      return weights.contains { $0 > 0.01 } && weights.contains { $0 < -0.01 } ? (name, weights) : nil
    }
  }

  /// A split by time: a model fitted on `alsoTrainOn` and the first `count` answers of `set`
  /// (less those whose id is in `neverTrainOn`) decides the answers after them. Real answers are
  /// added in batches from new pages at the end of their file, so this measures the decision on
  /// pages it has never seen, which cross-validation over a set whose mistakes were read cannot.
  public static func laterAnswers(
    _ set: AnswerSet, after count: Int, alsoTrainOn extra: [AnswerSet.Answer] = [],
    neverTrainOn excluded: Set<String> = [], lambda: Double, stopPrior: Double = LadderModel.stopPrior,
    classifier: AnswerClassifier = AnswerClassifier()
  ) -> AnswerEvaluation {
    let earlier = set.answers.prefix(count).filter { !excluded.contains($0.id) }
    let reader = LadderReader.fitted(on: extra + earlier, classifier: classifier, lambda: lambda, stopPrior: stopPrior)
    return AnswerEvaluation(set: AnswerSet(answers: Array(set.answers.dropFirst(count))), reader: reader)
  }

  // MARK: - Report

  /// The figures as plain text: accuracy overall, on dig and on stop, and the table by kind.
  public func report(title: String) -> String {
    func percent(_ tally: Tally) -> String {
      String(format: "%5.1f%% (%d/%d)", tally.accuracy * 100, tally.right, tally.total)
    }
    var lines = [
      "\(title): \(outcomes.count) answers (\(stop.total) stop, \(dig.total) dig)",
      "  right overall  \(percent(overall))",
      "  on stop cases  \(percent(stop))",
      "  on dig cases   \(percent(dig))",
      "  judge-like mix " + String(
        format: "%5.1f%% (accuracy reweighted to %.0f%% dig, %.0f%% stop)", judgeMix() * 100,
        Self.judgeDigShare * 100, (1 - Self.judgeDigShare) * 100),
      "  by kind                     right          stopped/should-stop  dug/should-dig",
    ]
    for row in byKind {
      let name = row.name.padding(toLength: 26, withPad: " ", startingAt: 0)
      lines.append(
        "    \(name)\(percent(row.tally))   \(String(format: "%3d/%-3d", row.stopped, row.shouldStop))              \(String(format: "%3d/%-3d", row.dug, row.shouldDig))"
      )
    }
    lines.append("  by class read               right          stopped/should-stop  dug/should-dig")
    for row in byClass {
      let name = row.name.padding(toLength: 26, withPad: " ", startingAt: 0)
      lines.append(
        "    \(name)\(percent(row.tally))   \(String(format: "%3d/%-3d", row.stopped, row.shouldStop))              \(String(format: "%3d/%-3d", row.dug, row.shouldDig))"
      )
    }
    return lines.joined(separator: "\n")
  }
}
