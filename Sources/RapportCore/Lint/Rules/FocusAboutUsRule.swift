extension LintRule {
  /// `focus.about-us`: "We help…", "our clients include…": a company introduction.
  static let aboutUs = LintRule(
    id: "focus.about-us", severity: .suggestion,
    summary: "\"We help…\", \"our clients include…\": a company introduction.",
    message: "Introduces the sender's company before the reader has a reason to care.",
    suggestion: "Lead with their outcome; name who else got it only as proof.",
    rationale: "A company introduction answers a question the reader has not asked. Customer words vs self words is the We-We measure (brutalpixie.com/calculate-customer-focus).",
    detector: .phrases([
        "we help",
        "we work with",
        "we specialize in",
        "we specialise in",
        "we provide",
        "we offer",
        "we have helped",
        "we've helped",
        "our company",
        "our mission",
        "our clients",
        "our customers include",
        "our customers",
        "we are a",
        "we're a",
        "our founders",
        "we were founded",
        "we partner with",
      ]),
    triggers: [
      RuleExample("We help sales teams close more deals.", at: "We help"),
      RuleExample("Our clients include three of the top banks.", at: "Our clients"),
    ],
    passes: [
      "Teams like yours often lose a month to onboarding.",
      "How do you help new reps ramp?",
    ])
}
