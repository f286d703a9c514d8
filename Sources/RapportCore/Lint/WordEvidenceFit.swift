import Foundation

/// Fitting the word evidence (`WordModel`) on the labelled sets, and giving the focus model
/// out-of-fold evidence to fit on: an item's `word_evidence` then comes from word weights
/// fitted without its fold, as it would for a draft nobody has seen.
extension LintEvaluation {
  /// A term enters the model only when it occurs in drafts from at least this many sources:
  /// one page's names and turns of phrase say nothing about the next page.
  public static let wordMinimumSources = 3
  /// The L2 penalties the word fit chooses from (on a loss whose row weights sum to 1).
  public static let wordL2Grid: [Double] = [0.0003, 0.001, 0.003, 0.01]

  /// The rows of a word fit: each item's terms, label, weight and source, over every set.
  typealias WordRows = WordFit

  /// `sets` with each item's `word_evidence` replaced by the evidence of word weights fitted
  /// on the other folds (the grouped folds `crossValidate` uses). The penalty is chosen once,
  /// on all the rows, and shared by the folds: one number, the only thing the held-out fold
  /// has a say in.
  public static func withOutOfFoldWordEvidence(_ sets: [[Scored]], k: Int = 5, weighting: Weighting = Weighting())
    -> [[Scored]]
  {
    let rows = WordRows(sets, weighting: weighting)
    let folds = GroupedFolds.assign(groups: rows.groups, k: k)
    let l2 = chooseWordL2(rows, among: Array(rows.labels.indices), k: k)
    var evidence = [Double](repeating: 0, count: rows.labels.count)
    for fold in 0..<k {
      let train = rows.labels.indices.filter { folds[$0] != fold }
      let model = fitWords(rows, on: train, l2: l2)
      for i in rows.labels.indices where folds[i] == fold { evidence[i] = model.logit(keys: rows.terms[i].keys) }
    }
    var out = sets
    var row = 0
    for set in out.indices {
      for item in out[set].indices {
        out[set][item].features[FocusFeature.wordEvidence.index] = evidence[row]
        row += 1
      }
    }
    return out
  }

  /// `sets` with word evidence for the new-pages check: the last set's items after its first
  /// `first` get the evidence of word weights fitted on every other item (the earlier sets and
  /// the first `first`), and those get out-of-fold evidence among themselves, so nothing the
  /// later items say reaches the evidence of any item.
  public static func withNewPagesWordEvidence(
    _ sets: [[Scored]], first: Int, k: Int = 5, weighting: Weighting = Weighting()
  ) -> [[Scored]] {
    guard let last = sets.indices.last, first < sets[last].count else {
      return withOutOfFoldWordEvidence(sets, k: k, weighting: weighting)
    }
    var training = sets
    training[last] = Array(sets[last].prefix(first))
    var out = withOutOfFoldWordEvidence(training, k: k, weighting: weighting)
    let model = fitWordModel(training, k: k, weighting: weighting).model
    for var item in sets[last].dropFirst(first) {
      item.features[FocusFeature.wordEvidence.index] = model.logit(keys: WordTerms.named(item.message.text).keys)
      out[last].append(item)
    }
    return out
  }

  /// The word model fitted on every item of `sets`, with the penalty cross-validation chose,
  /// its terms in name order.
  public static func fitWordModel(_ sets: [[Scored]], k: Int = 5, weighting: Weighting = Weighting())
    -> (model: WordModel, l2: Double)
  {
    let rows = WordRows(sets, weighting: weighting)
    let all = Array(rows.labels.indices)
    let l2 = chooseWordL2(rows, among: all, k: k)
    let model = fitWords(rows, on: all, l2: l2)
    return (model, l2)
  }

  /// The penalty with the lowest grouped out-of-fold log loss over `among`, each row counting
  /// its own weight.
  static func chooseWordL2(_ rows: WordRows, among: [Int], k: Int) -> Double {
    let folds = GroupedFolds.assign(groups: among.map { rows.groups[$0] }, k: k)
    var best = (loss: Double.infinity, l2: wordL2Grid.last!)
    for l2 in wordL2Grid {
      var loss = 0.0
      for fold in 0..<k {
        let train = among.indices.filter { folds[$0] != fold }.map { among[$0] }
        let model = fitWords(rows, on: train, l2: l2)
        for position in among.indices where folds[position] == fold {
          let i = among[position]
          let p = min(max(FocusModel.sigmoid(model.logit(keys: rows.terms[i].keys)), 1e-12), 1 - 1e-12)
          loss -= rows.weights[i] * (rows.labels[i] ? log(p) : log(1 - p))
        }
      }
      if loss < best.loss { best = (loss, l2) }
    }
    return best.l2
  }

  /// Word weights fitted on the items `train`, over the terms found in at least
  /// `wordMinimumSources` of their sources (`WordFit.fit`).
  static func fitWords(_ rows: WordRows, on train: [Int], l2: Double) -> WordModel {
    rows.fit(on: train, l2: l2, minimumSources: wordMinimumSources)
  }
}

extension WordFit {
  /// The rows of `sets`' items: each message's terms, label (customer-focused), weight and
  /// source (set and group).
  init(_ sets: [[LintEvaluation.Scored]], weighting: LintEvaluation.Weighting) {
    self.init()
    for (index, items) in sets.enumerated() {
      for item in items {
        append(
          text: item.message.text, label: item.message.customerFocused,
          weight: weighting.weight(of: item.message, inSet: index), group: "\(index):\(item.message.group)")
      }
    }
  }
}
