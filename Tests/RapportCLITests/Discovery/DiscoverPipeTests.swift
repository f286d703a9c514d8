import Foundation
import Testing

/// `rapport discover` and `rapport sessions` through pipes: scriptable, saved, searchable.
@Suite("Discovery through a pipe")
struct DiscoverPipeTests {
  static let answers = [
    "They want a new CRM", "Spreadsheets and a shared inbox", "The board asked why renewals dropped",
    "We lost 3 renewals worth $180k last quarter", "They want a CRM with alerts", "don't know", "no idea",
    "It would be better", "Last Tuesday a renewal lapsed", "I'm worried about my bonus",
    "Renewal rate above 92% by Q3",
  ]

  func sessions(_ environment: [String: String]) throws -> [[String: Any]] {
    let list = try runRapport(["sessions", "--json"], environment: environment)
    return try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
  }

  @Test func aPipedSessionPrintsPromptsAndEndsPausedWithExitZero() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let result = try runRapport(
      ["discover", "why", "--account", "Acme", "--contact", "Dana"],
      stdin: Self.answers.prefix(4).joined(separator: "\n") + "\n",
      environment: sandbox.environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("[question 1 of 10] What did Dana ask for, in their own words?"))
    #expect(result.stdout.contains("> They want a new CRM"))
    #expect(result.stdout.contains("· dig 1/5]"))
    #expect(result.stdout.contains("Paused: session"))
    #expect(result.stdout.contains("The why:"))
    #expect(!result.stdout.contains("\u{1b}"))
    let list = try sessions(sandbox.environment)
    #expect(list.count == 1)
    #expect(list.first?["status"] as? String == "paused")
    #expect(list.first?["account"] as? String == "Acme")
  }

  @Test func anAccountWhereThePlaybookGoesIsShownHowToNameIt() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let result = try runRapport(["discover", "Harbor Health"], stdin: "", environment: sandbox.environment)
    #expect(result.status == 2)
    #expect(result.stderr.contains("To name the account, use --account: `rapport discover --account 'Harbor Health'`"))
    // A near miss of a playbook gets the "did you mean" alone.
    let typo = try runRapport(["discover", "spn"], stdin: "", environment: sandbox.environment)
    #expect(typo.stderr.contains("Did you mean 'spin'?"))
    #expect(!typo.stderr.contains("--account"))
  }

  @Test func aScriptWithNoAnswersSavesNothingAndExitsTwo() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let result = try runRapport(["discover", "why", "--account", "Acme"], stdin: "", environment: sandbox.environment)
    #expect(result.status == 2)
    #expect(result.stdout.contains("Nothing was answered, so session"))
    #expect(result.stderr.contains("Standard input held no answers"))
    #expect(try sessions(sandbox.environment).isEmpty)
  }

  @Test func resumeCarriesOnWhereTheLastRunStopped() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    _ = try runRapport(
      ["discover", "why", "--account", "Acme"], stdin: "They want a new CRM because we lose 20% of renewals\n",
      environment: sandbox.environment)
    let id = try #require(try sessions(sandbox.environment).first?["id"] as? String)
    let resumed = try runRapport(
      ["sessions", "resume", String(id.prefix(4))], stdin: "Spreadsheets\n", environment: sandbox.environment)
    #expect(resumed.status == 0)
    #expect(resumed.stdout.contains("Resuming after 1 answer."))
    #expect(resumed.stdout.contains("[question 2 of 10]"))
    #expect(!resumed.stdout.contains("[question 1 of 10]"))
  }

  @Test func aCompleteSessionWithJSONGivesTheTranscript() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let lines = Array(repeating: "We lose 20% of renewals and I'm worried", count: 40).joined(separator: "\n")
    let result = try runRapport(
      ["discover", "why", "--account", "Acme", "--json"], stdin: lines, environment: sandbox.environment)
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["complete"] as? Bool == true)
    // Ten questions, three closing ones, and the follow-up asking who owns the next step.
    #expect((json["transcript"] as? [Any])?.count == 14)
    #expect((json["session"] as? [String: Any])?["status"] as? String == "done")
    #expect(
      ((json["summary"] as? [String: Any])?["coaching"] as? [String: Any])?["questions_asked"] as? Int == 10)
  }

  /// A script that names no account is told where its session went.
  @Test func aScriptWithoutAnAccountIsToldTheSessionIsUnnamed() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    let unnamed = try runRapport(["discover"], stdin: "They want a new CRM\n", environment: env)
    #expect(unnamed.status == 0)
    #expect(unnamed.stderr.contains("No --account given: the session is saved under 'unnamed' (give --account NAME)."))
    let named = try runRapport(["discover", "--account", "Acme"], stdin: "They want a new CRM\n", environment: env)
    #expect(!named.stderr.contains("--account"))
    // Input with no answer saves nothing: no word of where a session was saved.
    let empty = try runRapport(["discover"], stdin: "", environment: env)
    #expect(empty.status == 2)
    #expect(!empty.stderr.contains("saved under 'unnamed'"), "\(empty.stderr)")
    #expect(empty.stderr.contains("no session was saved"))
  }

  /// Resuming a finished session says it is complete and shows its summary, not "Resuming".
  @Test func resumingACompleteSessionSaysItIsComplete() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let lines = Array(repeating: "We lose 20% of renewals and I'm worried", count: 40).joined(separator: "\n")
    _ = try runRapport(["discover", "why", "--account", "Acme"], stdin: lines, environment: sandbox.environment)
    let id = try #require(try sessions(sandbox.environment).first?["id"] as? String)
    let resumed = try runRapport(["sessions", "resume", id], stdin: "", environment: sandbox.environment)
    #expect(resumed.status == 0)
    #expect(resumed.stdout.contains("This session is complete (14 answers); here is its summary."))
    #expect(!resumed.stdout.contains("Resuming after"))
    #expect(resumed.stdout.contains("── Summary · Acme"))
  }

  @Test func metaCommandsWorkInScripts() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let script =
      "They want a new CRM\n/back\nThey want a CRM with renewal alerts\n/note budget is approved\n/why\n/skip\n/tag pain\n/bogus\n/pause\nnever read\n"
    let result = try runRapport(
      ["discover", "why", "--account", "Acme"], stdin: script, environment: sandbox.environment)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Taken back: \u{201c}They want a new CRM\u{201d}. Answer again:"))
    #expect(result.stdout.contains("Why this question: "))
    #expect(result.stdout.contains("Unknown command /bogus."))
    #expect(result.stdout.contains("last answer tagged pain"))
    #expect(!result.stdout.contains("never read"))
    let id = try #require(try sessions(sandbox.environment).first?["id"] as? String)
    let show = try runRapport(["sessions", "show", id, "--json"], environment: sandbox.environment)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
    let transcript = try #require(json["transcript"] as? [[String: Any]])
    #expect(transcript.map { $0["answer"] as? String } == ["They want a CRM with renewal alerts", nil])
    #expect((json["notes"] as? [[String: Any]])?.first?["text"] as? String == "budget is approved")
  }

  @Test func searchExportAndDelete() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let env = sandbox.environment
    _ = try runRapport(
      ["discover", "why", "--account", "Acme"],
      stdin: "They keep losing renewals\n/note CFO owns the budget\n", environment: env)
    _ = try runRapport(
      ["discover", "spin", "--account", "Globex"], stdin: "We use spreadsheets\n", environment: env)
    let hit = try runRapport(["sessions", "search", "renewal"], environment: env)
    #expect(hit.status == 0)
    #expect(hit.stdout.contains("Acme"))
    #expect(hit.stdout.contains("[renewals]"))
    #expect(try runRapport(["sessions", "search", "budget"], environment: env).stdout.contains("note"))
    #expect(try runRapport(["sessions", "search", "zebra"], environment: env).status == 1)
    let id = try #require(try sessions(env).first { $0["account"] as? String == "Acme" }?["id"] as? String)
    let markdown = try runRapport(["sessions", "export", id, "--format", "md"], environment: env)
    #expect(markdown.stdout.hasPrefix("# Acme — Why discovery (debrief), "))
    for section in [
      "## The why", "## Why chains", "## Answers", "## Notes", "## Co-create", "## Next step", "## Coaching",
    ] {
      #expect(markdown.stdout.contains(section), "missing \(section)")
    }
    let kept = try runRapport(["sessions", "delete", id], stdin: "n\n", environment: env)
    #expect(kept.stdout.contains("Kept."))
    #expect(try sessions(env).count == 2)
    let deleted = try runRapport(["sessions", "delete", id, "--yes"], environment: env)
    #expect(deleted.stdout.contains("Deleted session \(id)."))
    #expect(try sessions(env).count == 1)
    #expect(try runRapport(["sessions", "show", id], environment: env).status == 1)
  }

  @Test func theDeleteQuestionCountsInGoodEnglish() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let env = sandbox.environment
    _ = try runRapport(["discover", "spin", "--account", "Globex"], stdin: "We use spreadsheets\n", environment: env)
    let id = try #require(try sessions(env).first?["id"] as? String)
    let kept = try runRapport(["sessions", "delete", id], stdin: "n\n", environment: env)
    // Before: "1 entry", a word `rapport sessions` never uses.
    #expect(kept.stdout.contains("(Globex, spin, 1 question)?"), "\(kept.stdout)")
  }

  /// A script whose input runs out before the question is answered is told how to delete
  /// without being asked, and the session stays.
  @Test func aDeleteWithNoAnswerToReadSaysHowToSkipTheQuestion() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    _ = try runRapport(["discover", "spin", "--account", "Globex"], stdin: "We use spreadsheets\n", environment: env)
    let id = try #require(try sessions(env).first?["id"] as? String)
    let kept = try runRapport(["sessions", "delete", id], stdin: "", environment: env)
    #expect(kept.stdout.contains("Kept: no answer to the question."))
    #expect(kept.stderr.contains("Session \(id) kept: no answer to read; `--yes` deletes without asking."), "\(kept.stderr)")
    // Nothing was deleted, so a script must not read success.
    #expect(kept.status == 2)
    #expect(try sessions(env).count == 1)
    let declined = try runRapport(["sessions", "delete", id], stdin: "n\n", environment: env)
    #expect(declined.status == 0 && declined.stdout.contains("Kept."))
  }

  @Test(arguments: [["sessions", "--help"], ["playbooks", "--help"], ["discover", "--help"]])
  func helpTeachesWithExamples(arguments: [String]) throws {
    let help = try runRapport(arguments, environment: RapportBinary.sandboxEnvironment().environment)
    #expect(help.status == 0)
    #expect(help.stdout.contains("Examples:\n  rapport \(arguments[0])"), "\(help.stdout)")
  }

  @Test func playbooksAreListedAndLinted() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let list = try runRapport(["playbooks"], environment: sandbox.environment)
    for id in [
      "why", "customer-love", "value-check", "help-succeed", "year-review", "spin", "sandler", "gap", "jtbd",
      "meddpicc", "challenger",
    ] {
      #expect(list.stdout.contains(id), "missing \(id)")
    }
    let file = sandbox.home + "/mine.yaml"
    try
      "id: mine\ntitle: Mine\ndescription: x\nmethod: x\nstages:\n  - id: s\n    goal: g\n    questions:\n      - id: q\n        ask: Hi {{acount}}\n        intent: i\n        dgi: true\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let lint = try runRapport(["playbooks", "lint", file], environment: sandbox.environment)
    #expect(lint.status == 1)
    // A good one says what it holds, in words that count right (before: "1 stages").
    let good = sandbox.home + "/good.yaml"
    try "id: good\ntitle: Good\ndescription: x\nmethod: x\nstages:\n  - id: s\n    goal: g\n    questions:\n      - id: q\n        ask: Hi?\n        intent: i\n"
      .write(toFile: good, atomically: true, encoding: .utf8)
    let fine = try runRapport(["playbooks", "lint", good], environment: sandbox.environment)
    #expect(fine.stdout.hasPrefix("\(good): ok — good, 1 stage, "), "\(fine.stdout)")
    #expect(lint.stdout.contains("\(file):10:17: unknown blank {{acount}}. Did you mean '{{account}}'?"))
    #expect(lint.stdout.contains("\(file):12:9: unknown key 'dgi' in a question. Did you mean 'dig'?"))
  }

  @Test func lintReportsBinaryFilesCleanlyAndAMissingFileAsAnInputError() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let binary = sandbox.home + "/blob.yaml"
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x1B, 0x5B, 0x32, 0x4A]).write(to: URL(fileURLWithPath: binary))
    let lint = try runRapport(["playbooks", "lint", binary], environment: sandbox.environment)
    #expect(lint.status == 1)
    #expect(lint.stdout == "\(binary):1:1: control character 0x7F: this is not a text file; a playbook is plain YAML text\n")
    let missing = try runRapport(["playbooks", "lint", sandbox.home + "/nope.yaml"], environment: sandbox.environment)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope.yaml: cannot read"))
    // `-` is not read as a file named "-" (before: "-: cannot read: No such file or directory").
    let piped = try runRapport(["playbooks", "lint", "-"], stdin: "id: x\n", environment: sandbox.environment)
    #expect(piped.status == 2)
    #expect(piped.stderr.contains("-: playbooks lint checks files, not standard input"), "\(piped.stderr)")
  }

  @Test func aMisspeltBlankInSetIsAnErrorWithTheBlanksToChooseFrom() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let run = try runRapport(
      ["discover", "why", "--account", "Acme", "--set", "prodcut=Pipeline"], stdin: "x\n",
      environment: sandbox.environment)
    #expect(run.status == 2)
    #expect(run.stderr.contains("The why playbook has no blank 'prodcut'. Did you mean 'product'?"))
    #expect(run.stdout.isEmpty)
  }

  @Test func aSessionWhosePlaybookIsGoneSaysHowToGetItBack() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let folder = sandbox.home + "/data/rapport/playbooks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try
      "id: mine\ntitle: Mine\ndescription: x\nmethod: x\nclosing: false\nstages:\n  - id: s\n    goal: g\n    questions:\n      - id: q\n        ask: Hi?\n        intent: i\n      - id: r\n        ask: Two?\n        intent: i\n"
      .write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
    _ = try runRapport(["discover", "mine", "--account", "Z"], stdin: "one\n", environment: sandbox.environment)
    let id = try #require(try sessions(sandbox.environment).first?["id"] as? String)
    try FileManager.default.removeItem(atPath: folder + "/mine.yaml")
    // (`sessions show` shows what the session saved, with the same advice on stderr.)
    let resume = try runRapport(["sessions", "resume", id], stdin: "", environment: sandbox.environment)
    #expect(resume.status == 2)
    #expect(resume.stderr.contains("Put mine.yaml back in \(folder)"), "\(resume.stderr)")
  }

  @Test func playbooksShowTheirDescriptionsAndOneCanBeShownWhole() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let list = try runRapport(["playbooks"], environment: sandbox.environment)
    #expect(list.stdout.contains("Interview an existing customer about what they value"))
    #expect(list.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let show = try runRapport(["playbooks", "show", "customer-love"], environment: sandbox.environment)
    #expect(show.status == 0)
    #expect(show.stdout.hasPrefix("Customer love interview (customer-love)"))
    #expect(show.stdout.contains("── What they value — Find what they value most"))
    #expect(show.stdout.contains("  • What do you value most about working with us? (digs)"))
    #expect(show.stdout.contains("No closing questions"))
    // Every built-in playbook's page fits 80 columns, its stage lines too (before, a long
    // goal ran on and the terminal cut it mid-word).
    for id in ["renewal", "customer-love", "why", "meddpicc"] {
      let page = try runRapport(["playbooks", "show", id], environment: sandbox.environment)
      for line in page.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(id): \(line)") }
    }
    let missing = try runRapport(["playbooks", "show", "customer-lov"], environment: sandbox.environment)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("Did you mean 'customer-love'?"))
  }

  @Test func userPlaybooksOverrideAndABrokenOneIsReported() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let folder = sandbox.home + "/data/rapport/playbooks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Self.oneQuestionPlaybook(id: "why", title: "My why").write(toFile: folder + "/why.yaml", atomically: true, encoding: .utf8)
    try "id: broken\ntitle: [\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
    let list = try runRapport(["playbooks"], environment: sandbox.environment)
    #expect(list.stdout.contains("My why — 1 question (yours"))
    #expect(list.stderr.contains("broken.yaml:3:1:"))
    let run = try runRapport(
      ["discover", "--account", "Acme"], stdin: "because\n", environment: sandbox.environment)
    #expect(run.stdout.contains("[question 1 of 1] Why, Acme?"))
  }

  @Test func anUnknownPlaybookIsAUsageError() throws {
    let result = try runRapport(["discover", "wyh"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("No playbook 'wyh'. Did you mean 'why'?"))
  }

  @Test func aPlaybookWhoseFileHasProblemsSaysSoInsteadOfNoPlaybook() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let folder = sandbox.home + "/data/rapport/playbooks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "id: check-in\ntitle: [unclosed\n".write(toFile: folder + "/check-in.yaml", atomically: true, encoding: .utf8)
    let result = try runRapport(["discover", "check-in", "--account", "Acme"], environment: sandbox.environment)
    #expect(result.status == 2)
    #expect(result.stderr.contains("check-in.yaml:2:8:"))
    #expect(result.stderr.contains("Playbook 'check-in' was not loaded: its file has problems (above)"), "\(result.stderr)")
    #expect(!result.stderr.contains("No playbook"))
    let show = try runRapport(["playbooks", "show", "check-in"], environment: sandbox.environment)
    #expect(show.status == 2)
    #expect(show.stderr.contains("Playbook 'check-in' was not loaded: its file has problems (above)"), "\(show.stderr)")
  }

  /// A playbook file with one question and no closing questions.
  private static func oneQuestionPlaybook(id: String, title: String) -> String {
    "id: \(id)\ntitle: \(title)\ndescription: x\nmethod: x\nclosing: false\nstages:\n  - id: s\n    goal: g\n"
      + "    questions:\n      - id: q\n        ask: Why, {{account}}?\n        intent: i\n"
  }

  @Test func aSessionWhosePlaybookFileGotProblemsSaysSoInsteadOfNoLongerInstalled() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let folder = sandbox.home + "/data/rapport/playbooks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let playbook = Self.oneQuestionPlaybook(id: "check-in", title: "Check-in")
    try playbook.write(toFile: folder + "/check-in.yaml", atomically: true, encoding: .utf8)
    let made = try runRapport(
      ["discover", "check-in", "--account", "Acme"], stdin: "/pause\n", environment: sandbox.environment)
    let id = try #require(made.stdout.firstMatch(of: /resume ([a-z0-9]+)/).map { String($0.1) }, "\(made.stdout)")
    try (playbook + "\tbroken: yes\n").write(toFile: folder + "/check-in.yaml", atomically: true, encoding: .utf8)
    // `show` shows what was saved (exit 0) and gives the same reason; `resume` cannot go on.
    for (command, status) in [(["sessions", "resume", id], Int32(2)), (["sessions", "show", id], 0)] {
      let result = try runRapport(command, environment: sandbox.environment)
      #expect(result.status == status)
      #expect(result.stderr.contains("Playbook 'check-in' was not loaded: its file has problems (above)"), "\(result.stderr)")
      #expect(!result.stderr.contains("no longer installed"), "\(result.stderr)")
    }
  }

  @Test func theShellRunsDiscoverWithTheSameReader() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let result = try runRapport(
      [], stdin: "discover why --account Acme\nThey want a new CRM\n", environment: sandbox.environment)
    #expect(result.stdout.contains("> They want a new CRM"))
    #expect(result.status == 0)
  }
}
