/// Every built-in rule, in the order `rapport rules` lists them.
public enum RuleCatalog {
  public static let all: [LintRule] = [
    .openerIWanted,
    .weAreLeading,
    .selfPraise,
    .productPitch,
    .myQuota,
    .aboutUs,
    .opensWithSelf,
    .selfCentred,
    .selfStreak,
    .hopeThisFindsYou,
    .myNameIs,
    .dearSir,
    .justCheckingIn,
    .hedging,
    .sorryToBother,
    .jargon,
    .perMyLastEmail,
    .heavyMeeting,
    .calendarLink,
    .noQuestion,
    .tooManyQuestions,
    .falseUrgency,
    .vagueClose,
    .empty,
    .tooLong,
    .overBand,
    .tooShort,
    .readingGrade,
    .longSentence,
    .subjectTooLong,
    .subjectWordCount,
    .subjectFakeReply,
    .subjectEmpty,
  ]

  /// The rule with `id`, or nil.
  public static func rule(_ id: String) -> LintRule? { all.first { $0.id == id } }
}
