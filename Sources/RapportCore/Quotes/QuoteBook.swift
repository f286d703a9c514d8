@_exported import QuoteFormat

/// Every quote rapport knows: the bundled files plus the user's folders.
public struct QuoteBook: Sendable {
  /// All quotes, in file order.
  public private(set) var quotes: [Quote] = []
  /// Problems met while reading files; the rest of the files still serve.
  public internal(set) var diagnostics: [QuoteDiagnostic] = []

  public init() {}

  /// Adds the quotes of one fortune-format text. The topic is the file's name.
  public mutating func add(bytes: [UInt8], path: String, topic: String) {
    let result = FortuneParser().parse(bytes, path: path, topic: topic)
    quotes += result.quotes
    diagnostics += result.diagnostics
  }

  /// Adds every fortune file in `directory`, skipping fortune's `.dat` index files and the
  /// `.u8` links Debian puts beside each file. A missing folder is not an error.
  public mutating func addDirectory(_ directory: String) {
    guard let names = FileSystem.listDirectory(directory) else { return }
    let nameSet = Set(names)
    for name in names {
      if name.hasSuffix(".dat") || name.hasSuffix("~") { continue }
      if name.hasSuffix(".u8"), nameSet.contains(String(name.dropLast(3))) { continue }
      let path = directory + "/" + name
      guard FileSystem.kind(of: path) == .file else { continue }
      do {
        add(bytes: try FileSystem.readBytes(path, regularOnly: true), path: path, topic: QuoteBook.topic(ofFile: name))
      } catch {
        diagnostics.append(.init(path: path, line: 0, severity: .error, message: "cannot read: \(error)"))
      }
    }
  }

  /// The topic a file's quotes belong to: its name without an extension, lowercased.
  public static func topic(ofFile name: String) -> String { Quote.topic(ofFile: name) }

  /// Adds quotes parsed elsewhere (the bundled ones, parsed at build time).
  public mutating func add(_ parsed: [Quote]) { quotes += parsed }

  /// Topics with how many quotes each holds, alphabetically.
  public var topics: [(name: String, count: Int)] {
    var counts: [String: Int] = [:]
    for quote in quotes { counts[quote.topic, default: 0] += 1 }
    return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// The quotes that pass `filter`, in file order.
  public func matching(_ filter: QuoteFilter) -> [Quote] {
    quotes.filter(filter.accepts)
  }
}
