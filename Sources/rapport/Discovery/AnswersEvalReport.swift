import Foundation
import RapportCore

/// The why-ladder part of `rapport eval`: accuracy of the stop-or-dig decision on the written
/// answer set and on the local real set, in-sample and cross-validated, and the refit.
struct AnswersEvalReport {
  /// The committed, written set.
  static let writtenPath = "Tests/RapportCoreTests/Discovery/Evaluation/answers.txt"
  /// The local real set (git-ignored; see Tests/RealText/README.md).
  static let realPath = "Tests/RealText/local/answers.txt"
  /// The L2 penalty the shipped model is fitted with.
  static let defaultLambda = 1.0

  var writtenPath: String
  var realPath: String
  var lambda: Double
  var listMistakes: Bool

  /// The local real set, when its file exists.
  func realSet() throws -> AnswerSet? {
    FileManager.default.fileExists(atPath: realPath) ? try Self.load(realPath) : nil
  }

  /// The report: the written set, then the real set, each with the shipped model and with
  /// grouped 5-fold cross-validation.
  func run(model: LadderModel) throws -> String {
    let written = try Self.load(writtenPath)
    let real = try realSet()
    var sections = [
      "why-ladder model \(model.training.id): fitted on \(model.training.answers) answers "
        + "(\(model.training.stopCases) stop), λ \(model.training.lambda), \(model.training.date)"
    ]
    sections.append(section(title: "written set, shipped model (in-sample)", written, model: model))
    let (cross, folds) = AnswerEvaluation.crossValidate(written, lambda: lambda)
    sections.append(
      section(title: "written set, grouped 5-fold cross-validation, fitted on written folds only", cross)
        + "\n  fold accuracies " + Self.percentages(folds))
    guard let real else {
      sections.append("real set: \(realPath) not found (Tests/RealText/README.md says how to build it)")
      return sections.joined(separator: "\n\n")
    }
    let inModel = model.training.id.contains(real.identifier(prefix: "real"))
    sections.append(
      section(title: "real set, shipped model (" + (inModel ? "in-sample" : "not trained on it") + ")", real, model: model))
    let (realCross, realFolds) = AnswerEvaluation.crossValidate(real, alsoTrainOn: written.answers, lambda: lambda)
    sections.append(
      section(title: "real set, grouped 5-fold cross-validation, fitted on written + other real folds", realCross)
        + "\n  fold accuracies " + Self.percentages(realFolds))
    let plain = AnswerEvaluation(
      set: real,
      reader: LadderReader(
        model: LadderModel.fit(written.answers, lambda: lambda, trainingID: "written", date: "", command: "")))
    sections.append(plain.report(title: "real set, model fitted on the written set only"))
    sections.append(Self.classRule(real).report(title: "real set, the class rule before the fit (stop at outcome-number or emotion)"))
    return sections.joined(separator: "\n\n")
  }

  private static func percentages(_ values: [Double]) -> String {
    values.map { String(format: "%.1f%%", $0 * 100) }.joined(separator: ", ")
  }

  private func section(title: String, _ set: AnswerSet, model: LadderModel) -> String {
    section(title: title, AnswerEvaluation(set: set, reader: LadderReader(model: model)))
  }

  private func section(title: String, _ evaluation: AnswerEvaluation) -> String {
    var text = evaluation.report(title: title)
    if listMistakes {
      text += "\n  wrong:"
      for outcome in evaluation.mistakes {
        let label = outcome.answer.stops ? "stop" : "dig"
        let oneLine = outcome.answer.text.replacingOccurrences(of: "\n", with: " ")
        text +=
          "\n    \(outcome.answer.id) [\(label), \(outcome.answer.kind)] p=\(String(format: "%.2f", outcome.probability)): \(oneLine.prefix(90))"
      }
    }
    return text
  }

  /// Fits the model on the written set and, when it exists, the local real set.
  func fit(date: String) throws -> LadderModel {
    let written = try Self.load(writtenPath)
    let real = try realSet()
    var id = written.identifier(prefix: "written")
    if let real { id += "+" + real.identifier(prefix: "real") }
    return LadderModel.fit(
      written.answers + (real?.answers ?? []), lambda: lambda, trainingID: id, date: date,
      command: "make fit-ladder")
  }

  /// The decision rapport made before the fitted model: stop when the classes meet
  /// `outcome-number` or `emotion`. The floor the model must beat.
  static func classRule(_ set: AnswerSet) -> AnswerEvaluation {
    let classifier = AnswerClassifier()
    return AnswerEvaluation(
      outcomes: set.answers.map { answer in
        let classification = classifier.classify(answer.text)
        let stops = [StopCondition.outcomeNumber, .emotion].contains { $0.isMet(by: classification) }
        return .init(answer: answer, probability: stops ? 1 : 0, readAs: classification.deepest?.rawValue ?? "fact")
      })
  }

  static func load(_ path: String) throws -> AnswerSet {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw RapportError("cannot read \(path); run from the project's root or pass the file's path.")
    }
    return try AnswerSet(parsing: text, source: path)
  }
}
