import Foundation

/// The focus features' raw counts for one draft, before `normalised` divides them.
struct FocusCounts {
  /// Per `FocusFeature`: sentences or hits counted (word and share features are filled later).
  var values = [Double](repeating: 0, count: FocusFeature.allCases.count)
  /// Every I/we and you word, before any cue or role.
  var pronouns = (reader: 0, sender: 0)
  /// What fired each count: the feature and the tokens.
  var evidence: [(feature: FocusFeature, tokens: ClosedRange<Int>)] = []
  /// The word-evidence terms found, with their weights (kept only when explaining).
  var wordHits: [(tokens: ClosedRange<Int>, weight: Double)] = []

  /// The feature values: sentence and cue counts per body sentence, words per 100 words,
  /// the We-We share, and whether the draft opens on I/We.
  func normalised(_ m: LintMetrics) -> [Double] {
    var out = values
    let sentences = Double(max(1, m.sentences))
    for feature in FocusFeature.allCases {
      switch feature {
      case .readerWordShare: out[feature.index] = m.readerShare ?? 0.5
      case .pronounShare:
        let all = pronouns.reader + pronouns.sender
        out[feature.index] = all == 0 ? 0.5 : Double(pronouns.reader) / Double(all)
      case .readerBalance:
        out[feature.index] = log(Double(m.readerWords + 1) / Double(m.selfWords + 1))
      case .pronounBalance:
        out[feature.index] = log(Double(pronouns.reader + 1) / Double(pronouns.sender + 1))
      case .senderWords: out[feature.index] = 100 * Double(m.selfWords) / Double(max(1, m.words))
      case .readerWords: out[feature.index] = 100 * Double(m.readerWords) / Double(max(1, m.words))
      case .opensWithSelf: out[feature.index] = m.opensWithSelf ? 1 : 0
      case .addressesReader: out[feature.index] = m.readerWords > 0 ? 1 : 0
      case .wordEvidence: out[feature.index] = values[feature.index]
      case .calendarPressure:
        out[feature.index] = (values[feature.index] + (m.callToAction == "calendar-link" ? 1 : 0)) / sentences
      default: out[feature.index] = values[feature.index] / sentences
      }
    }
    return out
  }
}
