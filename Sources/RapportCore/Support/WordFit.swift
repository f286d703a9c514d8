/// The rows of a word-evidence fit (`WordModel`): each text's terms (`WordTerms`), its label,
/// its weight in the fit and its source. Shared by the focus verdict (`make fit-lint`) and the
/// why-ladder (`make fit-ladder`): both fit an L2 logistic regression over the stemmed words and
/// adjacent pairs that enough sources use, and nothing else.
public struct WordFit: Sendable {
  public private(set) var terms: [[UInt64: String]] = []
  public private(set) var labels: [Bool] = []
  public private(set) var weights: [Double] = []
  public private(set) var groups: [String] = []

  public init() {}

  /// Adds one labelled text (true: the positive class) with its weight and source.
  public mutating func append(text: String, label: Bool, weight: Double, group: String) {
    terms.append(WordTerms.named(text))
    labels.append(label)
    weights.append(weight)
    groups.append(group)
  }

  /// Word weights fitted on the rows `train` with penalty `l2` (on a loss whose row weights sum
  /// to 1), over the terms found in at least `minimumSources` of their sources, function words
  /// alone excepted (`FunctionWords`): one page's names and turns of phrase say nothing about
  /// the next page. Terms whose weight comes out 0 are left out.
  public func fit(on train: [Int], l2: Double, minimumSources: Int) -> WordModel {
    var sources: [UInt64: Set<String>] = [:]
    var names: [UInt64: String] = [:]
    for i in train {
      for (key, name) in terms[i] {
        sources[key, default: []].insert(groups[i])
        names[key] = names[key] ?? name
      }
    }
    let vocabulary = sources.filter { $0.value.count >= minimumSources && !FunctionWords.isFunctionTerm(names[$0.key]!) }
      .keys.sorted { names[$0]! < names[$1]! }
    var column: [UInt64: Int32] = [:]
    for (index, key) in vocabulary.enumerated() { column[key] = Int32(index) }
    let sparse = train.map { i in terms[i].keys.compactMap { column[$0] }.sorted() }
    let fitted = SparseLogistic.fit(
      sparse, labels: train.map { labels[$0] }, weights: train.map { weights[$0] }, features: vocabulary.count,
      l2: l2)
    return WordModel(terms: vocabulary.indices.compactMap { index in
      fitted[index] == 0 ? nil : (names[vocabulary[index]]!, fitted[index])
    })
  }

  /// The evidence `model` gives row `row`.
  public func logit(_ model: WordModel, row: Int) -> Double {
    model.logit(keys: terms[row].keys)
  }
}
