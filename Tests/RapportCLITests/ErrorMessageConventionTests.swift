import Foundation
import Testing

/// One convention for what rapport says on stderr: after `rapport: ` a message is a sentence,
/// starting with a capital letter and ending with a full stop (or `?`). A message that starts
/// with a location — a path, `file:line:col`, `<stdin>` — or with an option or a quoted name
/// keeps that word as it is, and the text after the location's colon runs on in lowercase,
/// as compilers write (`draft.txt: cannot read: …`).
@Suite("Error message convention")
struct ErrorMessageConventionTests {
  /// Nil when `line` follows the convention, else why not.
  static func breach(_ line: Substring) -> String? {
    guard line.hasPrefix("rapport: ") else { return nil }
    let message = line.dropFirst("rapport: ".count)
    guard let first = message.first else { return "empty message" }
    let firstWord = message.prefix { $0 != " " }
    let isLocation = firstWord.hasSuffix(":") && firstWord.contains { "/.<:0123456789".contains($0) && $0 != ":" }
    if first.isLowercase && !isLocation { return "starts in lowercase" }
    if !isLocation, let last = message.last, !".?".contains(last) { return "does not end a sentence" }
    return nil
  }

  @Test func theRuleItselfTellsASentenceFromALocation() {
    #expect(Self.breach("rapport: No session 'x'. `rapport sessions` lists them.") == nil)
    #expect(Self.breach("rapport: draft.txt: cannot read: No such file or directory") == nil)
    #expect(Self.breach("rapport: <stdin>:3: not valid UTF-8; save the file as UTF-8.") == nil)
    #expect(Self.breach("rapport: --limit must be at least 1.") == nil)
    #expect(Self.breach("rapport: session ab12cd kept: no answer to read.") != nil)
    #expect(Self.breach("rapport: skipped playbook: x.yaml:1:1: missing 'id'") != nil)
    #expect(Self.breach("rapport: Could not remember the quote; repeats are possible") != nil)
  }

  /// Each command's stderr lines that start with `rapport: `.
  func messages(_ arguments: [String], stdin: String = "", environment: [String: String]) throws -> [Substring] {
    try runRapport(arguments, stdin: stdin, environment: environment).stderr
      .split(separator: "\n").filter { $0.hasPrefix("rapport: ") }
  }

  @Test func messagesFromScriptsDeletesRecapsPlaybooksAndTheShellFollowIt() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let env = sandbox.environment
    let folder = sandbox.home + "/data/rapport/playbooks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "id: broken\ntitle: Broken\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
    var said: [Substring] = []
    // Before, each of these began in lowercase ("standard input held…", "no --account given…",
    // "session … kept…", "session … is a prep session…", "skipped playbook…") or, in the
    // shell, said "Unknown command" where the command line says "No command".
    said += try messages(["discover", "why", "--account", "A"], environment: env)
    said += try messages(["discover", "why"], stdin: "They want a new CRM\n", environment: env)
    _ = try runRapport(["discover", "why", "--account", "P", "--mode", "prep"], stdin: "x\n", environment: env)
    let list = try runRapport(["sessions", "--json"], environment: env).stdout
    let ids = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
      .compactMap { $0["id"] as? String }
    #expect(ids.count == 2)
    said += try messages(["sessions", "recap", ids[0]], environment: env)
    said += try messages(["sessions", "delete", ids[0]], environment: env)
    said += try messages(["playbooks"], environment: env)
    let shell = try messages([], stdin: "quot\n", environment: env)
    #expect(shell.contains { $0.hasPrefix("rapport: No command 'quot'.") }, "\(shell)")
    said += shell
    for text in ["Standard input held", "No --account given", "is a prep session", "kept: no answer", "Skipped a playbook"] {
      #expect(said.contains { $0.contains(text) }, "\(text): \(said)")
    }
    for line in said { #expect(Self.breach(line) == nil, "\(line)") }
  }

  @Test func aQuoteLeftOpenInTheShellSaysHowToWriteAnApostrophe() throws {
    // Before: "Unclosed quote in: discover why --account Macy's", with no way out named.
    let result = try runRapport([], stdin: "discover why --account Macy's\nquote --search \"ask\nquote x\\\n")
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 3, "\(result.stderr)")
    #expect(lines.first == "rapport: The ' in `discover why --account Macy's` starts a quote that never ends. For an apostrophe, write \\' or put the words in double quotes: --account \"Macy's\".")
    #expect(lines.dropFirst().first?.contains("end it with another \"") == true)
    for line in lines { #expect(Self.breach(line) == nil, "\(line)") }
  }

  @Test func aQuoteTopicThatIsNoTopicSaysSoInASentence() throws {
    let result = try runRapport(["quote", "luck"])
    #expect(result.stderr.hasPrefix("rapport: No topic 'luck'."), "\(result.stderr)")
  }

  @Test func aNULTypedInTheShellDoesNotCutTheMessageShort() throws {
    // Before: "rapport: No topic 'a" and the next message on the same line.
    let result = try runRapport([], stdin: "quote a\u{0}b\nquote zzqq\n")
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.first?.hasPrefix("rapport: No topic 'a\u{2400}b', and no quote mentions it.") == true, "\(result.stderr)")
    #expect(lines.count == 2, "\(result.stderr)")
  }
}
