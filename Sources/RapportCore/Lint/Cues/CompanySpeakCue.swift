/// Company-speak: the institution talking down to the reader in set phrases ("please be
/// advised", "pursuant to", "we regret", "our records show", "company policy", "we are unable
/// to", "your inquiry has been received", "sorry if you feel"). Business-writing guides drop them
/// as stodgy and lawyer-like (Gary Blake, "The Deadliest Words and Phrases": "please be advised",
/// "kindly", "above referenced"; completemarkets.com/Article/article-post/178), and the
/// you-attitude asks for what the writer can do rather than what they can't (Locker's positive
/// emphasis, in Van Noy, rvannoy.asp.radford.edu/rvn/306/You.htm). Counted per sentence.
enum CompanySpeakCue {
  static let cue = DocumentedCue(
    feature: .companySpeak,
    phrases: [
      "please be advised", "be advised that", "pursuant to", "as per", "we regret", "i regret", "regret to inform",
      "regretted", "has been received", "have been received", "will be processed", "our records show",
      "our records indicate", "company policy", "our policy", "we are unable to", "we're unable to", "we cannot",
      "we can't", "it is impossible", "sorry if you", "sorry you feel", "sorry you felt", "sorry that you feel",
      "sorry that you felt", "any inconvenience", "in receipt of", "above mentioned", "above referenced",
      "enclosed please find", "please find enclosed", "attached please find", "herewith", "kindly",
      // Conditions that put the burden on the reader (Locker's positive emphasis: say what the
      // reader can do and when, not what must happen before the writer will act).
      "we must receive", "we must have", "before we can", "until we receive", "until you send", "will be impossible",
      "is impossible", "unfortunately",
    ],
    fires: [
      "Please be advised that the form is overdue.", "We regret that we cannot refund the fee.",
      "Your inquiry has been received.", "Our records show an open balance.",
      "We must receive the signed form before we can ship the chairs.",
    ],
    silent: [
      "The refund reaches your card by Friday.", "I'm sorry you waited 40 minutes.",
      "Your new card is in the mail.", "Send the signed form and the chairs ship the same day.",
    ])
}
