/// Spans the tokenizer keeps whole: URLs, e-mail addresses, bare domains and merge tags.
extension Tokenizer {
  /// The end of a URL, e-mail address or bare domain starting at `i`, or nil.
  func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    var j = i
    var sawAt = false
    var sawDot = false
    var sawScheme = false
    while j < end {
      let b = bytes[j]
      if b == 0x20 || b == 0x09 || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"") {
        break
      }
      if b == UInt8(ascii: "@") { sawAt = true }
      if b == UInt8(ascii: ":"), j + 2 < end, bytes[j + 1] == UInt8(ascii: "/"), bytes[j + 2] == UInt8(ascii: "/") {
        sawScheme = true
      }
      if b == UInt8(ascii: "."), j + 1 < end, Self.isAlnum(bytes[j + 1]), j > i, Self.isAlnum(bytes[j - 1]) {
        sawDot = true
      }
      j += 1
    }
    let prefixWWW =
      j - i > 4 && (bytes[i] | 0x20) == UInt8(ascii: "w") && (bytes[i + 1] | 0x20) == UInt8(ascii: "w")
      && (bytes[i + 2] | 0x20) == UInt8(ascii: "w") && bytes[i + 3] == UInt8(ascii: ".")
    guard sawScheme || prefixWWW || (sawDot && (sawAt || isDomain(bytes, i, j))) else { return nil }
    // Trailing punctuation belongs to the sentence, not the URL.
    while j > i + 1 {
      let b = bytes[j - 1]
      if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
        || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: ")")
      {
        j -= 1
      } else {
        break
      }
    }
    return j
  }

  /// "acme.com", "cal.com/jo": letters, a dot, then two or more letters (not "e.g", not "3.5").
  func isDomain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var lastDot = -1
    var j = start
    while j < end {
      let b = bytes[j]
      if b == UInt8(ascii: "/") { break }
      if b == UInt8(ascii: ".") { lastDot = j }
      j += 1
    }
    guard lastDot > start else { return false }
    var letters = 0
    var k = lastDot + 1
    while k < j, (bytes[k] | 0x20) >= 0x61 && (bytes[k] | 0x20) <= 0x7A { letters += 1; k += 1 }
    return letters >= 2 && k == j && lastDot - start >= 2
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
