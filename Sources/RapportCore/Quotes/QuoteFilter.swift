/// Which quotes a request wants: a topic, a search pattern, a length.
public struct QuoteFilter: Sendable {
  /// How long a quote may be, measured like fortune's `-n` (characters of text and author).
  public enum Length: Sendable, Equatable {
    case any
    case short(maximum: Int)
    case long(minimum: Int)
  }

  /// The default boundary between short and long quotes, in characters (fortune uses 160).
  public static let defaultLengthThreshold = 160

  public var topic: String?
  /// Every pattern must match.
  public var patterns: [SearchPattern]
  public var length: Length

  public init(topic: String? = nil, pattern: SearchPattern? = nil, length: Length = .any) {
    self.init(topic: topic, patterns: pattern.map { [$0] } ?? [], length: length)
  }

  public init(topic: String?, patterns: [SearchPattern], length: Length = .any) {
    self.topic = topic?.lowercased()
    self.patterns = patterns
    self.length = length
  }

  func accepts(_ quote: Quote) -> Bool {
    if let topic, quote.topic != topic { return false }
    switch length {
    case .any: break
    case .short(let maximum): if quote.length > maximum { return false }
    case .long(let minimum): if quote.length <= minimum { return false }
    }
    for pattern in patterns where !pattern.matches(quote) { return false }
    return true
  }
}

/// A case-insensitive search over a quote's text, author and note.
public struct SearchPattern: Sendable {
  private let needle: String

  /// A plain-text pattern; matching ignores case and runs of whitespace.
  public init(_ text: String) {
    needle = SearchPattern.fold(text)
  }

  func matches(_ quote: Quote) -> Bool {
    if needle.isEmpty { return true }
    let haystack = SearchPattern.fold(quote.text + " " + (quote.author ?? "") + " " + (quote.note ?? ""))
    // The standard library's search over Characters: Foundation's `contains` (which
    // `import Foundation` would pick) crashed on some generated quote text
    // ("String index is out of bounds"), found by the fuzz tests.
    return haystack.firstRange(of: needle) != nil
  }

  private static func fold(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
