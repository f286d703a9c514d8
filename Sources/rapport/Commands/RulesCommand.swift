import ArgumentParser
import RapportCore

/// `rapport rules`: every lint rule, or one rule's rationale and examples.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the lint rules, or explain one.",
    discussion: """
      Each rule has a stable dotted id (category.name), a default severity, a
      rationale with its sources, and examples that must and must not trigger
      it: the same examples the test suite runs.

      Change a severity or turn a rule off in .rapport.yml:
        rules:
          filler.jargon: off
          ask.heavy-meeting: warning

      Examples:
        rapport rules                          every rule, one line each
        rapport rules focus.opener-i-wanted    why it exists, with examples
        rapport rules --category ask           only the ask rules

      Exit status 2 when no rule has the id, or no category the name.
      """)

  @Argument(help: "A rule id such as focus.we-are-leading.", completion: .list(RuleCatalog.all.map(\.id)))
  var ruleID: String?

  @Option(name: .long, help: "Only rules in this category (focus, openers, filler, ask, length, readability, subject).")
  var category: String?

  @Option(name: .long, help: "auto colours a terminal unless NO_COLOR is set.")
  var color: ColorMode = .auto

  func validate() throws {
    if let category, RuleCategory(rawValue: category.lowercased()) == nil {
      let names = RuleCategory.allCases.map(\.rawValue)
      throw ValidationError(
        "Unknown category '\(Suggestion.echo(category))'.\(Suggestion.hint(for: category, in: names)) Categories: "
          + "\(names.joined(separator: ", ")).")
    }
  }

  func run() throws {
    let style = Style(mode: color)
    guard let ruleID else {
      // Ids and categories are lowercase; "ASK" or "Ask.Heavy-Meeting" mean them too.
      let rules = RuleCatalog.all.filter { category == nil || $0.category?.rawValue == category?.lowercased() }
      let width = rules.map(\.id.count).max() ?? 0
      // The summary wraps within 80 columns, aligned under itself.
      let hanging = String(repeating: " ", count: width + 2 + 11)
      for rule in rules {
        let padding = String(repeating: " ", count: width - rule.id.count)
        let level = rule.severity.rawValue.padding(10)
        let summary = TextWrap.lines(rule.summary, width: 80 - hanging.count).joined(separator: "\n" + hanging)
        print("\(style.bold(rule.id))\(padding)  \(level) " + summary)
      }
      return
    }
    guard let rule = RuleCatalog.rule(ruleID) ?? RuleCatalog.rule(ruleID.lowercased()) else {
      throw RapportError("No rule '\(Suggestion.echo(ruleID))'.\(Self.hint(for: ruleID)) `rapport rules` lists them all.")
    }
    print("\(style.bold(rule.id)) (\(rule.severity.rawValue))")
    print(TextWrap.paragraph(rule.summary, first: "  ", hanging: "  ") + "\n")
    print(TextWrap.paragraph("Why: " + rule.rationale, first: "  ", hanging: "  ") + "\n")
    print(TextWrap.paragraph("Try: " + rule.suggestion, first: "  ", hanging: "  ") + "\n")
    if case .phrases(let phrases) = rule.detector {
      let position = rule.subjectWords.map { " (only as a sentence's subject: within its first \($0) words)" } ?? ""
      let reader = rule.notAfterReader ? " (not right after \"your\": that praises their work)" : ""
      // "leverage~" matches every inflection, "industry+" also "industry's".
      let shown = phrases.map { $0.replacingOccurrences(of: "~", with: "(s/ed/ing)").replacingOccurrences(of: "+", with: "('s)") }
      let list = "Phrases\(position)\(reader): \(shown.joined(separator: ", "))"
      print(TextWrap.paragraph(list, first: "  ", hanging: "    ") + "\n")
    }
    print("  Triggers:")
    for example in rule.triggers { print("    - \(Self.oneLine(example.text))") }
    print("  Passes:")
    for example in rule.passes { print("    - \(Self.oneLine(example))") }
  }

  /// A "did you mean" for a rule id typed without its category ("opener-i-wanted") or
  /// mistyped; a category's name ("focus") says how to list that category's rules.
  static func hint(for typed: String) -> String {
    let word = typed.lowercased()
    if RuleCategory(rawValue: word) != nil {
      return " '\(word)' is a category: `rapport rules --category \(word)` lists its rules."
    }
    let ids = RuleCatalog.all.map(\.id)
    let unqualified = ids.filter { $0.hasSuffix("." + word) }
    if unqualified.count == 1 { return " Did you mean '\(unqualified[0])'?" }
    return Suggestion.hint(for: typed, in: ids)
  }

  private static func oneLine(_ text: String) -> String {
    let flat = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ")
    if flat.isEmpty { return "(empty)" }
    return flat.count > 100 ? String(flat.prefix(99)) + "…" : flat
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
