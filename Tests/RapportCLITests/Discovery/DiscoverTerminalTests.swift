import Foundation
import Testing

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `rapport discover` on a pseudo-terminal, plus the crash and concurrency guarantees.
@Suite("Discovery on a terminal", .serialized)
struct DiscoverTerminalTests {
  func start(_ arguments: [String], sandbox: (environment: [String: String], home: String)) throws
    -> PseudoTerminal
  {
    var environment = sandbox.environment
    environment["TERM"] = "xterm"
    return try PseudoTerminal(arguments: [RapportBinary.path] + arguments, environment: environment)
  }

  func answer(_ terminal: PseudoTerminal, _ text: String, then next: String) throws {
    try terminal.waitForRawMode()
    terminal.send(text + "\r")
    try terminal.expect(next)
  }

  func transcript(_ id: String, _ environment: [String: String]) throws -> (
    answers: [String], notes: [[String: Any]]
  ) {
    let show = try runRapport(["sessions", "show", id, "--json"], environment: environment)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
    let answers = (json["transcript"] as? [[String: Any]] ?? []).compactMap { $0["answer"] as? String }
    return (answers, json["notes"] as? [[String: Any]] ?? [])
  }

  func sessionID(_ environment: [String: String]) throws -> String {
    let list = try runRapport(["sessions", "--json"], environment: environment)
    let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    return try #require(sessions?.first?["id"] as? String)
  }

  @Test func jsonAtATerminalSaysWhatItReads() throws {
    // Before: nothing at all until the end, as if rapport hung.
    let terminal = try start(["discover", "why", "--account", "Acme", "--json"], sandbox: RapportBinary.sandboxEnvironment())
    try terminal.expect("Reading answers from standard input")
    try terminal.expect("ends them.")
    terminal.send("They want a new CRM\n\u{4}")
    try terminal.expect("\"format\" : \"rapport-session/2\"")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlCAtTheAccountQuestionSaysNoSessionStarted() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let terminal = try start(["discover", "why"], sandbox: sandbox)
    try terminal.expect("Which account is this for?")
    try terminal.waitForRawMode()
    terminal.send("Acm\u{3}")
    try terminal.expect("No session started (nothing is saved before the first question).")
    #expect(terminal.waitForExit() == 0)
    let list = try runRapport(["sessions", "--json"], environment: sandbox.environment).stdout
    #expect(list.filter { !$0.isWhitespace } == "[]")
  }

  @Test func answersMetaCommandsAndCtrlCPause() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let terminal = try start(
      ["discover", "why", "--account", "Acme", "--contact", "Dana", "--set", "product=Pipeline"],
      sandbox: sandbox)
    try terminal.expect("[question 1 of 10] What did Dana ask for, in their own words?")
    try answer(terminal, "They want a new CRM because we lose 20% of renewals", then: "[question 2 of 10]")
    try answer(terminal, "Spreadsheets", then: "[question 3 of 10]")
    try answer(terminal, "They want a dashboard", then: "dig 1/5]")
    try answer(terminal, "/why", then: "rapport digs at least 2 times")
    try terminal.waitForRawMode()
    terminal.send("/sk\t")
    try terminal.expect("/skip ")
    terminal.send("\u{15}")  // Ctrl-U clears the line
    // A half-typed answer, then Ctrl-C: asked to pause; "n" puts the words back on the line.
    terminal.send("half typed")
    terminal.send("\u{3}")
    try terminal.expect("Pause this session? [Y/n]")
    try answer(terminal, "n", then: "dig 1/5]")
    try terminal.expect("half typed")
    try terminal.waitForRawMode()
    terminal.send(" thought\u{3}")
    try terminal.expect("Pause this session? [Y/n]")
    try answer(terminal, "", then: "kept what you typed as a draft note")
    try terminal.expect("Paused: session")
    #expect(terminal.waitForExit() == 0)
    let id = try sessionID(sandbox.environment)
    let saved = try transcript(id, sandbox.environment)
    #expect(saved.answers == ["They want a new CRM because we lose 20% of renewals", "Spreadsheets", "They want a dashboard"])
    #expect(saved.notes.first?["text"] as? String == "half typed thought")
    #expect(saved.notes.first?["kind"] as? String == "draft")
    // `sessions show` says it is a draft, as the exports do, not a note the rep wrote.
    let shown = try runRapport(["sessions", "show", id], environment: sandbox.environment)
    #expect(shown.stdout.contains("unsent draft: half typed thought"), "\(shown.stdout)")
  }

  /// The words typed when Ctrl-C paused a session are on the line again when it resumes,
  /// ready to finish and send.
  @Test func resumingPutsTheUnsentDraftBackOnTheLine() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let terminal = try start(
      ["discover", "why", "--account", "Acme", "--contact", "Dana", "--set", "product=Pipeline"], sandbox: sandbox)
    try terminal.expect("[question 1 of 10]")
    try terminal.waitForRawMode()
    terminal.send("They want a new\u{3}")
    try terminal.expect("Pause this session? [Y/n]")
    try answer(terminal, "y", then: "Paused: session")
    #expect(terminal.waitForExit() == 0)
    let id = try sessionID(sandbox.environment)
    let resumed = try start(["sessions", "resume", id], sandbox: sandbox)
    try resumed.expect("your unsent draft is back on the line")
    try resumed.expect("They want a new")
    try answer(resumed, " CRM because we lose 20% of renewals", then: "[question 2 of 10]")
    resumed.send("/pause\r")
    #expect(resumed.waitForExit() == 0)
    let saved = try transcript(id, sandbox.environment)
    #expect(saved.answers == ["They want a new CRM because we lose 20% of renewals"])
  }

  @Test func backPutsThePreviousAnswerOnTheLineToEdit() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let terminal = try start(
      ["discover", "why", "--account", "Acme", "--contact", "Dana", "--set", "product=Pipeline"],
      sandbox: sandbox)
    try terminal.expect("[question 1 of 10]")
    // A bare request is dug into at once; /back goes back to it to add the reason.
    try answer(terminal, "They want a new CRM", then: "dig 1/5]")
    try answer(terminal, "/back", then: "Answer again:")
    try terminal.expect("[question 1 of 10]")
    try terminal.expect("They want a new CRM")
    try answer(terminal, " because we lose 20% of renewals", then: "[question 2 of 10]")
    try answer(terminal, "/pause", then: "Paused: session")
    #expect(terminal.waitForExit() == 0)
    let saved = try transcript(try sessionID(sandbox.environment), sandbox.environment)
    #expect(saved.answers == ["They want a new CRM because we lose 20% of renewals"])
  }

  @Test func sigkillMidSessionLosesNoAnswer() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let terminal = try start(
      ["discover", "why", "--account", "Acme", "--contact", "Dana", "--set", "product=Pipeline"],
      sandbox: sandbox)
    let typed = [
      "They want a new CRM because we lose 20% of renewals", "Spreadsheets and email", "The board asked about churn",
      "reps re-key every order",
    ]
    try terminal.expect("[question 1 of 10]")
    for (index, text) in typed.enumerated() {
      try answer(terminal, text, then: index < 2 ? "[question \(index + 2) of 10]" : "dig \(index - 1)/5]")
    }
    try terminal.waitForRawMode()
    terminal.send("half an answ")
    kill(terminal.pid, SIGKILL)
    #expect(terminal.waitForExit() == 128 + SIGKILL)
    let id = try sessionID(sandbox.environment)
    #expect(try transcript(id, sandbox.environment).answers == typed)
    // Resume finds every answer and asks the next question of the same thread.
    let resumed = try runRapport(["sessions", "resume", id], stdin: "", environment: sandbox.environment)
    #expect(resumed.stdout.contains("Resuming after 4 answers."))
    #expect(resumed.stdout.contains("[question 3 of 10 · dig 2/5]"))
  }

  @Test func twoConcurrentWritersKeepEveryAnswer() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let words = [
      "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
      "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    ]
    let lines = words.map { "reps re-key the \($0) orders by hand" }.joined(separator: "\n") + "\n"
    nonisolated(unsafe) var statuses: [Int32] = [-1, -1]
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      let result = try? runRapport(
        ["discover", "why", "--account", "Writer\(index)"], stdin: lines, environment: sandbox.environment,
        timeout: 60)
      statuses[index] = result?.status ?? -1
    }
    #expect(statuses == [0, 0])
    let list = try runRapport(["sessions", "--json"], environment: sandbox.environment)
    let sessions = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    #expect(sessions.count == 2)
    for session in sessions {
      let id = try #require(session["id"] as? String)
      #expect(try transcript(id, sandbox.environment).answers.count == 20)
    }
    let search = try runRapport(["sessions", "search", "quebec"], environment: sandbox.environment)
    #expect(search.stdout.split(separator: "\n").count >= 2)
  }

  @Test func theShellCompletesPlaybooksAndAccounts() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    _ = try runRapport(
      ["discover", "why", "--account", "Acme"], stdin: "x\n", environment: sandbox.environment)
    let terminal = try start([], sandbox: sandbox)
    try terminal.expect("rapport> ")
    try terminal.waitForRawMode()
    terminal.send("disc\t")
    try terminal.expect("discover ")
    terminal.send("wh\t")
    try terminal.expect("why ")
    terminal.send("--account A\t")
    try terminal.expect("Acme ")
    terminal.send("\r")
    // Blanks the command line did not fill are asked for; Enter keeps the default.
    try answer(terminal, "Dana", then: "What are they looking at from us? [our offer]")
    try answer(terminal, "", then: "[question 1 of 10] What did Dana ask for")
    try answer(terminal, "/pause", then: "Paused: session")
    try terminal.expect("rapport> ")
    try terminal.waitForRawMode()
    terminal.send("\u{4}")
    #expect(terminal.waitForExit() == 0)
  }
}
