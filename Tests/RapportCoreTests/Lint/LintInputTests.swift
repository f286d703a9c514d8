import Testing

@testable import RapportCore

@Suite("Bad input")
struct LintInputTests {
  @Test func nulBytesAreRefused() {
    #expect(throws: LintInput.Refusal.binary(offset: 2)) { try LintInput.prepare([0x61, 0x62, 0, 0x63]) }
  }

  @Test func oversizedInputIsRefused() {
    #expect(throws: LintInput.Refusal.tooLarge(bytes: 11, limit: 10)) {
      try LintInput.prepare(Array("hello world".utf8), limit: 10)
    }
  }

  @Test func invalidUTF8IsReplacedAndCounted() throws {
    let prepared = try LintInput.prepare([0x49, 0x73, 0x20, 0xFF, 0xC3, 0x3F])
    #expect(prepared.replacements == 2)
    #expect(String(decoding: prepared.bytes, as: UTF8.self) == "Is \u{FFFD}\u{FFFD}?")
  }

  @Test func byteOrderMarkIsDropped() throws {
    #expect(try LintInput.prepare([0xEF, 0xBB, 0xBF, 0x41]).bytes == [0x41])
  }
}

/// Random bytes and random Unicode never crash the engine, and every finding points inside the text.
@Suite("Engine robustness")
struct LintFuzzTests {
  private static let engine = LintEngine(configuration: .init(selfNames: ["Acme"], customerNames: ["Globex"]))
  private static let pieces = [
    "I", "we", "you", "your", "our", " ", "\n", "\n\n", ".", "?", "!", ",", "'", "’", "{{", "}}", "[", "]", "%",
    "Subject:", "> ", "-- ", "Best,", "http://", "é", "👋🏽", "漢字", "\u{0301}", "\t", "#", "- ", "wanted to reach out",
    "thank you", "15 minutes", "rapport: ignore focus.self-centred", "<!--", "-->", "e.g.", "3.5", "@", "www.",
  ]

  private func check(_ bytes: [UInt8]) {
    guard let prepared = try? LintInput.prepare(bytes) else { return }
    let report = Self.engine.lint(bytes: prepared.bytes)
    let text = String(decoding: prepared.bytes, as: UTF8.self)
    #expect((0...100).contains(report.score.total))
    for finding in report.findings {
      #expect(finding.line >= 1 && finding.line <= report.lines.count)
      #expect(finding.column >= 1 && finding.column <= report.lines[finding.line - 1].count + 1)
      #expect(finding.start <= finding.end && finding.end <= text.count)
    }
  }

  @Test(arguments: 0..<8)
  func randomBytes(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<150 {
      let count = Int.random(in: 0..<400, using: &generator)
      check((0..<count).map { _ in UInt8.random(in: 1...255, using: &generator) })
    }
  }

  @Test(arguments: 0..<8)
  func randomUnicodeAndPieces(seed: UInt64) {
    var generator = SeededGenerator(seed: seed &+ 1000)
    for _ in 0..<150 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<80, using: &generator) {
        if Bool.random(using: &generator) {
          text += Self.pieces.randomElement(using: &generator)!
        } else if let scalar = Unicode.Scalar(UInt32.random(in: 1...0x2FFFF, using: &generator)) {
          text.unicodeScalars.append(scalar)
        }
      }
      check(Array(text.utf8))
    }
  }
}
