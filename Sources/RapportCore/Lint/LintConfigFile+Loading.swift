/// Finding and reading the config file a lint run uses.
extension LintConfigFile {
  /// The config file to use: `explicit` (from `--config`) when given, else the one `search`
  /// finds from `directory`. The result's `ignored` notes are for stderr, before the file is
  /// loaded. Throws when `explicit` is missing, a folder or not a regular file.
  public static func locate(explicit: String?, directory: String, paths: Paths) throws(RapportError) -> Search {
    guard let explicit else { return search(from: directory, paths: paths) }
    switch FileSystem.kind(of: explicit) {
    case .file: return Search(path: explicit)
    case .directory:
      throw RapportError("--config \(explicit): is a folder; give the YAML file itself, e.g. \(explicit)/.rapport.yml.")
    case .missing: throw RapportError("--config \(explicit): no such file.")
    case .other: throw RapportError("--config \(explicit): not a regular file; give a YAML file.")
    }
  }

  /// Reads and parses the config file at `path` (at most 1 MiB of UTF-8); errors name the
  /// path, and for text in another encoding the first line that is not UTF-8.
  public static func load(_ path: String) throws(RapportError) -> LintConfigFile {
    let bytes: [UInt8]
    do { bytes = try FileSystem.readBytes(path, limit: 1 << 20, regularOnly: true) } catch {
      throw RapportError("\(path): cannot read the config file: \(error)")
    }
    // A config saved in another encoding would read as unknown keys of "�".
    if String(validating: bytes, as: UTF8.self) == nil {
      let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      let line = (lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0) + 1
      throw RapportError("\(path):\(line): not valid UTF-8; save the file as UTF-8.")
    }
    return try LintConfigFile(path: path, text: String(decoding: bytes, as: UTF8.self))
  }
}

extension LintConfiguration {
  /// The configuration from a config file (nil: none) with the command line's choices on top:
  /// `profile` replaces the file's (the default is cold-email), and the names add to its names.
  public init(file: LintConfigFile?, profile: Profile?, selfNames: [String], customerNames: [String]) {
    self.init(
      profile: profile ?? file?.profile ?? .coldEmail, selfNames: (file?.selfNames ?? []) + selfNames,
      customerNames: (file?.customerNames ?? []) + customerNames, severities: file?.severities ?? [:])
  }
}
