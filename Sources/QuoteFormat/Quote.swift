/// A quote with its attribution, as read from a fortune-format file.
public struct Quote: Sendable, Hashable {
  /// The quote's words, without the attribution line.
  public let text: String
  /// Who said or wrote it; nil when the file gives no attribution.
  public var author: String?
  /// Where it was said or written ("The Practice of Management (1954)"), when given.
  public var source: String?
  /// Why the attribution is doubtful, when it is.
  public var note: String?
  /// True when the attribution is doubtful ("attributed", "disputed", "misattributed").
  public var isDoubtful: Bool
  /// The topic, taken from the file name ("customers", "listening").
  public let topic: String
  /// Where it came from, e.g. "quotes/customers:12" or "/usr/share/games/fortunes/fortunes:40".
  public var origin: String

  /// A stable key used to remember which quotes were shown recently: the topic and the
  /// first 80 characters, on one line.
  public let key: String

  /// - Parameter key: the key when it is already known (the quotes parsed at build time carry
  ///   theirs); computed from the topic and text otherwise.
  public init(
    text: String, author: String? = nil, source: String? = nil, note: String? = nil,
    isDoubtful: Bool = false,
    topic: String, origin: String, key: String? = nil
  ) {
    self.text = text
    self.author = author
    self.source = source
    self.note = note
    self.isDoubtful = isDoubtful
    self.topic = topic
    self.origin = origin
    self.key = key ?? "\(topic)|" + text.prefix(80).split(separator: "\n").joined(separator: " ")
  }

  /// Length in characters of the text and attribution, as fortune's `-n` measures it.
  public var length: Int { text.count + (author?.count ?? 0) }

  /// The attribution as a reader should see it: "Lao Tzu" or "attributed to Thomas Jefferson".
  /// "Unknown" and "Anonymous" stay as they are: "attributed to Unknown" would say nothing.
  public var attributionLine: String? {
    guard let author else { return nil }
    let named = source.map { "\(author), \($0)" } ?? author
    return isDoubtful && !isAnonymous ? "attributed to \(named)" : named
  }

  /// True when the attribution names nobody in particular ("Unknown", "Anonymous").
  public var isAnonymous: Bool {
    guard let author else { return true }
    return author.utf8.elementsEqual("Unknown".utf8) || author.utf8.elementsEqual("Anonymous".utf8)
  }
}

extension Quote {
  /// The topic a file's quotes belong to: its name without an extension, lowercased.
  public static func topic(ofFile name: String) -> String {
    let base = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
    return base.lowercased()
  }
}
