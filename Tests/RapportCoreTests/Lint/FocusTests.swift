import Testing

@testable import RapportCore

@Suite("Role-aware focus")
struct FocusTests {
  private let engine = LintEngine()

  private func metrics(_ text: String, _ engine: LintEngine? = nil) -> LintMetrics {
    (engine ?? self.engine).lint(text).metrics
  }

  @Test func thankYouAndYouKnowAreNotReaderFocus() {
    #expect(metrics("Thank you for the call.").readerWords == 0)
    #expect(metrics("You know, it was fun.").readerWords == 0)
    #expect(metrics("Thanks for your time yesterday.").readerWords == 0)
  }

  @Test func theReaderAsObjectOfTheSendersActionIsNotReaderFocus() {
    let m = metrics("Let me show you how we cut onboarding time.")
    #expect(m.readerWords == 0)
    #expect(m.selfWords == 2)
    #expect(m.selfSentences == 1)
    #expect(metrics("I can send you our deck.").readerWords == 0)
  }

  @Test func readerSubjectMakesAReaderSentence() {
    let m = metrics("Your team could cut onboarding by a month. Would that help you?")
    #expect(m.readerSentences == 2)
    #expect(m.selfSentences == 0)
    #expect(m.readerShare == 1)
  }

  @Test func inclusiveWeCountsForNeitherSide() {
    let m = metrics("You and I could look at the numbers together.")
    #expect(m.selfWords == 0)
    #expect(m.readerWords == 1)
    let company = metrics("We could look at the numbers.")
    #expect(company.selfWords == 1)
  }

  @Test func attentionToTheReaderIsNotSelfFocus() {
    let m = metrics("I noticed your team opened an office in Austin.")
    #expect(m.readerSentences == 1)
    // Such a first sentence opens on the reader's news, not on the sender.
    #expect(!m.opensWithSelf)
    #expect(metrics("I saw the news. Could this help?").opensWithSelf)
  }

  @Test func selfAndCustomerNamesCount() {
    let named = LintEngine(configuration: LintConfiguration(selfNames: ["Acme Corp"], customerNames: ["Globex"]))
    let m = metrics("Acme Corp builds tools. Globex grew fast.", named)
    #expect(m.selfWords == 1)
    #expect(m.readerWords == 1)
    #expect(m.selfSentences == 1 && m.readerSentences == 1)
    #expect(metrics("Acme Corp builds tools.").selfWords == 0)
  }

  @Test func aLoneUIsYouOnlyAsLowerCaseTextSpeakBetweenSpaces() {
    // Text-speak: "u" and "ur" in lower case, on their own, are "you" and "your".
    #expect(metrics("Hope this finds u well. Can u send ur notes?").readerWords == 3)
    #expect(metrics("\u{201C}u\u{201D} rock, and so do u.").readerWords == 2)
    // The "U" of "U.S.", a capital initial, a dotted abbreviation and the pieces of a code are
    // letters, not the reader: none of them makes a draft reader-focused.
    #expect(metrics("Mr. Smith represents U.S. banks in trade matters.").readerWords == 0)
    #expect(metrics("Plan U ships in May.").readerWords == 0)
    #expect(metrics("Our u.s. office opens soon.").readerWords == 0)
    #expect(metrics("aGVsbG8gd29y/u/bGQ+u+9xyz== x7Hq/U+kLm a8f-u-22c_ur_k").readerWords == 0)
    #expect(engine.lint("aGVsbG8gd29y/u/bGQ+u+9xyz== x7Hq/U+kLm").focus.score < 50)
  }

  @Test func opensOnIOrWe() {
    #expect(metrics("Hi Sam,\n\nWe built a tool.").opensWithSelf)
    #expect(metrics("So I wanted to say hi.").opensWithSelf)
    #expect(!metrics("Hi Sam,\n\nYour team grew.").opensWithSelf)
  }

  @Test func greetingIsNeitherASentenceNorFocus() {
    let m = metrics("Hi Sam,\n\nIs hiring slow?")
    #expect(m.sentences == 1)
    #expect(m.readerWords == 0)
    let inline = metrics("Hi Sam, we built a tool for your team.")
    #expect(inline.sentences == 1)
    #expect(inline.words == 9)
    #expect(inline.opensWithSelf)
  }

  @Test func aShortFirstSentenceAfterAGreetingsCommaStillCounts() {
    // Merge tags are no words, so these first sentences have five words or fewer; what follows
    // the comma is a sentence of its own, not part of the greeting.
    #expect(metrics("Hi {{first_name}}, our platform is great.").selfWords == 1)
    #expect(metrics("Hi [Name], congrats on joining [Company].").sentences == 1)
    #expect(metrics("Hi, I noticed your profile.").readerWords == 1)
    // A name after the comma is still the greeting.
    #expect(metrics("Hello, Ms. Moon.").sentences == 0)
    #expect(metrics("Hi Sam,").sentences == 0)
  }

  @Test func aSignOffWithYoursIsNoReaderWord() {
    for signOff in ["Sincerely yours,", "Yours sincerely,", "Yours faithfully,", "Thanks so much,"] {
      let m = metrics("Our platform is the best.\n\n\(signOff)\nJo")
      #expect(m.readerWords == 0, "\(signOff)")
      #expect(m.sentences == 1, "\(signOff)")
    }
  }

  @Test func callToActionKinds() {
    #expect(metrics("Is onboarding a priority?").callToAction == "interest")
    #expect(metrics("Do you have 15 minutes on Tuesday?").callToAction == "meeting")
    #expect(metrics("Grab a slot: https://calendly.com/jo").callToAction == "calendar-link")
    #expect(metrics("Your team grew.").callToAction == "none")
    #expect(metrics("Is it useful? https://musical.com/x").callToAction == "interest")
    #expect(metrics("Pick one: https://acme.chilipiper.com/book").callToAction == "calendar-link")
  }
}
