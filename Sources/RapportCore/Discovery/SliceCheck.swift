import Foundation

/// The customer's slice against the price, read from an answer such as "about $400k a year
/// against a $36k price". Each amount is read with its unit and period, and the words
/// around it say which is the customer's gain and which the price. When rapport cannot
/// tell, there is no check: it says nothing rather than something wrong.
public struct SliceCheck: Codable, Sendable, Equatable {
  /// The customer's gain (or the loss avoided), as read.
  public var valueAmount: MoneyAmount
  /// What they pay, as read.
  public var priceAmount: MoneyAmount
  /// Both per year when the periods differ; otherwise as written.
  public var value: Double
  public var price: Double
  /// Said when one amount had a period and the other did not ("taking $36k as per year too").
  public var assumption: String?

  /// How many times the price the customer gets back.
  public var ratio: Double { price > 0 ? value / price : 0 }
  /// Preeminence: the customer's slice should be clearly bigger than ours.
  public var isBigger: Bool { value > price }

  init(valueAmount: MoneyAmount, priceAmount: MoneyAmount) {
    self.valueAmount = valueAmount
    self.priceAmount = priceAmount
    value = valueAmount.amount
    price = priceAmount.amount
  }

  /// Nil unless the answer names a gain and a price that can be compared.
  public init?(answer: String) {
    guard case .read(let check) = Self.read(answer) else { return nil }
    self = check
  }

  /// What reading an answer gave: a check, or why there is none.
  public enum Reading: Sendable, Equatable {
    case read(SliceCheck)
    /// Fewer than two amounts of money.
    case tooFewAmounts
    /// Two or more amounts, but the words do not say which is the price and which their gain.
    case rolesUnclear([MoneyAmount])
    /// One amount is per seat and the other is not: not comparable without a seat count.
    case perSeat(MoneyAmount)
  }

  /// Reads `answer` into a check, or says why it cannot.
  public static func read(_ answer: String) -> Reading {
    var amounts = MoneyAmount.all(in: answer)
    guard amounts.count >= 2 else { return .tooFewAmounts }
    // Two amounts and only one role given: the other one is the other side.
    if amounts.count == 2 {
      switch (amounts[0].role, amounts[1].role) {
      case (.price, .unclear): amounts[1].role = .value
      case (.value, .unclear): amounts[1].role = .price
      case (.unclear, .price): amounts[0].role = .value
      case (.unclear, .value): amounts[0].role = .price
      default: break
      }
    }
    let prices = amounts.filter { $0.role == .price }
    let values = amounts.filter { $0.role == .value }
    guard let price = prices.last, let value = values.first, prices.count == 1 || values.count >= 1 else {
      return .rolesUnclear(amounts)
    }
    if value.perSeat != price.perSeat { return .perSeat(value.perSeat ? value : price) }
    var check = SliceCheck(valueAmount: value, priceAmount: price)
    switch (value.period, price.period) {
    case (let a?, let b?) where a != b:
      check.value = value.amount * a.perYear
      check.price = price.amount * b.perYear
      check.assumption = "both taken per year"
    case (let a?, nil):
      check.assumption = "taking \(price.text) as per \(a.rawValue) too"
    case (nil, let b?):
      check.assumption = "taking \(value.text) as per \(b.rawValue) too"
    default: break
    }
    return .read(check)
  }

  /// "3.1×" or "11×".
  public var times: String {
    ratio >= 10 ? String(Int(ratio.rounded())) + "×" : String(format: "%.1f×", ratio)
  }

  /// Which number was taken as which: "their gain $400k a year, your price $36k (taking
  /// $36k as per year too)".
  public var reading: String {
    "their gain \(valueAmount.text) against your price \(priceAmount.text)" + (assumption.map { "; \($0)" } ?? "")
  }
}
