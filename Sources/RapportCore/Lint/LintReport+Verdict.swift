/// Whether a linted draft passes: the rule behind `rapport lint`'s exit status and the JSON
/// `passed` field.
extension LintReport {
  /// True when no finding is an error and the score is at least `failUnder` (0–100; 0 lets
  /// every score pass).
  public func passes(failUnder: Int) -> Bool {
    !hasErrors && !score.isBelow(failUnder)
  }
}

extension Score {
  /// True when the total is under `failUnder`, the threshold `--fail-under` sets.
  public func isBelow(_ failUnder: Int) -> Bool { total < failUnder }
}
