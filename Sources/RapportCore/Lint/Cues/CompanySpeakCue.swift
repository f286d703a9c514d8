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
      // Officialese: the stock phrases of a form letter, of the same family as Blake's above; they
      // address the reader without saying anything about them. In the written set, "for your
      // review / reference / consideration" and "per our policy" appear only in self-focused drafts.
      "acknowledge~ receipt", "for your perusal", "your kind perusal", "per policy", "per company policy",
      "per our records", "per your request", "in accordance with", "with reference to", "in reference to",
      "further to your", "this is to inform", "this is to confirm", "this is to notify", "we wish to inform",
      "please be informed", "be informed that", "hereby", "hereto", "thereof", "aforementioned", "aforesaid",
      "the undersigned", "do the needful", "please find attached", "please find the attached", "revert back",
      "do not hesitate", "don't hesitate", "should you have any", "should you require", "should you need",
      "for your information", "for your reference", "for your records", "for your review", "for your consideration",
      "please note that",
    ],
    fires: [
      "Please be advised that the form is overdue.", "We regret that we cannot refund the fee.",
      "Your inquiry has been received.", "Our records show an open balance.",
      "We must receive the signed form before we can ship the chairs.",
      "Enclosed is our brochure for your perusal.", "Per policy, refunds take 30 days.",
      "Should you have any questions, do not hesitate to contact us.",
    ],
    silent: [
      "The refund reaches your card by Friday.", "I'm sorry you waited 40 minutes.",
      "Your new card is in the mail.", "Send the signed form and the chairs ship the same day.",
      "The policy covers both of your trucks.", "Any questions? Call Dana at 555-0100.",
    ])
}
