extension LintRule {
  /// `focus.product-pitch`: "Our platform", "our solution": the product as the subject
  /// (within a sentence's first three words).
  static let productPitch = LintRule(
    id: "focus.product-pitch", severity: .suggestion,
    summary: "\"Our platform\", \"our solution\": the product as the subject.",
    message: "Makes the sender's product the subject of the message.",
    suggestion: "Make their problem the subject; mention the product only as the way it gets solved.",
    rationale: "Customer-focused copy counts the reader's words against the company's (the We-We Calculator's measure: customer words vs self words; brutalpixie.com/calculate-customer-focus). \"Our platform\" is a self word twice over.",
    detector: .phrases([
        "our platform",
        "our solution",
        "our product",
        "our software",
        "our tool",
        "our technology",
        "our service",
        "our services",
        "our offering",
        "our app",
        "our suite",
        "our team of experts",
      ]),
    triggers: [
      RuleExample("Our platform automates call notes.", at: "Our platform"),
      RuleExample("I think our solution could fit.", at: "our solution"),
    ],
    passes: [
      "Your platform team owns the CRM, right?",
      "Would fewer manual notes help your reps?",
      // The reader is the subject; the product is only how it gets done.
      "Teams like yours use our product to cut ramp time. Is ramp a priority?",
      "Your data stays on our platform, so your admins keep control.",
    ],
    subjectWords: 3)
}
