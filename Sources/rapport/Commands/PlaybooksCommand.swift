import ArgumentParser
import Foundation
import RapportCore
import RapportResources

/// `rapport playbooks`: the playbooks you can use, and a checker for your own.
struct PlaybooksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "playbooks",
    abstract: "List the discovery playbooks, or check a playbook file.",
    discussion: """
      Your own playbooks go in $XDG_DATA_HOME/rapport/playbooks (default \
      ~/.local/share/rapport/playbooks) or a folder listed in RAPPORT_PLAYBOOKS_PATH; one with \
      the same id as a built-in replaces it. See the README, "Write your own playbook".

      Examples:
        rapport playbooks                       the playbooks you can use
        rapport playbooks show customer-love    one playbook's stages and questions
        rapport playbooks lint renewal.yaml     check yours: file:line:col errors
        rapport discover spin --account Acme    start a session with one
      """,
    subcommands: [PlaybooksList.self, PlaybooksShow.self, PlaybooksLint.self],
    defaultSubcommand: PlaybooksList.self)
}

struct PlaybooksList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the playbooks.")

  @OptionGroup var output: ListingFormat
  var json: Bool { output.isJSON }

  struct Row: Encodable {
    var id, title, method, description, origin: String
    var questions: Int
  }

  func run() throws {
    let catalog = DiscoverySetup.catalog(paths: DiscoverySetup.paths)
    let rows = catalog.playbooks.map {
      Row(
        id: $0.id, title: $0.title, method: $0.method, description: $0.description, origin: $0.origin,
        questions: $0.questions.count)
    }
    if json {
      print(JSON.render(rows))
      return
    }
    let style = Style(mode: .auto)
    let width = rows.map(\.id.count).max() ?? 0
    let indent = String(repeating: " ", count: width + 2)
    for row in rows {
      let mark =
        catalog.overridden.contains(row.id)
        ? style.dim(" (yours: \(row.origin))") : row.origin.hasPrefix("prompts/") ? "" : style.dim(" (yours)")
      print(
        "\(style.bold(row.id.padding(toLength: width, withPad: " ", startingAt: 0)))  \(row.title) — \(row.questions) question\(row.questions == 1 ? "" : "s")\(mark)"
      )
      for line in TextWrap.lines(PlaybooksShow.oneLine(row.description), width: 80 - indent.count) {
        print(indent + style.dim(line))
      }
    }
    print(style.dim("Show one: `rapport playbooks show ID`. Run one: `rapport discover ID`."))
  }
}

struct PlaybooksShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one playbook: what it is for, its stages and questions.",
    discussion: """
      Example:
        rapport playbooks show renewal

      Exit status 2 when no playbook has the id, or when its file has problems \
      (`rapport playbooks lint FILE` lists them).
      """)

  @Argument(help: "The playbook id (see `rapport playbooks`).")
  var id: String

  func run() throws {
    let catalog = DiscoverySetup.catalog(paths: DiscoverySetup.paths)
    guard let playbook = catalog.playbook(id: id) else {
      if let broken = DiscoverySetup.brokenFileError(for: id, in: catalog) { throw broken }
      throw RapportError(
        "No playbook '\(Suggestion.echo(id))'.\(Suggestion.hint(for: id, in: catalog.ids)) Playbooks: \(catalog.ids.joined(separator: ", ")).")
    }
    let style = Style(mode: .auto)
    var out = [style.bold("\(playbook.title) (\(playbook.id))") + style.dim(" · \(playbook.origin)")]
    out += TextWrap.lines(Self.oneLine(playbook.description), width: 80)
    out.append(TextWrap.fitting(style.dim("Method: ") + playbook.method, columns: 80))
    if let source = playbook.source {
      out += TextWrap.lines("Source: " + Self.oneLine(source), width: 80).map(style.dim)
    }
    let ladder = playbook.ladder
    out += TextWrap.lines(
      "Digging: at least \(Plural.count(ladder.minProbes, "follow-up")) on a bare request, at most \(ladder.maxProbes); stops at \(ladder.stopOn.map(\.rawValue).joined(separator: " or ")).",
      width: 80
    ).map(style.dim)
    for stage in playbook.stages {
      out.append("")
      // Wrapped at 80 like the rest, so a long goal is not cut mid-word by the terminal.
      out.append(TextWrap.fitting(style.bold("── \(stage.title)") + style.dim(" — \(stage.goal)"), columns: 80))
      for question in stage.questions {
        // " (digs)" is wrapped with the question, so it never pushes a line past 80.
        let lines = TextWrap.lines(question.ask + (question.dig ? " (digs)" : ""), width: 76)
        out += lines.enumerated().map { index, line in
          let text = question.dig && index == lines.count - 1 && line.hasSuffix(" (digs)")
            ? String(line.dropLast(7)) + style.cyan(" (digs)") : line
          return (index == 0 ? "  • " : "    ") + text
        }
        if !question.intent.isEmpty {
          out += TextWrap.lines(Self.oneLine(question.intent), width: 74).map { "      " + style.dim($0) }
        }
      }
    }
    out.append("")
    out.append(
      playbook.closing
        ? style.dim("Then rapport's closing: co-create options, the customer's slice, a next step.")
        : style.dim("No closing questions: this playbook ends with its last stage."))
    out.append(style.dim("Start it with `rapport discover \(playbook.id) --account NAME`."))
    print(TextWrap.fitting(out.joined(separator: "\n"), columns: Terminal.columns()))
  }

  /// A folded YAML paragraph on one line.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }
}

struct PlaybooksLint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "Check playbook files; problems are printed as file:line:col: message.",
    discussion: """
      Exit status 0 when every file is fine, 1 when any has a problem, 2 when a file cannot be read.

      Example:
        rapport playbooks lint ~/.local/share/rapport/playbooks/renewal.yaml
      """,
    aliases: ["check"])

  @Argument(help: "The playbook files (.yaml).")
  var files: [String]

  func run() throws {
    var checks: [PlaybookCheck] = []
    for file in files {
      if file == "-" {
        // A playbook's id must match its file name, which standard input does not have.
        Terminal.printError(
          "-: playbooks lint checks files, not standard input (a playbook's id must match its file name); "
            + "save it as ID.yaml and give that.", prefixed: false)
        checks.append(.unreadable("standard input"))
        continue
      }
      let check = PlaybookCheck.file(file)
      switch check {
      case .unreadable(let reason): Terminal.printError("\(file): \(reason)", prefixed: false)
      case .valid(let playbook):
        print("\(file): ok — \(playbook.id), \(Plural.count(playbook.stages.count, "stage")), \(Plural.count(playbook.questions.count, "question"))")
      case .invalid(let diagnostics): for diagnostic in diagnostics { print(diagnostic.description) }
      }
      checks.append(check)
    }
    let status = PlaybookCheck.status(of: checks)
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
