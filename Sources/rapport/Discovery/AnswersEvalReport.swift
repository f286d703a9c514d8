import Foundation
import RapportCore

/// The why-ladder section of `rapport eval --answers`: accuracy of the stop-or-dig decision on
/// the written answer set and on the local real set, in-sample and cross-validated, and the refit.
struct AnswersEvalReport {
  /// The committed, written set.
  static let writtenPath = "Tests/RapportCoreTests/Discovery/Evaluation/answers.txt"
  /// Real answers never fitted on: passages the issue quotes, likely in the held-out judge set.
  static let overlapPath = "Tests/RealText/answers.overlap.tsv"

  var writtenPath: String
  /// The local real set's answers.txt, when there is one.
  var realPath: String?
  var folds: Int
  var listMistakes: Bool
  /// The share of stop answers a fitted model's intercept is set for.
  var stopPrior = LadderModel.stopPrior
  /// With a count N: also fit on the written set and the first N real answers only and score the
  /// rest, answers from pages that batch never saw (the manifest adds each batch at its end).
  var newPagesAfter: Int?
  /// Ids of real answers that are measured but never fitted on.
  var neverFit: Set<String> = Self.overlap()

  /// The ids in `Tests/RealText/answers.overlap.tsv` (first column, after the header), if present.
  static func overlap(_ path: String = overlapPath) -> Set<String> {
    guard let bytes = try? FileSystem.readBytes(path, limit: 1 << 20) else { return [] }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst()
    return Set(lines.compactMap { $0.split(separator: "\t").first.map(String.init) })
  }

  /// The report: the written set, then the real set, each with the shipped model and with
  /// grouped k-fold cross-validation, and the floors the model must beat on the real set.
  func run(model: LadderModel, crossValidate: Bool = true) throws -> String {
    let written = try Self.load(writtenPath)
    let real = try realPath.map(Self.load)
    if let real, let newPagesAfter, !(1..<real.answers.count).contains(newPagesAfter) {
      throw RapportError(
        "--new-pages-after wants a count from 1 to \(real.answers.count - 1): the real set has \(real.answers.count) answers.")
    }
    let lambda = LadderModel.lambda
    var sections = [
      "Why-ladder stop-or-dig (fitted on \(model.training.sets.joined(separator: "; ")); "
        + "L2 \(model.training.l2); stop prior \(model.training.positivePrior ?? 0.5); \(model.training.date))"
        + (stopPrior == (model.training.positivePrior ?? 0.5) ? "" : "\ncross-validated and written-only fits below use stop prior \(stopPrior)")
    ]
    sections.append(section("written set, shipped model (in-sample)", evaluate(written, model)))
    if crossValidate {
      let (cross, accuracies, _) = AnswerEvaluation.crossValidate(
        written, folds: folds, lambda: lambda, stopPrior: stopPrior)
      sections.append(
        section("written set, grouped \(folds)-fold cross-validation, fitted on the other written folds", cross)
          + "\n  fold accuracies " + Self.percentages(accuracies))
    }
    guard let real else {
      sections.append("real set: no answers.txt in the real folder (Tests/RealText/README.md says how to build it)")
      return sections.joined(separator: "\n\n")
    }
    let fitted = AnswerSet(answers: real.answers.filter { !neverFit.contains($0.id) })
    let trained = model.training.sets.contains { $0.hasPrefix(fitted.identifier(prefix: "real") + ":") }
    sections.append(
      section(
        "real set, shipped model (" + (trained ? "fitted on it" : "not fitted on it")
          + (fitted.answers.count == real.answers.count
            ? "" : "; \(real.answers.count - fitted.answers.count) answers in answers.overlap.tsv never fitted on")
          + ")", evaluate(real, model)))
    if crossValidate {
      let (cross, accuracies, models) = AnswerEvaluation.crossValidate(
        real, folds: folds, alsoTrainOn: written.answers, neverTrainOn: neverFit, lambda: lambda,
        stopPrior: stopPrior)
      sections.append(
        section("real set, grouped \(folds)-fold cross-validation, fitted on the written set + the other real folds", cross)
          + "\n  fold accuracies " + Self.percentages(accuracies) + "\n" + Self.signs(AnswerEvaluation.unstableCues(models)))
      let writtenOnly = LadderModel.fit(written.answers, lambda: lambda, stopPrior: stopPrior)
      sections.append(section("real set, fitted on the written set only", evaluate(real, writtenOnly)))
    }
    sections.append(
      section("real set, the class rule it replaced (stop at outcome-number or emotion)", Self.classRule(real)))
    if let newPagesAfter { sections += newPages(written: written, real: real, after: newPagesAfter) }
    return sections.joined(separator: "\n\n")
  }

  /// The new-pages split: a model fitted on the written set and the first `count` real answers
  /// (less those never fitted on) decides the answers after them; the class rule on the same answers.
  func newPages(written: AnswerSet, real: AnswerSet, after count: Int) -> [String] {
    let later = AnswerSet(answers: Array(real.answers.dropFirst(count)))
    let pages = Set(later.answers.map(\.group)).subtracting(real.answers.prefix(count).map(\.group))
    let what = "the last \(later.answers.count) real answers (\(pages.count) pages the first \(count) never use)"
    return [
      section(
        "new pages: \(what), fitted on the written set + the first \(count) real answers",
        AnswerEvaluation.laterAnswers(
          real, after: count, alsoTrainOn: written.answers, neverTrainOn: neverFit, lambda: LadderModel.lambda,
          stopPrior: stopPrior)),
      section("new pages: \(what), the class rule", Self.classRule(later)),
    ]
  }

  /// Fits the model on the written set and, when there is one, the local real set.
  func fit(date: String) throws -> LadderModel {
    let written = try Self.load(writtenPath)
    let real = try realPath.map(Self.load)
    let fitted = real.map { AnswerSet(answers: $0.answers.filter { !neverFit.contains($0.id) }) }
    let sets = [written.summary(prefix: "written")] + (fitted.map { [$0.summary(prefix: "real")] } ?? [])
    return LadderModel.fit(
      written.answers + (fitted?.answers ?? []), lambda: LadderModel.lambda, stopPrior: stopPrior, sets: sets,
      date: date)
  }

  /// One row per answer of both sets: set, id, group, cross-validation fold (as `--folds` splits
  /// that set), label, kind, never-fit flag, every `LadderFeature` value, the classes the
  /// classifier read (1 or 0 each, then a number and "don't know"), the class rule's decision
  /// and the text, tab-separated (for analysis outside rapport).
  func writeCues(to path: String) throws {
    let written = try Self.load(writtenPath)
    let real = try realPath.map(Self.load)
    let classifier = AnswerClassifier()
    let reader = LadderCueReader(classifier: classifier)
    let header = ["set", "id", "group", "fold", "decision", "kind", "never_fit"] + LadderFeature.allCases.map(\.rawValue)
      + AnswerClass.allCases.map { "class-" + $0.rawValue } + ["class-number", "class-dont-know", "class-rule"]
    var lines = [(header + ["fired", "text"]).joined(separator: "\t")]
    for (name, set) in [("written", written)] + (real.map { [("real", $0)] } ?? []) {
      let foldOf = Dictionary(
        uniqueKeysWithValues: set.folds(folds).enumerated().flatMap { index, fold in fold.map { ($0.id, index) } })
      for answer in set.answers {
        let classification = classifier.classify(answer.text)
        let cues = reader.read(answer.text, classification: classification)
        let values = cues.vector
        let fired = LadderFeature.allCases.compactMap { feature in
          cues.fired[feature].map { feature.rawValue + "=" + $0.joined(separator: ",") }
        }.joined(separator: "; ")
        let classes = AnswerClass.allCases.map { classification.has($0) ? "1" : "0" }
          + [classification.hasNumber ? "1" : "0", classification.isDontKnow ? "1" : "0",
             Self.classRuleStops(classification) ? "stop" : "dig"]
        let text = answer.text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        lines.append(
          ([
            name, answer.id, answer.group, String(foldOf[answer.id] ?? 0), answer.stops ? "stop" : "dig", answer.kind,
            neverFit.contains(answer.id) ? "1" : "0",
          ] + values.map { String($0) } + classes + [fired, text]).joined(separator: "\t"))
      }
    }
    do { try FileSystem.writeAtomically(Array((lines.joined(separator: "\n") + "\n").utf8), to: path, mode: 0o644) } catch {
      throw RapportError("\(path): cannot write the cue table: \(error)")
    }
  }

  private func evaluate(_ set: AnswerSet, _ model: LadderModel) -> AnswerEvaluation {
    AnswerEvaluation(set: set, reader: LadderReader(model: model))
  }

  private func section(_ title: String, _ evaluation: AnswerEvaluation) -> String {
    var text = evaluation.report(title: title)
    guard listMistakes else { return text }
    text += "\n  wrong:"
    for outcome in evaluation.mistakes {
      let label = outcome.answer.stops ? "stop" : "dig"
      let oneLine = outcome.answer.text.replacingOccurrences(of: "\n", with: " ")
      text +=
        "\n    \(outcome.answer.id) [\(label), \(outcome.answer.kind)] p=\(String(format: "%.2f", outcome.probability)): \(oneLine.prefix(90))"
    }
    return text
  }

  /// "every cue's weight keeps its sign across the folds", or one line per cue that flips.
  private static func signs(_ unstable: [(feature: String, weights: [Double])]) -> String {
    guard !unstable.isEmpty else { return "  every cue's weight keeps its sign across the folds" }
    return "  cues whose weight changes sign across the folds (they do not carry to new text):\n"
      + unstable.map { cue in
        "    \(cue.feature): " + cue.weights.map { String(format: "%+.2f", $0) }.joined(separator: " ")
      }.joined(separator: "\n")
  }

  private static func percentages(_ values: [Double]) -> String {
    values.map { String(format: "%.1f%%", $0 * 100) }.joined(separator: ", ")
  }

  /// The decision rapport made before the fitted model: stop when the classes meet
  /// `outcome-number` or `emotion`. The floor the model must beat.
  static func classRule(_ set: AnswerSet) -> AnswerEvaluation {
    let classifier = AnswerClassifier()
    return AnswerEvaluation(
      outcomes: set.answers.map { answer in
        let classification = classifier.classify(answer.text)
        return .init(answer: answer, probability: classRuleStops(classification) ? 1 : 0, readAs: classification.deepest?.rawValue ?? "fact")
      })
  }

  /// The class rule's decision: stop when the classes meet `outcome-number` or `emotion`.
  static func classRuleStops(_ classification: Classification) -> Bool {
    [StopCondition.outcomeNumber, .emotion].contains { $0.isMet(by: classification) }
  }

  static func load(_ path: String) throws -> AnswerSet {
    let bytes: [UInt8]
    do { bytes = try FileSystem.readBytes(path, limit: 64 << 20) } catch {
      throw RapportError("\(path): cannot read the answers: \(error). Run from the repository's root or give the path.")
    }
    return try AnswerSet(parsing: String(decoding: bytes, as: UTF8.self), source: path)
  }
}
