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
struct FocusAnalyzer {
  struct Cues {
    var names: [(role: FocusRole, start: Int, end: Int)] = []
    var neutral: [(start: Int, end: Int)] = []
    var inclusive: [Int] = []
    var attention: [Int] = []
  }

  let matcher: PhraseMatcher

  func analyze(_ analysis: inout Analysis, cues: Cues) {
    let tokens = analysis.tokens
    var roles = [FocusRole](repeating: .none, count: tokens.count)
    let flags = matcher.flags
    for (index, token) in tokens.enumerated() where token.vocab >= 0 {
      let flag = flags[Int(token.vocab)]
      if !flag.isDisjoint(with: .selfWord) {
        roles[index] = .sender
      } else if flag.contains(.reader) {
        roles[index] = .reader
      }
    }
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
    for sentence in analysis.sentences {
      let range = sentence.tokens
      if sentence.isGreeting {
        for k in range where roles[k] == .reader || roles[k] == .sender { roles[k] = .excluded }
        sentenceRoles.append(.none)
        continue
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
      // Cues come in token order, so one pointer per list walks them with the sentences.
      while nextInclusive < cues.inclusive.count && cues.inclusive[nextInclusive] < range.lowerBound { nextInclusive += 1 }
      let inclusive = nextInclusive < cues.inclusive.count && range.contains(cues.inclusive[nextInclusive])
      if inclusive {
        for k in range where roles[k] == .sender { roles[k] = .excluded }
      }
      while nextAttention < cues.attention.count && cues.attention[nextAttention] < range.lowerBound { nextAttention += 1 }
      let attends = nextAttention < cues.attention.count && range.contains(cues.attention[nextAttention])
      var reader = 0
      var sender = 0
      for k in range {
        if roles[k] == .reader { reader += 1 } else if roles[k] == .sender { sender += 1 }
      }
      var subject: FocusRole = .none
      var seen = 0
      for k in range where tokens[k].isWord || tokens[k].kind == .mergeTag {
        if roles[k] == .reader || roles[k] == .sender {
          subject = roles[k]
          break
        }
        if tokens[k].vocab >= 0, flags[Int(tokens[k].vocab)].contains(.lead) { continue }
        seen += 1
        if seen >= 6 { break }
      }
      var focus = reader - sender
      if subject == .reader { focus += 2 }
      if subject == .sender { focus += attends && reader > 0 ? 1 : -2 }
      if !seenBody {
        // A merge tag ("I noticed {{company}} raised…") stands for the reader's name.
        firstAttendsToReader = attends && (reader > 0 || range.contains { tokens[$0].kind == .mergeTag })
      }
      seenBody = true
      let role: FocusRole = focus > 0 ? .reader : focus < 0 ? .sender : .none
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
  }
}
