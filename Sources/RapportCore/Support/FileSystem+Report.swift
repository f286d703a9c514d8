extension FileSystem {
  /// Writes a text file others read (a model, a table) atomically, readable by all (0644), with an
  /// error that names the file and `what` it was meant to hold.
  public static func writeShared(_ text: String, to path: String, what: String) throws(RapportError) {
    do { try writeAtomically(Array(text.utf8), to: path, mode: 0o644) } catch {
      throw RapportError("\(path): cannot write \(what): \(error)")
    }
  }
}
