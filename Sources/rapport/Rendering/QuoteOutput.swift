import RapportCore

/// Renders quotes as text (fortune-like) or JSON.
struct QuoteOutput {
  let style: Style
  let json: Bool

  /// One quote, its attribution on the next line, and the doubt note when there is one.
  func quote(_ quote: Quote) -> String {
    if json { return JSON.render(JSONQuote(quote)) + "\n" }
    return text(quote) + "\n"
  }

  /// Many quotes, separated by `%` lines as in a fortune file (or a JSON array).
  func quotes(_ quotes: [Quote]) -> String {
    if json { return JSON.render(quotes.map(JSONQuote.init)) + "\n" }
    return quotes.map(text).joined(separator: "\n%\n") + "\n"
  }

  /// Topics with counts.
  func topics(_ topics: [(name: String, count: Int)]) -> String {
    if json { return JSON.render(topics.map { JSONTopic(topic: $0.name, count: $0.count) }) + "\n" }
    let width = topics.map(\.name.count).max() ?? 0
    let lines = topics.map { $0.name.padding(to: width) + "  " + String($0.count) }
    let total = topics.reduce(0) { $0 + $1.count }
    return (lines + [style.dim("\(total) quotes in \(topics.count) topics")]).joined(separator: "\n") + "\n"
  }

  private func text(_ quote: Quote) -> String {
    var lines = [quote.text]
    if let attribution = quote.attributionLine {
      lines.append(style.cyan("    — \(attribution)"))
      if let note = quote.note {
        lines.append(style.dim("      (\(note))"))
      }
    }
    return lines.joined(separator: "\n")
  }
}

private struct JSONQuote: Encodable {
  let text: String
  let author: String?
  let source: String?
  let note: String?
  let doubtful: Bool
  let topic: String
  let origin: String

  init(_ quote: Quote) {
    text = quote.text
    author = quote.author
    source = quote.source
    note = quote.note
    doubtful = quote.isDoubtful
    topic = quote.topic
    origin = quote.origin
  }
}

private struct JSONTopic: Encodable {
  let topic: String
  let count: Int
}

extension String {
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
