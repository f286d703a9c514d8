extension QuoteBook {
  /// The bundled quotes plus every user folder that `paths` names.
  /// - Parameter bundled: the quotes parsed at build time (`bundledQuotes`); nothing is
  ///   parsed at run time but the user's own folders.
  public static func load(bundled: [Quote], paths: Paths) -> QuoteBook {
    var book = QuoteBook()
    book.add(bundled)
    for directory in paths.quoteDirectories {
      book.addDirectory(directory)
    }
    return book
  }

  /// Quote files given as text, parsed now, plus every user folder that `paths` names.
  /// - Parameter files: (file name, text); the file name gives the topic.
  public static func load(files: [(name: String, text: String)], paths: Paths) -> QuoteBook {
    var book = QuoteBook()
    for file in files {
      book.add(bytes: Array(file.text.utf8), path: "quotes/" + file.name, topic: topic(ofFile: file.name))
    }
    for directory in paths.quoteDirectories {
      book.addDirectory(directory)
    }
    return book
  }
}

/// The keys of recently shown quotes, kept in the state folder between runs.
public struct RecentQuotes {
  public let path: String

  public init(path: String) { self.path = path }

  /// The remembered keys, oldest first; empty when the file is missing or unreadable.
  public func load() -> [String] {
    guard let bytes = try? FileSystem.readBytes(path, limit: 1 << 20) else { return [] }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  /// Replaces the remembered keys, atomically. Not flushed to disk: losing this list to a
  /// power cut only means a quote may repeat, and the flush would double `quote`'s run time.
  public func save(_ keys: [String]) throws {
    try FileSystem.writeAtomically(
      Array(keys.joined(separator: "\n").utf8) + [10], to: path, durable: false)
  }
}
