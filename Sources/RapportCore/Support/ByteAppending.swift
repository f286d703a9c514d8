/// Text appended to a byte buffer without going through `String`'s generic paths.
extension [UInt8] {
  /// Appends the UTF-8 bytes of `text` in one copy (appending `text.utf8` goes byte by byte
  /// through generic code).
  @inlinable public mutating func appendUTF8(_ text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }

  /// Appends `value` in decimal digits, as `String(value)` spells it, without making a String.
  @inlinable public mutating func appendDecimal(_ value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    // One to three digits (most counts in lint's text) one byte at a time; longer numbers
    // from a small buffer on the stack in one append.
    if magnitude < 10 {
      append(UInt8(ascii: "0") + UInt8(magnitude))
      return
    }
    if magnitude < 1000 {
      if magnitude >= 100 { append(UInt8(ascii: "0") + UInt8(magnitude / 100)) }
      append(UInt8(ascii: "0") + UInt8(magnitude / 10 % 10))
      append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var rest = magnitude
      var index = 20
      while rest > 0 {
        index -= 1
        digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      append(contentsOf: UnsafeBufferPointer(rebasing: digits[index..<20]))
    }
  }
}
