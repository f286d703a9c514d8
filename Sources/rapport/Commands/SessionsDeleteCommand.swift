import ArgumentParser
import Foundation
import LineEditor
import RapportCore

struct SessionsDelete: ParsableCommand, ShellAware {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Delete a session (asks first).",
    discussion: """
      Deletes the session with its answers, notes and next step. It asks first; with \
      standard input not a terminal there is no answer to read, so the session is kept \
      (exit 2) unless you give --yes.

      Example:
        rapport sessions delete k3f9 --yes

      Exit status 1 when no session matches the ID.
      """)

  @Argument(help: "The session ID (or a unique prefix).")
  var id: String

  @Flag(name: .long, help: "Do not ask.")
  var yes = false

  func run() throws {
    try delete(reader: DiscoverySetup.reader(json: false))
  }

  func run(in context: ShellContext) throws { try delete(reader: context.reader) }

  private func delete(reader: LineReader) throws {
    let store = try DiscoverySetup.store(paths: DiscoverySetup.paths)
    let record = try DiscoverySetup.session(id, in: store)
    let age = Date().timeIntervalSince(record.updatedAt)
    if age >= 0 && age < 60 {
      Terminal.printWarning(
        "Session \(record.id) was updated \(Int(age)) s ago; if another rapport is still in it, that one stops at its next answer.")
    }
    if !yes {
      // What will be lost, counted as `rapport sessions` counts it.
      let answers = (try store.answerCounts()[record.id] ?? AnswerCount(questions: 0, followUps: 0)).described
      let question =
        "Delete session \(record.id) (\(record.account), \(record.playbookID), \(answers))? This cannot be undone. [y/N] "
      if !reader.isInteractive { print(question) }
      let answer = reader.readLine(prompt: question)
      guard case .line(let reply) = answer, reply.lowercased().hasPrefix("y") else {
        // With no answer to read (a script's input ran out), say how to delete without one.
        // A script must not read success when nothing was deleted: exit 2, as for a missing option.
        if case .endOfInput = answer, !reader.isInteractive {
          print("Kept: no answer to the question.")
          throw RapportError("Session \(record.id) kept: no answer to read; `--yes` deletes without asking.")
        } else {
          print("Kept.")
        }
        return
      }
    }
    try store.delete(record.id)
    print("Deleted session \(record.id).")
  }
}
