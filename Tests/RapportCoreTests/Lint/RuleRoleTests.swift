import Testing

@testable import RapportCore

/// The engine treats a rule by the role it declares, never by its id: the same rule under
/// another id behaves the same.
@Suite("Rule roles")
struct RuleRoleTests {
  /// `rule` under a new id, everything else kept.
  private static func renamed(_ rule: LintRule, to id: String) -> LintRule {
    LintRule(
      id: id, severity: rule.severity, summary: rule.summary, message: rule.message, suggestion: rule.suggestion,
      rationale: rule.rationale, detector: rule.detector, triggers: rule.triggers, passes: rule.passes,
      subjectWords: rule.subjectWords, notAfterReader: rule.notAfterReader, role: rule.role)
  }

  @Test func aRenamedSelfOpenerStillGivesWayToThePhraseFindingAtTheSameWords() {
    let opener = Self.renamed(.opensWithSelf, to: "focus.my-opener")
    let engine = LintEngine(rules: [.openerIWanted, opener])
    let ids = engine.lint("I wanted to reach out about your hiring plans.").findings.map(\.ruleID)
    #expect(ids == ["focus.opener-i-wanted"])
    #expect(LintEngine(rules: [opener]).lint("I run a small team. How is yours?").findings.map(\.ruleID) == ["focus.my-opener"])
  }

  @Test func aRenamedMeetingAskStillMakesTheCallToActionAMeeting() {
    let meeting = Self.renamed(.heavyMeeting, to: "ask.sit-down")
    let text = "Your reps ramp slowly. Do you have 15 minutes this week?"
    #expect(LintEngine(rules: [meeting]).lint(text).metrics.callToAction == "meeting")
    let plain = LintRule(
      id: "ask.sit-down", severity: meeting.severity, summary: meeting.summary, message: meeting.message,
      suggestion: meeting.suggestion, rationale: meeting.rationale, detector: meeting.detector,
      triggers: meeting.triggers, passes: meeting.passes)
    #expect(LintEngine(rules: [plain]).lint(text).metrics.callToAction != "meeting")
  }

  @Test func theRolesAreDeclaredByTheRulesThatNeedThem() {
    #expect(RuleCatalog.all.filter { $0.role == .selfOpener }.map(\.id) == ["focus.opens-with-self"])
    #expect(RuleCatalog.all.filter { $0.role == .meetingAsk }.map(\.id) == ["ask.heavy-meeting"])
    #expect(Set(RuleCatalog.all.filter { $0.role == .subjectLine }.map(\.id)) == Set(RuleCatalog.all.filter { $0.category == .subject }.map(\.id)))
  }
}
