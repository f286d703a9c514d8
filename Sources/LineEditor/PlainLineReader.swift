/// Reads lines from a pipe or file: no prompt, no editing, no escape codes.
public final class PlainLineReader: LineReader {
  public let isInteractive = false
  /// Where the prompt goes, when a person types the lines (a terminal on standard input
  /// while output goes to a pipe or file); nil for a script, which gets no prompt.
  public var showPrompt: ((String) -> Void)?

  public init(showPrompt: ((String) -> Void)? = nil) {
    self.showPrompt = showPrompt
  }

  public func readLine(prompt: String, completer: Completer?) -> LineInput {
    showPrompt?(prompt)
    // Swift's readLine repairs invalid UTF-8 with U+FFFD instead of failing.
    guard var line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    if line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  public func addToHistory(_ line: String) {}
  public func saveHistory() {}
}

/// Feeds prepared lines, for tests of code that reads from a `LineReader`.
public final class ScriptedLineReader: LineReader {
  public let isInteractive: Bool
  private var inputs: [LineInput]
  /// The prompts shown, in order.
  public private(set) var prompts: [String] = []
  /// The lines added to history, in order.
  public private(set) var history: [String] = []

  public init(_ inputs: [LineInput], interactive: Bool = false) {
    self.inputs = inputs
    isInteractive = interactive
  }

  /// Convenience: each string becomes a `.line`.
  public convenience init(lines: [String], interactive: Bool = false) {
    self.init(lines.map(LineInput.line), interactive: interactive)
  }

  public func readLine(prompt: String, completer: Completer?) -> LineInput {
    prompts.append(prompt)
    return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
  }

  public func addToHistory(_ line: String) { history.append(line) }
  public func saveHistory() {}
}
