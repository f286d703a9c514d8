/// Discovery questions a salesperson can ask instead of talking about themselves,
/// offered by the shell after a focus finding.
public enum FocusQuestions {
  public static let all = [
    "What made this a priority for you now, rather than last quarter?",
    "What happens if this stays the way it is for another six months?",
    "How are you handling this today, and what do you like about it?",
    "Who else on your team feels this most?",
    "What would a good result look like for you by the end of the year?",
    "What have you already tried, and what got in the way?",
    "How does this show up in the numbers you report on?",
    "What would you need to see to know this is worth your time?",
    "What's the part of this that takes up most of your week?",
    "If you could change one thing about how this works today, what would it be?",
  ]

  /// A question for `text`, the same one for the same draft.
  public static func pick(for text: String) -> String {
    let hash = WordHash.mix(WordHash.offset, text)
    return all[Int(hash % UInt64(all.count))]
  }
}
