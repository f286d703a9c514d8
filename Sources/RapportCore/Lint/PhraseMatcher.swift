/// A token trie compiled once from every phrase (rule phrases, names, focus cues).
///
/// Words are interned into a vocabulary keyed by their normalised hash, so matching a
/// draft never builds a string: each token's id is one dictionary lookup, and each
/// phrase start walks the trie for as many tokens as the longest phrase.
struct PhraseMatcher: Sendable {
  /// What a matched phrase means.
  enum Payload: Sendable, Equatable {
    case rule(Int)
    /// A company, product or sender name: counts as self.
    case selfName
    /// The prospect's name or company: counts as the reader.
    case customerName
    /// "thank you", "you know": the reader word in it is not reader focus.
    case neutralReader
    /// "you and I", "together we": the sentence's "we" includes the reader.
    case inclusive
    /// "I noticed", "I saw": the sender attends to the reader.
    case attention
  }

  static let wildcard: Int32 = -3

  private(set) var vocabulary: [UInt64: Int32] = [:]
  private(set) var flags: [WordFlags] = []
  private var children: [[Int32: Int32]] = [[:]]
  private var payloads: [[Payload]] = [[]]

  /// The vocabulary id of `word`, adding it when new.
  mutating func intern(_ word: Substring) -> Int32 {
    let hash = WordHash.of(word)
    if let id = vocabulary[hash] { return id }
    let id = Int32(flags.count)
    vocabulary[hash] = id
    flags.append([])
    return id
  }

  mutating func mark(_ words: [String], _ flag: WordFlags) {
    for word in words {
      let id = intern(word[...])
      flags[Int(id)].insert(flag)
    }
  }

  /// The words of a phrase as the tokenizer would split them.
  static func words(of phrase: String) -> [Substring] {
    phrase.split { $0 == " " || $0 == "-" || $0 == "/" || $0 == "," || $0 == "." || $0 == "?" || $0 == "!" }
  }

  mutating func add(_ phrase: String, _ payload: Payload) {
    var node: Int32 = 0
    for word in Self.words(of: phrase) {
      let key = word == "*" ? Self.wildcard : intern(word)
      if let next = children[Int(node)][key] {
        node = next
      } else {
        let next = Int32(children.count)
        children.append([:])
        payloads.append([])
        children[Int(node)][key] = next
        node = next
      }
    }
    if node != 0 && !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
  }

  /// Gives each token its vocabulary id.
  func assignVocabulary(_ tokens: inout [Token]) {
    for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number {
      tokens[index].vocab = vocabulary[tokens[index].hash] ?? -1
    }
  }

  /// Calls `found` for every phrase that starts at token `start`, with the index of its last token.
  func matches(_ tokens: [Token], at start: Int, _ found: (Payload, Int) -> Void) {
    walk(tokens, node: 0, at: start, found)
  }

  private func walk(_ tokens: [Token], node: Int32, at index: Int, _ found: (Payload, Int) -> Void) {
    guard index < tokens.count else { return }
    let token = tokens[index]
    guard token.kind == .word || token.kind == .number || token.kind == .mergeTag else { return }
    let edges = children[Int(node)]
    if edges.isEmpty { return }
    if token.vocab >= 0, let next = edges[token.vocab] {
      for payload in payloads[Int(next)] { found(payload, index) }
      walk(tokens, node: next, at: index + 1, found)
    }
    if let next = edges[Self.wildcard] {
      for payload in payloads[Int(next)] { found(payload, index) }
      walk(tokens, node: next, at: index + 1, found)
    }
  }
}

/// What a single word says about focus.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt8
  /// I, me, my…
  static let selfSingular = WordFlags(rawValue: 1)
  /// we, us, our…
  static let selfPlural = WordFlags(rawValue: 2)
  /// you, your…
  static let reader = WordFlags(rawValue: 4)
  /// show, tell, send…: "show you" makes the reader an object of the sender's action.
  static let senderAction = WordFlags(rawValue: 8)
  /// Words skipped when looking for a sentence's subject ("so", "and", "just").
  static let lead = WordFlags(rawValue: 16)

  static let selfWord: WordFlags = [.selfSingular, .selfPlural]
}
