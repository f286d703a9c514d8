import ArgumentParser
import Foundation
import RapportCore

/// `rapport eval --answers`: how well the why-ladder's stop-or-dig decision does on labelled
/// answers, and the refit of its model.
struct EvalAnswersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure the why-ladder's stop-or-dig decision on labelled answers.",
    discussion: """
      Reports accuracy overall, on the answers where the thread should stop and on
      those that should be dug, and the table by kind of answer, for the written set
      (with the shipped model and with grouped 5-fold cross-validation) and for the
      local real set when it exists. Run from the project's root.

      Examples:
        rapport eval --answers                      written and local real set
        rapport eval --answers --mistakes           and list the answers it gets wrong
        rapport eval --answers --fit-ladder models/ladder.json   refit (make fit-ladder)
      """,
    shouldDisplay: false)

  @Flag(name: .long, help: "Evaluate the why-ladder on answers (the only evaluation so far).")
  var answers = false

  @Option(name: .long, help: "The written answer set.")
  var written = AnswersEvalReport.writtenPath

  @Option(name: .long, help: "The local real answer set (skipped when missing).")
  var real = AnswersEvalReport.realPath

  @Option(name: .long, help: "The L2 penalty for fitting and cross-validation.")
  var lambda = AnswersEvalReport.defaultLambda

  @Flag(name: .long, help: "List the answers decided wrongly.")
  var mistakes = false

  @Option(name: .long, help: "Refit the model on the written and local real sets and write it to this file.")
  var fitLadder: String?

  func run() throws {
    let report = AnswersEvalReport(writtenPath: written, realPath: real, lambda: lambda, listMistakes: mistakes)
    var model = LadderModel.shipped
    if let fitLadder {
      let formatter = ISO8601DateFormatter()
      formatter.formatOptions = [.withFullDate]
      model = try report.fit(date: formatter.string(from: Date()))
      do {
        try model.json().write(toFile: fitLadder, atomically: true, encoding: .utf8)
      } catch {
        throw RapportError("cannot write \(fitLadder): \(error.localizedDescription)")
      }
      print("wrote \(fitLadder) (\(model.training.id), \(model.training.answers) answers)")
    }
    print(try report.run(model: model))
  }
}
