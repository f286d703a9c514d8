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

  /// The median of some scores (0 when there are none).
  static func median(_ values: [Int]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2])
      : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }
}
