import Foundation

/// Decides who each sentence is about, from its subject and its key phrases.
///
/// Per word: I/we/our and sender names are sender words; you/your and customer names are
/// reader words. A "you" inside "thank you", "you know" and similar, or right after a
/// sender's action verb in a sentence the sender started ("let me show you"), counts for
/// neither. In a sentence with "you and I", "together" or "both of us", sender words count
/// for neither (an inclusive "we").
///
/// Per sentence: the subject is the first sender or reader word among its first six words
/// (after "so", "and", "just"…). focus = reader words − sender words + 2 for a reader
/// subject − 2 for a sender subject (+1 instead when the sender attends to the reader:
/// "I noticed your…"). Above zero the sentence is about the reader, below zero about the sender.
///
/// Cue phrases (`FocusCues`) then override the grammar: a sentence whose thing of value is
/// the sender's offer ("you'll love our…", "you deserve the #1 tool") is about the sender
/// whatever its subject; one that attends to the reader's situation ("we noticed your…",
/// "thanks for walking me through…", "I noticed {{company}}…") does not count its I/we and
/// leans to the reader. A merge tag in the body stands for the reader. The same pass counts
/// the focus verdict's features (`FocusFeature`).
struct FocusAnalyzer {
  struct Cues {
    var names: [(role: FocusRole, start: Int, end: Int)] = []
    var neutral: [(start: Int, end: Int)] = []
    var inclusive: [Int] = []
    var attention: [Int] = []
    /// Cue-feature phrases, in token order: (cue, first token, last token).
    var hits: [(cue: FocusCue, start: Int, end: Int)] = []
  }

  /// The hash of "1", for "#1" (the tokenizer drops the "#").
  private static let one = WordHash.of("1")
  /// The last words of the pitches whose object comes next ("you'll love", "you'll get", "you
  /// deserve"): when that object is the reader's own ("you'll love your new windows", "you'll
  /// get your evenings back"), the thing of value is theirs and the phrase is no pitch.
  private static let pitchVerbs: [UInt64] = ["love", "get", "deserve"].map { WordHash.of(Substring($0)) }

  let matcher: PhraseMatcher
  /// Whether to keep what fired each feature (for `--explain` and JSON).
  var detailed = true
  /// The fitted word weights behind `word_evidence`.
  var words = WordModel.shipped

  func analyze(_ analysis: inout Analysis, cues: Cues) {
    let tokens = analysis.tokens
    var roles = [FocusRole](repeating: .none, count: tokens.count)
    let flags = matcher.flags
    var counts = FocusCounts()
    for (index, token) in tokens.enumerated() where token.vocab >= 0 {
      let flag = flags[Int(token.vocab)]
      if !flag.isDisjoint(with: .selfWord) {
        roles[index] = .sender
        counts.pronouns.sender += 1
      } else if flag.contains(.reader) && !Self.isLetterNotYou(token, in: analysis.bytes) {
        roles[index] = .reader
        counts.pronouns.reader += 1
      }
    }
    var cueHits = cues.hits
    for (index, token) in tokens.enumerated() {
      if token.kind == .mergeTag {
        roles[index] = .reader
      } else if Self.isHashOne(token, in: analysis.bytes) {
        cueHits.append((.claims, index, index))
      }
    }
    if cueHits.count != cues.hits.count { cueHits.sort { $0.start < $1.start } }
    for name in cues.names {
      roles[name.start] = name.role
      if name.end > name.start { for k in (name.start + 1)...name.end { roles[k] = .excluded } }
    }
    for range in cues.neutral {
      for k in range.start...range.end where roles[k] == .reader { roles[k] = .excluded }
    }
    var sentenceRoles: [FocusRole] = []
    sentenceRoles.reserveCapacity(analysis.sentences.count)
    var metrics = analysis.metrics
    var nextInclusive = 0
    var nextAttention = 0
    // "I noticed your…" as the first sentence opens on the reader's news, not on the sender.
    var firstAttendsToReader = false
    var seenBody = false
    var nextHit = 0
    for sentence in analysis.sentences {
      let range = sentence.tokens
      while nextHit < cueHits.count && cueHits[nextHit].start < range.lowerBound { nextHit += 1 }
      if sentence.isGreeting {
        for k in range where roles[k] == .reader || roles[k] == .sender { roles[k] = .excluded }
        // The greeting's only cue: one addressed to nobody in particular ("Dear Valued Customer").
        if let hit = cueHits[nextHit...].prefix(while: { $0.start < range.upperBound })
          .first(where: { $0.cue == .impersonalGreeting })
        {
          counts.values[FocusFeature.impersonalGreeting.index] += 1
          if detailed { counts.evidence.append((.impersonalGreeting, hit.start...min(hit.end, range.upperBound - 1))) }
        }
        sentenceRoles.append(.none)
        continue
      }
      // This sentence's cue phrases, one per feature and first token.
      var offer = false
      var situation = false
      var calendar = false
      var attentionSpans: [ClosedRange<Int>] = []
      // Calendar and time asks ("15 minutes", "spare 10 minutes"): their numbers are not specifics.
      var asks: [ClosedRange<Int>] = []
      // Hits come sorted by first token: the features already counted at the current one.
      var start = -1
      var seenAtStart: UInt32 = 0
      // A generic opener ("I came across your profile") is the sender's template: its
      // "I came across / I saw" is not attention to the reader (`GenericOpenerCue`).
      var genericEnd = -1
      var requests = false
      var scan = nextHit
      while scan < cueHits.count && cueHits[scan].start < range.upperBound {
        if cueHits[scan].cue == .genericOpener { genericEnd = max(genericEnd, cueHits[scan].end) }
        if cueHits[scan].cue == .asksForSender { requests = true }
        scan += 1
      }
      // The one request for the sender's sake this sentence counts, if any (`AsksForSenderCue`).
      let ask = requests ? senderAsk(cueHits[nextHit..<scan], in: range, tokens: tokens, roles: roles) : -1
      while nextHit < cueHits.count && cueHits[nextHit].start < range.upperBound {
        let hit = cueHits[nextHit]
        nextHit += 1
        if hit.cue == .attention && hit.start <= genericEnd { continue }
        if hit.cue.isAskPart && nextHit - 1 != ask { continue }
        // "our customers", "my team": the sender's people, not the reader's world; "your
        // platform": the reader's own tool, not the sender's offer.
        if hit.cue == .pitchToReader, Self.pitchVerbs.contains(tokens[hit.end].hash), hit.end + 1 < range.upperBound,
          tokens[hit.end + 1].vocab >= 0, flags[Int(tokens[hit.end + 1].vocab)].contains(.reader)
        {
          continue
        }
        if hit.cue == .readerWorld, Self.isSendersPeople(hit.start, hit.end, in: range, tokens, flags) { continue }
        if hit.cue == .productNouns {
          let before = hit.start > range.lowerBound && tokens[hit.start - 1].vocab >= 0
            ? flags[Int(tokens[hit.start - 1].vocab)] : []
          if before.contains(.reader) { continue }
        }
        let feature = hit.cue.feature.index
        if hit.start != start {
          start = hit.start
          seenAtStart = 0
        }
        if seenAtStart & (1 << feature) != 0 {
          // The same cue again from the same word: show the longest phrase ("award winning").
          if detailed, let last = counts.evidence.lastIndex(where: { $0.feature == hit.cue.feature }),
            counts.evidence[last].tokens.lowerBound == hit.start, hit.end < range.upperBound
          {
            counts.evidence[last].tokens = hit.start...max(hit.end, counts.evidence[last].tokens.upperBound)
          }
          continue
        }
        seenAtStart |= 1 << feature
        counts.values[feature] += 1
        if detailed { counts.evidence.append((hit.cue.feature, hit.start...min(hit.end, range.upperBound - 1))) }
        if hit.cue.isOffer { offer = true }
        if hit.cue == .readerSituation { situation = true }
        if hit.cue == .calendarPressure { calendar = true }
        if hit.cue == .calendarPressure || hit.cue == .timeCost { asks.append(hit.start...hit.end) }
        if hit.cue == .attention || hit.cue == .readerSituation { attentionSpans.append(hit.start...hit.end) }
      }
      var sawSender = false
      for k in range {
        if roles[k] == .sender { sawSender = true }
        if roles[k] == .reader, sawSender, k > range.lowerBound, tokens[k - 1].vocab >= 0,
          flags[Int(tokens[k - 1].vocab)].contains(.senderAction)
        {
          roles[k] = .excluded
        }
      }
      // "How are you today?": a courtesy, not a question about the reader's situation.
      if sentence.isQuestion, Self.isCourtesyQuestion(range, tokens) {
        for k in range where roles[k] == .reader { roles[k] = .excluded }
      }
      // Cues come in token order, so one pointer per list walks them with the sentences.
      while nextInclusive < cues.inclusive.count && cues.inclusive[nextInclusive] < range.lowerBound { nextInclusive += 1 }
      let inclusive = nextInclusive < cues.inclusive.count && range.contains(cues.inclusive[nextInclusive])
      if inclusive {
        for k in range where roles[k] == .sender { roles[k] = .excluded }
      }
      while nextAttention < cues.attention.count && cues.attention[nextAttention] < range.lowerBound { nextAttention += 1 }
      var attends = nextAttention < cues.attention.count && range.contains(cues.attention[nextAttention])
      if genericEnd >= 0 && !situation { attends = false }
      countNumbers(in: range, of: analysis, skipping: asks, into: &counts)
      var reader = 0
      for k in range where roles[k] == .reader { reader += 1 }
      // "We noticed your…", "thanks for walking me through…": the I/we of the attention
      // itself is not the sender talking about themselves.
      let attendsToReader = situation || (!attentionSpans.isEmpty && reader > 0)
      if attendsToReader {
        for span in attentionSpans {
          for k in span where roles[k] == .sender { roles[k] = .excluded }
        }
      }
      var sender = 0
      for k in range where roles[k] == .sender { sender += 1 }
      var subject: FocusRole = .none
      var subjectToken = range.lowerBound
      var seen = 0
      for k in range where tokens[k].isWord || tokens[k].kind == .mergeTag {
        if roles[k] == .reader || roles[k] == .sender {
          subject = roles[k]
          subjectToken = k
          break
        }
        if tokens[k].vocab >= 0, flags[Int(tokens[k].vocab)].contains(.lead) { continue }
        seen += 1
        if seen >= 6 { break }
      }
      var focus = reader - sender
      if subject == .reader { focus += 2 }
      if subject == .sender { focus += attends && reader > 0 ? 1 : -2 }
      if attendsToReader { focus += 1 }
      // The sender's offer as the thing of value: about the sender, whoever the subject is.
      if offer { focus = min(focus, -1) }
      if subject != .none {
        let feature: FocusFeature = subject == .sender ? .senderSubject : .readerSubject
        counts.values[feature.index] += 1
        if detailed { counts.evidence.append((feature, subjectToken...subjectToken)) }
      }
      if role(focus) != .none {
        let feature: FocusFeature = role(focus) == .sender ? .senderSentences : .readerSentences
        counts.values[feature.index] += 1
      }
      // A question about them, not a request for their calendar.
      if sentence.isQuestion && reader > 0 && !calendar {
        counts.values[FocusFeature.readerQuestions.index] += 1
        if detailed { counts.evidence.append((.readerQuestions, range.lowerBound...(range.upperBound - 1))) }
      }
      if !seenBody {
        // A merge tag ("I noticed {{company}} raised…") stands for the reader's name.
        firstAttendsToReader = attends && (reader > 0 || range.contains { tokens[$0].kind == .mergeTag })
      }
      seenBody = true
      let role = role(focus)
      sentenceRoles.append(role)
      metrics.readerWords += reader
      metrics.selfWords += sender
      switch role {
      case .reader: metrics.readerSentences += 1
      case .sender: metrics.selfSentences += 1
      default: metrics.neutralSentences += 1
      }
    }
    if let first = analysis.sentences.firstIndex(where: { !$0.isGreeting }) {
      let range = analysis.sentences[first].tokens
      if let k = range.first(where: {
        tokens[$0].isWord && !(tokens[$0].vocab >= 0 && flags[Int(tokens[$0].vocab)].contains(.lead))
      }) {
        metrics.opensWithSelf = roles[k] == .sender && !firstAttendsToReader
      }
    }
    analysis.roles = roles
    analysis.sentenceRoles = sentenceRoles
    analysis.metrics = metrics
    let found = words.evidence(tokens, bytes: analysis.bytes, detailed: detailed)
    counts.values[FocusFeature.wordEvidence.index] = found.logit
    counts.wordHits = found.hits
    analysis.focusCounts = counts
  }

  /// The index in `cueHits` of the sentence's request that counts for `asks_for_sender`, or -1:
  /// the first frame whose last word (its `*`) is a request verb ("please send", not "please
  /// note") and after whose start the sender is named as the beneficiary — an I/we word or a
  /// sender name, or the sender's thing ("the right person") — in a sentence where nothing names
  /// the reader as the one served ("for you", "so your…"). One pass over the sentence's hits and
  /// words, made only for a sentence with a frame; kept out of `analyze`, whose per-word loops
  /// it would otherwise crowd.
  @inline(never)
  private func senderAsk(
    _ hits: ArraySlice<(cue: FocusCue, start: Int, end: Int)>, in range: Range<Int>, tokens: [Token], roles: [FocusRole]
  ) -> Int {
    var forSender = -1
    for hit in hits {
      if hit.cue == .forTheReader || hit.cue == .readerBenefit { return -1 }
      if hit.cue == .forTheSender { forSender = max(forSender, hit.start) }
    }
    for k in range where roles[k] == .sender { forSender = max(forSender, k) }
    let flags = matcher.flags
    for index in hits.indices where hits[index].cue == .asksForSender {
      let hit = hits[index]
      guard hit.end < range.upperBound, forSender >= hit.start else { continue }
      let verb = tokens[hit.end].vocab
      if verb >= 0 && flags[Int(verb)].contains(.requestVerb) { return index }
    }
    return -1
  }

  /// The sender's clientele ("customer", "clients", "users") and what a business runs for it.
  private static let clientele: Set<UInt64> = Set(
    ["customer", "customers", "client", "clients", "user", "users"].map { WordHash.of(Substring($0)) })
  private static let operations: Set<UInt64> = Set(
    [
      "service", "services", "support", "care", "experience", "experiences", "success", "satisfaction", "loyalty",
      "relations", "relationship", "relationships", "record", "records", "information", "data", "base", "list",
      "portal", "account", "accounts", "feedback", "review", "reviews", "testimonial", "testimonials", "story",
      "stories", "retention", "acquisition", "journey", "insight", "insights", "interface",
    ].map { WordHash.of(Substring($0)) })

  /// Whether a reader's-world noun names the sender's people or operation rather than the
  /// reader's: after an I/we word up to two words back in the same phrase ("our customers", "our
  /// valued clients", "my past clients"), or a clientele noun naming what the sender runs for its
  /// customers ("customer support", "client testimonials", "user experience").
  static func isSendersPeople(
    _ start: Int, _ end: Int, in range: Range<Int>, _ tokens: [Token], _ flags: [WordFlags]
  ) -> Bool {
    var k = start - 1
    while k >= range.lowerBound && k >= start - 2 && tokens[k].isWord {
      if tokens[k].vocab >= 0 && !flags[Int(tokens[k].vocab)].isDisjoint(with: .selfWord) { return true }
      k -= 1
    }
    return clientele.contains(tokens[end].hash) && end + 1 < range.upperBound && tokens[end + 1].isWord
      && operations.contains(tokens[end + 1].hash)
  }

  /// "u" and "ur", the text-speak "you" and "your".
  private static let textSpeak: [UInt64] = [WordHash.of("u"), WordHash.of("ur")]

  /// Whether a "u" or "ur" is a letter, an abbreviation or a piece of code rather than the
  /// text-speak "you" / "your": written as a capital ("U.S.", "Plan U"), starting a dotted
  /// abbreviation ("u.s."), or touching anything but a space, a quote, a bracket or a sentence's
  /// punctuation ("a8f-u-22c", the "/u/" or "+u+" of a base64 string). Of the ten lone u/U in the
  /// real set, eight are the "U" of "U.S."; the two that mean "you" are in lower case between
  /// spaces ("finds u well").
  @inline(__always) static func isLetterNotYou(_ token: Token, in bytes: [UInt8]) -> Bool {
    guard textSpeak.contains(token.hash) else { return false }
    let start = Int(token.start), end = Int(token.end)
    if bytes[start] == UInt8(ascii: "U") { return true }
    if start > 0 && !proseBefore.contains(bytes[start - 1]) { return true }
    guard end < bytes.count else { return false }
    if !proseAfter.contains(bytes[end]) { return true }
    guard bytes[end] == UInt8(ascii: "."), end + 1 < bytes.count else { return false }
    let next = bytes[end + 1] | 0x20
    return next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")
  }

  /// What may stand right before and after a text-speak "u" in prose: before it, the last byte of
  /// an opening curly quote or a dash (0x98, 0x9C; 0x93, 0x94); after it, the first byte of a
  /// closing quote, a dash or an ellipsis (0xE2).
  private static let proseBefore = Set(" \t\n\r\"'(".utf8).union([0x98, 0x9C, 0x93, 0x94])
  private static let proseAfter = Set(" \t\n\r\"'),.;:!?".utf8).union([0xE2])

  private func role(_ focus: Int) -> FocusRole { focus > 0 ? .reader : focus < 0 ? .sender : .none }

  /// Whether the token is the "1" of "#1" (the tokenizer drops the "#"): a claim.
  @inline(__always) private static func isHashOne(_ token: Token, in bytes: [UInt8]) -> Bool {
    token.kind == .number && token.hash == one && token.start > 0 && bytes[Int(token.start) - 1] == UInt8(ascii: "#")
  }

  private static let courtesy = (
    how: WordHash.of("how"), are: [WordHash.of("are"), WordHash.of("r")], have: WordHash.of("have"),
    been: WordHash.of("been"), you: [WordHash.of("you"), WordHash.of("u"), WordHash.of("ya")],
    doing: WordHash.of("doing"), this: WordHash.of("this"),
    when: [WordHash.of("today"), WordHash.of("tonight"), WordHash.of("morning"), WordHash.of("afternoon"),
      WordHash.of("evening"), WordHash.of("week")]
  )

  /// Whether a question ends with a courtesy about how the reader is — "how are you?", "how
  /// are you doing today?", "how have you been?" — whose "you" asks after nothing in their
  /// situation; "How are you handling onboarding today?" is a real question and does not match.
  static func isCourtesyQuestion(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
    // The sentence's words from its end, one at a time (0 past its start or at a word's break).
    var k = range.upperBound - 1
    func previousWord() -> UInt64 {
      while k >= range.lowerBound {
        let token = tokens[k]
        k -= 1
        if token.isWord { return token.hash }
        if !token.isBreak { return 0 }
      }
      return 0
    }
    var word = previousWord()
    if courtesy.when.contains(word) {
      word = previousWord()
      if word == courtesy.this { word = previousWord() }
    }
    if word == courtesy.been {
      return courtesy.you.contains(previousWord()) && previousWord() == courtesy.have && previousWord() == courtesy.how
    }
    if word == courtesy.doing { word = previousWord() }
    return courtesy.you.contains(word) && courtesy.are.contains(previousWord()) && previousWord() == courtesy.how
  }

  /// Counts the sentence's numbers for `concreteNumbers` (`ConcreteNumbersCue`): a run of
  /// numbers joined by single "-" or "." bytes counts once, and not at all when it holds seven
  /// digits or more in several parts (a telephone number: 201-555-0143, 281.367.5599); the "1"
  /// of "#1" is a claim, not a specific, and a number inside a calendar or time ask (`asks`:
  /// "15 minutes", "spare 10 minutes") measures the sender's request, not the reader.
  private func countNumbers(
    in range: Range<Int>, of analysis: Analysis, skipping asks: [ClosedRange<Int>], into counts: inout FocusCounts
  ) {
    let tokens = analysis.tokens
    let bytes = analysis.bytes
    var k = range.lowerBound
    while k < range.upperBound {
      guard tokens[k].kind == .number else {
        k += 1
        continue
      }
      let first = k
      var parts = 1
      var digits = 0
      var last = k
      func digitsAndDots(_ token: Token) -> (digits: Int, dots: Int) {
        var d = 0
        var dots = 0
        for i in Int(token.start)..<Int(token.end) {
          if bytes[i] >= 0x30 && bytes[i] <= 0x39 { d += 1 } else if bytes[i] == UInt8(ascii: ".") { dots += 1 }
        }
        return (d, dots)
      }
      let own = digitsAndDots(tokens[k])
      digits += own.digits
      if own.dots >= 2 { parts = own.dots + 1 }
      // Follow "-" or "." joins to the next number token.
      while true {
        let end = Int(tokens[last].end)
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "."),
          bytes[end + 1] >= 0x30 && bytes[end + 1] <= 0x39
        else { break }
        var next = last + 1
        while next < range.upperBound && Int(tokens[next].start) < end + 1 { next += 1 }
        guard next < range.upperBound, tokens[next].kind == .number, Int(tokens[next].start) == end + 1 else { break }
        last = next
        parts += 1
        digits += digitsAndDots(tokens[next]).digits
      }
      k = last + 1
      let isPhone = parts > 1 && digits >= 7
      let isClaim = first == last && Self.isHashOne(tokens[first], in: bytes)
      guard !isPhone && !isClaim && !asks.contains(where: { $0.contains(first) }) else { continue }
      counts.values[FocusFeature.concreteNumbers.index] += 1
      if detailed { counts.evidence.append((.concreteNumbers, first...last)) }
    }
  }
}
