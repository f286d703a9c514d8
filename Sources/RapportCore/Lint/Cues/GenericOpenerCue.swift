/// A generic personalisation opener: attention that names nothing about the reader ("I came
/// across your profile", "I see you're the VP of…", "hope this finds you well", "I'm reaching
/// out because", "would love to connect"). Guides treat it as the sender's template, not
/// attention: the default "I'd like to add you to my professional network" (Globe University,
/// "Why I Ignored Your Request to Connect on LinkedIn"); Inc. (Melina Palmer, 2019) asks for the
/// insight that shows you read their work instead; `lint-anchors.md` lists "I hope you are well"
/// and "I wanted to reach out" among self-focused openers. When it fires, the sentence's
/// "I noticed / I saw" is not counted as attention to the reader (`FocusAnalyzer`); a specific
/// reference in the same sentence ("your post on…") still is. Counted per sentence.
enum GenericOpenerCue {
  /// Who looks, how, and at what: "i came across your profile", "we saw your website"…
  static let looked: [String] = {
    let verbs = [
      "came across", "found", "stumbled on", "stumbled upon", "saw", "noticed", "was looking at", "were looking at",
      "checked out", "visited", "viewed", "looked at", "was browsing", "was reviewing",
    ]
    let things = [
      "your profile", "your linkedin", "your linkedin profile", "your website", "your site", "your page", "your company",
      "your background", "your bio",
    ]
    return verbs.flatMap { verb in things.map { "\(verb) \($0)" } }
  }()

  static let cue = DocumentedCue(
    feature: .genericOpener,
    phrases: looked + [
      "saw on your website", "saw on your linkedin", "saw on your profile", "noticed on your website",
      "i see you're", "i saw you're", "i noticed you're", "i see that you're", "i saw that you're", "i noticed that you're",
      "i see you are", "i saw you are", "i noticed you are", "we see you're", "we noticed you're",
      "great meeting you", "nice meeting you", "great to meet you", "nice to meet you", "good to meet you",
      "pleasure meeting you", "pleasure to meet you",
      "hope this email finds you", "hope this message finds you", "hope this note finds you", "hope this finds you",
      "hope you're well", "hope you are well", "hope you're doing well", "hope you are doing well", "hope all is well",
      "hope you had a", "hope you have a", "hope you're having a", "hope you are having a",
      "i'm reaching out", "i am reaching out", "we're reaching out", "we are reaching out",
      "the reason i'm calling", "the reason i am calling", "the reason for my call", "the reason i'm reaching out",
      "the reason for my email", "the reason i'm writing", "the reason i am writing",
      "be great to connect", "love to connect", "like to connect", "add you to my network",
      "add you to my professional network", "expand my network", "grow my network",
      "your company is in", "companies in your industry", "companies in your space",
    ],
    fires: [
      "I came across your profile and wanted to connect.", "I see you're the head of sales at Brightwell.",
      "Hope this email finds you well.", "I'm reaching out because we help clinics.",
    ],
    silent: [
      "I read your post on onboarding reps in under 30 days.", "Your team opened two clinics in May.",
      "I saw your talk on churn at the Denver meetup.",
    ])
}
