/// Terminal cells a character takes: 2 for emoji and East Asian wide characters, else 1.
enum DisplayWidth {
  static func of(_ character: Character) -> Int {
    if character.isASCII { return 1 }
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let v = scalar.value
    let scalars = character.unicodeScalars
    if scalars.count > 1 && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if v < 0x1100 { return 1 }
    if scalar.properties.isEmojiPresentation {
      return 2
    }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// Spaces as wide as `text`, keeping tabs so the caret lines up.
  static func blank(_ text: Substring) -> String {
    var result = ""
    for character in text {
      if character == "\t" { result.append("\t") } else { result += String(repeating: " ", count: of(character)) }
    }
    return result
  }

  static func width(_ text: Substring) -> Int { text.reduce(0) { $0 + of($1) } }
}
