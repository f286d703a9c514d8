import Foundation

/// rapport's own closing, appended to every playbook unless it says `closing: false`:
/// co-create options mapped to the why, the customer's slice against the price, and a next
/// step with owner and date.
public enum ClosingQuestions {
  public static let cocreateID = "co-create"
  public static let sliceID = "customer-slice"
  public static let nextStepID = "next-step"
  /// The follow-up rapport asks when the next step lacks an owner or a date.
  public static let nextStepDetailID = "next-step-detail"

  /// The follow-up for a next step missing an owner or a date; nil when it has both.
  public static func detailPrompt(for step: NextStep, after prompt: Prompt) -> Prompt? {
    guard let missing = step.missing else { return nil }
    let action = "\u{201c}\(step.action)\u{201d}"
    let text =
      switch (step.owner == nil, step.date == nil) {
      case (true, false) where step.action == NextStep.unstatedAction:
        "What is the next step, and who owns it? (date: \(step.date ?? ""))"
      case (true, true): "Who owns \(action), and by when? (e.g. me, by next Tuesday)"
      case (true, false): "Who owns \(action) — you, or someone on their side? (date: \(step.date ?? ""))"
      default: "By when will \(step.owner ?? "they") do it? (e.g. Friday, next Tuesday, 2026-12-02)"
      }
    var detail = prompt
    detail.questionID = nextStepDetailID
    detail.text = text
    detail.reason = "The next step still needs \(missing); without both it tends to slip."
    return detail
  }

  /// The closing questions as playbook questions (stage "closing").
  public static func questions() -> [PlaybookQuestion] {
    [
      question(
        cocreateID,
        ask:
          "Co-create: which 1–3 options would meet that why? For each, say which part of the why it serves.",
        prep:
          "Co-create: which 1–3 options could you shape with {{contact}} to meet that why? For each, say which part of the why it serves.",
        debrief:
          "Co-create: which options did you and {{contact}} shape together, and which part of the why does each meet?",
        intent: "Solutions should be built with the customer and mapped to their why, not pitched."),
      question(
        sliceID,
        ask:
          "Customer's slice: what is it worth to {{account}} if it works, in their units — and is that clearly bigger than the price?",
        prep: nil, debrief: nil,
        intent:
          "Preeminence: the customer's slice should be bigger than yours (value to them versus what they pay)."
      ),
      question(
        nextStepID,
        ask:
          "Next step: what happens next, who owns it, and by when? (e.g. Pilot scoping call — Dana — 2026-12-02)",
        prep:
          "Next step you will ask for: what, who owns it, and by when? (e.g. Pilot scoping call — Dana — 2026-12-02)",
        debrief:
          "Next step agreed: what, who owns it, and by when? (e.g. Pilot scoping call — Dana — 2026-12-02)",
        intent: "Every discovery ends with one concrete next step with an owner and a date."),
    ]
  }

  private static func question(_ id: String, ask: String, prep: String?, debrief: String?, intent: String)
    -> PlaybookQuestion
  {
    PlaybookQuestion(
      id: id, ask: ask, prep: prep, debrief: debrief, alsoAsk: [], intent: intent, dig: false,
      followUps: [:], ladder: nil, stageID: "closing")
  }
}

/// The next step, read from "action — owner — date" (dashes, semicolons or commas) or from
/// plain words ("Dana to send the proposal by Friday", "Send him a case study and check
/// back in a few weeks").
public struct NextStep: Codable, Sendable, Equatable {
  public var action: String
  public var owner: String?
  /// The date as said ("next Tuesday", "in a few weeks", "2026-12-02").
  public var date: String?

  /// The owner as the rep reads it in their own lists: "I" (from "I send Dana the plan")
  /// is "me" and "we" is "us"; a name stays.
  public static func shownOwner(_ owner: String?) -> String? {
    switch owner?.lowercased() {
    case "i"?: "me"
    case "we"?: "us"
    default: owner
    }
  }

  public init(action: String, owner: String?, date: String?) {
    self.action = action
    self.owner = owner
    self.date = date
  }

  public init(parsing text: String) {
    var separators = [" — ", " – ", " - ", ";", ","]
    separators = separators.filter { text.contains($0) }
    var parts = [text]
    if let separator = separators.first {
      parts = text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
    }
    action = parts.first ?? text
    owner = parts.count > 1 ? parts[1] : nil
    date = parts.count > 2 ? parts[2...].joined(separator: ", ") : nil
    if date == nil, let owner, Self.looksLikeDate(owner) {
      date = owner
      self.owner = nil
    }
    // "Dana to book the call — 2026-12-08": the action may still hold the owner (or the date).
    if owner == nil || date == nil { readPlainWords() }
  }

  /// The action of an answer that gave only a date ("next Friday"): the follow-up asks what.
  public static let unstatedAction = "to be agreed"

  /// The longest tail of `words` that reads as a date ("next Friday", "by Friday", "in a few
  /// weeks"; at most five words): where it starts, and the date without a leading "by", "on",
  /// "before", "until" or "till".
  static func dateTail(_ words: [String]) -> (start: Int, date: String)? {
    let reference = Date(timeIntervalSince1970: 1_800_000_000)
    for start in max(0, words.count - 5)..<words.count {
      let tail = words[start...].joined(separator: " ")
      guard RelativeDate.read(tail, from: reference) != nil else { continue }
      let dropped = ["by", "on", "before", "until", "till"].contains(words[start].lowercased())
      return (start, dropped ? words[(start + 1)...].joined(separator: " ") : tail)
    }
    return nil
  }

  /// Owner before "to"/"will"; a date phrase at the end ("by Friday", "next Tuesday", "in a
  /// few weeks").
  private mutating func readPlainWords() {
    var words = action.split(separator: " ").map(String.init)
    if date == nil, let tail = Self.dateTail(words) {
      date = tail.date
      // An answer that is only a date ("next Friday") says nothing of what will happen.
      guard tail.start > 0 else {
        action = Self.unstatedAction
        return
      }
      words = Array(words[..<tail.start])
    }
    // "Talk to the CFO" is an action, not an owner called Talk.
    let verbs = Self.actionVerbs
    guard owner == nil else {
      action = words.joined(separator: " ")
      return
    }
    if let at = words.firstIndex(where: { ["to", "will", "'ll"].contains($0.lowercased()) }), (1...3).contains(at),
      words[0].first?.isUppercase == true, !verbs.contains(words[0].lowercased()), at + 1 < words.count
    {
      owner = words[..<at].joined(separator: " ")
      words = Array(words[(at + 1)...])
    } else if words.count > 2, words[0].first?.isUppercase == true, !verbs.contains(words[0].lowercased()),
      !PersonNames.notNames.contains(words[0]),
      let verb = Self.baseVerb(of: words[1].lowercased(), in: verbs)
    {
      // "Jo sends the pricing": a name, then one of the verbs with -s; the action reads
      // "send the pricing", as after "Dana to …".
      owner = words[0]
      words.removeFirst()
      words[0] = verb
    } else if words.count > 2, ["i", "we"].contains(words[0].lowercased()), verbs.contains(words[1].lowercased()) {
      // "I send Dana the plan": the rep is the owner, as after "I'll".
      owner = words[0].lowercased() == "i" ? "I" : "we"
      words.removeFirst()
    } else if let first = words.first, ["i'll", "we'll"].contains(first.lowercased()), words.count > 1 {
      owner = first.lowercased() == "i'll" ? "I" : "we"
      words.removeFirst()
    }
    action = words.joined(separator: " ")
  }

  /// Verbs a next step opens with ("send the pricing", "book the call").
  static let actionVerbs: Set<String> = [
    "talk", "send", "reply", "write", "speak", "go", "get", "reach", "move", "hand", "introduce", "forward",
    "present", "email", "call", "walk", "show", "give", "return", "listen", "come", "push", "add", "sign",
    "check", "book", "set", "schedule", "share", "follow", "ask", "meet", "draft", "prepare", "review",
  ]

  /// "send" for "sends", "push" for "pushes", "schedule" for "schedules": one of `verbs`
  /// with -s or -es; nil for any other word.
  static func baseVerb(of word: String, in verbs: Set<String>) -> String? {
    guard word.hasSuffix("s") else { return nil }
    let stem = String(word.dropLast())
    if verbs.contains(stem) { return stem }
    let shorter = String(stem.dropLast())
    return stem.hasSuffix("e") && verbs.contains(shorter) ? shorter : nil
  }

  static func looksLikeDate(_ text: String) -> Bool {
    if RelativeDate.read(text, from: Date(timeIntervalSince1970: 1_800_000_000)) != nil { return true }
    let lower = text.lowercased()
    let days = [
      "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "next week", "today", "jan", "feb",
      "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "week", "month",
    ]
    return lower.first?.isNumber == true || days.contains { lower.contains($0) }
  }

  /// True when action, owner and date are all there.
  public var isComplete: Bool { owner != nil && date != nil }

  /// The due day, counted from `today` (the day of the call); nil when the date has no day in it.
  public func due(from today: Date) -> RelativeDate? {
    date.flatMap { RelativeDate.read($0, from: today) }
  }

  /// What is missing, in words: "an owner", "a date", "an owner and a date", or nil.
  public var missing: String? {
    switch (owner == nil, date == nil) {
    case (true, true): "an owner and a date"
    case (true, false): "an owner"
    case (false, true): "a date"
    case (false, false): nil
    }
  }

  /// This step with what a second answer adds ("Me, by Friday", "Dana", "next Tuesday").
  public func completed(with answer: String) -> NextStep {
    var copy = self
    if action == Self.unstatedAction {
      // Asked what the step is and who owns it: the answer is a next step of its own.
      let said = NextStep(parsing: answer)
      copy.action = said.action
      copy.owner = copy.owner ?? said.owner
      copy.date = copy.date ?? said.date
      return copy
    }
    let pieces = answer.components(separatedBy: CharacterSet(charactersIn: ",;—–"))
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    for piece in pieces {
      var words = piece.split(separator: " ").map(String.init)
      if copy.date == nil {
        // "Dana by Friday", "Dana this Friday" → owner "Dana", date "Friday", "this Friday";
        // "next Friday" alone is all date.
        if let tail = Self.dateTail(words) {
          copy.date = tail.date
          words = Array(words[..<tail.start])
        } else if Self.looksLikeDate(piece) {
          copy.date = piece
          continue
        }
      }
      let rest = words.joined(separator: " ")
      if copy.owner == nil, !rest.isEmpty {
        copy.owner = ["me", "i", "myself", "i will", "i'll"].contains(rest.lowercased()) ? "me" : rest
      }
    }
    return copy
  }
}
