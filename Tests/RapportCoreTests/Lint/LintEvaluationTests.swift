import Foundation
import Testing

@testable import RapportCore

@Suite("Evaluation set")
struct LintEvaluationTests {
  private static let setPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Evaluation/messages.txt").path

  @Test func parsesHeadersAndBodies() throws {
    let set = try LintEvaluation(
      parsing: """
        === id: a-before | label: self | pair: a | profile: cold-email
        Subject: Us

        We are great.

        === id: a-after | label: customer | pair: a | profile: linkedin
        Your team grew.
        === id: solo | label: customer | pair: - | profile: reply
        Is it slow?
        """)
    #expect(set.messages.map(\.id) == ["a-before", "a-after", "solo"])
    #expect(set.messages[0].text == "Subject: Us\n\nWe are great.")
    #expect(set.messages[1].profile == .linkedin && set.messages[1].customerFocused)
    #expect(set.messages[2].pair == nil)
    #expect(set.pairs.count == 1)
  }

  @Test func readsGenreAndGroupAndDefaultsTheGroupToPairOrId() throws {
    let set = try LintEvaluation(
      parsing: """
        === id: v-before | label: self | pair: v | profile: linkedin | genre: voicemail | group: v
        Hi, it's Sam from Acme.
        === id: b | label: customer | pair: - | profile: follow-up | genre: bump | group: b
        Saw the news.
        === id: old-a | label: self | pair: old | profile: reply
        We are great.
        === id: old-b | label: customer | pair: - | profile: reply
        Your team grew.
        """)
    #expect(set.messages.map(\.genre) == ["voicemail", "bump", nil, nil])
    #expect(set.messages.map(\.group) == ["v", "b", "old", "old-b"])
  }

  @Test func everyCommittedMessageHasAKnownGenreAndItsPairAsGroup() throws {
    let set = try LintEvaluation(parsing: String(contentsOfFile: Self.setPath, encoding: .utf8))
    let genres: Set = [
      "cold-email", "one-line", "voicemail", "linkedin", "slack", "bump", "follow-up", "reply", "letter",
      "you-heavy-pitch", "we-heavy-customer", "guide-sentence",
    ]
    for message in set.messages {
      #expect(message.genre.map(genres.contains) == true, "\(message.id): genre \(message.genre ?? "missing")")
      #expect(message.group == (message.pair ?? message.id), "\(message.id): group \(message.group)")
    }
    #expect(Set(set.messages.map(\.id)).count == set.messages.count, "ids are unique")
    for pair in Dictionary(grouping: set.messages.compactMap(\.pair), by: { $0 }) {
      #expect(pair.value.count == 2, "pair \(pair.key) has \(pair.value.count) messages")
    }
  }

  @Test func rejectsABadHeader() {
    #expect(throws: RapportError.self) { try LintEvaluation(parsing: "=== id: x | label: maybe | pair: - | profile: reply\nHi") }
  }

  @Test func aucCountsWinsAndHalfTies() {
    #expect(LintEvaluation.auc(customer: [3, 4], self: [1, 2]) == 1)
    #expect(LintEvaluation.auc(customer: [1], self: [1]) == 0.5)
    #expect(LintEvaluation.auc(customer: [1, 3], self: [2]) == 0.5)
  }

  /// Prints the ROC AUC and the pair share: `swift test --filter LintEvaluationTests`.
  @Test func scoreSeparatesCustomerFromSelfFocusedMessages() throws {
    guard FileManager.default.fileExists(atPath: Self.setPath) else { return }
    let text = try String(contentsOfFile: Self.setPath, encoding: .utf8)
    let set = try LintEvaluation(parsing: text)
    let scores = set.scores()
    let customer = set.messages.filter(\.customerFocused).map { Double(scores[$0.id]!) }
    let selfFocused = set.messages.filter { !$0.customerFocused }.map { Double(scores[$0.id]!) }
    let auc = LintEvaluation.auc(customer: customer, self: selfFocused)
    let pairs = set.pairs
    let improved = pairs.filter { scores[$0.after.id]! > scores[$0.before.id]! }.count
    let share = pairs.isEmpty ? 1 : Double(improved) / Double(pairs.count)
    print("lint eval: \(set.messages.count) messages (\(customer.count) customer, \(selfFocused.count) self)")
    print("lint eval: ROC AUC \(String(format: "%.3f", auc)); rewrite scores higher in \(improved)/\(pairs.count) pairs (\(String(format: "%.1f", share * 100))%)")
    // The baseline the issue names: a We-We pronoun ratio, you/your ÷ (you/your + I/we/our/my).
    func naive(_ text: String) -> Double {
      let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
      let reader = words.filter { ["you", "your", "yours", "you're", "you’re"].contains(String($0)) }.count
      let sender = words.filter { ["i", "we", "us", "our", "my", "me", "i'm", "we're", "i’m", "we’re"].contains(String($0)) }.count
      return reader + sender == 0 ? 0.5 : Double(reader) / Double(reader + sender)
    }
    let naiveAUC = LintEvaluation.auc(
      customer: set.messages.filter(\.customerFocused).map { naive($0.text) },
      self: set.messages.filter { !$0.customerFocused }.map { naive($0.text) })
    print("lint eval: baseline We-We pronoun ratio ROC AUC \(String(format: "%.3f", naiveAUC))")
    for message in set.messages.sorted(by: { scores[$0.id]! < scores[$1.id]! }) {
      print("  \(scores[message.id]!)\t\(message.customerFocused ? "customer" : "self    ")\t\(message.id)")
    }
    #expect(set.messages.count >= 60)
    #expect(auc >= 0.9)
    #expect(share >= 0.9)
  }

  /// The focus verdict on the committed set (in-sample: the shipped model was fitted on it and
  /// on the local real set; `rapport eval` prints the cross-validated figures).
  @Test func focusVerdictSeparatesTheCommittedSetAndRewritesWin() throws {
    let set = try LintEvaluation(parsing: String(contentsOfFile: Self.setPath, encoding: .utf8))
    let figures = LintEvaluation.figures(name: "written", set.scored())
    #expect(figures.focusAUC >= 0.9, "focus AUC \(figures.focusAUC)")
    #expect(figures.focusAUC > figures.weWeAUC, "the We-We floor is \(figures.weWeAUC)")
    #expect(Double(figures.focusPairs.won) >= 0.95 * Double(figures.focusPairs.of), "\(figures.focusPairs)")
    // Self-focused messages sit low on the scale, not in the middle.
    #expect(figures.selfMedian <= 33, "self-focused median \(figures.selfMedian)")
  }

  /// `rapport eval --features`: each feature's AUC on its own, in the direction it points.
  @Test func featureSeparationPointsReaderFeaturesUpAndSenderFeaturesDown() throws {
    let set = try LintEvaluation(parsing: String(contentsOfFile: Self.setPath, encoding: .utf8))
    let separations = LintEvaluation.featureSeparation(set.scored())
    #expect(separations.map(\.feature) == FocusFeature.allCases)
    let byFeature = Dictionary(uniqueKeysWithValues: separations.map { ($0.feature, $0) })
    #expect(byFeature[.readerSentences]!.auc > 0.7, "\(byFeature[.readerSentences]!)")
    #expect(byFeature[.senderSentences]!.auc < 0.3, "\(byFeature[.senderSentences]!)")
    #expect(separations.allSatisfy { (0...1).contains($0.firing) && (0...1).contains($0.auc) })
    #expect(byFeature[.readerSentences]!.firing > 0.3)
  }
}
