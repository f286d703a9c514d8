import Foundation

extension LadderDecision {
  /// The cues `/why` lists: those that moved the logit by at least 0.05 (what shows as 0.1 or
  /// more), largest first. A cue whose weight is about zero fired but decided nothing; it is
  /// folded into the baseline instead of being shown as "−0.0".
  public var shownPoints: [Point] {
    points.filter { abs($0.points) >= 0.05 }
  }

  /// "dig (0.23): baseline −1.4, +0.9 its length ('25 words')": the verdict, the baseline (the
  /// intercept, the absent cues and any cue that moved nothing) and up to five cues that
  /// moved it; they add up to the logit, to rounding.
  public var explanation: String {
    let shown = Array(shownPoints.prefix(5))
    let hidden = points.filter { abs($0.points) < 0.05 }.reduce(0) { $0 + $1.points }
    let listed = ["baseline " + Self.signed(baseline + hidden)] + shown.map { point in
      let words = point.words.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
      return Self.signed(point.points) + " " + point.feature.label + (words.isEmpty ? "" : " (\(words))")
    }
    let verdict = stops ? "stop" : "dig"
    return "\(verdict) (\(String(format: "%.2f", probability))): " + listed.joined(separator: ", ")
  }

  /// "+0.9", "−1.4" (a true minus sign), never "−0.0".
  static func signed(_ value: Double) -> String {
    let magnitude = String(format: "%.1f", abs(value))
    return (value < 0 && magnitude != "0.0" ? "\u{2212}" : "+") + magnitude
  }
}
