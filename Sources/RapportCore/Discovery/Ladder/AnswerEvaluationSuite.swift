/// Everything `rapport eval --answers` measures, worked out without printing: the written and
/// real answer sets read once, the sections of the report (the shipped model, cross-validation,
/// a written-only fit, the class rule it replaced, the new-pages split), the refit, and the cue
/// table.
public struct AnswerEvaluationSuite: Sendable {
  /// The committed, written set.
  public static let writtenPath = "Tests/RapportCoreTests/Discovery/Evaluation/answers.txt"
  /// Real answers never fitted on: passages the issue quotes, likely in the held-out judge set.
  public static let overlapPath = "Tests/RealText/answers.overlap.tsv"

  /// One measured part of the report, with its title.
  public struct Section: Sendable {
    public var title: String
    public var evaluation: AnswerEvaluation
    /// Each fold's accuracy, for a cross-validated section.
    public var foldAccuracies: [Double]?
    /// The cues whose weight changes sign across the folds, for a cross-validated real section.
    public var unstableCues: [(feature: String, weights: [Double])]?

    public init(
      title: String, evaluation: AnswerEvaluation, foldAccuracies: [Double]? = nil,
      unstableCues: [(feature: String, weights: [Double])]? = nil
    ) {
      self.title = title
      self.evaluation = evaluation
      self.foldAccuracies = foldAccuracies
      self.unstableCues = unstableCues
    }
  }

  public var written: AnswerSet
  /// The local real set's answers, when there are some.
  public var real: AnswerSet?
  /// Ids of real answers that are measured but never fitted on.
  public var neverFit: Set<String>
  /// Folds for grouped cross-validation.
  public var folds: Int
  /// The share of stop answers a fitted model's intercept is set for.
  public var stopPrior: Double

  public init(
    written: AnswerSet, real: AnswerSet?, neverFit: Set<String> = [], folds: Int = 5,
    stopPrior: Double = LadderModel.stopPrior
  ) {
    self.written = written
    self.real = real
    self.neverFit = neverFit
    self.folds = folds
    self.stopPrior = stopPrior
  }

  /// Reads the written set, the real set when `realPath` is given, and the never-fit ids.
  public init(
    writtenPath: String, realPath: String?, overlapPath: String = Self.overlapPath, folds: Int,
    stopPrior: Double
  ) throws(RapportError) {
    let written = try Self.load(writtenPath)
    let real: AnswerSet? = try realPath.map { (path) throws(RapportError) in try Self.load(path) }
    self.init(
      written: written, real: real, neverFit: Self.overlap(overlapPath), folds: folds, stopPrior: stopPrior)
  }

  /// The ids in an overlap file (first column, after the header); none when it cannot be read.
  public static func overlap(_ path: String) -> Set<String> {
    guard let bytes = try? FileSystem.readBytes(path, limit: 1 << 20) else { return [] }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst()
    return Set(lines.compactMap { $0.split(separator: "\t").first.map(String.init) })
  }

  /// Reads and parses one answers file, with an error that names it.
  public static func load(_ path: String) throws(RapportError) -> AnswerSet {
    let bytes: [UInt8]
    do { bytes = try FileSystem.readBytes(path, limit: 64 << 20) } catch {
      throw RapportError("\(path): cannot read the answers: \(error). Run from the repository's root or give the path.")
    }
    return try AnswerSet(parsing: String(decoding: bytes, as: UTF8.self), source: path)
  }

  /// The real answers a fit may use: all but those never fitted on.
  public var fittableReal: AnswerSet? {
    real.map { AnswerSet(answers: $0.answers.filter { !neverFit.contains($0.id) }) }
  }

  /// Fits the model on the written set and, when there is one, the real set less the answers
  /// never fitted on.
  /// The word weights (`LadderWords`) are fitted on the same answers; the decision weighs each
  /// answer's out-of-fold word evidence.
  public func fit(date: String) -> (model: LadderModel, words: WordModel) {
    let fitted = fittableReal
    let sets = [written.summary(prefix: "written")] + (fitted.map { [$0.summary(prefix: "real")] } ?? [])
    let answers = written.answers + (fitted?.answers ?? [])
    let model = LadderModel.fit(answers, lambda: LadderModel.lambda, stopPrior: stopPrior, sets: sets, date: date)
    return (model, LadderWords.fit(answers))
  }

  /// The report's sections in order: the written set with `model` (and cross-validated), then,
  /// when there is a real set, `model` on it, cross-validation with the written set always in
  /// training, a written-only fit, the class rule, and with `newPagesAfter` the new-pages split.
  public func sections(
    model: LadderModel, words: WordModel = LadderWords.shipped, crossValidate: Bool, newPagesAfter: Int? = nil
  ) throws(RapportError) -> [Section] {
    if let real, let newPagesAfter, !(1..<real.answers.count).contains(newPagesAfter) {
      throw RapportError(
        "--new-pages-after wants a count from 1 to \(real.answers.count - 1): the real set has \(real.answers.count) answers.")
    }
    let lambda = LadderModel.lambda
    var sections = [Section(title: "written set, shipped model (in-sample)", evaluation: Self.evaluate(written, model, words))]
    if crossValidate {
      let (cross, accuracies, _) = AnswerEvaluation.crossValidate(
        written, folds: folds, lambda: lambda, stopPrior: stopPrior)
      sections.append(
        Section(
          title: "written set, grouped \(folds)-fold cross-validation, fitted on the other written folds",
          evaluation: cross, foldAccuracies: accuracies))
    }
    guard let real, let fitted = fittableReal else { return sections }
    let trained = model.training.sets.contains { $0.hasPrefix(fitted.identifier(prefix: "real") + ":") }
    sections.append(
      Section(
        title: "real set, shipped model (" + (trained ? "fitted on it" : "not fitted on it")
          + (fitted.answers.count == real.answers.count
            ? "" : "; \(real.answers.count - fitted.answers.count) answers in answers.overlap.tsv never fitted on")
          + ")", evaluation: Self.evaluate(real, model, words)))
    if crossValidate {
      let (cross, accuracies, models) = AnswerEvaluation.crossValidate(
        real, folds: folds, alsoTrainOn: written.answers, neverTrainOn: neverFit, lambda: lambda,
        stopPrior: stopPrior)
      sections.append(
        Section(
          title: "real set, grouped \(folds)-fold cross-validation, fitted on the written set + the other real folds",
          evaluation: cross, foldAccuracies: accuracies, unstableCues: AnswerEvaluation.unstableCues(models)))
      let writtenOnly = LadderReader.fitted(on: written.answers, lambda: lambda, stopPrior: stopPrior)
      sections.append(
        Section(
          title: "real set, fitted on the written set only",
          evaluation: AnswerEvaluation(set: real, reader: writtenOnly)))
    }
    sections.append(
      Section(
        title: "real set, the class rule it replaced (stop at outcome-number or emotion)",
        evaluation: Self.classRule(real)))
    if let newPagesAfter { sections += newPages(real: real, after: newPagesAfter) }
    return sections
  }

  /// The new-pages split: a model fitted on the written set and the first `count` real answers
  /// (less those never fitted on) decides the answers after them; the class rule on the same answers.
  public func newPages(real: AnswerSet, after count: Int) -> [Section] {
    let later = AnswerSet(answers: Array(real.answers.dropFirst(count)))
    let pages = Set(later.answers.map(\.group)).subtracting(real.answers.prefix(count).map(\.group))
    let what = "the last \(later.answers.count) real answers (\(pages.count) pages the first \(count) never use)"
    return [
      Section(
        title: "new pages: \(what), fitted on the written set + the first \(count) real answers",
        evaluation: AnswerEvaluation.laterAnswers(
          real, after: count, alsoTrainOn: written.answers, neverTrainOn: neverFit, lambda: LadderModel.lambda,
          stopPrior: stopPrior)),
      Section(title: "new pages: \(what), the class rule", evaluation: Self.classRule(later)),
    ]
  }

  static func evaluate(_ set: AnswerSet, _ model: LadderModel, _ words: WordModel) -> AnswerEvaluation {
    AnswerEvaluation(set: set, reader: LadderReader(model: model, words: words))
  }

  /// The decision rapport made before the fitted model: stop when the classes meet
  /// `outcome-number` or `emotion`. The floor the model must beat.
  public static func classRule(_ set: AnswerSet) -> AnswerEvaluation {
    let classifier = AnswerClassifier()
    return AnswerEvaluation(
      outcomes: set.answers.map { answer in
        let classification = classifier.classify(answer.text)
        return .init(
          answer: answer, probability: classRuleStops(classification) ? 1 : 0,
          readAs: classification.deepest?.rawValue ?? "fact")
      })
  }

  /// The class rule's decision: stop when the classes meet `outcome-number` or `emotion`.
  public static func classRuleStops(_ classification: Classification) -> Bool {
    [StopCondition.outcomeNumber, .emotion].contains { $0.isMet(by: classification) }
  }
}
