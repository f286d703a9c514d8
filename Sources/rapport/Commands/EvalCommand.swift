import ArgumentParser
import Foundation
import RapportCore

/// `rapport eval`: how well rapport's judgments separate labelled text (a developer tool).
///
/// `LintEvaluationSuite` and `AnswerEvaluationSuite` in RapportCore read the sets, run the
/// evaluations and write the refitted models; this command parses options and renders.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure the lint focus verdict, or the why-ladder with --answers (developer tool).",
    discussion: """
      Scores the committed set written for this project and, when it is present,
      the local real set (published texts kept outside the repository; see
      Tests/RealText/README.md), each on its own: ROC AUC of the focus verdict, of
      the draft score and of the plain We-We ratio; rewrites that win their pair;
      the score spread; and grouped k-fold cross-validated AUC (mean ± spread over
      folds).

      --fit refits the focus model on both sets and writes it to --model; rebuild
      to ship it (`make fit-lint` does both).

      --answers measures the why-ladder's stop-or-dig decision instead: accuracy
      overall, on stop and on dig cases, and by kind of answer and by class read,
      for the written answers (shipped model, and grouped 5-fold cross-validation)
      and for the real folder's answers.txt (shipped model, cross-validated with
      the written set always in training, a written-only fit, and the class rule
      it replaced). Every fit (each fold's too) fits the word weights on its own
      training answers. --fit-ladder refits models/ladder.json and
      models/ladder-words.tsv on both (`make fit-ladder`), with its intercept set for --stop-prior (the share
      of answers that should stop; each source's answers weigh together, 1 over
      the square root of their count); --cues-table writes every answer's cue
      values and cross-validation fold as TSV for analysis. --new-pages-after N
      adds a split by time: fitted on the written set and the first N real answers,
      scored on the answers after them (pages added later), with the class rule
      beside it. Every section also gives a judge-like mix: accuracy reweighted to
      80% dig and 20% stop, the balance of the held-out judge set.

      Examples:
        rapport eval
        rapport eval --real ~/real-text
        rapport eval --fit --model models/lint-focus.json
        rapport eval --answers --mistakes
        rapport eval --answers --new-pages-after 455
        rapport eval --answers --fit-ladder
      """,
    shouldDisplay: false)

  static let defaultSet = LintEvaluationSuite.writtenPath

  @Option(name: .long, help: ArgumentHelp("The committed labelled set.", valueName: "path"))
  var set = defaultSet

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The local real set: a folder holding messages.txt, or the file (default: $RAPPORT_REAL_TEXT, else \(RealTextFolder.defaultPath)).",
      valueName: "path"))
  var real: String?

  // Unconditional parsing for each number checked in validate(), so `--folds -2` is told the
  // range instead of reading as a missing value (as lint's --fail-under is).
  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Folds for grouped cross-validation (2–20).", valueName: "k"))
  var folds = 5

  @Flag(name: .long, help: "Refit the focus model on both sets and write it to --model.")
  var fit = false

  @Option(name: .long, help: ArgumentHelp(
    "Where --fit writes the word evidence's weights (default: lint-words.tsv beside --model).", valueName: "path"))
  var wordsModel: String?

  @Option(name: .long, help: ArgumentHelp("Where --fit writes the model.", valueName: "path"))
  var model = "models/lint-focus.json"

  @Option(name: .long, help: ArgumentHelp("The fit's date in the model file (default: today, UTC).", valueName: "YYYY-MM-DD"))
  var date: String?

  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("How much an item flagged noise counts in a fit (0–1).", valueName: "w"))
  var noiseWeight = LintEvaluation.Weighting().noise

  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "How much a committed-set item counts in a fit, against 1 for a real one (less, since the judge is "
          + "real text).",
        valueName: "w"))
  var writtenWeight = 0.5

  @Flag(name: .long, help: "Also show each feature's own AUC and how often it fires, per set.")
  var features = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write every item's focus features to a tab-separated file (set, id, label, noise, genre, group, pair, "
        + "words, sentences, focus, We-We, then one column per feature).",
      valueName: "path"))
  var dumpFeatures: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "With --dump-features: the real items after the first N get word evidence fitted on the committed set and "
        + "the first N only, for `scripts/focus-cv --train-first N`.",
      valueName: "N"))
  var newPages: Int?

  @Flag(name: .long, help: "Skip cross-validation (faster).")
  var noCrossValidation = false

  @Flag(name: .long, help: "Measure the why-ladder's stop-or-dig decision on labelled answers instead.")
  var answers = false

  @Option(name: .long, help: ArgumentHelp("The committed answer set (with --answers).", valueName: "path"))
  var answerSet = AnswerEvaluationSuite.writtenPath

  @Flag(
    name: .long,
    help: ArgumentHelp(
      "List what is judged wrongly: messages whose focus score lands in the wrong third (out-of-fold when "
        + "cross-validating), or with --answers the answers decided wrongly."))
  var mistakes = false

  @Flag(name: .long, help: "With --answers: refit the why-ladder model on both sets and write it to --ladder-model.")
  var fitLadder = false

  @Option(
    name: .long,
    help: ArgumentHelp("Where --fit-ladder writes the model (its word weights go beside it, as ladder-words.tsv).", valueName: "path"))
  var ladderModel = "models/ladder.json"

  @Option(name: .long, help: ArgumentHelp("With --answers: write every answer's cue values and fold as TSV to this file.", valueName: "path"))
  var cuesTable: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "With --answers: the share of stop answers a fitted why-ladder's intercept is set for.",
      valueName: "p"))
  var stopPrior = LadderModel.stopPrior

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --answers: also fit on the written set and the first N real answers only, and score the rest "
        + "(answers from pages added later).",
      valueName: "N"))
  var newPagesAfter: Int?

  func validate() throws {
    if !(2...20).contains(folds) { throw ValidationError("--folds wants a number from 2 to 20.") }
    if let newPages, newPages < 1 || dumpFeatures == nil {
      throw ValidationError("--new-pages wants a number of real items from 1 up, with --dump-features.")
    }
    if !(0...1).contains(noiseWeight) { throw ValidationError("--noise-weight wants a number from 0 to 1.") }
    if !(0...10).contains(writtenWeight) { throw ValidationError("--written-weight wants a number from 0 to 10.") }
    if !(0.05...0.95).contains(stopPrior) { throw ValidationError("--stop-prior wants a share from 0.05 to 0.95.") }
  }

  func run() throws {
    if answers || fitLadder { return try runAnswers() }
    let realFolder = RealTextFolder(option: real, environment: Terminal.environment)
    let realPath = realFolder.file(named: "messages.txt")
    let weighting = LintEvaluation.Weighting(noise: noiseWeight, sets: writtenWeight == 1 ? [] : [writtenWeight])
    let suite = try LintEvaluationSuite(writtenPath: set, realPath: realPath, folds: folds, weighting: weighting)
    let sets = suite.sets
    // Fits, cross-validation and the feature table see out-of-fold word evidence, as a new draft
    // would; the shipped figures keep the shipped weights.
    let unseen = fit || dumpFeatures != nil || !noCrossValidation ? suite.outOfFold() : sets.map(\.items)
    if let dumpFeatures {
      try FileSystem.writeShared(
        suite.featureTable(unseen: unseen, newPages: newPages), to: dumpFeatures, what: "the feature table")
    }
    if fit {
      let fitted = try suite.fit(unseen: unseen, date: date ?? Self.today(), modelPath: model, wordsPath: wordsModel)
      let focus = fitted.focus
      print("wrote \(fitted.wordsPath): \(fitted.words.names.count) words and word pairs; L2 \(fitted.wordsL2)")
      print("wrote \(model): fitted on \(focus.training.sets.joined(separator: "; ")); L2 \(focus.training.l2), "
        + "\(focus.training.cuePenalty ?? 1)× on the per-sentence cues; scale \(focus.training.scale ?? 1); "
        + "placement \(focus.intercept) "
        + "(a draft in which nothing fires scores \(Int((100 / (1 + exp(-focus.intercept))).rounded())))")
      print("rebuild to ship it (swift build); the figures below are for the model built into this binary.\n")
    }
    let validation = noCrossValidation ? nil : suite.crossValidate(unseen)
    var out = "Lint focus verdict (\(FocusModel.shipped.training.sets.joined(separator: "; ")), fitted "
      + "\(FocusModel.shipped.training.date))\n"
    for (index, set) in sets.enumerated() {
      var figures = LintEvaluation.figures(name: set.name, set.items)
      figures.crossValidation = validation?[index]
      out += "\n" + LintEvaluationText.render(figures)
      if mistakes {
        out += LintEvaluationText.mistakes(set.items, scores: validation?[index].scores, outOfFold: validation != nil)
      }
    }
    if features { out += "\n" + LintEvaluationText.features(sets) }
    if realPath == nil {
      out += "\nreal set: none at \(realFolder.path) (see Tests/RealText/README.md); skipped.\n"
    }
    print(out, terminator: "")
  }

  /// The why-ladder section: figures for the written and real answers, after a refit if asked.
  private func runAnswers() throws {
    let realFolder = RealTextFolder(option: real, environment: Terminal.environment)
    let suite = try AnswerEvaluationSuite(
      writtenPath: answerSet, realPath: realFolder.file(named: "answers.txt"), folds: folds, stopPrior: stopPrior)
    if let cuesTable {
      try suite.writeCueTable(to: cuesTable)
      print("wrote \(cuesTable)")
      return
    }
    var model = LadderModel.shipped
    var words = LadderWords.shipped
    if fitLadder {
      (model, words) = suite.fit(date: date ?? Self.today())
      let wordsPath = Self.wordsPath(besides: ladderModel)
      try FileSystem.writeShared(model.json(), to: ladderModel, what: "the model")
      try FileSystem.writeShared(
        words.tsv(header: Self.wordsHeader(model)), to: wordsPath, what: "the why-ladder's word weights")
      print(
        "wrote \(ladderModel) and \(wordsPath) (\(words.names.count) terms): fitted on "
          + "\(model.training.sets.joined(separator: "; ")); rebuild to ship them.\n")
    }
    let sections = try suite.sections(
      model: model, words: words, crossValidate: !noCrossValidation, newPagesAfter: newPagesAfter)
    print(AnswersEvalReport(listMistakes: mistakes).render(suite, model: model, sections: sections))
  }

  /// Where --fit-ladder writes the word weights: `ladder-words.tsv` in the model's folder.
  static func wordsPath(besides model: String) -> String {
    guard let slash = model.lastIndex(of: "/") else { return "ladder-words.tsv" }
    return String(model[...slash]) + "ladder-words.tsv"
  }

  /// The comment lines that open `models/ladder-words.tsv`.
  static func wordsHeader(_ model: LadderModel) -> [String] {
    [
      "The why-ladder's word evidence: a term (a stemmed word or two adjacent words) and its weight",
      "(positive: towards stop). Written by `make fit-ladder`; do not edit by hand.",
      "Fitted on \(model.training.sets.joined(separator: "; ")) (\(model.training.date)).",
    ]
  }

  private static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }
}
