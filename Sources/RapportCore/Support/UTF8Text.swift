/// Text built from literals, whole numbers and strings straight into UTF-8 bytes, then made a
/// `String` once: `("= \(total) words" as UTF8Text).string`. The same text as the ordinary
/// interpolation, without its per-piece bookkeeping (`String` appends were most of the time
/// `lint --format json` spent on score formulas).
struct UTF8Text: ExpressibleByStringInterpolation {
  typealias StringLiteralType = StaticString

  var bytes: [UInt8]

  init(stringLiteral literal: StaticString) {
    bytes = Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  init(stringInterpolation: StringInterpolation) { bytes = stringInterpolation.bytes }

  /// Adds `more` at the end.
  mutating func append(_ more: UTF8Text) { bytes += more.bytes }

  /// The text as a `String`.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  struct StringInterpolation: StringInterpolationProtocol {
    var bytes: [UInt8] = []

    init(literalCapacity: Int, interpolationCount: Int) {
      // Room for the literals' multi-byte signs (×, −, →) and names interpolated into them,
      // so a formula is made without growing.
      bytes.reserveCapacity(literalCapacity + 24 * interpolationCount + 16)
    }

    mutating func appendLiteral(_ literal: StaticString) {
      bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Decimal digits, with a minus sign when negative (as `"\(value)"` writes them).
    mutating func appendInterpolation(_ value: Int) { bytes.appendDecimal(value) }

    mutating func appendInterpolation(_ text: String) { bytes.appendUTF8(text) }

    /// `value` to one decimal, as `CheckContext.oneDecimal` writes it.
    mutating func appendInterpolation(oneDecimal value: Double) {
      let tenths = Int((value * 10).rounded())
      if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
      bytes.appendDecimal(abs(tenths) / 10)
      bytes.append(UInt8(ascii: "."))
      bytes.append(UInt8(ascii: "0") + UInt8(abs(tenths) % 10))
    }
  }
}
