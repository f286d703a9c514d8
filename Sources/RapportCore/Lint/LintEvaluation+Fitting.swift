import Foundation

/// Fitting the focus model and cross-validating it: the L2 penalty chosen by inner grouped
/// cross-validation, out-of-fold scores, the placement of the scale, and the fit that ships.
extension LintEvaluation {
  /// How much each item counts in a fit.
  public struct Weighting: Sendable {
    /// An item flagged `noise: yes` (its source judged it for something other than focus, so
    /// its label is a weak signal for the focus verdict).
    public var noise = 0.5
    /// Per set, in the order given (missing: 1).
    public var sets: [Double] = []

    public init(noise: Double = 0.5, sets: [Double] = []) {
      self.noise = noise
      self.sets = sets
    }

    func weight(of message: Message, inSet set: Int) -> Double {
      (message.noise ? noise : 1) * (set < sets.count ? sets[set] : 1)
    }
  }

  /// The L2 penalties cross-validation chooses from.
  public static let l2Grid: [Double] = [0.1, 0.3, 1, 3, 10, 30, 100]
  /// How many times `l2` the per-sentence cues (`FocusFeature.isCue`) are penalised, chosen by
  /// the same cross-validation as `l2`. The cues were added by reading the development sets'
  /// mistakes, so they look better there than on new pages; a larger factor leans on the
  /// pronoun counts and the word evidence instead, and cross-validated log loss prefers it.
  public static let cuePenaltyGrid: [Double] = [1, 3, 10, 30]
  /// The scales (multipliers of the fitted logit before the placement is added) the fit chooses
  /// from, by out-of-fold log loss on the real items their source judged for focus (`chooseScale`).
  public static let scaleGrid: [Double] = [1, 1.25, 1.5, 1.75, 2, 2.5, 3]

  /// The focus fit's penalty: `l2` on every feature, times `cue` on the per-sentence cues.
  public struct Penalty: Sendable, Equatable {
    public var l2: Double
    public var cue: Double

    /// One factor per feature (`FocusFeature.allCases` order) for `LogisticRegression.fit`.
    var factors: [Double] { FocusFeature.allCases.map { $0.isCue ? cue : 1 } }
  }

  /// Each feature's allowed direction in a fit (`FocusFeature.direction`).
  static let featureSigns = FocusFeature.allCases.map(\.direction)
  /// Each feature's neutral value (`FocusFeature.neutral`): the fit measures from it, with no
  /// intercept (the placement is added afterwards, `placement`).
  static let featureCenters = FocusFeature.allCases.map(\.neutral)

  /// The focus model fitted on `rows` with `penalty`.
  static func fitFocus(_ rows: [[Double]], labels: [Bool], weights: [Double], penalty: Penalty) -> LogisticRegression {
    LogisticRegression.fit(
      rows, labels: labels, weights: weights, l2: penalty.l2, signs: Self.featureSigns, centers: Self.featureCenters,
      penalties: penalty.factors)
  }

  /// The penalty (`l2Grid` × `cuePenaltyGrid`) with the lowest out-of-fold log loss (each class
  /// weighing half) over grouped folds of these rows (ties: the larger). Log loss rather than
  /// AUC: it also rewards probabilities that spread as far as the evidence allows. Also returns
  /// the out-of-fold logits at that penalty (no placement), from which `chooseScale` works.
  static func choosePenalty(
    _ rows: [[Double]], labels: [Bool], weights: [Double], groups: [String], k: Int
  ) -> (penalty: Penalty, logits: [Double]) {
    let folds = GroupedFolds.assign(groups: groups, k: k)
    var best = (
      loss: Double.infinity, penalty: Penalty(l2: l2Grid.last!, cue: cuePenaltyGrid.last!),
      logits: [Double](repeating: 0, count: rows.count))
    var positives = 1e-9
    var negatives = 1e-9
    for i in rows.indices { if labels[i] { positives += weights[i] } else { negatives += weights[i] } }
    for cue in cuePenaltyGrid {
      for l2 in l2Grid {
        let penalty = Penalty(l2: l2, cue: cue)
        var logits = [Double](repeating: 0, count: rows.count)
        for fold in 0..<k {
          let train = rows.indices.filter { folds[$0] != fold }
          let test = rows.indices.filter { folds[$0] == fold }
          guard !test.isEmpty else { continue }
          let model = fitFocus(
            train.map { rows[$0] }, labels: train.map { labels[$0] }, weights: train.map { weights[$0] },
            penalty: penalty)
          for i in test { logits[i] = model.logit(rows[i]) }
        }
        var loss = 0.0
        for i in rows.indices {
          let p = min(max(FocusModel.sigmoid(logits[i]), 1e-12), 1 - 1e-12)
          loss -= weights[i] * (labels[i] ? log(p) / positives : log(1 - p) / negatives)
        }
        if loss <= best.loss { best = (loss, penalty, logits) }
      }
    }
    return (best.penalty, best.logits)
  }

  /// The scale (`scaleGrid`) that gives the lowest class-balanced log loss of σ(scale × logit +
  /// shift) over the items marked in `counted` (ties: the smaller). The fit's out-of-fold logits
  /// come from a model held back by its L2 penalty and trained on noise-flagged items too, so on
  /// the items judged for focus they are less sure than the evidence allows; a larger scale
  /// spreads them (drafts about the sender further down, drafts about the reader further up)
  /// without changing their order. No items counted: 1.
  static func chooseScale(logits: [Double], labels: [Bool], counted: [Bool], shift: Double) -> Double {
    var positives = 0.0
    var negatives = 0.0
    for i in logits.indices where counted[i] { if labels[i] { positives += 1 } else { negatives += 1 } }
    guard positives > 0, negatives > 0 else { return 1 }
    var best = (loss: Double.infinity, scale: 1.0)
    for scale in scaleGrid {
      var loss = 0.0
      for i in logits.indices where counted[i] {
        let p = min(max(FocusModel.sigmoid(scale * logits[i] + shift), 1e-12), 1 - 1e-12)
        loss -= labels[i] ? log(p) / positives : log(1 - p) / negatives
      }
      if loss < best.loss - 1e-12 { best = (loss, scale) }
    }
    return best.scale
  }

  /// Where the 0–100 scale puts a verdict: the model's intercept, the class-balanced log-odds
  /// that a draft in which no named feature fires (every feature at its neutral value but the
  /// word evidence) is customer-focused, over `items`, with one draft of each class added so
  /// that a handful cannot push it far: ln(((c + 1) ÷ (C + 1)) ÷ ((s + 1) ÷ (S + 1))), where c
  /// and s count the customer- and self-focused drafts in which nothing named fires and C and S
  /// all of each. On real text such drafts are mostly self-focused, so it is below 0 and a
  /// draft that never turns to the reader scores below the middle. AUC and pairs do not depend
  /// on it; where scores land does.
  public static func placement(_ items: [Scored]) -> Double {
    placement(rows: items.map(\.features), labels: items.map(\.message.customerFocused))
  }

  /// `placement` over feature rows and their labels (customer-focused: true).
  static func placement(rows: [[Double]], labels: [Bool]) -> Double {
    var silent = (customer: 0, selfFocused: 0)
    var all = (customer: 0, selfFocused: 0)
    for (row, customerFocused) in zip(rows, labels) {
      let quiet = FocusFeature.nothingNamedFires(row)
      if customerFocused {
        all.customer += 1
        if quiet { silent.customer += 1 }
      } else {
        all.selfFocused += 1
        if quiet { silent.selfFocused += 1 }
      }
    }
    let customerRate = Double(silent.customer + 1) / Double(all.customer + 1)
    let selfRate = Double(silent.selfFocused + 1) / Double(all.selfFocused + 1)
    return log(customerRate / selfRate)
  }

  /// Grouped k-fold out-of-fold logits (no placement): each fold's model is fitted, with its
  /// penalty chosen by an inner grouped cross-validation, on the other folds, then scores the
  /// fold; its logits are multiplied by the scale that inner cross-validation chooses
  /// (`chooseScale` over the training part's items marked `calibrating`, with the placement of
  /// those marked `placed`), as `fitFocusModel` does.
  static func outOfFoldLogits(
    _ rows: [[Double]], labels: [Bool], weights: [Double], groups: [String], k: Int,
    placed: [Bool], calibrating: [Bool]
  ) -> (logits: [Double], folds: [Int]) {
    let folds = GroupedFolds.assign(groups: groups, k: k)
    var logits = [Double](repeating: 0, count: rows.count)
    for fold in 0..<k {
      let train = rows.indices.filter { folds[$0] != fold }
      let test = rows.indices.filter { folds[$0] == fold }
      guard !test.isEmpty else { continue }
      let trainRows = train.map { rows[$0] }
      let trainLabels = train.map { labels[$0] }
      let trainWeights = train.map { weights[$0] }
      let (penalty, inner) = choosePenalty(
        trainRows, labels: trainLabels, weights: trainWeights, groups: train.map { groups[$0] }, k: k)
      let model = fitFocus(trainRows, labels: trainLabels, weights: trainWeights, penalty: penalty)
      let placedRows = train.filter { placed[$0] }
      let shift = placement(rows: placedRows.map { rows[$0] }, labels: placedRows.map { labels[$0] })
      let scale = chooseScale(
        logits: inner, labels: trainLabels, counted: train.map { calibrating[$0] }, shift: shift)
      for i in test { logits[i] = scale * model.logit(rows[i]) }
    }
    return (logits, folds)
  }

  /// Grouped k-fold cross-validation over several sets fitted together: each fold's model is
  /// fitted (with its penalty chosen by an inner grouped cross-validation) on the other folds of
  /// every set, then scores the held-out items, shifted by `placement` (default: the shipped
  /// model's). Returns one result per set.
  public static func crossValidate(
    _ sets: [[Scored]], k: Int = 5, weighting: Weighting = Weighting(),
    placement: Double = FocusModel.shipped.intercept
  ) -> [CrossValidation] {
    var rows: [[Double]] = []
    var labels: [Bool] = []
    var weights: [Double] = []
    var noise: [Bool] = []
    var groups: [String] = []
    var setOf: [Int] = []
    for (index, items) in sets.enumerated() {
      for item in items {
        rows.append(item.features)
        labels.append(item.message.customerFocused)
        weights.append(weighting.weight(of: item.message, inSet: index))
        noise.append(item.message.noise)
        groups.append("\(index):\(item.message.group)")
        setOf.append(index)
      }
    }
    let last = sets.count - 1
    let (logits, folds) = outOfFoldLogits(
      rows, labels: labels, weights: weights, groups: groups, k: k, placed: setOf.map { $0 == last },
      calibrating: rows.indices.map { setOf[$0] == last && !noise[$0] })
    let probability = logits.map { FocusModel.sigmoid($0 + placement) }
    return sets.indices.map { set in
      let mine = rows.indices.filter { setOf[$0] == set }
      var foldAUCs: [Double] = []
      for fold in 0..<k {
        let inFold = mine.filter { folds[$0] == fold }
        let c = inFold.filter { labels[$0] }.map { probability[$0] }
        let s = inFold.filter { !labels[$0] }.map { probability[$0] }
        if !c.isEmpty && !s.isEmpty { foldAUCs.append(auc(customer: c, self: s)) }
      }
      let mean = foldAUCs.isEmpty ? 0 : foldAUCs.reduce(0, +) / Double(foldAUCs.count)
      let variance = foldAUCs.count < 2 ? 0
        : foldAUCs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(foldAUCs.count - 1)
      let pooled = auc(
        customer: mine.filter { labels[$0] }.map { probability[$0] }, self: mine.filter { !labels[$0] }.map { probability[$0] })
      let clean = mine.filter { !noise[$0] }
      let pooledWithoutNoise = clean.count == mine.count ? nil : auc(
        customer: clean.filter { labels[$0] }.map { probability[$0] }, self: clean.filter { !labels[$0] }.map { probability[$0] })
      var items = sets[set]
      for (offset, row) in mine.enumerated() { items[offset].focus = Int((100 * probability[row]).rounded()) }
      // Pairs compared on unrounded out-of-fold probabilities.
      var exact: [String: Double] = [:]
      for (offset, row) in mine.enumerated() { exact[items[offset].message.id] = probability[row] }
      let pairs = pairWins(items) { exact[$0.message.id] ?? 0 }
      let cleanPairs = clean.count == mine.count ? nil
        : pairWins(items.filter { !$0.message.noise }) { exact[$0.message.id] ?? 0 }
      let selfScores = items.filter { !$0.message.customerFocused }.map(\.focus)
      let customerScores = items.filter(\.message.customerFocused).map(\.focus)
      return CrossValidation(
        foldAUCs: foldAUCs, mean: mean, deviation: variance.squareRoot(), pooledAUC: pooled,
        pooledAUCWithoutNoise: pooledWithoutNoise, pairs: pairs, pairsWithoutNoise: cleanPairs, folds: k,
        scores: items.map(\.focus), placement: placement, selfMedian: median(selfScores),
        selfBottomThird: selfScores.filter { $0 <= 33 }.count, customerMedian: median(customerScores),
        customerAboveMiddle: customerScores.filter { $0 > 50 }.count)
    }
  }

  /// Fits the focus model on every item of `sets` (the penalty and the cues' factor chosen by
  /// grouped cross-validation), multiplies its weights by the scale `chooseScale` picks from the
  /// last set's out-of-fold logits, places its scale (`placement` over the last set's items: the
  /// intercept) and describes where it came from. `names` label the sets in the model file.
  public static func fitFocusModel(
    _ sets: [[Scored]], names: [String], date: String, k: Int = 5, weighting: Weighting = Weighting()
  ) -> FocusModel {
    var rows: [[Double]] = []
    var labels: [Bool] = []
    var weights: [Double] = []
    var groups: [String] = []
    var calibrating: [Bool] = []
    var descriptions: [String] = []
    for (index, items) in sets.enumerated() {
      var hash = WordHash.offset
      for item in items {
        rows.append(item.features)
        labels.append(item.message.customerFocused)
        weights.append(weighting.weight(of: item.message, inSet: index))
        groups.append("\(index):\(item.message.group)")
        calibrating.append(index == sets.count - 1 && !item.message.noise)
        hash = WordHash.mix(hash, "\(item.message.id)|\(item.message.customerFocused)|\(item.message.text)\n")
      }
      let hex = String(hash, radix: 16)
      descriptions.append(
        "\(names[index]): \(items.count) messages, fnv1a64 \(String(repeating: "0", count: 16 - hex.count) + hex)")
    }
    let (penalty, inner) = choosePenalty(rows, labels: labels, weights: weights, groups: groups, k: k)
    // The placement, from the last set (the real one when there are two); the scale, from the
    // out-of-fold logits of its items judged for focus.
    let shift = placement(sets.last ?? [])
    let scale = chooseScale(logits: inner, labels: labels, counted: calibrating, shift: shift)
    let fit = fitFocus(rows, labels: labels, weights: weights, penalty: penalty)
    let features = FocusFeature.allCases.enumerated().map { index, feature in
      FocusModel.Feature(
        name: feature.rawValue, mean: round6(fit.means[index]), deviation: round6(fit.deviations[index]),
        weight: round6(scale * fit.weights[index]))
    }
    return FocusModel(
      intercept: round6(fit.intercept + shift), features: features,
      training: FocusModel.Training(
        sets: descriptions, date: date, l2: penalty.l2, noiseWeight: weighting.noise,
        setWeights: weighting.sets.isEmpty ? nil : weighting.sets, cuePenalty: penalty.cue, scale: scale))
  }

  /// Six decimals: enough for the score, and a file that diffs well.
  private static func round6(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
