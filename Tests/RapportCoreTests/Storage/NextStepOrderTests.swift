import Foundation
import Testing

@testable import RapportCore

@Suite("Order of open next steps")
struct NextStepOrderTests {
  @Test func mostOverdueFirstThenDueSoonThenUndated() {
    let today = RelativeDate.isoDay("2026-12-10")!
    let steps = [
      AfterTheCallTests.step("undated", action: "call", due: nil),
      AfterTheCallTests.step("later", action: "demo", due: "2026-12-20"),
      AfterTheCallTests.step("late", action: "send", due: "2026-12-01"),
      AfterTheCallTests.step("today", action: "price", due: "2026-12-10"),
    ]
    #expect(OpenNextStep.overdueFirst(steps, on: today).map(\.sessionID) == ["late", "today", "later", "undated"])
  }

  @Test func stepsDueTheSameDayKeepTheOrderTheyWereMade() {
    let today = RelativeDate.isoDay("2026-12-10")!
    var first = AfterTheCallTests.step("first", action: "a", due: "2026-12-05")
    var second = AfterTheCallTests.step("second", action: "b", due: "2026-12-05")
    first.createdAt = today.addingTimeInterval(-7200)
    second.createdAt = today.addingTimeInterval(-3600)
    #expect(OpenNextStep.overdueFirst([second, first], on: today).map(\.sessionID) == ["first", "second"])
  }

  @Test func stepsMarkedDoneComeAfterEveryOpenOne() {
    let today = RelativeDate.isoDay("2026-12-10")!
    var done = AfterTheCallTests.step("done", action: "a", due: "2026-12-01")
    done.doneAt = today
    let open = AfterTheCallTests.step("open", action: "b", due: "2026-12-20")
    let undated = AfterTheCallTests.step("undated", action: "c", due: nil)
    #expect(OpenNextStep.overdueFirst([done, undated, open], on: today).map(\.sessionID) == ["open", "undated", "done"])
  }
}
