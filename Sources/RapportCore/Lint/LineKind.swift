/// What a line of a draft is, decided before any word is read.
enum LineKind: UInt8, Sendable {
  /// The sender's own words.
  case body
  case blank
  /// The `Subject:` first line.
  case subject
  /// A quoted reply (`>` lines, and everything after "On … wrote:").
  case quoted
  /// A signature (after `-- ` or a sign-off such as "Best,").
  case signature
  /// A `rapport: ignore RULE` or `<!-- rapport-disable RULE -->` line.
  case directive
  /// Fenced code or an HTML comment.
  case skipped
}

/// Classifies lines: subject, quoted replies, signatures, directives and fenced code.
struct LineClassifier {
  private static let signOffs: Set<String> = [
    "best", "best regards", "regards", "kind regards", "warm regards", "warmest regards", "thanks",
    "thank you", "many thanks", "thanks again", "cheers", "sincerely", "all the best", "talk soon",
    "best wishes", "warmly", "thx", "speak soon", "yours", "yours truly", "respectfully", "with thanks",
    "sincerely yours", "yours sincerely", "yours faithfully", "faithfully", "respectfully yours", "cordially",
    "thanks so much", "thank you so much", "with gratitude", "gratefully", "warm wishes",
  ]

  /// Line kinds, the subject's byte range and suppression directives.
  struct Result {
    var kinds: [LineKind]
    var subject: Range<Int>?
    var directives: [(rule: String, line: Int)]
  }

  func classify(_ bytes: [UInt8], lines: [Range<Int>]) -> Result {
    var result = Result(kinds: Array(repeating: .body, count: lines.count), subject: nil, directives: [])
    var inFence = false
    var rest: LineKind?
    var sawBody = false
    let lastContent = lines.lastIndex { !Self.trim(bytes, $0).isEmpty } ?? -1
    for (index, range) in lines.enumerated() {
      let content = Self.trim(bytes, range)
      // A directive starts its line (`rapport…`, or `<!--` then `rapport-disable`): only such
      // lines are lowercased and read; the rest are not scanned for the word.
      if Self.hasPrefix(bytes, content, "rapport") || Self.hasPrefix(bytes, content, "<!--") {
        let lower = String(decoding: bytes[content], as: UTF8.self).lowercased()
        if let ids = Self.directive(lower) {
          result.kinds[index] = .directive
          for id in ids { result.directives.append((id, index)) }
          // A marker with no id is reported (as the empty id) rather than ignored silently.
          if ids.isEmpty { result.directives.append(("", index)) }
          continue
        }
      }
      if let rest {
        result.kinds[index] = rest
        continue
      }
      let fence = Self.hasPrefix(bytes, content, "```") || Self.hasPrefix(bytes, content, "~~~")
      if inFence || fence {
        if fence { inFence.toggle() }
        result.kinds[index] = .skipped
        continue
      }
      if content.isEmpty {
        result.kinds[index] = .blank
        continue
      }
      if !sawBody && result.subject == nil && Self.hasPrefix(bytes, content, "subject:") {
        result.kinds[index] = .subject
        result.subject = Self.trim(bytes, (content.lowerBound + 8)..<content.upperBound)
        continue
      }
      if bytes[content.lowerBound] == UInt8(ascii: ">") {
        result.kinds[index] = .quoted
        continue
      }
      if (Self.hasPrefix(bytes, content, "on ") && Self.hasSuffix(bytes, content, "wrote:"))
        || (Self.hasPrefix(bytes, content, "on ") && index + 1 < lines.count  // wrapped by the mail client
          && Self.hasSuffix(bytes, Self.trim(bytes, lines[index + 1]), "wrote:"))
        || Self.hasPrefix(bytes, content, "-----original message")
        || (sawBody && Self.hasPrefix(bytes, content, "from:") && bytes[content].contains(UInt8(ascii: "@")))
      {
        rest = .quoted
        result.kinds[index] = .quoted
        continue
      }
      // "--", "-- ", "-- \r" or "--\r" (the lengths and first byte checked first: most lines
      // are not).
      if (2...4).contains(range.count) && bytes[range.lowerBound] == UInt8(ascii: "-")
        && (bytes[range].elementsEqual("--".utf8) || bytes[range].elementsEqual("-- ".utf8)
          || bytes[range].elementsEqual("-- \r".utf8) || bytes[range].elementsEqual("--\r".utf8))
      {
        rest = .signature
        result.kinds[index] = .signature
        continue
      }
      if sawBody && index + 6 > lastContent && content.count < 40
        && Self.isSignOff(String(decoding: bytes[content], as: UTF8.self).lowercased())
      {
        rest = .signature
        result.kinds[index] = .signature
        continue
      }
      if Self.hasPrefix(bytes, content, "<!--") {
        result.kinds[index] = .skipped
        continue
      }
      sawBody = true
    }
    return result
  }

  @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  /// Case-insensitive ASCII prefix test on a byte range.
  static func hasPrefix(_ bytes: [UInt8], _ range: Range<Int>, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard range.count >= count else { return false }
    return prefix.withUTF8Buffer { p in
      for k in 0..<count where lower(bytes[range.lowerBound + k]) != p[k] { return false }
      return true
    }
  }

  static func hasSuffix(_ bytes: [UInt8], _ range: Range<Int>, _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard range.count >= count else { return false }
    return suffix.withUTF8Buffer { p in
      let start = range.upperBound - count
      for k in 0..<count where lower(bytes[start + k]) != p[k] { return false }
      return true
    }
  }

  static func contains(_ bytes: [UInt8], _ range: Range<Int>, _ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard range.count >= count else { return false }
    return word.withUTF8Buffer { p in
      var i = range.lowerBound
      while i + count <= range.upperBound {
        if lower(bytes[i]) == p[0] {
          var k = 1
          while k < count && lower(bytes[i + k]) == p[k] { k += 1 }
          if k == count { return true }
        }
        i += 1
      }
      return false
    }
  }

  /// The rule ids named by a suppression line, or nil when the line is not one.
  /// The rule ids of a suppression line, or nil: the line must start with the marker
  /// (`rapport: ignore …`, or `<!-- rapport-disable … -->`), so a sentence that merely
  /// mentions one is still the sender's text.
  static func directive(_ lower: String) -> [String]? {
    var rest = lower.drop { $0 == " " || $0 == "\t" }
    if rest.hasPrefix("<!--") { rest = rest.dropFirst(4).drop { $0 == " " || $0 == "\t" } }
    guard let marker = ["rapport-disable", "rapport: ignore", "rapport:ignore"].first(where: { rest.hasPrefix($0) })
    else { return nil }
    let tail = rest.dropFirst(marker.count).replacing("-->", with: " ")
    return tail.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
  }

  private static func isSignOff(_ lower: String) -> Bool {
    var text = lower
    while let last = text.last, ",!.".contains(last) { text.removeLast() }
    if signOffs.contains(text) { return true }
    // "Best, Sam" on one line.
    if let comma = text.firstIndex(of: ",") {
      let head = String(text[..<comma])
      let tail = text[text.index(after: comma)...].split(separator: " ")
      return signOffs.contains(head) && tail.count <= 3
    }
    return false
  }

  static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0D { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }
}
