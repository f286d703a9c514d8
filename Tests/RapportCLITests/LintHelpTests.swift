import Testing

/// `rapport lint --help` and `rapport rules --help` read well in an 80-column terminal:
/// no line past 78 characters, so nothing is re-wrapped mid-table, and the profiles
/// keep the figures behind their bands.
@Suite("rapport lint help")
struct LintHelpTests {
  private func help(_ arguments: [String]) throws -> String {
    let sandbox = RapportBinary.sandboxEnvironment(extra: ["COLUMNS": "80"])
    let result = try runRapport(arguments, environment: sandbox.environment)
    #expect(result.status == 0)
    return result.stdout
  }

  @Test(arguments: [["lint", "--help"], ["rules", "--help"], ["help", "lint"], ["help", "rules"]])
  func everyLineFitsIn78Columns(arguments: [String]) throws {
    for line in try help(arguments).split(separator: "\n") {
      #expect(line.count <= 78, "\(line.count): \(line)")
    }
  }

  @Test(arguments: [["rules"], ["rules", "ask.heavy-meeting"], ["rules", "focus.we-are-leading"]])
  func rulesListingsFitIn80Columns(arguments: [String]) throws {
    let text = try help(arguments)
    #expect(text.contains("heavy-meeting") || text.contains("we-are-leading"))
    for line in text.split(separator: "\n") {
      #expect(line.count <= 80, "\(line.count): \(line)")
    }
  }

  @Test func profilesKeepTheirBandsAndSources() throws {
    let text = try help(["lint", "--help"])
    for expected in [
      "cold-email  25–50 words, warns past 125, grade 3–5",
      "follow-up   50–125 words, warns past 200, grade 3–6",
      "linkedin    20–60 words, warns past 100, grade 3–5",
      "reply       10–125 words, warns past 250, grade 3–7",
      "67% more replies", "40M emails", "12% replies vs 7%", "Gong",
    ] {
      #expect(text.contains(expected), "\(expected)")
    }
  }
}
