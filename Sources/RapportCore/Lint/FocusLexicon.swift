/// The words and phrases that decide who a sentence is about.
///
/// Pronouns alone mislead (the We-We Calculator only counted them), so cue phrases
/// adjust them: the reader as the object of the sender's action ("let me show you") is
/// not reader focus; "you and I" makes "we" inclusive; "I noticed your…" attends to the reader.
enum FocusLexicon {
  static let selfSingular = ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive"]
  static let selfPlural = [
    "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll",
  ]
  static let reader = [
    "you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll", "y'all",
    "ya", "u", "ur",
  ]
  /// Verbs whose object "you" is acted on by the sender.
  static let senderActions = [
    "show", "tell", "send", "give", "offer", "walk", "introduce", "email", "call", "ping", "thank",
    "remind", "bother", "bug", "sell", "pitch", "demo", "connect", "reach", "update", "contact",
    "help", "hit", "loop", "book", "invite", "text", "assure", "promise",
  ]
  static let leads = [
    "so", "and", "but", "also", "just", "quick", "honestly", "well", "ok", "okay", "now", "then",
    "actually", "plus", "btw", "ps", "p", "s", "anyway", "still", "today", "currently", "recently",
    "really", "personally", "here", "basically", "simply", "since", "because", "as", "at", "in",
    "this", "that", "week", "month", "year", "last",
  ]
  /// Phrases whose "you" is not about the reader.
  static let neutralReader = [
    "thank you", "thanks to you", "you know", "you see", "mind you", "see you", "talk to you",
    "hear from you", "bless you", "if you will", "as you can imagine", "i'll let you go",
    "let me show you", "let us show you", "allow me to show you", "i'd love to show you",
    "we'd love to show you", "i wanted to show you", "get back to you", "reach out to you",
    "i'm writing to you", "i am writing to you", "to you about", "for you to see",
    // Courtesy: thanks for the reader's time is not about the reader's business.
    "thank you for your time", "thanks for your time", "appreciate your time",
    "thank you for your consideration", "thanks for your consideration",
    "thank you for your help", "thanks for your help",
    // Where the sender's message or meeting lands is not the reader's business.
    "your inbox", "your calendar",
    // Pleasantries about how the reader is or was, like "How are you?": nothing of their business.
    "hope you're well", "hope you are well", "hope you're doing", "hope you are doing", "hope you're having a",
    "hope you are having a", "hope you had a", "hope you're enjoying", "hope you are enjoying", "hope your week",
    "hope your weekend", "hope your day", "nice to meet you", "great to meet you", "good to meet you",
    "pleasure to meet you", "nice meeting you", "great meeting you", "great speaking with you", "great talking to you",
    "great talking with you",
  ]
  /// Phrases that make the sentence's "we" include the reader.
  static let inclusive = [
    "you and i", "you and me", "you and we", "you and us", "together we", "we together",
    "both of us", "the two of us", "us both", "you and your team and i", "your team and mine",
    "between us", "we both", "work together", "together", "your team and ours",
  ]
  /// Phrases in which the sender's "I" attends to the reader.
  static let attention = [
    "i noticed", "i saw", "i read", "i heard", "i came across", "i loved", "i enjoyed", "i liked",
    "i watched", "i listened to", "i was impressed", "i see", "i noticed that", "congrats", "congratulations",
    "i was reading", "i spotted", "i caught",
  ]

  /// Adds the lexicon to a matcher.
  static func install(into matcher: inout PhraseMatcher) {
    matcher.mark(selfSingular, .selfSingular)
    matcher.mark(selfPlural, .selfPlural)
    matcher.mark(reader, .reader)
    matcher.mark(senderActions, .senderAction)
    matcher.mark(leads, .lead)
    for phrase in neutralReader { matcher.add(phrase, .neutralReader) }
    for phrase in inclusive { matcher.add(phrase, .inclusive) }
    for phrase in attention { matcher.add(phrase, .attention) }
  }
}
