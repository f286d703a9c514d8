/// Where `rapport eval` finds the local real set: a folder (or a single file) named by an
/// option, else by `RAPPORT_REAL_TEXT`, else `Tests/RealText/local`.
public struct RealTextFolder: Sendable, Equatable {
  /// The folder used when neither the option nor the environment names one.
  public static let defaultPath = "Tests/RealText/local"

  /// The folder or file asked for.
  public let path: String

  /// The option's path when given, else a non-empty `RAPPORT_REAL_TEXT`, else the default.
  public init(option: String?, environment: [String: String]) {
    path = option ?? environment["RAPPORT_REAL_TEXT"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultPath
  }

  /// The file to read: `name` inside the folder when the path is a folder holding it, the path
  /// itself when it is a file, nil when there is nothing to read.
  public func file(named name: String) -> String? {
    switch FileSystem.kind(of: path) {
    case .directory:
      let file = path + "/" + name
      return FileSystem.kind(of: file) == .file ? file : nil
    case .file: return path
    default: return nil
    }
  }
}
