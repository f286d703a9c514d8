extension LintRule {
  /// `focus.self-centred`: Fewer than half of the focus words are about the reader.
  static let selfCentred = LintRule(
    id: "focus.self-centred", severity: .warning,
    summary: "Fewer than half of the focus words are about the reader.",
    message: "Only {share}% of focus words are about the reader ({reader} reader, {self} sender); aim for more than half.",
    suggestion: "Rewrite sender sentences around the reader: \"we built X\" becomes \"you get X\".",
    rationale: "The We-We Calculator's score: customer words ÷ (customer + self words) × 100 (brutalpixie.com/calculate-customer-focus); a You–We ratio below 50% is \"corporate-focused\" (focusgrouptips.com). Here \"you\" in \"thank you\" or \"let me show you\" does not count, and an inclusive \"we\" counts for neither side.",
    detector: .check(Check(selfCentredCheck)),
    triggers: [
      "We built a tool. Our team loves it and we think it is great. Can I show you?",
      "I run sales at Acme and we sell software to my favourite customers.",
    ],
    passes: [
      "Your team is growing. What does your onboarding look like?",
      "We noticed your launch. How are your reps finding it?",
    ])

  /// At least this many reader and sender words before the share means anything.
  static let selfCentredMinimumWords = 3
  /// Below this share of reader words the draft is about the sender.
  static let selfCentredShare = 0.5

  static func selfCentredCheck(_ c: inout CheckContext) {
    let m = c.metrics
    if let share = m.readerShare, m.readerWords + m.selfWords >= selfCentredMinimumWords, share < selfCentredShare {
      c.add(
        c.anchor.start, c.anchor.end, whole: true,
        ["share": String(Int((share * 100).rounded())), "reader": String(m.readerWords), "self": String(m.selfWords)])
    }
  }
}
