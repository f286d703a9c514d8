import Foundation

extension LintEvaluationSuite {
  /// What a refit wrote: the focus model and the word evidence, and where the words went.
  public struct Fit {
    public var focus: FocusModel
    public var words: WordModel
    public var wordsL2: Double
    public var wordsPath: String
  }

  /// Where the word evidence goes when no path is given: `lint-words.tsv` beside the focus model.
  public static func wordsPath(besideModel model: String) -> String {
    URL(fileURLWithPath: model).deletingLastPathComponent().appendingPathComponent("lint-words.tsv").relativePath
  }

  /// Refits the focus model on `unseen` (out-of-fold items) and the word evidence on all items,
  /// dated `date`, and writes them to `modelPath` and `wordsPath` (default beside the model).
  public func fit(unseen: [[LintEvaluation.Scored]], date: String, modelPath: String, wordsPath: String? = nil)
    throws(RapportError) -> Fit
  {
    let focus = LintEvaluation.fitFocusModel(
      unseen, names: sets.map(\.name), date: date, k: folds, weighting: weighting)
    try FileSystem.writeShared(focus.json(), to: modelPath, what: "the model")
    let words = LintEvaluation.fitWordModel(sets.map(\.items), k: folds, weighting: weighting)
    let wordsPath = wordsPath ?? Self.wordsPath(besideModel: modelPath)
    let header = [
      "rapport's word evidence for the lint focus verdict: a term (a word or two), a tab, its weight",
      "(positive: toward the reader). Refit with `make fit-lint`; see WordModel in RapportCore.",
      "fitted \(date) on \(focus.training.sets.joined(separator: "; "))",
      "L2 \(words.l2); noise weight \(weighting.noise); terms seen in at least \(LintEvaluation.wordMinimumSources) sources",
    ]
    try FileSystem.writeShared(words.model.tsv(header: header), to: wordsPath, what: "the word model")
    return Fit(focus: focus, words: words.model, wordsL2: words.l2, wordsPath: wordsPath)
  }
}
