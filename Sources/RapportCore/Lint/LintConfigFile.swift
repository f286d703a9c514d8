#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
      // One message: where, what is wrong and what to do, never the parser's own text beside it.
      let problem = YAMLSyntaxError(error)
      throw RapportError("\(path):\(problem.line):\(problem.column): \(problem.message)")
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
            "\(Self.at(path, value)): unknown profile '\(Suggestion.echo(value.string ?? ""))'."
              + "\(Suggestion.hint(for: value.string ?? "", in: Profile.all.map(\.name))) Profiles: "
              + "\(Profile.all.map(\.name).joined(separator: ", ")).")
        }
        self.profile = profile
      case "self", "customer":
        // A name or a list of names; a nested list or a mapping is a mistake, not "no names".
        let names: [String]
        if let name = value.scalar?.string {
          names = [name]
        } else if let list = value.sequence, list.allSatisfy({ $0.scalar != nil }) {
          names = list.compactMap { $0.scalar?.string }
        } else {
          throw RapportError("\(Self.at(path, value)): \(key): wants a name or a list of names, such as [Acme, Jo Park].")
        }
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
          guard let levelText = levelNode.scalar?.string else {
            throw RapportError(
              "\(Self.at(path, levelNode)): rule '\(id)': wants one of suggestion, warning, error or off, not a list or mapping.")
          }
          let level = levelText.lowercased()
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
    search(from: directory, paths: paths).path
  }

  /// The outcome of looking for a config file: the one to use, and the ones passed over
  /// because they cannot be trusted (each with the reason, for a note on stderr).
  public struct Search: Sendable, Equatable {
    public var path: String?
    public var ignored: [String] = []
  }

  /// Looks for `.rapport.yml` from `directory` upward, stopping at `$HOME` or at the root of
  /// a repository (a folder holding `.git`), as git and editorconfig do for their own files;
  /// then `config.yml` in the user's config folder. A file owned by someone else, or that
  /// others may write, is passed over: anyone could have put it there.
  public static func search(from directory: String, paths: Paths) -> Search {
    var result = Search()
    let home = normalized(paths.homeDirectory)
    var current = normalized(directory)
    while true {
      let candidate = (current == "/" ? "" : current) + "/.rapport.yml"
      if FileSystem.kind(of: candidate) == .file {
        if let problem = distrust(candidate) {
          result.ignored.append("Ignoring \(candidate): \(problem).")
        } else {
          result.path = candidate
          return result
        }
      }
      if current == "/" || current.isEmpty || current == home { break }
      if FileSystem.kind(of: current + "/.git") != .missing { break }
      current = absolute(current.split(separator: "/", omittingEmptySubsequences: true).dropLast())
    }
    let user = paths.configDirectory + "/config.yml"
    if FileSystem.kind(of: user) == .file {
      if let problem = distrust(user) {
        result.ignored.append("Ignoring \(user): \(problem).")
      } else {
        result.path = user
      }
    }
    return result
  }

  /// Why the config file at `path` cannot be trusted, or nil when it can: it must belong to
  /// the user running rapport and be writable by nobody else (group-writable only for the
  /// user's own group).
  public static func distrust(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    if info.st_uid != geteuid() {
      return "it belongs to another user (uid \(info.st_uid)); only your own config files apply"
    }
    if info.st_mode & S_IWOTH != 0 || (info.st_mode & S_IWGRP != 0 && info.st_gid != getegid()) {
      return "others can write to it; run `chmod go-w \(path)` to use it"
    }
    return nil
  }

  /// An absolute path without a trailing slash ("/" stays "/").
  private static func normalized(_ path: String) -> String {
    absolute(path.split(separator: "/", omittingEmptySubsequences: true)[...])
  }

  /// "/" followed by the parts, each after a "/" ("/" for none). A loop rather than
  /// `joined(separator:)`, whose generic code looks types up at run time (a tenth of a
  /// one-file lint's start-up).
  private static func absolute(_ parts: ArraySlice<Substring>) -> String {
    var path = ""
    for part in parts {
      path.append("/")
      path.append(contentsOf: part)
    }
    return path.isEmpty ? "/" : path
  }
}
