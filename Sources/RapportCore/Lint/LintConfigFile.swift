import Yams

/// A `.rapport.yml` (or `$XDG_CONFIG_HOME/rapport/config.yml`) file:
///
/// ```yaml
/// profile: cold-email
/// self: [Acme, Jo Park]        # names that count as the sender
/// customer: [Globex]           # names that count as the reader
/// rules:
///   filler.jargon: off
///   ask.heavy-meeting: warning
/// ```
public struct LintConfigFile: Sendable, Equatable {
  public var path: String
  public var profile: Profile?
  public var selfNames: [String] = []
  public var customerNames: [String] = []
  public var severities: [String: Severity?] = [:]

  /// Parses `text` read from `path`; errors name the path and what is wrong.
  public init(path: String, text: String, rules: [LintRule] = RuleCatalog.all) throws(RapportError) {
    self.path = path
    let node: Node?
    do { node = try Yams.compose(yaml: text) } catch {
      throw RapportError("\(path): not valid YAML: \(error)")
    }
    guard let node else { return }
    guard let mapping = node.mapping else {
      throw RapportError("\(Self.at(path, node)): expected keys such as profile:, self:, rules:")
    }
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "profile":
        guard let name = value.string, let profile = Profile.named(name) else {
          throw RapportError(
            "\(Self.at(path, value)): unknown profile '\(value.string ?? "")'; use one of \(Profile.all.map(\.name).joined(separator: ", ")).")
        }
        self.profile = profile
      case "self", "customer":
        let names = value.sequence.map { $0.compactMap(\.string) } ?? value.string.map { [$0] } ?? []
        if key == "self" { selfNames = names } else { customerNames = names }
      case "rules":
        guard let rulesMapping = value.mapping else {
          throw RapportError("\(Self.at(path, value)): rules: wants RULE-ID: severity|off lines.")
        }
        for (idNode, levelNode) in rulesMapping {
          let id = idNode.string ?? ""
          guard rules.contains(where: { $0.id == id }) else {
            let hint = Suggestion.hint(for: id, in: rules.map(\.id))
            throw RapportError("\(Self.at(path, idNode)): unknown rule '\(Suggestion.echo(id))'.\(hint) See `rapport rules`.")
          }
          let level = (levelNode.string ?? "").lowercased()
          if level == "off" || level == "false" || level == "no" {
            severities[id] = .some(nil)
          } else if let severity = Severity(rawValue: level) {
            severities[id] = severity
          } else {
            throw RapportError("\(Self.at(path, levelNode)): rule '\(id)': '\(Suggestion.echo(level))' is not suggestion, warning, error or off.")
          }
        }
      default:
        let hint = Suggestion.hint(for: key, in: ["profile", "self", "customer", "rules"])
        throw RapportError("\(Self.at(path, keyNode)): unknown key '\(Suggestion.echo(key))'.\(hint)")
      }
    }
  }

  /// `path:line`, the place of `node` for an error message (just `path` when unknown).
  private static func at(_ path: String, _ node: Node) -> String {
    node.mark.map { "\(path):\($0.line)" } ?? path
  }

  /// The config file that applies in `directory`: the nearest `.rapport.yml` upward, else
  /// `config.yml` in the user's config folder; nil when there is none.
  public static func discover(from directory: String, paths: Paths) -> String? {
    var current = directory
    while true {
      let candidate = (current == "/" ? "" : current) + "/.rapport.yml"
      if FileSystem.kind(of: candidate) == .file { return candidate }
      if current == "/" || current.isEmpty { break }
      let parent = current.split(separator: "/", omittingEmptySubsequences: true).dropLast().joined(separator: "/")
      current = "/" + parent
    }
    let user = paths.configDirectory + "/config.yml"
    return FileSystem.kind(of: user) == .file ? user : nil
  }
}
