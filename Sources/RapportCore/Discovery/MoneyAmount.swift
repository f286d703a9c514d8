import Foundation

/// An amount of money as written in an answer ("~$45k/yr", "$400k a year", "36,000 dollars
/// per seat"), with its period and what the words around it say it is.
public struct MoneyAmount: Codable, Sendable, Equatable {
  /// How often the amount recurs, when the answer says so.
  public enum Period: String, Codable, Sendable {
    case year, quarter, month, week

    /// How many of these make a year.
    var perYear: Double {
      switch self {
      case .year: 1
      case .quarter: 4
      case .month: 12
      case .week: 52
      }
    }
  }

  /// What the words around an amount say it is.
  public enum Role: String, Codable, Sendable {
    /// What the customer gains, saves or loses today: their slice.
    case value
    /// What they pay you.
    case price
    /// The words do not say (or say both).
    case unclear
  }

  /// The number in currency units ("$45k" → 45000).
  public var amount: Double
  public var period: Period?
  /// True for "per seat", "per user", "per licence".
  public var perSeat: Bool
  public var role: Role
  /// The amount as written, with its period ("$45k/yr").
  public var text: String

  /// Every amount of money in `text`, in order. An amount needs a currency sign or word;
  /// "3 renewals" or "Q3" are not money.
  public static func all(in text: String) -> [MoneyAmount] {
    let pattern =
      #"(?i)(?<![\w.])([$€£]|\b(?:usd|eur|gbp)\s?)?(\d[\d,]*(?:\.\d+)?)(\s?(?:k|m|mm|bn|million|thousand|billion)\b)?(\s?(?:dollars|euros|pounds|usd|eur|gbp)\b)?"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let source = text as NSString
    var found: [MoneyAmount] = []
    for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
      func group(_ index: Int) -> String? {
        let range = match.range(at: index)
        return range.location == NSNotFound ? nil : source.substring(with: range)
      }
      guard group(1) != nil || group(4) != nil,
        var number = Double((group(2) ?? "").replacingOccurrences(of: ",", with: ""))
      else { continue }
      switch (group(3) ?? "").trimmingCharacters(in: .whitespaces).lowercased() {
      case "k", "thousand": number *= 1_000
      case "m", "mm", "million": number *= 1_000_000
      case "bn", "billion": number *= 1_000_000_000
      default: break
      }
      let end = match.range.location + match.range.length
      let after = source.substring(from: end)
      let (period, perSeat, unitLength) = unit(after: after)
      let written = source.substring(with: NSRange(location: match.range.location, length: match.range.length + unitLength))
      let before = source.substring(to: match.range.location)
      found.append(
        MoneyAmount(
          amount: number, period: period ?? periodBefore(before), perSeat: perSeat,
          role: role(before: before, after: after),
          text: written.trimmingCharacters(in: .whitespaces)))
    }
    return found
  }

  /// "/yr", " a year", " per month", " per seat", " annually" right after an amount.
  static func unit(after text: String) -> (Period?, Bool, Int) {
    let lower = text.lowercased()
    var period: Period?
    var perSeat = false
    var consumed = 0
    var rest = Substring(lower)
    for _ in 0..<2 {
      let options: [(String, Period?, Bool)] = [
        ("/yr", .year, false), ("/year", .year, false), (" a year", .year, false), (" per year", .year, false),
        (" per annum", .year, false), (" p.a.", .year, false), (" annually", .year, false),
        (" yearly", .year, false), (" every year", .year, false), (" each year", .year, false),
        ("/quarter", .quarter, false), ("/qtr", .quarter, false), (" a quarter", .quarter, false),
        (" per quarter", .quarter, false), (" quarterly", .quarter, false), (" every quarter", .quarter, false),
        ("/mo", .month, false), ("/month", .month, false), (" a month", .month, false),
        (" per month", .month, false), (" monthly", .month, false), (" every month", .month, false),
        ("/wk", .week, false), ("/week", .week, false), (" a week", .week, false), (" per week", .week, false),
        (" weekly", .week, false), (" every week", .week, false),
        ("/seat", nil, true), (" per seat", nil, true), (" a seat", nil, true), ("/user", nil, true),
        (" per user", nil, true), (" a user", nil, true), (" per licence", nil, true), (" per license", nil, true),
      ]
      // Longest first, so "/month" wins over "/mo".
      let hit = options.sorted { $0.0.count > $1.0.count }.first { option in
        guard rest.hasPrefix(option.0) else { return false }
        let next = rest.dropFirst(option.0.count).first
        return next.map { !$0.isLetter } ?? true
      }
      guard let hit else { break }
      if let found = hit.1 { period = found }
      if hit.2 { perSeat = true }
      consumed += hit.0.count
      rest = rest.dropFirst(hit.0.count)
    }
    if period == nil {
      // "$180k of annual revenue", "$45k in yearly fees"
      let words = lower.split(whereSeparator: { !$0.isLetter }).prefix(3)
      if words.contains(where: { ["annual", "yearly"].contains($0) }) { period = .year }
      if words.contains("monthly") { period = .month }
      if words.contains("quarterly") { period = .quarter }
    }
    return (period, perSeat, consumed)
  }

  /// "an annual $45k", "a monthly $3k" just before the amount.
  static func periodBefore(_ text: String) -> Period? {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).suffix(2)
    if words.contains(where: { ["annual", "yearly"].contains($0) }) { return .year }
    if words.contains("monthly") { return .month }
    if words.contains("quarterly") { return .quarter }
    return nil
  }

  /// Words that make an amount the price the customer pays.
  static let priceWords: Set<String> = [
    "price", "priced", "pricing", "pay", "pays", "paying", "paid", "fee", "fees", "licence", "license",
    "licenses", "licences", "subscription", "contract", "charge", "charges", "charging", "quote", "quoted",
    "invoice", "proposal", "discount", "discounted", "budget", "renewal", "ours", "us", "we",
    "our",
  ]
  /// Words that make an amount what the customer gains, saves or loses.
  static let valueWords: Set<String> = [
    "save", "saves", "saved", "saving", "savings", "worth", "gain", "gains", "gained", "revenue", "lost",
    "lose", "loses", "losing", "loss", "losses", "recover", "recovered", "return", "value", "benefit",
    "earn", "earns", "risk", "upside", "slice", "they", "them", "their", "margin", "profit", "back",
    "leak", "leaks", "churn", "penalty", "penalties", "fine", "fines", "wasted", "waste", "kept", "keep",
    "keeps", "retained", "retain", "won", "recovered",
  ]

  /// Reads the clause around an amount: "we cost $60k" is a price, "they save $20k" a value.
  /// Words nearer the amount count; a clause that says both, or neither, is unclear.
  static func role(before: String, after: String) -> Role {
    let stops: Set<String> = [
      "vs", "versus", "against", "and", "but", "while", "whereas", "compared", "for", "than", "on", "over",
    ]
    func words(_ text: String) -> [String] {
      text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").split(whereSeparator: {
        !$0.isLetter && $0 != "'"
      }).map(String.init)
    }
    func clause(_ list: [String], reversed: Bool) -> [String] {
      var out: [String] = []
      for word in reversed ? list.reversed() : list {
        if stops.contains(word) { break }
        out.append(word)
      }
      return out
    }
    // Clause edges: punctuation that separates ("," ";" "." "(") also ends a clause.
    let edges: (Character) -> Bool = { ",;()".contains($0) }
    let beforeClause =
      before.split(omittingEmptySubsequences: false, whereSeparator: edges).last.map(String.init) ?? ""
    let afterClause =
      after.split(omittingEmptySubsequences: false, whereSeparator: edges).first.map(String.init) ?? ""
    let before = clause(words(beforeClause), reversed: true)
    let after = clause(words(afterClause), reversed: false)
    let near = before + after
    // Strong words first: "price", "save" decide on their own; pronouns only break a tie.
    let pronouns: Set<String> = ["us", "we", "our", "ours", "they", "them", "their"]
    // The nearest strong word wins ("a renewal gain is worth $400k": "worth" is nearer than "renewal").
    func distance(_ set: Set<String>) -> Int? {
      let b = before.firstIndex { set.contains($0) && !pronouns.contains($0) }
      let a = after.firstIndex { set.contains($0) && !pronouns.contains($0) }
      return [b, a].compactMap { $0.map { $0 + 1 } }.min()
    }
    if let p = distance(priceWords), let v = distance(valueWords), p != v { return p < v ? .price : .value }
    let strongPrice = near.contains { priceWords.contains($0) && !pronouns.contains($0) }
    let strongValue = near.contains { valueWords.contains($0) && !pronouns.contains($0) }
    switch (strongPrice, strongValue) {
    case (true, false): return .price
    case (false, true): return .value
    case (true, true):
      // "it costs them $200k in lost revenue" — a loss, not a price; "we cost $60k" a price.
      return near.contains { ["they", "them", "their"].contains($0) } ? .value : .unclear
    case (false, false):
      if near.contains("cost") || near.contains("costs") {
        if near.contains(where: { ["we", "us", "our"].contains($0) }) { return .price }
        if near.contains(where: { ["they", "them", "their"].contains($0) }) { return .value }
      }
      return .unclear
    }
  }

  /// "$45k a year", "$36k" — the amount as written, for feedback.
  public var described: String { text }
}
