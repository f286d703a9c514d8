import Foundation

extension LintEvaluation {
  /// One message as the lint judges it.
  public struct Scored: Sendable {
    public var message: Message
    /// The focus verdict's score (0–100) with the shipped model.
    public var focus: Int
    /// The draft score (`score.total`).
    public var total: Int
    /// The plain We-We ratio (the floor).
    public var weWe: Double
    public var words: Int
    /// Body sentences (greetings left out).
    public var sentences = 0
    /// The focus features, in `FocusFeature.allCases` order.
    public var features: [Double]
  }

  /// Every message linted with its own profile and the shipped focus model.
  public func scored() -> [Scored] {
    var engines: [String: LintEngine] = [:]
    return messages.map { message in
      var config = LintConfiguration(profile: message.profile)
      config.explains = false
      let engine = engines[message.profile.name] ?? LintEngine(configuration: config)
      engines[message.profile.name] = engine
      let report = engine.lint(message.text)
      return Scored(
        message: message, focus: report.focus.score, total: report.score.total, weWe: Self.weWeRatio(message.text),
        words: report.metrics.words, sentences: report.metrics.sentences, features: report.focusFeatures)
    }
  }

  /// The plain We-We ratio: you-words ÷ (you-words + I/we-words), 0.5 when there are none.
  /// No cue, no role: the floor any focus judgment has to beat.
  public static func weWeRatio(_ text: String) -> Double {
    let reader: Set<String> = ["you", "your", "yours", "you're", "you've", "you'll", "you'd", "yourself"]
    let sender: Set<String> = [
      "i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd",
    ]
    var readerCount = 0
    var senderCount = 0
    for word in text.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
      if reader.contains(String(word)) { readerCount += 1 } else if sender.contains(String(word)) { senderCount += 1 }
    }
    return readerCount + senderCount == 0 ? 0.5 : Double(readerCount) / Double(readerCount + senderCount)
  }

  /// The figures that judge the focus verdict on one set.
  public struct Figures: Sendable {
    public struct Wins: Sendable {
      public var won: Int
      public var of: Int
    }
    /// Per verdict label: how many customer- and self-focused messages got it.
    public struct LabelRow: Sendable {
      public var label: String
      public var customer: Int
      public var selfFocused: Int
    }

    public var name: String
    public var messages: Int
    public var customer: Int
    public var selfFocused: Int
    public var noise: Int
    /// ROC AUC (customer vs self) of the focus verdict, the draft score and the We-We ratio.
    public var focusAUC: Double
    public var totalAUC: Double
    public var weWeAUC: Double
    /// Focus AUC among messages under 50 words and of 50 words or more (nil without both classes).
    public var focusAUCShort: Double?
    public var focusAUCLong: Double?
    /// Focus and We-We AUC without the items flagged as noise (nil when none are).
    public var focusAUCWithoutNoise: Double?
    public var weWeAUCWithoutNoise: Double?
    /// Pairs whose rewrite gets the higher focus score / draft score.
    public var focusPairs: Wins
    public var totalPairs: Wins
    /// Focus pairs in which neither message is flagged noise (nil when none is flagged).
    public var focusPairsWithoutNoise: Wins?
    /// Mean focus score of the lowest and the highest tenth of messages.
    public var worstDecile: Double
    public var bestDecile: Double
    /// Where self-focused messages land: mean and median focus score, and how many score 33 or less.
    public var selfMean: Double
    public var selfMedian: Double
    public var selfBottomThird: Int
    public var labels: [LabelRow]
    /// Per genre holding both classes: (genre, items, focus AUC, We-We AUC).
    public var genres: [(genre: String, items: Int, focusAUC: Double, weWeAUC: Double)] = []
    /// Out-of-fold figures from grouped cross-validation, when run.
    public var crossValidation: CrossValidation?
  }

  /// Grouped k-fold cross-validation of the focus model on one set.
  public struct CrossValidation: Sendable {
    /// AUC per fold that holds both classes of this set.
    public var foldAUCs: [Double]
    public var mean: Double
    /// Standard deviation across folds.
    public var deviation: Double
    /// AUC of all out-of-fold scores together.
    public var pooledAUC: Double
    /// The same without the items flagged as noise (nil when none are).
    public var pooledAUCWithoutNoise: Double?
    /// Pairs whose rewrite gets the higher out-of-fold score.
    public var pairs: Figures.Wins
    /// The same over pairs in which neither message is flagged noise (nil when none is flagged).
    public var pairsWithoutNoise: Figures.Wins?
    public var folds: Int
    /// Each item's out-of-fold focus score (0–100), in the set's order.
    public var scores: [Int] = []
    /// The shift of the logit the out-of-fold scores were placed with (`placement`).
    public var placement = 0.0
    /// Where the out-of-fold scores land: the self-focused median and how many score 33 or
    /// less, the customer-focused median and how many score over 50.
    public var selfMedian = 0.0
    public var selfBottomThird = 0
    public var customerMedian = 0.0
    public var customerAboveMiddle = 0
  }

  /// Figures for a scored set with the shipped model.
  public static func figures(name: String, _ items: [Scored]) -> Figures {
    let customer = items.filter(\.message.customerFocused)
    let selfFocused = items.filter { !$0.message.customerFocused }
    func auc(_ pick: (Scored) -> Double, _ subset: [Scored]) -> Double? {
      let c = subset.filter(\.message.customerFocused).map(pick)
      let s = subset.filter { !$0.message.customerFocused }.map(pick)
      return c.isEmpty || s.isEmpty ? nil : Self.auc(customer: c, self: s)
    }
    let sorted = items.map(\.focus).sorted()
    let tenth = max(1, sorted.count / 10)
    func mean(_ values: some Collection<Int>) -> Double {
      values.isEmpty ? 0 : Double(values.reduce(0, +)) / Double(values.count)
    }
    let selfScores = selfFocused.map(\.focus).sorted()
    let noise = items.filter(\.message.noise)
    var genres: [(genre: String, items: Int, focusAUC: Double, weWeAUC: Double)] = []
    for genre in Set(items.compactMap(\.message.genre)).sorted() {
      let subset = items.filter { $0.message.genre == genre }
      if let focus = auc({ Double($0.focus) }, subset), let weWe = auc(\.weWe, subset) {
        genres.append((genre, subset.count, focus, weWe))
      }
    }
    var figures = Figures(
      name: name, messages: items.count, customer: customer.count, selfFocused: selfFocused.count, noise: noise.count,
      focusAUC: auc({ Double($0.focus) }, items) ?? 0, totalAUC: auc({ Double($0.total) }, items) ?? 0,
      weWeAUC: auc(\.weWe, items) ?? 0,
      focusAUCShort: auc({ Double($0.focus) }, items.filter { $0.words < 50 }),
      focusAUCLong: auc({ Double($0.focus) }, items.filter { $0.words >= 50 }),
      focusAUCWithoutNoise: noise.isEmpty ? nil : auc({ Double($0.focus) }, items.filter { !$0.message.noise }),
      focusPairs: pairWins(items) { Double($0.focus) }, totalPairs: pairWins(items) { Double($0.total) },
      worstDecile: mean(sorted.prefix(tenth)), bestDecile: mean(sorted.suffix(tenth)),
      selfMean: mean(selfScores), selfMedian: median(selfScores), selfBottomThird: selfScores.filter { $0 <= 33 }.count,
      labels: ["reader", "balanced", "sender"].map { label in
        Figures.LabelRow(
          label: label, customer: customer.filter { FocusVerdict.label(for: $0.focus) == label }.count,
          selfFocused: selfFocused.filter { FocusVerdict.label(for: $0.focus) == label }.count)
      })
    figures.genres = genres
    if !noise.isEmpty {
      figures.weWeAUCWithoutNoise = auc(\.weWe, items.filter { !$0.message.noise })
      figures.focusPairsWithoutNoise = pairWins(items.filter { !$0.message.noise }) { Double($0.focus) }
    }
    return figures
  }

  /// The items whose focus score lands in the wrong third: customer-focused at 33 or below,
  /// self-focused at 67 or above; worst first within each genre (genres in name order).
  /// `scores` (optional, in the items' order) replaces the shipped model's, e.g. out-of-fold ones.
  public static func mistakes(_ items: [Scored], scores: [Int]? = nil) -> [(item: Scored, score: Int)] {
    let scored = items.enumerated().map { (item: $1, score: scores?[$0] ?? $1.focus) }
    let wrong = scored.filter { $0.item.message.customerFocused ? $0.score <= 33 : $0.score >= 67 }
    func miss(_ entry: (item: Scored, score: Int)) -> Int {
      entry.item.message.customerFocused ? 100 - entry.score : entry.score
    }
    return wrong.sorted {
      let a = $0.item.message.genre ?? "", b = $1.item.message.genre ?? ""
      return a != b ? a < b : miss($0) != miss($1) ? miss($0) > miss($1) : $0.item.message.id < $1.item.message.id
    }
  }

  /// Before/after pairs (by `pair:`) where the rewrite scores higher.
  static func pairWins(_ items: [Scored], score: (Scored) -> Double) -> Figures.Wins {
    var byPair: [String: [Scored]] = [:]
    for item in items { if let pair = item.message.pair { byPair[pair, default: []].append(item) } }
    var wins = Figures.Wins(won: 0, of: 0)
    for key in byPair.keys.sorted() {
      guard let before = byPair[key]!.first(where: { !$0.message.customerFocused }),
        let after = byPair[key]!.first(where: { $0.message.customerFocused })
      else { continue }
      wins.of += 1
      if score(after) > score(before) { wins.won += 1 }
    }
    return wins
  }

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

  /// The penalty with the lowest out-of-fold log loss (each class weighing half) over grouped
  /// folds of these rows (ties: the larger). Log loss rather than AUC: it also rewards
  /// probabilities that spread as far as the evidence allows.
  /// Each feature's allowed direction in a fit (`FocusFeature.direction`).
  static let featureSigns = FocusFeature.allCases.map(\.direction)
  /// Each feature's neutral value (`FocusFeature.neutral`): the fit measures from it, with no
  /// intercept, so a draft in which nothing fires scores 50.
  static let featureCenters = FocusFeature.allCases.map(\.neutral)

  static func chooseL2(_ rows: [[Double]], labels: [Bool], weights: [Double], groups: [String], k: Int) -> Double {
    let folds = GroupedFolds.assign(groups: groups, k: k)
    var best = (loss: Double.infinity, l2: l2Grid.last!)
    var positives = 1e-9
    var negatives = 1e-9
    for i in rows.indices { if labels[i] { positives += weights[i] } else { negatives += weights[i] } }
    for l2 in l2Grid {
      var logits = [Double](repeating: 0, count: rows.count)
      for fold in 0..<k {
        let train = rows.indices.filter { folds[$0] != fold }
        let test = rows.indices.filter { folds[$0] == fold }
        guard !test.isEmpty else { continue }
        let model = LogisticRegression.fit(
          train.map { rows[$0] }, labels: train.map { labels[$0] }, weights: train.map { weights[$0] }, l2: l2,
          signs: Self.featureSigns, centers: Self.featureCenters)
        for i in test { logits[i] = model.logit(rows[i]) }
      }
      var loss = 0.0
      for i in rows.indices {
        let p = min(max(FocusModel.sigmoid(logits[i]), 1e-12), 1 - 1e-12)
        loss -= weights[i] * (labels[i] ? log(p) / positives : log(1 - p) / negatives)
      }
      if loss <= best.loss { best = (loss, l2) }
    }
    return best.l2
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
    var silent = (customer: 0, selfFocused: 0)
    var all = (customer: 0, selfFocused: 0)
    for item in items {
      let quiet = zip(item.features, FocusFeature.allCases).allSatisfy { $1 == .wordEvidence || $0 == $1.neutral }
      if item.message.customerFocused {
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
  /// penalty chosen by an inner grouped cross-validation, on the other folds, then scores the fold.
  static func outOfFoldLogits(
    _ rows: [[Double]], labels: [Bool], weights: [Double], groups: [String], k: Int
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
      let l2 = chooseL2(trainRows, labels: trainLabels, weights: trainWeights, groups: train.map { groups[$0] }, k: k)
      let model = LogisticRegression.fit(
        trainRows, labels: trainLabels, weights: trainWeights, l2: l2, signs: Self.featureSigns,
        centers: Self.featureCenters)
      for i in test { logits[i] = model.logit(rows[i]) }
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
    let (logits, folds) = outOfFoldLogits(rows, labels: labels, weights: weights, groups: groups, k: k)
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

  /// The median of some scores (0 when there are none).
  static func median(_ values: [Int]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2])
      : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  /// Fits the focus model on every item of `sets` (penalty chosen by grouped cross-validation),
  /// places its scale (`placement` over the last set's items: the intercept) and
  /// describes where it came from. `names` label the sets in the model file.
  public static func fitFocusModel(
    _ sets: [[Scored]], names: [String], date: String, k: Int = 5, weighting: Weighting = Weighting()
  ) -> FocusModel {
    var rows: [[Double]] = []
    var labels: [Bool] = []
    var weights: [Double] = []
    var groups: [String] = []
    var descriptions: [String] = []
    for (index, items) in sets.enumerated() {
      var hash = WordHash.offset
      for item in items {
        rows.append(item.features)
        labels.append(item.message.customerFocused)
        weights.append(weighting.weight(of: item.message, inSet: index))
        groups.append("\(index):\(item.message.group)")
        hash = WordHash.mix(hash, "\(item.message.id)|\(item.message.customerFocused)|\(item.message.text)\n")
      }
      let hex = String(hash, radix: 16)
      descriptions.append(
        "\(names[index]): \(items.count) messages, fnv1a64 \(String(repeating: "0", count: 16 - hex.count) + hex)")
    }
    let l2 = chooseL2(rows, labels: labels, weights: weights, groups: groups, k: k)
    // The placement, from the last set (the real one when there are two).
    let shift = placement(sets.last ?? [])
    let fit = LogisticRegression.fit(
      rows, labels: labels, weights: weights, l2: l2, signs: Self.featureSigns, centers: Self.featureCenters)
    let features = FocusFeature.allCases.enumerated().map { index, feature in
      FocusModel.Feature(
        name: feature.rawValue, mean: round6(fit.means[index]), deviation: round6(fit.deviations[index]),
        weight: round6(fit.weights[index]))
    }
    return FocusModel(
      intercept: round6(fit.intercept + shift), features: features,
      training: FocusModel.Training(
        sets: descriptions, date: date, l2: l2, noiseWeight: weighting.noise,
        setWeights: weighting.sets.isEmpty ? nil : weighting.sets))
  }

  /// Six decimals: enough for the score, and a file that diffs well.
  private static func round6(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
