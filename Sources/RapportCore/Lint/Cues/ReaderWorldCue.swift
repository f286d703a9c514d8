/// The reader's world: their people, work and results named as nouns ("your reps", "the team",
/// "their pipeline", "the launch"), whoever the subject is. A you-attitude message is placed in
/// the reader's world rather than the writer's (Drake, "You-Attitude", University of Idaho ENGL
/// 313, webpages.uidaho.edu/eng313/Intro%20and%20General/youatt.htm: "Here's how this improves
/// your situation"; writeforbusiness.com/etips, "Write with a 'You' Attitude": "place your
/// message in their world"). A noun up to two words after our/my/we ("our customers", "our
/// valued clients") is the sender's, and a clientele noun naming what the sender runs for its
/// customers ("customer support", "client testimonials", "user experience") is the sender's
/// operation: neither counts (`FocusAnalyzer.isSendersPeople`). Counted per sentence.
enum ReaderWorldCue {
  static let cue = DocumentedCue(
    feature: .readerWorld,
    phrases: [
      "team~", "rep~", "manager~", "customer~", "client~", "people", "staff", "employee~", "user~", "buyer~",
      "leader~", "founder~", "companies", "ramp", "pipeline~", "churn", "quota~", "deal~", "hiring", "hire~",
      "launch~", "problem~", "challenge~", "goal~", "competitor~", "deadline~",
    ],
    fires: [
      "Your reps spend Fridays on notes.", "Most finance teams close the books late in March.",
      "The launch slipped a week.", "How is hiring going?",
    ],
    silent: [
      "Our customers love the new dashboard.", "We built it for my clients.", "The report ships on Monday.",
      "Our valued customers deserve the best.", "24/7 customer support.", "Read our client testimonials.",
    ])
}
