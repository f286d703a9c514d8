import Testing

@testable import RapportCore

@Suite("Filling a playbook's blanks with --set")
struct PlaybookBlanksTests {
  private let playbook = EngineTests.playbook("\nvariables:\n  - name: account\n    ask: Which?\n  - name: region\n    ask: Where?\n")

  @Test func builtInBlanksComeFirstThenThePlaybooksOwn() {
    #expect(playbook.blankNames == ["account", "contact", "product", "region"])
  }

  @Test func pairsFillBlanksAndALaterPairWins() throws {
    let filled = try playbook.fillBlanks(["region=EMEA", "product=Pipeline", "region=APAC", "contact"])
    #expect(filled == ["region": "APAC", "product": "Pipeline", "contact": ""])
    #expect(try playbook.fillBlanks(["product=a=b"]) == ["product": "a=b"])
  }

  @Test func anUnknownBlankIsAUsageErrorListingTheBlanks() {
    do {
      _ = try playbook.fillBlanks(["regoin=EMEA"])
      Issue.record("an unknown blank was accepted")
    } catch {
      #expect(error.status == .usage)
      #expect(
        error.message
          == "The demo playbook has no blank 'regoin'. Did you mean 'region'? Its blanks: account, contact, product, region.")
    }
  }
}
