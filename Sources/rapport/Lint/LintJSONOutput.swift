import RapportCore

/// The versioned JSON output of `rapport lint --format json` (schema_version 1).
enum LintJSONOutput {
  struct Document: Encodable {
    let schema_version = 1
    var files: [File]
    var errors: [InputError]
    var exit_status: Int32
  }
  struct InputError: Encodable {
    var path: String
    var message: String
  }
  struct File: Encodable {
    var path: String
    var profile: String
    var focus: FocusBlock
    var score: ScoreBlock
    var metrics: Metrics
    var findings: [FindingBlock]
    var sentences: [SentenceBlock]
    var warnings: [String]
  }
  /// The focus verdict; `points` only with --explain.
  struct FocusBlock: Encodable {
    var score: Int
    var label: String
    var base: Double?
    var points: [FocusPoint]?
  }
  struct FocusPoint: Encodable {
    var feature: String
    var value: Double
    var points: Double
    var words: [String]
  }
  struct SentenceBlock: Encodable {
    var text: String
    var focus: String
  }
  struct ScoreBlock: Encodable {
    var total: Int
    var fail_under: Int
    var passed: Bool
    var parts: [Part]
  }
  struct Part: Encodable {
    var name: String
    var weight: Double
    var value: Double
    var formula: String
    var counted: [String]
  }
  struct Metrics: Encodable {
    var words, sentences, questions, reader_words, sender_words, reader_sentences, sender_sentences: Int
    var neutral_sentences: Int
    var reader_share: Double?
    var opens_with_self: Bool
    var call_to_action: String
    var flesch_reading_ease: Double
    var flesch_kincaid_grade: Double
    var syllables: Int
    var subject: String?
  }
  struct Span: Encodable {
    var start: Int
    var end: Int
  }
  struct FindingBlock: Encodable {
    var rule_id: String
    var severity: String
    var line, column, end_line, end_column: Int
    var span: Span
    var message, suggestion, matched: String
  }

  static func render(
    _ outcomes: [LintRunner.Outcome], failUnder: Int, status: Int32, explain: Bool = false,
    display: (String) -> String
  ) -> String {
    var document = Document(files: [], errors: [], exit_status: status)
    for outcome in outcomes {
      switch outcome {
      case .failed(let path, let message):
        document.errors.append(InputError(path: display(path), message: message))
      case .linted(let path, let report, let warnings):
        document.files.append(
          file(report, path: display(path), warnings: warnings, failUnder: failUnder, explain: explain))
      }
    }
    return JSON.render(document)
  }

  private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  static func file(_ report: LintReport, path: String, warnings: [String], failUnder: Int, explain: Bool = false) -> File {
    let m = report.metrics
    let focus = report.focus
    return File(
      path: path, profile: report.profile.name,
      focus: FocusBlock(
        score: focus.score, label: focus.label, base: explain ? round(focus.base) : nil,
        points: explain
          ? focus.points.map { FocusPoint(feature: $0.feature, value: round($0.value), points: round($0.points), words: $0.words) }
          : nil),
      score: ScoreBlock(
        total: report.score.total, fail_under: failUnder,
        passed: !report.hasErrors && report.score.total >= failUnder,
        parts: report.score.parts.map {
          Part(name: $0.name, weight: round($0.weight), value: round($0.value), formula: $0.formula, counted: $0.counted)
        }),
      metrics: Metrics(
        words: m.words, sentences: m.sentences, questions: m.questions, reader_words: m.readerWords,
        sender_words: m.selfWords, reader_sentences: m.readerSentences, sender_sentences: m.selfSentences,
        neutral_sentences: m.neutralSentences, reader_share: m.readerShare.map(round),
        opens_with_self: m.opensWithSelf, call_to_action: m.callToAction,
        flesch_reading_ease: round(m.readability.readingEase), flesch_kincaid_grade: round(m.readability.grade),
        syllables: m.readability.syllables, subject: m.subject),
      findings: report.findings.map {
        FindingBlock(
          rule_id: $0.ruleID, severity: $0.severity.rawValue, line: $0.line, column: $0.column,
          end_line: $0.endLine, end_column: $0.endColumn, span: Span(start: $0.start, end: $0.end),
          message: $0.message, suggestion: $0.suggestion, matched: $0.matched)
      },
      sentences: report.sentenceFocus.map { SentenceBlock(text: $0.text, focus: $0.focus) },
      warnings: warnings)
  }
}
