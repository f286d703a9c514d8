import Foundation

/// A due date read from words: "2026-12-02", "Friday", "next Tuesday", "tomorrow",
/// "in two weeks", "in a few weeks", "end of the month", "Dec 2". Days are counted in UTC.
/// A bare weekday is the first one after today, a "this" weekday the first from today on
/// (today, said on that day); "next" names that day in next week (weeks start on Monday).
public struct RelativeDate: Sendable, Equatable {
  /// The day it falls on (midnight UTC).
  public var day: Date
  /// True for vague phrases ("in a few weeks", "next month"): the day is a best guess.
  public var approximate: Bool

  /// A Gregorian calendar in UTC, for counting days.
  public static var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    calendar.locale = Locale(identifier: "en_US_POSIX")
    return calendar
  }

  static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
  static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
  static let counts: [String: Int] = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "couple": 2, "few": 3, "several": 3,
  ]

  /// The date `text` names, counted from `today`; nil when it names none. The whole text
  /// must be the date phrase (leading "by", "on", "before", "around" are allowed).
  public static func read(_ text: String, from today: Date) -> RelativeDate? {
    var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    while let first = words.first, ["by", "on", "before", "around", "until", "till", "the"].contains(first) {
      words.removeFirst()
    }
    guard !words.isEmpty else { return nil }
    let start = calendar.startOfDay(for: today)
    func plus(_ days: Int, approximate: Bool = false) -> RelativeDate {
      RelativeDate(day: calendar.date(byAdding: .day, value: days, to: start)!, approximate: approximate)
    }
    let phrase = words.joined(separator: " ")
    if words.count == 1, let iso = isoDay(words[0]) { return RelativeDate(day: iso, approximate: false) }
    switch phrase {
    case "today", "tonight", "eod", "end of day": return plus(0)
    case "tomorrow": return plus(1)
    case "next week": return plus(7, approximate: true)
    case "next month": return plus(30, approximate: true)
    case "end of the week", "end of week", "end of this week", "this week": return weekday(5, from: start)
    case "end of the month", "end of month", "end of this month", "month end", "this month":
      let range = calendar.range(of: .day, in: .month, for: start)!
      let components = calendar.dateComponents([.year, .month], from: start)
      let last = calendar.date(from: DateComponents(year: components.year, month: components.month, day: range.count))!
      return RelativeDate(day: last, approximate: false)
    default: break
    }
    // "friday", "coming monday": the first such day after today; "this thursday" the first
    // from today on, so said on a Thursday it is today. "next tuesday": that day in next
    // week (weeks start on Monday), so on a Monday "next Friday" is eleven days on and
    // "Friday" four, while on a Friday "next Monday" is three days on.
    var dayWords = words
    let qualifier = ["next", "this", "coming"].contains(dayWords.first ?? "") ? dayWords.removeFirst() : nil
    if dayWords.count == 1, case let word = dayWords[0], word.count >= 3,
      let index = weekdays.firstIndex(where: { $0 == word || $0.hasPrefix(word) })
    {
      switch qualifier {
      case "next": return weekday(index, inWeekAfter: start)
      case "this": return weekday(index, from: start)
      default: return weekday(index, after: start)
      }
    }
    // "in two weeks", "in a few weeks", "within 10 days", "a couple of weeks"
    var rest = words
    if let first = rest.first, ["in", "within", "after"].contains(first) { rest.removeFirst() }
    rest.removeAll { $0 == "of" }
    if rest.first == "a", rest.count > 2, ["few", "couple"].contains(rest[1]) { rest.removeFirst() }
    if rest.count == 2, let unit = unitDays(rest[1]) {
      let vague = ["few", "couple", "several"].contains(rest[0])
      if let count = Int(rest[0]) ?? counts[rest[0]] {
        return plus(count * unit, approximate: vague || unit >= 30)
      }
    }
    // "dec 2", "december 2nd", "2 december"
    if words.count == 2 {
      let digits = { (word: String) in Int(word.prefix { $0.isNumber }) }
      let month = { (word: String) in months.firstIndex { word.hasPrefix($0) } }
      if let m = month(words[0]), let d = digits(words[1]) { return monthDay(m + 1, d, after: start) }
      if let d = digits(words[0]), let m = month(words[1]) { return monthDay(m + 1, d, after: start) }
    }
    return nil
  }

  static func unitDays(_ word: String) -> Int? {
    switch word {
    case "day", "days": 1
    case "week", "weeks": 7
    case "month", "months": 30
    default: nil
    }
  }

  /// "2026-12-08" as a day; nil for anything else, including a day the month does not have
  /// ("2026-02-30").
  public static func isoDay(_ word: String) -> Date? {
    let parts = word.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, parts[0] > 1900, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
      return nil
    }
    return day(year: parts[0], month: parts[1], day: parts[2])
  }

  /// The day, or nil when the month has no such day (the calendar would roll "February 30"
  /// over into March).
  static func day(year: Int, month: Int, day: Int) -> Date? {
    guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
      calendar.component(.day, from: date) == day
    else { return nil }
    return date
  }

  /// The first `weekday` (0 = Sunday) strictly after `start`.
  static func weekday(_ weekday: Int, after start: Date) -> RelativeDate {
    let today = calendar.component(.weekday, from: start) - 1
    var days = (weekday - today + 7) % 7
    if days == 0 { days = 7 }
    return RelativeDate(day: calendar.date(byAdding: .day, value: days, to: start)!, approximate: false)
  }

  /// The first `weekday` (0 = Sunday) on or after `start`: `start` itself when it is one.
  static func weekday(_ weekday: Int, from start: Date) -> RelativeDate {
    calendar.component(.weekday, from: start) - 1 == weekday
      ? RelativeDate(day: start, approximate: false) : Self.weekday(weekday, after: start)
  }

  /// `weekday` (0 = Sunday) in the Monday-to-Sunday week after the one holding `start`.
  static func weekday(_ weekday: Int, inWeekAfter start: Date) -> RelativeDate {
    let fromMonday = { (day: Int) in (day + 6) % 7 }
    let today = fromMonday(calendar.component(.weekday, from: start) - 1)
    let days = (7 - today) + fromMonday(weekday)
    return RelativeDate(day: calendar.date(byAdding: .day, value: days, to: start)!, approximate: false)
  }

  static func monthDay(_ month: Int, _ day: Int, after start: Date) -> RelativeDate? {
    guard (1...31).contains(day) else { return nil }
    let year = calendar.component(.year, from: start)
    if let date = Self.day(year: year, month: month, day: day), date >= start {
      return RelativeDate(day: date, approximate: false)
    }
    // Past (or missing) this year: next year's; a 29 February only in a leap year.
    return Self.day(year: year + 1, month: month, day: day).map { RelativeDate(day: $0, approximate: false) }
  }

  /// "2026-12-08".
  public static func iso(_ day: Date) -> String {
    let c = calendar.dateComponents([.year, .month, .day], from: day)
    return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
  }

  /// "Tuesday" for 2026-12-08 (in UTC, as days are counted).
  public static func weekdayName(_ day: Date) -> String {
    weekdays[calendar.component(.weekday, from: day) - 1].capitalized
  }

  /// "2026-12-08", or "about 2026-12-22" when approximate.
  public var described: String { (approximate ? "about " : "") + Self.iso(day) }
}
