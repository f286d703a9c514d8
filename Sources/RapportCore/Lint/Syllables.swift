/// A syllable heuristic for English words, good enough for reading-level bands.
///
/// Count groups of vowels (a e i o u y; a Latin-1 letter such as é counts as a vowel), then:
/// a final silent "e" is dropped ("make" 1) unless the word ends in consonant + "le"
/// ("table" 2); a final "es" or "ed" after a letter other than t/d (or s, x, z, ch, sh for
/// "es") is silent ("makes" 1, "jumped" 1, but "wanted" 2, "boxes" 2); every word has at least one
/// syllable. "io", "ia", "eo" and "ua" count two ("priority" 4) except after t, s, c, x, g
/// ("nation" 2). Numbers and words outside Latin script count one.
public enum Syllables {
  /// Syllables in the UTF-8 word `bytes`.
  public static func count<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
      var n = 0
      var iterator = bytes.makeIterator()
      while let b = iterator.next() {
        if b >= 0x41 && b <= 0x5A {
          buffer[n] = b | 0x20
          n += 1
        } else if b >= 0x61 && b <= 0x7A {
          buffer[n] = b
          n += 1
        } else if b == 0xC3 {
          buffer[n] = UInt8(ascii: "a")  // é, à, ü…: a vowel, never a silent e
          n += 1
          _ = iterator.next()
        }
      }
      return count(letters: UnsafeBufferPointer(rebasing: buffer[0..<n]))
    }
  }

  private static func count(letters: UnsafeBufferPointer<UInt8>) -> Int {
    var counter = SyllableCounter()
    for letter in letters { counter.feed(letter) }
    return counter.total
  }

  static func isHiatus(_ first: UInt8, _ second: UInt8) -> Bool {
    (first == UInt8(ascii: "i") && (second == UInt8(ascii: "o") || second == UInt8(ascii: "a")))
      || (first == UInt8(ascii: "e") && second == UInt8(ascii: "o"))
      || (first == UInt8(ascii: "u") && second == UInt8(ascii: "a"))
  }

  static func isSoftening(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "t") || b == UInt8(ascii: "s") || b == UInt8(ascii: "c") || b == UInt8(ascii: "x")
      || b == UInt8(ascii: "g")
  }

  @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
    b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75
  }
}

/// Flesch reading ease and Flesch–Kincaid grade from word, sentence and syllable counts.
public struct Readability: Sendable, Equatable, Codable {
  public var words: Int
  public var sentences: Int
  public var syllables: Int

  /// 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words).
  public var readingEase: Double {
    guard words > 0, sentences > 0 else { return 100 }
    return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
  }

  /// 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
  public var grade: Double {
    guard words > 0, sentences > 0 else { return 0 }
    return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
  }
}

/// The same heuristic fed one lower-case letter at a time, so the tokenizer counts
/// syllables while it reads a word (é and other Latin-1 letters are fed as "a").
struct SyllableCounter {
  private var groups = 0
  private var previousVowel = false
  private var count = 0
  /// The last four letters, the latest in the low byte: one register for the tokenizer's
  /// hot loop instead of four.
  private var recent: UInt32 = 0

  @inline(__always) private var l1: UInt8 { UInt8(truncatingIfNeeded: recent) }
  @inline(__always) private var l2: UInt8 { UInt8(truncatingIfNeeded: recent >> 8) }
  @inline(__always) private var l3: UInt8 { UInt8(truncatingIfNeeded: recent >> 16) }
  @inline(__always) private var l4: UInt8 { UInt8(truncatingIfNeeded: recent >> 24) }

  @inline(__always) mutating func feed(_ letter: UInt8) {
    let vowel = Syllables.isVowel(letter) || (letter == UInt8(ascii: "y") && count > 0)
    // Wrapping adds: a word cannot hold 2⁶³ letters, and overflow checks cost the
    // tokenizer's hot loop.
    if vowel && !previousVowel { groups &+= 1 }
    if vowel && previousVowel && count >= 1 && Syllables.isHiatus(l1, letter)
      && (count < 2 || !Syllables.isSoftening(l2))
    {
      groups &+= 1
    }
    previousVowel = vowel
    recent = recent << 8 | UInt32(letter)
    count &+= 1
  }

  /// Syllables in the letters fed so far (at least one).
  var total: Int {
    guard count > 0 else { return 1 }
    var result = groups
    let e = UInt8(ascii: "e")
    if count > 2, l1 == e, !Syllables.isVowel(l2) {
      let consonantLE = l2 == UInt8(ascii: "l") && count > 3 && !Syllables.isVowel(l3)
      if !consonantLE { result -= 1 }
    } else if count > 3, l1 == UInt8(ascii: "s") || l1 == UInt8(ascii: "d"), l2 == e, !Syllables.isVowel(l3) {
      let silent: Bool
      if l1 == UInt8(ascii: "d") {
        silent = l3 != UInt8(ascii: "t") && l3 != UInt8(ascii: "d")
      } else {
        let sibilant =
          l3 == UInt8(ascii: "s") || l3 == UInt8(ascii: "x") || l3 == UInt8(ascii: "z")
          || (l3 == UInt8(ascii: "h") && count > 4 && (l4 == UInt8(ascii: "c") || l4 == UInt8(ascii: "s")))
          || l3 == UInt8(ascii: "c") || l3 == UInt8(ascii: "g")
        silent = !sibilant
      }
      if silent { result -= 1 }
    }
    return max(1, result)
  }
}
