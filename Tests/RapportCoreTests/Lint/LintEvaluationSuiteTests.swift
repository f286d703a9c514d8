import Foundation
import Testing

@testable import RapportCore

@Suite("Lint evaluation suite")
struct LintEvaluationSuiteTests {
  private static let setPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Evaluation/messages.txt").path

  /// The first 80 committed messages, scored: enough for two sets and a quick fit.
  private static func small() throws -> LintEvaluationSuite {
    let items = try LintEvaluationSuite.load(setPath, what: "the committed set").scored()
    return LintEvaluationSuite(sets: [("written", Array(items.prefix(40))), ("real", Array(items[40..<80]))], folds: 2)
  }

  @Test func theRealSetIsReadOnlyWhenItHasAPath() throws {
    let alone = try LintEvaluationSuite(writtenPath: Self.setPath, realPath: nil, folds: 5, weighting: .init())
    #expect(alone.sets.map(\.name) == ["written"])
    let both = try LintEvaluationSuite(writtenPath: Self.setPath, realPath: Self.setPath, folds: 5, weighting: .init())
    #expect(both.sets.map(\.name) == ["written", "real"])
    #expect(both.sets[0].items.count == both.sets[1].items.count)
  }

  @Test func aMissingSetNamesItsFileAndSaysWhereToRunFrom() {
    do {
      _ = try LintEvaluationSuite(writtenPath: "no/such.txt", realPath: nil, folds: 5, weighting: .init())
      Issue.record("a missing set was read")
    } catch {
      #expect(error.message.hasPrefix("no/such.txt: cannot read the committed set"))
      #expect(error.message.contains("Run from the repository's root"))
    }
  }

  @Test func theFeatureTableHasAHeaderAndOneRowPerItemOfEverySet() throws {
    let suite = try Self.small()
    let lines = suite.featureTable(unseen: suite.sets.map(\.items), newPages: nil).split(separator: "\n")
    #expect(lines.count == 1 + 80)
    #expect(lines[0].split(separator: "\t").count == 11 + FocusFeature.allCases.count)
    #expect(lines[1].hasPrefix("written\t") && lines[80].hasPrefix("real\t"))
  }

  @Test func theWordEvidenceGoesBesideTheFocusModelUnlessNamed() {
    #expect(LintEvaluationSuite.wordsPath(besideModel: "models/lint-focus.json") == "models/lint-words.tsv")
  }

  @Test func aFitWritesBothModelFilesDatedAndNamingTheSets() throws {
    let suite = try Self.small()
    let folder = NSTemporaryDirectory() + "rapport-fit-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fit = try suite.fit(unseen: suite.outOfFold(), date: "2026-01-01", modelPath: folder + "/focus.json")
    #expect(fit.wordsPath == folder + "/lint-words.tsv")
    #expect(fit.focus.training.date == "2026-01-01" && fit.focus.training.sets.count == 2)
    let json = try String(contentsOfFile: folder + "/focus.json", encoding: .utf8)
    #expect(json == fit.focus.json())
    let words = try String(contentsOfFile: fit.wordsPath, encoding: .utf8)
    #expect(words.contains("fitted 2026-01-01 on " + fit.focus.training.sets.joined(separator: "; ")))
  }
}
