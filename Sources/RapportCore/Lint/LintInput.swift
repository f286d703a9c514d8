/// Checks raw input before linting: binary files and oversized input are refused,
/// invalid UTF-8 is repaired with U+FFFD and reported.
public enum LintInput {
  /// The default `--max-bytes`: 1 MiB.
  public static let defaultMaximumBytes = 1 << 20

  /// Why input was refused.
  public enum Refusal: Error, Equatable, CustomStringConvertible {
    /// A NUL byte at this offset: not a text message.
    case binary(offset: Int)
    /// More bytes than the limit.
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
      switch self {
      case .binary(let offset):
        return "looks like a binary file (a NUL byte at offset \(offset)); lint reads text messages"
      case .tooLarge(let bytes, let limit):
        return "is \(ByteSize.describe(bytes)), over the limit of \(ByteSize.describe(limit)) (\(raiseHint(limit: limit, size: bytes)))"
      }
    }
  }

  /// How to raise `limit` for an input of `size` bytes (nil when unknown, as for a pipe):
  /// an example --max-bytes in whole MiB that holds it, or twice the limit.
  static func raiseHint(limit: Int, size: Int?) -> String {
    let wanted = max(size ?? 0, limit.multipliedReportingOverflow(by: 2).partialValue)
    let mebibytes = wanted / (1 << 20) + (wanted % (1 << 20) == 0 ? 0 : 1)
    return "raise it with --max-bytes, e.g. --max-bytes \(mebibytes)M"
  }

  /// Ready-to-lint bytes.
  public struct Prepared: Sendable {
    public var bytes: [UInt8]
    /// How many invalid UTF-8 sequences were replaced with U+FFFD.
    public var replacements: Int
  }

  /// Validates `bytes`: refuses NUL bytes and more than `limit` bytes, drops a UTF-8
  /// byte-order mark, and replaces invalid UTF-8 with U+FFFD.
  public static func prepare(_ bytes: [UInt8], limit: Int = defaultMaximumBytes) throws(Refusal) -> Prepared {
    if bytes.count > limit { throw .tooLarge(bytes: bytes.count, limit: limit) }
    // One pass: find a NUL, and whether there is anything but ASCII to validate.
    var nul = -1
    var ascii = true
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      // Eight bytes at a time while none is NUL (most drafts have none).
      var index = 0
      var high: UInt64 = 0
      while index + 8 <= buffer.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
        high |= word
        index += 8
      }
      if high & 0x8080_8080_8080_8080 != 0 { ascii = false }
      while index < buffer.count {
        let b = buffer[index]
        if b == 0 {
          nul = index
          return
        }
        if b >= 0x80 { ascii = false }
        index += 1
      }
    }
    if nul >= 0 { throw .binary(offset: nul) }
    if ascii { return Prepared(bytes: bytes, replacements: 0) }
    var body = bytes
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
    // The standard library's validator is fast; the decoder below only counts the repairs.
    if String(validating: body, as: UTF8.self) != nil { return Prepared(bytes: body, replacements: 0) }
    var replacements = 0
    var iterator = body.makeIterator()
    var decoder = UTF8()
    var valid = true
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: break loop
      case .error:
        valid = false
        replacements += 1
      }
    }
    if valid { return Prepared(bytes: body, replacements: 0) }
    return Prepared(bytes: Array(String(decoding: body, as: UTF8.self).utf8), replacements: replacements)
  }
}
