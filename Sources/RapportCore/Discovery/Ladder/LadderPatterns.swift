/// Cues that a plain phrase list cannot spell: a head phrase, up to a few filler words, then a
/// tail phrase ("it affects our revenue", "that would be really useful", "let two people go").
/// The lists are data, like the phrase lists of `LadderCueReader`.
struct GapPattern: Sendable {
  /// Phrases that open the pattern (a `~` word also matches its -s, -ed and -ing forms).
  var heads: [String]
  /// Words that may stand between a head and a tail; nil lets any word stand there.
  var fillers: Set<String>?
  /// Endings that also let a word stand between ("-ers": "let two of the installers go").
  var fillerEndings: [String] = []
  /// How many filler words may stand between them.
  var gap: Int
  /// Phrases that close the pattern (a trailing `*` matches a word's beginning).
  var tails: [String]

  init(heads: [String], fillers: Set<String>?, fillerEndings: [String] = [], gap: Int = 2, tails: [String]) {
    self.heads = LadderCueReader.inflected(heads)
    self.fillers = fillers
    self.fillerEndings = fillerEndings
    self.gap = gap
    self.tails = tails
  }

  /// Every match in `words`, as the words it spans ("hurts our margins").
  func matches(in words: [String]) -> [String] {
    var seen: Set<String> = []
    return spans(in: words).map(\.text).filter { seen.insert($0).inserted }
  }

  /// Every match in `words` with where it stands: the words it spans and their range.
  func spans(in words: [String]) -> [(text: String, range: Range<Int>)] {
    var found: [(text: String, range: Range<Int>)] = []
    for head in heads {
      for range in AnswerClassifier.occurrences(of: head, in: words) {
        var start = range.upperBound
        var skipped = 0
        while start <= words.count {
          if let tail = tails.lazy.compactMap({ AnswerClassifier.occurrence(of: $0, at: start, in: words) }).first {
            let span = range.lowerBound..<tail.upperBound
            found.append((words[span].joined(separator: " "), span))
            break
          }
          guard skipped < gap, start < words.count, isFiller(words[start]) else { break }
          skipped += 1
          start += 1
        }
      }
    }
    return found
  }

  private func isFiller(_ word: String) -> Bool {
    guard let fillers else { return true }
    return fillers.contains(word) || fillerEndings.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
  }
}

extension LadderCueReader {
  /// Words that make a hedge or a degree, not a new thought: "that would be *really* useful".
  static let degreeWords: Set<String> = [
    "really", "so", "very", "super", "totally", "pretty", "quite", "definitely", "absolutely", "certainly",
    "probably", "actually", "honestly", "just", "a", "such", "incredibly", "genuinely", "for", "sure",
  ]

  /// A reaction to an idea rather than a reason: "that would be really useful", "I'd totally
  /// use that", "sounds great, let me know when it launches". The Mom Test's compliments and
  /// hypothetical yeses: the next question is what they do today.
  static let reactionPatterns: [GapPattern] = [
    GapPattern(
      heads: ["would be", "could be", "that'd be", "it'd be", "would make", "could make", "sounds", "looks", "seems"],
      fillers: degreeWords,
      tails: [
        "nice", "great", "useful", "helpful", "handy", "awesome", "amazing", "cool", "interesting", "neat",
        "fantastic", "brilliant", "perfect", "ideal", "valuable", "a help", "a big help", "a huge help",
        "big help", "huge help", "a game-changer", "a game changer", "game-changer", "game changer", "a lifesaver",
        "lifesaver", "a dream", "good", "really good", "worth a look", "worth trying", "fun", "exciting",
      ]),
    GapPattern(
      heads: ["i'd", "i would", "we'd", "we would", "i'll", "we'll", "i will", "we will", "i might", "we might"],
      fillers: degreeWords,
      tails: [
        "use that", "use it", "use this", "use something", "buy that", "buy it", "buy this", "pay for", "pay that",
        "try it", "try that", "try this", "sign up", "love that", "love this", "love something", "love to try",
        "check it out", "check that out", "take a look", "look at it",
      ]),
    GapPattern(
      heads: ["that's", "this is", "what a", "love the", "love that", "love this", "like the", "like that"],
      fillers: degreeWords, gap: 1,
      tails: ["idea", "great", "amazing", "awesome", "cool", "interesting", "neat", "brilliant", "clever"]),
  ]

  /// What happens to the business because of the problem: "it affects our revenue", "that hurts
  /// our margins", "it's costing us customers".
  static let businessImpactPatterns: [GapPattern] = [
    GapPattern(
      heads: ["affect~", "impact~", "hurt~", "damage~", "eat~ into", "drag~ down", "kill~", "threaten~", "cost~ us",
        "jeopardize~", "jeopardise~", "squeeze~", "dent~", "wipe~ out", "shrink~", "harm~"],
      fillers: [
        "our", "the", "their", "my", "us", "all", "of", "directly", "badly", "really", "seriously", "overall",
        "whole", "entire", "and", "a", "lot", "bit", "real", "company's", "team's", "firm's", "business's",
        "year's", "quarter's", "top", "bottom",
      ], gap: 3,
      tails: [
        "revenue", "growth", "margin*", "sales", "profit*", "cash flow", "cash", "bottom line", "top line", "customers",
        "clients", "reputation", "brand", "business", "numbers", "pipeline", "renewals", "bookings", "earnings",
        "valuation", "funding", "contract", "account", "deal",
        "deals", "retention", "churn", "market share", "share price", "stock price", "credibility",
      ]),
  ]

  /// A state of the speaker's that a thing can also be in: "I'm worn out" is a feeling, "the
  /// belts are worn out" is not; "I feel insecure" is, "the network is insecure" is not.
  static let personStatePatterns: [GapPattern] = [
    GapPattern(
      heads: [
        "i'm", "i am", "i was", "i've been", "i feel", "i felt", "we're", "we are", "we were", "we've been",
        "we feel", "feel~", "felt", "make~ me", "made me", "make~ us", "made us",
      ],
      fillers: degreeWords.union(["completely", "all", "bit", "little", "kind", "of", "getting", "being"]), gap: 3,
      tails: ["worn out", "insecure", "stupid", "like a failure", "like an idiot", "like a fool", "useless", "drained"]),
  ]

  /// Family and partners named with words between ("my two little boys", "my 86-year-old
  /// mother", "my elderly father's business"), or as a couple's ("our kids", "our marriage"): a
  /// personal stake as "my kids" is. "Our customers and their kids" is not one (only age,
  /// number and a few plain words may stand between).
  static let familyPatterns: [GapPattern] = [
    GapPattern(
      heads: ["my", "our"],
      fillers: Set((1...120).map(String.init)).union([
        "two", "three", "four", "five", "six", "year", "years", "old", "year-old", "years-old", "little",
        "young", "younger", "youngest", "older", "oldest", "eldest", "elderly", "aging", "ageing", "aged",
        "baby", "newborn", "teenage", "grown", "grown-up", "sick", "late", "dear", "new", "beautiful", "own",
      ]), gap: 3,
      tails: [
        "kid", "kids", "kid's", "kids'", "child", "children", "children's", "boy", "boys", "girl", "girls",
        "son", "sons", "son's", "daughter*", "wife", "wife's", "husband*", "girlfriend*", "boyfriend*",
        "fiance*", "fiancé*", "family", "family's", "mother*", "father*", "mom", "mom's", "mum", "mum's",
        "dad", "dad's", "parents", "parents'", "grandkids", "grandchildren", "grandson*", "granddaughter*",
        "marriage", "spouse*",
      ]),
  ]

  /// "Heads are going to roll", "heads could roll": someone will pay for it, as "heads will
  /// roll" says.
  static let headsRollPatterns: [GapPattern] = [
    GapPattern(
      heads: ["heads"],
      fillers: ["are", "is", "going", "to", "will", "would", "could", "might", "gonna", "definitely", "certainly", "surely"],
      gap: 3, tails: ["roll", "rolling"]),
  ]

  /// Failing the people who rely on them, a personal stake: "I can't let my team down", "I'd be
  /// letting my people down", "I couldn't look my staff in the eye". ("They let me down" is a
  /// complaint about someone else.)
  static let lettingDownPatterns: [GapPattern] = [
    GapPattern(
      heads: ["let", "lets", "letting"],
      fillers: [
        "my", "our", "the", "whole", "team", "people", "staff", "crew", "family", "customers", "clients",
        "patients", "everyone", "everybody", "them", "him", "her", "kids", "guys", "partners", "investors",
      ], gap: 3, tails: ["down"]),
    GapPattern(
      heads: ["look"],
      fillers: [
        "my", "our", "the", "them", "him", "her", "team", "people", "staff", "crew", "customers", "clients",
        "kids", "wife", "husband", "family", "board", "investors", "anyone", "anybody",
      ], gap: 3, tails: ["in the eye", "in the eyes"]),
  ]

  /// Being seen to fail, a personal stake: "it's making me look bad", "I'll look like an idiot
  /// in front of the board". ("The numbers look bad" is about the numbers.)
  static let lookingBadPatterns: [GapPattern] = [
    GapPattern(
      heads: ["me", "us", "i", "we", "i'll", "we'll", "i'd", "we'd", "i'm going to", "we're going to", "gonna"],
      fillers: degreeWords.union(["going", "to", "will", "would", "end", "up", "gonna"]), gap: 3,
      tails: [
        "look bad", "looks bad", "looked bad", "looking bad", "look stupid", "looked stupid", "look incompetent",
        "looked incompetent", "look like an idiot", "looked like an idiot", "look like a fool", "looked like a fool",
      ]),
  ]

  /// A wish for how the buyer feels or lives: the top of a means-end ladder (Reynolds & Gutman)
  /// said as a wish rather than named as a value. "I want to feel more confident", "I just want
  /// the time to raise a child", "I don't want to end up like my dad". A wish for a thing or a
  /// task ("I want to look at other vendors", "I want to spend less time on invoices") or a
  /// functional gain ("we want to be more efficient", "I want to be healthier") is not one, and
  /// neither is someone else's ("they want to feel heard"): `ownWishes` keeps the buyer's own.
  static let wishPatterns: [GapPattern] = [
    GapPattern(
      heads: [
        "want to", "wanted to", "wish to", "wished to", "need to", "needed to", "like to", "love to", "hope to",
        "hoped to", "long to",
      ],
      fillers: ["be", "able", "to", "just", "really", "finally", "actually", "again", "still", "at", "least", "once"],
      gap: 3,
      tails: [
        "feel", "look good", "look better", "look great", "look young*", "look as", "look and feel", "look my best",
        "look like", "like what i see", "like myself", "recognise myself", "recognize myself", "live a", "live my",
        "live our", "live life", "live longer", "live well", "live like", "live without", "live and", "enjoy",
        "spend more time with", "spend time with", "spend my time with", "spend my precious time", "spend quality time",
        "spend more time at home", "spend time at home", "have time for", "have more time for", "have more time with",
        "have a life", "get my life back", "get my evenings back", "get my weekends back", "be home", "be there for",
        "be around for", "be around to", "see my kids", "see my family", "see my children", "see my grandkids",
        "raise a child", "raise my", "raise our", "raise the kids", "raise a family", "raise children", "retire early",
        "retire at", "retire by", "retire before", "retire comfortably", "retire with", "stop worrying", "be proud",
        "be happy", "be remembered", "be a better", "be a good", "be the kind", "be the parent", "be the person", "be taken seriously", "end up like", "go through that",
        "let them down", "let my", "let people down", "take care of", "have kids", "have children", "have a baby",
        "have a family", "start a family",
      ]),
    GapPattern(
      heads: ["want more time", "want the time", "want time", "want some time", "need more time", "wanted more time"],
      fillers: [], gap: 0,
      tails: ["with", "for my", "for our", "for the kids", "for family", "to raise", "to be with", "to spend", "to enjoy", "to see"]),
  ]

  /// Words that may stand between the buyer and a wish: "I *really don't* want to", "I*'d* like to".
  static let wishAdverbs: Set<String> = [
    "just", "really", "only", "still", "simply", "also", "so", "desperately", "badly", "honestly", "truly",
    "actually", "don't", "do", "not", "never", "didn't", "would",
  ]

  /// The wishes of `wishPatterns` whose wisher is the buyer: "I" or "we" before the verb, with at
  /// most three of `wishAdverbs` between ("I just want to", "we'd like to", "I really don't want to").
  static func ownWishes(_ words: [String]) -> [(text: String, range: Range<Int>)] {
    wishPatterns.flatMap { $0.spans(in: words) }.filter { wish in
      var position = wish.range.lowerBound - 1
      var skipped = 0
      while position >= 0, skipped < 3, wishAdverbs.contains(words[position]) {
        position -= 1
        skipped += 1
      }
      guard position >= 0 && ["i", "we", "i'd", "we'd"].contains(words[position]) else { return false }
      // "We want to have kids' parties": the children are the party's, not the buyer's own.
      guard wish.text.hasSuffix(" kids") || wish.text.hasSuffix(" children") else { return true }
      return wish.range.upperBound >= words.count || childWishFollowers.contains(words[wish.range.upperBound])
    }
  }

  /// Words that may follow "have kids" or "have children" in a wish for their own: "soon", "one
  /// day", "before I'm forty", "and a garden". Any other word makes them a modifier ("kids' parties").
  static let childWishFollowers: Set<String> = [
    "soon", "one", "someday", "some", "before", "while", "and", "but", "of", "in", "by", "next", "at", "when",
    "together", "eventually", "too", "again", "first", "now", "later", "with", "so", "because", "if", "or",
    "then", "yet", "this", "within", "someday", "of", "myself", "ourselves",
  ]

  /// Replies that put the idea off to later: "let me know when it launches". (A request for
  /// information, "send me some info", is a stall: `LadderCueReader.stalls`.)
  static let reactionPhrases = [
    "let me know when", "let me know once", "keep me posted", "keep me in the loop", "send me the link",
    "when it launches", "when it's ready", "when it's available",
  ]

  /// Consequences for people, which a coach hears as what the problem really costs: "I'd have to
  /// let two people go", "someone gets hurt", "we'd have to lay staff off".
  static let peopleConsequencePatterns: [GapPattern] = [
    GapPattern(heads: ["lay~", "laid"], fillers: nil, gap: 4, tails: ["off"]),
    GapPattern(
      heads: ["let~", "letting"],
      fillers: [
        "a", "few", "two", "three", "four", "five", "some", "of", "my", "our", "the", "good", "best", "half",
        "team", "staff", "people", "folks", "guys", "someone", "them", "him", "her", "more", "another", "couple",
        "dozen", "ten", "six", "crew",
      ], fillerEndings: ["ers", "ists", "ians", "ees", "men"], gap: 4,
      tails: ["go"]),
    GapPattern(
      heads: ["people", "someone", "somebody", "a worker", "workers", "a patient", "patients", "a driver", "drivers",
        "a kid", "kids", "a child", "children", "staff", "a customer", "customers", "a guest", "guests", "an employee",
        "employees", "one of my", "one of our", "a nurse", "nurses", "a tech", "a technician"],
      fillers: ["get", "gets", "got", "will", "could", "might", "would", "going", "to", "is", "are", "be", "been",
        "getting", "badly", "seriously", "really", "actually", "end", "up", "ends", "ended"], gap: 4,
      tails: ["hurt", "injured", "killed", "die", "dies", "died", "sick", "harmed"]),
  ]

  /// Objects of a request to the seller: "let me know", "give me a week". "Me" there is no stake.
  static let requestMe: Set<String> = [
    "let", "give", "help", "tell", "show", "send", "call", "email", "remind", "ping", "text", "get", "walk",
    "sell", "convince", "keep", "for",
    // Their other present forms: "you're telling me all that is important", "it lets me see".
    "lets", "letting", "gives", "giving", "helps", "helping", "tells", "telling", "shows", "showing", "sends",
    "sending",
  ]

  /// Verbs whose "me" is the one who gains, not the one at stake: "it saved me money", "that
  /// doesn't interest me".
  static let benefitMe: Set<String> = ["save", "saves", "saved", "saving", "interest", "interests", "interested"]

  /// Verbs that hand the buyer a task when "me to" follows: "my VP asked me to look at
  /// vendors", "my doctor wants me to lose weight".
  static let delegatingVerbs: Set<String> = ["asked", "asks", "ask", "wants", "want", "wanted", "told", "tells"]

  /// A feeling word that qualifies a thing, not the speaker: "it's frustrating", "tracking my
  /// expenses is annoying", "the portal is confusing and a bit frustrating". Its -ing form after
  /// a copula, with at most four degree words, "and" or other -ing words between.
  static func qualifiesAThing(_ words: [String], at index: Int) -> Bool {
    guard words[index].hasSuffix("ing") else { return false }
    let copulas: Set<String> = ["is", "it's", "that's", "this's", "was", "are", "were", "been", "be", "gets", "got", "getting"]
    let between: Set<String> = ["kind", "of", "bit", "little", "and", "but", "also"]
    var position = index - 1
    var skipped = 0
    while position >= 0 {
      let word = words[position]
      if copulas.contains(word) { return true }
      guard skipped < 4, degreeWords.contains(word) || between.contains(word) || word.hasSuffix("ing") else { return false }
      skipped += 1
      position -= 1
    }
    return false
  }
}
