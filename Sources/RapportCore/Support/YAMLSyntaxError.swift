import Yams

/// A YAML syntax error in words a person can act on: where (line and column, 1-based), what
/// is wrong and what to do, instead of the parser's own text ("did not find expected ',' or
/// ']' (while parsing a flow sequence)"). The config file and playbook loaders share it, so
/// both say the same thing about the same mistake.
public struct YAMLSyntaxError: Sendable, Equatable {
  public var line: Int
  public var column: Int
  /// "not valid YAML: …; …": the problem, then what to do.
  public var message: String

  /// Reads a Yams error. Anything else (or a Yams error without a position) is placed at
  /// 1:1 with the first line of its text, shortened.
  public init(_ error: any Error) {
    guard let error = error as? YamlError else {
      self.init(line: 1, column: 1, problem: "\(error)", context: nil)
      return
    }
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      self.init(line: mark.line, column: mark.column, problem: problem, context: context)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\(Suggestion.echo($0))'" }.joined(separator: ", ")
      self.init(
        line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(keys) in the mapping that starts here; keep one of them")
    case .reader(let problem, _, _, _):
      self.init(
        line: 1, column: 1,
        plain: "\(Suggestion.echo(problem, limit: 80)); save the file as plain UTF-8 text")
    default:
      self.init(line: 1, column: 1, problem: "\(error)", context: nil)
    }
  }

  private init(line: Int, column: Int, plain: String) {
    self.init(line: line, column: column, message: "not valid YAML: " + plain)
  }

  private init(line: Int, column: Int, message: String) {
    self.line = max(1, line)
    self.column = max(1, column)
    self.message = message
  }

  private init(line: Int, column: Int, problem: String, context: YamlError.Context?) {
    let problem = problem.split(separator: "\n").first.map(String.init) ?? problem
    let opened = context.map { "line \($0.mark.line)" } ?? "above"
    // Where a bracket or quote was left open, point at where it opened.
    let start = context.map { ($0.mark.line, $0.mark.column) } ?? (line, column)
    let contextText = context?.text ?? ""
    switch problem {
    case _ where problem.contains("expected ',' or ']'"):
      self.init(
        line: start.0, column: start.1,
        plain: "this [ list is not closed; end it with ] (items are separated by commas)")
    case _ where problem.contains("expected ',' or '}'"):
      self.init(line: start.0, column: start.1, plain: "this { mapping is not closed; end it with }")
    case _ where contextText.contains("quoted scalar") && problem.contains("end of stream"):
      self.init(line: start.0, column: start.1, plain: "this quote is never closed; add the closing quote")
    case _ where contextText.contains("quoted scalar") && problem.contains("escape"):
      self.init(
        line: line, column: column,
        plain: "an unknown \\ escape inside \"double quotes\"; use 'single quotes' or write \\\\")
    case _ where problem.contains("mapping values are not allowed"):
      self.init(
        line: line, column: column,
        plain: "a ':' where no key can start; keys of one level start in the same column, "
          + "and a value holding ': ' needs quotes")
    case _ where problem.contains("did not find expected key"):
      self.init(
        line: line, column: column,
        plain: "this line is indented differently from the keys of the mapping that starts on \(opened); "
          + "line its key up with theirs")
    case _ where problem.contains("expected '-' indicator"):
      self.init(
        line: line, column: column,
        plain: "this line breaks the list that starts on \(opened); each item starts with '- ' in the same column")
    case _ where problem.contains("block sequence entries are not allowed"):
      self.init(
        line: line, column: column,
        plain: "a '- ' item where a value was expected; put list items on the lines below their key")
    case _ where problem.contains("could not find expected ':'"):
      self.init(line: start.0, column: start.1, plain: "a key without ':'; write `key: value`")
    case _ where problem.contains("tab character"):
      self.init(line: line, column: column, plain: "a tab where YAML wants spaces; indent with spaces only")
    case _ where problem.contains("cannot start any token"):
      self.init(
        line: line, column: column,
        plain: "a character that cannot start a value here (a tab, @ or `); indent with spaces, "
          + "and put a value that starts with @ or ` in quotes")
    default:
      let detail = contextText.isEmpty ? "" : " (\(contextText))"
      self.init(
        line: line, column: column,
        plain: Suggestion.echo(problem + detail, limit: 120) + "; check this line's indentation, quotes and brackets")
    }
  }
}
