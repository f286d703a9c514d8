/// Splits a shell line into words: spaces separate, 'single' and "double" quotes group,
/// and a backslash escapes the next character.
enum ShellWords {
  struct UnclosedQuote: Error {}

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
    if quote != nil || escaped { throw UnclosedQuote() }
    if inWord { words.append(current) }
    return words
  }
}
