/// Reads fortune-format text: entries separated by lines holding only `%`, each entry's
/// attribution on its last line(s) after `--` or an em dash.
///
/// The parser works on bytes so that invalid UTF-8 is repaired line by line (with U+FFFD and
/// a warning naming the line) instead of failing the file, and binary files are refused.
public struct FortuneParser: Sendable {
  /// Entries longer than this many bytes are skipped with a warning.
  public var maximumEntryBytes = 64 * 1024

  public init() {}

  /// The quotes found in `bytes` and the problems met on the way.
  /// - Parameters:
  ///   - path: shown in diagnostics and in each quote's origin.
  ///   - topic: the topic given to every quote of the file.
  public func parse(_ bytes: [UInt8], path: String, topic: String) -> (
    quotes: [Quote], diagnostics: [QuoteDiagnostic]
  ) {
    var quotes: [Quote] = []
    var diagnostics: [QuoteDiagnostic] = []
    if bytes.contains(0) {
      let line = 1 + bytes.prefix(while: { $0 != 0 }).filter { $0 == UInt8(ascii: "\n") }.count
      diagnostics.append(
        .init(
          path: path, line: line, severity: .error,
          message: "binary data (a NUL byte); skipped the file — is it a fortune .dat index?"))
      return (quotes, diagnostics)
    }
    var entry: [String] = []
    var entryStart = 1
    var entryBytes = 0
    var lineNumber = 0

    func finishEntry() {
      defer {
        entry.removeAll(keepingCapacity: true)
        entryBytes = 0
      }
      if entryBytes > maximumEntryBytes {
        diagnostics.append(
          .init(
            path: path, line: entryStart, severity: .warning,
            message: "entry of \(entryBytes) bytes is over the \(maximumEntryBytes)-byte limit; skipped"))
        return
      }
      let warn = { (problem: Problem) in
        diagnostics.append(
          .init(path: path, line: entryStart + problem.offset, severity: .warning, message: problem.message))
      }
      switch makeQuote(entry, topic: topic, origin: "\(path):\(entryStart)", warn: warn) {
      case .success(let quote?) where Self.isUnreadable(quote.text):
        // Bytes in another encoding (Latin-1, Windows-1251…) repaired to a row of "�": no
        // quote to show. The line warnings already name the bad lines; say what became of it.
        diagnostics.append(
          .init(
            path: path, line: entryStart, severity: .warning,
            message: "entry is mostly invalid UTF-8 (is the file saved in another encoding?); skipped"))
      case .success(let quote?): quotes.append(quote)
      case .success(nil): break  // an empty entry, as fortune files often have
      case .failure(let problem):
        diagnostics.append(
          .init(
            path: path, line: entryStart + problem.offset, severity: .warning,
            message: problem.message))
      }
    }

    for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      var lineBytes = rawLine
      if lineBytes.last == UInt8(ascii: "\r") { lineBytes = lineBytes.dropLast() }
      if lineBytes.count == 1, lineBytes.first == UInt8(ascii: "%") {
        finishEntry()
        entryStart = lineNumber + 1
        continue
      }
      let text = String(decoding: lineBytes, as: UTF8.self)
      if text.unicodeScalars.contains("\u{FFFD}") && !lineBytes.isValidUTF8 {
        diagnostics.append(
          .init(
            path: path, line: lineNumber, severity: .warning,
            message: "invalid UTF-8; replaced the bad bytes with �"))
      }
      if entry.isEmpty && text.allSatisfy(\.isWhitespace) {
        entryStart = lineNumber + 1
        continue
      }
      entry.append(text)
      entryBytes += lineBytes.count + 1
    }
    // A final entry without a closing `%` still counts; the trailing empty line does not.
    finishEntry()
    // An empty file (or only `%` lines) would just vanish from the topics: say so.
    if quotes.isEmpty && diagnostics.isEmpty {
      diagnostics.append(
        .init(
          path: path, line: 0, severity: .warning,
          message: "holds no quotes (write each quote, then a line holding only %); no topic '\(topic)'"))
    }
    return (quotes, diagnostics)
  }

  /// True when repaired text holds at least as many U+FFFD replacement characters as
  /// letters and digits: more of it was lost than can be read.
  static func isUnreadable(_ text: String) -> Bool {
    var lost = 0
    var readable = 0
    for scalar in text.unicodeScalars {
      if scalar == "\u{FFFD}" {
        lost += 1
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        readable += 1
      }
    }
    return lost > 0 && lost >= readable
  }

  private struct Problem: Error {
    var offset: Int
    var message: String
  }

  private func makeQuote(
    _ lines: [String], topic: String, origin: String, warn: (Problem) -> Void
  ) -> Result<Quote?, Problem> {
    var lines = lines
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    guard !lines.isEmpty else { return .success(nil) }
    var attribution: Attribution?
    // An entry that is only an attribution ("    -- Someone" between two `%` lines) has lost
    // its quote: skipped with a warning, never shown as a quote that reads "-- Someone".
    if Attribution.markerRange(in: lines[0]) != nil, lines.count <= 3,
      lines.dropFirst().allSatisfy({ $0.first?.isWhitespace == true })
    {
      return .failure(Problem(offset: 0, message: "attribution without a quote; skipped"))
    }
    // The attribution is the last line starting with a dash marker, possibly followed by
    // indented continuation lines (a title on its own line).
    if let index = lines.lastIndex(where: { Attribution.markerRange(in: $0) != nil }),
      index > 0, lines.count - index <= 3,
      lines[(index + 1)...].allSatisfy({ $0.first?.isWhitespace == true })
    {
      let joined = lines[index...].map { $0.trimmingWhitespace() }.joined(separator: " ")
      guard let parsed = Attribution(line: joined) else {
        return .failure(Problem(offset: index, message: "attribution names nobody after the dash"))
      }
      attribution = parsed
      if parsed.misplacedNote {
        warn(Problem(offset: index, message: "the (attributed; why) note belongs at the end of the attribution line; read as doubtful"))
      }
      lines.removeSubrange(index...)
    }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    let text = lines.joined(separator: "\n")
    guard !text.isEmpty else {
      return .failure(Problem(offset: 0, message: "attribution without a quote"))
    }
    return .success(
      Quote(
        text: text, author: attribution?.author, source: attribution?.source, note: attribution?.note,
        isDoubtful: attribution?.isDoubtful ?? false, topic: topic, origin: origin))
  }
}

extension Collection<UInt8> {
  var isValidUTF8: Bool {
    var iterator = makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}

extension StringProtocol {
  func trimmingWhitespace() -> String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }
}
