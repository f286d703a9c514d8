import Testing

@testable import RapportCore

@Suite("Byte sizes as people write them")
struct ByteSizeTests {
  @Test(arguments: [
    ("1048576", 1_048_576), ("5M", 5 << 20), ("5MB", 5 << 20), ("5mb", 5 << 20), ("5 MiB", 5 << 20),
    ("512K", 512 << 10), ("512kb", 512 << 10), ("2G", 2 << 30), ("10", 10), ("10B", 10), ("0", 0),
  ])
  func readsAPlainCountOrOneWithAUnit(text: String, bytes: Int) {
    #expect(ByteSize.parse(text) == bytes)
  }

  @Test(arguments: ["", "M", "five", "5.5M", "-1", "5T", "5 M B", "99999999999999999999", "9999999999999G", "５M"])
  func refusesWhatNamesNoWholeCount(text: String) {
    #expect(ByteSize.parse(text) == nil)
  }

  @Test func saysALimitInTheLargestExactUnit() {
    #expect(ByteSize.describe(1 << 20) == "1 MiB")
    #expect(ByteSize.describe(5 << 30) == "5 GiB")
    #expect(ByteSize.describe(1_572_864) == "1536 KiB")
    #expect(ByteSize.describe(1000) == "1000 bytes")
    #expect(ByteSize.describe(1) == "1 byte")
  }
}
