#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who a word or a sentence is about.
enum FocusRole: UInt8, Sendable {
  case none, sender, reader
  /// A pronoun that does not count: "thank you", an inclusive "we".
  case excluded
}

/// A place a rule matched, in UTF-8 byte offsets, before it becomes a `Finding`.
struct Hit: Sendable {
  var rule: Int
  var start: Int
  var end: Int
  /// The message with its placeholders filled, when it differs from the rule's.
  var message: String?
  /// A finding about the whole message (silenced by a directive anywhere in it).
  var wholeMessage = false
}

/// The intermediate state of one lint: lines, tokens, sentences and focus.
struct Analysis {
  var bytes: [UInt8]
  var lines: [Range<Int>]
  var kinds: [LineKind]
  var subject: Range<Int>?
  var directives: [(rule: String, line: Int)]
  var tokens: [Token] = []
  var sentences: [Sentence] = []
  var roles: [FocusRole] = []
  var sentenceRoles: [FocusRole] = []
  var hits: [Hit] = []
  var metrics = LintMetrics()
  /// The focus verdict's feature counts, from the same pass as the roles.
  var focusCounts = FocusCounts()
  /// Raw phrase-rule matches before severity and suppression (the ask uses them).
  var phraseHits: [Hit] = []

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var lines: [Range<Int>] = []
    lines.reserveCapacity(16)
    var start = 0
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      // memchr finds each line end in whole words, not byte by byte.
      while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
        let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        lines.append(start..<index)
        start = index + 1
      }
    }
    if start < bytes.count || lines.isEmpty { lines.append(start..<bytes.count) }
    self.lines = lines
    let classified = LineClassifier().classify(bytes, lines: lines)
    kinds = classified.kinds
    subject = classified.subject
    directives = classified.directives
  }

  func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
  func text(of token: Token) -> String { text(Int(token.start)..<Int(token.end)) }

  /// Line index holding byte `offset`.
  func line(of offset: Int) -> Int {
    var low = 0
    var high = lines.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lines[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }
}
