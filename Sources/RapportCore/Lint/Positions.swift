/// Turns byte offsets into 1-based lines and character columns (grapheme clusters).
///
/// Findings arrive in order of their start. On very long lines a cursor walks the line's
/// characters once, so a megabyte on one line costs one pass, not one per finding.
final class Positions {
  /// Lines longer than this many bytes use the walking cursor.
  static let longLine = 4096

  private let analysis: Analysis
  /// Characters before each line, counting one for each line break.
  private let lineStarts: [Int]
  /// Lines of ASCII without CR, where a character is a byte.
  private let asciiLines: [Bool]
  private var walker: Walker?

  /// A character boundary on one long line, with the characters before it.
  private struct Walker {
    let line: Int
    let text: String
    var index: String.Index
    var count = 0

    init(line: Int, text: String) {
      self.line = line
      self.text = text
      index = text.startIndex
    }

    /// The character holding UTF-8 offset `target` (from the line start): the characters
    /// before it, and its first and end offsets (equal at the end of the line).
    mutating func character(at target: Int) -> Boundary {
      if text.utf8.distance(from: text.startIndex, to: index) > target {
        self = Walker(line: line, text: text)
      }
      var offset = text.utf8.distance(from: text.startIndex, to: index)
      while index < text.endIndex {
        let next = text.index(after: index)
        let nextOffset = offset + text.utf8.distance(from: index, to: next)
        if nextOffset > target { return Boundary(before: count, start: offset, end: nextOffset) }
        index = next
        offset = nextOffset
        count += 1
      }
      return Boundary(before: count, start: offset, end: offset)
    }
  }

  /// Where a character sits on its line: characters before it, its first byte and the byte
  /// after it (offsets from the line start).
  private struct Boundary {
    var before: Int
    var start: Int
    var end: Int
  }

  init(_ analysis: Analysis) {
    self.analysis = analysis
    var starts: [Int] = []
    var ascii: [Bool] = []
    starts.reserveCapacity(analysis.lines.count)
    ascii.reserveCapacity(analysis.lines.count)
    var total = 0
    analysis.bytes.withUnsafeBufferPointer { bytes in
      for range in analysis.lines {
        starts.append(total)
        // A CRLF line break is one character, like LF.
        var end = range.upperBound
        if end > range.lowerBound, bytes[end - 1] == 0x0D { end -= 1 }
        let plain = Self.isASCII(bytes, range)
        ascii.append(plain)
        total += (plain ? end - range.lowerBound : Self.characters(analysis.bytes, range.lowerBound..<end)) + 1
      }
    }
    lineStarts = starts
    asciiLines = ascii
  }

  /// The 0-based line, 1-based column and byte offset of the character boundary at or
  /// before byte `offset` (`roundUp`: at or after it), so that a span never splits a
  /// character: "y" followed by combining marks is one character, and so is its span.
  /// `moving` advances the cursor of a long line.
  private func location(_ offset: Int, roundUp: Bool = false, moving: Bool = true) -> (
    line: Int, column: Int, byte: Int
  ) {
    let line = analysis.line(of: offset)
    let range = analysis.lines[line]
    let clamped = min(max(offset, range.lowerBound), range.upperBound)
    if asciiLines[line] { return (line, clamped - range.lowerBound + 1, clamped) }
    let target = clamped - range.lowerBound
    let boundary: Boundary
    if range.count > Self.longLine {
      var current = walker?.line == line ? walker! : Walker(line: line, text: analysis.text(range))
      boundary = current.character(at: target)
      if moving { walker = current }
    } else {
      var current = Walker(line: line, text: analysis.text(range))
      boundary = current.character(at: target)
    }
    if roundUp && boundary.start < target {
      return (line, boundary.before + 2, range.lowerBound + boundary.end)
    }
    return (line, boundary.before + 1, range.lowerBound + boundary.start)
  }

  /// Whether the bytes in `range` are ASCII without CR: eight at a time (no high bit set,
  /// and no byte equal to 0x0D by the "has a zero byte" bit trick), then one by one.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let base = bytes.baseAddress, !range.isEmpty else { return true }
    precondition(range.upperBound <= bytes.count)
    let ones: UInt64 = 0x0101_0101_0101_0101
    var index = range.lowerBound
    while index + 8 <= range.upperBound {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let cr = word ^ (ones &* 0x0D)
      if (word | ((cr &- ones) & ~cr)) & (ones &* 0x80) != 0 { return false }
      index += 8
    }
    while index < range.upperBound {
      if base[index] >= 0x80 || base[index] == 0x0D { return false }
      index += 1
    }
    return true
  }

  /// Characters (grapheme clusters) in a byte range; ASCII without CR is one per byte.
  static func characters(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
    var ascii = true
    for index in range where bytes[index] >= 0x80 || bytes[index] == 0x0D {
      ascii = false
      break
    }
    return ascii ? range.count : String(decoding: bytes[range], as: UTF8.self).count
  }

  func finding(
    rule: String, severity: Severity, start: Int, end: Int, message: String, suggestion: String
  ) -> Finding {
    let from = location(start)
    let to = end > start ? location(end, roundUp: true, moving: false) : from
    return Finding(
      ruleID: rule, severity: severity, line: from.line + 1, column: from.column, endLine: to.line + 1,
      endColumn: to.column, start: lineStarts[from.line] + from.column - 1,
      end: lineStarts[to.line] + to.column - 1, message: message, suggestion: suggestion,
      matched: analysis.text(from.byte..<max(from.byte, to.byte)), byteStart: from.byte,
      byteEnd: max(from.byte, to.byte))
  }
}
