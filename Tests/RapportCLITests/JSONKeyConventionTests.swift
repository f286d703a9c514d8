import Foundation
import Testing

/// Every command's JSON uses one key convention, snake_case, as `lint --format json` does:
/// a script reads `playbook_id` from `sessions --json` as it reads `rule_id` from lint.
@Suite("One JSON key convention for every command")
struct JSONKeyConventionTests {
  /// Keys with a capital letter anywhere in `value`; the keys under `variables` (the
  /// playbook's blanks, named by the playbook's author) are data, not the schema.
  func capitalisedKeys(in value: Any, path: String = "") -> [String] {
    if let object = value as? [String: Any] {
      return object.flatMap { key, child -> [String] in
        let own = key.contains(where: \.isUppercase) ? ["\(path).\(key)"] : []
        return key == "variables" ? own : own + capitalisedKeys(in: child, path: "\(path).\(key)")
      }
    }
    if let array = value as? [Any] { return array.flatMap { capitalisedKeys(in: $0, path: path + "[]") } }
    return []
  }

  @Test func sessionsNextPlaybooksAndDiscoverWriteSnakeCaseKeys() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/Data")
    let input = try String(contentsOf: folder.appendingPathComponent("why.in"), encoding: .utf8)
    let sandbox = RapportBinary.sandboxEnvironment()
    let discover = try runRapport(
      ["discover", "why", "--account", "Acme", "--contact", "Dana", "--set", "product=Pipeline", "--json"],
      stdin: input, environment: sandbox.environment)
    #expect(discover.status == 0, "\(discover.stderr)")
    let list = try runRapport(["sessions", "--json"], environment: sandbox.environment)
    let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
    let id = try #require(sessions.first?["id"] as? String)
    #expect(sessions.first?["playbook_id"] as? String == "why")
    let outputs: [(String, String)] = [
      ("discover --json", discover.stdout), ("sessions --json", list.stdout),
      ("sessions show --json", try runRapport(["sessions", "show", id, "--json"], environment: sandbox.environment).stdout),
      ("sessions export --format json",
       try runRapport(["sessions", "export", id, "--format", "json"], environment: sandbox.environment).stdout),
      ("sessions search --json",
       try runRapport(["sessions", "search", "renewals", "--json"], environment: sandbox.environment).stdout),
      ("next --json", try runRapport(["next", "--all", "--json"], environment: sandbox.environment).stdout),
      ("playbooks --json", try runRapport(["playbooks", "--json"], environment: sandbox.environment).stdout),
      ("quote --json", try runRapport(["quote", "--json", "--seed", "1"], environment: sandbox.environment).stdout),
    ]
    for (command, text) in outputs {
      let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
      #expect((value as? [Any])?.isEmpty != true, "\(command) printed an empty list")
      #expect(capitalisedKeys(in: value).isEmpty, "\(command): \(capitalisedKeys(in: value))")
    }
    // `--format json`, as lint and export spell it, is the same as `--json` on every listing.
    for words in [["sessions"], ["sessions", "show", id], ["sessions", "search", "renewals"], ["next", "--all"], ["playbooks"]] {
      let flag = try runRapport(words + ["--json"], environment: sandbox.environment)
      let format = try runRapport(words + ["--format", "json"], environment: sandbox.environment)
      #expect(format.status == 0, "\(words): \(format.stderr)")
      #expect(format.stdout == flag.stdout, "\(words)")
    }
  }
}
