import Foundation
import Testing

/// `rapport lint` and `rapport rules` as scripts see them: formats, exit codes, config, bad input.
@Suite("rapport lint")
struct LintCommandTests {
  static let selfFocused = """
    Subject: Acme partnership

    Hi Sam,

    I wanted to reach out because we are the leading provider of onboarding software. Our platform is award-winning. Do you have 15 minutes this week?

    Best,
    Jo
    """
  static let readerFocused = """
    Subject: Onboarding at Globex

    Hi Sam,

    Your team hired twelve reps this spring. When new reps take three months to ramp, your managers carry the gap and your quarter feels it. Is shortening ramp on your list this quarter?
    """

  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-lint-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func write(_ text: String, _ name: String, in directory: String) throws -> String {
    let path = directory + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func textOutputIsCompilerStyleWithCaretSuggestionAndScore() throws {
    let result = try runRapport(["lint", "-"], stdin: Self.selfFocused)
    #expect(result.status == 0)
    // The opener phrase finding says it; the generic I/We opener does not repeat it.
    #expect(!result.stdout.contains("[focus.opens-with-self]"))
    #expect(result.stdout.contains("<stdin>:5:1: warning: Opens with the sender's intent, not the reader's situation. [focus.opener-i-wanted]"))
    #expect(result.stdout.contains("\n  ^" + String(repeating: "~", count: 20) + "\n"))
    #expect(result.stdout.contains("  suggestion: Start with their situation: what changed for them?"))
    #expect(result.stdout.contains("<stdin>: score "))
    #expect(result.stdout.contains("focus words: reader "))
    #expect(!result.stdout.contains("\u{1b}["))
  }

  @Test func colourOnlyWhenAskedAndNeverWithNoColor() throws {
    let always = try runRapport(["lint", "--color", "always"], stdin: Self.selfFocused)
    #expect(always.stdout.contains("\u{1b}["))
    var sandbox = RapportBinary.sandboxEnvironment(extra: ["NO_COLOR": "1", "TERM": "xterm"])
    let noColor = try runRapport(["lint"], stdin: Self.selfFocused, environment: sandbox.environment)
    #expect(!noColor.stdout.contains("\u{1b}["))
    sandbox.environment["NO_COLOR"] = nil
  }

  @Test func lineFormatHasOneFindingPerLineWithSeverity() throws {
    let result = try runRapport(["lint", "--format", "line"], stdin: Self.selfFocused)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains("<stdin>:5:1: warning: Opens with the sender's intent, not the reader's situation. [focus.opener-i-wanted]"))
    #expect(lines.dropLast().allSatisfy { $0.hasPrefix("<stdin>:") && $0.hasSuffix("]") })
    #expect(lines.last?.hasPrefix("<stdin>: score ") == true)
  }

  @Test func jsonIsVersionedWithFindingsAndScoreBreakdown() throws {
    let directory = try temporaryDirectory()
    let file = try write(Self.selfFocused, "draft.txt", in: directory)
    let result = try runRapport(["lint", "--format", "json", file])
    let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["schema_version"] as? Int == 1)
    #expect(object["exit_status"] as? Int == 0)
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.first?["path"] as? String == file)
    let findings = try #require(files.first?["findings"] as? [[String: Any]])
    let opener = try #require(findings.first { $0["rule_id"] as? String == "focus.opener-i-wanted" })
    #expect(opener["severity"] as? String == "warning")
    #expect(opener["line"] as? Int == 5 && opener["column"] as? Int == 1)
    #expect((opener["span"] as? [String: Int])?["end"] != nil)
    #expect(opener["suggestion"] as? String != nil && opener["message"] as? String != nil)
    let sentences = try #require(files.first?["sentences"] as? [[String: String]])
    #expect(sentences.first?["focus"] == "sender")
    #expect(sentences.first?["text"]?.hasPrefix("I wanted to reach out") == true)
    let score = try #require(files.first?["score"] as? [String: Any])
    let parts = try #require(score["parts"] as? [[String: Any]])
    #expect(parts.map { $0["name"] as? String } == ["focus", "phrases", "ask", "length", "readability", "subject"])
    #expect(parts.allSatisfy { $0["formula"] is String && $0["weight"] is Double && $0["counted"] is [Any] })
  }

  @Test func exitCodesAreAggregatedAndNeverACount() throws {
    let directory = try temporaryDirectory()
    let good = try write(Self.readerFocused, "good.txt", in: directory)
    let bad = try write(Self.selfFocused, "bad.txt", in: directory)
    let empty = try write("", "empty.txt", in: directory)
    #expect(try runRapport(["lint", good, bad]).status == 0)
    #expect(try runRapport(["lint", "--fail-under", "70", good]).status == 0)
    #expect(try runRapport(["lint", "--fail-under", "70", good, bad]).status == 1)
    #expect(try runRapport(["lint", good, empty, empty, empty]).status == 1)
    let missing = try runRapport(["lint", good, directory + "/missing.txt", bad])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("missing.txt: cannot read"))
    #expect(missing.stdout.contains("good.txt: score"))
    #expect(missing.stdout.contains("bad.txt: score"))
    let folder = try runRapport(["lint", directory + "/"])
    #expect(folder.status == 2)
    #expect(folder.stderr.contains("is a folder; give lint its files, e.g. `rapport lint \(directory)/*.txt`"))
  }

  @Test func explainShowsEachPartWithWeightFormulaAndCountedWords() throws {
    let result = try runRapport(["lint", "--explain"], stdin: Self.selfFocused)
    #expect(result.stdout.contains("focus "))
    #expect(result.stdout.contains("× 40%") || result.stdout.contains("× 38%"))
    #expect(result.stdout.contains("counted: sender: I; sender: we"))
    #expect(result.stdout.contains("total = "))
    #expect(result.stdout.contains("[sender] I wanted to reach out"))
  }

  @Test func explainWithTheLineFormatIsAUsageErrorNotSilentlyDropped() throws {
    let result = try runRapport(["lint", "--explain", "--format", "line", "-"], stdin: Self.selfFocused)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--format line prints one finding per line"))
  }

  @Test func selfAndCustomerNamesChangeTheFocus() throws {
    let text = "Globex grew fast this year. Acme builds onboarding tools. Is ramp time on the list?"
    let plain = try runRapport(["lint", "--format", "json"], stdin: text)
    let named = try runRapport(["lint", "--format", "json", "--self", "Acme", "--customer", "Globex"], stdin: text)
    #expect(plain.stdout.contains("\"sender_words\" : 0"))
    #expect(named.stdout.contains("\"sender_words\" : 1"))
    #expect(named.stdout.contains("\"reader_words\" : 1"))
  }

  @Test func badInputIsHandled() throws {
    let nul = try runRapport(["lint"], stdin: "Hello\u{0}there")
    #expect(nul.status == 2)
    #expect(nul.stderr.contains("binary"))
    let big = try runRapport(["lint", "--max-bytes", "10"], stdin: "Your team grew fast this year.")
    #expect(big.status == 2)
    #expect(big.stderr.contains("over the limit of 10 bytes"))
    let empty = try runRapport(["lint"], stdin: "")
    #expect(empty.status == 1)
    #expect(empty.stdout.contains("[length.empty]"))
    #expect(try runRapport(["lint", "--profile", "memo"], stdin: "x").status == 2)
    #expect(try runRapport(["lint", "--fail-under", "101"], stdin: "x").status == 2)
  }

  @Test func aScoreUnderFailUnderIsSaidOnItsSummaryLineInEveryTextFormat() throws {
    let pitch = "I wanted to reach out. We are the leading platform."
    let line = try runRapport(["lint", "--format", "line", "--fail-under", "70"], stdin: pitch)
    #expect(line.status == 1)
    #expect(line.stdout.contains("/100 under --fail-under 70 · focus "))
    let passing = try runRapport(["lint", "--format", "line", "--fail-under", "5"], stdin: pitch)
    #expect(passing.status == 0)
    #expect(!passing.stdout.contains("under --fail-under"))
    #expect(try runRapport(["lint", "--fail-under", "70"], stdin: pitch).stdout.contains("(under --fail-under 70)"))
    #expect(try runRapport(["lint", "--fail-under", "5"], stdin: pitch).stdout.contains("(passes --fail-under 5)"))
  }

  @Test func maxBytesTakesASizeWithAUnitAndSaysTheLimitInIt() throws {
    let draft = "Your team grew fast this year. " + String(repeating: "Congrats on the new office. ", count: 40)
    #expect(try runRapport(["lint", "--max-bytes", "1K"], stdin: draft).status == 2)
    #expect(try runRapport(["lint", "--max-bytes", "1K"], stdin: draft).stderr.contains("over the limit of 1 KiB"))
    #expect(try runRapport(["lint", "--max-bytes", "2KB"], stdin: draft).status != 2)
    let wrong = try runRapport(["lint", "--max-bytes", "5 megs"], stdin: draft)
    #expect(wrong.status == 2)
    #expect(wrong.stderr.contains("512K, 5M"))
  }

  @Test func invalidUTF8IsRepairedWithAWarning() throws {
    let directory = try temporaryDirectory()
    let path = directory + "/broken.txt"
    FileManager.default.createFile(atPath: path, contents: Data([0x49, 0x73, 0x20, 0xFF, 0x20, 0x69, 0x74, 0x3F]))
    let result = try runRapport(["lint", path])
    #expect(result.status == 0)
    #expect(result.stderr.contains("replaced 1 invalid UTF-8 sequence with U+FFFD"))
    #expect(result.stdout.contains("Is \u{FFFD} it?"))
  }

  @Test func repairedSequencesAreCountedInPlainWords() throws {
    let directory = try temporaryDirectory()
    let path = directory + "/broken.txt"
    FileManager.default.createFile(atPath: path, contents: Data([0x49, 0x73, 0x20, 0xFF, 0x20, 0xFE, 0x20, 0x69, 0x74, 0x3F]))
    let result = try runRapport(["lint", path])
    #expect(result.stderr.contains("replaced 2 invalid UTF-8 sequences with U+FFFD"))
    #expect(!result.stderr.contains("(s)"))
  }

  @Test func inlineSuppressionSilencesARule() throws {
    let text = "<!-- rapport-disable focus.opener-i-wanted -->\nI wanted to reach out. Is hiring slow?\nrapport: ignore ask.no-question"
    let result = try runRapport(["lint", "--format", "line"], stdin: text)
    #expect(!result.stdout.contains("focus.opener-i-wanted"))
    #expect(result.stdout.contains("focus.opens-with-self"))
    let typo = try runRapport(["lint"], stdin: "rapport: ignore focus.opener-i-wantd\nIs hiring slow for your team?")
    #expect(typo.stderr.contains("<stdin>:1: no rule 'focus.opener-i-wantd' to ignore. Did you mean 'focus.opener-i-wanted'?"))
  }

  @Test func configIsFoundUpwardAndCanTurnRulesOffOrUp() throws {
    let directory = try temporaryDirectory()
    try FileManager.default.createDirectory(atPath: directory + "/drafts/q4", withIntermediateDirectories: true)
    _ = try write("rules:\n  focus.opener-i-wanted: off\n  focus.opens-with-self: error\nself: [Acme]\n", ".rapport.yml", in: directory)
    let sandbox = RapportBinary.sandboxEnvironment()
    let result = try runRapport(
      ["lint", "--format", "line"], stdin: "I wanted to reach out. Acme rocks. Is it slow?",
      environment: sandbox.environment, currentDirectory: directory + "/drafts/q4")
    #expect(!result.stdout.contains("focus.opener-i-wanted"))
    #expect(result.stdout.contains("error: Opens on the sender"))
    #expect(result.status == 1)
  }

  @Test func userConfigAppliesAndBadConfigIsAConfigError() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let configDirectory = sandbox.environment["XDG_CONFIG_HOME"]! + "/rapport"
    try FileManager.default.createDirectory(atPath: configDirectory, withIntermediateDirectories: true)
    _ = try write("profile: follow-up\n", "config.yml", in: configDirectory)
    let json = try runRapport(["lint", "--format", "json"], stdin: "Is it slow?", environment: sandbox.environment, currentDirectory: sandbox.home)
    #expect(json.stdout.contains("\"profile\" : \"follow-up\""))
    _ = try write("rules:\n  focus.nope: off\n", "config.yml", in: configDirectory)
    let bad = try runRapport(["lint"], stdin: "Is it slow?", environment: sandbox.environment, currentDirectory: sandbox.home)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("config.yml:2: unknown rule 'focus.nope'"))
    let missing = try runRapport(["lint", "--config", sandbox.home + "/none.yml"], stdin: "x")
    #expect(missing.status == 2)
    // A folder exists, so "no such file" would send the user looking in the wrong place.
    let folder = try runRapport(["lint", "--config", configDirectory], stdin: "x")
    #expect(folder.status == 2)
    #expect(folder.stderr.contains("--config \(configDirectory): is a folder; give the YAML file itself"), "\(folder.stderr)")
    // Latin-1 bytes: before, "unknown key '�'".
    try Data("profile: reply\nself: [Caf\u{e9}]\n".data(using: .isoLatin1)!).write(
      to: URL(fileURLWithPath: configDirectory + "/config.yml"))
    let latin = try runRapport(["lint"], stdin: "Is it slow?", environment: sandbox.environment, currentDirectory: sandbox.home)
    #expect(latin.status == 2)
    #expect(latin.stderr.contains("config.yml:2: not valid UTF-8; save the file as UTF-8."), "\(latin.stderr)")
  }

  @Test func rulesListsEveryRuleAndExplainsOne() throws {
    let list = try runRapport(["rules"])
    #expect(list.status == 0)
    #expect(list.stdout.split(separator: "\n").count >= 20)
    #expect(list.stdout.contains("focus.opener-i-wanted"))
    let one = try runRapport(["rules", "ask.heavy-meeting"])
    #expect(one.stdout.contains("Why: Interest CTAs got 12% replies vs 7%"))
    #expect(one.stdout.contains("Triggers:") && one.stdout.contains("Passes:"))
    let typo = try runRapport(["rules", "ask.heavy-meting"])
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("Did you mean 'ask.heavy-meeting'?"))
  }

  @Test func aRuleIdOrCategoryInCapitalsFindsTheSameRules() throws {
    let one = try runRapport(["rules", "Ask.Heavy-Meeting"])
    #expect(one.status == 0)
    #expect(one.stdout.hasPrefix("ask.heavy-meeting (suggestion)"))
    let capitals = try runRapport(["rules", "--category", "ASK"])
    #expect(capitals.status == 0)
    #expect(capitals.stdout == (try runRapport(["rules", "--category", "ask"])).stdout)
  }

  @Test func aSuppressionLineWithoutARuleIsReported() throws {
    let result = try runRapport(["lint"], stdin: "We are the leading provider.\nrapport: ignore\nIs it slow?")
    #expect(result.stderr.contains("<stdin>:2: names no rule to ignore; add a RULE-ID or all."), "\(result.stderr)")
    #expect(result.stdout.contains("[focus.we-are-leading]"))
  }

  @Test func aRuleThatMatchesOnlyAsTheSubjectSaysSo() throws {
    // Long paragraphs wrap at 80 columns; read them as one line.
    func unwrapped(_ text: String) -> String { text.replacingOccurrences(of: "\n    ", with: " ") }
    let result = try runRapport(["rules", "focus.product-pitch"])
    #expect(unwrapped(result.stdout).contains("Phrases (only as a sentence's subject: within its first 3 words): our platform"))
    let praise = try runRapport(["rules", "focus.self-praise"])
    #expect(unwrapped(praise.stdout).contains("Phrases (not right after \"your\": that praises their work): award winning"))
  }

  @Test func theFastPathAndTheParsedPathAgree() throws {
    let directory = try temporaryDirectory()
    let a = try write(Self.selfFocused, "a.txt", in: directory)
    let b = try write(Self.readerFocused, "b.txt", in: directory)
    let fast = try runRapport(["lint", a, b])
    let parsed = try runRapport(["lint", "--format", "text", a, "--fail-under", "0", b])
    #expect(fast.stdout == parsed.stdout)
    #expect(fast.status == parsed.status)
    let dashed = try write("Is hiring slow?", "-odd.txt", in: directory)
    _ = dashed
    let afterDashes = try runRapport(["lint", "--", "-odd.txt"], currentDirectory: directory)
    #expect(afterDashes.stdout.contains("-odd.txt: score"))
    #expect(try runRapport(["lint", "--nope", a]).status == 2)
  }

  @Test func manyFilesKeepTheirOrderAndTheWorstStatus() throws {
    let directory = try temporaryDirectory()
    var paths: [String] = []
    for index in 0..<150 {
      let text = index == 120 ? "" : (index.isMultiple(of: 2) ? Self.selfFocused : Self.readerFocused)
      paths.append(try write(text, String(format: "m%03d.txt", index), in: directory))
    }
    paths.insert(directory + "/missing.txt", at: 70)
    let result = try runRapport(["lint", "--format", "line"] + paths)
    let scored = result.stdout.split(separator: "\n").filter { $0.contains(": score ") }
    #expect(scored.count == 150)
    #expect(scored.map { String($0.prefix { $0 != ":" }) } == paths.filter { !$0.hasSuffix("missing.txt") })
    #expect(result.stdout.contains("m120.txt:1:1: error:"))
    #expect(result.stderr.contains("missing.txt: cannot read"))
    #expect(result.status == 2)
    let sequential = try runRapport(["lint", "--format", "line"] + paths.prefix(40))
    #expect(result.stdout.hasPrefix(sequential.stdout))
  }

  @Test func aMegabyteOnOneLineIsLintedInLinearTime() throws {
    let directory = try temporaryDirectory()
    let line = String(repeating: "Café 👋🏽 just checking in, I wanted to reach out. ", count: 17_000)
    let path = try write(line, "long.txt", in: directory)
    for format in ["text", "line", "json"] {
      let result = try runRapport(["lint", "--format", format, path], timeout: 20)
      #expect(result.status == 0)
      #expect(result.stdout.contains("filler.just-checking-in"))
    }
  }

  @Test func helpTeachesWithExamples() throws {
    let result = try runRapport(["lint", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("Lavender"))
  }
}

/// Standard input can be read once: `lint - -` is a usage error, not a second, empty draft.
@Suite("rapport lint - -")
struct LintStandardInputTwiceTests {
  @Test func standardInputNamedTwiceIsAUsageError() throws {
    let result = try runRapport(["lint", "-", "-"], stdin: "Hi Ana, are your reps still building the report by hand?\n")
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("given more than once"), "\(result.stderr)")
    let draft = try runRapport(["lint", "draft.txt", "-", "-"], stdin: "Hi\n")
    #expect(draft.status == 2)
    #expect(!draft.stdout.contains("length.empty"))
  }
}
