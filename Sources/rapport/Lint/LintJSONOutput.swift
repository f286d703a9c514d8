import RapportCore

/// The versioned JSON output of `rapport lint --format json` (schema_version 1), written as a
/// stream: the head, then each file's object as soon as it is linted, then the input errors
/// and the exit status, which are known only at the end. The fields are documented in the
/// README; a test parses every one of them.
///
/// To add a field to a file, add a `json.field(…)` line (or a small `write…` function for an
/// object) in `file(_:path:warnings:failUnder:)`, and document it in the README. Findings,
/// score parts, sentences and metrics are written from pieces made once (`LintJSONFindings`,
/// `LintJSONLayout`): a field there gets its key in those and its value in the same order
/// here; `LintJSONPiecesTests` compares the result with the object written member by member.
enum LintJSONOutput {
  /// The document up to the first file's object.
  /// `config` is the configuration file used; the field is left out when there is none.
  static func head(config: String?) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.field("schema_version", 1)
    if let config { json.field("config", config) }
    json.key("files")
    json.raw("[")
    return json.bytes
  }

  /// What goes before a file's object: a comma after the first, a new line and the indentation.
  static func separator(first: Bool) -> StaticString { first ? "\n    " : ",\n    " }

  /// The rest of the document after the last file's object.
  static func tail(
    wroteFiles: Bool, errors: [(path: String, message: String)], status: Int32
  ) -> [UInt8] {
    var json = JSONWriter(depth: 1)
    json.raw(wroteFiles ? "\n  ]," : "],")
    json.key("errors")
    json.beginArray()
    for error in errors {
      json.element()
      json.beginObject()
      json.field("message", error.message)
      json.field("path", error.path)
      json.endObject()
    }
    json.endArray()
    json.field("exit_status", status)
    json.raw("\n}\n")
    return json.bytes
  }

  private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  /// One file's object, indented for its place in the `files` array, left in its writer to be
  /// written out from there (`LintOutputBuffer`). `findings` is the calling thread's cache of
  /// pieces per rule.
  static func file(
    _ report: LintReport, path: String, warnings: [String], failUnder: Int, explain: Bool = false,
    findings: LintJSONFindings = LintJSONFindings()
  ) -> JSONWriter {
    // Most files' objects are 8-12 KB: room for them without growing.
    var json = JSONWriter(depth: 2, capacity: 16384)
    json.beginObject()
    findings.write(report.findings, into: &json)
    writeFocus(report.focus, explain: explain, into: &json)
    writeMetrics(report.metrics, into: &json)
    json.field("path", path)
    json.field("profile", report.profile.name)
    writeScore(report, failUnder: failUnder, into: &json)
    writeSentences(report, into: &json)
    json.field("warnings", warnings)
    json.endObject()
    return json
  }

  private static func writeSentences(_ report: LintReport, into json: inout JSONWriter) {
    let layout = LintJSONLayout.standard
    json.key("sentences")
    json.beginArray()
    let depth = json.depth
    report.forEachSentenceFocus { text, focus in
      json.element()
      if depth == layout.sentenceDepth, let open = layout.sentenceOpen(focus) {
        json.fragment(open)
        json.string(utf8: text)
        json.fragment(layout.sentenceClose)
      } else {
        json.beginObject()
        json.field("focus", focus)
        json.field("text", utf8: text)
        json.endObject()
      }
    }
    json.endArray()
  }

  /// The focus verdict: score and label; with --explain also the base and the points per feature.
  private static func writeFocus(_ focus: FocusVerdict, explain: Bool, into json: inout JSONWriter) {
    json.key("focus")
    json.beginObject()
    if explain { json.field("base", round(focus.base)) }
    json.field("label", focus.label)
    if explain {
      json.key("points")
      json.beginArray()
      for point in focus.points {
        json.element()
        json.beginObject()
        json.field("feature", point.feature)
        json.field("points", round(point.points))
        json.field("value", round(point.value))
        json.field("words", point.words)
        json.endObject()
      }
      json.endArray()
    }
    json.field("score", focus.score)
    json.endObject()
  }

  private static func writeMetrics(_ m: LintMetrics, into json: inout JSONWriter) {
    json.key("metrics")
    let layout = LintJSONLayout.standard
    guard json.depth + 1 == layout.sentenceDepth else { return writeMetricsByMember(m, into: &json) }
    json.fragment(layout.metricsOpen)
    json.string(m.callToAction)
    json.fragment(layout.fleschKincaidGrade)
    json.double(round(m.readability.grade))
    json.fragment(layout.fleschReadingEase)
    json.double(round(m.readability.readingEase))
    json.fragment(layout.neutralSentences)
    json.int(m.neutralSentences)
    json.fragment(layout.opensWithSelf)
    json.bool(m.opensWithSelf)
    json.fragment(layout.questions)
    json.int(m.questions)
    json.fragment(layout.readerSentences)
    json.int(m.readerSentences)
    if let share = m.readerShare {
      json.fragment(layout.readerShare)
      json.double(round(share))
    }
    json.fragment(layout.readerWords)
    json.int(m.readerWords)
    json.fragment(layout.senderSentences)
    json.int(m.selfSentences)
    json.fragment(layout.senderWords)
    json.int(m.selfWords)
    json.fragment(layout.sentences)
    json.int(m.sentences)
    if let subject = m.subject {
      json.fragment(layout.subject)
      json.string(subject)
    }
    json.fragment(layout.syllables)
    json.int(m.readability.syllables)
    json.fragment(layout.words)
    json.int(m.words)
    json.fragment(layout.metricsClose)
  }

  /// The same members as `writeMetrics`, one by one (at a depth the layout was not made for).
  private static func writeMetricsByMember(_ m: LintMetrics, into json: inout JSONWriter) {
    json.beginObject()
    json.field("call_to_action", m.callToAction)
    json.field("flesch_kincaid_grade", round(m.readability.grade))
    json.field("flesch_reading_ease", round(m.readability.readingEase))
    json.field("neutral_sentences", m.neutralSentences)
    json.field("opens_with_self", m.opensWithSelf)
    json.field("questions", m.questions)
    json.field("reader_sentences", m.readerSentences)
    json.field("reader_share", m.readerShare.map(round))
    json.field("reader_words", m.readerWords)
    json.field("sender_sentences", m.selfSentences)
    json.field("sender_words", m.selfWords)
    json.field("sentences", m.sentences)
    json.field("subject", m.subject)
    json.field("syllables", m.readability.syllables)
    json.field("words", m.words)
    json.endObject()
  }

  private static func writeScore(_ report: LintReport, failUnder: Int, into json: inout JSONWriter) {
    json.key("score")
    json.beginObject()
    if let cap = report.score.cap { json.field("cap", cap) }
    json.field("fail_under", failUnder)
    json.key("parts")
    json.beginArray()
    let layout = LintJSONLayout.standard
    for part in report.score.parts {
      json.element()
      if json.depth == layout.partDepth {
        json.fragment(layout.partOpen)
        json.strings(part.countedItems, depth: layout.partDepth + 1)
        json.fragment(layout.partFormula)
        json.string(utf8: part.formulaUTF8)
        json.fragment(layout.partName)
        json.string(part.name)
        json.fragment(layout.partValue)
        json.double(round(part.value))
        json.fragment(layout.partWeight)
        json.double(round(part.weight))
        json.fragment(layout.partClose)
      } else {
        json.beginObject()
        json.field("counted", part.countedItems)
        json.field("formula", utf8: part.formulaUTF8)
        json.field("name", part.name)
        json.field("value", round(part.value))
        json.field("weight", round(part.weight))
        json.endObject()
      }
    }
    json.endArray()
    json.field("passed", report.passes(failUnder: failUnder))
    json.field("total", report.score.total)
    json.endObject()
  }
}
