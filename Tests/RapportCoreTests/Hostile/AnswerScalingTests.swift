import Foundation
import Testing

@testable import RapportCore

/// Reading one long pasted answer stays linear: the why-ladder's gap patterns once copied the
/// rest of the answer for every head they met ("cost us … deals"), so a megabyte took most of a
/// minute. Each case reads an answer and one twice its size in the same run, and fails when
/// doubling the answer more than triples the time.
@Suite("Reading an answer scales linearly", .serialized)
struct AnswerScalingTests {
  /// Answers built from words that open the ladder's patterns again and again.
  static let units = [
    "it costs us a lot of time and we lose deals because ",
    "we had to let two of the installers go and it hurts our margins ",
    "the board is worried about churn every single quarter ",
  ]

  /// One reading of `answer`, in seconds of this thread's CPU time.
  static func time(_ answer: String) -> Double {
    let start = LintScalingTests.threadCPUTime()
    let reading = LadderReader().read(answer)
    let seconds = LintScalingTests.threadCPUTime() - start
    withExtendedLifetime(reading) {}
    return seconds
  }

  @Test("doubling the answer at most triples the time", arguments: units.indices)
  func doublingAtMostTriples(_ index: Int) {
    let unit = Self.units[index]
    let size = 16 * 1024
    let small = String(repeating: unit, count: size / unit.utf8.count)
    let large = String(repeating: unit, count: 2 * size / unit.utf8.count)
    _ = Self.time(String(repeating: unit, count: 20))  // warm up
    var single = Double.infinity
    var double = Double.infinity
    for _ in 0..<3 {
      single = min(single, Self.time(small))
      double = min(double, Self.time(large))
    }
    let ratio = double / max(single, 1e-6)
    #expect(ratio <= 3, "\(size) bytes took \(single) s, \(2 * size) took \(double) s (×\(ratio))")
  }
}
