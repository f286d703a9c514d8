#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A calendar day as a count of days since 1970-01-01, for "the same all day" choices.
public struct DayNumber: Sendable, Equatable {
  public let value: Int

  public init(value: Int) { self.value = value }

  /// Parses "YYYY-MM-DD"; nil for anything else or an impossible date.
  public init?(isoDate: String) {
    let parts = isoDate.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...DayNumber.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    value = DayNumber.daysFromCivil(year: year, month: month, day: day)
  }

  /// Today in the local time zone, from the given Unix time (default: now).
  public static func today(unixTime: Int? = nil) -> DayNumber {
    var seconds = time_t(unixTime ?? Int(time(nil)))
    var parts = tm()
    localtime_r(&seconds, &parts)
    return DayNumber(
      value: daysFromCivil(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)))
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian calendar).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
