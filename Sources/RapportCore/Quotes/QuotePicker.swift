/// Chooses quotes: at random without recent repeats, or one fixed quote per day.
public struct QuotePicker: Sendable {
  /// How many recently shown quotes to avoid repeating.
  public static let memory = 20

  public init() {}

  /// A random quote from `candidates`, avoiding the keys in `recent` while any other remains.
  public func pick(
    from candidates: [Quote], avoiding recent: [String], using generator: inout some RandomNumberGenerator
  ) -> Quote? {
    // At most `memory` keys: a scan is cheaper than hashing them into a set.
    let latest = recent.suffix(QuotePicker.memory)
    let fresh = candidates.filter { candidate in !latest.contains { $0 == candidate.key } }
    if let quote = fresh.randomElement(using: &generator) { return quote }
    // Every candidate was shown recently: take the one shown longest ago.
    let order = Dictionary(recent.enumerated().map { ($1, $0) }, uniquingKeysWith: max)
    return candidates.min { (order[$0.key] ?? -1) < (order[$1.key] ?? -1) }
  }

  /// The quote of the day: the same for every call with the same `day`, and another one
  /// the next day.
  /// - Parameter day: days since 1970-01-01 in the user's local time.
  public func daily(from candidates: [Quote], day: Int) -> Quote? {
    guard !candidates.isEmpty else { return nil }
    // Step through the quotes by a prime stride: a different quote each day, every quote
    // once before any repeats, and no state to keep.
    let count = candidates.count
    let stride = [7919, 6007, 5003].first { count % $0 != 0 } ?? 1
    let index = ((day % count) * (stride % count) + 17) % count
    return candidates[(index + count) % count]
  }

  /// The recent-keys list after showing `quote`, trimmed to the remembered size.
  public func remembering(_ quote: Quote, in recent: [String]) -> [String] {
    remembering(quote.key, in: recent)
  }

  /// The recent-keys list after showing the quote with `key`, trimmed to the remembered size.
  public func remembering(_ key: String, in recent: [String]) -> [String] {
    Array((recent.filter { $0 != key } + [key]).suffix(QuotePicker.memory))
  }
}
