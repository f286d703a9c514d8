import Foundation
import Testing

@testable import RapportCore

/// "next Friday" is the Friday of next week; "Friday" is the first one after today, and
/// "this Friday" the first one from today on (today, said on a Friday); weeks start on Monday.
@Suite("Next <weekday> is that day in next week")
struct NextWeekdayTests {
  func due(_ words: String, on today: String) throws -> String {
    let day = try #require(RelativeDate.isoDay(today))
    return try #require(RelativeDate.read(words, from: day)).described
  }

  @Test(arguments: [
    // Monday 7 December 2026.
    ("next Friday", "2026-12-07", "2026-12-18"), ("Friday", "2026-12-07", "2026-12-11"),
    ("this Friday", "2026-12-07", "2026-12-11"), ("by next Fri", "2026-12-07", "2026-12-18"),
    // Thursday 10 December: next week's Friday, not tomorrow.
    ("next Friday", "2026-12-10", "2026-12-18"),
    // Friday 11 December: next Monday is three days on, next Friday a week on.
    ("next Monday", "2026-12-11", "2026-12-14"), ("next Friday", "2026-12-11", "2026-12-18"),
    // Sunday 13 December ends the week: next Friday is the coming one.
    ("next Friday", "2026-12-13", "2026-12-18"),
    // Tuesday 1 December: next Tuesday is a week on, as before.
    ("next Tuesday", "2026-12-01", "2026-12-08"),
  ])
  func aWeekdayIsCountedByTheRule(words: String, today: String, expected: String) throws {
    #expect(try due(words, on: today) == expected)
  }

  @Test(arguments: [
    // Friday 11 December 2026: "this Friday" and the end of this week are today; a bare
    // "Friday" or "coming Friday" is the one after.
    ("this Friday", "2026-12-11", "2026-12-11"), ("by this Fri", "2026-12-11", "2026-12-11"),
    ("end of the week", "2026-12-11", "2026-12-11"), ("this week", "2026-12-11", "2026-12-11"),
    ("Friday", "2026-12-11", "2026-12-18"), ("coming Friday", "2026-12-11", "2026-12-18"),
    // Wednesday 2 December: "this Wednesday" is today, "this Thursday" tomorrow.
    ("this Wednesday", "2026-12-02", "2026-12-02"), ("this Thursday", "2026-12-02", "2026-12-03"),
  ])
  func thisWeekdaySaidOnThatDayIsToday(words: String, today: String, expected: String) throws {
    #expect(try due(words, on: today) == expected)
  }

  @Test(arguments: ["Feb 30", "2026-02-30", "April 31", "2026-04-31", "Feb 29"])
  func aDayTheMonthDoesNotHaveIsNoDate(words: String) throws {
    // Said on 2 December 2026: February 2027 has 28 days.
    #expect(RelativeDate.read(words, from: try #require(RelativeDate.isoDay("2026-12-02"))) == nil)
  }

  @Test func aLeapDayIsADate() throws {
    #expect(try due("2028-02-29", on: "2026-12-02") == "2028-02-29")
    #expect(try due("Feb 28", on: "2026-12-02") == "2027-02-28")
    #expect(try due("Feb 29", on: "2027-12-02") == "2028-02-29")
  }
}
