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
    /// A phrase that fires one of the focus verdict's cue features.
    case cue(FocusCue)
  }

  static let wildcard: Int32 = -3

  /// Word hash → vocabulary id.
  private var vocabulary = FlatTable(capacity: 2048)
  private(set) var flags: [WordFlags] = []
  /// (node << 32 | word id + 8) → child node; word id -3 is the wildcard.
  private var edges = FlatTable(capacity: 4096)
  /// Whether a node has any child, to stop early.
  private var hasChildren: [Bool] = [false]
  /// Per vocabulary id, the root's child for that word (-1: no phrase starts with it), and
  /// the root's wildcard child: every word is tried as a phrase start, and an array read
  /// is cheaper there than a lookup in `edges`.
  private var rootChild: [Int32] = []
  private var rootWildcard: Int32 = -1
  /// Per node, the first of its payloads in `payloadList` (-1: none). Flat arrays of plain
  /// values: walking nested arrays retained and released them at every step.
  private var firstPayload: [Int32] = [-1]
  private var payloadList: [Payload] = []
  /// The next payload of the same node (-1: the last).
  private var nextPayload: [Int32] = []

  /// The vocabulary id of `word`, adding it when new.
  mutating func intern(_ word: Substring) -> Int32 { intern(hash: WordHash.of(word)) }

  /// The vocabulary id of the word with normalised hash `hash`, adding it when new.
  mutating func intern(hash: UInt64) -> Int32 {
    let known = vocabulary.get(hash)
    if known >= 0 { return known }
    let id = Int32(flags.count)
    vocabulary.set(hash, id)
    flags.append([])
    rootChild.append(-1)
    return id
  }

  @inline(__always) private static func edge(_ node: Int32, _ word: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word &+ 8))
  }

  /// Marks the word whose normalised hash is `hash`.
  mutating func mark(hash: UInt64, _ flag: WordFlags) {
    flags[Int(intern(hash: hash))].insert(flag)
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

  @inline(__always) private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ",")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
  }

  /// Adds a phrase, split into words as `words(of:)` does (on its bytes: compiling a
  /// thousand phrases by `Character` was most of a single lint's start-up).
  mutating func add(_ phrase: String, _ payload: Payload) {
    var phrase = phrase
    phrase.withUTF8 { add(bytes: $0, payload) }
  }

  private mutating func add(bytes: UnsafeBufferPointer<UInt8>, _ payload: Payload) {
    var node: Int32 = 0
    var start = 0
    while start < bytes.count {
      if Self.isSeparator(bytes[start]) {
        start += 1
        continue
      }
      // "#1": the tokenizer drops the "#", so the phrase does too.
      if bytes[start] == UInt8(ascii: "#") && start + 1 < bytes.count && !Self.isSeparator(bytes[start + 1]) {
        start += 1
      }
      var end = start
      while end < bytes.count && !Self.isSeparator(bytes[end]) { end += 1 }
      let isWildcard = end == start + 1 && bytes[start] == UInt8(ascii: "*")
      let key = isWildcard ? Self.wildcard : intern(hash: WordHash.of(utf8: bytes[start..<end]))
      start = end
      let existing = edges.get(Self.edge(node, key))
      if existing >= 0 {
        node = existing
      } else {
        let next = Int32(firstPayload.count)
        firstPayload.append(-1)
        hasChildren.append(false)
        edges.set(Self.edge(node, key), next)
        hasChildren[Int(node)] = true
        if node == 0 {
          if isWildcard { rootWildcard = next } else { rootChild[Int(key)] = next }
        }
        node = next
      }
    }
    guard node != 0 else { return }
    // Appended at the end of the node's list, so payloads are found in the order added.
    var last: Int32 = -1
    var current = firstPayload[Int(node)]
    while current >= 0 {
      if payloadList[Int(current)] == payload { return }
      last = current
      current = nextPayload[Int(current)]
    }
    let added = Int32(payloadList.count)
    payloadList.append(payload)
    nextPayload.append(-1)
    if last >= 0 { nextPayload[Int(last)] = added } else { firstPayload[Int(node)] = added }
  }

  /// The same matcher in storage of its own: no buffer is shared with this one.
  func unshared() -> PhraseMatcher {
    var copy = self
    copy.vocabulary = vocabulary.unshared()
    copy.flags = flags.unshared()
    copy.edges = edges.unshared()
    copy.hasChildren = hasChildren.unshared()
    copy.rootChild = rootChild.unshared()
    copy.firstPayload = firstPayload.unshared()
    copy.payloadList = payloadList.unshared()
    copy.nextPayload = nextPayload.unshared()
    return copy
  }

  /// Gives each token its vocabulary id.
  func assignVocabulary(_ tokens: inout [Token]) {
    for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number {
      tokens[index].vocab = vocabulary.get(tokens[index].hash)
    }
  }

  /// Calls `found` for every phrase that starts at token `start`, with the index of its last token.
  /// Appends to `found` every phrase that starts at token `start`, with the index of its
  /// last token. A buffer rather than a callback: a closure per token cost more than the walk.
  func matches(_ tokens: UnsafeBufferPointer<Token>, at start: Int, into found: inout [(Payload, Int)]) {
    // The first step of `walk(tokens, node: 0, at: start, &found)`, from the root's arrays.
    guard start < tokens.count else { return }
    let token = tokens[start]
    guard token.kind == .word || token.kind == .number || token.kind == .mergeTag else { return }
    if token.vocab >= 0 {
      let next = rootChild[Int(token.vocab)]
      if next >= 0 {
        report(next, start, &found)
        walk(tokens, node: next, at: start + 1, &found)
      }
    }
    if rootWildcard >= 0 {
      report(rootWildcard, start, &found)
      walk(tokens, node: rootWildcard, at: start + 1, &found)
    }
  }

  private func walk(_ tokens: UnsafeBufferPointer<Token>, node: Int32, at index: Int, _ found: inout [(Payload, Int)]) {
    guard index < tokens.count, hasChildren[Int(node)] else { return }
    let token = tokens[index]
    guard token.kind == .word || token.kind == .number || token.kind == .mergeTag else { return }
    if token.vocab >= 0 {
      let next = edges.get(Self.edge(node, token.vocab))
      if next >= 0 {
        report(next, index, &found)
        walk(tokens, node: next, at: index + 1, &found)
      }
    }
    let wild = edges.get(Self.edge(node, Self.wildcard))
    if wild >= 0 {
      report(wild, index, &found)
      walk(tokens, node: wild, at: index + 1, &found)
    }
  }
}

extension PhraseMatcher {
  @inline(__always) fileprivate func report(_ node: Int32, _ index: Int, _ found: inout [(Payload, Int)]) {
    var current = firstPayload[Int(node)]
    while current >= 0 {
      found.append((payloadList[Int(current)], index))
      current = nextPayload[Int(current)]
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
  /// send, forward, sign…: the verb of a request to the reader (`AsksForSenderCue`).
  static let requestVerb = WordFlags(rawValue: 32)

  static let selfWord: WordFlags = [.selfSingular, .selfPlural]
}
