import RapportCore

/// The end-of-session summary for the terminal.
struct SummaryText {
  let style: Style
  /// Reads a session's notes, so the brief can show them.
  var notesProvider: ((String) throws -> [SessionNote])? = nil

  /// `live` is true for `/summary` mid-session: the coaching line says what is still open.
  func render(record: SessionRecord, engine: DiscoveryEngine, live: Bool = false) -> String {
    let summary = SessionSummary(engine: engine, today: record.createdAt, live: live)
    var out: [String] = [""]
    out.append(
      style.bold("── Summary")
        + style.dim(
          " · \(record.account) · \(record.playbookTitle) (\(record.mode.rawValue)) · session \(record.id)"))
    let notes: [SessionNote] = (try? notesProvider.map { try $0(record.id) }) ?? nil ?? []
    let brief = SessionBrief(engine: engine, summary: summary, notes: notes)
    for section in brief.sections {
      switch section.kind {
      case "why":
        out.append(style.bold("\(section.title): ") + summary.why)
      case "chains":
        guard !summary.chains.isEmpty else { continue }
        out.append("")
        out.append(style.bold(section.title))
        for (index, chain) in summary.chains.enumerated() {
          let mark =
            chain.measuredBy.words != nil || chain.matters.words != nil
            ? style.green("✓") : chain.status == .open ? "…" : style.yellow("!")
          out.append("  \(mark) \(index + 1). \(chain.questionID) — \(SessionExport.status(chain))")
          out.append("       " + SessionExport.chainText(chain))
        }
      case "notes":
        guard !section.lines.isEmpty else { continue }
        out.append("")
        out.append(style.bold(section.title))
        for line in section.lines { out.append("  • " + line) }
      default:
        out.append("")
        out.append(style.bold(section.title))
        if section.lines.isEmpty { out.append(style.dim("  not heard yet")) }
        for line in section.lines { out.append("  • \u{201c}\(line)\u{201d}") }
      }
    }
    if engine.playbook.closing {
      out.append("")
      out.append(style.bold("Co-create"))
      out.append("  Options mapped to the why: " + (summary.options ?? style.dim("not yet")))
      out.append("  Customer's slice vs price: " + (summary.customerSlice ?? style.dim("not yet")))
      out.append(style.bold("Next step: ") + nextStep(summary.nextStep, due: summary.nextStepDue))
    }
    out.append("")
    out.append(style.bold("Coaching card"))
    out.append("  " + style.bold("Next: ") + summary.coaching.nextThing)
    for note in summary.coaching.notes { out.append("  • " + note) }
    return out.joined(separator: "\n")
  }

  private func nextStep(_ step: NextStep?, due: String?) -> String {
    guard let step else { return style.dim("none yet") }
    return step.action + " · owner: " + (NextStep.shownOwner(step.owner) ?? style.yellow("who?")) + " · by: "
      + (step.date ?? style.yellow("when?")) + (due.map { $0 == step.date ? "" : " (\($0))" } ?? "")
  }
}
