/// The customer's slice against the price, read from an answer such as "about $400k a year
/// against a $36k price": the first amount of money is the value, the last one the price.
public struct SliceCheck: Codable, Sendable, Equatable {
  public var value: Double
  public var price: Double

  /// How many times the price the customer gets back.
  public var ratio: Double { price > 0 ? value / price : 0 }
  /// Preeminence: the customer's slice should be clearly bigger than ours.
  public var isBigger: Bool { value > price }

  /// Nil unless `answer` names at least two amounts of money.
  public init?(answer: String) {
    let amounts = Self.amounts(in: answer)
    guard amounts.count >= 2, let first = amounts.first, let last = amounts.last else { return nil }
    value = first
    price = last
  }

  /// "$400k", "€1.2m", "36,000 dollars" as numbers.
  static func amounts(in text: String) -> [Double] {
    let words = AnswerClassifier.words(text.replacingOccurrences(of: ",", with: ""))
    var found: [Double] = []
    for (index, word) in words.enumerated() {
      let previous = index > 0 ? words[index - 1] : ""
      let next = index + 1 < words.count ? words[index + 1] : ""
      guard let first = word.first, first.isNumber else { continue }
      let digits = word.prefix { $0.isNumber || $0 == "." }
      guard var number = Double(digits) else { continue }
      var suffix = word.dropFirst(digits.count).lowercased()
      if suffix.isEmpty, ["k", "m", "bn"].contains(next) { suffix = next }
      switch suffix {
      case "k": number *= 1_000
      case "m": number *= 1_000_000
      case "bn": number *= 1_000_000_000
      default: break
      }
      let money = ["$", "€", "£"].contains(previous) || ["dollars", "euros", "pounds", "usd", "eur"].contains(next)
      if money { found.append(number) }
    }
    return found
  }
}

import Foundation
