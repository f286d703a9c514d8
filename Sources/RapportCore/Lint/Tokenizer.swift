/// Splits the body lines of a draft into tokens and sentences in one pass over UTF-8 bytes.
///
/// Words are runs of letters, digits and inner apostrophes (straight or curly); hyphens and
/// slashes separate words. URLs, e-mail addresses, bare domains and merge tags
/// (`{{first_name}}`, `{FirstName}`, `%FNAME%`, `[Name]`) become single tokens that are not
/// counted as words. Markdown heading and list markers are skipped.
struct Tokenizer {
  private static let abbreviations: Set<UInt64> = Set(
    ["mr", "mrs", "ms", "dr", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "st", "approx", "no"]
      .map { WordHash.of($0[...]) })
  private static let greetings: Set<UInt64> = Set(
    ["hi", "hello", "hey", "dear", "greetings", "good", "hiya", "howdy", "morning", "afternoon"]
      .map { WordHash.of($0[...]) })

  var tokens: [Token] = []
  var sentences: [Sentence] = []
  /// The run of non-space bytes `urlEnd` last scanned.
  var run = URLRun()
  private var sentenceStart = 0
  private var sentenceWords = 0

  /// Tokenizes every `.body` line, ending sentences at `.` `!` `?` and at block ends.
  mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], kinds: [LineKind]) {
    tokens.reserveCapacity(bytes.count / 5)
    sentences.reserveCapacity(bytes.count / 64 + 4)
    var firstBody = true
    for index in lines.indices where kinds[index] == .body {
      let range = lines[index]
      let tokensBefore = tokens.count
      let block = scan(bytes, range, line: Int32(index))
      let nextKind = index + 1 < kinds.count ? kinds[index + 1] : .blank
      var endsBlock = block || nextKind != .body
      if !endsBlock { endsBlock = Self.startsBlock(bytes, lines[index + 1]) }
      if firstBody && tokens.count > tokensBefore {
        firstBody = false
        if isGreeting(from: tokensBefore) { endsBlock = true }
      }
      if endsBlock { closeSentence(greeting: false) }
    }
    closeSentence(greeting: false)
    guard let first = sentences.first, let head = tokens[first.tokens].first, head.isWord,
      Self.greetings.contains(head.hash)
    else { return }
    let comma = tokens[first.tokens].prefix(6).firstIndex(where: { $0.kind == .pause })
    let wordsBeforeComma = comma.map { tokens[first.tokens.lowerBound..<$0].filter(\.isWord).count } ?? 0
    // After a greeting's comma comes a name ("Hi, Dana", "Hello, Ms. Moon"); three words or more
    // are a sentence of their own ("Hi {{first_name}}, our platform is great."), whose focus counts.
    let sentenceAfterComma = comma != nil && first.wordCount - wordsBeforeComma >= 3
    if !first.isQuestion && first.wordCount <= 5 && !sentenceAfterComma {
      sentences[0].isGreeting = true
    } else if let comma, comma + 1 < first.tokens.upperBound {
      // "Hi Dana, thanks for…": the greeting ends at the first comma.
      let words = wordsBeforeComma
      let greeting = Sentence(tokens: first.tokens.lowerBound..<(comma + 1), isGreeting: true, wordCount: words)
      var rest = first
      rest.tokens = (comma + 1)..<first.tokens.upperBound
      rest.wordCount = first.wordCount - words
      sentences.replaceSubrange(0..<1, with: [greeting, rest])
    }
  }

  private func isGreeting(from start: Int) -> Bool {
    guard tokens[start].isWord, Self.greetings.contains(tokens[start].hash) else { return false }
    let words = tokens[start...].filter { $0.isWord || $0.kind == .mergeTag }.count
    return words <= 5 && !tokens[start...].contains { $0.kind == .question }
  }

  private mutating func closeSentence(greeting: Bool) {
    if sentenceStart < tokens.count, sentenceWords > 0 || greeting {
      let isQuestion = tokens[sentenceStart..<tokens.count].contains { $0.kind == .question }
      sentences.append(
        Sentence(
          tokens: sentenceStart..<tokens.count, isQuestion: isQuestion, isGreeting: greeting,
          wordCount: sentenceWords))
    }
    sentenceStart = tokens.count
    sentenceWords = 0
  }

  /// Whether a line opens a new block: a list item or a heading.
  private static func startsBlock(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    guard i < range.upperBound else { return true }
    let b = bytes[i]
    if b == UInt8(ascii: "#") { return true }
    if (b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+")) && i + 1 < range.upperBound
      && bytes[i + 1] == 0x20
    {
      return true
    }
    var j = i
    while j < range.upperBound, bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
    return j > i && j + 1 < range.upperBound && (bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")"))
      && bytes[j + 1] == 0x20
  }

  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
  }

  /// Lead bytes of multi-byte letters (Latin, Greek, Cyrillic, CJK…), as opposed to
  /// punctuation (E2 80/E2 8x), symbols and emoji (F0–F4).
  @inline(__always) private static func isLetterLead(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = bytes[i]
    if b >= 0xC3 && b <= 0xDF { return true }
    if b == 0xC2 { return false }
    if b >= 0xE3 && b <= 0xED { return true }
    if b == 0xE1 || b == 0xEA { return true }
    return false
  }

  @inline(__always) private static func sequenceLength(_ b: UInt8) -> Int {
    b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
  }

  /// Tokenizes one line. Returns true when the line is a block of its own (heading, list item).
  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int32) -> Bool {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    var block = false
    // Markdown heading and list markers.
    if i < end, bytes[i] == UInt8(ascii: "#") {
      while i < end, bytes[i] == UInt8(ascii: "#") { i += 1 }
      block = true
    } else if Self.startsBlock(bytes, i..<end), i < end {
      while i < end, bytes[i] != 0x20 { i += 1 }
      block = true
    }
    if block { closeSentence(greeting: false) }
    while i < end {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 || b == 0x0D {
        i += 1
        continue
      }
      if Self.isAlnum(b) || (b >= 0x80 && Self.isLetterLead(bytes, i)) {
        let wordEnd = word(bytes, i, end, line)
        // A word that runs into ".", "@", ":" or "/" may be a URL, address or domain.
        if wordEnd + 1 < end, bytes[wordEnd + 1] != 0x20,
          bytes[wordEnd] == UInt8(ascii: ".") || bytes[wordEnd] == UInt8(ascii: "@")
            || bytes[wordEnd] == UInt8(ascii: ":") || bytes[wordEnd] == UInt8(ascii: "/"),
          let urlEnd = urlEnd(bytes, i, end)
        {
          tokens.removeLast()
          sentenceWords -= 1
          append(i, urlEnd, line, .url, 0)
          i = urlEnd
          continue
        }
        i = wordEnd
        continue
      }
      switch b {
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
        var j = i
        var question = false
        var dots = 0
        while j < end, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: "!") || bytes[j] == UInt8(ascii: "?") {
          if bytes[j] == UInt8(ascii: "?") { question = true }
          if bytes[j] == UInt8(ascii: ".") { dots += 1 }
          j += 1
        }
        if question {
          append(i, j, line, .question, 0)
          closeSentence(greeting: false)
        } else if dots >= 3 && j - i == dots {
          append(i, j, line, .pause, 0)
        } else if dots == j - i && dots == 1 && isAbbreviation(bytes, j, end) {
          // "Dr. Smith", "e.g. this": not a sentence end.
        } else {
          append(i, j, line, .stop, 0)
          closeSentence(greeting: false)
        }
        i = j
      case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "%"):
        if let tagEnd = mergeTagEnd(bytes, i, end) {
          append(i, tagEnd, line, .mergeTag, 0)
          i = tagEnd
        } else {
          i += 1
        }
      case UInt8(ascii: "]"):
        // A Markdown link: keep its text, skip "(url)".
        if i + 1 < end, bytes[i + 1] == UInt8(ascii: "(") {
          var j = i + 1
          while j < end, bytes[j] != UInt8(ascii: ")") { j += 1 }
          i = min(end, j + 1)
        } else {
          i += 1
        }
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
        UInt8(ascii: "\""):
        append(i, i + 1, line, .pause, 0)
        i += 1
      case UInt8(ascii: "-"):
        // A free-standing dash pauses; a hyphen inside a word only separates.
        if (i + 1 >= end || bytes[i + 1] == 0x20) && (i == range.lowerBound || bytes[i - 1] == 0x20) {
          append(i, i + 1, line, .pause, 0)
        }
        i += 1
      case 0xE2:
        // General punctuation: dashes and ellipsis pause; quotes are skipped.
        if i + 2 < end, bytes[i + 1] == 0x80,
          bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 || bytes[i + 2] == 0xA6
        {
          append(i, i + 3, line, .pause, 0)
        }
        i += 3
      default:
        i += b < 0x80 ? 1 : Self.sequenceLength(b)
      }
    }
    return block
  }

  private func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ after: Int, _ end: Int) -> Bool {
    guard let last = tokens.last, last.kind == .word else { return false }
    if last.end - last.start == 1 { return true }
    return Self.abbreviations.contains(last.hash) && after < end
  }

  private mutating func append(_ start: Int, _ end: Int, _ line: Int32, _ kind: Token.Kind, _ hash: UInt64) {
    tokens.append(
      Token(start: Int32(start), end: Int32(end), line: line, kind: kind, vocab: -1, hash: hash))
    if kind == .word || kind == .number { sentenceWords += 1 }
  }

  /// Scans a word from `i`; returns the index after it.
  private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ line: Int32) -> Int {
    var i = start
    var hash = WordHash.offset
    var digitsOnly = true
    var syllables = SyllableCounter()
    while i < end {
      // A run of ASCII letters (most of any word) in a loop of its own, small enough for
      // the counters to stay in registers; the same steps as the letter case below.
      while i < end {
        let lower = bytes[i] | 0x20
        guard lower &- 0x61 < 26 else { break }
        digitsOnly = false
        syllables.feed(lower)
        hash = WordHash.mix(hash, lower)
        i += 1
      }
      guard i < end else { break }
      let b = bytes[i]
      if Self.isAlnum(b) {
        if b > 0x39 {
          digitsOnly = false
          let lower = b | 0x20
          syllables.feed(lower)
          hash = WordHash.mix(hash, lower)
        } else {
          hash = WordHash.mix(hash, b)
        }
        i += 1
      } else if b >= 0x80 && Self.isLetterLead(bytes, i) {
        digitsOnly = false
        if b == 0xC3 { syllables.feed(UInt8(ascii: "a")) }
        let n = min(Self.sequenceLength(b), end - i)
        for k in 0..<n { hash = WordHash.mix(hash, bytes[i + k]) }
        i += n
      } else if b == UInt8(ascii: "'") && i + 1 < end && Self.isAlnum(bytes[i + 1]) {
        hash = WordHash.mix(hash, b)
        i += 1
      } else if b == 0xE2 && i + 3 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
        && Self.isAlnum(bytes[i + 3])
      {
        hash = WordHash.mix(hash, UInt8(ascii: "'"))
        i += 3
      } else if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) && digitsOnly && i + 1 < end
        && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39
      {
        // 3.5, 10,000
        i += 1
      } else {
        break
      }
    }
    append(start, i, line, digitsOnly ? .number : .word, hash)
    tokens[tokens.count - 1].syllables = UInt8(min(255, syllables.total))
    return i
  }

}
