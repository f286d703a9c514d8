import Testing

@testable import RapportCore

@Suite("Word evidence for the focus verdict")
struct WordEvidenceTests {
  private static func evidence(_ model: WordModel, _ text: String) -> (logit: Double, hits: [(tokens: ClosedRange<Int>, weight: Double)]) {
    let analysis = LintEngine.tokenized(Array(text.utf8))
    return model.evidence(analysis.tokens, bytes: analysis.bytes, detailed: true)
  }

  @Test func aTermsKeyFromItsNameIsTheKeyTheDraftGivesIt() {
    // Case, curly apostrophes and punctuation around a word do not change its key.
    let named = WordTerms.named("We’re SURE your team, and our platform.")
    for name in ["we're", "sure", "your team", "our platform", "we're sure"] {
      #expect(named.values.contains(name), "\(name) missing from \(named.values.sorted())")
      #expect(named[WordTerms.key(of: name)] == name)
    }
    // A comma breaks a pair: "team and" is no term.
    #expect(!named.values.contains("team and"))
  }

  @Test func aWordStandsForItsStemSoInflectionsShareATerm() {
    let pairs = [
      ("helps", "help"), ("helped", "help"), ("helping", "help"), ("HELPS", "help"), ("company's", "company"),
      ("company’s", "company"), ("companies", "company"), ("teams", "team"), ("boxes", "box"), ("really", "real"),
      ("business", "business"), ("was", "was"), ("us", "us"), ("bring", "bring"), ("red", "red"), ("fly", "fly"),
    ]
    for (word, stem) in pairs {
      let named = WordTerms.named(word)
      #expect(Array(named.values) == [stem], "\(word) read as \(named.values)")
      #expect(named[WordTerms.key(of: stem)] == stem, "\(word): the key of \(stem) is not the draft's")
    }
    // Pairs are made of stems too.
    #expect(WordTerms.named("Our teams helped").values.contains("team help"))
    let model = WordModel(terms: [("help", 1)])
    #expect(Self.evidence(model, "It helps. It helped.").logit == 1)
  }

  @Test func eachTermCountsOnceAndUnknownOnesWeighNothing() {
    let model = WordModel(terms: [("our", -1), ("your team", 0.5), ("your", 0.25)])
    let evidence = Self.evidence(model, "Our tool, our team: your team wins. Our price.")
    #expect(evidence.logit == -1 + 0.5 + 0.25)
    #expect(evidence.hits.count == 3)
    #expect(Self.evidence(WordModel(terms: []), "our team").logit == 0)
  }

  @Test func theModelFileReadsBackAsWritten() {
    let model = WordModel(terms: [("a b", -0.125), ("you", 0.5)])
    let text = model.tsv(header: ["fitted on nothing"])
    #expect(text.hasPrefix("# fitted on nothing\n"))
    let back = WordModel(tsv: text)
    #expect(back.names == model.names && back.weights == model.weights)
  }

  @Test func theShippedWordsAreLoadedAndLeanTheWayTheReaderWould() {
    let shipped = WordModel.shipped
    #expect(shipped.names.count > 500)
    let sender = Self.evidence(shipped, "We are the leading platform and our solution is the best.")
    let reader = Self.evidence(shipped, "You mentioned your team loses a day a week to re-keying orders.")
    #expect(sender.logit < 0 && reader.logit > 0, "sender \(sender.logit), reader \(reader.logit)")
  }

  @Test func sparseLogisticLearnsWhichWordsSeparateTheClasses() {
    // Feature 0 marks the positives, feature 1 the negatives, feature 2 is in every row.
    let rows: [[Int32]] = (0..<40).map { $0 % 2 == 0 ? [0, 2] : [1, 2] }
    let labels = (0..<40).map { $0 % 2 == 0 }
    let weights = SparseLogistic.fit(rows, labels: labels, weights: Array(repeating: 1, count: 40), features: 3, l2: 0.01)
    #expect(weights[0] > 1 && weights[1] < -1)
    #expect(abs(weights[2]) < 0.5)
    let tighter = SparseLogistic.fit(rows, labels: labels, weights: Array(repeating: 1, count: 40), features: 3, l2: 1)
    #expect(tighter[0] < weights[0])
  }

  @Test func aTermFromTooFewSourcesIsLeftOutOfTheFit() throws {
    // "zebra" marks every customer item but comes from two sources only; "you" comes from many.
    var blocks: [String] = []
    for i in 0..<12 {
      let customer = i % 2 == 0
      let source = customer && i < 4 ? "zoo\(i)" : "page\(i)"
      let text = customer ? (i < 4 ? "zebra you win" : "you win") : "we win"
      blocks.append("=== id: m\(i) | label: \(customer ? "customer" : "self") | pair: - | profile: cold-email | group: \(source)\n\(text)")
    }
    let set = try LintEvaluation(parsing: blocks.joined(separator: "\n"))
    let rows = LintEvaluation.WordRows([set.scored()], weighting: .init())
    let model = LintEvaluation.fitWords(rows, on: Array(rows.labels.indices), l2: 0.001)
    #expect(model.names.contains("you") && model.names.contains("we"))
    #expect(!model.names.contains("zebra"))
  }

  @Test func functionWordsAloneAreLeftOutOfTheFitButPronounsAndPairsWithAContentWordStay() throws {
    // "the", "on" and "on the" mark every customer item in many sources, as length or genre
    // would; they say nothing about whom a message serves, so they get no weight. "your",
    // "on your" and "the report" do.
    var blocks: [String] = []
    for i in 0..<12 {
      let text = i % 2 == 0 ? "the report ships on the day on your desk" : "we ship it"
      blocks.append("=== id: f\(i) | label: \(i % 2 == 0 ? "customer" : "self") | pair: - | profile: cold-email | group: p\(i)\n\(text)")
    }
    let set = try LintEvaluation(parsing: blocks.joined(separator: "\n"))
    let rows = LintEvaluation.WordRows([set.scored()], weighting: .init())
    let model = LintEvaluation.fitWords(rows, on: Array(rows.labels.indices), l2: 0.001)
    for kept in ["your", "on your", "the report", "we"] { #expect(model.names.contains(kept), "\(kept) missing") }
    for dropped in ["the", "on", "on the"] { #expect(!model.names.contains(dropped), "\(dropped) fitted") }
    // Stemmed as the terms are: "does" is the term "doe", "towards" is "toward".
    #expect(FunctionWords.isFunctionTerm("doe") && FunctionWords.isFunctionTerm("toward to"))
    #expect(!FunctionWords.isFunctionTerm("your") && !FunctionWords.isFunctionTerm("our") && !FunctionWords.isFunctionTerm("its"))
    // The shipped file holds none of them.
    #expect(!WordModel.shipped.names.contains(where: FunctionWords.isFunctionTerm))
  }

  @Test func outOfFoldEvidenceComesFromWeightsFittedWithoutTheItemsFold() throws {
    // Every item is its own source and the only holder of its word: out of fold, no item
    // can see its own word, so its evidence is 0 unless shared words carry it.
    let blocks = (0..<10).map { i in
      "=== id: u\(i) | label: \(i % 2 == 0 ? "customer" : "self") | pair: - | profile: cold-email\nword\(i)x"
    }
    let set = try LintEvaluation(parsing: blocks.joined(separator: "\n"))
    let unseen = LintEvaluation.withOutOfFoldWordEvidence([set.scored()], k: 5)
    for item in unseen[0] { #expect(item.features[FocusFeature.wordEvidence.index] == 0) }
  }

  @Test func theNewPagesCheckGivesLaterItemsEvidenceFittedWithoutThem() throws {
    // Twelve earlier items from many sources, where "you" marks the customer-focused ones, then
    // three later items that all share one word, "zebra", in three sources: were the later items
    // in the word fit, "zebra" would weigh something; fitted on the earlier ones only, it weighs
    // nothing, so a later item's evidence is that of its other words.
    var blocks = (0..<12).map { i in
      "=== id: e\(i) | label: \(i % 2 == 0 ? "customer" : "self") | pair: - | profile: cold-email | group: g\(i)\n"
        + (i % 2 == 0 ? "you win" : "we win")
    }
    blocks += (0..<3).map { i in
      "=== id: l\(i) | label: customer | pair: - | profile: cold-email | group: later\(i)\nzebra you win"
    }
    let set = try LintEvaluation(parsing: blocks.joined(separator: "\n")).scored()
    let checked = LintEvaluation.withNewPagesWordEvidence([set], first: 12, k: 3)
    let earlier = LintEvaluation.withOutOfFoldWordEvidence([Array(set.prefix(12))], k: 3)
    let index = FocusFeature.wordEvidence.index
    // The same to the last bit: sums are taken in term order, not a dictionary's.
    for (a, b) in zip(checked[0].prefix(12), earlier[0]) {
      #expect(a.features[index] == b.features[index])
    }
    let words = LintEvaluation.fitWordModel([Array(set.prefix(12))], k: 3).model
    #expect(!words.names.contains("zebra"))
    for item in checked[0].suffix(3) {
      #expect(item.features[index] == words.logit(keys: WordTerms.named("you win").keys))
    }
  }
}
