import Foundation
import ArgumentParser
import LineEditor
import RapportCore

/// `rapport` or `rapport shell`: the interactive coaching shell.
struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "Open the coaching shell (the default when you run `rapport` alone).",
    discussion: """
      On a terminal you get line editing (emacs keys, ~/.editrc), history kept in
      $XDG_STATE_HOME/rapport/history (Up/Down, Ctrl-R), Tab completion, and `help`.
      When standard input is not a terminal, commands are read one per line with no
      prompt and no colour, so the shell can be scripted. Typing at a terminal with
      output to a pipe or file (`rapport | tee log`), you get no line editing; the
      prompt and a one-line note go to stderr. A script:

        printf 'quote listening\\nquit\\n' | rapport

      Scripted runs exit with the worst status any command ended with.
      """)

  @Option(name: .long, help: "Colour: auto, always or never (NO_COLOR is honoured).")
  var color: ColorMode = .auto

  func run() throws {
    let paths = Paths(environment: Terminal.environment)
    let firstRun = !FileManager.default.fileExists(atPath: paths.historyFile)
    let reader: LineReader
    if Terminal.isInteractive, let editor = EditLineReader(historyPath: paths.historyFile) {
      editor.warn = { Terminal.printWarning($0) }
      reader = editor
    } else if Terminal.stdinIsTerminal {
      // Typed at a terminal while output goes to a pipe or file (`make run | tee log`): no
      // line editing, but the person sees what mode this is and a prompt, both on stderr so
      // the log holds only the commands' output.
      if !Terminal.stdoutIsTerminal {
        Terminal.printWarning(
          "Output goes to a pipe or file, so no line editing, history or colour here; type commands at the prompt (`help` lists them, Ctrl-D leaves).")
      }
      reader = PlainLineReader(showPrompt: Terminal.writeError)
    } else {
      reader = PlainLineReader()
    }
    let style = reader.isInteractive ? Style(mode: color) : Style(mode: color == .always ? .always : .never)
    let context = ShellContext(reader: reader, style: style, paths: paths)
    context.firstRun = firstRun
    var loop = ShellLoop(context: context)
    loop.run()
    // A script learns whether every command succeeded; a person leaving with quit or
    // Ctrl-D gets 0.
    if !reader.isInteractive, loop.worstStatus != 0 { throw ExitCode(loop.worstStatus) }
  }
}
