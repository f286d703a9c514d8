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

  init(reader: LineReader, style: Style, paths: Paths) {
    self.reader = reader
    self.style = style
    self.paths = paths
  }

  /// The quote book, read once (for completion of topics).
  lazy var quoteBook: QuoteBook = QuoteBook.load(bundled: bundledFiles(in: "quotes"), paths: paths)
}
