import Foundation

extension OpenNextStep {
  /// `steps` in the order `rapport next` lists them: most days overdue first, undated steps
  /// last, and steps due on the same day by when their session made them; steps marked done
  /// (`next --all`) after every open one, in the same order.
  public static func overdueFirst(_ steps: [OpenNextStep], on today: Date) -> [OpenNextStep] {
    steps.sorted { a, b in
      if (a.doneAt == nil) != (b.doneAt == nil) { return a.doneAt == nil }
      let da = a.daysOverdue(on: today) ?? Int.min
      let db = b.daysOverdue(on: today) ?? Int.min
      return da != db ? da > db : a.createdAt < b.createdAt
    }
  }
}
