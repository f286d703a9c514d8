/// "Did you mean …?" for mistyped names.
public enum Suggestion {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo
  /// (or `word` is a prefix of exactly one candidate).
  /// A word longer than every candidate by more than a typo's worth gets no suggestion, so
  /// a hostile 100,000-character name costs one length check, not an edit-distance table.
  public static func nearest(to word: String, in candidates: [String]) -> String? {
    let longest = candidates.lazy.map(\.utf8.count).max() ?? 0
    guard word.utf8.count <= longest + 3 else { return nil }
    let prefixed = candidates.filter { $0.hasPrefix(word) }
    if !word.isEmpty, prefixed.count == 1 { return prefixed[0] }
    let scored = candidates.map { ($0, distance(word, $0)) }.min { $0.1 < $1.1 }
    guard let (best, score) = scored else { return nil }
    return score <= max(1, min(3, best.count / 3)) ? best : nil
  }

  /// " Did you mean 'NAME'?" for the nearest candidate, or "" when none is close: ready to
  /// append to an error message.
  public static func hint(for word: String, in candidates: [String]) -> String {
    nearest(to: word, in: candidates).map { " Did you mean '\($0)'?" } ?? ""
  }

  /// The longest piece of a user's text an error message repeats.
  public static let echoLimit = 60

  /// `text` as an error message should repeat it: whole when short, else its first
  /// `echoLimit` characters and "…" (a megabyte typed as a name is not printed back).
  /// Control characters are shown as their pictures ("␀", "␛"): a NUL would cut the
  /// message short where C writes it, and an escape would drive the terminal.
  public static func echo(_ text: some StringProtocol, limit: Int = echoLimit) -> String {
    var end = text.startIndex
    var count = 0
    while end < text.endIndex && count < limit {
      end = text.index(after: end)
      count += 1
    }
    let kept = end == text.endIndex ? String(text) : String(text[..<end]) + "…"
    guard kept.unicodeScalars.contains(where: isControl) else { return kept }
    var shown = String.UnicodeScalarView()
    for scalar in kept.unicodeScalars {
      if scalar.value < 0x20 {
        shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
      } else if scalar.value == 0x7F {
        shown.append("\u{2421}")
      } else {
        shown.append(scalar)
      }
    }
    return String(shown)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || scalar.value == 0x7F }

  /// Edit distance over characters, counting a swap of neighbours as one edit
  /// (optimal string alignment), so "quoet" is one step from "quote".
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
