import Foundation
import RapportResources

/// The why-ladder's word evidence: a fitted weight for each stemmed word and each pair of
/// adjacent words that answers from at least three sources use, shipped as
/// `models/ladder-words.tsv` and refitted with the decision (`make fit-ladder`). The same kind of
/// model as the focus verdict's (`WordModel`, fitted by `WordFit`), fitted on stop (positive)
/// against dig.
///
/// An answer's evidence, the summed weight of the terms it holds, is the feature
/// `LadderFeature.wordEvidence`. Its weight in the decision is fitted on honest values: every
/// answer of a fit gets the evidence of word weights fitted without its fold (`outOfFold`), as a
/// new answer would.
public enum LadderWords {
  /// A term enters the model only when answers from at least this many sources use it.
  public static let minimumSources = 3
  /// How firmly the word weights are held to zero, as scikit-learn's C: the penalty is
  /// ½ ÷ (C × the fit's total row weight) × Σw², so it loosens as the fit grows. 10 was the best
  /// of 0.1, 1 and 10 out of sample in the tenth round (Tests/RealText/README.md).
  public static let inverseStrength = 10.0
  /// Folds of the inner split that gives a fit's answers their out-of-fold evidence.
  public static let innerFolds = 5
  /// How many terms `/why` names.
  public static let shownTerms = 3

  /// The words in `models/ladder-words.tsv`, embedded at build time; empty (no evidence either
  /// way) when the file is missing.
  public static let shipped: WordModel = {
    guard let bundled = bundledFiles.first(where: { $0.path == "models/ladder-words.tsv" }) else {
      return WordModel(terms: [])
    }
    return WordModel(tsv: bundled.text)
  }()

  /// The rows of a fit on `answers`: each answer's terms, stop or dig, its weight
  /// (`LadderModel.groupWeights`) and its source.
  static func rows(_ answers: [AnswerSet.Answer]) -> WordFit {
    var rows = WordFit()
    for (answer, weight) in zip(answers, LadderModel.groupWeights(answers)) {
      rows.append(text: answer.text, label: answer.stops, weight: weight, group: answer.group)
    }
    return rows
  }

  /// Word weights fitted on `rows`' rows `train`.
  static func fit(_ rows: WordFit, on train: [Int]) -> WordModel {
    let total = train.reduce(0) { $0 + rows.weights[$1] }
    guard total > 0 else { return WordModel(terms: []) }
    return rows.fit(on: train, l2: 1 / (inverseStrength * total), minimumSources: minimumSources)
  }

  /// Word weights fitted on every answer of `answers`.
  public static func fit(_ answers: [AnswerSet.Answer]) -> WordModel {
    let rows = rows(answers)
    return fit(rows, on: Array(rows.labels.indices))
  }

  /// Each answer's evidence from word weights fitted on the other folds of a grouped split of
  /// `answers` (a source's answers share a fold), in `answers`' order.
  public static func outOfFold(_ answers: [AnswerSet.Answer], folds k: Int = innerFolds) -> [Double] {
    let rows = rows(answers)
    let folds = GroupedFolds.assign(groups: rows.groups, k: k)
    var evidence = [Double](repeating: 0, count: answers.count)
    for fold in 0..<k {
      let train = rows.labels.indices.filter { folds[$0] != fold }
      let held = rows.labels.indices.filter { folds[$0] == fold }
      guard !held.isEmpty else { continue }
      let model = fit(rows, on: train)
      for i in held { evidence[i] = rows.logit(model, row: i) }
    }
    return evidence
  }

  /// An answer's evidence under `model` and the terms it holds that carry a weight, heaviest
  /// either way first (ties in name order).
  public static func evidence(_ answer: String, model: WordModel) -> (logit: Double, terms: [(name: String, weight: Double)]) {
    guard !model.weights.isEmpty else { return (0, []) }
    let named = WordTerms.named(answer)
    let found = named.compactMap { key, name -> (index: Int, name: String)? in
      let index = model.index(of: key)
      return index >= 0 ? (index, name) : nil
    }.sorted { $0.index < $1.index }
    let logit = found.reduce(0) { $0 + model.weights[$1.index] }
    let terms = found.map { (name: $0.name, weight: model.weights[$0.index]) }
      .sorted { abs($0.weight) != abs($1.weight) ? abs($0.weight) > abs($1.weight) : $0.name < $1.name }
    return (logit, terms)
  }

  /// "kid +0.42", "the book −0.17": a term and its weight as `/why` shows it (a true minus sign).
  public static func shown(_ term: (name: String, weight: Double)) -> String {
    let magnitude = String(format: "%.2f", abs(term.weight))
    return term.name + " " + (term.weight < 0 && magnitude != "0.00" ? "\u{2212}" : "+") + magnitude
  }
}
