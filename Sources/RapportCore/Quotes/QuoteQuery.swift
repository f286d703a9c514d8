/// What `rapport quote` asks for (a topic, a search, a length) and the rules for answering
/// it: a word that is no topic is searched for instead, and nothing matching is "nothing
/// found" (exit 1).
public struct QuoteQuery: Sendable {
  /// A topic name as typed; a word that is no topic is searched for.
  public var topic: String?
  /// Text every quote must contain (`--search`).
  public var search: String?
  /// Short or long quotes only, or any.
  public var length: QuoteFilter.Length

  /// Refuses a blank topic: every quote "mentions" an empty word.
  public init(topic: String? = nil, search: String? = nil, length: QuoteFilter.Length = .any) throws(RapportError) {
    if let topic, topic.allSatisfy(\.isWhitespace) {
      throw RapportError("The topic is empty: give one (`rapport quote --list` shows them), or leave it out for any quote.")
    }
    self.topic = topic
    self.search = search
    self.length = length
  }

  /// The quotes that answer a query, and whether its topic was searched for as a word.
  public struct Matches: Sendable {
    /// At least one quote, in the book's order.
    public var quotes: [Quote]
    /// The topic as typed and a "Did you mean" hint, when no topic has that name and the
    /// quotes are the ones that mention it.
    public var missingTopic: (name: String, hint: String)?

    /// The note for stderr when the topic was searched for instead; `all` when every match is shown.
    public func fallbackNote(all: Bool) -> String? {
      guard let missingTopic else { return nil }
      return "No topic '\(Suggestion.echo(missingTopic.name))'.\(missingTopic.hint) Showing "
        + "\(all ? "the quotes that mention" : "a quote that mentions") it instead "
        + "(`rapport quote --list` shows the topics)."
    }
  }

  /// The quotes in `book` that answer this query; a "nothing found" error (status 1) that
  /// says what was looked for when none does.
  public func matches(in book: QuoteBook) throws(RapportError) -> Matches {
    var patterns = search.map { [SearchPattern($0)] } ?? []
    var topicFilter = topic
    var missingTopic: (name: String, hint: String)?
    if let topic, case let name = topic.lowercased(), !book.quotes.contains(where: { $0.topic == name }) {
      // Not a topic: look for the word in the quotes before giving up, and say so.
      patterns.append(SearchPattern(topic))
      topicFilter = nil
      missingTopic = (topic, Suggestion.hint(for: name, in: book.topics.map(\.name)))
    }
    let quotes = book.matching(QuoteFilter(topic: topicFilter, patterns: patterns, length: length))
    if let missingTopic, quotes.isEmpty {
      throw RapportError(
        "No topic '\(Suggestion.echo(missingTopic.name))', and no quote mentions it.\(missingTopic.hint) Topics: "
          + "\(book.topics.map(\.name).joined(separator: ", ")) (see `rapport quote --list`).", status: .failure)
    }
    guard !quotes.isEmpty else { throw RapportError("No quote \(described).", status: .failure) }
    return Matches(quotes: quotes, missingTopic: missingTopic)
  }

  /// What was looked for, as words after "No quote".
  private var described: String {
    var parts: [String] = []
    if let search { parts.append("matches '\(search)'") }
    if let topic { parts.append("in topic '\(topic)'") }
    switch length {
    case .any: break
    case .short(let maximum): parts.append("of at most \(maximum) characters")
    case .long(let minimum): parts.append("of more than \(minimum) characters")
    }
    return parts.joined(separator: " ")
  }
}
