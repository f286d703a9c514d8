/// The phrases that mark each answer class. Data, not code: playbooks add their own with
/// `cues:`. A phrase ending in `*` matches any word starting with what comes before it
/// ("frustrat*" matches "frustrated" and "frustrating"). Phrases match whole words, any case.
public struct CueLexicon: Sendable, Equatable {
  /// Phrases per class.
  public var phrases: [AnswerClass: [String]]
  /// Phrases that start a reason clause ("because", "so that").
  public var reasonMarkers: [String]
  /// Phrases that mean "don't know" when they make up most of a short answer.
  public var dontKnow: [String]
  /// Verbs of asking ("want", "looking at"): followed by a thing, not by `requestStops`,
  /// they make a request ("they want Salesforce", "we need better reporting").
  public var requestVerbs: [String] = []
  /// Words after a request verb that do not name a thing ("what we need is time", "I need
  /// to think about it").
  public var requestStops: [String] = []
  /// Words that cancel a pain or feeling cue just after them ("not a problem").
  public var negators: [String] = []
  /// Words that may stand between a negator and its cue ("not really an issue").
  public var negationFillers: [String] = []
  /// Words that may open a "don't know" without changing it ("to be honest, I don't know").
  public var dontKnowOpeners: [String] = []

  /// The same lexicon with `extra` phrases added to their classes.
  public func extended(with extra: [AnswerClass: [String]]) -> CueLexicon {
    var copy = self
    for (answerClass, list) in extra { copy.phrases[answerClass, default: []] += list }
    return copy
  }

  /// The built-in lexicon, drawn from SPIN (implied vs explicit needs), Sandler's pain
  /// funnel, MEDDPICC's metrics rubric and the Mom Test's "fluff".
  public static let builtIn = CueLexicon(
    phrases: [
      .solution: [
        "we need a", "we need an", "we need the", "we need to get", "need a new", "need an",
        "they need a", "they need an", "they need the", "need a better",
        "we want a", "we want an", "they want a", "they want an", "they want the", "want a new",
        "want to buy", "want to switch", "looking for a", "looking for an", "looking for the",
        "asked for", "they asked", "asking for", "would like a", "would like an", "we'd like",
        "they'd like", "should have a", "add a", "add an", "get a new", "buy a", "buy an",
        "replace", "switch to", "migrate to", "move to a", "upgrade to", "implement a",
        "roll out", "a new crm", "a new tool", "a new system", "a new platform", "an integration",
        "a dashboard", "a portal", "an app", "more seats", "more licenses", "a demo", "a trial",
        "the feature", "a feature", "feature request", "ai",
      ],
      .pain: [
        "can't", "cannot", "can not", "couldn't", "doesn't", "don't have", "won't", "no way to",
        "unable to", "manual*", "by hand", "slow*", "error*", "mistake*", "lose", "loses", "losing", "lost", "lose track", "loses track",
        "miss", "misses", "missed", "missing", "churn*", "backlog*", "complain*", "struggl*",
        "takes too long", "too long", "every time", "broken", "breaks", "fail*", "problem*",
        "issue*", "pain*", "hard to", "difficult*", "delay*", "late", "bottleneck*", "waste*",
        "costly", "duplicate*", "chasing", "rework", "fall through the cracks", "slip*", "stuck",
        "outage*", "downtime", "behind", "not able to", "lapse*", "breaking", "overdue", "surprise*", "drop off", "dropped", "gap",
        "messy", "chaos", "risky", "a mess", "nobody", "no one", "for days", "for weeks", "reconcil*",
        "weekend*", "nights", "is tight", "are tight", "tight budget", "no idea which", "no idea how",
        "no idea when", "no visibility", "never hit", "didn't hit", "don't hit", "not hitting",
      ],
      .outcome: [
        "increase*", "reduce*", "grow*", "save*", "saving*", "cut", "hit", "target*", "quota*",
        "kpi*", "margin*", "revenue", "cost", "costs", "profit*", "risk", "compliance", "audit*",
        "deadline*", "this quarter", "next quarter", "per quarter", "so that", "so we can", "so they can",
        "so i can", "in order to",
        "win rate", "conversion rate", "retention rate", "renewal rate", "pipeline", "forecast*",
        "close more",
        "on time", "goal*", "objective*", "measure*", "roi", "payback", "per week", "per month",
        "a year", "per year", "bookings", "sales cycle", "time to", "headcount", "budget",
      ],
      .emotion: [
        "frustrat*", "worried", "worry", "worries", "afraid", "fear*", "stress*", "embarrass*",
        "overwhelm*", "tired", "exhaust*", "excited", "proud", "angry", "annoy*", "anxious",
        "nervous", "scared", "dread*", "devastat*", "sick of", "fed up", "hate", "upset", "burn out", "burned out",
        "burnout", "sleep*", "not sleeping", "isn't sleeping", "can't sleep", "losing sleep", "my job", "my bonus", "her bonus", "his bonus", "my boss",
        "in front of the board", "promotion", "look bad",
        "looks bad", "looked bad", "on the line", "personally", "my neck", "career", "reputation",
        "blame*", "pressure", "keeps me up", "nightmare", "relief", "relieved", "ashamed",
        "painful for me", "i feel", "she feels", "he feels", "they feel", "i'm scared",
        "breathing down", "down my neck", "down her neck", "down his neck", "on my back", "on her back",
        "on his back",
      ],
      .vague: [
        "better", "improve*", "more efficient", "efficiency", "streamline*", "moderni*",
        "optimi*", "fine", "good", "ok", "okay", "great", "nice", "usually", "always", "never",
        "typically", "generally", "would", "might", "could", "maybe", "probably", "someday",
        "eventually", "in general", "kind of", "sort of", "stuff", "things", "easier",
        "more productive", "best in class", "world class", "transform*", "synerg*",
        "next level", "smoother", "leverage", "empower*", "visibility", "faster", "quicker", "simpler",
        "not a priority", "not urgent", "no rush", "no hurry", "nice to have", "would be nice",
        "hypothetical*", "if we had", "if they had",
      ],
      .fact: [
        "we use", "they use", "we're using", "they're using", "currently", "today we",
        "today they", "right now", "there are", "team of", "we have", "they have", "salesforce",
        "hubspot", "excel", "spreadsheet*", "sap", "oracle", "jira", "slack", "email*", "crm",
        "erp", "reps", "people", "employees", "users", "customers", "offices", "locations",
      ],
    ],
    reasonMarkers: [
      "because", "'cause", "since", "so that", "so we", "so they", "so i", "so our", "so the",
      "so their", "so my", "so he", "so she", "so it", "so reps", "so people", "so everyone",
      "so nobody", "so no one", "in order to", "which means", "otherwise", "that way",
    ],
    dontKnow: [
      "don't know", "dont know", "do not know", "not sure", "no idea", "unknown", "dunno", "idk",
      "didn't say", "did not say", "no clue", "can't say", "cannot say", "unclear", "n/a", "pass",
      "?", "no answer", "they wouldn't say", "wouldn't say", "didn't ask", "did not ask",
      "not really sure", "no real idea",
    ],
    requestVerbs: [
      "want", "wants", "need", "needs", "looking at", "looking for", "would like", "asked for",
      "asking for", "switch to", "move to", "moving to",
    ],
    requestStops: [
      "is", "was", "are", "were", "it", "that", "this", "them", "him", "her", "us", "me", "you", "anything",
      "nothing", "to think", "to know", "to talk", "to check", "to ask", "to understand", "to be", "to see",
      "to figure", "to discuss", "to decide",
    ],
    negators: [
      "not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "hardly",
      "nothing",
    ],
    negationFillers: [
      "a", "an", "any", "the", "really", "much", "of", "big", "real", "that", "too", "so", "very", "have",
      "having", "many", "huge", "major", "serious", "particularly", "at", "all", "my", "our", "their",
    ],
    dontKnowOpeners: [
      "to be honest", "to be fair", "honestly", "frankly", "that's a good question", "good question",
      "well", "um", "uh", "hmm", "sorry", "i'm", "i", "we", "they", "really", "still",
    ])
}
