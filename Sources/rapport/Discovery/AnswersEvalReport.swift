import Foundation
import RapportCore

/// Renders the why-ladder section of `rapport eval --answers` from the sections
/// `AnswerEvaluationSuite` works out.
struct AnswersEvalReport {
  var listMistakes: Bool

  /// The header line, every section, and the note when there is no real set.
  func render(_ suite: AnswerEvaluationSuite, model: LadderModel, sections: [AnswerEvaluationSuite.Section]) -> String {
    var parts = [
      "Why-ladder stop-or-dig (fitted on \(model.training.sets.joined(separator: "; ")); "
        + "L2 \(model.training.l2); stop prior \(model.training.positivePrior ?? 0.5); \(model.training.date))"
        + (suite.stopPrior == (model.training.positivePrior ?? 0.5)
          ? "" : "\ncross-validated and written-only fits below use stop prior \(suite.stopPrior)")
    ]
    for section in sections {
      var text = render(section.evaluation, title: section.title)
      if let accuracies = section.foldAccuracies { text += "\n  fold accuracies " + Self.percentages(accuracies) }
      if let unstable = section.unstableCues { text += "\n" + Self.signs(unstable) }
      parts.append(text)
    }
    if suite.real == nil {
      parts.append("real set: no answers.txt in the real folder (Tests/RealText/README.md says how to build it)")
    }
    return parts.joined(separator: "\n\n")
  }

  private func render(_ evaluation: AnswerEvaluation, title: String) -> String {
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
}
