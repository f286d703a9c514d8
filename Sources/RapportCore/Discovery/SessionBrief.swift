import Foundation

/// The end brief a playbook declares (`brief:`), filled from a session: each section with
/// its lines, the customer's words kept verbatim.
public struct SessionBrief: Codable, Sendable, Equatable {
  /// One filled section.
  public struct Section: Codable, Sendable, Equatable {
    /// What the section shows: "why", "chains", "notes" or "answers".
    public var kind: String
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
      let kind: String
      switch section.part {
      case .why:
        kind = "why"
        lines = [summary.why]
      case .chains:
        kind = "chains"
        lines = summary.chains.map { "\($0.questionID): " + SessionExport.chainText($0) }
      case .notes:
        kind = "notes"
        lines = notes.map { ($0.kind == .draft ? "(unsent draft) " : "") + $0.text }
      case .answers(let ids):
        kind = "answers"
        // In the order the playbook lists them; follow-up answers after their question's.
        lines = ids.flatMap { id in
          engine.turns.filter { $0.prompt.questionID == id }.compactMap(\.words)
        }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !CoachingCard.saysNone($0) }
      }
      return Section(kind: kind, title: section.title, lines: lines, recap: section.recap)
    }
    whyParts = Self.parts(summary.chains)
  }

  /// The why's parts, for a recap when the brief has no answer sections to repeat.
  var whyParts: WhySentence.Parts

  static func parts(_ chains: [WhyChain]) -> WhySentence.Parts {
    func first(_ path: KeyPath<WhyChain, ChainLink>) -> String? {
      chains.lazy.compactMap { $0[keyPath: path].words }.first
    }
    let measures = chains.compactMap(\.measuredBy.words)
    let measured = measures.first { !MoneyAmount.all(in: $0).isEmpty || $0.contains("%") } ?? measures.first
    return WhySentence.Parts(
      wants: first(\.wants), soThat: first(\.soThat), measured: measured, matters: first(\.matters))
  }

  /// What the recap email repeats back, in the customer's words: the first answer of each
  /// recap section, or else the request, the reason and the measure (never the personal
  /// stake, which is not for an email).
  /// `contact` is the customer's name, so that "Dana said she…" is said to Dana as "you said you…".
  func recapLines(contact: String? = nil) -> [String] {
    let answers = sections.filter { $0.recap && $0.kind == "answers" }.compactMap { section in
      section.lines.first.map {
        "\(Self.titleToReader(section.title)): " + Self.toReader(Self.clause($0), contact: contact)
      }
    }
    if !answers.isEmpty { return answers }
    var lines: [String] = []
    if let wants = whyParts.wants {
      lines.append(
        "What you asked for: "
          + (WhySentence.request(wants).map { Self.requestToReader($0.object) }
            ?? Self.toReader(Self.clause(wants), contact: contact)))
    }
    if let why = whyParts.soThat { lines.append("Why it matters: " + Self.toReader(Self.clause(why), contact: contact)) }
    if let measure = whyParts.measured {
      lines.append("How you would measure it: " + Self.toReader(Self.measureOnly(Self.clause(measure)), contact: contact))
    }
    return lines
  }

  /// The customer's words as said to them: "They lost $180k" → "you lost $180k". Only a
  /// pronoun that opens the clause changes ("before they lapse" may mean the renewals); a
  /// bare verb gets "to" ("See which …" → "to see which …"). The contact's own name counts
  /// as "she": with `contact` "Dana Reyes", "Dana said she can't forecast" → "you said you
  /// can't forecast", unless someone else is named too.
  static func toReader(_ text: String, contact: String? = nil) -> String {
    let swaps: [String: String] = [
      "they": "you", "them": "you", "their": "your", "theirs": "yours", "they're": "you're",
      "they've": "you've", "they'd": "you'd", "they'll": "you'll", "themselves": "yourselves", "we": "you",
      "us": "you", "our": "your", "ours": "yours", "we're": "you're", "we've": "you've", "we'd": "you'd",
      "we'll": "you'll", "ourselves": "yourselves",
    ]
    var out: [String] = []
    var text = contact.map { ContactPronouns.namedAsPronoun(text, contact: $0) } ?? text
    let first = text.split(separator: " ").first.map(String.init) ?? ""
    if first.first?.isUppercase == true, first.dropFirst().allSatisfy(\.isLowercase), PersonNames.find(in: text).first.map({ !text.hasPrefix($0) }) ?? true {
      text = first.lowercased() + text.dropFirst(first.count)
    }
    if text.lowercased().hasPrefix("because ") { text = String(text.dropFirst(8)) }
    let baseVerbs = WhySentence.baseVerbs
    // A leading word that is not a verb never gets "to".
    let notVerbs: Set<String> = [
      "in", "on", "at", "by", "for", "from", "with", "without", "after", "before", "during", "since", "when",
      "because", "about", "around", "over", "under", "every", "each", "more", "less", "most", "zero", "no",
      "nobody", "none", "only", "all", "some", "any", "last", "next", "this", "that", "these", "those", "once",
      "twice", "three", "two", "one", "four", "five", "ten", "if", "and", "but", "or", "as", "like", "so",
    ]
    // The customer's own "we" and "our" mean them anywhere; "they" only as the subject.
    let anywhere: Set<String> = ["we", "us", "our", "ours", "we're", "we've", "we'd", "we'll", "ourselves"]
    for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
      let core = ContactPronouns.core(String(word))
      guard index == 0 || anywhere.contains(core), let swap = swaps[core] else {
        if index == 0, baseVerbs.contains(core), !notVerbs.contains(core) {
          out.append("to " + WhySentence.sentenceCase(String(word)))
          continue
        }
        out.append(String(word))
        continue
      }
      out.append(String(word).replacingOccurrences(of: core, with: swap, options: .caseInsensitive))
    }
    return ContactPronouns.toReader(out.joined(separator: " "))
  }

  /// What they asked for, said to them: "a dashboard for their warehouse" → "a dashboard for
  /// your warehouse". Every they-word in the request is the customer's (it follows "they
  /// want"), as is every we-word when they spoke for themselves.
  static func requestToReader(_ object: String) -> String {
    let swaps: [String: String] = [
      "they": "you", "them": "you", "their": "your", "theirs": "yours", "they're": "you're", "they've": "you've",
      "they'd": "you'd", "they'll": "you'll", "themselves": "yourselves", "we": "you", "us": "you", "our": "your",
      "ours": "yours", "ourselves": "yourselves",
    ]
    return object.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
      let core = ContactPronouns.core(String(word))
      guard let swap = swaps[core] else { return String(word) }
      return String(word).replacingOccurrences(of: core, with: swap, options: .caseInsensitive)
    }.joined(separator: " ")
  }

  /// A brief title said to the customer: "What they love, in their words" → "What you
  /// love, in your words".
  static func titleToReader(_ title: String) -> String {
    let swaps = ["they": "you", "their": "your", "them": "you", "they'd": "you'd", "they're": "you're"]
    return title.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
      let core = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
      guard let swap = swaps[core] else { return String(word) }
      return word.lowercased().replacingOccurrences(of: core, with: swap)
    }.joined(separator: " ")
  }

  /// The measure without what the answer added after it: "we lost $120k this quarter and
  /// her boss is furious" → "we lost $120k this quarter". Cut at the first "and" that follows
  /// a number when nothing after it holds one; the rest is for your notes, not the email.
  static func measureOnly(_ text: String) -> String { splitMeasure(text).measure }

  /// A measure answer split into the measure and what it adds after it: "We lost $120k this
  /// quarter and her boss is furious" → ("We lost $120k this quarter", "her boss is furious").
  /// `rest` is nil when nothing follows the number's clause.
  static func splitMeasure(_ text: String) -> (measure: String, rest: String?) {
    func holdsNumber(_ part: Substring) -> Bool {
      part.contains(where: \.isNumber)
        || part.split(separator: " ").contains { AnswerClassifier.numberWords.contains(ContactPronouns.core(String($0))) }
    }
    var searchFrom = text.startIndex
    while let range = text.range(of: " and ", range: searchFrom..<text.endIndex) {
      if holdsNumber(text[..<range.lowerBound]) {
        guard !holdsNumber(text[range.upperBound...]) else { return (text, nil) }
        let rest = WhySentence.trimmed(String(text[range.upperBound...]))
        return (WhySentence.trimmed(String(text[..<range.lowerBound])), rest.isEmpty ? nil : rest)
      }
      searchFrom = range.upperBound
    }
    return (text, nil)
  }

  static func clause(_ text: String) -> String { WhySentence.clause(text) ?? WhySentence.trimmed(WhySentence.oneLine(text)) }

  /// "Your notes on pricing", "Notes on a new CRM", or "Your notes from our call": the
  /// first that rapport's own subject rules pass (at most five words and 40 characters).
  func recapSubject(account: String) -> String {
    let fallback = "Your notes from our call"
    guard sections.contains(where: { $0.kind == "why" }),
      let wants = whyParts.wants.flatMap(WhySentence.request)?.object
    else { return fallback }
    let topic = Self.requestToReader(WhySentence.oneLine(wants))
    return ["Your notes on \(topic)", "Notes on \(topic)"].first { subject in
      subject.split(separator: " ").count <= 5 && subject.count <= LintRule.subjectCharacterLimit
    } ?? fallback
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
