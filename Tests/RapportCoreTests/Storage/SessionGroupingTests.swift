import Foundation
import Testing

@testable import RapportCore

@Suite("Sessions grouped by account")
struct SessionGroupingTests {
  private func record(_ id: String, _ account: String) -> SessionRecord {
    SessionRecord(
      id: id, account: account, contact: nil, playbookID: "why", playbookTitle: "Why discovery", mode: .debrief,
      variables: ["account": account], createdAt: Date(timeIntervalSince1970: 1_790_000_000))
  }

  @Test func accountsComeInTheOrderOfTheirFirstSessionAndKeepTheirSessionsOrder() {
    let records = [record("a1", "Acme"), record("g1", "Globex"), record("a2", "Acme"), record("i1", "Initech")]
    let groups = SessionRecord.byAccount(records)
    #expect(groups.map(\.account) == ["Acme", "Globex", "Initech"])
    #expect(groups.map { $0.sessions.map(\.id) } == [["a1", "a2"], ["g1"], ["i1"]])
    #expect(SessionRecord.byAccount([]).isEmpty)
  }
}
