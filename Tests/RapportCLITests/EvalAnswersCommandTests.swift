import Foundation
import Testing

@Suite("rapport eval --answers")
struct EvalAnswersCommandTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-eval-answers-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func answers(_ prefix: String, count: Int) -> String {
    (0..<count).map { i in
      """
      === id: \(prefix)\(i)-a | decision: dig | kind: number-no-perspective | group: \(prefix)\(i) | question: -
      Our sales are up \(10 + i)% this year.
      === id: \(prefix)\(i)-b | decision: stop | kind: stake | group: \(prefix)\(i) | question: How does that land?
      The board is going to have my head if it slips again.
      """
    }.joined(separator: "\n")
  }

  @Test func reportsTheWrittenAndRealAnswersEachOnTheirOwnAndTheFloor() throws {
    let directory = try temporaryDirectory()
    let set = directory + "/answers.txt"
    try Self.answers("w", count: 6).write(toFile: set, atomically: true, encoding: .utf8)
    let none = try runRapport(["eval", "--answers", "--answer-set", set, "--real", directory + "/none", "--folds", "3"])
    #expect(none.status == 0)
    #expect(none.stdout.contains("written set, shipped model (in-sample): 12 answers (6 stop, 6 dig)"))
    #expect(none.stdout.contains("on stop cases  100.0% (6/6)"))
    #expect(none.stdout.contains("written set, grouped 3-fold cross-validation"))
    #expect(none.stdout.contains("real set: no answers.txt"))

    let real = directory + "/real"
    try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
    try Self.answers("r", count: 3).write(toFile: real + "/answers.txt", atomically: true, encoding: .utf8)
    let both = try runRapport(["eval", "--answers", "--answer-set", set, "--real", real, "--folds", "3", "--mistakes"])
    #expect(both.stdout.contains("real set, shipped model (not fitted on it): 6 answers (3 stop, 3 dig)"))
    #expect(both.stdout.contains("real set, the class rule it replaced"))
    #expect(both.stdout.contains("wrong:"))
  }

  @Test func fitLadderWritesTheSameModelForTheSameAnswers() throws {
    let directory = try temporaryDirectory()
    let set = directory + "/answers.txt"
    try Self.answers("w", count: 4).write(toFile: set, atomically: true, encoding: .utf8)
    func fit(_ name: String) throws -> String {
      let path = directory + "/" + name
      let result = try runRapport([
        "eval", "--answers", "--answer-set", set, "--real", directory + "/none", "--fit-ladder", "--ladder-model", path,
        "--date", "2026-01-02", "--no-cross-validation",
      ])
      #expect(result.status == 0)
      return try String(contentsOfFile: path, encoding: .utf8)
    }
    let first = try fit("one.json")
    #expect(first.contains("\"name\" : \"personal-stake\""))
    #expect(first.contains("\"date\" : \"2026-01-02\""))
    #expect(try fit("two.json") == first)
  }

  @Test func aBadAnswerFileIsAUsageError() throws {
    let directory = try temporaryDirectory()
    let set = directory + "/answers.txt"
    try "=== id: a | decision: maybe | kind: x | group: g | question: -\nHi\n".write(
      toFile: set, atomically: true, encoding: .utf8)
    let result = try runRapport(["eval", "--answers", "--answer-set", set])
    #expect(result.status == 2)
    #expect(result.stderr.contains("decision: dig|stop"))
  }
}
