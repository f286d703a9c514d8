/// When a session can be recapped, and what the recap is scored with.
extension RecapEmail {
  /// Why `record` cannot be recapped, or nil when it can: a prep session holds the rep's
  /// guesses before the call, and a draft saying "here is what you said" would put words in
  /// the customer's mouth. The error says how to debrief the call instead.
  public static func refusal(for record: SessionRecord) -> RapportError? {
    guard record.mode != .debrief else { return nil }
    return RapportError(
      "Session \(record.id) is a prep session (your guesses before the call), so there is nothing "
        + "the customer said to recap. After the call: `rapport discover \(record.playbookID) --account "
        + "\(Suggestion.shellWord(record.account))`, then `rapport sessions recap` with the new session's ID.")
  }

  /// A note that the recap holds only what was answered so far, when the debrief still has
  /// questions open; nil when it is finished.
  public static func unfinishedNote(record: SessionRecord, engine: DiscoveryEngine) -> String? {
    guard let open = engine.current, engine.mode == .debrief else { return nil }
    return "session \(record.id) is not finished (next: \(open.progress)); this draft holds what was "
      + "answered so far. `rapport sessions resume \(record.id)` finishes it."
  }

  /// The names the recap counts as the reader's when it is linted: the account, then the contact.
  public static func customerNames(of record: SessionRecord) -> [String] {
    [record.account] + (record.contact.map { [$0] } ?? [])
  }
}
