import ArgumentParser
import Foundation
import RapportCore

/// `rapport next`: every open next step across sessions, overdue first.
struct NextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "List the open next steps from your sessions, overdue first; mark one done.",
    discussion: """
      Each discovery session that ends with a next step adds it here, with its owner and \
      due day (read from words such as "next Tuesday" or "in two weeks", counted from the \
      day of the call). "Friday" is the first Friday after the call, "this Friday" the \
      first from that day on (the day itself, said on a Friday, as is "end of the week"); \
      "next Friday" is the Friday of next week (weeks start on Monday), so on a Monday it is \
      eleven days on. The due day is shown; to leave no doubt, answer with the date. \
      Sessions saved by an older rapport are listed too. The ID is the session's.

      Examples:
        rapport next                     open next steps, overdue first
        rapport next done k3f9           mark session k3f9's next step done
        rapport next --ics > steps.ics   the steps as calendar events (RFC 5545)

      Exit status 0, also when no step is open; `next done ID` exits 1 when no \
      session's next step matches the ID.
      """,
    subcommands: [NextList.self, NextDone.self],
    defaultSubcommand: NextList.self)
}

struct NextList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the open next steps, overdue first.")

  @Flag(name: .long, help: "Include the ones marked done, after the open ones.")
  var all = false

  @OptionGroup var output: ListingFormat
  var json: Bool { output.isJSON }

  @Flag(name: .long, help: "Print an iCalendar file (RFC 5545) with one all-day event per dated step.")
  var ics = false

  func validate() throws {
    if ics && json { throw ValidationError.twoOutputs("--ics", "--json") }
  }

  func run() throws {
    let store = try DiscoverySetup.store(paths: DiscoverySetup.paths, readOnly: true)
    let steps = try store.nextSteps(includeDone: all)
    let today = Date()
    if ics {
      print(NextStepCalendar.ics(steps, stamp: today), terminator: "")
      let undated = NextStepCalendar.undated(steps)
      if !undated.isEmpty {
        Terminal.printWarning(
          "\(Plural.count(undated.count, "step")) without a due day left out: \(undated.map(\.sessionID).joined(separator: ", ")).")
      }
      return
    }
    if json {
      print(JSON.render(steps))
      return
    }
    guard !steps.isEmpty else {
      // After `next done`, say where the finished ones went rather than as if there were none.
      let done = all ? 0 : try store.nextSteps(includeDone: true).count
      print(
        done > 0
          ? "No open next steps (\(done) done: `rapport next --all` lists them)."
          : "No open next steps. A discovery session that ends with one adds it here.")
      return
    }
    let style = Style(mode: .auto)
    // Overdue first (most overdue on top), then soonest, then undated.
    for step in OpenNextStep.overdueFirst(steps, on: today) {
      print(Self.line(step, today: today, style: style))
    }
  }

  /// "k3f9qx  overdue 3 days  Acme · Send the case study · owner: Dana · due 2026-12-08".
  static func line(_ step: OpenNextStep, today: Date, style: Style) -> String {
    let state: String
    if step.doneAt != nil {
      state = style.dim("done")
    } else if let days = step.daysOverdue(on: today), days > 0 {
      state = style.yellow("overdue \(Plural.count(days, "day"))")
    } else if let days = step.daysOverdue(on: today) {
      state = days == 0 ? style.bold("due today") : "in \(Plural.count(-days, "day"))"
    } else {
      state = style.dim("no date")
    }
    let due = step.due.map { (step.approximate ? "about " : "") + $0 } ?? step.date ?? "when?"
    return "\(step.sessionID)  \(state)  \(style.bold(step.account)) · \(step.action) · owner: \(NextStep.shownOwner(step.owner) ?? "who?") · due \(due)"
  }
}

struct NextDone: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "done", abstract: "Mark a session's next step done.",
    discussion: """
      It stays done when its owner or date is filled in later; `rapport next --all` lists \
      it after the open ones.

      Exit status 1 when no session's next step matches the ID.
      """)

  @Argument(help: "The session ID (or a unique prefix) from `rapport next`.")
  var id: String

  func validate() throws {
    if id.allSatisfy(\.isWhitespace) { throw ValidationError("The session ID is empty; `rapport next` lists them.") }
  }

  func run() throws {
    let store = try DiscoverySetup.store(paths: DiscoverySetup.paths)
    let now = Date()
    guard let step = try store.markNextStepDone(id, at: now) else {
      throw RapportError("No next step for '\(Suggestion.echo(id))'. `rapport next` lists them.", status: .failure)
    }
    if let done = step.doneAt, done != now {
      print("Already done on \(RelativeDate.iso(done)): \(step.account) · \(step.action).")
    } else {
      print("Done: \(step.account) · \(step.action).")
    }
  }
}
