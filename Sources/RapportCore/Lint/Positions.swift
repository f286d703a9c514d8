/// Turns byte offsets into 1-based lines and character columns (grapheme clusters).
struct Positions {
  private let analysis: Analysis
  /// Characters before each line, counting one for each line break.
  private let lineStarts: [Int]

  init(_ analysis: Analysis) {
    self.analysis = analysis
    var starts: [Int] = []
    starts.reserveCapacity(analysis.lines.count)
    var total = 0
    for range in analysis.lines {
      starts.append(total)
      // A CRLF line break is one character, like LF.
      var end = range.upperBound
      if end > range.lowerBound, analysis.bytes[end - 1] == 0x0D { end -= 1 }
      total += Self.characters(analysis.bytes, range.lowerBound..<end) + 1
    }
    lineStarts = starts
  }

  /// The 0-based line and 1-based column of byte `offset`.
  func location(_ offset: Int) -> (line: Int, column: Int) {
    let line = analysis.line(of: offset)
    let start = analysis.lines[line].lowerBound
    let clamped = min(max(offset, start), analysis.lines[line].upperBound)
    return (line, Self.characters(analysis.bytes, start..<clamped) + 1)
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
    let to = location(max(start, end))
    return Finding(
      ruleID: rule, severity: severity, line: from.line + 1, column: from.column, endLine: to.line + 1,
      endColumn: to.column, start: lineStarts[from.line] + from.column - 1,
      end: lineStarts[to.line] + to.column - 1, message: message, suggestion: suggestion,
      matched: analysis.text(start..<max(start, end)))
  }
}
