import Testing

@testable import RapportCore

/// Phrase-rule messages are shown under every profile, so they must not assume the kind of
/// message ("a first message" is wrong for a reply or a follow-up).
@Suite("Rule messages")
struct RuleMessageTests {
  @Test(arguments: RuleCatalog.all.filter { if case .phrases = $0.detector { return true } else { return false } }.map(\.id))
  func phraseMessagesHoldForEveryProfile(id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    #expect(!rule.message.lowercased().contains("first message"), "\(rule.message)")
  }
}
