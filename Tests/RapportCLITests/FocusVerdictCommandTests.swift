import Foundation
import Testing

/// The focus verdict as `rapport lint` prints it, and `rapport eval` as a developer runs it.
@Suite("Focus verdict on the command line")
struct FocusVerdictCommandTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-eval-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func theVerdictIsTheFirstLineOfTheTextReport() throws {
    let result = try runRapport(["lint", "-"], stdin: LintCommandTests.selfFocused)
    let first = try #require(result.stdout.split(separator: "\n").first)
    #expect(first.hasPrefix("<stdin>: focus "))
    #expect(first.contains("/100 sender"))
  }

  @Test func theLineFormatEndsWithScoreAndFocus() throws {
    let result = try runRapport(["lint", "--format", "line", "-"], stdin: LintCommandTests.readerFocused)
    let last = try #require(result.stdout.split(separator: "\n").last)
    #expect(last.hasPrefix("<stdin>: score "))
    #expect(last.hasSuffix(" reader"))
  }

  @Test func jsonCarriesTheVerdictAndItsPointsOnlyWhenExplaining() throws {
    let plain = try runRapport(["lint", "--format", "json", "-"], stdin: LintCommandTests.selfFocused)
    let object = try #require(JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
    let file = try #require((object["files"] as? [[String: Any]])?.first)
    let focus = try #require(file["focus"] as? [String: Any])
    #expect((focus["score"] as? Int).map { (0...33).contains($0) } == true)
    #expect(focus["label"] as? String == "sender")
    #expect(focus["points"] == nil)

    let explained = try runRapport(["lint", "--format", "json", "--explain", "-"], stdin: LintCommandTests.selfFocused)
    let other = try #require(JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
    let points = try #require(
      ((other["files"] as? [[String: Any]])?.first?["focus"] as? [String: Any])?["points"] as? [[String: Any]])
    let claims = try #require(points.first { $0["feature"] as? String == "claims" })
    #expect((claims["words"] as? [String])?.contains("leading") == true)
    #expect(claims["points"] is Double && claims["value"] is Double)
  }

  @Test func explainShowsPointsPerFeatureWithTheWordsThatFiredThem() throws {
    let result = try runRapport(["lint", "--explain", "-"], stdin: LintCommandTests.selfFocused)
    #expect(result.stdout.contains("= 50 for a draft in which no feature fires, then points per feature:"))
    #expect(result.stdout.contains("claims 0.67: \"leading\", \"award-winning\""))
  }

  @Test func evalReportsEachSetOnItsOwnAndSkipsAMissingRealSet() throws {
    let directory = try temporaryDirectory()
    let set = directory + "/set.txt"
    let pairs = (0..<6).map { i in
      """
      === id: p\(i)-before | label: self | pair: p\(i) | profile: reply
      We built our platform. We are the leading team \(i) and I'd love to show you our demo.
      === id: p\(i)-after | label: customer | pair: p\(i) | profile: reply
      Your team lost a week to renewals. What would fewer manual checks mean for your reps \(i)?
      """
    }
    try pairs.joined(separator: "\n").write(toFile: set, atomically: true, encoding: .utf8)
    let result = try runRapport(["eval", "--set", set, "--real", directory + "/none", "--folds", "3"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("written: 12 messages (6 customer, 6 self)"))
    #expect(result.stdout.contains("ROC AUC   focus 1.000"))
    #expect(result.stdout.contains("We-We ratio (floor)"))
    #expect(result.stdout.contains("rewrite higher: focus 6/6 (100%)"))
    #expect(result.stdout.contains("cross-validated (grouped 3-fold"))
    #expect(result.stdout.contains("real set: none at"))

    let real = directory + "/real"
    try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
    try pairs.prefix(4).joined(separator: "\n").write(toFile: real + "/messages.txt", atomically: true, encoding: .utf8)
    let both = try runRapport(["eval", "--set", set, "--real", real, "--folds", "3", "--no-cross-validation"])
    #expect(both.stdout.contains("real: 8 messages (4 customer, 4 self)"))

    let model = directory + "/model.json"
    let fit = try runRapport(["eval", "--set", set, "--real", real, "--folds", "3", "--fit", "--model", model, "--date", "2026-01-02"])
    #expect(fit.status == 0)
    let written = try String(contentsOfFile: model, encoding: .utf8)
    #expect(written.contains("\"date\" : \"2026-01-02\""))
    #expect(written.contains("\"name\" : \"sender_subject\""))
    // The word evidence's weights go beside the model, never over the shipped file.
    let words = try String(contentsOfFile: directory + "/lint-words.tsv", encoding: .utf8)
    #expect(words.contains("# fitted 2026-01-02 on written: 12 messages"))
    // The same data and date give the same files.
    let again = directory + "/again.json"
    _ = try runRapport(["eval", "--set", set, "--real", real, "--folds", "3", "--fit", "--model", again, "--date", "2026-01-02"])
    #expect(try String(contentsOfFile: again, encoding: .utf8) == written)
    #expect(try String(contentsOfFile: directory + "/lint-words.tsv", encoding: .utf8) == words)
  }

  @Test func evalListsTheMessagesInTheWrongThirdByGenre() throws {
    let directory = try temporaryDirectory()
    let set = directory + "/set.txt"
    try """
      === id: pitch | label: self | pair: - | profile: cold-email | genre: one-line
      We are the leading platform and I'd love to show you our award-winning demo.
      === id: mislabelled | label: customer | pair: - | profile: cold-email | genre: one-line
      We are the leading platform and our award-winning team would love to demo our tool.
      === id: noticed | label: customer | pair: - | profile: cold-email | genre: cold-email
      I noticed your team opened two clinics. How is hiring going for your nurses?
      """.write(toFile: set, atomically: true, encoding: .utf8)
    let result = try runRapport(
      ["eval", "--set", set, "--real", directory + "/none", "--no-cross-validation", "--mistakes"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("in the wrong third (shipped model score): 1 of 3"))
    #expect(result.stdout.contains("    one-line\n      customer"))
    #expect(result.stdout.contains("mislabelled: We are the leading platform"))
    #expect(!result.stdout.contains("noticed: I noticed"))
  }

  @Test func evalExplainsAMissingSet() throws {
    let result = try runRapport(["eval", "--set", "/nonexistent/set.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read the committed set"))
  }
}
