@preconcurrency import CEditShim
@preconcurrency import CLibEdit

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// State the C callbacks reach: libedit's callbacks cannot capture Swift context.
final class EditLineState: @unchecked Sendable {
  static let shared = EditLineState()

  weak var reader: EditLineReader?
  var completer: Completer?
  var cancelled = false
  var pasted: String?
  var typedBeforePaste = ""
  private var prompt: UnsafeMutablePointer<CChar> = strdup("")

  /// Stores the prompt, turning each ANSI escape into `\1ESC[..m\1` so libedit does not
  /// count it in the prompt's width.
  func setPrompt(_ text: String) {
    free(prompt)
    prompt = strdup(PromptText.markingEscapes(text))
  }

  /// Ctrl-C outside libedit's raw mode (just before it starts reading keys) arrives as
  /// SIGINT; catch it so it cancels the line instead of ending rapport. No SA_RESTART, so
  /// the interrupted read returns EINTR.
  static func installInterruptHandler() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  static let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { _ in
    EditLineState.shared.prompt
  }
  static let cancelKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    EditLineState.shared.reader?.cancelLine() ?? UInt8(CC_ERROR)
  }
  static let completeKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    EditLineState.shared.reader?.complete() ?? UInt8(CC_ERROR)
  }
  static let suspendKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    EditLineState.shared.reader?.suspend() ?? UInt8(CC_ERROR)
  }
  static let pasteKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    EditLineState.shared.reader?.readPaste() ?? UInt8(CC_ERROR)
  }
}

/// Prompt text for libedit's EL_PROMPT_ESC.
enum PromptText {
  /// Wraps every `ESC[...m` sequence in `\1` markers.
  static func markingEscapes(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if scalar == "\u{1b}" {
        inEscape = true
        out += "\u{1}\u{1b}"
        continue
      }
      out.unicodeScalars.append(scalar)
      if inEscape, scalar.properties.isAlphabetic {
        inEscape = false
        out += "\u{1}"
      }
    }
    return out
  }
}
