import Foundation
import Testing

/// One scripted debrief per built-in playbook, whole stdout compared with a file reviewed by
/// eye. In Data/, each NAME.json holds the command's arguments and the answers; NAME.in the lines
/// sent (written by drive.py); NAME.out the expected stdout, with the session id as
/// <session>. After a deliberate change, `make golden` rewrites the .in and .out files:
/// read the diff before committing it.
@Suite("Golden transcripts")
struct GoldenTranscriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")
  static let names = [
    "challenger", "customer-love", "gap", "help-succeed", "jtbd", "meddpicc", "renewal", "sandler", "spin",
    "value-check", "why", "year-review",
  ]

  struct Spec: Decodable { var args: [String] }

  @Test(arguments: names)
  func theWholeTranscriptMatches(name: String) throws {
    let spec = try JSONDecoder().decode(
      Spec.self, from: Data(contentsOf: Self.folder.appendingPathComponent("\(name).json")))
    let input = try String(contentsOf: Self.folder.appendingPathComponent("\(name).in"), encoding: .utf8)
    let sandbox = RapportBinary.sandboxEnvironment()
    let result = try runRapport(["discover"] + spec.args, stdin: input, environment: sandbox.environment)
    #expect(result.status == 0, "\(result.stderr)")
    let list = try runRapport(["sessions", "--json"], environment: sandbox.environment)
    let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
    let id = try #require(sessions.first?["id"] as? String)
    #expect(sessions.first?["status"] as? String == "done", "\(name) did not reach its end")
    let actual = result.stdout.replacingOccurrences(of: id, with: "<session>")
    let expectedURL = Self.folder.appendingPathComponent("\(name).out")
    if ProcessInfo.processInfo.environment["RAPPORT_UPDATE_GOLDEN"] == "1" {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    if actual != expected {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let first = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
      Issue.record(
        "\(name).out differs at line \(first + 1):\n  expected: \(first < e.count ? String(e[first]) : "<end>")\n  actual:   \(first < a.count ? String(a[first]) : "<end>")"
      )
    }
  }
}
