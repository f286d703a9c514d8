/// "Did you mean …?" for mistyped names.
public enum Suggestion {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo
  /// (or `word` is a prefix of exactly one candidate).
  public static func nearest(to word: String, in candidates: [String]) -> String? {
    let prefixed = candidates.filter { $0.hasPrefix(word) }
    if !word.isEmpty, prefixed.count == 1 { return prefixed[0] }
    let scored = candidates.map { ($0, distance(word, $0)) }.min { $0.1 < $1.1 }
    guard let (best, score) = scored else { return nil }
    return score <= max(1, min(3, best.count / 3)) ? best : nil
  }

  /// Levenshtein distance over characters.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
