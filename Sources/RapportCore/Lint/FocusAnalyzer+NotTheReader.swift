/// Words that look like the reader's but are not: the sender's own customers and what it
/// runs for them ("our clients", "customer support"), and a "u" that is a letter rather than
/// the text-speak "you" ("U.S."). Used by `FocusAnalyzer` when it counts reader words and
/// reader's-world nouns.
extension FocusAnalyzer {
  /// The sender's clientele ("customer", "clients", "users") and what a business runs for it.
  private static let clientele: Set<UInt64> = Set(
    ["customer", "customers", "client", "clients", "user", "users"].map { WordHash.of(Substring($0)) })
  private static let operations: Set<UInt64> = Set(
    [
      "service", "services", "support", "care", "experience", "experiences", "success", "satisfaction", "loyalty",
      "relations", "relationship", "relationships", "record", "records", "information", "data", "base", "list",
      "portal", "account", "accounts", "feedback", "review", "reviews", "testimonial", "testimonials", "story",
      "stories", "retention", "acquisition", "journey", "insight", "insights", "interface",
    ].map { WordHash.of(Substring($0)) })

  /// Whether a reader's-world noun names the sender's people or operation rather than the
  /// reader's: after an I/we word up to two words back in the same phrase ("our customers", "our
  /// valued clients", "my past clients"), or a clientele noun naming what the sender runs for its
  /// customers ("customer support", "client testimonials", "user experience").
  static func isSendersPeople(
    _ start: Int, _ end: Int, in range: Range<Int>, _ tokens: [Token], _ flags: [WordFlags]
  ) -> Bool {
    var k = start - 1
    while k >= range.lowerBound && k >= start - 2 && tokens[k].isWord {
      if tokens[k].vocab >= 0 && !flags[Int(tokens[k].vocab)].isDisjoint(with: .selfWord) { return true }
      k -= 1
    }
    return clientele.contains(tokens[end].hash) && end + 1 < range.upperBound && tokens[end + 1].isWord
      && operations.contains(tokens[end + 1].hash)
  }

  /// "u" and "ur", the text-speak "you" and "your".
  private static let textSpeak: [UInt64] = [WordHash.of("u"), WordHash.of("ur")]

  /// Whether a "u" or "ur" is a letter, an abbreviation or a piece of code rather than the
  /// text-speak "you" / "your": written as a capital ("U.S.", "Plan U"), starting a dotted
  /// abbreviation ("u.s."), or touching anything but a space, a quote, a bracket or a sentence's
  /// punctuation ("a8f-u-22c", the "/u/" or "+u+" of a base64 string). Of the ten lone u/U in the
  /// real set, eight are the "U" of "U.S."; the two that mean "you" are in lower case between
  /// spaces ("finds u well").
  @inline(__always) static func isLetterNotYou(_ token: Token, in bytes: [UInt8]) -> Bool {
    guard textSpeak.contains(token.hash) else { return false }
    let start = Int(token.start), end = Int(token.end)
    if bytes[start] == UInt8(ascii: "U") { return true }
    if start > 0 && !proseBefore.contains(bytes[start - 1]) { return true }
    guard end < bytes.count else { return false }
    if !proseAfter.contains(bytes[end]) { return true }
    guard bytes[end] == UInt8(ascii: "."), end + 1 < bytes.count else { return false }
    let next = bytes[end + 1] | 0x20
    return next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")
  }

  /// What may stand right before and after a text-speak "u" in prose: before it, the last byte of
  /// an opening curly quote or a dash (0x98, 0x9C; 0x93, 0x94); after it, the first byte of a
  /// closing quote, a dash or an ellipsis (0xE2).
  private static let proseBefore = Set(" \t\n\r\"'(".utf8).union([0x98, 0x9C, 0x93, 0x94])
  private static let proseAfter = Set(" \t\n\r\"'),.;:!?".utf8).union([0xE2])
}
