/// Where rapport keeps its files, resolved from an environment (XDG base directories).
///
/// Taking the environment as a value keeps the core testable: tests pass a dictionary
/// pointing into a temporary directory.
public struct Paths: Sendable, Equatable {
  /// `$XDG_STATE_HOME/rapport` (default `~/.local/state/rapport`): history, recent quotes.
  public var stateDirectory: String
  /// `$XDG_DATA_HOME/rapport` (default `~/.local/share/rapport`): the user's quotes, playbooks, sessions.
  public var dataDirectory: String
  /// `$XDG_CONFIG_HOME/rapport` (default `~/.config/rapport`).
  public var configDirectory: String
  /// Extra quote folders from `RAPPORT_QUOTES_PATH` (colon-separated), in order.
  public var extraQuoteDirectories: [String]
  /// Extra playbook folders from `RAPPORT_PLAYBOOKS_PATH` (colon-separated), in order.
  public var extraPlaybookDirectories: [String]
  /// `$HOME` ("." when unset): where the upward search for `.rapport.yml` stops.
  public var homeDirectory: String

  public init(environment: [String: String]) {
    self.init(lookup: { environment[$0] })
  }

  /// - Parameter lookup: an environment variable's value by name (`getenv`, say), so that no
  ///   dictionary of the whole environment needs building.
  public init(lookup environment: (String) -> String?) {
    let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? "."
    homeDirectory = home
    func base(_ name: String, _ fallback: String) -> String {
      // The XDG spec says relative values are invalid and must be ignored.
      if let value = environment(name), value.hasPrefix("/") { return value }
      return home + "/" + fallback
    }
    stateDirectory = base("XDG_STATE_HOME", ".local/state") + "/rapport"
    dataDirectory = base("XDG_DATA_HOME", ".local/share") + "/rapport"
    configDirectory = base("XDG_CONFIG_HOME", ".config") + "/rapport"
    func list(_ name: String) -> [String] {
      (environment(name) ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    extraQuoteDirectories = list("RAPPORT_QUOTES_PATH")
    extraPlaybookDirectories = list("RAPPORT_PLAYBOOKS_PATH")
  }

  /// The line editor's history file.
  public var historyFile: String { stateDirectory + "/history" }
  /// The keys of recently shown quotes, newest last.
  public var recentQuotesFile: String { stateDirectory + "/recent-quotes" }
  /// The quote files whose warnings were shown, with their size and time then.
  public var quoteWarningsFile: String { stateDirectory + "/quote-warnings" }
  /// The user's own quote folder.
  public var userQuotesDirectory: String { dataDirectory + "/quotes" }
  /// The user's own playbook folder.
  public var userPlaybooksDirectory: String { dataDirectory + "/playbooks" }
  /// The session database.
  public var databaseFile: String { dataDirectory + "/rapport.sqlite" }
  /// Every folder whose quote files extend the bundled ones, in reading order.
  public var quoteDirectories: [String] { [userQuotesDirectory] + extraQuoteDirectories }
  /// Every folder whose playbooks extend or override the bundled ones, in reading order.
  public var playbookDirectories: [String] { [userPlaybooksDirectory] + extraPlaybookDirectories }
}
