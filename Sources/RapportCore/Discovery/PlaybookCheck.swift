/// `rapport playbooks lint`: what checking one playbook file found, and the exit status for
/// a run over several.
public enum PlaybookCheck: Sendable, Equatable {
  /// The file loads: its playbook.
  case valid(Playbook)
  /// The file was read but has problems, each with its file:line:col.
  case invalid([PlaybookDiagnostic])
  /// The file could not be read (missing, a folder, over 1 MiB): what follows its name in
  /// the error ("cannot read: …", or for a folder how to check its files).
  case unreadable(String)

  /// Reads and checks the playbook file at `path`; its id must match the file's name.
  public static func file(_ path: String) -> PlaybookCheck {
    let bytes: [UInt8]
    do { bytes = try FileSystem.readBytes(path, limit: 1 << 20) } catch {
      guard case .isDirectory = error else { return .unreadable("cannot read: " + error.description) }
      return .unreadable("is a folder; check its files, e.g. `rapport playbooks lint \(Suggestion.files(inFolder: path, matching: "*.yaml"))`")
    }
    switch PlaybookLoader.load(bytes: bytes, file: path, expectedID: PlaybookCatalog.expectedID(forFile: path)) {
    case .success(let playbook): return .valid(playbook)
    case .failure(let errors): return .invalid(errors.diagnostics)
    }
  }

  /// The status for a run: usage error (2) when any file could not be read, else failure (1)
  /// when any has a problem, else success.
  public static func status(of checks: [PlaybookCheck]) -> ExitStatus {
    var status = ExitStatus.success
    for check in checks {
      switch check {
      case .unreadable: return .usage
      case .invalid: status = .failure
      case .valid: break
      }
    }
    return status
  }
}
