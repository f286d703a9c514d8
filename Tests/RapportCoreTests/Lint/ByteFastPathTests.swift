import Foundation
import Testing

@testable import RapportCore

/// The byte-level shortcuts the lint engine takes for speed give the same answers as the
/// plain code they stand for.
@Suite("Byte fast paths")
struct ByteFastPathTests {
  @Test func aFocusFeatureIndexIsItsPlaceInAllCases() {
    for (position, feature) in FocusFeature.allCases.enumerated() {
      #expect(feature.index == position, "\(feature)")
    }
  }

  @Test func subjectWordsAreCountedAsSplittingOnSpacesCountsThem() {
    let subjects = [
      "Hello", "Quick thought on your new rep onboarding plan", "  two   spaces  ", "", " ", "a b",
      "Café at Globex", "e\u{301} acute", "x \u{301}y z", "tab\tseparated words", "trailing ",
    ]
    for subject in subjects {
      #expect(LintRule.wordCount(subject) == subject.split(separator: " ").count, "\(subject.debugDescription)")
    }
  }

  @Test func placeholdersAreFilledAndUnknownOnesKept() {
    let filled = CheckContext.fill(
      "{share}% of {reader} – {unknown} {share", ["share": "25", "reader": "4 reader"])
    #expect(filled == "25% of 4 reader – {unknown} {share")
    #expect(CheckContext.fill("no placeholders", ["a": "b"]) == "no placeholders")
    #expect(CheckContext.fill("{a}{a}{b}", ["a": "é", "b": ""]) == "éé")
  }

  @Test func aLineIsASCIIWithoutCRExactlyWhenEveryByteIs() {
    let lengths = [0, 1, 7, 8, 9, 15, 16, 17, 31, 40]
    for length in lengths {
      let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
      plain.withUnsafeBufferPointer { #expect(Positions.isASCII($0, 0..<length)) }
      for position in 0..<length {
        for odd: UInt8 in [0x0D, 0x80, 0xC3, 0xFF] {
          var bytes = plain
          bytes[position] = odd
          bytes.withUnsafeBufferPointer { buffer in
            #expect(!Positions.isASCII(buffer, 0..<length), "\(odd) at \(position) of \(length)")
            // Outside the range it does not count.
            if position > 0 { #expect(Positions.isASCII(buffer, 0..<position)) }
          }
        }
        // Bytes next to CR (0x0C, 0x0E) and a borrow across bytes do not look like one.
        var near = plain
        near[position] = position % 2 == 0 ? 0x0C : 0x0E
        near.withUnsafeBufferPointer { #expect(Positions.isASCII($0, 0..<length)) }
      }
    }
  }

  @Test func aListHoldsItsItemsInOrder() {
    let list = UTF8List(["sender: I", "", "reader: your \"team\"", "é"])
    #expect(list.count == 4)
    #expect(list.strings == ["sender: I", "", "reader: your \"team\"", "é"])
    var seen: [String] = []
    list.forEach { seen.append(String(decoding: $0, as: UTF8.self)) }
    #expect(seen == list.strings)
    let text: [UInt8] = Array("we you".utf8)
    let built = text.withUnsafeBufferPointer { bytes in
      UTF8List(bytes: 64, items: 4) { filler in
        filler.append("sender: ", UnsafeBufferPointer(rebasing: bytes[0..<2]))
        filler.append("reader: ", UnsafeBufferPointer(rebasing: bytes[3..<6]))
        filler.append("rule", ": ", "matched words")
      }
    }
    #expect(built.strings == ["sender: we", "reader: you", "rule: matched words"])
    #expect(built == UTF8List(["sender: we", "reader: you", "rule: matched words"]))
  }

  @Test func aScorePartEncodesItsFormulaAndCountedWordsAsStrings() throws {
    let part = SubScore(name: "length", weight: 0.1, value: 15.733, formula: "100 − 80 × (129 − 50)", counted: ["129 words"])
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(part)) as? [String: Any]
    #expect(json?["formula"] as? String == "100 − 80 × (129 − 50)")
    #expect(json?["counted"] as? [String] == ["129 words"])
    #expect(try JSONDecoder().decode(SubScore.self, from: JSONEncoder().encode(part)) == part)
    var changed = part
    changed.counted = ["a", "b"]
    changed.formula = "x"
    #expect(changed.countedItems.strings == ["a", "b"] && changed.formulaUTF8 == Array("x".utf8))
  }

  @Test func numbersInScoreTextReadAsStringInterpolationWritesThem() {
    for value in [0, 7, 10, 99, 100, 12345, -1, -40, Int.max, Int.min] {
      var bytes: [UInt8] = []
      bytes.appendDecimal(value)
      #expect(String(decoding: bytes, as: UTF8.self) == "\(value)")
    }
  }
}
