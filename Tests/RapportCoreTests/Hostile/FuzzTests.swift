import Foundation
import QuoteFormat
import Testing

@testable import RapportCore

/// Seeded generated inputs for everything rapport reads: drafts, config files, playbooks,
/// quote files and search words. CI runs a few thousand per run; `scripts/fuzz` runs many
/// more with fresh seeds. Every failure names the seed and the case, so
/// `RAPPORT_FUZZ_SEED=N swift test --filter FuzzTests` replays it.
///
/// What must hold: nothing crashes or hangs, every result is one rapport can print (a lint
/// score of 0–100, spans inside the draft, errors as sentences of a readable length, never
/// SQLite's own text).
@Suite("Fuzz: generated hostile input", .serialized)
struct FuzzTests {
  static let environment = ProcessInfo.processInfo.environment
  static let seed = UInt64(environment["RAPPORT_FUZZ_SEED"] ?? "") ?? 0x5EED_2026
  /// Inputs per target (CI's default is small enough to take a few seconds).
  static let iterations = Int(environment["RAPPORT_FUZZ_ITERATIONS"] ?? "") ?? 600

  /// Pieces that have broken parsers before: quote and merge-tag soup, Markdown, YAML
  /// anchors and aliases, long runs, control bytes, combining marks.
  static let pieces: [String] = [
    "I wanted to reach out", "our platform", "you", "?", ".", "...", ",", " ", "\n", "\r\n", "\r", "\t", "\0",
    "{{", "}}", "{{first_name}}", "%FNAME%", "[Name]", "](", "<!--", "-->", "```", "> ", "-- ", "—", "%\n",
    "rapport: ignore ", "all", "focus.we-are-leading", "<!-- rapport-disable ", "Subject: ", "On Mon, Jo wrote:",
    "\u{0301}", "\u{0E31}", "\u{FEFF}", "\u{200D}", "👋🏽", "🇫🇷", "日本", "a.", "a@", "://", "https://x.io/",
    "&a ", "*a", "<<: *a", "- ", ": ", "  ", "key: value", "rules:", "  ask.no-question: off", "self: [Acme]",
    "self:\n  - [a, b]", "profile: reply", "id: why", "stages:", "questions:", "ask: What?", "'", "\"", "!!binary",
    "%YAML 1.2", "---", "...", "#", "\u{1F}", "\u{7F}",
  ]

  /// A random draft: pieces, random bytes, and now and then one piece repeated many times.
  static func text(_ random: inout SeededGenerator, maxPieces: Int = 60) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<Int.random(in: 0...maxPieces, using: &random) {
      switch Int.random(in: 0..<10, using: &random) {
      case 0: bytes += (0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
      case 1:
        let piece = pieces.randomElement(using: &random)!
        bytes += Array(String(repeating: piece, count: Int.random(in: 2...300, using: &random)).utf8)
      default: bytes += Array(pieces.randomElement(using: &random)!.utf8)
      }
    }
    return bytes
  }

  /// `base` with a few random edits (deleted, repeated or replaced pieces, inserted pieces).
  static func mutate(_ base: String, _ random: inout SeededGenerator) -> String {
    var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<Int.random(in: 1...6, using: &random) where !lines.isEmpty {
      let index = Int.random(in: 0..<lines.count, using: &random)
      switch Int.random(in: 0..<5, using: &random) {
      case 0: lines.remove(at: index)
      case 1: lines.insert(lines[index], at: index)
      case 2: lines[index] = String(decoding: text(&random, maxPieces: 4), as: UTF8.self)
      case 3: lines[index] += pieces.randomElement(using: &random)!
      default: lines.insert("  " + pieces.randomElement(using: &random)!, at: index)
      }
    }
    return lines.joined(separator: "\n")
  }

  static func failing(_ what: String, _ index: Int, _ detail: String) -> Comment {
    "seed \(seed) \(what) #\(index): \(detail) — replay with RAPPORT_FUZZ_SEED=\(seed)"
  }

  @Test("lint: any bytes give a score of 0–100 and spans inside the draft")
  func lint() {
    var random = SeededGenerator(seed: Self.seed)
    let engine = LintEngine()
    for index in 0..<Self.iterations {
      let bytes = Self.text(&random)
      guard let prepared = try? LintInput.prepare(bytes) else { continue }
      let report = engine.lint(bytes: prepared.bytes)
      #expect((0...100).contains(report.score.total), Self.failing("lint", index, "score \(report.score.total)"))
      let characters = String(decoding: prepared.bytes, as: UTF8.self).count
      for finding in report.findings where finding.start > finding.end || finding.end > characters
        || finding.byteEnd > prepared.bytes.count
      {
        Issue.record(Self.failing("lint", index, "\(finding.ruleID) span \(finding.start)–\(finding.end) of \(characters)"))
      }
    }
  }

  @Test("config files: any text loads or is refused with a short message naming the file")
  func configFiles() {
    var random = SeededGenerator(seed: Self.seed &+ 1)
    let valid = "profile: cold-email\nself: [Acme, Jo Park]\ncustomer: [Globex]\nrules:\n  filler.jargon: off\n  ask.heavy-meeting: warning\n"
    for index in 0..<Self.iterations {
      let text =
        index % 3 == 0 ? String(decoding: Self.text(&random), as: UTF8.self) : Self.mutate(valid, &random)
      do {
        _ = try LintConfigFile(path: "fuzz.yml", text: text)
      } catch {
        #expect(error.message.hasPrefix("fuzz.yml"), Self.failing("config", index, error.message))
        #expect(error.message.count < 600, Self.failing("config", index, String(error.message.prefix(300))))
      }
    }
  }

  @Test("playbooks: any text loads or gives diagnostics with a line and column")
  func playbooks() throws {
    var random = SeededGenerator(seed: Self.seed &+ 2)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let valid = try String(contentsOf: root.appendingPathComponent("prompts/why.yaml"), encoding: .utf8)
    for index in 0..<Self.iterations {
      let text = index % 4 == 0 ? String(decoding: Self.text(&random), as: UTF8.self) : Self.mutate(valid, &random)
      if case .failure(let errors) = PlaybookLoader.load(text: text, file: "why.yaml", expectedID: "why") {
        for diagnostic in errors.diagnostics {
          #expect(diagnostic.line >= 1 && diagnostic.column >= 1, Self.failing("playbook", index, "\(diagnostic)"))
          #expect(diagnostic.message.count < 1000, Self.failing("playbook", index, String(diagnostic.message.prefix(200))))
        }
      }
    }
  }

  @Test("quote files and quote --search: any bytes parse, any words search")
  func quotes() {
    var random = SeededGenerator(seed: Self.seed &+ 3)
    for index in 0..<Self.iterations {
      var book = QuoteBook()
      book.add(bytes: Self.text(&random), path: "fuzz", topic: "fuzz")
      let words = String(decoding: Self.text(&random, maxPieces: 3), as: UTF8.self)
      let found = book.matching(QuoteFilter(pattern: SearchPattern(words)))
      #expect(found.count <= book.quotes.count, Self.failing("quotes", index, "more matches than quotes"))
      for diagnostic in book.diagnostics {
        #expect(diagnostic.line >= 0, Self.failing("quotes", index, "\(diagnostic)"))
      }
    }
  }

  @Test("sessions search: any words search the store, or fail in words")
  func sessionsSearch() throws {
    var random = SeededGenerator(seed: Self.seed &+ 4)
    let path = NSTemporaryDirectory() + "rapport-fuzz-" + UUID().uuidString + "/rapport.sqlite"
    let store = try SessionStore(path: path)
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    for session in 0..<5 {
      let id = "fuzz\(session)0"
      try store.create(
        SessionRecord(
          id: id, account: "Acme", contact: nil, playbookID: "why", playbookTitle: "Why", mode: .debrief,
          variables: [:], createdAt: now))
      for _ in 0..<10 {
        try store.append(.answer(String(decoding: Self.text(&random, maxPieces: 8), as: UTF8.self)), to: id, prompt: nil, at: now)
      }
    }
    for index in 0..<Self.iterations {
      let words = String(decoding: Self.text(&random, maxPieces: 6), as: UTF8.self)
      do {
        _ = try store.search(words, limit: 5)
        _ = try store.session(matching: words)
      } catch {
        let explained = SessionStore.explain(error, path: path)
        #expect(explained != nil, Self.failing("search", index, "\(error)"))
        #expect(explained?.message.contains("SQLite") != true, Self.failing("search", index, "\(error)"))
      }
    }
  }
}
