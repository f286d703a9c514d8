/// A vague, one-size-fits-all benefit ("save you time and money", "grow your business", "take
/// it to the next level", "peace of mind"): a "you" sentence that promises what every pitch
/// promises and says nothing about this reader. Cold-email guides ask for a value proposition
/// that is specific to the recipient and call claims of helping companies grow or improve their
/// processes meaningless (onlinetoolsplus.com/blog/uni-coldemail, "The structure of a cold
/// email that works"); the you-attitude counts a benefit only when it is the reader's own
/// (Van Noy, rvannoy.asp.radford.edu/rvn/306/You.htm). Counted per sentence, toward the sender.
enum VagueBenefitCue {
  static let cue = DocumentedCue(
    feature: .vagueBenefit,
    phrases: [
      "time and money", "save~ you time", "save~ you money", "grow your business", "grow your sales",
      "grow your revenue", "boost your", "increase your sales", "increase your revenue", "increase your profit~",
      "increase your roi", "increase your efficiency", "increase your productivity", "improve your efficiency",
      "improve your productivity", "improve your bottom line", "improve your business", "improve your results",
      "streamline your", "next level", "solve your problem~", "all your needs", "all your problems", "your needs",
      "maximize your", "maximise your", "optimize your", "optimise your", "skyrocket~", "supercharge~",
      "transform your", "unlock your", "peace of mind",
    ],
    fires: [
      "We can save you time and money.", "Our coaching will take your team to the next level.",
      "This tool helps you boost your sales.",
    ],
    silent: [
      "Your reps got back four hours a week in March.", "Is the Dayton rollout still on for June?",
      "Your team saves the Friday report for last.",
    ])
}
