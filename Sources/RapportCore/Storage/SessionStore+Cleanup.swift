extension SessionStore {
  /// Deletes the session `sessionID` when it holds no answer and no note: a session whose run
  /// failed (a full disk) before anything was saved is not left behind as an empty "open,
  /// 0 answers" entry. True when it was deleted; errors leave it as it is.
  @discardableResult
  public func deleteIfEmpty(_ sessionID: String) -> Bool {
    guard (try? events(of: sessionID).isEmpty) == true, (try? notes(of: sessionID).isEmpty) == true else {
      return false
    }
    return (try? delete(sessionID)) == true
  }
}
