extension LintRule {
  /// `ask.calendar-link`: A scheduling link (Calendly, HubSpot meetings, cal.com…).
  static let calendarLink = LintRule(
    id: "ask.calendar-link", severity: .warning,
    summary: "A scheduling link (Calendly, HubSpot meetings, cal.com…).",
    message: "Sends a calendar link: the heaviest ask, made before any interest.",
    suggestion: "Ask whether it's relevant first; send the link once they say yes.",
    rationale: "Gangly's study of cold emails: 3.1% replies with a calendar link vs 11.4% with an interest question (getgangly.com/blog/cold-email-call-to-action).",
    detector: .check(Check(calendarLinkCheck)),
    triggers: [
      RuleExample("Pick a time here: https://calendly.com/jo/30min", at: "https://calendly.com/jo/30min"),
      RuleExample("Book me at cal.com/jo. Does Tuesday work?", at: "cal.com/jo"),
    ],
    passes: [
      "Is this worth a conversation? Our site: https://acme.example.com",
      "Would a short summary help?",
    ])

  /// Fires at every booking link.
  static func calendarLinkCheck(_ c: inout CheckContext) {
    for link in Measurements.calendarLinks(c.analysis) { c.add(Int(link.start), Int(link.end)) }
  }
}
