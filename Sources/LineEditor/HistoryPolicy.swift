/// Which entered lines go into the history, and how they are cleaned first.
public enum HistoryPolicy {
  /// How many entries the history keeps.
  public static let capacity = 1000

  /// The line as it should be remembered, or nil when it should not be (blank lines, lines
  /// starting with a space as in bash's ignorespace, and over-long pastes).
  public static func entry(for line: String) -> String? {
    if line.first == " " { return nil }
    var trimmed = Substring(line)
    while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
    if trimmed.isEmpty || trimmed.utf8.count > 4096 || trimmed.contains("\n") { return nil }
    return String(trimmed)
  }

  /// `entries` with `entry` appended, any earlier copy removed, and the oldest dropped
  /// beyond the capacity.
  public static func adding(_ entry: String, to entries: [String]) -> [String] {
    Array((entries.filter { $0 != entry } + [entry]).suffix(capacity))
  }
}
