import Foundation
import RapportCore
import Testing

@testable import rapport

/// The JSON writer's shortcuts (strings checked for escapes a word at a time, lint's figures
/// written digit by digit, arrays of UTF-8 in one reservation, pieces made once) write what
/// the plain way writes.
@Suite("JSON writer")
struct JSONWriterTests {
  private func written(_ body: (inout JSONWriter) -> Void) -> String {
    var json = JSONWriter()
    body(&json)
    return String(decoding: json.bytes, as: UTF8.self)
  }

  /// The escaping the writer promises: quote, backslash and control characters only.
  private func expected(_ text: String) -> String {
    var out: [UInt8] = [0x22]
    for byte in text.utf8 {
      switch byte {
      case 0x22: out += Array("\\\"".utf8)
      case 0x5C: out += Array("\\\\".utf8)
      case 0x08: out += Array("\\b".utf8)
      case 0x0C: out += Array("\\f".utf8)
      case 0x0A: out += Array("\\n".utf8)
      case 0x0D: out += Array("\\r".utf8)
      case 0x09: out += Array("\\t".utf8)
      case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
      default: out.append(byte)
      }
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }

  @Test func aCharacterThatNeedsEscapingIsEscapedWhereverItIs() throws {
    for length in [0, 1, 5, 7, 8, 9, 15, 16, 17, 24, 31, 33, 64] {
      let plain = String(repeating: "a", count: length)
      var texts = [plain, "é" + plain, plain + "–"]
      for position in 0..<length {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t"] {
          var characters = Array(plain)
          characters[position] = Character(special)
          texts.append(String(characters))
        }
        // Neighbours of the escaped bytes stay as they are.
        var neighbours = Array(plain)
        neighbours[position] = position % 2 == 0 ? "!" : "]"
        texts.append(String(neighbours))
      }
      for text in texts {
        let json = written { $0.string(text) }
        #expect(json == expected(text), "\(text.debugDescription)")
        #expect(try JSONDecoder().decode(String.self, from: Data(json.utf8)) == text)
      }
    }
  }

  @Test func lintFiguresPrintAsDescriptionPrintsThem() {
    var values: [Double] = [0.5, 0.15, 0.4, 15.733, 63.889, -0.5, -12.25, 0.001, 99.999, 1e-5, 123_456_789.5]
    for k in stride(from: -200_000, through: 200_000, by: 13) { values.append((Double(k) / 1000 * 1000).rounded() / 1000) }
    for fraction in stride(from: 0.0, through: 1.0, by: 0.0007) { values.append((fraction * 100 * 1000).rounded() / 1000) }
    for value in values {
      let json = written { $0.double(value) }
      let plain = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : value.description
      #expect(json == plain, "\(value)")
    }
    #expect(written { $0.double(.nan) } == "null")
  }

  @Test func anArrayOfUTF8WritesAsAnArrayOfStrings() {
    let lists: [[String]] = [[], ["sender: I"], ["a", "with \"quotes\"", "", "é – ü", String(repeating: "long ", count: 20)]]
    for strings in lists {
      for depth in [0, 3, 19, 25] {
        let fast = written { json in
          json = JSONWriter(depth: depth)
          json.beginObject()
          json.field("counted", UTF8List(strings))
          json.endObject()
        }
        let plain = written { json in
          json = JSONWriter(depth: depth)
          json.beginObject()
          json.field("counted", strings)
          json.endObject()
        }
        #expect(fast == plain, "\(strings) at \(depth)")
      }
    }
  }
}

/// A file's object as `LintJSONOutput.file` writes it from prepared pieces, against the same
/// object written member by member with the writer's plain calls (the way it was written
/// before the pieces).
@Suite("lint JSON pieces")
struct LintJSONPiecesTests {
  private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  private func plain(_ report: LintReport, path: String, explain: Bool) -> String {
    var json = JSONWriter(depth: 2)
    json.beginObject()
    json.key("findings")
    json.beginArray()
    for finding in report.findings {
      json.element()
      json.beginObject()
      json.field("column", finding.column)
      json.field("end_column", finding.endColumn)
      json.field("end_line", finding.endLine)
      json.field("line", finding.line)
      json.field("matched", finding.matched)
      json.field("message", finding.message)
      json.field("rule_id", finding.ruleID)
      json.field("severity", finding.severity.rawValue)
      json.key("span")
      json.beginObject()
      json.field("end", finding.end)
      json.field("start", finding.start)
      json.endObject()
      json.field("suggestion", finding.suggestion)
      json.endObject()
    }
    json.endArray()
    json.key("focus")
    json.beginObject()
    if explain { json.field("base", Self.round(report.focus.base)) }
    json.field("label", report.focus.label)
    if explain {
      json.key("points")
      json.beginArray()
      for point in report.focus.points {
        json.element()
        json.beginObject()
        json.field("feature", point.feature)
        json.field("points", Self.round(point.points))
        json.field("value", Self.round(point.value))
        json.field("words", point.words)
        json.endObject()
      }
      json.endArray()
    }
    json.field("score", report.focus.score)
    json.endObject()
    let m = report.metrics
    json.key("metrics")
    json.beginObject()
    json.field("call_to_action", m.callToAction)
    json.field("flesch_kincaid_grade", Self.round(m.readability.grade))
    json.field("flesch_reading_ease", Self.round(m.readability.readingEase))
    json.field("neutral_sentences", m.neutralSentences)
    json.field("opens_with_self", m.opensWithSelf)
    json.field("questions", m.questions)
    json.field("reader_sentences", m.readerSentences)
    json.field("reader_share", m.readerShare.map(Self.round))
    json.field("reader_words", m.readerWords)
    json.field("sender_sentences", m.selfSentences)
    json.field("sender_words", m.selfWords)
    json.field("sentences", m.sentences)
    json.field("subject", m.subject)
    json.field("syllables", m.readability.syllables)
    json.field("words", m.words)
    json.endObject()
    json.field("path", path)
    json.field("profile", report.profile.name)
    json.key("score")
    json.beginObject()
    json.field("fail_under", 0)
    json.key("parts")
    json.beginArray()
    for part in report.score.parts {
      json.element()
      json.beginObject()
      json.field("counted", part.counted)
      json.field("formula", part.formula)
      json.field("name", part.name)
      json.field("value", Self.round(part.value))
      json.field("weight", Self.round(part.weight))
      json.endObject()
    }
    json.endArray()
    json.field("passed", !report.hasErrors && report.score.total >= 0)
    json.field("total", report.score.total)
    json.endObject()
    json.key("sentences")
    json.beginArray()
    for sentence in report.sentenceFocus {
      json.element()
      json.beginObject()
      json.field("focus", sentence.focus)
      json.field("text", sentence.text)
      json.endObject()
    }
    json.endArray()
    json.field("warnings", [String]())
    json.endObject()
    return String(decoding: json.bytes, as: UTF8.self)
  }

  @Test func aFileObjectFromPiecesIsTheObjectWrittenMemberByMember() {
    let drafts = [
      "Subject: Onboarding at Globex\n\nHi Dana,\n\nI wanted to reach out because we are the leading provider. "
        + "Our award-winning platform helps teams like yours. I think we could move the needle. "
        + "Do you have 15 minutes for a quick demo? Is Tuesday \"good\"? Or Wednesday?\n\nBest,\nSam",
      "Is ramp time slowing your new reps down?",
      "",
      "Subject: Re: Quick thought on your new rep onboarding plan for the quarter\n\nWe help. We build. We win.",
    ]
    let engine = LintEngine()
    let findings = LintJSONFindings()
    for explain in [false, true] {
      // Twice with one cache: the second time every rule's pieces are already made.
      for _ in 0..<2 {
        for draft in drafts {
          let report = engine.lint(draft)
          let pieces = LintJSONOutput.file(
            report, path: "draft.txt", warnings: [], failUnder: 0, explain: explain, findings: findings)
          #expect(String(decoding: pieces.bytes, as: UTF8.self) == plain(report, path: "draft.txt", explain: explain))
        }
      }
    }
  }
}
