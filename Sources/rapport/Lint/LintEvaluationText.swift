import Foundation
import RapportCore

/// The lint section of `rapport eval`.
enum LintEvaluationText {
  /// Per feature and set: its AUC on its own (above 0.5: higher in customer-focused messages)
  /// and the share of messages where it is not zero.
  static func features(_ sets: [(name: String, items: [LintEvaluation.Scored])]) -> String {
    var out = "feature AUC on its own (share of messages where it fires):\n"
    out += "  " + "feature".padding(toLength: 20, withPad: " ", startingAt: 0)
      + sets.map { $0.name.padding(toLength: 18, withPad: " ", startingAt: 0) }.joined() + "\n"
    let separations = sets.map { LintEvaluation.featureSeparation($0.items) }
    for (index, feature) in FocusFeature.allCases.enumerated() {
      var line = "  " + feature.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
      for separation in separations.map({ $0[index] }) {
        line += "\(String(format: "%.3f", separation.auc)) (\(String(format: "%3.0f", 100 * separation.firing))%)".padding(
          toLength: 18, withPad: " ", startingAt: 0)
      }
      out += line + "\n"
    }
    return out
  }

  /// The messages in the wrong third, by genre, with their score, the We-We ratio and the
  /// start of the text.
  static func mistakes(_ items: [LintEvaluation.Scored], scores: [Int]?, outOfFold: Bool) -> String {
    let wrong = LintEvaluation.mistakes(items, scores: scores)
    let which = outOfFold ? "out-of-fold" : "shipped model"
    var out = "  in the wrong third (\(which) score): \(wrong.count) of \(items.count)\n"
    var genre: String?
    for (item, score) in wrong {
      let message = item.message
      if message.genre != genre || genre == nil {
        genre = message.genre ?? "-"
        out += "    \(genre!)\n"
      }
      var text = message.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if text.count > 90 { text = String(text.prefix(89)) + "…" }
      out += "      \(message.customerFocused ? "customer" : "self    ") \(String(format: "%3d", score))  "
        + "We-We \(String(format: "%.2f", item.weWe))\(message.noise ? "  noise" : "")  \(message.id): \(text)\n"
    }
    return out
  }

  static func render(_ f: LintEvaluation.Figures) -> String {
    func n(_ value: Double) -> String { String(format: "%.3f", value) }
    func share(_ wins: LintEvaluation.Figures.Wins) -> String {
      wins.of == 0 ? "no pairs" : "\(wins.won)/\(wins.of) (\(String(format: "%.0f", 100 * Double(wins.won) / Double(wins.of)))%)"
    }
    var out = "\(f.name): \(f.messages) messages (\(f.customer) customer, \(f.selfFocused) self"
    out += f.noise > 0 ? ", \(f.noise) flagged noise)\n" : ")\n"
    out += "  ROC AUC   focus \(n(f.focusAUC))   total \(n(f.totalAUC))   We-We ratio (floor) \(n(f.weWeAUC))\n"
    var bands: [String] = []
    if let short = f.focusAUCShort { bands.append("under 50 words \(n(short))") }
    if let long = f.focusAUCLong { bands.append("50+ words \(n(long))") }
    if let clean = f.focusAUCWithoutNoise {
      bands.append("without noise \(n(clean))" + (f.weWeAUCWithoutNoise.map { " (We-We \(n($0)))" } ?? ""))
    }
    if !bands.isEmpty { out += "  focus AUC by band: " + bands.joined(separator: ", ") + "\n" }
    out += "  pairs     rewrite higher: focus \(share(f.focusPairs))"
      + (f.focusPairsWithoutNoise.map { " (without noise \(share($0)))" } ?? "") + ", total \(share(f.totalPairs))\n"
    out += "  spread    worst tenth \(String(format: "%.1f", f.worstDecile)), best tenth "
      + "\(String(format: "%.1f", f.bestDecile)); self-focused mean \(String(format: "%.1f", f.selfMean)), "
      + "median \(String(format: "%.1f", f.selfMedian)), \(f.selfBottomThird)/\(f.selfFocused) in the bottom third (≤ 33)\n"
    out += "  labels    " + f.labels.map { "\($0.label): \($0.customer) customer, \($0.selfFocused) self" }
      .joined(separator: " · ") + "\n"
    if !f.genres.isEmpty {
      out += "  by genre  focus AUC / We-We AUC (items): "
        + f.genres.map { "\($0.genre) \(n($0.focusAUC))/\(n($0.weWeAUC)) (\($0.items))" }.joined(separator: ", ") + "\n"
    }
    if let cv = f.crossValidation {
      out += "  cross-validated (grouped \(cv.folds)-fold, refitted per fold): AUC \(n(cv.mean)) ± \(n(cv.deviation)) "
        + "over \(cv.foldAUCs.count) folds [\(cv.foldAUCs.map(n).joined(separator: " "))], pooled \(n(cv.pooledAUC))"
        + (cv.pooledAUCWithoutNoise.map { ", without noise \(n($0))" } ?? "") + "; rewrite higher \(share(cv.pairs))"
        + (cv.pairsWithoutNoise.map { " (without noise \(share($0)))" } ?? "") + "\n"
      out += "    out of fold, placed at \(String(format: "%+.2f", cv.placement)): self-focused median "
        + "\(String(format: "%.1f", cv.selfMedian)), \(cv.selfBottomThird)/\(f.selfFocused) in the bottom third (≤ 33); "
        + "customer-focused median \(String(format: "%.1f", cv.customerMedian)), "
        + "\(cv.customerAboveMiddle)/\(f.customer) above the middle (> 50)\n"
    }
    return out
  }
}
