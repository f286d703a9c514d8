/// Stalls: the buyer puts the decision off instead of giving a reason — someone to ask first
/// ("I have to talk it over with my wife first"), time to think ("let me sleep on it"), a later
/// date ("I'd like to revisit this next quarter", "call me back next week"), a timing brush-off
/// ("that night is not good for me") or a request for information ("send me some info"). A
/// stall is an objection, not the why: the coach digs past it ("What would she want to know?",
/// "What would make it a yes?"), as the pain funnel digs past a first, surface answer.
///
/// The person consulted is no stake of the buyer's: "my wife" in "I have to check with my wife
/// first" is the one to ask, while "my wife will leave me if I keep missing dinners" is the
/// stake. So the words inside a stall do not count for the personal and business cues
/// (`LadderCueReader.read`), the way "me" in "give me a week" is no stake. The lists are data,
/// like the other phrase lists of `LadderCueReader`.
extension LadderCueReader {
  /// One stall: its words and where it stands in the answer.
  struct Stall {
    var text: String
    var range: Range<Int>
  }

  /// The stalls in `answer` (read as `words`), each with its span (a stall's span runs from
  /// the "have to" or "let me" before it, so that "I'd have to" there is no stake either).
  static func stalls(in answer: String, words: [String]) -> [Stall] {
    let starts = sentenceStarts(answer)
    var found: [Stall] = []
    func add(_ range: Range<Int>) {
      found.append(Stall(text: words[range].joined(separator: " "), range: range))
    }
    // "If we miss it again I'll have to talk to the board", "we'd have to ask the bank for more
    // time, otherwise we close": asking someone as what the problem leads to is a consequence.
    func isConsequence(_ range: Range<Int>) -> Bool {
      let start = starts.filter { $0 <= range.lowerBound }.max() ?? 0
      let end = starts.filter { $0 > range.lowerBound }.min() ?? words.count
      return words[start..<min(end, words.count)].contains(where: conditionWords.contains)
    }
    // The start of what asks for it: a "have to", "let me", "can we" just before, else the
    // start of a sentence or an opener ("So call me next week").
    func asked(_ range: Range<Int>, markers: [String], within: Int) -> Int? {
      if let marker = marker(from: markers, before: range.lowerBound, in: words, within: within) { return marker }
      if starts.contains(range.lowerBound) { return range.lowerBound }
      let before = range.lowerBound - 1
      if before >= 0, openers.contains(words[before]), before == 0 || starts.contains(before) { return before }
      return nil
    }
    // Asking someone counts when it comes first ("I always discuss things like this with my
    // husband first"), or is still to come and no consequence (a "have to", "let me", "I'll"
    // just before). "I talked to my boss and he said no" is what happened, not a stall.
    for span in consultPatterns.flatMap({ $0.spans(in: words) }) {
      let start = asked(span.range, markers: intentMarkers, within: 2)
      if let end = marker(from: firstMarkers, after: span.range.upperBound, in: words, within: 3) {
        add((start ?? span.range.lowerBound)..<end)
      } else if let start, !isConsequence(span.range) {
        add(start..<span.range.upperBound)
      }
    }
    // "I think about it at night" is no stall; "I need to think about it" is.
    for phrase in thinkingPhrases {
      for range in AnswerClassifier.occurrences(of: phrase, in: words) where !isConsequence(range) {
        if let start = marker(from: intentMarkers, before: range.lowerBound, in: words, within: 4) { add(start..<range.upperBound) }
      }
    }
    // Coming back to it later is a stall when it is asked for ("let's talk next week", "call me
    // next month"); "the auditors call next week" is a fact.
    for span in deferralPatterns.flatMap({ $0.spans(in: words) }) where !isConsequence(span.range) {
      if let start = asked(span.range, markers: intentMarkers + askingMarkers, within: 3) { add(start..<span.range.upperBound) }
    }
    for span in (timingPatterns + informationPatterns + givingTimePatterns).flatMap({ $0.spans(in: words) }) {
      add(span.range)
    }
    for phrase in stallPhrases {
      AnswerClassifier.occurrences(of: phrase, in: words).forEach(add)
    }
    // A stall inside a longer one ("call me back" in "call me back next week") is shown once.
    let outer = found.filter { stall in
      !found.contains { other in
        other.range != stall.range && other.range.lowerBound <= stall.range.lowerBound
          && stall.range.upperBound <= other.range.upperBound
      }
    }
    var seen: Set<String> = []
    return outer.sorted { $0.range.lowerBound < $1.range.lowerBound }.filter { seen.insert($0.text).inserted }
  }

  /// The index of the first word of each sentence of `answer`, counted as `AnswerClassifier.words`
  /// counts them. A sentence ends at . ! ? ; : before a space or the end, or at a line break
  /// ("$1.5m" stays one word).
  static func sentenceStarts(_ answer: String) -> Set<Int> {
    var starts: Set<Int> = [0]
    var count = 0
    var sentence = ""
    let characters = Array(answer)
    for (index, character) in characters.enumerated() {
      sentence.append(character)
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      if character.isNewline || (".!?;:".contains(character) && next.isWhitespace) {
        count += AnswerClassifier.words(sentence).count
        starts.insert(count)
        sentence = ""
      }
    }
    return starts
  }

  /// The start of a marker phrase that ends at most `within` words before `index`; a marker
  /// that is denied ("I don't want to think about it") does not count.
  private static func marker(from markers: [String], before index: Int, in words: [String], within: Int) -> Int? {
    var best: Int?
    for marker in markers {
      for range in AnswerClassifier.occurrences(of: marker, in: words) {
        guard range.upperBound <= index, index - range.upperBound <= within else { continue }
        // "don't want to", "don't even want to"
        if words[max(0, range.lowerBound - 2)..<range.lowerBound].contains(where: deniers.contains) { continue }
        best = min(best ?? range.lowerBound, range.lowerBound)
      }
    }
    return best
  }

  /// The end of a marker phrase that starts at most `within` words after `index`.
  private static func marker(from markers: [String], after index: Int, in words: [String], within: Int) -> Int? {
    var best: Int?
    for marker in markers {
      for range in AnswerClassifier.occurrences(of: marker, in: words) {
        guard range.lowerBound >= index, range.lowerBound - index <= within else { continue }
        best = max(best ?? range.upperBound, range.upperBound)
      }
    }
    return best
  }

  /// Words that make asking someone or coming back later, in their sentence, a consequence of
  /// the problem rather than a put-off.
  static let conditionWords: Set<String> = ["if", "unless", "otherwise"]
  /// Words that deny the intent after them: "I don't want to think about it" is dread, not a stall.
  static let deniers: Set<String> = [
    "don't", "doesn't", "didn't", "not", "never", "won't", "can't", "wouldn't", "no", "hate", "dread", "dreading",
  ]
  /// Words that may open a sentence before what it asks for ("So call me next week").
  static let openers: Set<String> = ["so", "but", "and", "ok", "okay", "yeah", "look", "honestly", "well", "then", "please", "just"]

  /// Words that put an action still to come: "I have to …", "let me …", "I'll …".
  static let intentMarkers = [
    "have to", "has to", "need to", "needs to", "got to", "gotta", "let me", "let us", "let's", "i'll", "we'll",
    "i will", "we will", "i'd", "we'd", "i would", "we would", "want to", "wanna", "going to", "gonna", "should",
    "must", "always", "usually", "like to", "prefer to", "rather", "i can", "we can", "first", "time to",
    "days to", "weeks to", "chance to", "i'm going to", "we're going to",
  ]
  /// Words after asking someone that make it come before a decision.
  static let firstMarkers = ["first", "before", "beforehand", "ahead of time", "before we", "before i"]
  /// Words that ask the seller for later: "can we talk next week", "just call me next month".
  static let askingMarkers = [
    "can we", "could we", "can you", "could you", "why don't we", "why don't you", "maybe", "just", "please",
    "feel free to", "how about we", "you can", "you could", "try",
  ]

  /// Asking someone else: a verb of consulting, then (within five words) the one consulted.
  static let consultPatterns: [GapPattern] = [
    GapPattern(
      heads: [
        "talk~ it over", "talk~ this over", "talk~ it through", "talk~ this through", "talk~ things over", "talk~ to",
        "talk~ with", "speak~ to", "speak~ with", "check~ with", "check~ in with", "confer~ with", "run it by",
        "run it past", "run this by", "run this past", "run that by", "running it by", "running it past", "run it through",
        "discuss~", "ask~", "consult~", "clear it with", "clear this with", "go over it with", "go through it with",
        "sit down with", "loop~ in", "bring it to", "bring this to", "take it to", "take this to", "put it to",
        "put it in front of", "get sign-off from", "get approval from", "get the okay from", "get the ok from",
        "get buy-in from", "see what", "hear what", "find out what", "sound out", "get it past", "get it approved by",
      ],
      fillers: nil, gap: 5,
      tails: [
        "wife", "husband", "partner", "partners", "spouse", "family", "other half", "boss", "manager", "team",
        "board", "committee", "procurement", "purchasing", "finance", "legal", "accountant", "bookkeeper", "lawyer",
        "lawyers", "attorney", "owner", "owners", "ceo", "cfo", "coo", "cto", "cio", "vp", "director", "directors",
        "leadership", "head office", "corporate", "headquarters", "dad", "father", "mom", "mum", "mother",
        "parents", "kids", "co-founder", "cofounder", "colleagues", "folks", "guys", "everyone", "others",
        "investors", "bank", "banker", "advisor", "adviser", "it department", "it team", "security team",
        "higher-ups", "higher ups", "superiors", "decision makers", "stakeholders", "executive team", "exec team",
        "council", "trustees", "principal", "superintendent", "landlord", "wife's", "husband's",
        "daughter", "son", "children", "grandkids",
      ]),
    // "get the CFO's sign-off", "get the board's approval"
    GapPattern(
      heads: ["get", "need", "needs", "wait for", "waiting for"], fillers: nil, gap: 3,
      tails: ["sign-off", "sign off", "signoff", "approval", "the okay", "the ok", "buy-in", "blessing", "green light"]),
  ]

  /// Time to think, a stall only after a "have to", "let me", "I'll" or "time to".
  static let thinkingPhrases = [
    "think about it", "think about this", "think about that", "think it over", "think this over", "think things over",
    "think it through", "think this through", "think on it", "sleep on it", "sleep on this", "mull it over",
    "mull this over", "mull it", "chew on it", "chew it over", "consider it", "consider this", "consider our options",
    "weigh it up", "weigh our options", "weigh up our options", "reflect on it", "digest it", "digest this",
    "look it over", "look this over", "read it over", "have a think", "see how it goes", "see how we go",
  ]

  /// Times later than now ("next quarter", "after the holidays").
  static let laterTimes = [
    "next week", "next month", "next quarter", "next year", "next fiscal", "next budget", "next spring",
    "next summer", "next fall", "next autumn", "next winter", "next season", "next term", "later", "in a few",
    "in a couple", "in a week", "in a month", "in two weeks", "in three weeks", "in six weeks", "in the new year",
    "in the spring", "in the fall", "in the autumn", "in the summer", "after the holidays", "after the summer",
    "after christmas", "after the new year", "after the busy season", "after our busy season", "in q1", "in q2",
    "in q3", "in q4", "another time", "some other time", "tomorrow", "down the road", "down the line",
  ]

  /// Coming back to it later: a verb of talking or coming back, then a later time ("revisit
  /// this next quarter", "call me next week"), a stall when it is asked for.
  static let deferralPatterns: [GapPattern] = [
    GapPattern(
      heads: [
        "revisit~", "come back to", "pick it up", "pick this up", "pick it back up", "pick this back up", "look at it",
        "look at this", "look into it", "touch~ base", "reconnect~", "follow~ up", "circle~ back", "push it",
        "push this", "hold off", "wait until", "wait till", "regroup", "put it off", "put this off", "postpone",
        "defer", "park it", "park this", "shelve it", "table it", "table this", "try me", "call me", "ring me",
        "call back", "talk~", "speak~", "chat~", "connect~", "call~", "ring~", "meet~", "discuss~", "decide",
        "think about it", "get together", "reach out", "email~", "check in", "check back", "try again",
      ],
      fillers: nil, gap: 3, tails: laterTimes),
  ]

  /// Asking for time: "give me a couple of weeks", "give us a month".
  static let givingTimePatterns: [GapPattern] = [
    GapPattern(
      heads: ["give me", "give us", "gimme"], fillers: nil, gap: 3,
      tails: ["day", "days", "week", "weeks", "month", "months", "while", "little while", "bit of time"]),
  ]

  /// A timing brush-off: a day or time that does not suit them ("that night is not good for
  /// me", "Tuesday doesn't work for us", "now is not a good time").
  static let timingPatterns: [GapPattern] = [
    GapPattern(
      heads: [
        "night", "day", "week", "date", "slot", "morning", "afternoon", "evening", "month", "quarter", "monday",
        "tuesday", "wednesday", "thursday", "friday", "tomorrow", "today", "now", "then", "night's", "day's",
        "week's", "date's", "month's", "quarter's", "now's", "tomorrow's", "today's",
      ],
      fillers: ["is", "just", "really", "honestly", "probably", "be", "that", "simply"],
      gap: 2,
      tails: [
        "not good for me", "not good for us", "no good for me", "no good for us", "isn't good for me",
        "isn't good for us", "not great for me", "not great for us", "isn't great for me", "isn't great for us",
        "bad for me", "bad for us", "doesn't work for me", "doesn't work for us", "won't work for me",
        "won't work for us", "tough for me", "tough for us", "difficult for me", "difficult for us",
        "not convenient", "isn't convenient", "inconvenient", "not ideal for me", "not ideal for us",
        "isn't ideal for me", "isn't ideal for us", "out for me", "out for us", "not a good time",
        "isn't a good time", "a bad time", "not the right time", "isn't the right time", "the wrong time",
      ]),
  ]

  /// Asking for information instead of giving a reason: "send me some info", "email me the
  /// deck", "put it in writing".
  static let informationPatterns: [GapPattern] = [
    GapPattern(
      heads: ["send me", "send us", "send over", "send it over", "email me", "e-mail me", "mail me", "email us", "forward me"],
      fillers: nil, gap: 3,
      tails: [
        "info", "information", "details", "brochure", "brochures", "literature", "deck", "one-pager", "one pager",
        "pricing", "price list", "prices", "proposal", "a quote", "some stuff", "material*", "case stud*",
        "white paper", "link", "overview", "summary", "whatever you have", "what you have", "an email",
      ]),
  ]

  /// Stalls that need no context: a put-off, a budget that is closed for now, a call-back.
  static let stallPhrases = [
    "not right now", "not at the moment", "not at this time", "not this year", "not this quarter",
    "not the right time", "not a good time", "now's not a good time", "maybe later", "maybe next year",
    "maybe next quarter", "circle back", "get back to you", "get back to me", "get back in touch", "put it on hold",
    "on the back burner", "back-burner", "call me back", "ring me back", "try me again", "try me later",
    "reach back out", "reach out again", "put it in writing", "put something in writing", "put that in writing",
    "put it in an email", "drop me a line", "drop me an email", "shoot me an email", "send me some info",
    "send me more", "no budget for this", "no budget for it", "no budget this", "no budget right now",
    "no budget until", "no budget left", "not in the budget", "not in this year's budget", "not budgeted",
    "isn't budgeted", "budget is frozen", "budget's frozen", "budgets are frozen", "budget freeze",
    "spending freeze", "budget is spoken for", "budget's spoken for", "budget is already spoken for",
    "next year's budget", "new fiscal year", "when budgets open", "until the budget", "funds free up",
    "money frees up", "not ready to decide", "not ready to commit", "not ready to sign", "not ready yet",
    "need some time to", "need time to", "give me some time", "give me time", "give us some time", "give us time",
  ]
}
