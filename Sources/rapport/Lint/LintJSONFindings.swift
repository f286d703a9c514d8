import RapportCore

/// Writes the `findings` array of `rapport lint --format json` from pieces prepared once:
/// the keys between a finding's values, and per rule the run from `message` to `span`'s
/// `end` and from `span` to the end of the object (rule id, severity, message and
/// suggestion are the same for every finding of a rule, apart from messages that carry
/// numbers). Each piece is made by `JSONWriter` itself, so the layout is the writer's.
///
/// One per worker thread: it is a cache, filled as rules fire, and not shared.
final class LintJSONFindings {
  /// The pieces between a finding's values, for findings written at one depth.
  private final class Keys {
    let depth: Int
    let column, endColumn, endLine, line, matched: JSONPiece
    let message, ruleID, severity, spanEnd, start, suggestion, close: JSONPiece

    init(depth: Int) {
      self.depth = depth
      // The object's own members sit one level deeper than the array's elements.
      var open = JSONWriter(depth: depth, capacity: 64)
      open.beginObject()
      open.key("column")
      column = JSONPiece(open)
      endColumn = Keys.member("end_column", depth: depth + 1)
      endLine = Keys.member("end_line", depth: depth + 1)
      line = Keys.member("line", depth: depth + 1)
      matched = Keys.member("matched", depth: depth + 1)
      message = Keys.member("message", depth: depth + 1)
      ruleID = Keys.member("rule_id", depth: depth + 1)
      severity = Keys.member("severity", depth: depth + 1)
      var span = JSONWriter(depth: depth + 1, capacity: 64)
      span.continueContainer()
      span.key("span")
      span.beginObject()
      span.key("end")
      spanEnd = JSONPiece(span)
      start = Keys.member("start", depth: depth + 2)
      var tail = JSONWriter(depth: depth + 2, capacity: 64)
      tail.continueContainer()
      tail.endObject()
      tail.key("suggestion")
      suggestion = JSONPiece(tail)
      var end = JSONWriter(depth: depth + 1, capacity: 64)
      end.continueContainer()
      end.endObject()
      close = JSONPiece(end)
    }

    static func member(_ name: StaticString, depth: Int) -> JSONPiece { JSONPiece(member: name, depth: depth) }
  }

  /// What is the same for every finding of a rule with this message, suggestion and severity.
  private final class Rule {
    let id: String
    let message: String
    let suggestion: String
    let severity: Severity
    /// From `"message"` to the value of `span`'s `end`.
    let head: JSONPiece
    /// From the end of `span` to the end of the finding's object.
    let tail: JSONPiece

    init(_ finding: Finding, keys: Keys) {
      id = finding.ruleID
      message = finding.message
      suggestion = finding.suggestion
      severity = finding.severity
      var head = JSONWriter(depth: keys.depth + 1, capacity: 256)
      head.fragment(keys.message)
      head.string(finding.message)
      head.fragment(keys.ruleID)
      head.string(finding.ruleID)
      head.fragment(keys.severity)
      head.string(finding.severity.rawValue)
      head.fragment(keys.spanEnd)
      self.head = JSONPiece(head)
      var tail = JSONWriter(depth: keys.depth + 1, capacity: 256)
      tail.fragment(keys.suggestion)
      tail.string(finding.suggestion)
      tail.fragment(keys.close)
      self.tail = JSONPiece(tail)
    }
  }

  private var keys: Keys?
  /// Rules by a hash of their id (open addressing; a catalogue has a few dozen rules).
  private var rules = [Rule?](repeating: nil, count: 512)

  init() {}

  /// The `findings` member of a file's object.
  func write(_ findings: [Finding], into json: inout JSONWriter) {
    json.key("findings")
    json.beginArray()
    if keys?.depth != json.depth { keys = Keys(depth: json.depth) }
    let keys = self.keys!
    // By index, so each field is read in place instead of copying every finding.
    for index in findings.indices {
      json.element()
      json.fragment(keys.column)
      json.int(findings[index].column)
      json.fragment(keys.endColumn)
      json.int(findings[index].endColumn)
      json.fragment(keys.endLine)
      json.int(findings[index].endLine)
      json.fragment(keys.line)
      json.int(findings[index].line)
      json.fragment(keys.matched)
      json.string(findings[index].matched)
      if let rule = rule(for: findings, at: index, keys: keys) {
        json.fragment(rule.head)
        json.int(findings[index].end)
        json.fragment(keys.start)
        json.int(findings[index].start)
        json.fragment(rule.tail)
      } else {
        json.fragment(keys.message)
        json.string(findings[index].message)
        json.fragment(keys.ruleID)
        json.string(findings[index].ruleID)
        json.fragment(keys.severity)
        json.string(findings[index].severity.rawValue)
        json.fragment(keys.spanEnd)
        json.int(findings[index].end)
        json.fragment(keys.start)
        json.int(findings[index].start)
        json.fragment(keys.suggestion)
        json.string(findings[index].suggestion)
        json.fragment(keys.close)
      }
    }
    json.endArray()
  }

  /// The pieces of a finding's rule, made the first time the rule is seen; nil when the
  /// finding's message (or suggestion or severity) differs from that first one, as messages
  /// with numbers in them do (those are written piece by piece), or the table is full.
  private func rule(for findings: [Finding], at index: Int, keys: Keys) -> Rule? {
    let id = findings[index].ruleID
    var slot = Self.hash(id) & (rules.count - 1)
    for _ in 0..<rules.count {
      guard let known = rules[slot] else {
        let rule = Rule(findings[index], keys: keys)
        rules[slot] = rule
        return rule
      }
      // The same rule's strings share their storage, so these compare without reading text.
      if known.id == id {
        let same =
          known.message == findings[index].message && known.suggestion == findings[index].suggestion
          && known.severity == findings[index].severity
        return same ? known : nil
      }
      slot = (slot + 1) & (rules.count - 1)
    }
    return nil
  }

  /// A cheap hash of a rule id: its length and its first and last eight bytes.
  private static func hash(_ id: String) -> Int {
    id.utf8.withContiguousStorageIfAvailable { bytes -> Int in
      guard let base = bytes.baseAddress, bytes.count >= 8 else { return bytes.count }
      let first = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
      let last = UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)
      let mixed = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count)
      return Int(truncatingIfNeeded: mixed >> 40)
    } ?? id.utf8.count
  }
}
