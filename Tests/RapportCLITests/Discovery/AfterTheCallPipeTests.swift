import Foundation
import Testing

@testable import rapport
import RapportCore

/// `rapport next`, `sessions export --format csv` and `sessions recap` through a pipe.
@Suite("After the call, from the command line")
struct AfterTheCallPipeTests {
  static let debrief = [
    "They want a new CRM", "See which renewals are due before they lapse",
    "They lost $180k of annual revenue from three lapsed renewals this year", "", "", "", "", "", "", "", "", "",
    "Renewal alerts 90 days out", "worth $400k a year against a $36k price",
  ]

  func run(_ nextStep: String, account: String, env: [String: String]) throws {
    // A complete next step needs no second line; the extra line is then never read.
    let lines = Self.debrief + [nextStep, "me"]
    let result = try runRapport(
      ["discover", "why", "--account", account, "--contact", "Dana"], stdin: lines.joined(separator: "\n") + "\n",
      environment: env)
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// The id of the newest session, as `rapport sessions --json` lists it.
  func newestSessionID(env: [String: String]) throws -> String {
    let list = try runRapport(["sessions", "--json"], environment: env)
    let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
    return try #require(sessions.first?["id"] as? String)
  }

  @Test func theRepsOwnStepIsListedAsOwnedByMeNotI() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    try run("I send Dana the pilot plan — 2099-03-02", account: "Acme", env: env)
    let list = try runRapport(["next"], environment: env)
    // Before: "owner: I".
    #expect(list.stdout.contains("Acme · send Dana the pilot plan · owner: me · due 2099-03-02"), "\(list.stdout)")
    let ics = try runRapport(["next", "--ics"], environment: env)
    #expect(ics.stdout.contains("Owner: me"))
    let csv = try runRapport(["sessions", "export", "--format", "csv"], environment: env)
    #expect(csv.stdout.contains(",send Dana the pilot plan,me,2099-03-02,"), "\(csv.stdout)")
    #expect(NextStep.shownOwner("we") == "us" && NextStep.shownOwner("Dana") == "Dana")
  }

  /// A one-question playbook (`mini`) in the sandbox's own playbooks folder; returns its file.
  func installMini(home: String) throws -> String {
    let folder = home + "/data/rapport/playbooks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let mini = """
      id: mini
      title: Mini
      description: One question.
      method: Why
      stages:
        - id: s
          title: S
          goal: G.
          questions:
            - id: q
              ask: Why, {{account}}?
              intent: To know.
              dig: true
      """
    try mini.write(toFile: folder + "/mini.yaml", atomically: true, encoding: .utf8)
    return folder + "/mini.yaml"
  }

  @Test func aSessionWhosePlaybookIsGoneIsStillShownFromWhatItSaved() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let file = try installMini(home: sandbox.home)
    let made = try runRapport(
      ["discover", "mini", "--account", "Gone"], stdin: "They want a new portal\nTo see renewals\n/note call Ana\n",
      environment: sandbox.environment)
    #expect(made.status == 0, "\(made.stderr)")
    let id = try newestSessionID(env: sandbox.environment)
    try FileManager.default.removeItem(atPath: file)
    // Before: exit 2 and nothing but "no longer installed", though every answer was saved.
    let shown = try runRapport(["sessions", "show", id], environment: sandbox.environment)
    #expect(shown.status == 0, "\(shown.stderr)")
    let lines = shown.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Mini · Gone · debrief · session \(id) · paused", "\(shown.stdout)")
    #expect(lines.dropFirst().prefix(2) == ["Why, Gone?", "> They want a new portal"], "\(shown.stdout)")
    #expect(shown.stdout.contains("\n  They said “a new portal”") && shown.stdout.contains("\n  > To see renewals\n"))
    #expect(shown.stdout.contains("note: call Ana\n"), "\(shown.stdout)")
    #expect(shown.stderr.contains("which is no longer installed") && shown.stderr.contains("without its summary"))
    // What needs the playbook still says so, and where to put it back.
    for args in [["sessions", "show", id, "--json"], ["sessions", "resume", id], ["sessions", "recap", id]] {
      let refused = try runRapport(args, stdin: "", environment: sandbox.environment)
      #expect(refused.status == 2, "\(args)")
      #expect(refused.stderr.contains("mini.yaml back in") && refused.stderr.contains("resume, recap or export"))
    }
  }

  @Test func aSessionWhosePlaybookIsGoneStillGetsItsCSVRowAndTheOthersAllOfTheirs() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let file = try installMini(home: sandbox.home)
    let made = try runRapport(
      ["discover", "mini", "--account", "Gone"], stdin: "because\n", environment: sandbox.environment)
    #expect(made.status == 0, "\(made.stderr)")
    try run("Pilot call — Dana — 2099-03-02", account: "Harbor", env: sandbox.environment)
    try FileManager.default.removeItem(atPath: file)
    let csv = try runRapport(["sessions", "export", "--format", "csv"], environment: sandbox.environment)
    #expect(csv.status == 2)
    #expect(csv.stderr.contains("used the playbook 'mini', which is no longer installed"))
    let rows = csv.stdout.split(separator: "\r\n")
    #expect(rows.count == 3, "\(csv.stdout)")
    #expect(rows.contains { $0.contains(",Gone,,mini,debrief,paused,") && $0.hasSuffix(",,,,,,,") })
    #expect(rows.contains { $0.contains(",Harbor,Dana,why,") && $0.contains("Pilot call,Dana,2099-03-02") })
  }

  @Test func nextListsOverdueFirstExportsACalendarAndMarksDone() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    try run("Send the case study — Dana — 2020-01-06", account: "Acme, Inc.", env: env)
    try run("Pilot call — Dana — 2099-03-02", account: "Harbor Health", env: env)
    let list = try runRapport(["next"], environment: env)
    let lines = list.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].contains("overdue") && lines[0].contains("Acme, Inc. · Send the case study · owner: Dana"))
    #expect(lines[1].contains("Harbor Health · Pilot call"))
    let ics = try runRapport(["next", "--ics"], environment: env)
    #expect(ics.status == 0)
    #expect(ics.stdout.contains("\r\nDTSTART;VALUE=DATE:20200106\r\n"))
    #expect(ics.stdout.contains("SUMMARY:Acme\\, Inc.: Send the case study\r\n"))
    let id = String(lines[0].prefix(6))
    let done = try runRapport(["next", "done", id], environment: env)
    #expect(done.stdout == "Done: Acme, Inc. · Send the case study.\n")
    // Marking it again says it was done already, and keeps the day it was done.
    let again = try runRapport(["next", "done", id], environment: env)
    #expect(again.status == 0)
    #expect(again.stdout.hasPrefix("Already done on ") && again.stdout.hasSuffix(": Acme, Inc. · Send the case study.\n"), "\(again.stdout)")
    #expect(try runRapport(["next"], environment: env).stdout.split(separator: "\n").count == 1)
    _ = try runRapport(["next", "done", String(lines[1].prefix(6))], environment: env)
    // With every step done, the empty list says where they went.
    let none = try runRapport(["next"], environment: env)
    #expect(none.status == 0)
    #expect(none.stdout == "No open next steps (2 done: `rapport next --all` lists them).\n", "\(none.stdout)")
    #expect(try runRapport(["next", "done", "zzzzzz"], environment: env).status == 1)
    let csv = try runRapport(["sessions", "export", "--format", "csv"], environment: env)
    let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == 3)
    #expect(rows[0] == SessionCSV.columns.joined(separator: ","))
    #expect(rows[1].contains(",\"Acme, Inc.\",Dana,why,debrief,done,"))
    #expect(rows[1].hasSuffix(",Send the case study,Dana,2020-01-06,2020-01-06"))
    #expect(try runRapport(["sessions", "export", "--format", "md"], environment: env).status == 2)
  }

  @Test func recapDraftsAnEmailAndShowsItsLintScore() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    try run("Dana to book the pilot call next Tuesday", account: "Acme", env: env)
    let id = try newestSessionID(env: env)
    let recap = try runRapport(["sessions", "recap", id], environment: env)
    #expect(recap.status == 0)
    #expect(recap.stdout.hasPrefix("Subject: "))
    #expect(recap.stdout.contains("Hi Dana,"))
    #expect(recap.stderr.contains("reader-focused"))
    #expect(!recap.stderr.contains("not yet reader-focused"))
    // The draft alone on stdout lints as reader-focused with rapport's own linter.
    let lint = try runRapport(["lint", "--profile", "follow-up", "--fail-under", "70", "-"], stdin: recap.stdout)
    #expect(lint.status == 0, "\(lint.stdout)")
    #expect(!recap.stderr.contains("is not finished"))
  }

  @Test func aPrepSessionHasNoRecapBecauseTheCustomerSaidNothingYet() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    _ = try runRapport(
      ["discover", "why", "--account", "Harbor Health", "--mode", "prep"], stdin: "They need faster onboarding\n",
      environment: env)
    let id = try newestSessionID(env: env)
    let recap = try runRapport(["sessions", "recap", id], environment: env)
    // Before: "Here is what you said … What you asked for: faster onboarding", from a guess.
    #expect(recap.status == 2)
    #expect(recap.stdout.isEmpty)
    #expect(recap.stderr.contains("is a prep session"), "\(recap.stderr)")
    #expect(recap.stderr.contains("`rapport discover why --account 'Harbor Health'`"), "\(recap.stderr)")
  }

  @Test func aRecapOfAnUnfinishedDebriefSaysSo() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    _ = try runRapport(
      ["discover", "why", "--account", "Acme", "--contact", "Dana"], stdin: Self.debrief.prefix(3).joined(separator: "\n") + "\n",
      environment: env)
    let id = try newestSessionID(env: env)
    let recap = try runRapport(["sessions", "recap", id], environment: env)
    #expect(recap.status == 0)
    #expect(recap.stdout.hasPrefix("Subject: "))
    // Before, nothing said the draft left out the questions still open.
    #expect(recap.stderr.contains("session \(id) is not finished (next: question 2 of 10)"), "\(recap.stderr)")
  }

  @Test func inTheShellEditOpensTheRecapDraft() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    var env = sandbox.environment
    try run("Dana to book the pilot call — 2026-12-08", account: "Acme", env: env)
    let id = try newestSessionID(env: env)
    let editor = sandbox.home + "/show.sh"
    try "#!/bin/sh\necho \"EDITOR SEES: $(head -1 \"$1\")\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
    env["EDITOR"] = "/bin/sh " + editor  // not exec'd: see LintShellTests ("Text file busy")
    let result = try runRapport([], stdin: "sessions recap \(id)\nedit --profile follow-up\n", environment: env)
    #expect(result.stdout.contains("EDITOR SEES: Subject: Notes on a new CRM"), "\(result.stdout)")
  }

  @Test func editAfterARecapScoresItAsTheRecapWasScored() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    var env = sandbox.environment
    try run("Dana to book the pilot call — 2026-12-08", account: "Acme", env: env)
    let id = try newestSessionID(env: env)
    env["EDITOR"] = "/bin/true"  // saves the draft as it was
    let result = try runRapport([], stdin: "sessions recap \(id)\nedit\n", environment: env)
    // Before, `edit` scored the recap as a cold email: "97 words; 25–50 is the ideal band".
    #expect(result.stdout.contains("· follow-up ·"), "\(result.stdout)")
    #expect(!result.stdout.contains("cold-email"), "\(result.stdout)")
  }

  @Test func aFirstRunGreetingTeachesAndLaterOnesCountOverdueSteps() {
    let style = Style(enabled: false)
    let first = ShellGreeting.lines(firstRun: true, overdue: 0, style: style).joined(separator: "\n")
    for example in ["discover why --account Acme", "lint <<", "quote curiosity"] {
      #expect(first.contains(example))
    }
    let later = ShellGreeting.lines(firstRun: false, overdue: 2, style: style)
    #expect(later.count == 1)
    #expect(later[0].hasSuffix("2 next steps overdue: `next` lists them."))
    #expect(!ShellGreeting.lines(firstRun: false, overdue: 0, style: style)[0].contains("overdue"))
  }
}
