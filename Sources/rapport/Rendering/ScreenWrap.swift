#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

extension Terminal {
  /// The width of the terminal on stdout (or on `descriptor`: 2 for stderr), or nil when it
  /// is not a terminal (a pipe or a file gets its lines as they are, for scripts).
  static func columns(of descriptor: Int32 = 1) -> Int? {
    var size = winsize()
    guard isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return nil
    }
    return Int(size.ws_col)
  }

  /// `text` broken at spaces to fit the terminal on `descriptor` (1 stdout, 2 stderr); as it
  /// is on a pipe or a file.
  static func fitted(_ text: String, on descriptor: Int32 = 1) -> String {
    TextWrap.fitting(text, columns: columns(of: descriptor))
  }
}

extension TextWrap {
  /// `text` fitted to `columns`, or as it is with none (a pipe or a file).
  static func fitting(_ text: String, columns: Int?) -> String {
    columns.map { fitting(text, columns: $0) } ?? text
  }

  /// `text` with every line wider than `columns` broken at spaces, so a terminal never cuts
  /// a word in two. Colour codes take no room. A continued line keeps its line's indent (two
  /// more under a "• " bullet). A word wider than the room stands alone.
  static func fitting(_ text: String, columns: Int) -> String {
    guard columns >= 20 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { fit(Substring($0), columns: columns) }
      .joined(separator: "\n")
  }

  private static func fit(_ line: Substring, columns: Int) -> String {
    let shown = plain(line)
    guard shown.count > columns else { return String(line) }
    let indent = shown.prefix { $0 == " " }.count
    let hanging = String(repeating: " ", count: indent + (shown.dropFirst(indent).hasPrefix("• ") ? 2 : 0))
    var lines: [String] = []
    var current = String(line.prefix { $0 == " " })
    var width = current.count
    var lineHasWord = false
    for word in line.drop(while: { $0 == " " }).split(separator: " ", omittingEmptySubsequences: false) {
      let wordWidth = visibleWidth(word)
      if lineHasWord && width + 1 + wordWidth > columns {
        lines.append(current)
        current = hanging + word
        width = hanging.count + wordWidth
      } else {
        current += (lineHasWord ? " " : "") + word
        width += (lineHasWord ? 1 : 0) + wordWidth
      }
      lineHasWord = true
    }
    return (lines + [current]).joined(separator: "\n")
  }

  /// Characters a terminal shows: `text` without its ANSI escape sequences.
  static func plain<S: StringProtocol>(_ text: S) -> String {
    var out = ""
    var inEscape = false
    for character in text {
      if inEscape {
        if character.isLetter { inEscape = false }
      } else if character == "\u{1b}" {
        inEscape = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  static func visibleWidth<S: StringProtocol>(_ text: S) -> Int { plain(text).count }
}
