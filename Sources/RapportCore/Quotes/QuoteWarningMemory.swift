#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which quote-file warnings were already shown, kept in the state folder: one line per file
/// that had warnings, with the file's size and modification time then. A file's warnings are
/// shown again only once the file changes (or its problem goes away and comes back), so a
/// broken entry in your own quotes is told once, not on every `rapport quote`.
public struct QuoteWarningMemory {
  public let path: String

  public init(path: String) { self.path = path }

  /// The diagnostics of files not seen in their current state, in order; remembers every file
  /// that has diagnostics now (files whose problems are gone are forgotten). When the memory
  /// cannot be written every diagnostic is returned, so nothing is hidden for good.
  public func unseen(_ diagnostics: [QuoteDiagnostic]) -> [QuoteDiagnostic] {
    guard !diagnostics.isEmpty || FileSystem.kind(of: path) != .missing else { return [] }
    let remembered = Set(load())
    var now: [String] = []
    for diagnostic in diagnostics {
      let line = Self.line(for: diagnostic.path)
      if !now.contains(line) { now.append(line) }
    }
    let fresh = diagnostics.filter { !remembered.contains(Self.line(for: $0.path)) }
    if Set(now) != remembered {
      do throws(FileSystem.ReadError) {
        try FileSystem.writeAtomically(
          Array(now.map { $0 + "\n" }.joined().utf8), to: path, durable: false)
      } catch {
        return diagnostics
      }
    }
    return fresh
  }

  func load() -> [String] {
    guard let bytes = try? FileSystem.readBytes(path, limit: 1 << 20) else { return [] }
    return bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
  }

  /// "path<TAB>size<TAB>mtime", or "path<TAB>missing" for a path that is not there.
  static func line(for file: String) -> String {
    var info = stat()
    guard stat(file, &info) == 0 else { return file + "\tmissing" }
    return "\(file)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }
}
