/// The sender's offer named as nouns ("our services", "a solution that…", "the platform",
/// "quality support"), whatever the sentence's subject: a message that tours the product talks
/// about the writer's world. The you-attitude puts the reader ahead of the company ("Don't tout
/// what a great business you have", writeforbusiness.com/etips, "Write with a 'You' Attitude")
/// and on what the reader receives, not what the writer can do (Drake, University of Idaho ENGL
/// 313, "You-Attitude"). Right after your/you ("your platform", the reader's own tool) it does
/// not count (`FocusAnalyzer`). Counted per sentence.
enum ProductNounsCue {
  static let cue = DocumentedCue(
    feature: .productNouns,
    phrases: [
      "service~", "solution~", "product~", "platform~", "offering~", "offer~", "software", "tool~", "feature~",
      "support", "quality", "provide~", "provider~", "package~", "suite", "technology", "capabilities", "app~",
    ],
    fires: [
      "We provide quality service at a fair price.", "I have a product that saves money.",
      "The platform includes every feature.",
    ],
    silent: [
      "Is your platform still the one you picked in 2021?", "Your reps spend Fridays on notes.",
      "The shipment arrives Tuesday.",
    ])
}
