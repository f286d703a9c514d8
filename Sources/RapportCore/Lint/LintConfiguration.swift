/// What a lint run is told: the profile, who is who, and rule severities.
public struct LintConfiguration: Sendable, Equatable {
  public var profile: Profile
  /// Company, product and sender names: they count as sender focus.
  public var selfNames: [String]
  /// The prospect's name or company: they count as reader focus.
  public var customerNames: [String]
  /// Severity overrides by rule id; a nil value turns the rule off.
  public var severities: [String: Severity?]
  /// Whether score parts carry their formula and counted words (off saves time when
  /// nobody will read them).
  public var explains = true
  /// Whether the focus verdict carries its points per feature and the words that fired each
  /// (only `--explain` shows them; gathering the words costs as much as the rest of the
  /// explaining). Applies only when `explains` is on.
  public var explainsFocus = true

  public init(
    profile: Profile = .coldEmail, selfNames: [String] = [], customerNames: [String] = [],
    severities: [String: Severity?] = [:]
  ) {
    self.profile = profile
    self.selfNames = selfNames
    self.customerNames = customerNames
    self.severities = severities
  }
}
