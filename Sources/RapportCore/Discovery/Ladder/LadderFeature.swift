/// The named cues the stop-or-dig decision weighs. Each is a number read from the answer (1 or
/// 0 for most, a count for a few) with the words that fired it, so `/why` can show them.
///
/// The names are the contract with `models/ladder.json`: a test checks that every feature
/// named there exists here and the other way round.
public enum LadderFeature: String, CaseIterable, Codable, Sendable {
  /// A number with a unit (money, %, time) next to words that give it weight: a loss, a
  /// cost, a budget, a target ("we lose about $180k a year").
  case measure = "measure-with-unit"
  /// An amount of money ("$15k a month", "about 40 thousand dollars").
  case money = "money"
  /// A number with nothing that says what it means to them ("sales are up 20%", "16 years").
  case bareNumber = "number-without-perspective"
  /// Money, budget, margin, revenue, "twice", "half our": words that put a problem in the
  /// buyer's own terms.
  case cost = "cost"
  /// Losing customers, people or money: lost, cancelled, quit, churned, wrote off.
  case loss = "loss"
  /// Something that happened because of the problem: a fine, a claim, a missed date, a cut;
  /// what it does to the business ("it affects our revenue") or to people ("I'd have to let
  /// two people go", "someone gets hurt").
  case consequence = "consequence"
  /// A target, plan, quota, deadline or promise.
  case target = "target-or-deadline"
  /// The buyer's own stake in plain words: my job, my head, the one who explains, weekends.
  case stake = "personal-stake"
  /// A personal value, the top of a means-end ladder (Reynolds & Gutman): peace of mind,
  /// freedom, recognition, security for the family; or a wish for how they feel or live ("I
  /// want to feel more confident", "I just want the time to raise a child").
  case value = "personal-value"
  /// A feeling word with the buyer as its subject ("I'm worried", "it keeps me up").
  case ownFeeling = "own-feeling"
  /// A feeling word about someone else ("the CEO is furious", "the reps hate it").
  case otherFeeling = "someone-elses-feeling"
  /// Someone above the buyer: the board, the CEO, the owners, investors.
  case superior = "someone-above"
  /// A concrete risk to the business: an audit, a regulator, the biggest customer, a contract.
  case businessRisk = "business-risk"
  /// A complaint about a tool: clunky, slow, buggy, outdated ("Salesforce is clunky").
  case toolFrustration = "tool-frustration"
  /// would, could, might, if, maybe.
  case conditional = "conditional"
  /// A reaction to an idea rather than a reason: "that would be really useful", "I'd totally
  /// use that", "let me know when it launches" (the Mom Test's compliments and hypothetical yeses).
  case reaction = "reaction-to-an-idea"
  /// A stall: the buyer puts the decision off instead of giving a reason — someone to ask first
  /// ("I have to talk it over with my wife first"), time to think ("I need to think about it"),
  /// a later date or a call-back ("revisit this next quarter", "call me back next week"), a
  /// timing brush-off ("that night is not good for me"), a request for information ("send me
  /// some info"). The coach digs past it: "What would she want to know?"
  case stall = "stall"
  /// A pain or feeling negated ("not really an issue", "doesn't dread … anymore").
  case negation = "negation"
  /// A request for a product or change (the classifier's solution cues).
  case solution = "solution-words"
  /// Something going wrong with no cost or consequence said (the classifier's pain cues).
  case symptom = "symptom"
  /// Fluff: better, more efficient, fine, nice to have (the classifier's vague cues).
  case vagueness = "vagueness"
  /// Only the situation: tools, people, process, "nobody" (the classifier found nothing else).
  case situation = "situation-only"
  /// A guess or hedge: "I guess", "probably", "I think", "my guess would be".
  case hedge = "hedge"
  /// How long the answer is: log2 of 1 + its word count. Short answers are often a first,
  /// surface reply.
  case length = "length"
  /// "I don't know", "they didn't say".
  case dontKnow = "dont-know"
  /// The answer's words beside the named cues: the summed fitted weight of the stemmed words and
  /// adjacent pairs it holds (`LadderWords`), each counted once — a logit, positive towards
  /// stop. `/why` names the terms that weighed most, each with its share of the decision's
  /// points ("kid +0.35").
  case wordEvidence = "word-evidence"

  /// Words for people, as `/why` shows them.
  public var label: String {
    switch self {
    case .measure: "a measure with a unit"
    case .money: "an amount of money"
    case .bareNumber: "a number without perspective"
    case .cost: "cost words"
    case .loss: "a loss"
    case .consequence: "a consequence"
    case .target: "a target or deadline"
    case .stake: "a personal stake"
    case .value: "a personal value"
    case .ownFeeling: "their own feeling"
    case .otherFeeling: "someone else's feeling"
    case .superior: "someone above them"
    case .businessRisk: "a business risk"
    case .toolFrustration: "frustration with a tool"
    case .conditional: "a conditional"
    case .reaction: "a reaction to an idea"
    case .stall: "a stall"
    case .negation: "a negation"
    case .solution: "a request"
    case .symptom: "a symptom"
    case .vagueness: "vague words"
    case .situation: "only the situation"
    case .hedge: "a hedge"
    case .length: "its length"
    case .dontKnow: "don't know"
    case .wordEvidence: "its words"
    }
  }

  /// The cues read from the answer by rule (`LadderCueReader`): every feature but the fitted
  /// word evidence.
  public static var namedCues: [LadderFeature] { allCases.filter { $0 != .wordEvidence } }

  /// True for the cues that make a stop a personal one (`stop_on: emotion`) rather than a
  /// measured outcome or consequence (`stop_on: outcome-number`).
  public var isPersonal: Bool {
    [.stake, .value, .ownFeeling, .otherFeeling, .superior].contains(self)
  }

  /// True for the cues that make a stop a measured outcome or consequence (`outcome-number`).
  public var isBusiness: Bool {
    [.measure, .money, .cost, .loss, .consequence, .target, .businessRisk].contains(self)
  }
}

/// The value of every `LadderFeature` for one answer, with the words that fired each.
public struct LadderCues: Sendable, Equatable {
  public var values: [LadderFeature: Double]
  public var fired: [LadderFeature: [String]]

  public subscript(feature: LadderFeature) -> Double { values[feature] ?? 0 }

  /// The values in `LadderFeature.allCases` order.
  public var vector: [Double] { LadderFeature.allCases.map { self[$0] } }
}
