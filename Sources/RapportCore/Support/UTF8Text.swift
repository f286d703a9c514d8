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
      bytes.reserveCapacity(literalCapacity + 8 * interpolationCount)
    }

    mutating func appendLiteral(_ literal: StaticString) {
      bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Decimal digits, with a minus sign when negative (as `"\(value)"` writes them).
    mutating func appendInterpolation(_ value: Int) {
      if value < 0 { bytes.append(UInt8(ascii: "-")) }
      let magnitude = value.magnitude
      var divisor: UInt = 1
      while divisor <= magnitude / 10 { divisor *= 10 }
      while divisor > 0 {
        bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
        divisor /= 10
      }
    }

    mutating func appendInterpolation(_ text: String) { bytes.append(contentsOf: text.utf8) }
  }
}
