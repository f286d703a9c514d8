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
    var misplacedNote = false
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
    // A doubt note that is not the line's last parenthesis ("Twain (attributed; …), Life on
    // the Mississippi") or is never closed ("Twain (attributed") still casts its doubt; the
    // parser warns that it belongs at the end of the line.
    if !doubtful, let misplaced = Attribution.misplacedDoubt(in: body) {
      body = misplaced.body
      note = misplaced.note
      doubtful = true
      misplacedNote = true
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
    self.misplacedNote = misplacedNote
    if author.isEmpty { return nil }
  }

  /// True when the doubt note was found away from the end of the line, or unclosed.
  var misplacedNote = false

  /// A "(attributed…" (or another doubt word) that is not the final parenthesis: the body
  /// without it, and its note (nil when it says only "attributed").
  static func misplacedDoubt(in body: String) -> (body: String, note: String?)? {
    let characters = Array(body)
    let lowered = characters.map { Character($0.lowercased()) }
    for word in doubtWords {
      let marker = Array("(" + word)
      guard let open = lowered.indices.first(where: { start in
        start + marker.count <= lowered.count && Array(lowered[start..<(start + marker.count)]) == marker
      }) else { continue }
      let close = characters[(open + 1)...].firstIndex(of: ")")
      var note = Substring(String(characters[(open + marker.count)..<(close ?? characters.count)]))
      note = note.drop { $0 == ";" || $0 == ":" || $0 == "," || $0 == " " }
      var said = note.trimmingWhitespace()
      if word != "attributed" { said = word + (said.isEmpty ? "" : "; " + said) }
      let before = String(characters[..<open]).trimmingWhitespace()
      let after = close.map { String(characters[($0 + 1)...]).trimmingWhitespace() } ?? ""
      // "Twain (attributed), Life…" leaves "Twain , Life…": the comma goes back to the name.
      let rest = after.isEmpty ? before : after.hasPrefix(",") ? before + after : before + " " + after
      return (rest, said.isEmpty ? nil : said)
    }
    return nil
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
