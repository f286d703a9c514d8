import RapportCore

/// Strings, numbers and booleans, and members that pair them with a key.
extension JSONWriter {

  mutating func string(_ text: String) {
    // Native and small strings lend their UTF-8 in place (no copy, no retain); others are
    // copied once.
    if text.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) != nil { return }
    var text = text
    text.withUTF8 { string(utf8: $0) }
  }

  /// Writes UTF-8 text as a JSON string. Most text needs no escaping: it is checked sixteen
  /// bytes at a time and then copied whole, between its quotes, in one reservation.
  func string(utf8: UnsafeBufferPointer<UInt8>) {
    let count = utf8.count
    guard let base = utf8.baseAddress, count > 0 else {
      raw("\"\"")
      return
    }
    let clean = Self.cleanPrefix(base, count)
    if clean == count {
      let target = buffer.reserve(count + 2)
      target[0] = UInt8(ascii: "\"")
      ByteBuffer.copy(base, to: target + 1, count: count)
      target[count + 1] = UInt8(ascii: "\"")
    } else {
      escaped(base, count, from: clean)
    }
  }

  /// Writes a string that needs escaping, quotes included; the bytes before `from` need none.
  func escaped(_ base: UnsafePointer<UInt8>, _ count: Int, from: Int) {
    buffer.append(UInt8(ascii: "\""))
    var start = 0
    var index = from
    while index < count {
      let byte = base[index]
      // Quote, backslash and control characters are escaped; everything else is copied.
      if JSONWriter.needsEscape(byte) {
        buffer.append(base + start, count: index - start)
        escape(byte)
        start = index + 1
      }
      index += 1
    }
    buffer.append(base + start, count: count - start)
    buffer.append(UInt8(ascii: "\""))
  }

  /// How many bytes from the start need no escaping, give or take: `count` when none does,
  /// else a point at or before the first that does. Sixteen bytes at a time (two words, one
  /// test), then the last sixteen (overlapping), or for short text two overlapping words or
  /// the bytes one by one.
  @inline(__always) static func cleanPrefix(_ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
    var index = 0
    while index + 16 <= count {
      let first = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let second = UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)
      if escapeBits(first) | escapeBits(second) != 0 { return index }
      index += 16
    }
    if index == count { return count }
    if count >= 8 {
      let first = UnsafeRawPointer(base + max(0, count - 16)).loadUnaligned(as: UInt64.self)
      let second = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
      return escapeBits(first) | escapeBits(second) == 0 ? count : max(0, count - 16)
    }
    for offset in 0..<count where needsEscape(base[offset]) { return 0 }
    return count
  }

  @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// Nonzero when any of the eight bytes in `word` is a control character, `"` or `\\`: the
  /// classic "has a zero byte" bit trick, three times, sharing its last step (the high bit of
  /// `word ^ c` is that of `word` for both characters).
  @inline(__always) private static func escapeBits(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    return ((word &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)) & ~word & (ones &* 0x80)
  }

  func escape(_ byte: UInt8) {
    buffer.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(byte)
    case 0x08: buffer.append(UInt8(ascii: "b"))
    case 0x0C: buffer.append(UInt8(ascii: "f"))
    case 0x0A: buffer.append(UInt8(ascii: "n"))
    case 0x0D: buffer.append(UInt8(ascii: "r"))
    case 0x09: buffer.append(UInt8(ascii: "t"))
    default:
      let hex: StaticString = "0123456789abcdef"
      buffer.append(UInt8(ascii: "u"))
      buffer.append(UInt8(ascii: "0"))
      buffer.append(UInt8(ascii: "0"))
      buffer.append(hex.utf8Start[Int(byte >> 4)])
      buffer.append(hex.utf8Start[Int(byte & 0xF)])
    }
  }

  /// Whole numbers under 100 (most of lint's lines, columns and counts) are written where
  /// they are asked for; others by `anyInt`.
  @inline(__always) func int(_ value: Int) {
    if value >= 0 && value < 10 {
      buffer.append(UInt8(ascii: "0") + UInt8(value))
    } else if value >= 10 && value < 100 {
      let target = buffer.reserve(2)
      target[0] = UInt8(ascii: "0") + UInt8(value / 10)
      target[1] = UInt8(ascii: "0") + UInt8(value % 10)
    } else {
      anyInt(value)
    }
  }

  func anyInt(_ value: Int) {
    guard value >= 0 else {
      buffer.append(UInt8(ascii: "-"))
      if value == Int.min {
        raw("9223372036854775808")
      } else {
        anyInt(-value)
      }
      return
    }
    // Most numbers in lint's output are lines, columns and offsets: one to three digits.
    if value < 10 {
      buffer.append(UInt8(ascii: "0") + UInt8(value))
      return
    }
    if value < 100 {
      let target = buffer.reserve(2)
      target[0] = UInt8(ascii: "0") + UInt8(value / 10)
      target[1] = UInt8(ascii: "0") + UInt8(value % 10)
      return
    }
    // Count the digits, then write them from the last straight into the output.
    let magnitude = UInt(value)
    var digits = 1
    var limit: UInt = 10
    while digits < 19 && magnitude >= limit {
      digits += 1
      limit &*= 10
    }
    let target = buffer.reserve(digits)
    var rest = magnitude
    var index = digits
    repeat {
      index -= 1
      target[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    } while index > 0
  }

  /// A whole number prints without a fraction ("50", not "50.0"), as JSONEncoder prints it;
  /// NaN and infinities, which JSON cannot hold, print as null. Other numbers print as
  /// `description` does: the shortest digits that read back as the same number.
  mutating func double(_ value: Double) {
    if !value.isFinite {
      raw("null")
    } else if value == value.rounded(), abs(value) < 1e15 {
      int(Int(value))
    } else if let thousandths = Self.thousandths(value) {
      // What lint's figures are (rounded to three decimals): digits written directly.
      if value < 0 { buffer.append(UInt8(ascii: "-")) }
      int(thousandths / 1000)
      var fraction = thousandths % 1000
      var digits = 3
      while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
      let target = buffer.reserve(digits + 1)
      target[0] = UInt8(ascii: ".")
      for index in stride(from: digits, to: 0, by: -1) {
        target[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
        fraction /= 10
      }
    } else {
      var text = value.description
      text.withUTF8 { buffer.append($0.baseAddress!, count: $0.count) }
    }
  }

  /// `value`'s magnitude as a whole number of thousandths, when it is exactly the double
  /// nearest to one (and not a whole number). Such a number's shortest form is that decimal
  /// with its trailing zeros dropped: two different decimals of at most 15 significant digits
  /// never read back as the same double.
  static func thousandths(_ value: Double) -> Int? {
    let magnitude = abs(value)
    let scaled = (magnitude * 1000).rounded()
    guard scaled < 1e12, scaled / 1000 == magnitude, scaled.truncatingRemainder(dividingBy: 1000) != 0 else {
      return nil
    }
    return Int(scaled)
  }

  mutating func bool(_ value: Bool) {
    if value { raw("true") } else { raw("false") }
  }

  // MARK: Members

  mutating func field(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  mutating func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    field(name, value)
  }

  mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  mutating func field(_ name: StaticString, _ value: Int32) { field(name, Int(value)) }

  mutating func field(_ name: StaticString, _ value: Double) {
    key(name)
    double(value)
  }

  mutating func field(_ name: StaticString, _ value: Double?) {
    guard let value else { return }
    field(name, value)
  }

  mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// A string member given as UTF-8.
  mutating func field(_ name: StaticString, utf8 value: UnsafeBufferPointer<UInt8>) {
    key(name)
    string(utf8: value)
  }

  mutating func field(_ name: StaticString, utf8 value: [UInt8]) {
    key(name)
    string(utf8: value)
  }

  func string(utf8 value: [UInt8]) { value.withUnsafeBufferPointer { string(utf8: $0) } }

  /// An array of strings given as UTF-8.
  mutating func field(_ name: StaticString, _ values: UTF8List) {
    key(name)
    strings(values, depth: depth)
  }

  /// An array of strings given as UTF-8, as the value of a member at `depth`. Each element
  /// that needs no escaping is written with its separator, new line and indentation in one
  /// reservation.
  func strings(_ values: UTF8List, depth: Int) {
    guard !values.isEmpty else {
      raw("[]")
      return
    }
    let lead: StaticString = ",\n                                        "
    let indentation = (depth + 1) * 2
    buffer.append(UInt8(ascii: "["))
    var first = true
    values.forEach { value in
      let skip = first ? 1 : 0
      first = false
      let leadCount = 2 - skip + indentation
      let count = value.count
      guard indentation <= 40, let base = value.baseAddress, count > 0, Self.cleanPrefix(base, count) == count else {
        if indentation <= 40 {
          buffer.append(lead.utf8Start + skip, count: leadCount)
        } else {
          if skip == 0 { buffer.append(UInt8(ascii: ",")) }
          indent(depth + 1)
        }
        string(utf8: value)
        return
      }
      let target = buffer.reserve(leadCount + count + 2)
      ByteBuffer.copy(lead.utf8Start + skip, to: target, count: leadCount)
      target[leadCount] = UInt8(ascii: "\"")
      ByteBuffer.copy(base, to: target + leadCount + 1, count: count)
      target[leadCount + count + 1] = UInt8(ascii: "\"")
    }
    indent(depth)
    buffer.append(UInt8(ascii: "]"))
  }

  mutating func field(_ name: StaticString, _ values: [String]) {
    key(name)
    beginArray()
    for value in values {
      element()
      string(value)
    }
    endArray()
  }
}
