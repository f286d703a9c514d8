import Foundation
import Testing

@testable import RapportCore

@Suite("Loading playbooks")
struct PlaybookLoaderTests {
  static let minimal = """
    id: demo
    title: Demo
    description: A tiny playbook.
    method: test
    stages:
      - id: one
        goal: Ask one thing.
        questions:
          - id: q1
            ask: What does {{account}} want?
            intent: to test
            dig: true
    """

  func errors(_ text: String, file: String = "demo.yaml") -> [String] {
    switch PlaybookLoader.load(text: text, file: file, expectedID: "demo") {
    case .success: return []
    case .failure(let errors): return errors.diagnostics.map(\.description)
    }
  }

  @Test func aMinimalPlaybookLoadsWithDefaults() throws {
    let playbook = try PlaybookLoader.load(text: Self.minimal, file: "demo.yaml", expectedID: "demo").get()
    #expect(playbook.questions.map(\.id) == ["q1"])
    #expect(playbook.ladder == LadderSettings())
    #expect(playbook.closing)
    #expect(playbook.stages[0].title == "one")
  }

  @Test func unknownKeysAreReportedWithLineColumnAndASuggestion() {
    let text = Self.minimal.replacingOccurrences(of: "        dig: true", with: "        dgi: true")
    #expect(
      errors(text) == [
        "demo.yaml:12:9: unknown key 'dgi' in a question. Did you mean 'dig'? Known keys: id, ask, prep, debrief, also_ask, intent, seeks, dig, follow_ups, ladder"
      ])
  }

  @Test func missingRequiredKeysAreReported() {
    let text = Self.minimal.replacingOccurrences(of: "        intent: to test\n", with: "")
    #expect(errors(text) == ["demo.yaml:9:9: a question is missing 'intent'"])
  }

  @Test func duplicateIdsAreReported() {
    let text = Self.minimal + "\n      - id: q1\n        ask: again\n        intent: again\n"
    #expect(errors(text).contains("demo.yaml:13:13: question id 'q1' is used twice (first at line 9)"))
  }

  @Test func unknownBlanksAreReported() {
    let text = Self.minimal.replacingOccurrences(of: "{{account}}", with: "{{acount}}")
    #expect(
      errors(text) == [
        "demo.yaml:10:24: unknown blank {{acount}}. Did you mean '{{account}}'? Declare it under 'variables', or use account, contact or product"
      ])
  }

  @Test func answerIsOnlyAllowedInFollowUps() {
    let text = Self.minimal.replacingOccurrences(of: "{{account}}", with: "{{answer}}")
    #expect(errors(text).first?.contains("{{answer}} can only be used inside follow_ups") == true)
    let ok = Self.minimal + "\n        follow_ups:\n          solution: [\"You said {{answer}}?\"]\n"
    #expect(errors(ok).isEmpty)
  }

  @Test func unknownClassesAreReported() {
    let text = Self.minimal + "\n        follow_ups:\n          solutoin: [\"x\"]\n"
    #expect(
      errors(text).first?.contains("unknown class 'solutoin' in 'follow_ups'. Did you mean 'solution'?")
        == true)
    let stop = Self.minimal + "\nladder:\n  stop_on: [outcome-numbers]\n"
    #expect(
      errors(stop).first?.contains(
        "unknown class 'outcome-numbers' in 'stop_on'. Did you mean 'outcome-number'?") == true)
  }

  @Test func minProbesMustNotExceedMaxProbes() {
    let text = Self.minimal + "\nladder:\n  min_probes: 5\n  max_probes: 3\n"
    #expect(errors(text) == ["demo.yaml:14:3: min_probes (5) must not be more than max_probes (3)"])
  }

  @Test func theIdMustMatchTheFileName() {
    #expect(
      errors(Self.minimal.replacingOccurrences(of: "id: demo", with: "id: other")).first?.contains(
        "must match the file name 'demo.yaml'") == true)
  }

  @Test func yamlSyntaxErrorsCarryTheirPosition() {
    let text = "id: demo\ntitle: [unclosed\n"
    let found = errors(text)
    #expect(found.count == 1)
    // At the bracket left open, not where the parser gave up.
    #expect(found.first?.hasPrefix("demo.yaml:2:8: not valid YAML: this [ list is not closed") == true, "\(found)")
  }

  @Test func binaryDataIsReportedNotParsed() {
    let bytes: [UInt8] = Array("id: demo\ntitle: x".utf8) + [0, 0x9F, 0x01]
    let result = PlaybookLoader.load(bytes: bytes, file: "demo.yaml", expectedID: "demo")
    #expect(
      result.failureDescriptions
        == ["demo.yaml:2:9: control character 0x00: this is not a text file; a playbook is plain YAML text"])
  }

  @Test func invalidUTF8IsReportedWhereItIs() {
    let bytes: [UInt8] = Array("id: demo\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8)
    let result = PlaybookLoader.load(bytes: bytes, file: "demo.yaml", expectedID: "demo")
    #expect(result.failureDescriptions == ["demo.yaml:2:11: not valid UTF-8 text; save the file as UTF-8"])
  }

  @Test func everyProblemIsReportedNotJustTheFirst() {
    let text = Self.minimal.replacingOccurrences(of: "method: test\n", with: "methd: test\n")
      .replacingOccurrences(of: "        dig: true", with: "        dig: maybe")
    #expect(errors(text).count == 3)
  }

  @Test func aBrokenUserFileIsReportedAndTheRestLoad() {
    var catalog = PlaybookCatalog()
    catalog.add(text: Self.minimal, file: "prompts/demo.yaml", builtIn: true)
    catalog.add(text: "id: broken\n", file: "/home/u/broken.yaml", builtIn: false)
    #expect(catalog.ids == ["demo"])
    #expect(
      catalog.diagnostics.map(\.file) == [
        "/home/u/broken.yaml", "/home/u/broken.yaml", "/home/u/broken.yaml", "/home/u/broken.yaml",
      ])
  }

  @Test func aUserFileOverridesTheBuiltIn() {
    var catalog = PlaybookCatalog()
    catalog.add(text: Self.minimal, file: "prompts/demo.yaml", builtIn: true)
    catalog.add(
      text: Self.minimal.replacingOccurrences(of: "title: Demo", with: "title: Mine"), file: "/u/demo.yaml",
      builtIn: false)
    #expect(catalog.playbook(id: "demo")?.title == "Mine")
    #expect(catalog.overridden == ["demo"])
  }
}

extension Result where Success == Playbook, Failure == PlaybookErrors {
  var failureDescriptions: [String] {
    if case .failure(let errors) = self { return errors.diagnostics.map(\.description) }
    return []
  }
}
