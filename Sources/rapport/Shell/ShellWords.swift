/// Splits a shell line into words: spaces separate, 'single' and "double" quotes group,
/// and a backslash escapes the next character.
enum ShellWords {
  /// A quote opened and never closed (`mark` is `'` or `"`), or a backslash at the end
  /// (`mark` is `\`).
  struct UnclosedQuote: Error {
    var mark: Character

    /// What to do about it, for the line as typed (`echoed`).
    func advice(for echoed: String) -> String {
      switch mark {
      case "'":
        "The ' in `\(echoed)` starts a quote that never ends. For an apostrophe, write \\' or put the "
          + "words in double quotes: --account \"Macy's\"."
      case "\"": "The \" in `\(echoed)` starts a quote that never ends; end it with another \"."
      default: "The line `\(echoed)` ends with a \\ that escapes nothing; remove it, or write \\\\ for a backslash."
      }
    }
  }

  static func split(_ line: String) throws(UnclosedQuote) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
        continue
      }
      if character == "\\" && quote != "'" {
        escaped = true
        inWord = true
        continue
      }
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
        continue
      }
      if character == "'" || character == "\"" {
        quote = character
        inWord = true
      } else if character.isWhitespace {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if let quote { throw UnclosedQuote(mark: quote) }
    if escaped { throw UnclosedQuote(mark: "\\") }
    if inWord { words.append(current) }
    return words
  }
}
