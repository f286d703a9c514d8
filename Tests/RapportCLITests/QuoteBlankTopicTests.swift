import Testing

/// `rapport quote ""` (a script's unset variable) is a usage error that says what to give,
/// not "no topic ''. Showing a quote that mentions it" with a random quote.
@Suite("rapport quote with an empty topic")
struct QuoteBlankTopicTests {
  @Test(arguments: ["", " ", "\t"])
  func anEmptyTopicIsAUsageError(topic: String) throws {
    let result = try runRapport(["quote", topic])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("The topic is empty"))
    #expect(result.stderr.contains("rapport quote --list"))
  }

  /// Before, an empty --search matched every quote and exited 0.
  @Test(arguments: ["", "  "])
  func anEmptySearchIsAUsageError(search: String) throws {
    let result = try runRapport(["quote", "--search", search])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--search is empty"))
  }

  @Test func theShellSaysTheSame() throws {
    let result = try runRapport([], stdin: "quote \"\"\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("The topic is empty"))
  }
}
