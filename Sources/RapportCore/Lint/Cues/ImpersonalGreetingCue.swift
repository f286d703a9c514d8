/// A greeting to nobody in particular ("Dear Valued Customer", "Dear Sir or Madam", "To whom it
/// may concern", "Hi there"): the form letter's salutation, which tells the reader the message
/// was not written for them. Business-writing advice lists these generic openers as the ones that
/// send a letter to the bin and asks for the reader's name instead (AllBusiness, "Personalized
/// Salutations Keep Them Reading", allbusiness.com/personalized-salutations-keep-them-reading-3878664-1.html).
/// Counted per sentence, toward the sender.
enum ImpersonalGreetingCue {
  static let cue = DocumentedCue(
    feature: .impersonalGreeting,
    phrases: [
      "dear valued", "valued customer~", "dear customer~", "dear sir", "dear madam", "to whom it may concern",
      "dear friend~", "hi there", "hello there", "dear member~", "dear client~", "dear colleague~",
      "dear homeowner~", "dear business owner~", "dear small business owner~",
    ],
    fires: [
      "Dear Valued Customer, thank you for your order.", "To whom it may concern: the invoice is attached.",
      "Dear Sir or Madam, your account is overdue.",
    ],
    silent: [
      "Dear Ms Chew, the noise stops on Friday.", "Hi Dana, is the Dayton rollout still on?",
      "There is a spare seat on your team's training day.",
    ])
}
