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

  /// A model from its file: `#` comment lines, then a term, a tab and its weight per line.
  public init(tsv: String) {
    var terms: [(name: String, weight: Double)] = []
    for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      if fields.count == 2, let weight = Double(fields[1]) { terms.append((String(fields[0]), weight)) }
    }
    self.init(terms: terms)
  }

  /// The model as its file, `header` lines first as comments.
  public func tsv(header: [String]) -> String {
    var out = header.map { "# " + $0 + "\n" }.joined()
    for (name, weight) in zip(names, weights) { out += name + "\t" + "\((weight * 1_000_000).rounded() / 1_000_000)" + "\n" }
    return out
  }

  /// The index of the term with `key`, or -1.
  @inline(__always) func index(of key: UInt64) -> Int { Int(table.get(key)) }

  /// The evidence of a set of term keys (each counted once, unknown ones weighing nothing).
  public func logit(keys: some Sequence<UInt64>) -> Double {
    var seen = Set<Int>()
    var sum = 0.0
    for key in keys {
      let found = index(of: key)
      if found >= 0, seen.insert(found).inserted { sum += weights[found] }
    }
    return sum
  }

  /// A draft's evidence: the summed weight of its distinct known terms and, when `detailed`,
  /// each term's tokens and weight. One pass over the tokens, as `WordTerms.occurrences` reads them.
  func evidence(_ tokens: [Token], detailed: Bool) -> (logit: Double, hits: [(tokens: ClosedRange<Int>, weight: Double)]) {
    guard !weights.isEmpty else { return (0, []) }
    var seen: [Int32] = []
    var hits: [(tokens: ClosedRange<Int>, weight: Double)] = []
    var sum = 0.0
    @inline(__always) func count(_ key: UInt64, _ first: Int, _ last: Int) {
      let found = table.get(key)
      guard found >= 0, !seen.contains(found) else { return }
      seen.append(found)
      sum += weights[Int(found)]
      if detailed { hits.append((first...last, weights[Int(found)])) }
    }
    var previous = -1
    for index in tokens.indices {
      guard tokens[index].kind == .word else {
        previous = -1
        continue
      }
      count(tokens[index].hash, index, index)
      if previous >= 0 { count(WordTerms.pairKey(tokens[previous].hash, tokens[index].hash), previous, index) }
      previous = index
    }
    return (sum, hits)
  }
}

/// The terms a draft holds: each word, and each pair of words with nothing between them but
/// spaces, keyed by the words' normalised hashes.
public enum WordTerms {
  /// The key of a pair of words.
  @inline(__always) static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &+ 0x632B_E59B_D9B4_E019)
  }

  /// The key of a term's name: "your" or "your team".
  public static func key(of name: String) -> UInt64 {
    let words = name.split(separator: " ")
    guard words.count == 2 else { return WordHash.of(name[...]) }
    return pairKey(WordHash.of(words[0]), WordHash.of(words[1]))
  }

  /// Every term of an analysed draft as (key, first token, last token), in token order, repeats
  /// included.
  static func occurrences(_ tokens: [Token]) -> [(key: UInt64, first: Int, last: Int)] {
    var out: [(key: UInt64, first: Int, last: Int)] = []
    out.reserveCapacity(tokens.count * 2)
    var previous = -1
    for (index, token) in tokens.enumerated() {
      guard token.kind == .word else {
        previous = -1
        continue
      }
      out.append((token.hash, index, index))
      if previous >= 0 { out.append((pairKey(tokens[previous].hash, token.hash), previous, index)) }
      previous = index
    }
    return out
  }

  /// The distinct terms of `text` with their names (lower case, straight apostrophes), for
  /// fitting.
  public static func named(_ text: String) -> [UInt64: String] {
    let analysis = LintEngine.tokenized(Array(text.utf8))
    var out: [UInt64: String] = [:]
    for term in occurrences(analysis.tokens) where out[term.key] == nil {
      let words = (term.first...term.last).map { normalised(analysis.text(of: analysis.tokens[$0])) }
      out[term.key] = words.joined(separator: " ")
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
