@preconcurrency import CEditShim
@preconcurrency import CLibEdit

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// A line reader on libedit: emacs keys, `~/.editrc`, history with Up/Down and Ctrl-R,
/// Tab completion, Ctrl-C to discard a line, bracketed paste, UTF-8.
///
/// libedit keeps process-wide state for signals, so one instance at a time is supported;
/// it must be used from one thread.
public final class EditLineReader: LineReader {
  public let isInteractive = true

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  private var historyDirty = false
  /// The history, oldest first, mirrored here so duplicates can be collapsed.
  private var entries: [String] = []
  /// What was on the line when Ctrl-C discarded it (nil after any other input), so a
  /// caller can keep it.
  public private(set) var interruptedText: String?
  /// Text to place on the next line before the person types (to edit or carry on).
  private var pendingText: String?

  /// Puts `text` on the next line read, as if typed, so the person can edit it.
  public func prefill(_ text: String) {
    pendingText = String(text.map { $0 == "\n" ? " " : $0 })
  }

  /// Opens libedit on the process's terminal.
  /// - Parameters:
  ///   - historyPath: where history is loaded from and saved to (mode 0600); nil for none.
  public init?(historyPath: String?) {
    guard let el = shim_el_init_stdio("rapport"), let hist = shim_history_init() else { return nil }
    editLine = el
    history = hist
    self.historyPath = historyPath
    EditLineState.shared.reader = self

    shim_history_setsize(hist, Int32(HistoryPolicy.capacity))
    shim_history_setunique(hist, 1)
    shim_el_set_hist(el, hist)
    shim_el_set_editor(el, "emacs")
    // libedit handles window size changes and resumes; Ctrl-C/Ctrl-Z become keys.
    shim_el_set_signal(el, 1)
    shim_el_settty(el, "-d", "-isig")
    shim_el_set_prompt_esc(el, EditLineState.promptCallback, 1)
    shim_el_addfn(el, "rapport-cancel", "Discard the line", EditLineState.cancelKey)
    shim_el_addfn(el, "rapport-complete", "Complete the word", EditLineState.completeKey)
    shim_el_addfn(el, "rapport-suspend", "Suspend rapport", EditLineState.suspendKey)
    shim_el_addfn(el, "rapport-paste", "Bracketed paste", EditLineState.pasteKey)
    shim_el_bind(el, "^C", "rapport-cancel")
    shim_el_bind(el, "^I", "rapport-complete")
    shim_el_bind(el, "^Z", "rapport-suspend")
    shim_el_bind(el, "^R", "em-inc-search-prev")
    shim_el_bind(el, "\\e[200~", "rapport-paste")
    // The person's ~/.editrc (or $EDITRC) comes last so it can override any of this.
    el_source(el, nil)
    if let historyPath, shim_history_load(hist, historyPath) > 0 { entries = HistoryFile.entries(of: hist) }
    EditLineState.installInterruptHandler()
  }

  deinit {
    saveHistory()
    EditLineState.shared.reader = nil
    el_end(editLine)
    history_end(history)
  }

  public func readLine(prompt: String, completer: Completer?) -> LineInput {
    let state = EditLineState.shared
    state.setPrompt(prompt)
    state.completer = completer
    state.cancelled = false
    state.pasted = nil
    fputs("\u{1b}[?2004h", stdout)
    fflush(stdout)
    if let pendingText {
      el_push(editLine, pendingText)
      self.pendingText = nil
    }
    var count: Int32 = 0
    let raw = el_gets(editLine, &count)
    fputs("\u{1b}[?2004l", stdout)
    fflush(stdout)
    guard let raw, count > 0 else {
      let interrupted = count < 0 && errno == EINTR
      // Ctrl-D on an empty line: libedit echoed ^D without a newline.
      fputs("\n", stdout)
      // A SIGINT that arrived before libedit switched the terminal to raw mode.
      return interrupted ? .interrupted : .endOfInput
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    interruptedText = nil
    if state.cancelled {
      if line.hasSuffix("^C") { line.removeLast(2) }
      interruptedText = line
      return .interrupted
    }
    if let pasted = state.pasted {
      return .paste(typed: state.typedBeforePaste, text: pasted)
    }
    return .line(line)
  }

  public func addToHistory(_ line: String) {
    guard let entry = HistoryPolicy.entry(for: line) else { return }
    // Saved after every line, as redis-cli does (a closed terminal loses nothing), to the
    // file as it is now, so lines another rapport shell saved meanwhile are kept (and can be
    // recalled here) instead of being overwritten by this shell's older copy. An earlier
    // copy of the same line moves to the end instead of staying twice.
    let collapsed: [String]
    if let historyPath {
      let added = HistoryFile.add(entry, to: historyPath, fallback: entries)
      collapsed = added.entries
      historyDirty = added.failure != nil
      if let failure = added.failure { warnOnce(failure) }
    } else {
      collapsed = HistoryPolicy.adding(entry, to: entries)
    }
    if collapsed == entries + [entry] {
      shim_history_enter(history, entry)
    } else {
      shim_history_clear(history)
      for text in collapsed { shim_history_enter(history, text) }
    }
    entries = collapsed
  }

  /// Called once with a sentence when the history cannot be saved (an unwritable folder);
  /// the shell shows it as a warning instead of losing history without a word.
  public var warn: (String) -> Void = { _ in }
  private var warnedAboutHistory = false

  public func saveHistory() {
    guard historyDirty, let historyPath else { return }
    if let reason = HistoryFile.save(history, to: historyPath) {
      warnOnce(reason)
    } else {
      historyDirty = false
    }
  }

  private func warnOnce(_ reason: String) {
    guard !warnedAboutHistory, let historyPath else { return }
    warnedAboutHistory = true
    warn("Cannot save the shell history to \(historyPath) (\(reason)); lines typed now are not kept.")
  }

  // MARK: - Key functions (called by libedit on this thread)

  func cancelLine() -> UInt8 {
    EditLineState.shared.cancelled = true
    el_cursor(editLine, Int32.max / 2)
    el_insertstr(editLine, "^C")
    el_push(editLine, "\n")
    return UInt8(CC_REFRESH)
  }

  func complete() -> UInt8 {
    guard let completer = EditLineState.shared.completer, let info = el_line(editLine) else {
      return UInt8(CC_ERROR)
    }
    let before = String(
      decoding: UnsafeRawBufferPointer(
        start: info.pointee.buffer, count: info.pointee.cursor - info.pointee.buffer), as: UTF8.self)
    let word = String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    let candidates = completer(before).filter { $0.hasPrefix(word) }
    switch Completion.decide(word: word, candidates: candidates) {
    case .none:
      return UInt8(CC_ERROR)
    case .insert(let text):
      el_insertstr(editLine, text)
      return UInt8(CC_REFRESH)
    case .list(let names):
      fputs("\n" + Completion.columns(names, width: terminalWidth()) + "\n", stdout)
      return UInt8(CC_REDISPLAY)
    }
  }

  func suspend() -> UInt8 {
    kill(getpid(), SIGTSTP)
    return UInt8(CC_REDISPLAY)
  }

  func readPaste() -> UInt8 {
    let state = EditLineState.shared
    var scalars = String.UnicodeScalarView()
    let end = Array("\u{1b}[201~".unicodeScalars)
    while true {
      let c = shim_el_wgetc(editLine)
      if c < 0 { break }
      guard let scalar = Unicode.Scalar(UInt32(c)) else { continue }
      scalars.append(scalar == "\r" ? "\n" : scalar)
      if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
        scalars.removeLast(end.count)
        break
      }
    }
    let text = String(scalars)
    if !text.contains("\n") {
      // A one-line paste is just typing.
      el_insertstr(editLine, text)
      return UInt8(CC_REFRESH)
    }
    if let info = el_line(editLine) {
      state.typedBeforePaste = String(
        decoding: UnsafeRawBufferPointer(
          start: info.pointee.buffer, count: info.pointee.lastchar - info.pointee.buffer),
        as: UTF8.self)
    }
    state.pasted = text.hasSuffix("\n") ? String(text.dropLast()) : text
    let lines = state.pasted!.split(separator: "\n", omittingEmptySubsequences: false).count
    el_cursor(editLine, Int32.max / 2)
    el_insertstr(editLine, " [pasted \(lines) lines]")
    el_push(editLine, "\n")
    return UInt8(CC_REFRESH)
  }

  private func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }
}
