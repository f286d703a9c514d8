import Testing

@testable import rapport
import RapportCore

/// The shell's greeting fits an 80-column terminal also when it counts overdue next steps
/// (it was 118 characters with one overdue step, so ": `next` lists them." wrapped alone).
@Suite("The shell's greeting fits 80 columns")
struct ShellGreetingWidthTests {
  @Test(arguments: [0, 1, 12, 345])
  func everyLineFits(overdue: Int) {
    let style = Style(enabled: false)
    for firstRun in [true, false] {
      let lines = ShellGreeting.lines(firstRun: firstRun, overdue: overdue, style: style)
      for line in lines { #expect(line.count <= 80, "\(line.count): \(line)") }
      let text = lines.joined(separator: "\n")
      #expect(text.contains("overdue: `next` lists them.") == (overdue > 1))
      #expect(text.contains("1 next step overdue: `next` lists it.") == (overdue == 1))
      #expect(text.contains("`help`"))
    }
  }
}
