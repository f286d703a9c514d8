/// Filling a playbook's blanks from the command line (`--set name=value`).
extension Playbook {
  /// The blanks a session of this playbook can fill: the built-in ones, then its own.
  public var blankNames: [String] {
    PlaybookVariable.builtInNames + variables.map(\.name).filter { !PlaybookVariable.builtInNames.contains($0) }
  }

  /// The values `name=value` pairs give (a later pair for the same blank wins; `name` alone
  /// is an empty value). A name that is no blank of this playbook is a usage error that
  /// lists its blanks.
  public func fillBlanks(_ pairs: [String]) throws(RapportError) -> [String: String] {
    let blanks = blankNames
    var filled: [String: String] = [:]
    for pair in pairs {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      let name = parts.first ?? ""
      guard blanks.contains(name) else {
        let hint = Suggestion.hint(for: name, in: blanks)
        throw RapportError(
          "The \(id) playbook has no blank '\(Suggestion.echo(name))'.\(hint) Its blanks: \(blanks.joined(separator: ", ")).")
      }
      filled[name] = parts.count > 1 ? parts[1] : ""
    }
    return filled
  }
}
