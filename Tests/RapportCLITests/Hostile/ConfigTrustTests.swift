import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Only a config file the user owns, found at or below `$HOME` or the repository root,
/// changes what `rapport lint` reports; the one used is named by `--explain` and the JSON.
@Suite("Config files: trusted ones only")
struct ConfigTrustTests {
  static let draft = "Your team hired twelve reps this spring and ramp takes three months.\n"
  static let rulesOff = "rules:\n  ask.no-question: off\n"

  /// A fresh folder holding `home/` (the sandbox's HOME) and `home/project/`.
  private func layout() throws -> (base: String, home: String, project: String, environment: [String: String]) {
    let base = NSTemporaryDirectory() + "rapport-trust-" + UUID().uuidString
    let home = base + "/home"
    let project = home + "/project"
    try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
    var (environment, _) = RapportBinary.sandboxEnvironment()
    environment["HOME"] = home
    environment["XDG_CONFIG_HOME"] = home + "/.config"
    return (base, home, project, environment)
  }

  private func lint(in directory: String, _ environment: [String: String], _ extra: [String] = []) throws -> RunResult {
    try runRapport(["lint", "--format", "json"] + extra + ["-"], stdin: Self.draft, environment: environment,
      currentDirectory: directory)
  }

  @Test("a .rapport.yml above $HOME is not applied")
  func stopsAtHome() throws {
    let place = try layout()
    try Self.rulesOff.write(toFile: place.base + "/.rapport.yml", atomically: true, encoding: .utf8)
    let result = try lint(in: place.project, place.environment)
    #expect(result.stdout.contains("ask.no-question"))
    #expect(!result.stdout.contains("\"config\""))
  }

  @Test("a .rapport.yml above the repository root is not applied; one at the root is, and is named")
  func stopsAtRepositoryRoot() throws {
    let place = try layout()
    let repo = place.project + "/repo"
    try FileManager.default.createDirectory(atPath: repo + "/.git", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: repo + "/docs", withIntermediateDirectories: true)
    try Self.rulesOff.write(toFile: place.project + "/.rapport.yml", atomically: true, encoding: .utf8)
    let outside = try lint(in: repo + "/docs", place.environment)
    #expect(outside.stdout.contains("ask.no-question"))
    try Self.rulesOff.write(toFile: repo + "/.rapport.yml", atomically: true, encoding: .utf8)
    let inside = try lint(in: repo + "/docs", place.environment)
    #expect(!inside.stdout.contains("ask.no-question"))
    #expect(inside.stdout.contains("\"config\" : \"\(repo)/.rapport.yml\""))
    let explained = try runRapport(
      ["lint", "--explain", "-"], stdin: Self.draft, environment: place.environment, currentDirectory: repo + "/docs")
    #expect(explained.stdout.contains("config: \(repo)/.rapport.yml"))
  }

  @Test("a .rapport.yml others can write to is ignored, with a note on stderr")
  func worldWritableIgnored() throws {
    let place = try layout()
    let path = place.project + "/.rapport.yml"
    try Self.rulesOff.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(chmod(path, 0o666) == 0)
    let result = try lint(in: place.project, place.environment)
    #expect(result.stdout.contains("ask.no-question"))
    #expect(result.stderr.contains("Ignoring \(path): others can write to it"))
    // A sentence, as every message is (before: "ignoring …", with no full stop).
    for line in result.stderr.split(separator: "\n") { #expect(ErrorMessageConventionTests.breach(line) == nil, "\(line)") }
    #expect(chmod(path, 0o644) == 0)
    let fixed = try lint(in: place.project, place.environment)
    #expect(!fixed.stdout.contains("ask.no-question"))
    #expect(fixed.stderr.isEmpty)
  }

  @Test("a .rapport.yml owned by another user is ignored (needs root to set up)", .enabled(if: geteuid() == 0))
  func foreignOwnerIgnored() throws {
    let place = try layout()
    let path = place.project + "/.rapport.yml"
    try Self.rulesOff.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(chown(path, 4242, 4242) == 0)
    let result = try lint(in: place.project, place.environment)
    #expect(result.stdout.contains("ask.no-question"))
    #expect(result.stderr.contains("belongs to another user (uid 4242)"))
  }
}
