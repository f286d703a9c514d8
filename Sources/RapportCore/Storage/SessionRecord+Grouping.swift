extension SessionRecord {
  /// `records` grouped by account, as `rapport sessions` lists them: accounts in the order
  /// their first session appears, each with its sessions in the given order.
  public static func byAccount(_ records: [SessionRecord]) -> [(account: String, sessions: [SessionRecord])] {
    var groups: [(account: String, sessions: [SessionRecord])] = []
    var index: [String: Int] = [:]
    for record in records {
      if let at = index[record.account] {
        groups[at].sessions.append(record)
      } else {
        index[record.account] = groups.count
        groups.append((record.account, [record]))
      }
    }
    return groups
  }
}
