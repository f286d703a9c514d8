import Foundation

/// rapport's own follow-up stems per kind of answer: what/how before a bare "why", the
/// customer's words echoed as `{{echo}}`, past events for vague answers.
public enum FollowUpBank {
  /// Which list of stems fits an answer.
  public enum Kind: String, Sendable, CaseIterable {
    case solution, pain, outcomeMeasure = "outcome", outcomeNumber = "outcome-number", emotion, vague, fact,
      unknown, stall

    /// The playbook `follow_ups` class that feeds this kind.
    var playbookClass: AnswerClass? {
      switch self {
      case .solution: .solution
      case .pain: .pain
      case .outcomeMeasure, .outcomeNumber: .outcome
      case .emotion: .emotion
      case .vague: .vague
      case .fact: .fact
      case .unknown, .stall: nil
      }
    }

    /// The kind for a classified answer.
    public init(_ classification: Classification) {
      if classification.isDontKnow {
        self = .unknown
        return
      }
      switch classification.deepest {
      case .emotion?: self = .emotion
      case .outcome?: self = classification.hasNumber ? .outcomeNumber : .outcomeMeasure
      case .pain?: self = .pain
      case .solution?: self = classification.has(.vague) ? .vague : .solution
      default: self = classification.has(.vague) ? .vague : .fact
      }
    }
  }

  /// (stem id, text) per kind. Data, in the order they are tried.
  public static let stems: [Kind: [(id: String, text: String)]] = [
    .solution: [
      (
        "solution-let",
        "You said \u{201c}{{echo}}\u{201d} — what would that let {{account}} do that it can't today?"
      ),
      ("solution-now", "What's prompting {{account}} to look at this now rather than last year?"),
      ("solution-without", "How is {{account}} getting by without it today?"),
      ("solution-first", "If \u{201c}{{echo}}\u{201d} were in place tomorrow, what would it fix first?"),
    ],
    .pain: [
      ("pain-last", "When did that last happen? Walk me through it."),
      (
        "pain-cost",
        "What does \u{201c}{{echo}}\u{201d} cost {{account}} when it happens — in time, money or customers?"
      ),
      ("pain-nothing", "What happens if nothing changes this quarter?"),
      ("pain-tried", "What have they tried so far to fix it?"),
    ],
    .outcomeMeasure: [
      ("outcome-measure", "How would {{account}} measure \u{201c}{{echo}}\u{201d}?"),
      ("outcome-number", "What's the number today, and what would good look like?"),
      ("outcome-when", "By when does that need to be true — and what's driving the date?"),
    ],
    .outcomeNumber: [
      // One of the first three, by what the number is: a loss or cost, a target, or a result.
      ("number-cost", "What does that cost {{contact}} personally?"),
      ("number-target", "What would hitting that mean for {{contact}} personally?"),
      ("number-personal", "What does that number mean for {{contact}} personally?"),
      ("number-who", "Who else at {{account}} cares about that number, and why?"),
    ],
    .emotion: [
      (
        "emotion-plate",
        "Sounds like that's been draining. What would it mean for {{contact}} to have it off their plate?"
      ),
      ("emotion-mean", "What would it mean for {{contact}} if this were solved?"),
    ],
    .vague: [
      ("vague-example", "Can you give me an example — the last time that came up?"),
      (
        "vague-practice",
        "When you say \u{201c}{{echo}}\u{201d}, what does that look like in practice — last week, say?"
      ),
      ("vague-than", "Compared with what, exactly? What happened last time?"),
    ],
    .fact: [
      ("fact-hard", "What's hard about that today?"),
      ("fact-now", "Why now? What happened that made this a priority?"),
      ("fact-change", "What would {{account}} change about that first?"),
    ],
    .unknown: [
      ("unknown-guess", "What's your best guess — even a rough one?"),
      ("unknown-who", "Who at {{account}} would know?"),
    ],
    // A stall ("I have to run it by my wife first", "call me next quarter") is an objection,
    // not a reason: ask what would turn it into a yes, who else decides, and what lies under
    // the timing.
    .stall: [
      ("stall-yes", "What would {{contact}} need to see or hear to make it a yes?"),
      ("stall-who", "Who else weighs in, and what will they want to know before they agree?"),
      ("stall-timing", "Setting the timing aside: if this were solved already, what would be different for {{account}}?"),
    ],
  ]

  /// In a debrief the echoed words are the customer's, so "You said “…”" becomes "They
  /// said “…”"; in prep they are the rep's guess and stay "You said".
  public static func voiced(_ text: String, mode: SessionMode) -> String {
    guard mode == .debrief else { return text }
    for (mine, theirs) in [("You said ", "They said "), ("You noted ", "They said "), ("You mentioned ", "They mentioned ")]
    where text.hasPrefix(mine) {
      return theirs + text.dropFirst(mine.count)
    }
    return text
  }

  /// Follow-ups by what the question is after (`seeks:`), tried after the playbook's own
  /// and before rapport's stems for the answer's class.
  public static let aimStems: [QuestionAim: [(id: String, text: String)]] = [
    .love: [
      ("love-person", "What does {{person}} do that matters to them? How would they describe it to a peer?"),
      ("love-matters", "What about that matters most to them? How would they describe it to a peer?"),
      ("love-last", "When did that last make a real difference for {{account}}?"),
      ("love-miss", "What would they miss first if it stopped tomorrow?"),
    ],
    .advocacy: [
      ("advocacy-words", "In their own words, what would they tell a peer about it?"),
      ("advocacy-intro", "Who would they introduce you to, and would they say it in a case study?"),
    ],
    .change: [
      ("change-possible", "What would that change make possible for them?"),
      ("change-keep", "While changing it, what must stay exactly as it is?"),
    ],
    .decision: [
      ("decision-who", "Who else signs off, and what do they care about most?"),
      ("decision-steps", "What happens between a yes from {{contact}} and a signed order?"),
    ],
    .cost: [
      ("cost-number", "How do they put a number on \u{201c}{{echo}}\u{201d} — time, money or customers?"),
      ("cost-year", "What does that add up to over a year?"),
    ],
    .people: [
      ("people-care", "What does {{person}} care about most here?"),
      ("people-judge", "How would they judge whether this worked?"),
    ],
    .results: [
      ("results-number", "What number shows that best — before and after?"),
      ("results-noticed", "Who at {{account}} noticed the change, and what did they say?"),
    ],
    .growth: [
      ("growth-more", "What would make them grow with you — more teams, more use?"),
      ("growth-easy", "What would make renewing an easy yes for them?"),
    ],
  ]

  /// Aims that look for what works: rapport never answers them with a hunt for pain.
  static let positiveAims: Set<QuestionAim> = [.love, .advocacy, .results, .growth]
  /// Stems that look for a problem.
  static let painStems: Set<String> = [
    "fact-hard", "pain-last", "pain-cost", "pain-nothing", "pain-tried", "solution-without", "fact-change",
  ]

  /// The personal question after a number, one per kind of number (see `pick`).
  static let numberStems: Set<String> = ["number-cost", "number-target", "number-personal"]

  /// Stems that ask for a specific past event; not asked when the answer already named one.
  static let pastEventStems: Set<String> = ["pain-last", "vague-example"]

  /// True when `answer` already says when it happened ("last Tuesday", "yesterday").
  public static func namesAPastEvent(_ answer: String) -> Bool {
    let words = AnswerClassifier.words(answer)
    let times: Set<String> = [
      "week", "month", "quarter", "year", "time", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "night", "spring", "summer", "autumn", "fall", "winter",
    ]
    return words.contains { ["yesterday", "ago"].contains($0) }
      || zip(words, words.dropFirst()).contains { ["last", "this"].contains($0) && times.contains($1) }
  }

  /// True when `answer` sets a date to reach something by ("under 2% by March", "by Q3",
  /// "by the end of the year").
  public static func namesADeadline(_ answer: String) -> Bool {
    let words = AnswerClassifier.words(answer)
    let times: Set<String> = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "q1", "q2", "q3", "q4", "end", "year-end", "next", "spring", "summer",
      "autumn", "fall", "winter", "launch", "renewal",
    ]
    return words.indices.contains { index in
      words[index] == "by" && index + 1 < words.count
        && (times.contains(words[index + 1])
          || (words[index + 1] == "the" && index + 2 < words.count && words[index + 2] == "end"))
    }
  }

  /// Picks the next stem: the least used one, never the stem used last; playbook follow-ups
  /// for the class come before rapport's own. `answer` is the answer being followed up.
  static func pick(
    kind: Kind, question: PlaybookQuestion, used: [String: Int], last: String?, answer: String = "",
    hasPerson: Bool = false, pain: Bool = false, target: Bool = false
  ) -> (id: String, text: String) {
    var candidates: [(id: String, text: String)] = []
    if let answerClass = kind.playbookClass {
      for (index, text) in (question.followUps[answerClass] ?? []).enumerated() {
        candidates.append(("\(question.id)/\(answerClass.rawValue)/\(index + 1)", text))
      }
    }
    let skipsPastEvent = namesAPastEvent(answer)
    // What the question is after picks the follow-up too, unless the answer already gave a
    // feeling or a number (then the class's stems climb on).
    if let aim = question.seeks, ![.emotion, .outcomeNumber, .unknown, .stall].contains(kind) {
      // "{{person}}" stems only when the answer names someone, and then they come first.
      let stems = aimStems[aim] ?? []
      candidates += hasPerson ? stems.filter { $0.text.contains("{{person}}") } : []
      candidates += stems.filter { !$0.text.contains("{{person}}") }
    }
    let positive = question.seeks.map(positiveAims.contains) ?? false
    // A number is asked about as what it is: "we lost $30k" is a cost, "under 2% by March" a
    // target, "no-shows fell to 9%" a result ("hitting that" fits only a target).
    let numberStem = pain ? "number-cost" : target ? "number-target" : "number-personal"
    candidates += (stems[kind] ?? []).filter {
      !(skipsPastEvent && pastEventStems.contains($0.id)) && !(positive && painStems.contains($0.id))
        && !(numberStems.contains($0.id) && $0.id != numberStem)
    }
    // "How would Acme measure “if the data stays wrong …”?": a condition does not read as a
    // thing to quote back, so stems that echo the answer step aside for it.
    if echoIsACondition(answer) {
      let plain = candidates.filter { !$0.text.contains("{{echo}}") && !$0.text.contains("{{answer}}") }
      if !plain.isEmpty { candidates = plain }
    }
    let fresh = candidates.filter { $0.id != last }
    let pool = fresh.isEmpty ? candidates : fresh
    let least = pool.map { used[$0.id, default: 0] }.min() ?? 0
    return pool.first { used[$0.id, default: 0] == least } ?? ("fallback", "Tell me more about that.")
  }

  /// True when the words `echo` would quote open with a condition ("if", "unless", "when").
  static func echoIsACondition(_ answer: String) -> Bool {
    let first = echo(answer).split(separator: " ").first?.lowercased() ?? ""
    return ["if", "unless", "when", "whenever", "once", "until"].contains(first.trimmingCharacters(in: .punctuationCharacters))
  }

  /// A short phrase of the customer's own words to echo: the request without "we need",
  /// "they want" and the like, cut before a reason or "and", at most seven words.
  public static func echo(_ answer: String) -> String {
    var words = answer.split(whereSeparator: \.isWhitespace).map(String.init)
    // Drop the reason clause: echo what they asked for.
    if let cut = words.firstIndex(where: {
      ["because", "since", "so", "otherwise", "and", "but", "which", "when", "while"].contains(
        $0.lowercased())
    }), cut > 2 {
      words = Array(words[..<cut])
    }
    let fillers = [
      "they said", "they say", "they want", "they need", "they'd like", "we'd like", "i'd like", "we want",
      "we need", "i think", "i guess", "i suppose", "to be honest", "i want", "i need", "well", "so", "just",
      "basically", "honestly", "frankly", "they're looking for", "they are looking for", "looking for",
      "they're looking at", "they are looking at", "looking at", "they asked for", "asked for",
      "they would like", "would like", "to have", "to get", "said", "that", "because", "since",
    ]
    var changed = true
    while changed && words.count > 1 {
      changed = false
      let lower = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
      for filler in fillers {
        let parts = filler.split(separator: " ").map(String.init)
        if parts.count < words.count, Array(lower.prefix(parts.count)) == parts {
          words.removeFirst(parts.count)
          changed = true
          break
        }
      }
    }
    if words.count > 7 { words = Array(words.prefix(6)) + ["…"] }
    var phrase = words.joined(separator: " ")
    while let last = phrase.last, ".,;:!?".contains(last) { phrase.removeLast() }
    // Lower-case a sentence opener ("The", "Our"), never a name ("Dana", "CRM").
    let openers: Set<String> = [
      "the", "a", "an", "our", "their", "its", "it", "my", "we", "they", "more", "better", "every", "no",
      "some", "last", "most", "all", "too", "much", "many", "nobody", "people", "reps", "at", "in", "on",
      "before", "after", "when", "this", "that", "there", "it's", "yesterday", "since",
    ]
    if let first = phrase.first, first.isUppercase, let word = words.first,
      openers.contains(word.lowercased())
    {
      phrase = first.lowercased() + phrase.dropFirst()
    }
    return phrase
  }
}
