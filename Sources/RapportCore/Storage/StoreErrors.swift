import Foundation
import GRDB

/// What a person can do about a database failure, in place of SQLite's own text.
///
/// Every error that leaves the session store goes through `SessionStore.explain(_:)` before a
/// person sees it, so "SQLite error 13: database or disk is full" becomes a sentence about
/// their disk and their saved answers.
extension SessionStore {
  /// `error` as a `RapportError` when it is a database error (nil for anything else).
  /// `nothingSaved` when the failure left no session behind (it could not save even its
  /// first answer, and was removed): then there is nothing to resume, and the text says so.
  public static func explain(_ error: any Error, path: String? = nil, nothingSaved: Bool = false) -> RapportError? {
    if let error = error as? RapportError { return error }
    guard let error = error as? DatabaseError else { return nil }
    let file = path ?? "the session database"
    let folder = path.map { ($0 as NSString).deletingLastPathComponent } ?? "the data folder"
    let kept = nothingSaved ? "nothing of this session was kept" : "your answers up to the last one are saved"
    switch error.resultCode {
    case .SQLITE_FULL:
      return RapportError(
        nothingSaved
          ? "The disk holding \(folder) is full, so \(kept). Free some space, then start it again."
          : "The disk holding \(folder) is full; \(kept). Free some space, then `rapport sessions resume` carries on.")
    case .SQLITE_READONLY:
      return RapportError(
        "\(file) is read-only, so the last answer could not be saved ("
          + (nothingSaved ? kept : "the ones before it are") + "). Check the permissions of \(folder).")
    case .SQLITE_IOERR:
      return RapportError(
        "Writing \(file) failed (the disk reported an input/output error, which may mean it is full or gone); "
          + "\(kept).")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return RapportError("\(file) stayed busy (another rapport is writing to it); try again in a moment.")
    case .SQLITE_CONSTRAINT where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY:
      return RapportError(
        "This session was deleted elsewhere (by another rapport) while you were in it; nothing more can be "
          + "saved to it. Start a new one with `rapport discover`.", status: .failure)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return RapportError(
        "\(file) is damaged or is not a rapport database. Move it aside (rapport then starts a new one).")
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
      return RapportError("\(file) cannot be opened. Check that \(folder) exists and is yours to read and write.")
    default:
      return RapportError("The session database failed (\(Self.plain(error))); \(kept).")
    }
  }

  /// SQLite's message without its "SQLite error N:" prefix or the SQL it was running.
  static func plain(_ error: DatabaseError) -> String {
    let message = error.message ?? "code \(error.resultCode.rawValue)"
    return String(message.prefix(200))
  }
}
