extension Suggestion {
  /// `word` as one word of a shell command a hint tells you to type: as it is when it holds
  /// only letters, digits and `/._-+,:@%=`, else in single quotes (a `'` inside written
  /// `'\''`), so "AT&T", "a;b", "~/x" or an empty name cannot run or expand anything.
  public static func shellWord(_ word: String) -> String {
    let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,:@%=".contains($0) }
    return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// The files of folder `path` that `glob` matches, as a shell command's argument:
  /// "drafts/*.txt" for "drafts" or "drafts/", the folder written as `shellWord` writes it.
  public static func files(inFolder path: String, matching glob: String) -> String {
    shellWord(path.hasSuffix("/") ? String(path.dropLast()) : path) + "/" + glob
  }
}
