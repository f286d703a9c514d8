import ArgumentParser
import Dispatch
import RapportCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Runs lint over inputs and prints the results; shared by `rapport lint` and the shell.
struct LintRunner {
  /// A file path (or `-` for stdin), or text given directly (the shell).
  struct Input {
    var path: String
    var text: String?
  }

  /// What happened to one input.
  enum Outcome {
    case linted(path: String, report: LintReport, warnings: [String])
    case failed(path: String, message: String)
  }

  let options: LintSettings
  private(set) var engine: LintEngine
  /// The configuration file in use (named by `--explain` and in the JSON); nil for defaults.
  let configPath: String?
  let style: Style
  /// In the shell: offer a discovery question after a focus finding.
  var offersQuestions = false

  init(options: LintSettings, environment: [String: String], directory: String) throws {
    self.options = options
    let search = try LintConfigFile.locate(
      explicit: options.config, directory: directory, paths: Paths(environment: environment))
    for note in search.ignored { Terminal.printWarning(note) }
    let file = try search.path.map(LintConfigFile.load)
    configPath = file?.path
    var configuration = LintConfiguration(
      file: file, profile: options.profile.flatMap(Profile.named), selfNames: options.selfNames,
      customerNames: options.customerNames)
    configuration.explains = options.explain || options.format == .json
    // JSON shows the focus verdict's points per feature only with --explain.
    configuration.explainsFocus = options.explain
    engine = LintEngine(configuration: configuration)
    style = Style(mode: options.format == .text ? options.color : .never)
  }

  /// The same runner with an engine that shares no storage with this one: a copy of its
  /// tables (about 0.24M instructions, where compiling again took about 2.6M).
  private func withOwnEngine() -> LintRunner {
    var copy = self
    copy.engine = engine.unshared()
    return copy
  }

  static func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// What one input produced: its report (text, lines or a JSON object), messages for
  /// stderr, status, and for JSON an input that could not be linted.
  private struct FileResult {
    var output: [UInt8] = []
    /// For JSON: the file's object, still in its writer (copied once, when printed).
    var json: JSONWriter?
    var errors: [(message: String, isError: Bool)] = []
    var status: Int32 = 0
    var jsonError: (path: String, message: String)?
  }

  /// Lints every input, prints the results in input order, and returns the exit status for
  /// all of them. Many inputs are linted on every core, in chunks, then printed in order.
  func run(_ inputs: [Input]) -> Int32 {
    var status: Int32 = 0
    var out = LintOutputBuffer()
    // JSON is streamed: each file's object is written as soon as it is ready, and only the
    // input errors wait for the end of the document.
    let json = options.format == .json
    var jsonErrors: [(path: String, message: String)] = []
    var wroteFiles = false
    if json { out.append(LintJSONOutput.head(config: configPath)) }
    var text = LintTextOutput(style: style, explain: options.explain, failUnder: options.failUnder)
    text.configPath = configPath
    if options.format == .text, let columns = Terminal.columns() {
      text.window = LintTextOutput.window(columns: columns)
      text.columns = columns
    }
    let output = text
    func emit(_ result: FileResult) {
      if !result.errors.isEmpty {
        out.flush()
        for error in result.errors {
          if error.isError { Terminal.printError(error.message) } else { Terminal.printWarning(error.message) }
        }
      }
      status = max(status, result.status)
      if let object = result.json {
        out.append(object, after: LintJSONOutput.separator(first: !wroteFiles))
        wroteFiles = true
      }
      out.append(result.output)
      if let error = result.jsonError { jsonErrors.append(error) }
      out.flushIfLarge()
    }
    let workers = min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    if workers > 1 && inputs.count >= 64 && !inputs.contains(where: { $0.path == "-" }) {
      // Small chunks: fewer files' results (their JSON objects most of all) wait in memory
      // for the chunk's end, so the memory is reused and not faulted in again (JSON over
      // 1,000 files: 2,570 -> 1,730 page faults with 64 instead of 256).
      let chunk = 64
      // One engine per worker: sharing one made the cores fight over the reference counts
      // of the same tables (2 workers ran slower than 1). Each worker compiles its own in
      // its first chunk, while the others already lint, instead of all before the first file.
      var runners = [LintRunner?](repeating: nil, count: workers)
      runners[0] = self
      // Each worker's JSON pieces per rule, kept from chunk to chunk; like its runner, each
      // is used only by the worker with its index.
      nonisolated(unsafe) let jsonPieces = (0..<workers).map { _ in LintJSONFindings() }
      // Workers take the next file from a shared counter, so one that starts late (compiling
      // its engine) or gets long files does not leave the others waiting at the chunk's end.
      nonisolated(unsafe) let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
      pthread_mutex_init(lock, nil)
      defer {
        pthread_mutex_destroy(lock)
        lock.deallocate()
      }
      runners.withUnsafeMutableBufferPointer { runnerBuffer in
        nonisolated(unsafe) let ownRunners = runnerBuffer
        for start in stride(from: 0, to: inputs.count, by: chunk) {
          let slice = Array(inputs[start..<min(start + chunk, inputs.count)])
          var results = [FileResult](repeating: FileResult(), count: slice.count)
          var next = 0
          results.withUnsafeMutableBufferPointer { buffer in
            withUnsafeMutablePointer(to: &next) { counter in
              nonisolated(unsafe) let shared = buffer
              nonisolated(unsafe) let nextIndex = counter
              // Each iteration index is one worker's alone within a call, so its runner is too.
              DispatchQueue.concurrentPerform(iterations: workers) { worker in
                if ownRunners[worker] == nil { ownRunners[worker] = self.withOwnEngine() }
                let runner = ownRunners[worker]!
                let findings = jsonPieces[worker]
                while true {
                  pthread_mutex_lock(lock)
                  let index = nextIndex.pointee
                  nextIndex.pointee += 1
                  pthread_mutex_unlock(lock)
                  guard index < slice.count else { break }
                  shared[index] = runner.process(slice[index], output, findings)
                }
              }
            }
          }
          for result in results { emit(result) }
        }
      }
    } else {
      let findings = LintJSONFindings()
      for input in inputs { emit(process(input, output, findings)) }
    }
    if json {
      out.append(LintJSONOutput.tail(wroteFiles: wroteFiles, errors: jsonErrors, status: status))
    }
    out.flush()
    Terminal.flush()
    return status
  }

  /// `findings` is the calling thread's own cache of JSON pieces.
  private func process(_ input: Input, _ output: LintTextOutput, _ findings: LintJSONFindings) -> FileResult {
    var result = FileResult()
    switch lint(input) {
    case .failed(let path, let message):
      result.errors.append(("\(path.isEmpty ? "''" : display(path)): \(message)", true))
      result.status = 2
      if options.format == .json { result.jsonError = (display(path), message) }
    case .linted(let path, let report, let warnings):
      for warning in warnings { result.errors.append(("\(display(path)): \(warning)", false)) }
      for unknown in report.unknownSuppressions where unknown.rule.isEmpty {
        result.errors.append(("\(display(path)):\(unknown.line): names no rule to ignore; add a RULE-ID or all.", false))
      }
      for unknown in report.unknownSuppressions where !unknown.rule.isEmpty {
        let hint = RulesCommand.hint(for: unknown.rule)
        result.errors.append(("\(display(path)):\(unknown.line): no rule '\(Suggestion.echo(unknown.rule))' to ignore.\(hint)", false))
      }
      if !report.passes(failUnder: options.failUnder) { result.status = 1 }
      switch options.format {
      case .text:
        output.render(report, path: display(path), into: &result.output)
        if offersQuestions, report.findings.contains(where: { $0.ruleID.hasPrefix("focus.") }) {
          let question = FocusQuestions.pick(for: report.lines.joined(separator: "\n"))
          result.output.append(contentsOf: (style.cyan("Ask them instead:") + " \(question)\n").utf8)
        }
      case .line:
        output.lines(report, path: display(path), into: &result.output)
      case .json:
        result.json = LintJSONOutput.file(
          report, path: display(path), warnings: warnings, failUnder: options.failUnder, explain: options.explain,
          findings: findings)
      }
    }
    return result
  }

  private func display(_ path: String) -> String { path == "-" ? "<stdin>" : path }

  private func lint(_ input: Input) -> Outcome {
    if input.text == nil && input.path == "-" && Terminal.stdinIsTerminal {
      // Otherwise `rapport lint` with no file looks like it hangs.
      Terminal.printWarning("Reading a draft from standard input; paste it, then press Ctrl-D.")
    }
    let prepared: LintInput.Prepared
    do {
      if let text = input.text {
        prepared = try LintInput.read(text: text, limit: options.maxBytes)
      } else {
        prepared = try LintInput.read(path: input.path, limit: options.maxBytes)
      }
    } catch { return .failed(path: input.path, message: error.description) }
    return .linted(path: input.path, report: engine.lint(bytes: prepared.bytes), warnings: prepared.warnings)
  }
}
