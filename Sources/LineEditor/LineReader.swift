/// What reading a line produced.
public enum LineInput: Equatable, Sendable {
  /// A line the person entered, without its newline.
  case line(String)
  /// Several lines pasted at once (bracketed paste), joined with "\n", plus the text
  /// that was typed on the line before the paste.
  case paste(typed: String, text: String)
  /// Ctrl-C: the line was discarded.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// Offers completions for the text before the cursor.
///
/// Given the whole line up to the cursor, returns candidates for its last word (the text
/// after the last space); the editor inserts the common prefix or lists them.
public typealias Completer = (_ lineBeforeCursor: String) -> [String]

/// Reads lines from a person or a script. The shell and the tests talk to this protocol
/// only, never to libedit.
public protocol LineReader: AnyObject {
  /// True when a person is at a terminal (prompts and line editing are shown).
  var isInteractive: Bool { get }
  /// Reads one line after showing `prompt` (ignored when not interactive).
  func readLine(prompt: String, completer: Completer?) -> LineInput
  /// Remembers an entered line in the history (no-op without history).
  func addToHistory(_ line: String)
  /// Saves the history, if any, atomically.
  func saveHistory()
  /// What was on the line when the last read was interrupted by Ctrl-C (nil if nothing).
  var interruptedText: String? { get }
  /// Puts `text` on the next line read, ready to edit (no-op without line editing).
  func prefill(_ text: String)
}

extension LineReader {
  public var interruptedText: String? { nil }
  public func prefill(_ text: String) {}

  /// Reads one line without completion.
  public func readLine(prompt: String) -> LineInput { readLine(prompt: prompt, completer: nil) }
}
