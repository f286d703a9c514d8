/// A discovery interview read from a `prompts/<id>.yaml` file (see README, "Write your own
/// playbook").
public struct Playbook: Sendable, Equatable {
  public var id: String
  public var title: String
  public var description: String
  public var method: String
  public var source: String?
  public var variables: [PlaybookVariable]
  public var ladder: LadderSettings
  /// When true, rapport appends its co-create and next-step questions.
  public var closing: Bool
  /// Extra cue phrases per class, added to the built-in lexicon.
  public var cues: [AnswerClass: [String]]
  public var stages: [PlaybookStage]
  /// What the end-of-session brief holds, in order (the why, chains and notes when the
  /// playbook does not say).
  public var brief: [BriefSection] = BriefSection.defaults
  /// Where it came from: "prompts/why.yaml" or a user file path.
  public var origin: String

  /// Every question, in order.
  public var questions: [PlaybookQuestion] { stages.flatMap(\.questions) }
}

/// One section of a playbook's end brief: a titled part of the session.
public struct BriefSection: Sendable, Equatable {
  /// What a section shows.
  public enum Part: Sendable, Equatable {
    /// The why in one sentence.
    case why
    /// The why-chains with Stated/Implied/Unknown.
    case chains
    /// The `/note`s taken during the session.
    case notes
    /// The answers (and follow-up answers) to these questions, in the customer's words.
    case answers([String])
  }

  public var title: String
  public var part: Part
  /// True when the recap email repeats this section's first answer back to the customer.
  public var recap: Bool

  public init(title: String, part: Part, recap: Bool = false) {
    self.title = title
    self.part = part
    self.recap = recap
  }

  /// The brief of a playbook that does not declare one.
  public static let defaults = [
    BriefSection(title: "The why", part: .why), BriefSection(title: "Why chains", part: .chains),
    BriefSection(title: "Notes", part: .notes),
  ]

  /// The names `show:` accepts.
  public static let showNames = ["why", "chains", "notes"]
}

/// A blank such as `{{account}}` and how to ask for it.
public struct PlaybookVariable: Sendable, Equatable {
  public var name: String
  public var ask: String
  public var defaultValue: String?

  /// Names every playbook may use without declaring them.
  public static let builtInNames = ["account", "contact", "product"]
  /// What a built-in blank reads as when nobody filled it in.
  public static func fallback(for name: String) -> String {
    switch name {
    case "account": "the customer"
    case "contact": "your contact"
    case "product": "your offer"
    default: name
    }
  }
}

/// A group of questions with one goal.
public struct PlaybookStage: Sendable, Equatable {
  public var id: String
  public var title: String
  public var goal: String
  public var questions: [PlaybookQuestion]
}

/// Whether the salesperson is preparing for a call or recording what was said.
public enum SessionMode: String, Codable, CaseIterable, Sendable {
  /// Before the call: plan what to ask, guess the answers.
  case prep
  /// After the call: record what the customer actually said.
  case debrief
}

/// One question of a playbook.
public struct PlaybookQuestion: Sendable, Equatable {
  public var id: String
  public var ask: String
  public var prep: String?
  public var debrief: String?
  public var alsoAsk: [String]
  /// Why rapport asks it, shown by `/why`.
  public var intent: String
  /// What the question is after, as data (`seeks:` in YAML): it picks the follow-ups.
  public var seeks: QuestionAim? = nil
  /// Dig (why-ladder) on the answer.
  public var dig: Bool
  /// Follow-ups per answer class, tried before rapport's own probes; may use `{{answer}}`.
  public var followUps: [AnswerClass: [String]]
  public var ladder: LadderOverride?
  /// The stage this question belongs to.
  public var stageID: String

  /// The wording for `mode`, falling back to `ask`.
  public func text(for mode: SessionMode) -> String {
    switch mode {
    case .prep: prep ?? ask
    case .debrief: debrief ?? ask
    }
  }
}

/// How deep the why-ladder digs on one thread.
public struct LadderSettings: Sendable, Equatable, Codable {
  /// Probes before a bare solution/feature answer is accepted.
  public var minProbes = 2
  /// Never dig deeper than this.
  public var maxProbes = 4
  /// Classes that end a thread.
  public var stopOn: [StopCondition] = [.outcomeNumber, .emotion]
  /// "Don't know" this many times parks the thread as Unknown.
  public var parkAfterUnknowns = 2

  public init() {}

  /// These settings with `override`'s values in place.
  public func applying(_ override: LadderOverride?) -> LadderSettings {
    guard let override else { return self }
    var copy = self
    if let value = override.minProbes { copy.minProbes = value }
    if let value = override.maxProbes { copy.maxProbes = value }
    if let value = override.stopOn { copy.stopOn = value }
    if let value = override.parkAfterUnknowns { copy.parkAfterUnknowns = value }
    return copy
  }
}

/// A `ladder:` block where every value is optional.
public struct LadderOverride: Sendable, Equatable {
  public var minProbes: Int?
  public var maxProbes: Int?
  public var stopOn: [StopCondition]?
  public var parkAfterUnknowns: Int?
}

/// What a question is after. Follow-ups are chosen by this as well as by how the answer was
/// read: "What do they love about working with us?" → "Ana in support" is dug with what Ana
/// does that matters to them, never with "What's hard about that today?".
public enum QuestionAim: String, Sendable, Equatable, CaseIterable {
  /// What they love or value about working with you.
  case love
  /// How they would describe you to a peer; testimonials and referrals.
  case advocacy
  /// What they would change, or what must never change.
  case change
  /// How they decide, and who signs.
  case decision
  /// What it costs them, in money or time.
  case cost
  /// Who else is involved or affected.
  case people
  /// Results they got, in numbers.
  case results
  /// The problem or pain.
  case pain
  /// What they asked for.
  case need
  /// What would make them stay and grow.
  case growth
}
