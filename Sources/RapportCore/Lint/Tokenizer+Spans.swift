/// Spans the tokenizer keeps whole: URLs, e-mail addresses, bare domains and merge tags.
extension Tokenizer {
  /// What one scan of a run of non-space bytes found, so that every word start inside the run
  /// is answered from it: "a.b.c.d…" or "a@a@a@…" over a megabyte costs one pass, not one
  /// per word.
  struct URLRun {
    var start = 0
    var end = -1
    /// The last "@", the last "://", and the last dot between two letters or digits.
    var lastAt = -1
    var lastScheme = -1
    var lastDot = -1
    /// The piece of the run up to its next "/": where it ends, its last dot, and whether two
    /// or more letters follow that dot up to the "/" (a top-level domain).
    var segmentEnd = -1
    var segmentDot = -1
    var segmentTLD = false
  }

  /// The end of a URL, e-mail address or bare domain starting at `i`, or nil.
  mutating func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    if !(run.start <= i && i < run.end) { run = Self.scanRun(bytes, i, end) }
    let j = run.end
    let sawAt = run.lastAt >= i
    let sawScheme = run.lastScheme >= i
    let sawDot = run.lastDot > i
    let prefixWWW =
      j - i > 4 && (bytes[i] | 0x20) == UInt8(ascii: "w") && (bytes[i + 1] | 0x20) == UInt8(ascii: "w")
      && (bytes[i + 2] | 0x20) == UInt8(ascii: "w") && bytes[i + 3] == UInt8(ascii: ".")
    guard sawScheme || prefixWWW || (sawDot && (sawAt || isDomain(bytes, i, j))) else { return nil }
    // Trailing punctuation belongs to the sentence, not the URL.
    var last = j
    while last > i + 1 {
      let b = bytes[last - 1]
      if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
        || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: ")")
      {
        last -= 1
      } else {
        break
      }
    }
    return last
  }

  /// Scans the run of bytes from `i` up to a space, tab, CR, `<`, `>` or `"`.
  private static func scanRun(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> URLRun {
    var run = URLRun(start: i)
    var j = i
    while j < end {
      let b = bytes[j]
      // A CR ends the run too: "https://acme.com\r\n" is a URL and a CRLF line break.
      if b == 0x20 || b == 0x09 || b == 0x0D || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
        || b == UInt8(ascii: "\"")
      {
        break
      }
      if b == UInt8(ascii: "@") { run.lastAt = j }
      if b == UInt8(ascii: ":"), j + 2 < end, bytes[j + 1] == UInt8(ascii: "/"), bytes[j + 2] == UInt8(ascii: "/") {
        run.lastScheme = j
      }
      if b == UInt8(ascii: "."), j + 1 < end, Self.isAlnum(bytes[j + 1]), j > i, Self.isAlnum(bytes[j - 1]) {
        run.lastDot = j
      }
      j += 1
    }
    run.end = j
    return run
  }

  /// "acme.com", "cal.com/jo": letters, a dot, then two or more letters (not "e.g", not "3.5"),
  /// looking only up to the first "/" after `start`.
  mutating func isDomain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    if start >= run.segmentEnd || run.segmentEnd > end {
      // Starts only move forward inside a run, so each piece is scanned once.
      var lastDot = -1
      var j = start
      while j < end {
        let b = bytes[j]
        if b == UInt8(ascii: "/") { break }
        if b == UInt8(ascii: ".") { lastDot = j }
        j += 1
      }
      var letters = 0
      var k = lastDot + 1
      while lastDot >= 0, k < j, (bytes[k] | 0x20) >= 0x61 && (bytes[k] | 0x20) <= 0x7A { letters += 1; k += 1 }
      run.segmentEnd = j
      run.segmentDot = lastDot
      run.segmentTLD = lastDot >= 0 && letters >= 2 && k == j
    }
    let lastDot = run.segmentDot
    return lastDot > start && run.segmentTLD && lastDot - start >= 2
  }

  /// The end of a merge tag starting at `i`, or nil.
  func mergeTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    let open = bytes[i]
    let close: UInt8 = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : open == UInt8(ascii: "[") ? UInt8(ascii: "]") : open
    var j = i + 1
    if open == UInt8(ascii: "{"), j < end, bytes[j] == UInt8(ascii: "{") { j += 1 }
    let contentStart = j
    while j < end, j - i < 60 {
      let b = bytes[j]
      if b == close { break }
      let allowed =
        Self.isAlnum(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "|")
        || (b == 0x20 && open != UInt8(ascii: "%")) || b == UInt8(ascii: "-")
      if !allowed { return nil }
      j += 1
    }
    guard j < end, bytes[j] == close, j > contentStart else { return nil }
    if open == UInt8(ascii: "["), j + 1 < end, bytes[j + 1] == UInt8(ascii: "(") { return nil }
    if open == UInt8(ascii: "%"), !(bytes[contentStart] | 0x20 >= 0x61 && bytes[contentStart] | 0x20 <= 0x7A) {
      return nil
    }
    j += 1
    if open == UInt8(ascii: "{"), j < end, bytes[j] == UInt8(ascii: "}") { j += 1 }
    return j
  }
}
