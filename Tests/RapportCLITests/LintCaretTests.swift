import Testing

/// The caret underline marks where a finding is; for a finding about a whole long sentence
/// it stops after 40 cells with "…" instead of striking through the whole line.
@Suite("rapport lint caret")
struct LintCaretTests {
  static let longSentence =
    "We help mid-market logistics companies like yours reduce their fuel spend by routing every truck "
    + "through our optimisation engine, which saves them between eight and twelve percent every single "
    + "quarter without any change to their dispatch workflow. Is fuel a priority for you?"

  /// The underline of the `readability.long-sentence` finding.
  private func underline(_ draft: String) throws -> Substring {
    let result = try runRapport(["lint", "--color", "never", "-"], stdin: draft)
    let lines = result.stdout.split(separator: "\n")
    let header = try #require(lines.firstIndex { $0.hasSuffix("[readability.long-sentence]") })
    return lines[header + 2].drop { $0 == " " }
  }

  @Test(arguments: ["", "Café ", "Olá 👋🏽 "])
  func aWholeSentenceIsMarkedNotStruckThrough(prefix: String) throws {
    let caret = try underline(prefix + Self.longSentence)
    #expect(caret == "^" + String(repeating: "~", count: 39) + "…", "\(caret)")
  }

  @Test func shortSpansKeepTheirFullUnderline() throws {
    let result = try runRapport(["lint", "-"], stdin: "I wanted to reach out. Is hiring slow?")
    #expect(result.stdout.contains("\n  ^" + String(repeating: "~", count: 20) + "\n"))
  }
}
