/// The phrases that fire the focus verdict's cue features, compiled into the lint trie.
///
/// A word written with a trailing `~` stands for its inflections ("help~" is help, helps,
/// helped, helping), and `'s` forms are added to nouns written with `+` ("industry+" is also
/// "industry's"), so the lists stay short and the draft is still matched word by word, once.
/// `*` stands for any one word (never first: a phrase that starts with one would be tried at
/// every word of every draft).
enum FocusCues {
  /// The sender's product or firm as the thing of value.
  static let productValue = [
    "our platform~", "our solution~", "our product~", "our software", "our tool~", "our technology",
    "our service~", "our offering~", "our app~", "our suite", "our system~", "our feature~",
    "our capabilities", "our expertise", "our experience", "our team of", "our company", "our firm",
    "our agency", "our network", "our client~", "our customer~", "our partner~", "our approach",
    "our program~", "our offer", "our deck", "our demo", "our case study~", "our results",
    "our * help~ you", "our * help~ your", "our * let~ you", "our * give~ you", "our * allow~ you",
    "our * enable~ you", "our * make~ it", "our * will", "our * can", "our * is", "our * are",
    // Not "we help~" / "i help~": "I help small firms keep more of what they earn" names what
    // the reader gets done (on the real set before batch 9 it fired in 12 customer-focused and 8
    // self-focused drafts); "our X helps you" above, the product as the helper, stays the sender's.
    "we've helped", "we have helped", "i've helped", "i have helped", "we specialize~", "we provide~", "we offer~",
    "we work with", "we've worked with", "we partner with", "we built", "we've built", "we developed",
    "we've developed", "we launched", "we just launched", "we created", "we designed", "we deliver~",
    "we're a", "we are a", "we're the", "we are the", "i work for", "i work at", "i represent",
    "i'm with", "i am with", "helps companies", "helps teams", "helps businesses", "help~ companies like",
    "help~ teams like", "help~ businesses like", "companies like yours", "clients include", "customers include",
    "brands like", "we've been", "we have been", "founded in", "we've added", "we added", "we've launched",
    "we released", "we've released", "new feature~", "great feature~",
    // "For all your heating and cooling needs": the sender's catalogue, no need of this reader's.
    "all your needs", "all your * needs", "all your * * needs", "all your * * * needs", "all of your needs",
    "all of your * needs", "all of your * * needs", "all of your * * * needs",
  ]
  /// Claims and superlatives about the sender or the product.
  static let claims = [
    "leading", "leader~", "market leader", "industry+ leading", "industry leader~", "number one", "no 1",
    "award winning", "award~", "world class", "best in class", "best of breed", "cutting edge",
    "state of the art", "top rated", "top notch", "next generation", "next gen", "revolutionary",
    "revolutionize~", "innovative", "innovation~", "groundbreaking", "game changing", "game changer~",
    "unparalleled", "unmatched", "unrivaled", "unrivalled", "premier", "trusted by", "proven",
    "seamless", "seamlessly", "powerful", "all in one", "one stop", "is the best", "are the best",
    "the best tool~", "the best platform~", "the best solution~", "fastest growing", "patented", "proprietary", "end to end", "robust", "unique",
    "leverage~", "turnkey", "best practice~", "the only", "first ever", "thousands of", "hundreds of",
    "millions of", "fortune 500", "renowned", "premium", "exclusive", "top tier", "superior", "excellence",
    "world's", "comprehensive", "ultimate", "guarantee~", "hassle free", "second to none",
  ]
  /// A pitch dressed in "you".
  static let pitchToReader = [
    "you'll love", "you will love", "you're going to love", "you are going to love", "you'd love",
    "you deserve", "you need our", "you won't want to miss", "don't miss", "do not miss", "check out our",
    "try our", "take advantage", "free trial", "limited time", "special offer", "act now", "don't wait",
    "what if i told you", "you won't believe",
    "you owe it", "you can't afford", "why not with us", "why not us", "you'll get", "you will get",
    "you should try", "don't you hate", "do you want more", "wouldn't you like", "who doesn't want",
    "learn more about our", "hear more about our", "see how we", "see how our", "show you how we",
    "show you how our", "how we can help", "how we help", "how we could help", "how we've helped",
    // The reader pictured using the product: the product is still the thing of value.
    "imagine your * using", "imagine your * * using", "imagine your * with our", "imagine using our",
    "imagine having our", "imagine what our", "picture your * using",
  ]
  /// "You" blamed or ordered about.
  static let blamesReader = [
    "you failed", "you fail to", "you neglected", "you forgot", "you claim~", "you allege~", "you overlooked",
    "your failure", "you must",
  ]
  /// The reader's situation, words or news, whoever the grammatical subject is.
  static let readerSituation = [
    "congrats", "congratulations", "you mentioned", "you said", "you told me", "you shared", "you asked",
    "you wrote", "you posted", "you raised", "you flagged", "you described", "you explained",
    "you brought up", "as you said", "as you mentioned", "like you said", "in your words",
    "thanks for walking me through", "thank you for walking me through", "thanks for sharing",
    "thank you for sharing", "thanks for telling me", "thanks for showing me", "thanks for explaining",
    "thanks for the tour", "thanks for laying out", "thanks for taking me through", "when we spoke",
    // Thanks for what the reader reported: a reply that starts from their issue.
    "thanks for flagging", "thank you for flagging", "thanks for letting me know", "thank you for letting me know",
    "thanks for letting us know", "thank you for letting us know", "thanks for reporting", "thank you for reporting",
    "thanks for pointing", "thank you for pointing", "thanks for raising", "thank you for raising",
    "thanks for the heads up",
    // What the two of you already said: the reader's words, not the sender's news.
    "we discussed", "we talked about", "we spoke about", "our conversation", "our discussion", "you and i discussed",
    "when we talked", "when we met", "on our call", "on the call", "last time we spoke", "since we spoke",
    "your post", "your article", "your talk", "your comment", "your interview", "your podcast",
    "your recent", "your new", "you recently", "you just", "you're hiring", "you are hiring",
    "your team is hiring", "your goal~", "your priority~", "your plan~", "your target~", "your customer~",
    "your team+", "your rep~", "your quarter", "your numbers", "your launch~", "your expansion",
    "your growth", "your roadmap", "your board",
  ]
  /// The sender attending to the reader: counts when the sentence names the reader.
  static let attention = [
    "we noticed", "we saw", "we read", "we heard", "we came across", "we loved", "we enjoyed",
    "we were impressed", "we spotted", "i noticed", "i saw", "i read", "i heard", "i came across",
  ]
  /// A benefit in the reader's terms.
  static let readerBenefit = [
    "so you", "so your", "so that you", "so that your", "you'll be able", "you'd be able", "you'd get",
    "you keep", "you save", "save~ you", "save~ your", "you spend", "your team spend~", "your reps spend",
    "you stop", "you avoid",
    "without", "instead of", "fewer", "less time", "free~ up", "hours back", "hours a week",
    "you won't have to", "you no longer", "your team can", "your reps can", "you only",
  ]
  /// What the sender wants.
  static let senderWants = [
    "i'd love", "i would love", "we'd love", "we would love", "i wanted to", "i want to", "we wanted to",
    "we want to", "i'd like", "i would like", "we'd like", "we would like", "i was hoping", "i'm hoping",
    "i am hoping", "i hope to", "we hope to", "reaching out", "reach out", "i'm writing", "i am writing",
    "i'm calling", "i am calling", "i'm contacting", "introduce myself", "introduce our", "introduce you to our",
    "my name is", "i need", "we need", "my quota", "i'd appreciate", "i would appreciate", "i'm looking for",
    "we're looking for", "we are looking for", "the opportunity to", "i'd be happy to", "i would be happy to",
    "we'd be happy to", "i'd be glad to", "please call me", "call me back", "give me a call", "let me know if",
    "get back to me", "my number is", "i'll call", "i will call", "i'll follow up", "i will follow up",
    // The sender's own feelings about their news: "we are pleased to announce".
    "we are pleased", "we're pleased", "i am pleased", "i'm pleased", "pleased to announce", "happy to announce",
    "happy to inform", "excited to announce", "proud to announce", "excited to share", "we're excited",
    "we are excited", "i'm excited", "i am excited", "we're thrilled", "we are thrilled", "i'm thrilled",
    "we're proud", "we are proud", "we're delighted", "we are delighted", "i'm delighted", "super excited",
    "so excited",
    // Asking to be routed is about the sender's pipeline.
    "the right person", "the best person to", "point me to", "point me in the right direction",
  ]
  /// Filler and hedges.
  static let filler = [
    "just", "really", "basically", "i think", "i believe", "i feel", "sorry to interrupt", "maybe", "perhaps",
    "hopefully", "i hope", "bother~", "sort of", "a bit",
    "i guess", "possibly", "quick question", "touch base", "synergy~", "hope this finds you", "hope you're well",
    "hope you are well", "hope all is well", "hope you're doing well", "hope you are doing well",
  ]
  /// Bumps and check-ins with nothing new.
  static let bump = [
    "bump~", "top of your inbox", "checking in", "check~ in", "following up", "follow~ up on", "circling back",
    "circle~ back", "touching base", "per my last", "did you get a chance", "did you have a chance",
    "have you had a chance", "had a chance to", "any thoughts", "any update~", "haven't heard back",
    "have not heard back", "didn't hear back", "haven't heard from you", "making sure you saw",
    "in case you missed", "resurface~", "floating this", "my last email", "my previous email", "my last note",
    "my previous note", "my last message", "my previous message", "my email below", "see below", "last week i sent",
    "i sent you", "i reached out", "one more time", "last attempt", "last try", "closing the loop", "close the loop",
  ]
  /// Calendar pressure.
  static let calendarPressure = [
    "5 minutes", "10 minutes", "15 minutes", "20 minutes", "30 minutes", "45 minutes", "60 minutes",
    "few minutes", "couple minutes", "quick minutes", "15 mins", "30 mins", "a quick call", "a quick chat", "a call", "a chat", "hop on", "jump on", "set up a",
    "book~ a", "a demo", "demo~", "my calendar", "grab a time", "grab time", "pick a time",
    "find a time", "a time that works", "time to connect", "this week", "next week",
    "are you free", "are you available", "your availability",
    "a meeting", "meet~ with", "calendar invite", "send an invite", "connect for",
  ]

  /// Every phrase list with the cue it fires.
  static let lists: [(FocusCue, [String])] = [
    (.productValue, productValue), (.claims, claims), (.pitchToReader, pitchToReader),
    (.blamesReader, blamesReader), (.readerSituation, readerSituation), (.attention, attention),
    (.readerBenefit, readerBenefit), (.senderWants, senderWants), (.filler, filler), (.bump, bump),
    (.calendarPressure, calendarPressure), (.readerWorld, ReaderWorldCue.cue.phrases),
    (.productNouns, ProductNounsCue.cue.phrases), (.genericOpener, GenericOpenerCue.cue.phrases),
    (.companySpeak, CompanySpeakCue.cue.phrases), (.timeCost, TimeCostCue.cue.phrases),
    (.vagueBenefit, VagueBenefitCue.cue.phrases), (.impersonalGreeting, ImpersonalGreetingCue.cue.phrases),
    (.asksForSender, AsksForSenderCue.cue.phrases), (.forTheSender, AsksForSenderCue.forTheSender),
    (.forTheReader, AsksForSenderCue.forTheReader),
  ]

  /// Every cue phrase with its inflections spelled out, computed once per process.
  /// Built by loops into one array (nested `flatMap`s made and freed two arrays per phrase).
  static let expanded: [(FocusCue, String)] = {
    var all: [(FocusCue, String)] = []
    all.reserveCapacity(lists.reduce(0) { $0 + $1.1.count } * 3 / 2)
    for (cue, phrases) in lists {
      for phrase in phrases {
        for form in Inflection.expand(phrase) { all.append((cue, form)) }
      }
    }
    return all
  }()

  /// Adds every cue phrase, with its inflections, to a matcher.
  static func install(into matcher: inout PhraseMatcher) {
    for (cue, phrase) in expanded { matcher.add(phrase, .cue(cue)) }
    // The request verbs as themselves and with -ing, by their bytes' hash (no `String` per form).
    for verb in AsksForSenderCue.verbs {
      let forms = Inflection.verbForms(Array(verb.utf8))
      matcher.mark(hash: WordHash.of(utf8: forms[0]), .requestVerb)
      matcher.mark(hash: WordHash.of(utf8: forms[3]), .requestVerb)
    }
    for form in AsksForSenderCue.ingForms { matcher.mark(hash: WordHash.of(utf8: form.utf8), .requestVerb) }
  }
}

/// A phrase cue found in a draft, as the matcher reports it.
enum FocusCue: UInt8, Sendable {
  case productValue, claims, pitchToReader, readerSituation, attention, readerBenefit, senderWants, filler, bump
  case calendarPressure, blamesReader
  case readerWorld, productNouns, genericOpener, companySpeak, timeCost, vagueBenefit, impersonalGreeting
  /// A request aimed at the reader (`AsksForSenderCue`), and the two marks that decide whom it
  /// serves: the sender's thing ("the right person", "receipt") or the reader ("for you").
  case asksForSender, forTheSender, forTheReader

  /// The feature the cue counts toward.
  var feature: FocusFeature {
    switch self {
    case .productValue: .productValue
    case .claims: .claims
    case .pitchToReader: .pitchToReader
    case .blamesReader: .blamesReader
    case .readerSituation, .attention: .readerSituation
    case .readerBenefit: .readerBenefit
    case .senderWants: .senderWants
    case .filler: .filler
    case .bump: .bump
    case .calendarPressure: .calendarPressure
    case .readerWorld: .readerWorld
    case .productNouns: .productNouns
    case .genericOpener: .genericOpener
    case .companySpeak: .companySpeak
    case .timeCost: .timeCost
    case .vagueBenefit: .vagueBenefit
    case .impersonalGreeting: .impersonalGreeting
    case .asksForSender, .forTheSender, .forTheReader: .asksForSender
    }
  }

  /// Whether the cue makes its sentence about the sender's offer, whatever its subject.
  @inline(__always) var isOffer: Bool { self == .productValue || self == .claims || self == .pitchToReader }

  /// Whether the cue is a request frame or one of its beneficiary marks (`AsksForSenderCue`):
  /// only the one request `FocusAnalyzer.senderAsk` picks counts.
  @inline(__always) var isAskPart: Bool { self == .asksForSender || self == .forTheSender || self == .forTheReader }
}

/// Expands the `~` and `+` marks of a cue phrase into the word forms the draft may use.
/// Works on UTF-8 bytes: it runs for every cue phrase when a lint engine is built.
enum Inflection {
  /// Every form of `phrase`: a `~` word as itself, -s, -ed, -ing (with the usual spelling
  /// changes); a `+` word as itself and with 's. Other words stay as they are.
  static func expand(_ phrase: String) -> [String] {
    // Most phrases have no mark: looked for in the UTF-8 buffer, not through `String.UTF8View`
    // (every engine compile asks this of about 1,200 phrases).
    var text = phrase
    let marked = text.withUTF8 { bytes in
      bytes.contains { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "+") }
    }
    guard marked else { return [phrase] }
    var results: [[UInt8]] = [[]]
    for word in Array(phrase.utf8).split(separator: 0x20) {
      let forms: [[UInt8]]
      if word.last == UInt8(ascii: "~") {
        forms = verbForms(Array(word.dropLast()))
      } else if word.last == UInt8(ascii: "+") {
        let base = Array(word.dropLast())
        forms = [base, base + Array("'s".utf8)]
      } else {
        forms = [Array(word)]
      }
      results = results.flatMap { prefix in forms.map { prefix.isEmpty ? $0 : prefix + [0x20] + $0 } }
    }
    return results.map { String(decoding: $0, as: UTF8.self) }
  }

  /// A word and its -s, -ed and -ing forms: help, helps, helped, helping; leverage,
  /// leverages, leveraged, leveraging; priority → priorities; study → studies.
  static func verbForms(_ base: [UInt8]) -> [[UInt8]] {
    guard let last = base.last else { return [] }
    let whole = base[...]
    let stem = base.dropLast()
    func isVowel(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
        || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }
    // One array per form, sized once (not a temporary per suffix and per join).
    func form(_ head: ArraySlice<UInt8>, _ suffix: StaticString) -> [UInt8] {
      var out: [UInt8] = []
      out.reserveCapacity(head.count + suffix.utf8CodeUnitCount)
      out += head
      out += UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
      return out
    }
    if last == UInt8(ascii: "y"), let before = stem.last, !isVowel(before) {
      return [base, form(stem, "ies"), form(stem, "ied"), form(whole, "ing")]
    }
    if last == UInt8(ascii: "e") { return [base, form(whole, "s"), form(whole, "d"), form(stem, "ing")] }
    let sibilant =
      last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z")
      || (last == UInt8(ascii: "h") && (stem.last == UInt8(ascii: "c") || stem.last == UInt8(ascii: "s")))
    return sibilant
      ? [base, form(whole, "es"), form(whole, "ed"), form(whole, "ing")]
      : [base, form(whole, "s"), form(whole, "ed"), form(whole, "ing")]
  }
}
