import Foundation

/// Reads the `LadderFeature` cues from an answer: phrase lists (data, below) matched as whole
/// words (a trailing `*` matches a word's beginning, a `~` word also its -s, -ed and -ing forms
/// as `Inflection` spells them), numbers read by the `AnswerClassifier`, and the classifier's
/// own classes for requests, symptoms, fluff and facts.
public struct LadderCueReader: Sendable {
  public var classifier: AnswerClassifier

  public init(classifier: AnswerClassifier = AnswerClassifier()) { self.classifier = classifier }

  /// The cues in `answer`, read with `classification` (the classifier's reading of it).
  public func read(_ answer: String, classification: Classification) -> LadderCues {
    let words = AnswerClassifier.words(answer)
    var values: [LadderFeature: Double] = [:]
    var fired: [LadderFeature: [String]] = [:]
    func set(_ feature: LadderFeature, _ cues: [String], value: Double? = nil) {
      guard !cues.isEmpty else { return }
      values[feature] = value ?? 1
      fired[feature] = cues
    }
    // The words of a stall ("I have to check with my wife first", "revisit this next quarter")
    // name whom to ask or when, not what is at stake: they count for no personal or business cue.
    let stalls = Self.stalls(in: answer, words: words)
    func find(_ list: [String]) -> [String] {
      list.filter { !AnswerClassifier.occurrences(of: $0, in: words).isEmpty }
    }
    func outsideStalls(_ cues: [String]) -> [String] {
      cues.filter { cue in
        AnswerClassifier.occurrences(of: cue, in: words).contains { range in
          !stalls.contains { $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
        }
      }
    }

    let numbers = classifier.numberCues(words).filter { !$0.isHeadcount || $0.isMeasure }
    let hasMoney = numbers.contains { $0.isMeasure && $0.isMoney }
    // Spending is a cost beside money or another cost word ("spending twice what we budgeted");
    // "reps spend 30% of their time on data entry" is a number without perspective.
    let costFound = outsideStalls(find(Self.costWords))
    let spendCounts = hasMoney || costFound.contains { !Self.spendWords.contains($0) }
    let cost = costFound.filter { spendCounts || !Self.spendWords.contains($0) }
    // "sheets get lost" and "reps lose track" are symptoms, not losses.
    let loss = outsideStalls(find(Self.lossWords)).filter { cue in
      !AnswerClassifier.occurrences(of: cue, in: words).allSatisfy { range in
        let before = range.lowerBound > 0 ? words[range.lowerBound - 1] : ""
        let after = range.upperBound < words.count ? words[range.upperBound] : ""
        return ["get", "gets", "got", "getting", "go", "goes"].contains(before) || after == "track"
      }
    }
    let consequence = outsideStalls(
      find(Self.consequenceWords)
        + (Self.businessImpactPatterns + Self.peopleConsequencePatterns).flatMap { $0.matches(in: words) })
    let target = outsideStalls(find(Self.targetWords))
    // Cost words add up: "spending twice what we budgeted" says more than "spending".
    set(.cost, cost, value: Double(min(cost.count, 3)))
    set(.loss, loss)
    set(.consequence, consequence)
    set(.target, target)

    let weighty = !(cost + loss + consequence + target).isEmpty
    let measures = numbers.filter(\.isMeasure).map(\.text)
    set(.money, numbers.filter { $0.isMeasure && $0.isMoney }.map(\.text))
    if weighty && !measures.isEmpty {
      set(.measure, measures)
    } else if !weighty && !numbers.isEmpty {
      set(.bareNumber, numbers.map(\.text))
    }

    let tools = find(Self.toolWords)
    let complaints = find(Self.toolComplaints)
    // "It" counts as the tool only beside a named one ("Salesforce is clunky and reps hate it");
    // "She hates it" alone may be about anything.
    let toolFrustration = tools.contains { $0 != "it" } && !complaints.isEmpty
    // "Reps hate it" about a tool is frustration with the tool, not a stake; "upset big
    // customers" is a risk to the business, not a feeling.
    let upsetObject = AnswerClassifier.upsetObject(words)
    // "It's frustrating" qualifies a thing; "I'm frustrated" is the buyer's own feeling.
    let feelingsFound = find(Self.feelingWords) + Self.personStatePatterns.flatMap { $0.matches(in: words) }
    let feelings = outsideStalls(feelingsFound).filter { feeling in
      !(toolFrustration && complaints.contains(feeling)) && !(feeling == "upset" && upsetObject != nil)
        && !AnswerClassifier.occurrences(of: feeling, in: words).allSatisfy { range in
          range.count == 1 && Self.qualifiesAThing(words, at: range.lowerBound)
        }
    }
    let firstPerson = words.filter { Self.firstPersonWords.contains($0) }
    let others = outsideStalls(find(Self.otherPeople))
    let subjects = words.filter { Self.thirdPersonWords.contains($0) }
    // A feeling with no one named ("Ashamed.") is the speaker's own.
    // "My team is fed up" is the team's feeling: "my" alone does not make it the buyer's own.
    let speaker = firstPerson.filter { !["my", "mine"].contains($0) }
    if !feelings.isEmpty && (!speaker.isEmpty || (others + subjects).isEmpty) { set(.ownFeeling, feelings) }
    if !feelings.isEmpty && !(others + subjects).isEmpty { set(.otherFeeling, feelings) }
    // "Let me know", "give me a week": a request to the seller, no stake. "It saved me money"
    // is a benefit; "my VP asked me to look at vendors" hands over a task ("asked me why" holds
    // the buyer to account, and stays one).
    set(
      .stake,
      outsideStalls(
        find(Self.stakeWords)
          + (Self.lookingBadPatterns + Self.familyPatterns + Self.headsRollPatterns + Self.lettingDownPatterns).flatMap { $0.matches(in: words) }
      ).filter { stake in
        guard stake == "me" || stake == "asked me" else { return true }
        return AnswerClassifier.occurrences(of: stake, in: words).contains { range in
          let before = range.lowerBound > 0 ? words[range.lowerBound - 1] : ""
          let verb = stake == "me" ? before : "asked"
          let after = range.upperBound < words.count ? words[range.upperBound] : ""
          let delegated = Self.delegatingVerbs.contains(verb) && after == "to"
          return !delegated && (stake != "me" || !(Self.requestMe.contains(before) || Self.benefitMe.contains(before)))
        }
      })
    // A bare value ("Security.", "Freedom, really.") is the top of the ladder; in a longer
    // answer the same word is often the business's ("security review", "status report").
    // So is a wish for how they feel or live ("I want to feel more confident", "I just want the
    // time to raise a child"): the same top of the ladder, said as a wish.
    let wishes = Self.ownWishes(words).filter { wish in
      !stalls.contains { $0.range.lowerBound <= wish.range.lowerBound && wish.range.upperBound <= $0.range.upperBound }
    }
    set(.value, outsideStalls(find(Self.valuePhrases) + (words.count <= 4 ? find(Self.bareValues) : [])) + wishes.map(\.text))
    // "Another store owner", "a VP": anyone's superior, not the one above the buyer.
    set(
      .superior,
      outsideStalls(find(Self.superiors)).filter { superior in
        AnswerClassifier.occurrences(of: superior, in: words).contains { range in
          range.lowerBound == 0 || !Self.anyonesDeterminers.contains(words[range.lowerBound - 1])
        }
      })
    // Risks add up like costs: "could lose the contract with our biggest customer" says more.
    let risks = outsideStalls(find(Self.riskWords)) + (upsetObject.map { ["upset \($0)"] } ?? [])
    set(.businessRisk, risks, value: Double(min(risks.count, 2)))

    if toolFrustration { set(.toolFrustration, tools + complaints) }

    // "It would be great if I could stop working weekends", "sounds good, but my job is on the
    // line": a reaction followed by its reason is read by the reason, not as a compliment.
    let reactions = Self.reactionPatterns.flatMap { $0.matches(in: words) }.filter { reaction in
      AnswerClassifier.occurrences(of: reaction, in: words).contains { range in
        range.upperBound >= words.count || !Self.reasonOpeners.contains(words[range.upperBound])
      }
    }
    set(.reaction, reactions + find(Self.reactionPhrases))
    set(.stall, stalls.map(\.text))
    set(.conditional, words.filter { Self.conditionalWords.contains($0) || $0.hasSuffix("'d") })

    let negated = classification.evidence.filter { $0.cue.hasPrefix("not … ") }.map(\.cue)
    set(.negation, negated + find(AnswerClassifier.noLonger + ["no complaints"]))

    // "I think about it at night" is no guess.
    set(
      .hedge,
      find(Self.hedges).filter { hedge in
        hedge != "i think"
          || AnswerClassifier.occurrences(of: hedge, in: words).contains { range in
            range.upperBound >= words.count || !["about", "of"].contains(words[range.upperBound])
          }
      })
    if !words.isEmpty { set(.length, ["\(words.count) words"], value: Self.lengthValue(words.count)) }
    if classification.isDontKnow { set(.dontKnow, classification.evidence.map(\.cue)) }
    let cues = { (answerClass: AnswerClass) in
      classification.evidence.filter { $0.answerClass == answerClass && !$0.cue.hasPrefix("not … ") }.map(\.cue)
    }
    // A request with its reason ("we need a CRM because we lose 20% of our leads") is read by
    // the reason: only a bare request counts as one.
    // The "want to" of a wish for how they feel or live is no request.
    if classification.has(.solution) && classification.reason == nil {
      set(
        .solution,
        cues(.solution).filter { cue in
          AnswerClassifier.occurrences(of: cue, in: words).contains { range in
            !wishes.contains { $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
          }
        })
    }
    if classification.has(.pain) { set(.symptom, cues(.pain)) }
    // "Would", "could" and "maybe" count once, as a conditional, and "probably" or "kind of" as
    // a hedge: a vague answer is one of fluff words ("better", "things"), not of modal verbs.
    if classification.has(.vague) {
      set(.vagueness, cues(.vague).filter { !Self.conditionalWords.contains($0) && !Self.hedgeSet.contains($0) })
    }
    if classification.classes == [.fact] { set(.situation, cues(.fact)) }
    return LadderCues(values: values, fired: fired)
  }

  /// The length feature's value: log2(1 + words), the count held between 4 and 20 words. Past
  /// 20 words a real answer is no more likely the real why (long transcript replies often still
  /// need digging), and a two-word feeling ("Mortified.") is no less likely one than a
  /// four-word one.
  static func lengthValue(_ words: Int) -> Double {
    log2(1 + Double(min(max(words, 4), 20)))
  }

  /// Expands every `~` word of `phrases` into its inflected forms (`Inflection.expand`), each
  /// form once.
  static func inflected(_ phrases: [String]) -> [String] {
    var seen: Set<String> = []
    return phrases.flatMap(Inflection.expand).filter { seen.insert($0).inserted }
  }

  // MARK: - Phrase lists (data)

  /// Cost words that count only beside an amount of money or another cost word.
  static let spendWords: Set<String> = ["spend", "spent", "spending"]

  static let costWords = [
    "cost", "costs", "costing", "costly", "worth", "budget*", "margin*", "income", "profit*", "spend", "spent", "spending",
    "pay", "paid", "paying", "save", "saved", "saving*", "twice", "double", "half our", "half of our",
    "a third", "a quarter of", "a fifth", "of revenue", "of our revenue", "in revenue", "recurring revenue",
    "of our leads", "of leads", "of our renewals", "of renewals", "of our customers", "of customers",
    "of our clients", "of clients", "of our deals", "of deals", "of our pipeline", "of our business",
    "our whole", "more than our", "short of", "at risk",
    "fines", "fined", "penalt*", "service credits", "interest", "premium", "cash", "overtime", "bookings",
    "billing", "money", "halved", "fewer", "less than", "down by", "over budget",
    "full-time employee*", "full-time salar*", "full-time people", "full-time hire*", "full-time person", "fte", "ftes",
  ]
  static let lossWords = [
    "lose", "loses", "losing", "lost", "cancel*", "churned", "churning", "quit", "quits", "resign*", "walk", "walks",
    "walked", "walking out", "left", "leave", "leaves", "wrote off", "written off", "write off", "scrap*",
    "delist*", "dropped us", "down a", "gone", "at a loss", "vanish*", "stopped ordering",
    "burns", "wasted",
  ]
  static let consequenceWords = inflected([
    "fined", "fine us", "settlement", "claim", "tribunal", "lawsuit", "sued", "suspend*", "threaten*",
    "tender", "had to",
    // A review that judges the buyer or the business, not one that is a step of a process
    // ("legal reviews the contract", "a week to review").
    "my review", "my last review", "our last review", "my annual review", "annual review", "performance review*",
    "under review", "bad review*", "negative review*", "poor review*", "terrible review*", "one-star review*",
    "cut our", "cut my", "cut the", "raised", "missed the", "missed our",
    "missed a", "slipped", "pushes", "push", "ran empty", "one-star", "complaint*", "correct it",
    "in writing", "malpractice", "inspection", "recall*", "layoff*", "apolog*", "made their", "hurt",
    "get worse", "gets worse", "getting worse", "fall~ behind", "fell behind", "lose ground", "losing ground",
    "have to hire", "hire more", "waste of money", "waste of time", "go under", "out of business",
    "could fail", "might fail", "will fail", "would fail", "shut down", "close the doors",
    "go~ elsewhere", "went elsewhere", "slip a quarter", "slips a quarter", "slip~ to next", "can't bill",
    "penalt*",
    // The business's survival in plain words: "we can't make payroll", "we'd have to close the shop".
    "make payroll", "meet payroll", "miss payroll", "missed payroll", "cover payroll", "close the shop",
    "close our doors", "close the business", "close up shop", "shut the doors", "shut our doors",
  ])
  static let targetWords = [
    "target*", "deadline*", "quota*", "plan", "goal*", "covenant*", "promise*", "promised", "by june",
    "by year end", "by q1", "by q2", "by q3", "by q4", "by next", "by the end", "fiscal year", "sla",
  ]
  static let stakeWords = inflected([
    "my job", "my head", "my neck", "my bonus", "my name", "my credibility", "my reputation", "reputation",
    "my signature", "my licence", "my license", "my budget", "my targets", "my number",
    "my judgement", "my judgment", "my watch", "my baby", "my fault", "my recommendation",
    "on the line", "on me", "at the mercy", "i'm the one", "i'd be the one", "i'll be the one",
    "i am the one", "the one who", "won't be here", "i'm done", "i'd have to",
    "career", "promotion", "promoted", "partner", "fired", "let someone go", "let go", "weekend*", "evening*",
    "midnight", "my kids", "my wife", "my husband", "my family", "in front of", "asked me", "explain*",
    "answer to", "answers to", "blame*", "i did", "i signed", "i promised", "i pitched", "i asked for",
    "i won", "i sign", "i chose", "i hired", "riding on", "rides on", "judge me", "on trial", "faith in me",
    "patience with me", "i made promises", "me",
    "hot seat", "on the hook", "firing line", "my ass", "my skin", "my sanity", "my health", "my marriage",
    "my life", "my evenings", "my weekends", "out of my hands", "out of my control", "depend~ on other",
    "rely on other", "relying on other", "trip to", "vacation", "holiday", "mortgage", "tuition", "my house",
    "my home", "my kids'", "my team's", "my forecast", "my customers", "my account", "my accounts", "i own",
    "i'm out", "i'm gone", "i'm toast", "i'm finished", "heads will roll", "heads roll",
    // The rest of the family, as "my kids" and "my wife" are ("my daughter's wedding", "my dad
    // worked until he was 70"); someone to ask first is a stall, not a stake.
    "my daughter+", "my daughters", "my son+", "my sons", "my child+", "my children+", "my grandkids",
    "my grandchildren", "my grandson+", "my granddaughter+", "my parents", "my dad+", "my mom+", "my mum+",
    "my mother+", "my father+", "my spouse+",
    // Standing with the people whose opinion counts: "I'd lose the respect of my team", "lose
    // face with the board".
    "the respect of", "lose face", "loses face", "lost face", "losing face", "save face", "saving face",
    "my standing", "my integrity",
    // What happens to them, said plainly: "I could be demoted", "I'll be out of a job", "I'll
    // take the fall for it", "I'd never forgive myself".
    "demoted", "demotion", "out of a job", "out of work", "take the fall", "takes the fall", "taking the fall",
    "took the fall", "forgive myself",
  ])
  /// Personal values, the top of a means-end ladder, that read as one anywhere in an answer.
  static let valuePhrases = [
    "peace of mind", "freedom", "prestige", "appreciated", "self-esteem", "self-respect", "job security",
    "financial security", "security for", "feel secure", "feel safe", "respected", "legacy", "fulfilled",
    "fulfilling", "pride", "independence", "to be free", "belonging", "for my family", "quality of life",
    "enjoy life", "my health",
    // Status in others' eyes: "all my buddies will be jealous", "the envy of the street".
    "be jealous", "be envious", "the envy of",
  ]
  /// Values that read as one only when they are (nearly) the whole answer.
  static let bareValues = [
    "security", "safety", "stability", "control", "status", "respect", "happiness", "health", "family",
    "success", "achievement", "comfort", "trust", "balance",
  ]

  static let feelingWords = inflected([
    "frustrat*", "worried", "worry", "worries", "worrying", "afraid", "fear*", "scared", "scares",
    "scary", "terrif*", "stress*", "embarrass*", "ashamed", "overwhelm*", "tired", "exhaust*",
    "burned out", "burnt out", "burn out", "burnout", "angry", "furious", "livid", "upset", "annoy*",
    "anxious", "nervous", "dread*", "devastat*", "gutted", "awful", "hate", "hates", "sick of", "fed up",
    "proud", "excited", "relief", "relieved", "losing patience", "losing faith",
    "losing sleep", "keeps me up", "drives me", "kills me", "up the wall", "panic*", "miserable",
    "heartbroken", "horrible", "can't stand", "sleep*", "slept", "nightmare", "pressure", "breathing down",
    "on my back", "on her back", "on his back", "couldn't live with",
    "piss*", "gun-shy", "gun shy", "freak~ out", "humiliat*", "guilt*", "sad", "depress*", "desperat*",
    "hopeless", "helpless", "powerless", "lonely", "disappoint*", "heartbreak*", "in tears",
    "cry~", "sick to my stomach", "at my wits", "can't take", "scare~", "worry~", "regret*", "mortif*",
    "galls", "galling", "sick about", "sick of it", "dreadful", "ashamed", "kill~ me", "kill~ us",
    "unhappy", "lost confidence", "lose~ confidence", "lost faith", "lose~ faith", "lost hope", "lose~ hope",
    "got burned", "got burnt", "enjoy~",
    // Sleepless or beside themselves, in other words: "I've been lying awake over it", "it's
    // eating me alive", "I'm losing my mind".
    "lie awake", "lying awake", "lay awake", "awake at night", "losing my mind", "lose my mind", "eating me",
    "eats me", "eating at me", "eats at me",
    // Pressure said as its end, as "on my back" is said as its presence: "get my HOA off my back".
    "off my back", "off our back", "off our backs",
  ])
  static let firstPersonWords: Set<String> = [
    "i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine",
  ]
  static let thirdPersonWords: Set<String> = [
    "he", "she", "he's", "she's", "his", "her", "him", "they", "they're", "their", "them",
  ]
  static let otherPeople = [
    "team", "reps", "agents", "staff", "users", "customers", "clients", "people", "everyone", "interns",
    "planners", "engineers", "supervisors", "shift leads", "manager", "boss", "owner", "board", "ceo",
    "cfo", "coo", "vp", "director", "chair", "founders", "investors",
  ]
  static let superiors = [
    "board", "my boss", "boss", "ceo", "cfo", "coo", "cto", "vp", "owner", "owners", "founders",
    "investors", "chair", "partners", "managing partner", "plant director", "leadership", "lenders",
    "head office", "my manager", "the directors", "cro", "cmo", "cio", "ciso", "svp", "evp", "president",
    "general manager", "executive team", "exec team", "c-suite",
  ]
  /// Words that open the reason after a reaction ("would be great *if* …", "sounds good, *but* …").
  static let reasonOpeners: Set<String> = ["if", "because", "but", "since", "cause", "unless"]

  /// Words before a superior that make it anyone's ("another store owner", "a VP", "every
  /// CEO"), not the buyer's own.
  static let anyonesDeterminers: Set<String> = [
    "a", "an", "another", "any", "every", "other", "some", "store", "shop", "business", "small-business",
  ]
  static let riskWords = [
    "risk", "risks", "risky", "exposed", "exposure", "regulator*", "audit*", "licence", "license",
    "inspection", "inspector", "malpractice", "compliance", "lawsuit", "biggest customer*",
    "largest customer*", "big customer*", "key customer*", "best customer*", "big client*", "key client*",
    "key account*", "biggest account*", "largest account*", "biggest client*", "contract",
    "could lose", "might lose", "will lose", "we'd lose", "walks", "out to tender", "recall*", "fines",
    "soc 2", "covenant*",
  ]
  static let toolWords = [
    "tool", "system", "app", "software", "crm", "erp", "platform", "dialer", "screen*", "login",
    "website builder", "phone system", "salesforce", "hubspot", "jira", "excel", "spreadsheet*",
    "dashboard", "portal", "ticketing", "interface", "ui", "it", "expense app", "bi tool",
  ]
  static let toolComplaints = [
    "clunky", "slow", "buggy", "outdated", "old", "ancient", "awful", "nightmare", "confusing",
    "painful", "hate", "hates", "can't stand", "annoy*", "crash*", "dinosaur", "a mess", "dysfunctional",
    "terrible", "frustrating", "frustrated", "complain*", "grumble", "lags", "drops calls",
    "times out", "logs you out", "horrible", "useless", "difficult to use", "hard to use", "clicks",
    "nobody likes",
  ]
  static let conditionalWords: Set<String> = [
    "would", "could", "might", "if", "maybe", "perhaps", "possibly", "someday", "eventually", "wouldn't",
  ]
  /// `hedges` for lookups.
  static let hedgeSet = Set(hedges)
  static let hedges = [
    "i guess", "my guess", "probably", "i think", "maybe", "i suppose", "not sure", "kind of", "sort of",
    "um", "uh", "i'd say", "roughly speaking", "i imagine", "presumably", "i reckon",
  ]
}
