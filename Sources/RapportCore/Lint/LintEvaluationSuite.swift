import Foundation

/// Everything `rapport eval` measures for the lint focus verdict, worked out without printing:
/// the committed and real sets read and scored once, the word evidence each item gets when it is
/// out of fold, cross-validation, the feature table and the refit of both model files.
public struct LintEvaluationSuite {
  /// The committed labelled set.
  public static let writtenPath = "Tests/RapportCoreTests/Lint/Evaluation/messages.txt"

  /// The scored sets in order: "written", then "real" when there is one.
  public var sets: [(name: String, items: [LintEvaluation.Scored])]
  /// Folds for grouped cross-validation and the fits.
  public var folds: Int
  public var weighting: LintEvaluation.Weighting

  public init(
    sets: [(name: String, items: [LintEvaluation.Scored])], folds: Int = 5,
    weighting: LintEvaluation.Weighting = .init()
  ) {
    self.sets = sets
    self.folds = folds
    self.weighting = weighting
  }

  /// Reads and scores the committed set and, when `realPath` is given, the real set.
  public init(writtenPath: String, realPath: String?, folds: Int, weighting: LintEvaluation.Weighting)
    throws(RapportError)
  {
    var sets = [(name: "written", items: try Self.load(writtenPath, what: "the committed set").scored())]
    if let realPath { sets.append((name: "real", items: try Self.load(realPath, what: "the real set").scored())) }
    self.init(sets: sets, folds: folds, weighting: weighting)
  }

  /// Reads and parses one labelled set, with an error that names it.
  public static func load(_ path: String, what: String) throws(RapportError) -> LintEvaluation {
    let bytes: [UInt8]
    do { bytes = try FileSystem.readBytes(path, limit: 64 << 20) } catch {
      throw RapportError("\(path): cannot read \(what): \(error). Run from the repository's root or give the path.")
    }
    do { return try LintEvaluation(parsing: String(decoding: bytes, as: UTF8.self)) } catch {
      throw RapportError("\(path): \(error.message)")
    }
  }

  /// Every set's items with word evidence from word weights fitted without the item's fold, as a
  /// new draft would see it (what fits, cross-validation and the feature table use).
  public func outOfFold() -> [[LintEvaluation.Scored]] {
    LintEvaluation.withOutOfFoldWordEvidence(sets.map(\.items), k: folds, weighting: weighting)
  }

  /// Grouped k-fold cross-validation of each set, on out-of-fold items.
  public func crossValidate(_ unseen: [[LintEvaluation.Scored]]) -> [LintEvaluation.CrossValidation] {
    LintEvaluation.crossValidate(unseen, k: folds, weighting: weighting)
  }

  /// Every item's focus features as a tab-separated table with a header line. With `newPages`,
  /// the real items after the first N get word evidence fitted on the committed set and the
  /// first N only; otherwise the items are `unseen`.
  public func featureTable(unseen: [[LintEvaluation.Scored]], newPages: Int?) -> String {
    let table = newPages.map {
      LintEvaluation.withNewPagesWordEvidence(sets.map(\.items), first: $0, k: folds, weighting: weighting)
    } ?? unseen
    var out = (["set", "id", "label", "noise", "genre", "group", "pair", "words", "sentences", "focus", "wewe"]
      + FocusFeature.allCases.map(\.rawValue)).joined(separator: "\t") + "\n"
    for (set, items) in zip(sets, table) {
      for item in items {
        let m = item.message
        let fields = [
          set.name, m.id, m.customerFocused ? "customer" : "self", m.noise ? "yes" : "no", m.genre ?? "-", m.group,
          m.pair ?? "-", String(item.words), String(item.sentences), String(item.focus), String(item.weWe),
        ] + item.features.map { String($0) }
        out += fields.joined(separator: "\t") + "\n"
      }
    }
    return out
  }
}
