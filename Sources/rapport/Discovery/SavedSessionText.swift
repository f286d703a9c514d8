import RapportCore

/// A session shown from what it saved alone, for when its playbook cannot be loaded: each
/// question in the words it was asked and its answer (follow-ups indented under their
/// question), then the notes. Question numbers and the summary need the playbook.
struct SavedSessionText {
  let style: Style

  /// The lines to print: a heading, each exchange in the order it was saved, then the notes.
  func lines(record: SessionRecord, exchanges: [SavedExchange], notes: [SessionNote]) -> [String] {
    var lines = [
      style.bold("\(record.playbookTitle) · \(record.account) · \(record.mode.rawValue)")
        + style.dim(" · session \(record.id) · \(record.status.rawValue)")
    ]
    var previous: String?
    for exchange in exchanges {
      // A follow-up is saved under its question's id, right after it.
      let isFollowUp = exchange.questionID != nil && exchange.questionID == previous
      previous = exchange.questionID
      let indent = isFollowUp ? "  " : ""
      lines.append(indent + exchange.prompt)
      lines.append("\(indent)> \(exchange.answer ?? style.dim("(skipped)"))")
    }
    if exchanges.isEmpty { lines.append(style.dim("(no answers saved)")) }
    for note in notes { lines.append(style.dim(note.kind == .draft ? "unsent draft: " : "note: ") + note.text) }
    return lines
  }
}
