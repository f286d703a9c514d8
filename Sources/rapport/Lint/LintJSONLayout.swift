import RapportCore

/// The pieces between the values of the objects a file's JSON has many of (score parts and
/// sentences) and of its metrics, made once by `JSONWriter` for a file's object written at
/// depth 2, so the layout is the writer's. `LintJSONOutput` writes with them when the depth
/// is that one, and member by member otherwise.
///
/// To add a field to one of these objects, add its key here and write it in the same order
/// in `LintJSONOutput` (keys are in alphabetical order, as JSONEncoder sorts them).
final class LintJSONLayout: Sendable {
  static let standard = LintJSONLayout(fileDepth: 2)

  /// The depth of the `sentences` array's elements and of the metrics' members.
  let sentenceDepth: Int
  /// The depth of the score's `parts` array's elements (one level deeper: inside `score`).
  let partDepth: Int

  // A score part: {"counted", "formula", "name", "value", "weight"}.
  let partOpen, partFormula, partName, partValue, partWeight, partClose: JSONPiece
  // A sentence: {"focus", "text"}, with the focus filled in for its three values.
  let sentenceReader, sentenceSender, sentenceNeutral, sentenceClose: JSONPiece
  // The metrics, in their order; `metricsOpen` holds the first key.
  let metricsOpen, fleschKincaidGrade, fleschReadingEase, neutralSentences, opensWithSelf, questions,
    readerSentences, readerShare, readerWords, senderSentences, senderWords, sentences, subject, syllables,
    words, metricsClose: JSONPiece

  init(fileDepth: Int) {
    let depth = fileDepth + 2
    sentenceDepth = depth
    partDepth = depth + 1
    func open(_ name: StaticString, depth: Int) -> JSONPiece {
      var json = JSONWriter(depth: depth, capacity: 64)
      json.beginObject()
      json.key(name)
      return JSONPiece(json)
    }
    func member(_ name: StaticString) -> JSONPiece { JSONPiece(member: name, depth: depth + 2) }
    func close(depth: Int) -> JSONPiece {
      var json = JSONWriter(depth: depth + 1, capacity: 64)
      json.continueContainer()
      json.endObject()
      return JSONPiece(json)
    }
    partOpen = open("counted", depth: depth + 1)
    partFormula = member("formula")
    partName = member("name")
    partValue = member("value")
    partWeight = member("weight")
    partClose = close(depth: depth + 1)
    sentenceClose = close(depth: depth)
    func sentence(_ focus: String) -> JSONPiece {
      var json = JSONWriter(depth: depth, capacity: 64)
      json.beginObject()
      json.field("focus", focus)
      json.key("text")
      return JSONPiece(json)
    }
    sentenceReader = sentence("reader")
    sentenceSender = sentence("sender")
    sentenceNeutral = sentence("neutral")
    // The metrics object is a member of the file's object: its members sit at `depth`.
    var metrics = JSONWriter(depth: depth - 1, capacity: 64)
    metrics.beginObject()
    metrics.key("call_to_action")
    metricsOpen = JSONPiece(metrics)
    func metric(_ name: StaticString) -> JSONPiece { JSONPiece(member: name, depth: depth) }
    fleschKincaidGrade = metric("flesch_kincaid_grade")
    fleschReadingEase = metric("flesch_reading_ease")
    neutralSentences = metric("neutral_sentences")
    opensWithSelf = metric("opens_with_self")
    questions = metric("questions")
    readerSentences = metric("reader_sentences")
    readerShare = metric("reader_share")
    readerWords = metric("reader_words")
    senderSentences = metric("sender_sentences")
    senderWords = metric("sender_words")
    sentences = metric("sentences")
    subject = metric("subject")
    syllables = metric("syllables")
    words = metric("words")
    metricsClose = close(depth: depth - 1)
  }

  /// The start of a sentence's object up to its text, for the three focus values.
  func sentenceOpen(_ focus: String) -> JSONPiece? {
    switch focus {
    case "reader": sentenceReader
    case "sender": sentenceSender
    case "neutral": sentenceNeutral
    default: nil
    }
  }
}
