import Foundation

/// The end brief a playbook declares (`brief:`), filled from a session: each section with
/// its lines, the customer's words kept verbatim.
public struct SessionBrief: Codable, Sendable, Equatable {
  /// One filled section.
  public struct Section: Codable, Sendable, Equatable {
    public var title: String
    /// The lines to show; empty when nothing was heard yet.
    public var lines: [String]
    /// True when the recap email repeats this section.
    public var recap: Bool
  }

  public var sections: [Section]

  public init(engine: DiscoveryEngine, summary: SessionSummary, notes: [SessionNote]) {
    sections = engine.playbook.brief.map { section in
      var lines: [String] = []
      switch section.part {
      case .why:
        lines = [summary.why]
      case .chains:
        lines = summary.chains.map { "\($0.questionID): " + SessionExport.chainText($0) }
      case .notes:
        lines = notes.filter { $0.kind == .note }.map(\.text)
      case .answers(let ids):
        lines = engine.turns.filter { turn in
          ids.contains(turn.prompt.questionID) && turn.prompt.kind != .closing || ids.contains(turn.prompt.questionID)
            && turn.prompt.kind == .closing
        }.compactMap(\.words).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      }
      return Section(title: section.title, lines: lines, recap: section.recap)
    }
    whyParts = Self.parts(summary.chains)
  }

  /// The why's parts, for a recap when the brief has no answer sections to repeat.
  var whyParts: WhySentence.Parts

  static func parts(_ chains: [WhyChain]) -> WhySentence.Parts {
    func first(_ path: KeyPath<WhyChain, ChainLink>) -> String? {
      chains.lazy.compactMap { $0[keyPath: path].words }.first
    }
    return WhySentence.Parts(
      wants: first(\.wants), soThat: first(\.soThat), measured: first(\.measuredBy), matters: first(\.matters))
  }

  /// What the recap email repeats back, in the customer's words: the first answer of each
  /// recap section, or else the request, the reason and the measure (never the personal
  /// stake, which is not for an email).
  var recapLines: [String] {
    let answers = sections.filter(\.recap).compactMap { section in
      section.lines.first.map { "\(section.title): " + Self.toReader(Self.clause($0)) }
    }
    if !answers.isEmpty { return answers }
    var lines: [String] = []
    if let wants = whyParts.wants {
      lines.append("What you asked for: " + (WhySentence.request(wants)?.object ?? Self.toReader(Self.clause(wants))))
    }
    if let why = whyParts.soThat { lines.append("Why it matters: " + Self.toReader(Self.clause(why))) }
    if let measure = whyParts.measured { lines.append("How you would measure it: " + Self.toReader(Self.clause(measure))) }
    return lines
  }

  /// The customer's words as said to them: "They lost $180k" → "you lost $180k". Only a
  /// pronoun that opens the clause changes ("before they lapse" may mean the renewals); a
  /// bare verb gets "to" ("See which …" → "to see which …").
  static func toReader(_ text: String) -> String {
    let swaps: [String: String] = [
      "they": "you", "them": "you", "their": "your", "theirs": "yours", "they're": "you're",
      "they've": "you've", "they'd": "you'd", "they'll": "you'll", "themselves": "yourselves", "we": "you",
      "us": "you", "our": "your", "ours": "yours", "we're": "you're", "we've": "you've", "we'd": "you'd",
      "we'll": "you'll", "ourselves": "yourselves",
    ]
    var out: [String] = []
    for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
      let core = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        .trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "'")))
      guard index == 0, let swap = swaps[core] else {
        if index == 0, !WhySentence.startsWithSubject(text), !core.hasSuffix("ing"), core != "to" {
          out.append("to " + WhySentence.sentenceCase(String(word)))
          continue
        }
        out.append(index == 0 ? WhySentence.sentenceCase(String(word)) : String(word))
        continue
      }
      out.append(String(word).replacingOccurrences(of: core, with: swap, options: .caseInsensitive))
    }
    return out.joined(separator: " ")
  }

  static func clause(_ text: String) -> String { WhySentence.clause(text) ?? WhySentence.trimmed(WhySentence.oneLine(text)) }

  /// "Your renewals: recap and next step".
  func recapSubject(account: String) -> String {
    if let wants = whyParts.wants.flatMap(WhySentence.request)?.object, wants.split(separator: " ").count <= 6 {
      return "Your notes on \(wants)"
    }
    return "Your notes from our call"
  }

  /// The brief as Markdown sections ("## Title" and a list).
  public func markdown() -> [String] {
    sections.flatMap { section -> [String] in
      ["## \(section.title)", ""]
        + (section.lines.isEmpty ? ["- _not heard yet_"] : section.lines.map { "- " + SessionExport.oneLine($0) })
        + [""]
    }
  }
}
