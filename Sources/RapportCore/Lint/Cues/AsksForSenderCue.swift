/// The reader asked to do the sender's work: a request aimed at the reader ("please send",
/// "could you forward", "I'd like you to review", "we need you to confirm") whose beneficiary
/// is the sender — an I/we/our word or the sender's name from the request on ("please send us
/// your payment", "…review our proposal"), or a thing only the sender gains from ("forward this
/// to the right person", "acknowledge receipt", "the attached invoice"). Such a sentence is full
/// of "you" but the reader only does the work. The you-attitude puts what the reader receives
/// ahead of what the writer wants (Locker's you-attitude, in Van Noy,
/// rvannoy.asp.radford.edu/rvn/306/You.htm; Drake, University of Idaho ENGL 313, "You-Attitude"),
/// and the focus verdict reads a sentence by whom it serves, whatever its grammatical subject.
/// An ask that serves the reader stays silent: one that states their benefit
/// (`FocusCues.readerBenefit`: "so your refund…"), names them as its beneficiary ("the dates that
/// suit you", "if you'd like") or offers the sender's work in return ("…and I'll check each one").
/// Counted once per sentence. The sentence's "you" still counts for the reader: making the
/// request's "you" count for neither side, or the whole sentence the sender's, measured no
/// better than the count alone.
///
/// Each frame ends in `*`, the request's verb, which must be one of `verbs` (or its -ing
/// form): the matcher tries a frame only where its first word stands, and the check is one
/// flag read per frame found; the beneficiary is one pass over the sentence's words, made only
/// when the sentence holds a frame (`FocusAnalyzer`).
enum AsksForSenderCue {
  static let cue = DocumentedCue(
    feature: .asksForSender,
    phrases: [
      "please *", "kindly *", "can you *", "could you *", "would you *", "will you *", "can you please *",
      "could you please *", "would you please *", "will you please *", "could you kindly *", "would you kindly *",
      "would you mind *", "would you be able to *", "would you be willing to *", "can you also *", "could you also *",
      "if you could *", "if you can *", "be sure to *", "i'd like you to *", "i would like you to *",
      "we'd like you to *", "we would like you to *", "i need you to *", "we need you to *", "i'll need you to *",
      "we'll need you to *", "we will need you to *", "i want you to *", "we want you to *", "i ask you to *",
      "we ask you to *", "i ask that you *", "we ask that you *", "i request that you *", "we request that you *",
      "we require you to *", "we require that you *", "you are required to *", "you're required to *",
      "you are requested to *",
    ],
    fires: [
      "Please send us your payment by Friday.", "I would like you to review our proposal.",
      "Could you forward this to the right person?", "We need you to confirm the order.",
      "Kindly acknowledge receipt of this letter.", "Would you mind signing the attached contract?",
    ],
    silent: [
      "Let me know if you'd like the report.", "Please reply with the dates that suit you.",
      "Please send the form so your refund goes out today.", "Could you tell me how your team plans shifts?",
      "Please send invoices to the AP inbox.", "Please send me the job numbers and I'll check each one myself.",
      "Please note our new address.",
    ])

  /// The request's verb: what the reader is asked to do. Each counts as itself and with -ing
  /// ("would you mind sending"), spelled by `Inflection.verbForms`, or as listed in `ingForms`.
  static let verbs = [
    "send", "forward", "return", "remit", "pay", "sign", "complete", "fill", "submit", "review", "confirm",
    "acknowledge", "approve", "provide", "pass", "introduce", "connect", "put", "point", "refer", "read", "consider",
    "take", "give", "reply", "respond", "write", "email", "call", "contact", "update", "meet", "schedule", "book",
    "visit", "click", "buy", "purchase", "order", "renew", "upgrade", "accept", "agree", "commit", "mail", "settle",
    "advise", "register", "download", "install", "subscribe", "follow", "leave", "recommend", "rate", "vote",
  ]
  /// The -ing forms that double their last letter.
  static let ingForms = ["submitting", "putting", "referring", "committing"]

  /// The sender's thing or gain with no I/we word: the reader routes, pays or signs for them.
  static let forTheSender = [
    "the right person", "the appropriate person", "the best person", "the right contact", "the correct person",
    "the relevant person", "the person responsible", "the person in charge", "whoever handles",
    "whoever is responsible", "whoever is in charge", "decision maker~", "receipt", "the invoice", "this invoice",
    "the attached", "the enclosed", "outstanding balance", "the balance due", "the proposal", "this proposal",
    "the contract", "this contract", "the agreement", "this agreement", "this email", "this message",
  ]

  /// The reader named as the ask's beneficiary: the request serves them.
  static let forTheReader = [
    "for you", "for your team", "suit~ you", "suit~ your", "work~ for you", "works best for you",
    "if you'd like", "if you would like", "if you want", "if you prefer", "if you'd prefer", "you'd prefer",
    "you'd like", "you need", "you want", "help you", "help your", "for yourself", "and i'll", "and we'll",
    "and i will", "and we will",
  ]
}
