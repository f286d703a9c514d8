import Foundation
import RapportCore
import Testing

/// Seeded generated command lines for the piped shell, `lint --format json` and
/// `quote --search`, run as a user would run them. What must hold: the process ends by
/// itself with 0, 1 or 2, the JSON parses, and no SQLite text reaches the user. Failures
/// name the seed (`RAPPORT_FUZZ_SEED=N` replays it).
@Suite("Fuzz: the command line", .serialized)
struct FuzzCLITests {
  static let environment = ProcessInfo.processInfo.environment
  static let seed = UInt64(environment["RAPPORT_FUZZ_SEED"] ?? "") ?? 0x5EED_2026
  static let runs = Int(environment["RAPPORT_FUZZ_RUNS"] ?? "") ?? 12

  static let starts = [
    "quote", "quote --search", "quote --all --search", "lint", "lint --format json", "rules", "rules ask.",
    "sessions", "sessions search", "sessions show", "sessions export", "playbooks", "help", "help lint", "next",
    "discover why --account Acme", "/skip", "/note", "//", "<<", ".", "", "quote --seed", "lint --profile",
  ]
  static let junk = [
    "you", "our platform", "'", "\"", "\\", "%", "{{x}}", "é\u{0301}", "\u{FEFF}", "👋🏽", "--", "-", "--format",
    "json", "99999999999999999999", "-1", "\t", "~", "$HOME", "`id`", "$(id)", ";", "|", "&", "*", "?", "\u{7F}",
  ]

  static func line(_ random: inout SeededGenerator) -> String {
    var words = [starts.randomElement(using: &random)!]
    for _ in 0..<Int.random(in: 0...4, using: &random) {
      if Int.random(in: 0..<8, using: &random) == 0 {
        words.append(String(repeating: junk.randomElement(using: &random)!, count: Int.random(in: 10...2000, using: &random)))
      } else {
        words.append(junk.randomElement(using: &random)!)
      }
    }
    return words.joined(separator: " ")
  }

  private func expectClean(_ result: RunResult, _ what: String, _ index: Int) {
    #expect((0...2).contains(result.status), "seed \(Self.seed) \(what) #\(index): exit \(result.status)")
    #expect(!result.stderr.contains("SQLite"), "seed \(Self.seed) \(what) #\(index): \(result.stderr.prefix(200))")
    #expect(!result.stderr.contains("Fatal error"), "seed \(Self.seed) \(what) #\(index): \(result.stderr.prefix(200))")
  }

  @Test("the piped shell ends by itself with 0, 1 or 2 whatever the lines")
  func pipedShell() throws {
    var random = SeededGenerator(seed: Self.seed)
    for index in 0..<Self.runs {
      let lines = (0..<Int.random(in: 5...30, using: &random)).map { _ in Self.line(&random) }
      let result = try runRapport([], stdin: lines.joined(separator: "\n") + "\n", timeout: 60)
      expectClean(result, "shell", index)
    }
  }

  @Test("lint --format json prints JSON that parses, whatever the bytes")
  func lintJSON() throws {
    var random = SeededGenerator(seed: Self.seed &+ 1)
    for index in 0..<Self.runs {
      var draft = ""
      for _ in 0..<Int.random(in: 1...80, using: &random) {
        draft += Int.random(in: 0..<3, using: &random) == 0
          ? Self.junk.randomElement(using: &random)! : Self.starts.randomElement(using: &random)!
        draft += ["", " ", "\n", "\r\n", ". ", "? "].randomElement(using: &random)!
      }
      let result = try runRapport(["lint", "--format", "json", "-"], stdin: draft)
      expectClean(result, "lint", index)
      let parsed = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      #expect(parsed != nil, "seed \(Self.seed) lint #\(index): output is not JSON")
    }
  }

  @Test("quote --search with any words ends with 0, 1 or 2")
  func quoteSearch() throws {
    var random = SeededGenerator(seed: Self.seed &+ 2)
    for index in 0..<Self.runs {
      let words = (0..<Int.random(in: 1...3, using: &random)).map { _ in Self.junk.randomElement(using: &random)! }
      let result = try runRapport(["quote", "--search"] + words)
      expectClean(result, "quote", index)
    }
  }
}
