/// The attribution line of a fortune entry: `-- Author, Source (attributed; why)`.
struct Attribution: Equatable {
  var author: String
  var source: String?
  var note: String?
  var isDoubtful: Bool

  /// Words in an attribution that mean the attribution is not certain.
  static let doubtWords = ["attributed", "disputed", "misattributed", "unverified", "apocryphal"]

  /// Where the dash marker (`--`, `—`, `―`) sits at the start of a line, after whitespace.
  static func markerRange(in line: String) -> Range<String.Index>? {
    let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
    for marker in ["--", "—", "―"] where trimmed.hasPrefix(marker) {
      // "---" or "-- -- --" is a rule or decoration, not an attribution.
      let rest = trimmed.dropFirst(marker.count)
      if rest.first == "-" { return nil }
      return trimmed.startIndex..<trimmed.index(trimmed.startIndex, offsetBy: marker.count)
    }
    return nil
  }

  /// Parses a whole attribution line; nil when it names nobody.
  init?(line: String) {
    guard let marker = Attribution.markerRange(in: line) else { return nil }
    var body = line[marker.upperBound...].trimmingWhitespace()
    var note: String?
    if body.hasSuffix(")"), let open = Attribution.openingParen(of: body) {
      note = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
        .trimmingWhitespace()
      body = String(body[..<open]).trimmingWhitespace()
    }
    let lowered = (note ?? "").lowercased()
    var doubtful = Attribution.doubtWords.contains { lowered.hasPrefix($0) }
    if !doubtful, let plain = note {
      // A parenthesis that casts no doubt ("(1977)", "(trans. …)") belongs to the source.
      body += " (\(plain))"
      note = nil
    }
    // "Attributed to X" written as the attribution itself.
    if body.lowercased().hasPrefix("attributed to ") {
      body = String(body.dropFirst("attributed to ".count))
      doubtful = true
    }
    // The note repeats "attributed"; the display says it already.
    if let text = note, text.lowercased().hasPrefix("attributed") {
      note = text.dropFirst("attributed".count).drop { $0 == ";" || $0 == ":" || $0 == "," || $0 == " " }
        .description
    }
    let (name, source) = Attribution.splitSource(body)
    self.init(author: name, source: source, note: note, isDoubtful: doubtful)
    if author.isEmpty { return nil }
  }

  init(author: String, source: String? = nil, note: String?, isDoubtful: Bool) {
    self.author = author
    self.source = source?.isEmpty == true ? nil : source
    self.note = note?.isEmpty == true ? nil : note
    self.isDoubtful = isDoubtful
  }

  /// "Ray Kroc, Grinding It Out (1977)" → ("Ray Kroc", "Grinding It Out (1977)");
  /// "Martin Luther King Jr." stays whole, as does "King, Jr.".
  static func splitSource(_ body: String) -> (String, String?) {
    var searchStart = body.startIndex
    while let comma = body[searchStart...].firstIndex(of: ",") {
      let rest = body[body.index(after: comma)...].trimmingWhitespace()
      if rest.hasPrefix("Jr") || rest.hasPrefix("Sr") || rest.hasPrefix("III") {
        searchStart = body.index(after: comma)
        continue
      }
      return (body[..<comma].trimmingWhitespace(), rest)
    }
    return (body, nil)
  }

  /// The "(" that matches the final ")".
  private static func openingParen(of text: String) -> String.Index? {
    var depth = 0
    var index = text.endIndex
    while index > text.startIndex {
      index = text.index(before: index)
      if text[index] == ")" { depth += 1 }
      if text[index] == "(" {
        depth -= 1
        if depth == 0 { return index }
      }
    }
    return nil
  }
}
