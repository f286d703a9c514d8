import Testing

@testable import RapportCore

@Suite("Why-ladder stalls: putting the decision off is dug, not taken for the why")
struct StallTests {
  let reader = LadderReader()

  @Test(arguments: [
    "I have to talk it over with my wife first.", "I always discuss things like this with my husband first.",
    "We'll be making several expenditures, so I'd like to revisit this next quarter.", "That night is not good for me.",
    "Call me back next week.", "I need to think about it.", "Send me some information.", "Let me run it by my boss.",
    "I'd have to check with the board before we sign anything.", "Give me a couple of weeks to think about it.",
    "Can we talk after the holidays?", "Tuesday doesn't work for us.", "There's no budget for this until the new fiscal year.",
    "Let me sleep on it.", "Now's not a good time.", "I'll need to get the CFO's sign-off first.",
  ])
  func aStallIsReadAsOneAndDug(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.stall] == 1, "\(answer) → \(reading.decision.explanation)")
    #expect(!reading.decision.stops, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func whyNamesTheStallAndTheWordsThatFiredIt() {
    let explanation = reader.read("I have to talk it over with my wife first.").decision.explanation
    #expect(explanation.contains("a stall ('have to talk it over with my wife first')"), "\(explanation)")
  }

  @Test(arguments: [
    "My wife will leave me if I keep missing dinners.", "I think about it at night.",
    "I don't even want to think about it.", "I had to talk to my boss about the missed quarter and it was ugly.",
    "Customers call back later to complain.", "Our response time is not good for us.", "The auditors call next week.",
    "We follow up a week later by email.", "Tuesday is good for me.", "They send me the reports late every month.",
    "First, my wife and kids barely see me.", "We revisit pricing every year.",
    "If we miss it again I'll have to talk to the board.", "We'd have to ask the bank for more time, otherwise we close.",
  ])
  func aStakeOrAFactWithAStallsWordsIsNoStall(answer: String) {
    let reading = reader.read(answer)
    #expect(reading.cues[.stall] == 0, "\(answer) → \(reading.decision.explanation)")
  }

  @Test func theOneToAskIsNoStakeButAStakeBesideAStallStillIs() {
    let asking = reader.read("I have to check with my wife first.")
    #expect(asking.cues[.stake] == 0, "\(asking.decision.explanation)")
    let boss = reader.read("Let me run it by my boss.")
    #expect(boss.cues[.superior] == 0, "\(boss.decision.explanation)")
    let stake = reader.read("My wife will leave me if I keep missing dinners.")
    #expect(stake.cues[.stake] == 1 && stake.cues[.stall] == 0, "\(stake.decision.explanation)")
    let both = reader.read("I'll talk it over with my husband first, but if this slips again my job is on the line.")
    #expect(both.cues[.stall] == 1 && both.cues[.stake] == 1, "\(both.decision.explanation)")
  }

  @Test func sleepingOnItIsNoFeeling() {
    let reading = reader.read("Let me sleep on it.")
    #expect(reading.cues[.ownFeeling] == 0, "\(reading.decision.explanation)")
    #expect(reader.read("I can't sleep for worrying about it.").cues[.ownFeeling] == 1)
  }

  @Test func aRequestForLaterCountsAtTheStartOfASentenceNotInTheMiddleOfAFact() {
    #expect(reader.read("We lost $1.5m on it. Call me next month.").cues[.stall] == 1)
    #expect(reader.read("The auditors call next week about the $1.5m gap.").cues[.stall] == 0)
    #expect(LadderCueReader.sentenceStarts("We lost $1.5m. Call me next month.") == [0, 4, 8])
  }

  @Test func aStallInsideALongerOneIsShownOnce() {
    let reading = reader.read("Call me back next week.")
    #expect(reading.cues.fired[.stall] == ["call me back next week"], "\(reading.decision.explanation)")
  }
}
