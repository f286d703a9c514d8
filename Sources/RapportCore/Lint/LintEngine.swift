/// Lints drafted sales messages: compile once, then lint any number of drafts.
///
/// One pass tokenizes the UTF-8 bytes; one walk of a token trie finds every rule phrase,
/// name and focus cue; the measured checks and the score work on the counts that pass left.
public struct LintEngine: Sendable {
  public let rules: [LintRule]
  public let configuration: LintConfiguration
  private let matcher: PhraseMatcher
  /// The measured rules (rule index, its check), in rule order.
  private let checks: [(rule: Int, check: Check)]
  /// The meeting-ask rules' indices (an array: a Set<Int> costs a run-time type lookup at start).
  private let meetingRules: [Int]
  /// Severity per rule index after configuration; nil when the rule is off.
  private let severities: [Severity?]
  /// Per rule index: counts toward the phrases part; is a subject rule.
  private let isPhraseRule: [Bool]
  private let isSubjectRule: [Bool]
  /// Phrase rules about the sender (focus, openers), and the generic I/We opener rule.
  private let isOpeningPhrase: [Bool]
  private let opensWithSelfRule: Int?
  /// Per rule index: its `subjectWords` limit, if any.
  private let subjectWords: [Int?]
  private let notAfterReader: [Bool]
  /// The fitted focus verdict (`models/lint-focus.json`).
  private let focusModel: FocusModel.Compiled

  public init(configuration: LintConfiguration = LintConfiguration(), rules: [LintRule] = RuleCatalog.all) {
    self.rules = rules
    self.configuration = configuration
    var matcher = PhraseMatcher()
    FocusLexicon.install(into: &matcher)
    FocusCues.install(into: &matcher)
    var checks: [(rule: Int, check: Check)] = []
    for (index, rule) in rules.enumerated() {
      switch rule.detector {
      case .phrases(let phrases):
        // `~` and `+` mark words whose inflections match too ("leverage~": leverages, leveraged…).
        for phrase in phrases {
          for form in Inflection.expand(phrase.lowercased()) { matcher.add(form, .rule(index)) }
        }
      case .check(let check): checks.append((index, check))
      }
    }
    for name in configuration.selfNames where !name.isEmpty { matcher.add(name.lowercased(), .selfName) }
    for name in configuration.customerNames where !name.isEmpty { matcher.add(name.lowercased(), .customerName) }
    self.matcher = matcher
    self.checks = checks
    meetingRules = rules.indices.filter { rules[$0].role == .meetingAsk }
    isPhraseRule = rules.map { rule in
      if case .phrases = rule.detector { return true }
      return rule.role == .selfOpener
    }
    isSubjectRule = rules.map { $0.role == .subjectLine }
    isOpeningPhrase = rules.map { rule in
      guard case .phrases = rule.detector else { return false }
      return rule.category == .focus || rule.category == .openers
    }
    opensWithSelfRule = rules.firstIndex { $0.role == .selfOpener }
    subjectWords = rules.map(\.subjectWords)
    notAfterReader = rules.map(\.notAfterReader)
    severities = rules.map { rule in
      if let override = configuration.severities[rule.id] { return override }
      return rule.severity
    }
    focusModel = FocusModel.shipped.compiled
  }

  /// The same engine in storage of its own, for another thread: equal in every table to a
  /// fresh compile of the same configuration, for the price of copying the tables.
  public func unshared() -> LintEngine { LintEngine(unsharing: self) }

  private init(unsharing other: LintEngine) {
    rules = other.rules.unshared()
    configuration = other.configuration
    matcher = other.matcher.unshared()
    checks = other.checks.unshared()
    meetingRules = other.meetingRules.unshared()
    severities = other.severities.unshared()
    isPhraseRule = other.isPhraseRule.unshared()
    isSubjectRule = other.isSubjectRule.unshared()
    isOpeningPhrase = other.isOpeningPhrase.unshared()
    opensWithSelfRule = other.opensWithSelfRule
    subjectWords = other.subjectWords.unshared()
    notAfterReader = other.notAfterReader.unshared()
    focusModel = FocusModel.Compiled(intercept: other.focusModel.intercept, weights: other.focusModel.weights.unshared())
  }

  /// Lints `text`.
  public func lint(_ text: String) -> LintReport { lint(bytes: Array(text.utf8)) }

  /// `bytes` split into lines, tokens and sentences, before any rule runs.
  static func tokenized(_ bytes: [UInt8]) -> Analysis {
    var analysis = Analysis(bytes: bytes)
    var tokenizer = Tokenizer()
    analysis.bytes.withUnsafeBufferPointer { buffer in
      tokenizer.run(buffer, lines: analysis.lines, kinds: analysis.kinds)
    }
    analysis.tokens = tokenizer.tokens
    analysis.sentences = tokenizer.sentences
    return analysis
  }

  /// Lints valid UTF-8 `bytes` (see `LintInput` for checking and repairing raw input).
  public func lint(bytes: [UInt8]) -> LintReport {
    var analysis = Self.tokenized(bytes)
    matcher.assignVocabulary(&analysis.tokens)

    // Room for a typical draft's hits up front: growing these from empty reallocated each
    // of them several times per draft.
    var cues = FocusAnalyzer.Cues()
    cues.hits.reserveCapacity(16)
    // Locals, so the loop below never copies the whole engine (a closure capturing `self`
    // did, and the retains and releases took 85% of a many-file run).
    let flags = matcher.flags
    let subjectWords = self.subjectWords
    let notAfterReader = self.notAfterReader
    var phraseHits: [Hit] = []
    phraseHits.reserveCapacity(16)
    // The sentence each phrase hit starts in (tokens outside any sentence get their own key).
    var hitSentences: [Int] = []
    hitSentences.reserveCapacity(16)
    var sentence = 0
    let sentences = analysis.sentences
    var counted = (sentence: -1, token: 0, words: 0)
    // Every match of the draft, appended in token order: each word reads only what it added
    // (clearing the buffer per word cost a generic call each time).
    var found: [(PhraseMatcher.Payload, Int)] = []
    found.reserveCapacity(64)
    analysis.tokens.withUnsafeBufferPointer { tokens in
    for start in tokens.indices where tokens[start].kind == .word || tokens[start].kind == .number {
      while sentence < sentences.count && sentences[sentence].tokens.upperBound <= start { sentence += 1 }
      let key = sentence < sentences.count && sentences[sentence].tokens.contains(start) ? sentence : -1 - start
      let first = found.count
      matcher.matches(tokens, at: start, into: &found)
      for (payload, end) in found[first...] {
        switch payload {
        case .rule(let rule):
          if let limit = subjectWords[rule] {
            guard key >= 0 else { continue }
            // Words of this sentence before `start`, counted on from the last hit: one pass
            // per sentence however many hits it has (a run-on "our platform, our platform…").
            if counted.sentence != key { counted = (key, sentences[key].tokens.lowerBound, 0) }
            while counted.token < start {
              if tokens[counted.token].isWord { counted.words += 1 }
              counted.token += 1
            }
            guard counted.words < limit else { continue }
          }
          if notAfterReader[rule], start > 0, tokens[start - 1].vocab >= 0,
            flags[Int(tokens[start - 1].vocab)].contains(.reader)
          {
            continue
          }
          phraseHits.append(Hit(rule: rule, start: Int(tokens[start].start), end: Int(tokens[end].end)))
          hitSentences.append(key)
        case .selfName: cues.names.append((.sender, start, end))
        case .customerName: cues.names.append((.reader, start, end))
        case .neutralReader: cues.neutral.append((start, end))
        case .inclusive: cues.inclusive.append(start)
        case .attention: cues.attention.append(start)
        case .cue(let cue): cues.hits.append((cue, start, end))
        }
      }
    }
    }
    analysis.phraseHits = Self.firstPerRulePerSentence(phraseHits, sentences: hitSentences)
    FocusAnalyzer(matcher: matcher, detailed: explainsFocus).analyze(&analysis, cues: cues)
    Measurements.measure(&analysis, meetingRules: meetingRules)
    analysis.hits = analysis.phraseHits
    CheckContext.run(checks, definitions: rules, profile: configuration.profile, on: &analysis)
    return finish(analysis)
  }

  /// At most this many examples of what fired each focus feature are kept.
  static let evidenceLimit = 20
  /// At most this many words are named for `word_evidence`, the heaviest first.
  static let wordEvidenceLimit = 8

  /// Whether to gather the focus verdict's points and the words behind each feature.
  private var explainsFocus: Bool { configuration.explains && configuration.explainsFocus }

  /// The focus features of an analysed draft, with (up to `evidenceLimit`, each once) the
  /// words that fired them when explaining.
  private func focusFeatures(_ analysis: Analysis) -> FocusFeatureValues {
    let counts = analysis.focusCounts
    let values = counts.normalised(analysis.metrics)
    guard explainsFocus else { return FocusFeatureValues(values: values) }
    var evidence = [[String]](repeating: [], count: values.count)
    var seen = [Set<String>](repeating: [], count: values.count)
    func add(_ feature: FocusFeature, _ text: String) {
      let index = feature.index
      guard evidence[index].count < Self.evidenceLimit, seen[index].insert(text).inserted else { return }
      evidence[index].append(text)
    }
    for (feature, tokens) in counts.evidence where evidence[feature.index].count < Self.evidenceLimit {
      let bytes = Int(analysis.tokens[tokens.lowerBound].start)..<Int(analysis.tokens[tokens.upperBound].end)
      add(feature, analysis.text(bytes).split(whereSeparator: \.isNewline).joined(separator: " "))
    }
    if analysis.metrics.callToAction == "calendar-link" {
      for link in Measurements.calendarLinks(analysis).prefix(Self.evidenceLimit) {
        add(.calendarPressure, analysis.text(of: link))
      }
    }
    for (index, role) in analysis.sentenceRoles.enumerated() where role == .sender || role == .reader {
      let feature: FocusFeature = role == .sender ? .senderSentences : .readerSentences
      guard evidence[feature.index].count < Self.evidenceLimit else { continue }
      let range = analysis.sentences[index].tokens
      let words = range.lazy.filter { analysis.tokens[$0].isWord }.prefix(6).map { analysis.text(of: analysis.tokens[$0]) }
      add(feature, words.joined(separator: " ") + (range.count > 6 ? "…" : ""))
    }
    for (index, token) in analysis.tokens.enumerated() where analysis.roles[index] == .sender || analysis.roles[index] == .reader {
      add(analysis.roles[index] == .sender ? .senderWords : .readerWords, analysis.text(of: token))
    }
    // The words that weighed most, either way, with their weights: "your team +0.42".
    for hit in counts.wordHits.sorted(by: { abs($0.weight) > abs($1.weight) }).prefix(Self.wordEvidenceLimit) {
      let words = hit.tokens.map { analysis.text(of: analysis.tokens[$0]) }.joined(separator: " ")
      let weight = (hit.weight * 100).rounded() / 100
      add(.wordEvidence, words + (weight >= 0 ? " +" : " ") + "\(weight)")
    }
    evidence[FocusFeature.pronounShare.index] =
      ["\(counts.pronouns.reader) you, \(counts.pronouns.sender) I/we words"]
    evidence[FocusFeature.readerWordShare.index] =
      ["\(analysis.metrics.readerWords) reader, \(analysis.metrics.selfWords) sender words"]
    evidence[FocusFeature.pronounBalance.index] = evidence[FocusFeature.pronounShare.index]
    evidence[FocusFeature.readerBalance.index] = evidence[FocusFeature.readerWordShare.index]
    evidence[FocusFeature.addressesReader.index] = Array(evidence[FocusFeature.readerWords.index].prefix(1))
    if analysis.metrics.opensWithSelf, let first = evidence[FocusFeature.senderSubject.index].first {
      evidence[FocusFeature.opensWithSelf.index] = [first]
    }
    return FocusFeatureValues(values: values, evidence: evidence)
  }

  /// Keeps one hit per rule per sentence: the earliest, longest one. A second match of the
  /// same rule in the same sentence ("15 minutes for a quick call") says nothing new.
  private static func firstPerRulePerSentence(_ hits: [Hit], sentences: [Int]) -> [Hit] {
    guard hits.count > 1 else { return hits }
    let order = hits.indices.sorted {
      (hits[$0].rule, sentences[$0], hits[$0].start, -hits[$0].end)
        < (hits[$1].rule, sentences[$1], hits[$1].start, -hits[$1].end)
    }
    var kept: [Hit] = []
    kept.reserveCapacity(hits.count)
    var last: (rule: Int, sentence: Int)?
    for index in order {
      if let last, last.rule == hits[index].rule, last.sentence == sentences[index] { continue }
      kept.append(hits[index])
      last = (hits[index].rule, sentences[index])
    }
    return kept.sorted { ($0.start, $0.rule) < ($1.start, $1.rule) }
  }

  private func finish(_ analysis: Analysis) -> LintReport {
    // The first line each rule is silenced from ("all" silences every rule).
    var silencedFrom: [String: Int] = [:]
    for directive in analysis.directives {
      silencedFrom[directive.rule] = min(silencedFrom[directive.rule] ?? Int.max, directive.line)
    }
    let allFrom = silencedFrom["all"] ?? Int.max
    var kept: [(Hit, Severity)] = []
    kept.reserveCapacity(analysis.hits.count)
    for hit in analysis.hits {
      guard let severity = severities[hit.rule] else { continue }
      if !silencedFrom.isEmpty {
        let from = min(allFrom, silencedFrom[rules[hit.rule].id] ?? Int.max)
        if from != Int.max && (hit.wholeMessage || from <= analysis.line(of: hit.start)) { continue }
      }
      kept.append((hit, severity))
    }
    // "I wanted to reach out", "We help…", "My name is…": the phrase finding already says the
    // message opens on the sender, so the generic I/We opener finding would repeat it.
    if let opener = opensWithSelfRule, kept.contains(where: { $0.0.rule == opener }) {
      // A plain array (a draft has a few findings): a Set hashed every start, and the
      // closure over `self` copied the whole engine.
      let isOpeningPhrase = self.isOpeningPhrase
      var phraseStarts: [Int] = []
      phraseStarts.reserveCapacity(kept.count)
      for (hit, _) in kept where isOpeningPhrase[hit.rule] { phraseStarts.append(hit.start) }
      if !phraseStarts.isEmpty { kept.removeAll { $0.0.rule == opener && phraseStarts.contains($0.0.start) } }
    }
    let positions = Positions(analysis)
    var findings: [Finding] = []
    findings.reserveCapacity(kept.count)
    var phraseFindings: [Finding] = []
    var subjectFindings: [Finding] = []
    var phraseCount = 0
    var subjectCount = 0
    for (hit, _) in kept {
      if isPhraseRule[hit.rule] { phraseCount += 1 }
      if isSubjectRule[hit.rule] { subjectCount += 1 }
    }
    if phraseCount > 0 { phraseFindings.reserveCapacity(phraseCount) }
    if subjectCount > 0 { subjectFindings.reserveCapacity(subjectCount) }
    var meetingFallback: String?
    for (hit, severity) in kept {
      let finding = positions.finding(
        rule: rules[hit.rule].id, severity: severity, start: hit.start, end: hit.end,
        message: hit.message ?? rules[hit.rule].message,
        suggestion: rules[hit.rule].role == .meetingAsk
          ? MeetingAskSuggestion.suggestion(at: hit.start, in: analysis, fallback: &meetingFallback)
          : rules[hit.rule].suggestion)
      if isPhraseRule[hit.rule] { phraseFindings.append(finding) }
      if isSubjectRule[hit.rule] { subjectFindings.append(finding) }
      findings.append(finding)
    }
    let features = focusFeatures(analysis)
    let verdict = focusModel.verdict(features, detailed: explainsFocus)
    let score = ScoreCalculator(profile: configuration.profile, detailed: configuration.explains).score(
      analysis, focus: verdict, phraseFindings: phraseFindings, subjectFindings: subjectFindings)
    // Labelled as `LintReport` stores it: an unlabelled array was converted element by element.
    var focus: [(range: Range<Int>, focus: String)] = []
    focus.reserveCapacity(analysis.sentences.count)
    for (index, sentence) in analysis.sentences.enumerated() where !sentence.isGreeting {
      let range = sentence.tokens
      let bytes = Int(analysis.tokens[range.lowerBound].start)..<Int(analysis.tokens[range.upperBound - 1].end)
      let role = analysis.sentenceRoles[index]
      focus.append((bytes, role == .reader ? "reader" : role == .sender ? "sender" : "neutral"))
    }
    var report = LintReport(
      profile: configuration.profile, findings: findings, metrics: analysis.metrics, score: score,
      bytes: analysis.bytes, lineRanges: analysis.lines, sentences: focus, focus: verdict,
      focusFeatures: features.values)
    if !analysis.directives.isEmpty {
      let known = Set(rules.map(\.id))
      for directive in analysis.directives where directive.rule != "all" && !known.contains(directive.rule) {
        report.unknownSuppressions.append((directive.rule, directive.line + 1))
      }
    }
    return report
  }
}
