/// How much a finding matters. Only `error` makes `rapport lint` fail on its own.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case suggestion, warning, error

  private var rank: Int {
    switch self {
    case .suggestion: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
