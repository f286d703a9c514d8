import RapportResources

/// The focus verdict's word evidence: a fitted weight for each word and each pair of adjacent
/// words ("your team", "our platform") that is common enough in the training sets, shipped as
/// `models/lint-words.tsv` (a term and its weight per line) and refitted with the focus model
/// (`make fit-lint`).
///
/// It has no cue list of its own: the fit learns which words lean to the reader and which to
/// the sender, so it carries what the named features miss. A draft's evidence is the sum of
/// the weights of the terms it holds (each counted once), a logit that enters the focus model
/// as the feature `word_evidence`; `--explain` names the terms that weighed most.
public struct WordModel: Sendable {
  /// Terms in file order: a word, or two words with one space between them.
  public let names: [String]
  /// Each term's weight (positive: toward the reader).
  public let weights: [Double]
  private let table: FlatTable

  /// A model over `terms` (name and weight).
  public init(terms: [(name: String, weight: Double)]) {
    names = terms.map(\.name)
    weights = terms.map(\.weight)
    var table = FlatTable(capacity: max(16, terms.count))
    for (index, term) in terms.enumerated() { table.set(WordTerms.key(of: term.name), Int32(index)) }
    self.table = table
  }

  /// The model in `models/lint-words.tsv`, embedded at build time and read the first time a
  /// draft is linted; empty (no evidence either way) when the file is missing.
  public static let shipped: WordModel = {
    guard let bundled = bundledFiles.first(where: { $0.path == "models/lint-words.tsv" }) else { return WordModel(terms: []) }
    return WordModel(tsv: bundled.text)
  }()

  /// A model from its file: `#` comment lines, then a term, a tab and its weight (six
  /// decimals) per line. Read byte by byte, since it is read the first time any draft is linted.
  public init(tsv: String) {
    var names: [String] = []
    var weights: [Double] = []
    var keys: [UInt64] = []
    var text = tsv
    text.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        var end = i
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        defer { i = end + 1 }
        guard end > i, bytes[i] != UInt8(ascii: "#"), let tab = (i..<end).first(where: { bytes[$0] == 0x09 }),
          let weight = Self.decimal(bytes, tab + 1, end)
        else { continue }
        keys.append(WordTerms.key(utf8: UnsafeBufferPointer(rebasing: bytes[i..<tab])))
        names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<tab]), as: UTF8.self))
        weights.append(weight)
      }
    }
    self.init(names: names, weights: weights, keys: keys)
  }

  private init(names: [String], weights: [Double], keys: [UInt64]) {
    self.names = names
    self.weights = weights
    var table = FlatTable(capacity: max(16, keys.count))
    for (index, key) in keys.enumerated() { table.set(key, Int32(index)) }
    self.table = table
  }

  /// A decimal such as `-0.125` or `2` in `bytes[start..<end]`, or nil.
  private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
    var i = start
    let negative = i < end && bytes[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    var whole = 0.0
    var scale = 1.0
    var fraction = false
    var digits = 0
    while i < end {
      let b = bytes[i]
      if b == UInt8(ascii: "."), !fraction {
        fraction = true
      } else if b >= 0x30 && b <= 0x39 {
        whole = whole * 10 + Double(b - 0x30)
        if fraction { scale *= 10 }
        digits += 1
      } else if b != 0x0D {
        return nil
      }
      i += 1
    }
    guard digits > 0 else { return nil }
    return (negative ? -whole : whole) / scale
  }

  /// The model as its file, `header` lines first as comments; weights with six decimals.
  public func tsv(header: [String]) -> String {
    var out = header.map { "# " + $0 + "\n" }.joined()
    for (name, weight) in zip(names, weights) {
      let millionths = Int((abs(weight) * 1_000_000).rounded())
      let fraction = String(millionths % 1_000_000)
      out += name + "\t" + (weight < 0 && millionths > 0 ? "-" : "") + "\(millionths / 1_000_000)."
        + String(repeating: "0", count: 6 - fraction.count) + fraction + "\n"
    }
    return out
  }

  /// The index of the term with `key`, or -1.
  @inline(__always) func index(of key: UInt64) -> Int { Int(table.get(key)) }

  /// The evidence of a set of term keys (each counted once, unknown ones weighing nothing).
  /// Summed in term order, so that keys given in a dictionary's order (which changes from run
  /// to run) give the same sum to the last bit.
  public func logit(keys: some Sequence<UInt64>) -> Double {
    Set(keys.map(index(of:)).filter { $0 >= 0 }).sorted().reduce(0) { $0 + weights[$1] }
  }

  /// A draft's evidence: the summed weight of its distinct known terms and, when `detailed`,
  /// each term's tokens and weight. `bytes` is the draft the tokens index.
  func evidence(_ tokens: [Token], bytes: [UInt8], detailed: Bool)
    -> (logit: Double, hits: [(tokens: ClosedRange<Int>, weight: Double)])
  {
    guard !weights.isEmpty else { return (0, []) }
    var hits: [(tokens: ClosedRange<Int>, weight: Double)] = []
    var sum = 0.0
    // One bit per term: each counts once. On the stack (a few hundred bytes), not an array
    // allocated and freed per draft.
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (weights.count + 63) >> 6) { bits in
      bits.initialize(repeating: 0)
      weights.withUnsafeBufferPointer { weights in
        tokens.withUnsafeBufferPointer { tokens in
          bytes.withUnsafeBufferPointer { bytes in
            WordTerms.forEachTerm(tokens, bytes) { key, first, last in
              let found = Int(table.get(key))
              guard found >= 0, bits[found >> 6] & (1 << UInt64(found & 63)) == 0 else { return }
              bits[found >> 6] |= 1 << UInt64(found & 63)
              sum += weights[found]
              if detailed { hits.append((first...last, weights[found])) }
            }
          }
        }
      }
    }
    return (sum, hits)
  }
}

/// The terms a draft holds: each word, and each pair of words with nothing between them but
/// spaces, keyed by the words' normalised hashes. A word stands for its stem: a light
/// suffix-stripper (`suffix`) reads "helps", "helped", "helping" and "help's" as "help", so that
/// one page's inflection weighs for the next page's.
public enum WordTerms {
  /// The key of a pair of words.
  @inline(__always) static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &+ 0x632B_E59B_D9B4_E019)
  }

  /// The key of a term's name: "your" or "your team".
  public static func key(of name: String) -> UInt64 { key(utf8: name.utf8) }

  /// The same over the name's UTF-8 bytes: each word hashed as the tokenizer hashes it.
  static func key(utf8 name: some Collection<UInt8>) -> UInt64 {
    guard let space = name.firstIndex(of: 0x20) else { return WordHash.of(utf8: name) }
    return pairKey(WordHash.of(utf8: name[..<space]), WordHash.of(utf8: name[name.index(after: space)...]))
  }

  /// The suffix a word's stem leaves off (`suffix(_:_:_:)`).
  enum Suffix: UInt8 {
    case none, s, es, ies, apostropheS, curlyApostropheS, ing, ed, ly

    /// How many bytes of the draft it takes.
    var bytes: Int {
      switch self {
      case .none: 0
      case .s: 1
      case .es, .apostropheS, .ed, .ly: 2
      case .ies, .ing: 3
      case .curlyApostropheS: 4
      }
    }
  }

  /// The suffix that comes off the word in `bytes[start..<end]`: the first of "'s" (straight
  /// or curly), "ies" (→ "y"), "es", "s", "ing", "ed", "ly" that ends the word and leaves at
  /// least three bytes; none for a word ending in "ss" or that no suffix fits. Letters are
  /// compared in lower case.
  @inline(__always) static func suffix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Suffix {
    let count = end - start
    guard count >= 4 else { return .none }
    let last = bytes[end - 1] | 0x20
    let before = bytes[end - 2]
    let lower = before >= 0x41 && before <= 0x5A ? before | 0x20 : before
    switch last {
    case UInt8(ascii: "s"):
      if lower == UInt8(ascii: "s") { return .none }
      if lower == UInt8(ascii: "'") && count >= 5 { return .apostropheS }
      if count >= 7 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80 && (before == 0x98 || before == 0x99) {
        return .curlyApostropheS
      }
      if lower == UInt8(ascii: "e") {
        if count >= 6 && bytes[end - 3] | 0x20 == UInt8(ascii: "i") { return .ies }
        if count >= 5 { return .es }
      }
      return .s
    case UInt8(ascii: "g"):
      return count >= 6 && lower == UInt8(ascii: "n") && bytes[end - 3] | 0x20 == UInt8(ascii: "i") ? .ing : .none
    case UInt8(ascii: "d"):
      return count >= 5 && lower == UInt8(ascii: "e") ? .ed : .none
    case UInt8(ascii: "y"):
      return count >= 5 && lower == UInt8(ascii: "l") ? .ly : .none
    default:
      return .none
    }
  }

  /// The inverse of FNV-1a's prime modulo 2⁶⁴: `unmix` takes a byte back off a hash.
  private static let primeInverse: UInt64 = 0xce96_5057_aff6_957b

  /// The hash before `byte` was mixed into it (`WordHash.mix` undone).
  @inline(__always) static func unmix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash &* primeInverse) ^ UInt64(byte)
  }

  /// A word token's key: its hash, or its stem's when a suffix comes off — the suffix's
  /// normalised bytes taken back off the hash, so no byte is read twice.
  @inline(__always) static func wordKey(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let h = token.hash
    switch suffix(bytes, Int(token.start), Int(token.end)) {
    case .none: return h
    case .s: return unmix(h, UInt8(ascii: "s"))
    case .es: return unmix(unmix(h, UInt8(ascii: "s")), UInt8(ascii: "e"))
    case .ies:
      let stem = unmix(unmix(unmix(h, UInt8(ascii: "s")), UInt8(ascii: "e")), UInt8(ascii: "i"))
      return WordHash.mix(stem, UInt8(ascii: "y"))
    case .apostropheS, .curlyApostropheS: return unmix(unmix(h, UInt8(ascii: "s")), UInt8(ascii: "'"))
    case .ing: return unmix(unmix(unmix(h, UInt8(ascii: "g")), UInt8(ascii: "n")), UInt8(ascii: "i"))
    case .ed: return unmix(unmix(h, UInt8(ascii: "d")), UInt8(ascii: "e"))
    case .ly: return unmix(unmix(h, UInt8(ascii: "y")), UInt8(ascii: "l"))
    }
  }

  /// A normalised word (`normalised`) as its stem: the name its key (`wordKey`) stands for.
  static func stemmed(_ word: String) -> String {
    let utf8 = Array(word.utf8)
    let cut = utf8.withUnsafeBufferPointer { suffix($0, 0, $0.count) }
    return String(decoding: utf8[..<(utf8.count - cut.bytes)], as: UTF8.self) + (cut == .ies ? "y" : "")
  }

  /// Calls `body` with every term of a draft's tokens (indexing `bytes`) as (key, first token,
  /// last token), in token order, repeats included: the one reading of what a term is, for
  /// fitting and scoring.
  @inline(__always) static func forEachTerm(
    _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
    _ body: (_ key: UInt64, _ first: Int, _ last: Int) -> Void
  ) {
    var previous = -1
    var previousKey: UInt64 = 0
    for index in 0..<tokens.count {
      guard tokens[index].kind == .word else {
        previous = -1
        continue
      }
      let key = wordKey(tokens[index], bytes)
      body(key, index, index)
      if previous >= 0 { body(pairKey(previousKey, key), previous, index) }
      previous = index
      previousKey = key
    }
  }

  /// The distinct terms of `text` with their names (stems, lower case, straight apostrophes),
  /// for fitting.
  public static func named(_ text: String) -> [UInt64: String] {
    let analysis = LintEngine.tokenized(Array(text.utf8))
    var out: [UInt64: String] = [:]
    analysis.tokens.withUnsafeBufferPointer { tokens in
      analysis.bytes.withUnsafeBufferPointer { bytes in
        forEachTerm(tokens, bytes) { key, first, last in
          guard out[key] == nil else { return }
          out[key] = (first...last).map { stemmed(normalised(analysis.text(of: tokens[$0]))) }.joined(separator: " ")
        }
      }
    }
    return out
  }

  /// A word as its hash sees it: ASCII letters lower-cased, curly apostrophes straightened.
  static func normalised(_ word: String) -> String {
    String(
      word.map { character -> Character in
        character == "\u{2019}" || character == "\u{2018}" ? "'" : character.isASCII ? Character(character.lowercased()) : character
      })
  }
}
