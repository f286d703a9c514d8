extension LintRule {
  /// `length.empty`: The message has no words of its own.
  static let empty = LintRule(
    id: "length.empty", severity: .error,
    summary: "The message has no words of its own.",
    message: "The message has no words of its own (after quotes, signature, links and merge tags).",
    suggestion: "Write the message first: one line about them, one question.",
    rationale: "Nothing to lint; an empty draft is a mistake worth catching before it is sent.",
    detector: .check(Check(emptyCheck)),
    triggers: [
      "",
      "   \n\n",
      "> quoted only\n",
    ],
    passes: [
      "Is onboarding a priority for you?",
    ])

  static func emptyCheck(_ c: inout CheckContext) {
    if c.metrics.words == 0 { c.add(c.anchor.start, c.anchor.start, whole: true) }
  }
}
