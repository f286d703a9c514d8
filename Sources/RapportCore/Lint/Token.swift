/// One token of a draft: a word, a number, a URL or merge tag, or punctuation that
/// ends a sentence or breaks a phrase. Offsets are UTF-8 byte offsets into the draft.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    case word, number, url, mergeTag
    /// `,` `;` `:` `(` `)` a dash or ellipsis: phrases do not match across it.
    case pause
    /// `.` or `!`.
    case stop
    /// `?`.
    case question
  }

  var start: Int32
  var end: Int32
  /// 0-based line index.
  var line: Int32
  var kind: Kind
  /// Syllables in a word (see `Syllables`); 0 for other tokens.
  var syllables: UInt8 = 0
  /// The word's id in the engine's vocabulary, or -1.
  var vocab: Int32
  /// FNV-1a hash of the normalised word (lower case, straight apostrophes).
  var hash: UInt64

  /// Words count toward length, focus and readability; URLs and merge tags do not.
  var isWord: Bool { kind == .word || kind == .number }
  var isBreak: Bool { kind == .pause || kind == .stop || kind == .question }
}

/// A sentence: a range of tokens, ended by `.` `!` `?` or a line break that ends a block.
struct Sentence: Sendable {
  var tokens: Range<Int>
  var isQuestion = false
  var isGreeting = false
  var wordCount = 0
}

/// FNV-1a over normalised bytes, the key the vocabulary uses.
enum WordHash {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  @inline(__always) static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }

  /// `hash` carried on over every UTF-8 byte of `text` as it is (no normalising): for ids
  /// of evaluation sets and stable picks, not for vocabulary words.
  static func mix(_ hash: UInt64, _ text: String) -> UInt64 {
    text.utf8.reduce(hash, mix)
  }

  /// The hash of a plain word such as "we're" (used when compiling phrases): ASCII letters
  /// lower-cased, curly apostrophes straightened, other bytes as they are.
  static func of(_ word: Substring) -> UInt64 { of(utf8: word.utf8) }

  /// The same over UTF-8 bytes.
  static func of(utf8 word: some Collection<UInt8>) -> UInt64 {
    var hash = offset
    var bytes = word.makeIterator()
    while let b = bytes.next() {
      if b == 0xE2 {
        let second = bytes.next() ?? 0
        let third = bytes.next() ?? 0
        if second == 0x80 && (third == 0x98 || third == 0x99) {
          hash = mix(hash, UInt8(ascii: "'"))
        } else {
          hash = mix(mix(mix(hash, b), second), third)
        }
      } else {
        hash = mix(hash, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
      }
    }
    return hash
  }
}
