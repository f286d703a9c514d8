/// Which editor the shell's `edit` opens.
public enum EditorChoice {
  /// `$VISUAL`, else `$EDITOR` (an empty one counts as unset), else `vi`. Without a terminal
  /// on standard input `vi` is refused: it would read the rest of a script as keystrokes.
  public static func command(environment: [String: String], stdinIsTerminal: Bool) throws(RapportError) -> String {
    if let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) {
      return chosen
    }
    guard stdinIsTerminal else {
      throw RapportError(
        "`edit` needs $VISUAL or $EDITOR when rapport does not read from a terminal; set one, e.g. EDITOR=nano.")
    }
    return "vi"
  }
}
