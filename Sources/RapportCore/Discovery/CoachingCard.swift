import Foundation

/// Self-coaching without audio: depth reached, threads stuck at a solution, the call's
/// questions against the 11–14 that Gong's research associates with successful discovery
/// calls. rapport's own follow-ups in a debrief are never counted against the seller.
public struct CoachingCard: Codable, Sendable, Equatable {
  /// The playbook's questions answered (asked on the call in a debrief, planned in prep);
  /// rapport's follow-ups and closing questions are not counted.
  public var questionsAsked: Int
  /// rapport's follow-ups answered.
  public var probesAsked: Int
  public var deepestDig: Int
  public var threadsReached: [String]
  public var threadsStuckAtSolution: [String]
  public var threadsParked: [String]
  public var prematurePitch: Bool
  public var nextStepComplete: Bool
  /// The customer's value against the price, when the answer named both clearly.
  public var slice: SliceCheck?
  /// The advice lines, in order.
  public var notes: [String]
  /// The one thing to do next, said plainly.
  public var nextThing: String
  /// The quote topic that fits what happened (persistence after a qualify-out, curiosity
  /// before a call, customers after a customer interview, listening after a pitch).
  public var quoteTopic: String

  /// Gong: 11–14 targeted questions had the highest success rate; over 20 reads as an
  /// interrogation (slideshare "navigating sales conversations", getgangly secondary).
  public static let targetQuestions = 11...14
  public static let tooMany = 20

  /// True when an options answer says none were shaped ("None, didn't get that far").
  public static func saysNone(_ answer: String) -> Bool {
    let lower = answer.lowercased().trimmingCharacters(in: .whitespaces)
    return ["none", "no", "nothing", "not yet", "n/a", "na", "-", "didn't", "did not", "we didn't", "we did not",
      "none yet", "no options", "not really", "skip"]
      .contains { lower == $0 || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",") || lower.hasPrefix($0 + ".") }
  }

  init(
    engine: DiscoveryEngine, chains: [WhyChain], options: String?, nextStep: NextStep?, due: String? = nil,
    slice: SliceCheck.Reading?, sliceAnswered: Bool = false, live: Bool = false
  ) {
    let closing = engine.playbook.closing
    let answered = engine.turns.filter { $0.answer != nil && $0.prompt.kind != .closing }
    questionsAsked = answered.filter { $0.prompt.kind == .question }.count
    probesAsked = answered.filter { $0.prompt.kind == .probe }.count
    // Follow-ups answered per thread; one on screen but not answered yet does not count.
    let dug = engine.threads.map { thread in
      let answered = thread.turns.filter { engine.turns[$0].prompt.kind == .probe && engine.turns[$0].answer != nil }
      return (thread.questionID, answered.count)
    }
    deepestDig = dug.map(\.1).max() ?? 0
    let deep = chains.filter { $0.measuredBy.words != nil || $0.matters.words != nil }
    threadsReached = deep.map(\.questionID)
    threadsStuckAtSolution = chains.filter { $0.status == .stuckAtSolution }.map(\.questionID)
    threadsParked = chains.filter { $0.status == .parked }.map(\.questionID)
    let optionsGiven = options.map { !Self.saysNone($0) } ?? false
    prematurePitch = optionsGiven && deep.isEmpty
    nextStepComplete = nextStep?.isComplete ?? false
    if case .read(let check)? = slice { self.slice = check } else { self.slice = nil }
    var notes: [String] = []
    if !chains.isEmpty {
      notes.append(
        "\(threadsReached.count) of \(Plural.count(chains.count, "thread")) reached an outcome with a number or a personal stake"
          + (threadsReached.isEmpty ? "." : ": \(threadsReached.joined(separator: ", ")).")
      )
    }
    if !threadsStuckAtSolution.isEmpty {
      notes.append(
        "Stuck at a solution: \(threadsStuckAtSolution.joined(separator: ", ")) — next time ask what it would let them do, and what it costs today."
      )
    }
    if !threadsParked.isEmpty {
      notes.append("Parked as Unknown: \(threadsParked.joined(separator: ", ")) — find out on the next call.")
    }
    notes.append(Self.budgetNote(questions: questionsAsked, followUps: probesAsked, mode: engine.mode))
    if let deepest = dug.max(by: { $0.1 < $1.1 }), deepest.1 > 0 {
      notes.append("Deepest dig: \(Plural.count(deepest.1, "follow-up")) on \(deepest.0).")
    }
    if closing {
      if prematurePitch {
        notes.append("Options were proposed before any why was found: a pitch before the why.")
      } else if optionsGiven {
        notes.append("Options came after the why was found, not before.")
      } else if let options {
        notes.append(
          "No options shaped yet (\u{201c}\(options)\u{201d}): right while the why is unclear; shape them with the customer once it is.")
      }
      if let note = Self.sliceNote(slice, answered: sliceAnswered) { notes.append(note) }
      if let nextStep {
        if let missing = nextStep.missing {
          notes.append("The next step still needs \(missing): ask for it before the call goes cold.")
        } else {
          notes.append("The next step has an owner and a date" + (due.map { " (due \($0))." } ?? "."))
        }
      } else if engine.isComplete {
        notes.append("No next step agreed: every discovery call should end with one, with an owner and a date.")
      }
    }
    self.notes = notes
    let moment = Self.moment(
      engine: engine, chains: chains, prematurePitch: prematurePitch, nextStep: nextStep, slice: self.slice,
      live: live)
    nextThing = moment.next
    quoteTopic = moment.topic
  }

  /// The one thing to do next and the quote topic that fits, from what happened. The
  /// wording borrows the seeds': help them succeed, make their slice bigger than yours,
  /// turn them into raving fans.
  static func moment(
    engine: DiscoveryEngine, chains: [WhyChain], prematurePitch: Bool, nextStep: NextStep?, slice: SliceCheck?,
    live: Bool = false
  ) -> (next: String, topic: String) {
    let answered = engine.turns.filter { $0.answer != nil }
    let contact = engine.values["contact"].flatMap { $0 == PlaybookVariable.fallback(for: "contact") ? nil : $0 }
    let people = answered.compactMap(\.words).flatMap {
      PersonNames.find(in: $0, excluding: [contact, engine.values["account"]].compactMap { $0 })
    }
    let aims = Set(engine.playbook.questions.compactMap(\.seeks))
    let customerTalk = aims.contains(.love) || aims.contains(.advocacy)
    let felt = answered.contains { turn in
      guard let reading = turn.classification, turn.prompt.kind != .closing else { return false }
      return reading.has(.pain) || reading.has(.emotion) || (reading.has(.outcome) && reading.hasNumber)
    }
    let main = chains.first
    let closing = engine.playbook.closing
    if engine.mode == .prep {
      return ("Take your best three questions into the call and listen for what they would let them do.", "curiosity")
    }
    if closing && prematurePitch {
      return ("You pitched before any why: on the next call, ask what it would let them do before any option.", "listening")
    }
    if customerTalk {
      let referral = engine.playbook.questions.filter { $0.seeks == .advocacy }.compactMap { question in
        answered.last { $0.prompt.questionID == question.id }?.words
      }
      // Raving Fans: a flat "fine" to a question about what they love is not a fan.
      let flat = ["fine", "it's fine", "its fine", "ok", "okay", "all good", "no complaints", "good", "alright"]
      let lukewarm = engine.playbook.questions.filter { $0.seeks == .love }.contains { question in
        answered.contains { turn in
          guard turn.prompt.questionID == question.id, let words = turn.words?.lowercased() else { return false }
          let bare = words.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
          return flat.contains(bare) || flat.contains { bare.hasPrefix($0 + ",") || bare.hasPrefix($0 + " i guess") }
        }
      }
      if lukewarm {
        return ("A lukewarm \u{201c}fine\u{201d} is not a fan: find out what would turn fine into great.", "customers")
      }
      let willing = referral.filter { !CoachingCard.saysNone($0) }
      if !willing.isEmpty {
        let who = willing.lazy.compactMap { PersonNames.find(in: $0).first }.first.map { " to \($0)" } ?? ""
        return ("Turn them into raving fans: ask for that introduction\(who) while it's warm.", "customers")
      }
      return ("Help them succeed: send a note with what they love, in their words, and protect it.", "customers")
    }
    // Evasive: threads parked as Unknown and almost nothing reached, whatever a stray word
    // was read as.
    if chains.count >= 3, !felt || SessionSummary.isEvasive(engine: engine, chains: chains) {
      let target = people.first ?? "someone who feels the problem"
      return ("No pain found after \(chains.count) threads — qualify out, or get to \(target).", "persistence")
    }
    if closing, let nextStep, let missing = nextStep.missing {
      return ("Get \(missing) on the next step before the call goes cold.", "persistence")
    }
    if closing, nextStep == nil, engine.isComplete {
      return ("Agree one next step with an owner and a date.", "persistence")
    }
    if let slice, !slice.isBigger {
      return ("Make their slice bigger than yours: rework the options or the price before you propose.", "service")
    }
    if let main, main.measuredBy.words == nil, main.matters.words == nil, felt {
      return ("The main thread has no number or stake yet: ask what it costs them, and what it means to them.", "curiosity")
    }
    // Mid-session (`/summary` while answering): what is still open, not after-the-call advice.
    if live, let current = engine.current {
      return (Self.stillOpen(current, closing: closing), "persistence")
    }
    // A paused session is not ready for a recap: finishing it comes first.
    if !engine.isComplete {
      return ("Paused with questions still open: resume the session and finish them before you send the recap.", "persistence")
    }
    if let main, main.measuredBy.words != nil, main.matters.words != nil {
      return ("Great depth: metric and stake on the main thread — send the recap and help them succeed.", "customers")
    }
    return ("Send the recap while it is fresh, and help them succeed.", "customers")
  }

  /// What is left while the session runs: the prompt on screen and the questions after it.
  static func stillOpen(_ current: Prompt, closing: Bool) -> String {
    let after = current.total - current.number
    switch current.kind {
    case .closing:
      let left = after > 0 ? " and \(Plural.count(after, "more closing question"))" : ""
      return "Still open: closing \(current.number) of \(current.total)\(left) — carry on; the recap comes after the last one."
    case .question, .probe:
      let closingOnes = closing ? " and the closing ones" : ""
      let left = after > 0 ? ", then \(Plural.count(after, "more question"))\(closingOnes)" : closing ? ", then the closing ones" : ""
      return "Still open: \(current.progress)\(left) — carry on; the recap comes after the last one."
    }
  }

  /// The question count against Gong's 11–14, counting only the playbook's questions.
  static func budgetNote(questions: Int, followUps: Int, mode: SessionMode) -> String {
    let range = targetQuestions
    let what =
      mode == .debrief
      ? "\(Plural.count(questions, "call question")) covered"
        + (followUps > 0 ? " (rapport's \(Plural.count(followUps, "follow-up")) not counted)" : "")
      : "\(Plural.count(questions, "question")) planned for the call"
        + (followUps > 0 ? " (plus \(Plural.count(followUps, "follow-up")) to have ready)" : "")
    if questions > tooMany {
      return
        "\(what): over \(tooMany) reads as an interrogation; Gong links \(range.lowerBound)–\(range.upperBound) targeted questions with the most successful calls."
    } else if questions > range.upperBound {
      return
        "\(what): a little above the \(range.lowerBound)–\(range.upperBound) targeted questions Gong links with the most successful discovery calls; returns diminish past \(range.upperBound)."
    } else if range.contains(questions) {
      return "\(what): in the \(range.lowerBound)–\(range.upperBound) range Gong links with the most successful discovery calls."
    }
    return "\(what); Gong links \(range.lowerBound)–\(range.upperBound) targeted questions on a call with the most successful discovery calls."
  }

  /// What the slice answer says, or why rapport cannot tell (never a guess).
  static func sliceNote(_ reading: SliceCheck.Reading?, answered: Bool) -> String? {
    switch reading {
    case .read(let check)?:
      return check.isBigger
        ? "The customer's slice is about \(check.times) the price (\(check.reading)): clearly bigger than yours."
        : "The customer's slice is not bigger than the price (\(check.times); \(check.reading)): rework the options or the price before proposing."
    case .rolesUnclear(let amounts)?:
      let list = amounts.map(\.text).joined(separator: " and ")
      return
        "The customer's slice: read \(list), but not which is their gain and which your price — say it as \u{201c}worth $400k a year against a $36k price\u{201d}."
    case .perSeat(let amount)?:
      return
        "The customer's slice: \(amount.text) is per seat and the other amount is not; give both as totals (or the seat count) to compare."
    case .tooFewAmounts?, nil:
      return answered
        ? "The customer's slice: name what it is worth to them and the price, both in money (e.g. $400k a year against a $36k price), to check theirs is bigger."
        : nil
    }
  }
}
