import Foundation
import Yams

/// Reads and validates a playbook YAML file, collecting every problem as `file:line:col`.
public enum PlaybookLoader {
  /// Parses `text`. `expectedID` (the file name without `.yaml`) must equal the `id:`.
  public static func load(text: String, file: String, expectedID: String?) -> Result<Playbook, PlaybookErrors>
  {
    var reader = YAMLReader(file: file)
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        return .failure(
          PlaybookErrors([
            reader.diagnostic(
              line: 1, column: 1,
              "the file is empty; a playbook needs id, title, description, method and stages")
          ]))
      }
      root = node
    } catch {
      return .failure(PlaybookErrors([reader.diagnostic(for: error)]))
    }
    let playbook = PlaybookBuilder(reader: reader).build(root, expectedID: expectedID)
    reader = playbook.reader
    if let value = playbook.value, reader.diagnostics.isEmpty { return .success(value) }
    return .failure(PlaybookErrors(reader.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }))
  }
}

/// Walks Yams nodes with positions, recording diagnostics instead of throwing.
struct YAMLReader {
  let file: String
  var diagnostics: [PlaybookDiagnostic] = []

  func diagnostic(line: Int, column: Int, _ message: String) -> PlaybookDiagnostic {
    PlaybookDiagnostic(file: file, line: line, column: column, message: message)
  }

  func diagnostic(for error: any Error) -> PlaybookDiagnostic {
    // Where, what is wrong and what to do, in the words the config file's errors use too.
    let problem = YAMLSyntaxError(error)
    return diagnostic(line: problem.line, column: problem.column, problem.message)
  }

  mutating func error(_ node: Node?, _ message: String) {
    let mark = node?.mark
    diagnostics.append(diagnostic(line: mark?.line ?? 1, column: mark?.column ?? 1, message))
  }

  /// The mapping's entries by key, reporting unknown keys (with a suggestion) and missing
  /// required ones.
  mutating func fields(_ node: Node, what: String, known: [String], required: [String]) -> [String: (
    key: Node, value: Node
  )]? {
    guard let mapping = node.mapping else {
      error(node, "\(what) should be a list of `key: value` lines")
      return nil
    }
    var result: [String: (key: Node, value: Node)] = [:]
    for (key, value) in mapping {
      let name = key.scalar?.string ?? ""
      if !known.contains(name) {
        let hint = Suggestion.hint(for: name, in: known)
        error(key, "unknown key '\(Suggestion.echo(name))' in \(what).\(hint) Known keys: \(known.joined(separator: ", "))")
        continue
      }
      result[name] = (key, value)
    }
    for name in required where result[name] == nil {
      error(node, "\(what) is missing '\(name)'")
    }
    return result
  }

  /// A one-line or folded text value; reports lists, maps and empty values.
  mutating func string(_ node: Node?, key: String) -> String? {
    guard let node else { return nil }
    guard let scalar = node.scalar else {
      error(node, "'\(key)' should be text, not a list or a map")
      return nil
    }
    let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty || text == "~" || (text == "null" && scalar.style == .plain) {
      error(node, "'\(key)' needs a value")
      return nil
    }
    return text
  }

  mutating func strings(_ node: Node?, key: String) -> [String]? {
    guard let node else { return nil }
    if node.scalar != nil { return string(node, key: key).map { [$0] } }
    guard let sequence = node.sequence else {
      error(node, "'\(key)' should be a list, like [one, two] or lines starting with '- '")
      return nil
    }
    return sequence.compactMap { string($0, key: key) }
  }

  mutating func bool(_ node: Node?, key: String) -> Bool? {
    guard let node else { return nil }
    switch node.scalar?.string.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      error(node, "'\(key)' should be true or false")
      return nil
    }
  }

  mutating func int(_ node: Node?, key: String, range: ClosedRange<Int>) -> Int? {
    guard let node else { return nil }
    guard let value = node.scalar.flatMap({ Int($0.string) }), range.contains(value) else {
      error(node, "'\(key)' should be a whole number from \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return value
  }
}
