import ArgumentParser
import RapportCore

/// The shell's `lint` and `edit` commands.
enum LintShell {
  /// The last draft linted in this shell, offered again by `edit`.
  nonisolated(unsafe) static var lastDraft = ""
  /// The file the last `lint @FILE` checked; `edit` then opens that file.
  nonisolated(unsafe) static var lastFile: String?
  /// How `sessions recap` scored the last draft (its profile and the customer's names), so
  /// that `edit` on that draft scores it the same way unless told otherwise.
  nonisolated(unsafe) static var lastDraftScoring: (profile: String, customerNames: [String])?

  static var entries: [ShellEntry] {
    [
      .subcommand(
        LintCommand.self, synopsis: "lint [@FILE] [OPTIONS]", takesText: true,
        completions: { _, words in completions(after: words) },
        run: { invocation in try lint(invocation) }),
      .subcommand(
        RulesCommand.self, synopsis: "rules [RULE-ID]",
        completions: { _, words in words.isEmpty ? RuleCatalog.all.map(\.id) : [] }),
      ShellEntry(
        name: "edit", synopsis: "edit [OPTIONS]",
        summary: "Write a draft in $VISUAL or $EDITOR, then lint what you saved.",
        details: """
          Opens your editor ($VISUAL, else $EDITOR, else vi) on a temporary file holding
          the last draft (or, after `lint @FILE`, on that file), waits for it to close, and
          lints what was saved. Takes the same
          options as `lint`, e.g. `edit --profile follow-up`.
          """,
        run: { invocation in try edit(invocation) }),
    ]
  }

  /// Tab after an option offers that option's values only; elsewhere the options.
  static func completions(after words: [String]) -> [String] {
    switch words.last {
    case "--profile": Profile.all.map(\.name)
    case "--format": LintFormat.allCases.map(\.rawValue)
    case "--color": ColorMode.allCases.map(\.rawValue)
    case "--self", "--customer", "--fail-under", "--config", "--max-bytes": []
    default:
      ["--profile", "--explain", "--format", "--json", "--self", "--customer", "--fail-under", "--color", "--config", "--max-bytes"]
    }
  }

  /// Parses shell words as `rapport lint` options; `@path` names a file.
  private static func command(_ arguments: [String]) throws -> LintCommand {
    if arguments.contains("@") {
      throw RapportError("`@` needs a file name right after it, as in `lint @draft.txt`.")
    }
    let words = arguments.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
    guard let parsed = try Rapport.parseAsRoot(["lint"] + words) as? LintCommand else {
      throw RapportError("Could not read the lint options.")
    }
    return parsed
  }

  private static func lint(_ invocation: ShellEntry.Invocation) throws {
    let parsed = try command(invocation.arguments)
    var inputs = parsed.files.map { LintRunner.Input(path: $0, text: nil) }
    if let text = invocation.text {
      inputs.append(.init(path: "draft", text: text))
    } else if inputs.isEmpty {
      guard let text = readDraft(invocation.context) else { return }
      inputs.append(.init(path: "draft", text: text))
    }
    if let last = inputs.last {
      if let draft = last.text {
        lastDraft = draft
        lastFile = nil
      } else {
        lastFile = last.path
      }
      lastDraftScoring = nil
    }
    try run(parsed.options.settings, inputs)
  }

  private static func run(_ options: LintSettings, _ inputs: [LintRunner.Input]) throws {
    var runner = try LintRunner(
      options: options, environment: Terminal.environment, directory: LintRunner.currentDirectory())
    runner.offersQuestions = true
    let status = runner.run(inputs)
    if status != 0 { throw ExitCode(status) }
  }

  /// Keeps text whose reading Ctrl-C cut short as the last draft, for `edit` to open.
  static func setAside(_ text: String) {
    lastDraft = text
    lastFile = nil
    lastDraftScoring = nil
  }

  /// Lines until a lone "." or Ctrl-D; nil when Ctrl-C cancels.
  private static func readDraft(_ context: ShellContext) -> String? {
    context.readText(
      prompt: context.style.dim("  draft") + "> ",
      intro: "Paste or type the draft; end with a line holding only a dot (.) or Ctrl-D.", noun: "draft")
  }

  private static func edit(_ invocation: ShellEntry.Invocation) throws {
    let parsed = try command(invocation.arguments)
    let editor = try EditorChoice.command(
      environment: Terminal.environment, stdinIsTerminal: Terminal.stdinIsTerminal)
    if invocation.text == nil, let file = lastFile {
      // After `lint @FILE`, edit that file in place and lint it again.
      _ = try EditorLauncher(editor: editor).edit(file: file)
      try run(parsed.options.settings, [.init(path: file, text: nil)])
      return
    }
    var settings = parsed.options.settings
    if invocation.text == nil, settings.profile == nil, let scoring = lastDraftScoring {
      // The recap was scored as a follow-up to the customer: its edit is scored the same.
      settings.profile = scoring.profile
      settings.customerNames += scoring.customerNames
    } else {
      lastDraftScoring = nil
    }
    let saved = try EditorLauncher(editor: editor).edit(initial: invocation.text ?? lastDraft)
    // Closing the editor with nothing written is a change of mind, not a draft to fault.
    if saved.allSatisfy(\.isWhitespace) {
      print("The draft is empty, so there is nothing to lint (write it in the editor, then save).")
      return
    }
    lastDraft = saved
    try run(settings, [.init(path: "draft", text: saved)])
  }
}
