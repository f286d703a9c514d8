import ArgumentParser
import RapportCore

struct SessionsRecap: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recap", abstract: "Draft a recap email to the customer from a session, and lint it.",
    discussion: """
      The draft repeats their situation and why in their words, what was agreed, and the \
      next step with owner and date. It is printed on standard output (so `> recap.txt` \
      keeps only the draft); rapport's lint score follows on standard error. In the shell, \
      `edit` then opens the draft in your editor and lints what you saved the same way \
      (the follow-up profile).

      Exit status 1 when no session matches the ID; 2 for a prep session, which has \
      nothing the customer said to recap.
      """)

  @Argument(help: "The session ID (or a unique prefix).")
  var id: String

  func run() throws {
    let session = try DiscoverySetup.open(id, paths: DiscoverySetup.paths)
    if let refusal = RecapEmail.refusal(for: session.record) { throw refusal }
    let email = RecapEmail(
      record: session.record, engine: session.engine, notes: try session.store.notes(of: session.record.id))
    print(email.text, terminator: "")
    LintShell.lastDraft = email.text
    LintShell.lastFile = nil
    LintShell.lastDraftScoring = (Profile.followUp.name, RecapEmail.customerNames(of: session.record))
    let report = email.lint(record: session.record)
    let verdict = RecapEmail.isReaderFocused(report) ? "reader-focused" : "not yet reader-focused"
    Terminal.flush()
    Terminal.printError(
      "rapport lint: focus \(report.focus.score)/100 \(report.focus.label), draft score \(report.score.total)/100: "
        + "\(verdict) (follow-up profile). In the shell, `edit` opens this draft and scores it the same way.",
      prefixed: false)
    // A recap from a call only half debriefed leaves out what the open questions would add.
    if let note = RecapEmail.unfinishedNote(record: session.record, engine: session.engine) {
      Terminal.printError("rapport: " + note, prefixed: false)
    }
  }
}
