/// The named, countable features the focus verdict is fitted on (see `FocusModel`).
///
/// Each is normalised so that a one-line pitch and a long letter are comparable: shares of
/// the body's sentences, counts per sentence, words per 100 words, or 0/1. The raw names are
/// the ones in `models/lint-focus.json`; a test checks that the two lists agree.
public enum FocusFeature: String, CaseIterable, Sendable, Codable {
  /// Share of sentences whose subject is the sender (I, we, our, a `--self` name).
  case senderSubject = "sender_subject"
  /// Share of sentences whose subject is the reader (you, your, a `--customer` name).
  case readerSubject = "reader_subject"
  /// Share of sentences judged about the sender, after every cue below.
  case senderSentences = "sender_sentences"
  /// Share of sentences judged about the reader, after every cue below.
  case readerSentences = "reader_sentences"
  /// Reader words ÷ (reader + sender words), 0.5 when there are none (the We-We ratio).
  case readerWordShare = "reader_word_share"
  /// You-words ÷ (you-words + I/we-words) over every pronoun, with no cue or role applied
  /// (the plain We-We ratio), 0.5 when there are none.
  case pronounShare = "pronoun_share"
  /// ln((reader words + 1) ÷ (sender words + 1)), after every cue and role: 0 when there are
  /// none or as many of each, and further from 0 the more of one side there is (3 "you" to
  /// none says more than 1 to none).
  case readerBalance = "reader_balance"
  /// ln((you-words + 1) ÷ (I/we-words + 1)) over every pronoun, with no cue or role applied.
  case pronounBalance = "pronoun_balance"
  /// Sender words per 100 words.
  case senderWords = "sender_words"
  /// Reader words per 100 words.
  case readerWords = "reader_words"
  /// Per sentence: the sender's product or firm as the thing of value ("our platform",
  /// "we specialize in", "our tool lets you"; not "we help…", whose thing of value is what the
  /// reader gets done).
  case productValue = "product_value"
  /// Per sentence: claims and superlatives ("leading", "#1", "award-winning", "trusted by").
  case claims
  /// Per sentence: a pitch dressed in "you" ("you'll love", "you deserve", "don't miss").
  case pitchToReader = "pitch_to_reader"
  /// Per sentence: "you" blamed or ordered about ("you failed to", "you neglected", "you claim",
  /// "you must"): the writer's grievance or demand, not the reader's interest.
  case blamesReader = "blames_reader"
  /// Per sentence: the reader's situation, words or news ("I noticed your", "you mentioned",
  /// "thanks for walking me through", "congrats on").
  case readerSituation = "reader_situation"
  /// Per sentence: a benefit in the reader's terms ("so your team", "you can", "without").
  case readerBenefit = "reader_benefit"
  /// Share of sentences that are questions about the reader.
  case readerQuestions = "reader_questions"
  /// Per sentence: what the sender wants ("I'd love to", "I wanted to", "reaching out").
  case senderWants = "sender_wants"
  /// Per sentence: filler and hedges ("just", "I think", "maybe", "sorry to bother").
  case filler
  /// Per sentence: a bump or check-in with nothing new ("bump this", "any thoughts", "following up").
  case bump
  /// Per sentence: calendar pressure ("30 minutes", "a quick call", "this week", a scheduling link).
  case calendarPressure = "calendar_pressure"
  /// 1 when the first sentence opens on I/We, else 0.
  case opensWithSelf = "opens_with_self"
  /// Per sentence: the reader's world named as nouns ("your reps", "the launch"), not after our/my
  /// (`ReaderWorldCue`).
  case readerWorld = "reader_world"
  /// Per sentence: numbers, not telephone numbers or "#1" (`ConcreteNumbersCue`).
  case concreteNumbers = "concrete_numbers"
  /// Per sentence: the sender's offer named as nouns ("our services", "a solution"), not after
  /// your (`ProductNounsCue`).
  case productNouns = "product_nouns"
  /// Per sentence: a generic personalisation opener ("I came across your profile",
  /// "hope this finds you well") (`GenericOpenerCue`).
  case genericOpener = "generic_opener"
  /// Per sentence: company-speak ("please be advised", "we regret", "our records show")
  /// (`CompanySpeakCue`).
  case companySpeak = "company_speak"
  /// Per sentence: an ask that costs the reader time ("spare a minute", "call me back")
  /// (`TimeCostCue`).
  case timeCost = "time_cost"
  /// Per sentence: a vague benefit every pitch promises ("save you time and money", "grow your
  /// business") (`VagueBenefitCue`).
  case vagueBenefit = "vague_benefit"
  /// Per sentence: a greeting to nobody in particular ("Dear Valued Customer", "To whom it may
  /// concern") (`ImpersonalGreetingCue`).
  case impersonalGreeting = "impersonal_greeting"
  /// Per sentence: the reader asked to do the sender's work ("please send us your payment",
  /// "I'd like you to review our proposal", "could you forward this to the right person")
  /// (`AsksForSenderCue`).
  case asksForSender = "asks_for_sender"
  /// 1 when the draft has a reader word at all (after every cue: "thank you", "your inbox" and a
  /// courtesy's "you" do not count), else 0. A message that never turns to the reader is not
  /// about them, however few sender words it has ("It comes with a timer."); the reader-word
  /// counts above grow with how often the reader is named, this says whether they are.
  case addressesReader = "addresses_reader"
  /// The fitted weights of the draft's words and word pairs, summed (`WordModel`): a logit,
  /// above 0 when its words lean to the reader.
  case wordEvidence = "word_evidence"

  /// The feature's place in a feature vector: its position in `allCases` (a switch, not a
  /// search: the analyzer asks for it for every cue; a test checks it against `allCases`).
  var index: Int {
    switch self {
    case .senderSubject: 0
    case .readerSubject: 1
    case .senderSentences: 2
    case .readerSentences: 3
    case .readerWordShare: 4
    case .pronounShare: 5
    case .readerBalance: 6
    case .pronounBalance: 7
    case .senderWords: 8
    case .readerWords: 9
    case .productValue: 10
    case .claims: 11
    case .pitchToReader: 12
    case .blamesReader: 13
    case .readerSituation: 14
    case .readerBenefit: 15
    case .readerQuestions: 16
    case .senderWants: 17
    case .filler: 18
    case .bump: 19
    case .calendarPressure: 20
    case .opensWithSelf: 21
    case .readerWorld: 22
    case .concreteNumbers: 23
    case .productNouns: 24
    case .genericOpener: 25
    case .companySpeak: 26
    case .timeCost: 27
    case .vagueBenefit: 28
    case .impersonalGreeting: 29
    case .asksForSender: 30
    case .addressesReader: 31
    case .wordEvidence: 32
    }
  }

  /// Which way the feature may move the verdict: +1 toward the reader, −1 toward the sender.
  /// The fit leaves out a feature whose weight would come out the other way, so `--explain`
  /// never credits the reader for opening on "I".
  public var direction: Int {
    switch self {
    case .readerSubject, .readerSentences, .readerWordShare, .pronounShare, .readerBalance, .pronounBalance,
      .readerWords, .readerSituation, .readerBenefit, .readerQuestions, .readerWorld, .concreteNumbers, .addressesReader,
      .wordEvidence:
      1
    case .senderSubject, .senderSentences, .senderWords, .productValue, .claims, .pitchToReader, .blamesReader,
      .senderWants, .filler, .bump, .calendarPressure, .opensWithSelf, .productNouns, .genericOpener, .companySpeak,
      .timeCost, .vagueBenefit, .impersonalGreeting, .asksForSender:
      -1
    }
  }

  /// Whether the feature is one of the per-sentence cues (`product_value` to
  /// `asks_for_sender`): word and phrase lists and patterns each added by reading the
  /// development sets' mistakes, as opposed to the pronoun and sentence counts (no list chosen
  /// that way) and the word evidence (fitted out of fold). Cross-validation on the text a cue
  /// was chosen on flatters it, so the fit may hold these more firmly to 0
  /// (`LintEvaluation.cuePenaltyGrid`).
  public var isCue: Bool {
    switch self {
    case .productValue, .claims, .pitchToReader, .blamesReader, .readerSituation, .readerBenefit, .readerQuestions,
      .senderWants, .filler, .bump, .calendarPressure, .opensWithSelf, .readerWorld, .concreteNumbers, .productNouns,
      .genericOpener, .companySpeak, .timeCost, .vagueBenefit, .impersonalGreeting, .asksForSender:
      true
    case .senderSubject, .readerSubject, .senderSentences, .readerSentences, .readerWordShare, .pronounShare,
      .readerBalance, .pronounBalance, .senderWords, .readerWords, .addressesReader, .wordEvidence:
      false
    }
  }

  /// The value that says nothing either way: 0.5 for a share (as many reader as sender
  /// words, or none), 0 for the rest (nothing fired). The fitted model measures every feature
  /// from here, so a draft in which nothing fires scores the model's base (its placement).
  public var neutral: Double {
    switch self {
    case .readerWordShare, .pronounShare: 0.5
    default: 0
    }
  }

  /// Whether no named feature fired in these values (in `allCases` order): every feature sits
  /// at its neutral value but the word evidence, which nearly every draft has a little of. Such
  /// a draft says nothing about the reader; the fit's placement is read from them.
  public static func nothingNamedFires(_ values: [Double]) -> Bool {
    zip(values, allCases).allSatisfy { $1 == .wordEvidence || $0 == $1.neutral }
  }
}

/// A draft's feature values and, per feature, the words that fired it.
public struct FocusFeatureValues: Sendable, Equatable {
  /// One value per `FocusFeature.allCases`, normalised as the feature says.
  public var values: [Double]
  /// Per feature, the words or sentences that fired it (empty unless the engine explains).
  public var evidence: [[String]]

  public init(values: [Double], evidence: [[String]] = []) {
    self.values = values
    self.evidence = evidence.isEmpty ? Array(repeating: [], count: values.count) : evidence
  }

  public subscript(feature: FocusFeature) -> Double { values[feature.index] }
}
