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
    ("many list items", "- we help\n"),
    ("CRLF lines", "we help you\r\n"),
    ("combining marks", "y\u{0E31}\u{0E31} ou "),
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

  /// The fastest of `runs` lints of `text`, in seconds of this thread's CPU time.
  static func time(_ engine: LintEngine, _ text: String, runs: Int = 3) -> Double {
    let bytes = Array(text.utf8)
    var best = Double.infinity
    for _ in 0..<runs {
      let start = threadCPUTime()
      let report = engine.lint(bytes: bytes)
      let seconds = threadCPUTime() - start
      #expect(report.score.total >= 0)
      best = min(best, seconds)
    }
    return best
  }

  @Test("doubling the input at most triples the time", arguments: patterns.indices)
  func doublingAtMostTriples(_ index: Int) {
    let (name, unit) = Self.patterns[index]
    let engine = LintEngine()
    let size = 128 * 1024
    _ = Self.time(engine, Self.input(unit, bytes: 4096), runs: 1)  // warm up
    let single = Self.time(engine, Self.input(unit, bytes: size))
    let double = Self.time(engine, Self.input(unit, bytes: 2 * size))
    let ratio = double / max(single, 1e-6)
    #expect(ratio <= 3, "\(name): \(size) bytes took \(single) s, \(2 * size) took \(double) s (×\(ratio))")
  }
}
