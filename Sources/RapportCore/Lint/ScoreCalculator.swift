/// The 0–100 score as a weighted sum of named parts, each with its formula and what it counted.
///
/// The focus part is the fitted focus verdict's score. Base weights: focus 40, openers & phrases 20, ask 15, length 10, readability 10, subject 5.
/// When the subject does not apply (no `Subject:` line, or a profile without one), its
/// weight is spread over the others in proportion. A draft past the profile's word limit
/// scores at most 100 × limit ÷ words (`Score.cap`).
struct ScoreCalculator {
  static let baseWeights: [(String, Double)] = [
    ("focus", 40), ("phrases", 20), ("ask", 15), ("length", 10), ("readability", 10), ("subject", 5),
  ]
  /// Points taken off the phrases part per finding, by severity.
  static func penalty(_ severity: Severity) -> Double {
    switch severity {
    case .suggestion: 5
    case .warning: 15
    case .error: 30
    }
  }

  let profile: Profile
  /// When false, formulas and counted words are left empty (nobody will print them).
  var detailed = true

  /// `phraseFindings` are the findings of phrase rules and the I/We opener;
  /// `subjectFindings` those of subject rules.
  func score(_ a: Analysis, focus: FocusVerdict, phraseFindings: [Finding], subjectFindings: [Finding]) -> Score {
    let m = a.metrics
    var parts: [SubScore] = []
    parts.reserveCapacity(6)

    // Focus: the fitted focus verdict (see `FocusModel`).
    parts.append(
      SubScore(
        name: "focus", weight: 0, value: Double(focus.score),
        formulaUTF8: !detailed ? [] : ("""
          the focus verdict: 100 × the fitted probability that the draft is about the reader \
          (\(focus.score), \(focus.label); see the points per feature above)
          """ as UTF8Text).bytes,
        counted: !detailed ? UTF8List() : focusWords(a)))

    // Openers and phrases.
    let penalty = phraseFindings.reduce(0.0) { $0 + Self.penalty($1.severity) }
    parts.append(
      SubScore(
        name: "phrases", weight: 0, value: max(0, 100 - penalty),
        formulaUTF8: !detailed ? [] : ("""
          100 − 5 per suggestion, 15 per warning, 30 per error among phrase and opener findings \
          = 100 − \(Int(penalty))
          """ as UTF8Text).bytes,
        counted: !detailed ? UTF8List() : phraseWords(phraseFindings)))

    // The ask.
    let questionBase: Double = m.questions == 0 ? 30 : m.questions <= 3 ? 100 : 70
    let ctaPenalty: Double = m.callToAction == "meeting" ? 30 : m.callToAction == "calendar-link" ? 40 : 0
    parts.append(
      SubScore(
        name: "ask", weight: 0, value: max(0, questionBase - ctaPenalty),
        formulaUTF8: !detailed ? [] : ("""
          questions: 0 → 30, 1–3 → 100, 4+ → 70; minus 30 for a meeting request, 40 for a calendar \
          link = \(Int(questionBase)) − \(Int(ctaPenalty)) (\(m.questions) question\(m.questions == 1 ? "" : "s"), \
          ask: \(m.callToAction))
          """ as UTF8Text).bytes,
        counted: !detailed ? UTF8List() : questions(a)))

    // Length.
    let band = profile.idealWords
    let n = Double(m.words)
    let length: Double
    var lengthFormula: UTF8Text = ""
    if m.words < band.lowerBound {
      length = max(0, 100 - 60 * (Double(band.lowerBound) - n) / Double(band.lowerBound))
      if detailed { lengthFormula = "under the band: 100 − 60 × (\(band.lowerBound) − \(m.words))/\(band.lowerBound)" }
    } else if m.words <= band.upperBound {
      length = 100
      if detailed { lengthFormula = "\(m.words) words, inside \(band.lowerBound)–\(band.upperBound): 100" }
    } else {
      let span = Double(profile.maximumWords - band.upperBound)
      length = max(0, 100 - 80 * (n - Double(band.upperBound)) / span)
      if detailed {
        lengthFormula =
          "over the band: 100 − 80 × (\(m.words) − \(band.upperBound))/(\(profile.maximumWords) − \(band.upperBound))"
      }
    }
    if detailed { lengthFormula.append(" (\(profile.name): \(band.lowerBound)–\(band.upperBound) words)") }
    parts.append(
      SubScore(
        name: "length", weight: 0, value: length,
        formulaUTF8: lengthFormula.bytes,
        counted: !detailed ? UTF8List() : UTF8List(["\(m.words) words" as UTF8Text])))

    // Readability.
    let grade = m.readability.grade
    let upper = profile.gradeBand.upperBound
    let readability = m.words == 0 ? 100 : max(0, min(100, 100 - 10 * (grade - upper)))
    parts.append(
      SubScore(
        name: "readability", weight: 0, value: readability,
        formulaUTF8: !detailed ? [] : ("""
          grade ≤ \(Int(upper)) → 100, else 100 − 10 × (grade − \(Int(upper))); Flesch–Kincaid grade \
          \(oneDecimal: grade) = 0.39 × \(m.readability.words)/\(m.readability.sentences) + \
          11.8 × \(m.readability.syllables)/\(max(1, m.readability.words)) − 15.59
          """ as UTF8Text).bytes,
        counted: !detailed ? UTF8List() : UTF8List([
          "\(m.readability.words) words", "\(m.readability.sentences) sentences",
          "\(m.readability.syllables) syllables", "reading ease \(oneDecimal: m.readability.readingEase)",
        ] as [UTF8Text])))

    // Subject.
    if profile.checksSubject, let subject = m.subject {
      let value = subject.isEmpty ? 0 : max(0, 100 - 40 * Double(subjectFindings.count))
      parts.append(
        SubScore(
          name: "subject", weight: 0, value: value,
          formulaUTF8: !detailed ? [] : ("100 − 40 per subject finding (an empty subject scores 0) = \(Int(value))" as UTF8Text).bytes,
          counted: !detailed ? UTF8List() : UTF8List([subject] + subjectFindings.map(\.ruleID))))
    }

    if !detailed {
      for index in parts.indices {
        parts[index].formulaUTF8 = []
        parts[index].countedItems = UTF8List()
      }
    }
    var sum = 0.0
    for part in parts { sum += Self.baseWeights.first { $0.0 == part.name }?.1 ?? 0 }
    for index in parts.indices {
      let base = Self.baseWeights.first { $0.0 == parts[index].name }?.1 ?? 0
      parts[index].weight = base / sum
    }
    // An empty draft scores 0: there is nothing to send.
    // Summed in tenths of a point, as `--explain` shows them, so its arithmetic adds up.
    let tenths = parts.reduce(0) { $0 + $1.pointTenths }
    // Past the profile's limit the length part alone (10%) cannot say how far: a draft N times
    // the limit scores at most 100 ÷ N, so 6,000 words of a good email never reads as one.
    let cap = Score.lengthCap(words: m.words, limit: profile.maximumWords)
    let total = m.words == 0 ? 0 : (tenths + 5) / 10
    return Score(total: min(total, cap ?? 100), parts: parts, cap: cap)
  }

  /// "reader: you", "sender: I", "not counted: you", in the draft's order.
  private func focusWords(_ a: Analysis) -> UTF8List {
    // Room for every token with the longest prefix: a few KB, written in one pass.
    a.bytes.withUnsafeBufferPointer { bytes in
      a.tokens.withUnsafeBufferPointer { tokens in
        a.roles.withUnsafeBufferPointer { roles in
          UTF8List(bytes: bytes.count + 13 * tokens.count, items: tokens.count) { list in
            for index in 0..<min(tokens.count, roles.count) where roles[index] != .none {
              let text = UnsafeBufferPointer(rebasing: bytes[Int(tokens[index].start)..<Int(tokens[index].end)])
              switch roles[index] {
              case .reader: list.append("reader: ", text)
              case .sender: list.append("sender: ", text)
              case .excluded: list.append("not counted: ", text)
              case .none: break
              }
            }
          }
        }
      }
    }
  }

  /// "rule-id: matched words" per finding.
  private func phraseWords(_ findings: [Finding]) -> UTF8List {
    var length = 0
    for index in findings.indices { length += findings[index].ruleID.utf8.count + 2 + findings[index].matched.utf8.count }
    return UTF8List(bytes: length, items: findings.count) { list in
      for index in findings.indices { list.append(findings[index].ruleID, ": ", findings[index].matched) }
    }
  }

  /// The text of every question sentence.
  private func questions(_ a: Analysis) -> UTF8List {
    var list = UTF8List()
    for sentence in a.sentences where sentence.isQuestion {
      list.append("", a.bytes[Int(a.tokens[sentence.tokens.lowerBound].start)..<Int(a.tokens[sentence.tokens.upperBound - 1].end)])
    }
    return list
  }
}
