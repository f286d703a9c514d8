/// What Tab should do with the candidates for the word before the cursor.
public enum Completion: Equatable {
  /// Nothing matches: beep.
  case none
  /// Insert this text at the cursor (the rest of a single match plus a space, or the
  /// common prefix of several).
  case insert(String)
  /// Show these candidates.
  case list([String])

  /// Decides for `word` given candidates that all start with it.
  public static func decide(word: String, candidates: [String]) -> Completion {
    let unique = Array(Set(candidates)).sorted()
    if unique.isEmpty { return .none }
    if unique.count == 1 { return .insert(String(unique[0].dropFirst(word.count)) + " ") }
    let prefix = commonPrefix(unique)
    if prefix.count > word.count { return .insert(String(prefix.dropFirst(word.count))) }
    return .list(unique)
  }

  /// Lays candidates out in columns that fit `width`.
  public static func columns(_ names: [String], width: Int) -> String {
    let cell = (names.map(\.count).max() ?? 0) + 2
    let perRow = max(1, width / max(cell, 1))
    var rows: [String] = []
    var index = 0
    while index < names.count {
      let row = names[index..<min(index + perRow, names.count)]
      rows.append(row.map { $0 + String(repeating: " ", count: cell - $0.count) }.joined())
      index += perRow
    }
    return rows.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
      .joined(separator: "\n")
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let chars = Array(word)
      var length = 0
      while length < min(prefix.count, chars.count), prefix[length] == chars[length] { length += 1 }
      prefix = Array(prefix[..<length])
    }
    return String(prefix)
  }
}
