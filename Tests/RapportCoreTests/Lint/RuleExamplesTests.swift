import Testing

@testable import RapportCore

/// Every rule's examples are its tests: triggers must fire it, passes must not.
@Suite("Rule examples")
struct RuleExamplesTests {
  private static let engine = LintEngine()

  @Test("Each rule has examples that fire and examples that pass", arguments: RuleCatalog.all.map(\.id))
  func examples(id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    #expect(!rule.triggers.isEmpty, "\(id) has no trigger examples")
    #expect(!rule.passes.isEmpty, "\(id) has no passing examples")
    for example in rule.triggers {
      let findings = Self.engine.lint(example.text).findings
      let ids = findings.map(\.ruleID)
      #expect(ids.contains(id), "\(id) did not fire on: \(example.text.debugDescription) (got \(ids))")
      if let at = example.at {
        let matched = findings.filter { $0.ruleID == id }.map(\.matched)
        #expect(matched.contains(at), "\(id) fired at \(matched), not at \(at.debugDescription), on: \(example.text.debugDescription)")
      }
    }
    for example in rule.passes {
      let ids = Self.engine.lint(example).findings.map(\.ruleID)
      #expect(!ids.contains(id), "\(id) fired on a passing example: \(example.debugDescription)")
    }
  }

  @Test("Trigger examples still fire after a multibyte prefix line", arguments: RuleCatalog.all.map(\.id))
  func multibytePrefix(id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    guard case .phrases = rule.detector else { return }
    for example in rule.triggers {
      let findings = Self.engine.lint("Ça va 👋🏽 — café.\n\n" + example.text).findings.filter { $0.ruleID == id }
      #expect(!findings.isEmpty, "\(id) lost after a multibyte prefix: \(example)")
      #expect(findings.allSatisfy { $0.line >= 3 })
    }
  }

  @Test("Phrase triggers inside a quoted reply do not fire", arguments: RuleCatalog.all.map(\.id))
  func quotedReply(id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    guard case .phrases = rule.detector else { return }
    for example in rule.triggers {
      let quoted = example.text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
      let text = "Is onboarding slow for your new reps this spring?\n\nOn Mon, Sam wrote:\n" + quoted.joined(separator: "\n")
      #expect(!Self.engine.lint(text).findings.contains { $0.ruleID == id }, "\(id) fired inside a quote: \(example)")
    }
  }

  @Test("Trigger examples are silenced by an inline directive", arguments: RuleCatalog.all.map(\.id))
  func inlineDisable(id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    for example in rule.triggers where !example.text.hasPrefix("Subject:") {
      let silenced = Self.engine.lint("<!-- rapport-disable \(id) -->\n" + example.text).findings
      #expect(!silenced.contains { $0.ruleID == id }, "\(id) not silenced for: \(example)")
    }
  }

  @Test("Every phrase rule's trigger examples name the words it must fire at", arguments: RuleCatalog.all.map(\.id))
  func phraseTriggersHavePositions(id: String) throws {
    let rule = try #require(RuleCatalog.rule(id))
    guard case .phrases = rule.detector else { return }
    for example in rule.triggers {
      #expect(example.at != nil, "\(id) trigger gives no position: \(example.text.debugDescription)")
    }
  }

  @Test func rulesHaveUniqueDottedIDsInKnownCategories() {
    let ids = RuleCatalog.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.count >= 20)
    for rule in RuleCatalog.all {
      #expect(rule.category != nil, "\(rule.id) has an unknown category")
      #expect(!rule.message.isEmpty && !rule.suggestion.isEmpty && !rule.rationale.isEmpty)
    }
    let categories = Set(RuleCatalog.all.compactMap(\.category))
    #expect(categories == Set(RuleCategory.allCases))
  }
}
