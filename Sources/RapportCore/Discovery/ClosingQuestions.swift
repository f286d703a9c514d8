import Foundation

/// rapport's own closing, appended to every playbook unless it says `closing: false`:
/// co-create options mapped to the why, the customer's slice against the price, and a next
/// step with owner and date.
public enum ClosingQuestions {
  public static let cocreateID = "co-create"
  public static let sliceID = "customer-slice"
  public static let nextStepID = "next-step"

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

/// The next step, read from "action — owner — date" (dashes, semicolons or commas).
public struct NextStep: Codable, Sendable, Equatable {
  public var action: String
  public var owner: String?
  public var date: String?

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
    if parts.count == 1 { readPlainWords() }
  }

  /// "Dana to send the proposal by Friday": owner before "to"/"will", date after a last
  /// "by"/"on"/"before" when it looks like one.
  private mutating func readPlainWords() {
    var words = action.split(separator: " ").map(String.init)
    if let at = words.lastIndex(where: { ["by", "on", "before"].contains($0.lowercased()) }), at > 0,
      at + 1 < words.count, Self.looksLikeDate(words[(at + 1)...].joined(separator: " "))
    {
      date = words[(at + 1)...].joined(separator: " ")
      words = Array(words[..<at])
    }
    // "Talk to the CFO" is an action, not an owner called Talk.
    let verbs: Set<String> = [
      "talk", "send", "reply", "write", "speak", "go", "get", "reach", "move", "hand", "introduce", "forward",
      "present", "email", "call", "walk", "show", "give", "return", "listen", "come", "push", "add", "sign",
    ]
    if let at = words.firstIndex(where: { ["to", "will"].contains($0.lowercased()) }), (1...2).contains(at),
      words[0].first?.isUppercase == true, !verbs.contains(words[0].lowercased()), at + 1 < words.count
    {
      owner = words[..<at].joined(separator: " ")
      words = Array(words[(at + 1)...])
    }
    action = words.joined(separator: " ")
  }

  static func looksLikeDate(_ text: String) -> Bool {
    let lower = text.lowercased()
    let days = [
      "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "next week", "today", "jan", "feb",
      "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    return lower.first?.isNumber == true || days.contains { lower.contains($0) }
  }

  /// True when action, owner and date are all there.
  public var isComplete: Bool { owner != nil && date != nil }
}
