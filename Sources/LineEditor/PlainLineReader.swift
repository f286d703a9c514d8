/// Reads lines from a pipe or file: no prompt, no editing, no escape codes.
public final class PlainLineReader: LineReader {
  public let isInteractive = false

  public init() {}

  public func readLine(prompt: String, completer: Completer?) -> LineInput {
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
