import Foundation
import LineEditor
import RapportCore

/// Reads commands and runs them until `quit`, Ctrl-D or the end of piped input.
struct ShellLoop {
  let context: ShellContext

  /// The worst exit status any command ended with (0 when all succeeded).
  private(set) var worstStatus: Int32 = 0

  init(context: ShellContext) { self.context = context }

  mutating func run() {
    let reader = context.reader
    let prompt = context.style.boldCyan("rapport") + "> "
    if reader.isInteractive {
      let overdue = (try? DiscoverySetup.store(paths: context.paths, readOnly: true).overdueCount(on: Date())) ?? 0
      for line in ShellGreeting.lines(firstRun: context.firstRun, overdue: overdue, style: context.style) {
        print(line)
      }
    }
    while !context.wantsExit {
      let completer: Completer = { [context] line in ShellTable.complete(line, context: context) }
      switch reader.readLine(prompt: prompt, completer: completer) {
      case .endOfInput:
        reader.saveHistory()
        return
      case .interrupted:
        continue
      case .line(let line):
        reader.addToHistory(line)
        handle(line: line, pasted: nil)
      case .paste(let typed, let text):
        if typed.trimmingCharacters(in: " ").isEmpty {
          let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
          let takers = ShellTable.entries.filter(\.takesText).map(\.name)
          let example = takers.first.map { " Type `\($0)` first, then paste." } ?? ""
          Terminal.printError("Pasted \(count) lines; nothing was run.\(example)")
          continue
        }
        reader.addToHistory(typed)
        handle(line: typed, pasted: text)
      }
      Terminal.flush()
    }
    reader.saveHistory()
  }

  /// Runs one command line. `pasted` is text pasted after the command.
  mutating func handle(line: String, pasted: String?) {
    var line = line.trimmingCharacters(in: " \t")
    if line.isEmpty || line.hasPrefix("#") { return }
    var text = pasted
    if line.hasSuffix("<<") {
      line = String(line.dropLast(2)).trimmingCharacters(in: " \t")
      if text == nil {
        guard let typed = readText() else { return }
        text = typed
      }
    }
    var words: [String]
    do { words = try ShellWords.split(line) } catch {
      return fail(error.advice(for: Suggestion.echo(line)), status: .usage)
    }
    // rapport's own hints read `rapport sessions recap ID`: pasted here, the word is dropped.
    if words.first == "rapport" {
      guard words.count > 1 else {
        return fail("You are in rapport's shell already: type a command (`help` lists them).", status: .usage)
      }
      words.removeFirst()
    }
    guard let name = words.first else { return }
    guard let entry = ShellTable.entry(named: name) else {
      let hint = Suggestion.hint(for: name, in: ShellTable.names)
      return fail("No command '\(Suggestion.echo(name))'.\(hint) Type `help` for the list.", status: .usage)
    }
    if text != nil && !entry.takesText {
      return fail("'\(entry.name)' does not read text; the pasted lines were not used.", status: .usage)
    }
    do {
      try entry.run(.init(arguments: Array(words.dropFirst()), text: text, context: context))
    } catch {
      Terminal.flush()
      worstStatus = max(worstStatus, ExitCodes.status(for: error, printing: true))
    }
  }

  /// Reads lines until one holding only ".", or the end of input. Nil when Ctrl-C cancels.
  private func readText() -> String? {
    context.readText(
      prompt: context.style.dim("   ...") + "> ",
      intro: "Type or paste the text; end with a line holding only a dot (.).", noun: "text")
  }

  private mutating func fail(_ message: String, status: ExitStatus) {
    Terminal.printError(message)
    worstStatus = max(worstStatus, status.rawValue)
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    let chars = Set(set)
    let start = firstIndex { !chars.contains($0) } ?? endIndex
    let end = lastIndex { !chars.contains($0) }.map(index(after:)) ?? start
    return start < end ? String(self[start..<end]) : ""
  }
}
