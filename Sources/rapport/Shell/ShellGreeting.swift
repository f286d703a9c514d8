import RapportCore

/// What the shell says when it opens: on a first run, the three things to do with an
/// example each; afterwards one line, with the count of overdue next steps when there are any.
/// Every line fits an 80-column terminal, so none wraps mid-phrase.
enum ShellGreeting {
  static func lines(firstRun: Bool, overdue: Int, style: Style) -> [String] {
    let due = style.yellow("\(Plural.count(overdue, "next step")) overdue") + ": `next` lists \(overdue == 1 ? "it" : "them")."
    guard firstRun else {
      guard overdue > 0 else {
        return [style.dim("rapport — your sales coach. `help` lists commands; Tab completes; Ctrl-D leaves.")]
      }
      return [style.dim("rapport — `help` for commands.") + " " + due]
    }
    return [
      style.bold("rapport — your sales coach.") + " Three things to start with:",
      "  " + style.bold("discover") + "  debrief your last call, one question at a time",
      "            " + style.cyan("discover why --account Acme --contact Dana"),
      "  " + style.bold("lint") + "      check a draft email before you send it",
      "            " + style.cyan("lint <<") + style.dim("  then paste it, and end with a line holding only .")
        + "",
      "  " + style.bold("quote") + "     a line to think with before the call",
      "            " + style.cyan("quote curiosity"),
      style.dim("`help` lists every command; Tab completes; Ctrl-D leaves."),
    ] + (overdue > 0 ? [due] : [])
  }
}
