/// The kind of message being linted; each has its own length and reading-level bands.
public struct Profile: Sendable, Hashable {
  /// `cold-email`, `follow-up`, `linkedin` or `reply`.
  public let name: String
  /// Word counts inside this band score full marks.
  public let idealWords: ClosedRange<Int>
  /// Beyond this many words the length finding becomes a warning.
  public let maximumWords: Int
  /// Flesch–Kincaid grades up to `gradeBand.upperBound` score full marks.
  public let gradeBand: ClosedRange<Double>
  /// Whether a `Subject:` line is checked.
  public let checksSubject: Bool
  /// Where the figures come from, for help texts.
  public let source: String

  /// The default: a first cold email.
  public static let coldEmail = Profile(
    name: "cold-email", idealWords: 25...50, maximumWords: 125, gradeBand: 3...5, checksSubject: true,
    source: "25–50 words for a cold opener (Lavender, help.lavender.ai/en/articles/6455186); "
      + "past 125 words replies fall (Boomerang, 40M emails); grade 3–5 (Boomerang: 3rd grade best; "
      + "Lavender: 5th grade or below)")
  /// A follow-up in an existing thread: more context is fine.
  public static let followUp = Profile(
    name: "follow-up", idealWords: 50...125, maximumWords: 200, gradeBand: 3...6, checksSubject: true,
    source: "50–125 words (Boomerang, 40M emails: response rates above 50%); follow-ups may run longer "
      + "(Lavender); grade 3–6")
  /// A LinkedIn connection note or InMail.
  public static let linkedin = Profile(
    name: "linkedin", idealWords: 20...60, maximumWords: 100, gradeBand: 3...5, checksSubject: false,
    source: "short like a cold opener (Lavender 25–50 words); connection notes are capped at 300 "
      + "characters by LinkedIn; no subject line")
  /// A reply to the customer's own email.
  public static let reply = Profile(
    name: "reply", idealWords: 10...125, maximumWords: 250, gradeBand: 3...7, checksSubject: false,
    source: "answer what they asked; 50–125 words is the general email band (Boomerang), shorter is "
      + "fine for a reply; no subject check (the thread has one)")

  public static let all: [Profile] = [.coldEmail, .followUp, .linkedin, .reply]

  /// The profile called `name`, or nil.
  public static func named(_ name: String) -> Profile? {
    all.first { $0.name == name.lowercased() }
  }
}
