extension LintRule {
  /// `focus.opens-with-self`: The message's first sentence starts with I, we, my or our
  /// (not when the sender attends to the reader's news: "I noticed your team…").
  static let opensWithSelf = LintRule(
    id: "focus.opens-with-self", severity: .warning,
    summary: "The message's first sentence starts with I, we, my or our.",
    message: "Opens on the sender (\"{word}\").",
    suggestion: "Open with them: their name, their company, something they did or said.",
    rationale: "The first words set the focus. The We-We Calculator counted I/we against you/your (ClickZ 2001); an I/We opener starts the count on the wrong side.",
    detector: .check(Check(opensWithSelfCheck)),
    triggers: [
      RuleExample("I saw the news.\n\nCould this help?", at: "I"),
      RuleExample("Hi Sam,\n\nWe build onboarding tools. Is that useful?", at: "We"),
      RuleExample("Our team builds tools for reps like yours. Worth a look?", at: "Our"),
    ],
    passes: [
      "Hi Sam,\n\nYour team grew fast this year. How is onboarding going?",
      "Congrats on the launch! How is the team holding up?",
      "Hi Ana,\n\nI noticed your team just opened an office in Lisbon. How is onboarding going?",
      "Hi {FirstName},\n\nI noticed %COMPANY% just raised a Series B. Is hiring the next hard part?",
    ],
    role: .selfOpener)

  /// Fires at the first sender word of the first body sentence when the draft opens on I/We.
  static func opensWithSelfCheck(_ c: inout CheckContext) {
    let a = c.analysis
    if let first = c.bodySentences.first, c.metrics.opensWithSelf,
      let k = a.sentences[first].tokens.first(where: { a.roles[$0] == .sender })
    {
      c.add(Int(a.tokens[k].start), Int(a.tokens[k].end), ["word": a.text(of: a.tokens[k])])
    }
  }
}
