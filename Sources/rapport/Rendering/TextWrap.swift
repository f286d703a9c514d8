/// Word wrapping for help and listings that must fit an 80-column terminal.
enum TextWrap {
  /// `text` split into lines of at most `width` characters, at spaces (a longer word
  /// stands alone). Never empty.
  static func lines(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    return lines + [current]
  }

  /// `text` wrapped within `width` columns: the first line starts with `first`, the
  /// others with `hanging`.
  static func paragraph(_ text: String, width: Int = 80, first: String = "", hanging: String = "") -> String {
    let room = width - max(first.count, hanging.count)
    return lines(text, width: room).enumerated()
      .map { ($0.offset == 0 ? first : hanging) + $0.element }
      .joined(separator: "\n")
  }
}
