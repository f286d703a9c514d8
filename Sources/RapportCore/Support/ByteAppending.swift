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
    var divisor: UInt = 1
    while divisor <= magnitude / 10 { divisor *= 10 }
    while divisor > 0 {
      append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
      divisor /= 10
    }
  }
}
