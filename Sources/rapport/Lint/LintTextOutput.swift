import RapportCore

/// Compiler-style text: `file:line:col: severity: message [rule-id]`, the source line with
/// a caret underline, the suggestion, then the score with a reader-vs-sender focus bar.
struct LintTextOutput {
  let style: Style
  let explain: Bool
  /// The configuration file in use, named by `--explain`.
  var configPath: String?
  let failUnder: Int

  func render(_ report: LintReport, path: String) -> String {
    var bytes: [UInt8] = []
    render(report, path: path, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the text report to `out` (bytes, so a folder of drafts costs no string building).
  func render(_ report: LintReport, path: String, into out: inout [UInt8]) {
    out.appendUTF8(TextWrap.fitting(verdict(report, path: path), columns: columns))
    let lines = report.findings.isEmpty ? [] : report.lines
    let asciiLines = lines.map { $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x09 } }
    let on = style.enabled
    for finding in report.findings {
      let headerStart = out.count
      if on { out.append(contentsOf: "\u{1b}[1m".utf8) }
      out.appendUTF8(path)
      out.append(UInt8(ascii: ":"))
      out.appendDecimal(finding.line)
      out.append(UInt8(ascii: ":"))
      out.appendDecimal(finding.column)
      out.append(UInt8(ascii: ":"))
      if on { out.append(contentsOf: "\u{1b}[0m".utf8) }
      out.append(0x20)
      out.appendUTF8(severity(finding.severity))
      out.append(0x20)
      out.appendUTF8(finding.message)
      out.append(0x20)
      if on { out.append(contentsOf: "\u{1b}[2m".utf8) }
      out.append(UInt8(ascii: "["))
      out.appendUTF8(finding.ruleID)
      out.append(UInt8(ascii: "]"))
      if on { out.append(contentsOf: "\u{1b}[0m".utf8) }
      fitToTerminal(&out, from: headerStart)
      out.append(0x0A)
      if finding.line - 1 < lines.count {
        if asciiLines[finding.line - 1] {
          asciiExcerpt(lines[finding.line - 1], finding, into: &out)
        } else if lines[finding.line - 1].utf8.count > 4 * window {
          out.appendUTF8(longExcerpt(report, finding))
        } else {
          out.appendUTF8(excerpt(lines[finding.line - 1], finding))
        }
      }
      let suggestionStart = out.count
      out.appendUTF8("  ")
      out.appendUTF8(style.cyan("suggestion:"))
      out.append(0x20)
      out.appendUTF8(finding.suggestion)
      fitToTerminal(&out, from: suggestionStart)
      out.append(0x0A)
    }
    out.appendUTF8(TextWrap.fitting(summary(report, path: path), columns: columns))
    if explain { out.append(contentsOf: explanation(report).utf8) }
  }

  /// Longest source excerpt shown, in characters; longer lines show a window around the
  /// finding. 100 for pipes; on a terminal, what fits its width (see `window(columns:)`).
  var window = 100

  /// The terminal's width, or nil on a pipe: the verdict, finding, suggestion and score
  /// lines break at spaces within it rather than where the terminal would cut a word. On a
  /// pipe every finding stays one whole line, for grep and editors.
  var columns: Int?

  /// Breaks the line written to `out` from `start` at spaces when it is wider than the
  /// terminal (a continued suggestion keeps its two-space indent); nothing on a pipe.
  private func fitToTerminal(_ out: inout [UInt8], from start: Int) {
    guard let columns, out.count - start > columns else { return }
    let line = String(decoding: out[start...], as: UTF8.self)
    guard TextWrap.visibleWidth(line) > columns else { return }
    out.removeSubrange(start...)
    out.appendUTF8(TextWrap.fitting(line, columns: columns))
  }

  /// The excerpt window for a terminal `columns` wide: the line is indented by two and
  /// may carry "…" at both ends, so it needs four columns more than the window.
  static func window(columns: Int) -> Int { min(100, max(36, columns - 4)) }

  /// Longest underline, in cells: a finding about a whole long sentence marks where it
  /// starts and ends the underline with "…" rather than striking through the whole line.
  static let longestCaret = 40

  private func caret(_ width: Int) -> String {
    let shown = min(width, Self.longestCaret)
    return style.green("^" + String(repeating: "~", count: shown - 1) + (width > shown ? "…" : ""))
  }

  /// The source line (or a window of it) and a caret underline under the finding.
  private func excerpt(_ line: Substring, _ finding: Finding) -> String {
    var shown = line
    var column = finding.column - 1
    var lead = ""
    if line.utf8.count > window {
      let count = line.count
      if count > window {
        let start = max(0, min(column - 30, count - window))
        shown = line.dropFirst(start).prefix(window)
        lead = start > 0 ? "…" : ""
        column -= start
        if start + window < count { shown = Substring(String(shown) + "…") }
      }
    }
    let prefix = shown.prefix(column)
    let rest = shown.dropFirst(column)
    let length = finding.endLine == finding.line ? max(1, finding.endColumn - finding.column) : rest.count
    let width = max(1, DisplayWidth.width(rest.prefix(length)))
    return "  " + lead + shown + "\n  " + (lead.isEmpty ? "" : " ") + DisplayWidth.blank(prefix) + caret(width) + "\n"
  }

  /// For a very long line with non-ASCII text: a window cut by bytes around the finding,
  /// so each excerpt costs the window, not the line.
  private func longExcerpt(_ report: LintReport, _ finding: Finding) -> String {
    let before = report.excerpt(line: finding.line, from: finding.byteStart - 120, to: finding.byteStart)
    let after = report.excerpt(line: finding.line, from: finding.byteStart, to: finding.byteStart + 240)
    let head = String(before.text.suffix(30))
    let tail = String(after.text.prefix(window - head.count))
    let lead = before.startsAtLine && head.count == before.text.count ? "" : "…"
    let trail = after.endsAtLine && tail.count == after.text.count ? "" : "…"
    let length = finding.endLine == finding.line ? max(1, finding.endColumn - finding.column) : tail.count
    let width = max(1, DisplayWidth.width(tail.prefix(length)[...]))
    return "  " + lead + head + tail + trail + "\n  " + (lead.isEmpty ? "" : " ") + DisplayWidth.blank(head[...])
      + caret(width) + "\n"
  }

  /// The same for plain ASCII lines, where a character is a byte and a terminal cell.
  private func asciiExcerpt(_ line: Substring, _ finding: Finding, into out: inout [UInt8]) {
    let bytes = line.utf8
    var column = finding.column - 1
    var start = 0
    var end = bytes.count
    if bytes.count > window {
      start = max(0, min(column - 30, bytes.count - window))
      end = start + window
      column -= start
    }
    let from = bytes.index(bytes.startIndex, offsetBy: start)
    let to = bytes.index(bytes.startIndex, offsetBy: end)
    out.appendUTF8("  ")
    if start > 0 { out.append(contentsOf: "…".utf8) }
    out.append(contentsOf: bytes[from..<to])
    if end < bytes.count { out.append(contentsOf: "…".utf8) }
    out.appendUTF8("\n  ")
    if start > 0 { out.append(0x20) }
    out.append(contentsOf: repeatElement(0x20, count: max(0, column)))
    let available = end - start - column
    let length = finding.endLine == finding.line ? max(1, finding.endColumn - finding.column) : available
    let width = max(1, min(length, max(1, available)))
    if style.enabled { out.append(contentsOf: "\u{1b}[32m".utf8) }
    out.append(UInt8(ascii: "^"))
    out.append(contentsOf: repeatElement(UInt8(ascii: "~"), count: min(width, Self.longestCaret) - 1))
    if width > Self.longestCaret { out.append(contentsOf: "…".utf8) }
    if style.enabled { out.append(contentsOf: "\u{1b}[0m".utf8) }
    out.append(0x0A)
  }

  /// One finding per line: `file:line:col: severity: message [rule-id]`.
  func lines(_ report: LintReport, path: String) -> String {
    var bytes: [UInt8] = []
    lines(report, path: path, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  func lines(_ report: LintReport, path: String, into out: inout [UInt8]) {
    for finding in report.findings {
      out.appendUTF8(path)
      out.append(UInt8(ascii: ":"))
      out.appendDecimal(finding.line)
      out.append(UInt8(ascii: ":"))
      out.appendDecimal(finding.column)
      out.appendUTF8(": ")
      out.appendUTF8(finding.severity.rawValue)
      out.appendUTF8(": ")
      out.appendUTF8(finding.message)
      out.appendUTF8(" [")
      out.appendUTF8(finding.ruleID)
      out.appendUTF8("]\n")
    }
    out.appendUTF8(path)
    out.appendUTF8(": score ")
    out.appendDecimal(report.score.total)
    out.appendUTF8("/100")
    if report.score.isBelow(failUnder) {
      // A script reading only this line sees why the exit status is 1.
      out.appendUTF8(" under --fail-under ")
      out.appendDecimal(failUnder)
    }
    if report.metrics.words == 0 {
      out.appendUTF8(" · focus n/a\n")
      return
    }
    out.appendUTF8(" · focus ")
    out.appendDecimal(report.focus.score)
    out.appendUTF8("/100 ")
    out.appendUTF8(report.focus.label)
    out.append(0x0A)
  }

  private func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: return style.red("error:")
    case .warning: return style.yellow("warning:")
    case .suggestion: return style.cyan("suggestion:")
    }
  }

  /// The first line: who the draft serves, as the fitted focus verdict. A message with no
  /// words of its own serves nobody: the model's score for it (its intercept) is not shown.
  private func verdict(_ report: LintReport, path: String) -> String {
    if report.metrics.words == 0 {
      return "\(style.bold(path + ":")) focus n/a · no words of your own to judge\n"
    }
    let focus = report.focus
    let text = "focus \(focus.score)/100 \(focus.label)"
    let shown = focus.label == "reader" ? style.green(text) : focus.label == "sender" ? style.red(text) : style.yellow(text)
    // A draft in which no named feature fired (only the weights of everyday words, if any)
    // sits near the model's base, below the middle: it says nothing about the reader, which is
    // not the same as talking about yourself.
    let gloss = FocusFeature.nothingNamedFires(report.focusFeatures) ? "says nothing about the reader"
      : focus.label == "reader" ? "about the reader" : focus.label == "sender" ? "about you, not the reader"
      : "about both you and the reader"
    return "\(style.bold(path + ":")) \(shown) · \(gloss)\n"
  }

  /// The focus verdict as points per feature, largest first, with the words that fired each.
  private func focusExplanation(_ report: LintReport) -> String {
    let focus = report.focus
    var out = "  focus \(focus.score) = \(Self.decimal(focus.base)) for a draft in which no feature fires, "
      + "then points per feature:\n"
    let shown = focus.points.filter { abs($0.points) >= 0.05 }
    for point in shown {
      let sign = point.points < 0 ? "−" : "+"
      let points = String(format: "%.1f", abs(point.points))
      var line = "    \(sign)\(points) \(style.bold(point.feature)) \(String(format: "%.2f", point.value))"
      if !point.words.isEmpty {
        let words = point.words.prefix(6).map { "\"\($0.count > 40 ? String($0.prefix(39)) + "…" : $0)\"" }
        line += ": " + words.joined(separator: ", ") + (point.words.count > 6 ? ", …" : "")
      }
      out += line + "\n"
    }
    if shown.count < focus.points.count {
      out += "    (\(focus.points.count - shown.count) features moved it by less than 0.05)\n"
    }
    return out
  }

  private func summary(_ report: LintReport, path: String) -> String {
    let m = report.metrics
    let total = report.score.total
    let scoreText = "\(total)/100"
    let shown = report.score.isBelow(failUnder) ? style.red(scoreText) : total >= 70 ? style.green(scoreText) : style.yellow(scoreText)
    var out = "\(style.bold(path + ":")) score \(shown)"
    if report.score.cap == total { out += " (capped for length: \(m.words) words, limit \(report.profile.maximumWords))" }
    if failUnder > 0 { out += report.score.isBelow(failUnder) ? " (under --fail-under \(failUnder))" : " (passes --fail-under \(failUnder))" }
    out += " · \(report.profile.name) · \(m.words) words"
    let counts = Dictionary(grouping: report.findings, by: \.severity).mapValues(\.count)
    let parts = [Severity.error, .warning, .suggestion].compactMap { level in
      counts[level].map { "\($0) \(level.rawValue)\($0 == 1 ? "" : "s")" }
    }
    out += parts.isEmpty ? " · no findings\n" : " · " + parts.joined(separator: ", ") + "\n"
    let share = m.readerShare ?? 0.5
    let filled = Int((share * 10).rounded())
    let bar = style.green(String(repeating: "█", count: filled)) + style.red(String(repeating: "░", count: 10 - filled))
    // The you/I/we word share, labelled apart from the focus verdict printed first.
    if let percent = m.readerShare.map({ "\(Int(($0 * 100).rounded()))%" }) {
      out += "  focus words: reader \(bar) sender · reader \(percent) of \(m.readerWords + m.selfWords) · "
    } else {
      out += "  focus words: none (no you, I or we) · "
    }
    out += "\(m.readerSentences) reader : \(m.selfSentences) sender sentences"
    out += m.opensWithSelf ? " · opens on I/We\n" : "\n"
    return out
  }

  /// `value` with one decimal, or none when it is whole: "40", "42.1".
  static func decimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : Self.tenths(tenths)
  }

  /// Tenths as a number with one decimal: 542 → "54.2".
  static func tenths(_ tenths: Int) -> String { "\(tenths / 10).\(tenths % 10)" }

  /// How many counted items `--explain` lists per score part.
  static let countedShown = 30

  private func explanation(_ report: LintReport) -> String {
    var out = focusExplanation(report)
    out += "  config: \(configPath ?? "none (defaults)")\n"
    out += "  score = Σ value × weight:\n"
    for part in report.score.parts {
      let points = Self.tenths(part.pointTenths)
      out += "    \(style.bold(part.name)) \(Self.decimal(part.value)) × \(Self.decimal(part.weight * 100))% = \(points)\n"
      out += "      \(part.formula)\n"
      if !part.counted.isEmpty {
        // A long draft counts hundreds of words: the first few say what was counted
        // (`--format json` lists them all).
        let shown = part.counted.prefix(Self.countedShown).joined(separator: "; ")
        let more = part.counted.count - Self.countedShown
        out += "      counted: \(shown)\(more > 0 ? "; … and \(more) more" : "")\n"
      }
    }
    if report.metrics.words == 0 {
      out += "    total = 0: an empty message scores 0\n"
    } else {
      let tenths = report.score.parts.map(\.pointTenths)
      let terms = tenths.map(Self.tenths).joined(separator: " + ")
      let sum = tenths.reduce(0, +)
      if let cap = report.score.cap {
        out += "    total = \(terms) = \(Self.tenths(sum)) → \((sum + 5) / 10)\n"
        let limit = report.profile.maximumWords
        out += "    capped at \(cap): \(report.metrics.words) words, past the \(report.profile.name) limit of \(limit); "
        out += "at most 100 × \(limit)/\(report.metrics.words) → \(report.score.total)\n"
      } else {
        out += "    total = \(terms) = \(Self.tenths(sum)) → \(report.score.total)\n"
      }
    }
    if !report.sentenceFocus.isEmpty {
      out += "  sentences:\n"
      for (sentence, focus) in report.sentenceFocus {
        // One line per sentence, even when the draft wraps it.
        let text = sentence.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
          .joined(separator: " ")
        out += "    [\(focus)] \(text.count > 70 ? String(text.prefix(69)) + "…" : text)\n"
      }
    }
    return out
  }
}
