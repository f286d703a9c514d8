import LineEditor
import RapportCore
import RapportResources

/// What shell commands share: the reader, styling, paths, and data loaded on first use.
final class ShellContext {
  let reader: LineReader
  let style: Style
  let paths: Paths
  /// Set by `quit` to end the loop.
  var wantsExit = false
  /// True the first time the shell opens (no history yet): the greeting teaches.
  var firstRun = false

  init(reader: LineReader, style: Style, paths: Paths) {
    self.reader = reader
    self.style = style
    self.paths = paths
  }

  /// The quote book, read once (for completion of topics).
  lazy var quoteBook: QuoteBook = QuoteBook.load(bundled: bundledQuotes, paths: paths)

  /// Lines typed or pasted until one holding only "." or the end of input; nil when Ctrl-C
  /// cancels. Lines already typed are then set aside as the last draft, which `edit` opens,
  /// so an accidental Ctrl-C loses no pasted draft. `intro` is shown first on a terminal.
  func readText(prompt: String, intro: String, noun: String) -> String? {
    if reader.isInteractive { print(style.dim(intro)) }
    var lines: [String] = []
    while true {
      switch reader.readLine(prompt: prompt) {
      case .line(let line):
        if line == "." { return lines.joined(separator: "\n") }
        lines.append(line)
      case .paste(let typed, let text):
        lines.append(typed + text)
      case .endOfInput:
        return lines.joined(separator: "\n")
      case .interrupted:
        if lines.isEmpty {
          print(style.dim("(\(noun) discarded)"))
        } else {
          LintShell.setAside(lines.joined(separator: "\n"))
          print(style.dim("(\(noun) set aside: `edit` opens it to finish)"))
        }
        return nil
      }
    }
  }
}
