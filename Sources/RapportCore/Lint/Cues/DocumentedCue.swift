/// A focus cue feature added with its evidence: the phrases that fire it, where the idea comes
/// from, and sentences (written here) that must and must not fire it. `FocusCueExamplesTests`
/// lints every example, so a list edit that breaks one fails the tests.
struct DocumentedCue: Sendable {
  /// The feature the cue counts toward.
  let feature: FocusFeature
  /// The phrases, in `FocusCues`' notation (`~` inflections, `+` possessives, `*` one word);
  /// empty for a cue computed from the tokens (numbers).
  let phrases: [String]
  /// Sentences in which the feature must fire.
  let fires: [String]
  /// Sentences in which it must not.
  let silent: [String]

  /// Every documented cue, in `FocusFeature` order.
  static let all: [DocumentedCue] = [
    ReaderWorldCue.cue, ConcreteNumbersCue.cue, ProductNounsCue.cue, GenericOpenerCue.cue, CompanySpeakCue.cue,
    TimeCostCue.cue, VagueBenefitCue.cue, ImpersonalGreetingCue.cue, AsksForSenderCue.cue,
  ]
}
