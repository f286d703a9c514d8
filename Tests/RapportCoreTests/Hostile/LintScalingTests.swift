import Foundation
import Testing

@testable import RapportCore

/// Linting stays linear on inputs built to make it rescan: one long sentence, one long
/// run of non-space bytes, many lines. Each case lints a generated input and one twice its
/// size in the same run, and fails when doubling the input more than triples the time.
@Suite("Lint scales linearly", .serialized)
struct LintScalingTests {
  /// Patterns repeated to the size under test, and what each once made slow.
  static let patterns: [(name: String, unit: String)] = [
    ("one sentence of 'our platform, '", "our platform, "),
    ("one run-on sentence of prose", "we help your team see renewals because our tool and you "),
    ("one run of 'a.' (a URL that never ends)", "a."),
    ("one run of 'ab/'", "ab/"),
    ("one run of 'a@'", "a@"),
    ("one run of 'a:'", "a:"),
    ("many questions", "Can you? "),
    ("one sentence of requests to the reader", "please send us the form, could you forward it to "),
    ("many list items", "- we help\n"),
    ("CRLF lines", "we help you\r\n"),
    ("combining marks", "y\u{0E31}\u{0E31} ou "),
    // Each meeting request's suggestion is worded from the draft: once a draft, not once a request.
    ("many meeting requests", "Do you have 15 minutes this week? "),
  ]

  static func input(_ unit: String, bytes: Int) -> String {
    String(repeating: unit, count: max(1, bytes / unit.utf8.count))
  }

  /// CPU time of the calling thread, in seconds: other tests and other processes on the
  /// machine do not count, as they would in wall-clock time.
  static func threadCPUTime() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// One lint of `bytes`, in seconds of this thread's CPU time.
  static func time(_ engine: LintEngine, _ bytes: [UInt8]) -> Double {
    let start = threadCPUTime()
    let report = engine.lint(bytes: bytes)
    let seconds = threadCPUTime() - start
    #expect(report.score.total >= 0)
    return seconds
  }

  @Test("doubling the input at most triples the time", arguments: patterns.indices)
  func doublingAtMostTriples(_ index: Int) {
    let (name, unit) = Self.patterns[index]
    let engine = LintEngine()
    let size = 64 * 1024
    _ = Self.time(engine, Array(Self.input(unit, bytes: 4096).utf8))  // warm up
    let small = Array(Self.input(unit, bytes: size).utf8)
    let large = Array(Self.input(unit, bytes: 2 * size).utf8)
    // The fastest of five, taken in turns, so that a busy machine (other tests run at the
    // same time) slows both sizes alike, even in CPU time (caches, frequency).
    var single = Double.infinity
    var double = Double.infinity
    for _ in 0..<5 {
      single = min(single, Self.time(engine, small))
      double = min(double, Self.time(engine, large))
    }
    let ratio = double / max(single, 1e-6)
    #expect(ratio <= 3, "\(name): \(size) bytes took \(single) s, \(2 * size) took \(double) s (×\(ratio))")
  }
}
