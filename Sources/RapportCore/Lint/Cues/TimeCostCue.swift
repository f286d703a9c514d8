/// An ask that costs the reader time or effort for the sender's sake ("can you spare a
/// minute", "give me a call", "call me back at", "at your earliest convenience"). A heavy ask
/// converts several times worse than a light question (Gong's and Gangly's call-to-action counts
/// and Allston Labs' one-light-ask advice, in `lint-anchors.md` (b), "Questions / call to
/// action"). Counted per sentence.
enum TimeCostCue {
  static let cue = DocumentedCue(
    feature: .timeCost,
    phrases: [
      "spare a minute", "spare a few minutes", "spare a moment", "spare 5 minutes", "spare 10 minutes",
      "spare 15 minutes", "minute of your time", "minutes of your time", "moment of your time",
      "give me a call", "give me a ring", "give me a shout", "call me back", "call me at", "reach me at",
      "reach me on", "my cell", "my direct line", "my number", "my phone number", "at your earliest convenience",
      "when you get a minute", "when you have a minute", "when you get a moment", "when you have a moment",
      "could you call", "can you call", "would you call", "could you get back", "can you get back",
      "could you forward", "can you forward", "could you point", "can you point",
    ],
    fires: [
      "Can you spare a minute this week?", "Please give me a call at your earliest convenience.",
      "Could you forward this to the right person?",
    ],
    silent: [
      "Want the checklist?", "Your team can call the help desk any time.", "Is onboarding still a priority?",
    ])
}
