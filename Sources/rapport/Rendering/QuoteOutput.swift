import RapportCore

/// Renders quotes as text (fortune-like) or JSON.
struct QuoteOutput {
  let style: Style
  let json: Bool

  /// One quote, its attribution on the next line, and the doubt note when there is one.
  func quote(_ quote: Quote) -> String {
    if json {
      var writer = JSONWriter()
      write(quote, into: &writer)
      return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
    return text(quote) + "\n"
  }

  /// Many quotes, separated by `%` lines as in a fortune file (or a JSON array).
  func quotes(_ quotes: [Quote]) -> String {
    if json {
      var writer = JSONWriter()
      writer.beginArray()
      for quote in quotes {
        writer.element()
        write(quote, into: &writer)
      }
      writer.endArray()
      return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
    return quotes.map(text).joined(separator: "\n%\n") + "\n"
  }

  /// A quote as a JSON object: author, doubtful, note, origin, source, text, topic (a missing
  /// author, note or source is left out).
  private func write(_ quote: Quote, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("author", quote.author)
    writer.field("doubtful", quote.isDoubtful)
    writer.field("note", quote.note)
    writer.field("origin", quote.origin)
    writer.field("source", quote.source)
    writer.field("text", quote.text)
    writer.field("topic", quote.topic)
    writer.endObject()
  }

  /// Topics with counts.
  func topics(_ topics: [(name: String, count: Int)]) -> String {
    if json {
      var writer = JSONWriter()
      writer.beginArray()
      for topic in topics {
        writer.element()
        writer.beginObject()
        writer.field("count", topic.count)
        writer.field("topic", topic.name)
        writer.endObject()
      }
      writer.endArray()
      return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
    let width = topics.map(\.name.count).max() ?? 0
    let lines = topics.map { $0.name.padding(to: width) + "  " + String($0.count) }
    let total = topics.reduce(0) { $0 + $1.count }
    return (lines + [style.dim("\(total) quotes in \(topics.count) topics")]).joined(separator: "\n") + "\n"
  }

  private func text(_ quote: Quote) -> String {
    var text = quote.text
    if let attribution = quote.attributionLine {
      text += "\n" + style.cyan("    — " + attribution)
      if let note = quote.note {
        text += "\n" + style.dim("      (" + note + ")")
      }
    }
    return text
  }
}

extension String {
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
