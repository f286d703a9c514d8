extension QuoteBook {
  /// The bundled quotes plus every user folder that `paths` names.
  /// - Parameter bundled: the quotes parsed at build time (`bundledQuotes`); nothing is
  ///   parsed at run time but the user's own folders.
  public static func load(bundled: [Quote], paths: Paths) -> QuoteBook {
    var book = QuoteBook()
    book.add(bundled)
    book.addUserFolders(paths)
    return book
  }

  /// The user's quote folder, then each entry of `RAPPORT_QUOTES_PATH`: a folder, or a single
  /// quote file; an entry that does not exist is noted (a typo there would otherwise go unseen).
  mutating func addUserFolders(_ paths: Paths) {
    for entry in paths.quoteDirectories {
      // The user's own folder is optional: most people never make one.
      guard entry != paths.userQuotesDirectory else {
        addDirectory(entry)
        continue
      }
      switch FileSystem.kind(of: entry) {
      case .directory: addDirectory(entry)
      case .file:
        let name = entry.split(separator: "/").last.map(String.init) ?? entry
        do {
          add(bytes: try FileSystem.readBytes(entry, regularOnly: true), path: entry, topic: QuoteBook.topic(ofFile: name))
        } catch {
          diagnostics.append(.init(path: entry, line: 0, severity: .error, message: "cannot read: \(error)"))
        }
      case .missing:
        diagnostics.append(
          .init(path: entry, line: 0, severity: .warning, message: "not found (named in RAPPORT_QUOTES_PATH); skipped"))
      case .other:
        diagnostics.append(
          .init(path: entry, line: 0, severity: .warning, message: "not a folder or file (named in RAPPORT_QUOTES_PATH); skipped"))
      }
    }
  }

  /// Quote files given as text, parsed now, plus every user folder that `paths` names.
  /// - Parameter files: (file name, text); the file name gives the topic.
  public static func load(files: [(name: String, text: String)], paths: Paths) -> QuoteBook {
    var book = QuoteBook()
    for file in files {
      book.add(bytes: Array(file.text.utf8), path: "quotes/" + file.name, topic: topic(ofFile: file.name))
    }
    book.addUserFolders(paths)
    return book
  }
}

/// The keys of recently shown quotes, kept in the state folder between runs: one key a line,
/// oldest first. Showing a quote appends its line; the file is rewritten (atomically) only
/// when it has grown to several times the remembered number.
public struct RecentQuotes {
  public let path: String
  /// Lines the file may reach before it is rewritten with only the last `QuotePicker.memory`.
  public static let compactAfter = 4 * QuotePicker.memory

  public init(path: String) { self.path = path }

  /// The remembered keys, oldest first, each once (at its latest place); empty when the file
  /// is missing or unreadable.
  public func load() -> [String] {
    guard let bytes = try? FileSystem.readBytes(path, limit: 1 << 20) else { return [] }
    let lines = bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    var keys: [String] = []
    for line in lines.reversed() where !keys.contains(line) { keys.append(line) }
    return keys.reversed()
  }

  /// Remembers `key` as the latest shown, given what `load()` returned. Not flushed to disk:
  /// losing it to a power cut only means a quote may repeat.
  public func record(_ key: String, after shown: [String]) throws(FileSystem.ReadError) {
    if shown.count >= RecentQuotes.compactAfter {
      try save(QuotePicker().remembering(key, in: shown))
    } else {
      try FileSystem.append(Array(key.utf8) + [10], to: path)
    }
  }

  /// Replaces the remembered keys, atomically.
  public func save(_ keys: [String]) throws(FileSystem.ReadError) {
    try FileSystem.writeAtomically(
      Array(keys.joined(separator: "\n").utf8) + [10], to: path, durable: false)
  }
}
