import Foundation
import Testing

@testable import RapportCore

@Suite("When a session can be recapped")
struct RecapRulesTests {
  private func record(_ mode: SessionMode, account: String = "Acme", contact: String? = "Dana") -> SessionRecord {
    SessionRecord(
      id: "k3f9ab", account: account, contact: contact, playbookID: "demo", playbookTitle: "Demo", mode: mode,
      variables: ["account": account], createdAt: AfterTheCallTests.callDay)
  }

  @Test func aPrepSessionIsRefusedWithHowToDebriefTheCall() throws {
    let refusal = try #require(RecapEmail.refusal(for: record(.prep, account: "Acme & Sons")))
    #expect(refusal.status == .usage)
    #expect(refusal.message.hasPrefix("Session k3f9ab is a prep session (your guesses before the call)"))
    #expect(refusal.message.contains("`rapport discover demo --account 'Acme & Sons'`"))
    #expect(RecapEmail.refusal(for: record(.debrief)) == nil)
  }

  @Test func anUnfinishedDebriefGetsANoteAndAFinishedOneNone() {
    var engine = DiscoveryEngine(playbook: EngineTests.playbook(), mode: .debrief, values: ["account": "Acme"])
    let note = RecapEmail.unfinishedNote(record: record(.debrief), engine: engine)
    #expect(note?.hasPrefix("session k3f9ab is not finished (next: ") == true)
    #expect(note?.hasSuffix("`rapport sessions resume k3f9ab` finishes it.") == true)
    while engine.current != nil { engine.apply(.skip) }
    #expect(RecapEmail.unfinishedNote(record: record(.debrief), engine: engine) == nil)
  }

  @Test func theRecapIsScoredWithTheAccountThenTheContactAsTheReader() {
    #expect(RecapEmail.customerNames(of: record(.debrief)) == ["Acme", "Dana"])
    #expect(RecapEmail.customerNames(of: record(.debrief, contact: nil)) == ["Acme"])
  }
}
