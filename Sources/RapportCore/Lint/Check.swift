/// The measurements a rule can be built on, computed by the engine over the whole draft.
public enum Check: String, Sendable {
  case opensWithSelf, selfCentred, selfStreak
  case noQuestion, tooManyQuestions, calendarLink
  case empty, tooLong, overBand, tooShort
  case readingGrade, longSentence
  case subjectTooLong, subjectWordCount, subjectFakeReply, subjectEmpty
}
