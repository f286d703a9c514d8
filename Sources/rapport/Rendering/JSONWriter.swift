import RapportCore

/// Writes pretty-printed JSON straight into a byte buffer, one member at a time: no tree of
/// values is built, so a document can be streamed as its parts are ready and objects can be
/// written on several threads and joined.
///
/// The layout is JSONEncoder's `.prettyPrinted`: two spaces per level and `"key" : value`.
/// A `nil` optional leaves its key out, as JSONEncoder does.
///
///     var json = JSONWriter()
///     json.beginObject()
///     json.field("name", "focus")
///     json.field("counted", ["sender: I", "reader: you"])
///     json.endObject()
///     json.bytes    // the UTF-8 text
struct JSONWriter {
  private let buffer: ByteBuffer
  /// How many containers are open (the indentation level of the next member).
  private(set) var depth: Int
  /// True until the innermost open container has a member.
  private var isEmpty = true

  /// - Parameter depth: the level the first value sits at, for a value written into the
  ///   middle of a larger document.
  init(depth: Int = 0, capacity: Int = 4096) {
    self.depth = depth
    buffer = ByteBuffer(capacity: capacity)
  }

  /// What has been written, as UTF-8.
  var bytes: [UInt8] { buffer.array }

  /// How many bytes have been written.
  var count: Int { buffer.count }

  /// Calls `body` with what has been written, without copying it first.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result { buffer.withBytes(body) }

  // MARK: Containers

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts an object member: the separator, a new line, the indentation and `"name" : `.
  /// Names are written as they are: they are the schema's own ASCII words, never escaped.
  mutating func key(_ name: StaticString) {
    // One reservation for the whole `,\n    "name" : ` (the most frequent write).
    let indentation = depth * 2
    let nameCount = name.utf8CodeUnitCount
    guard indentation <= 40 else {
      element()
      buffer.append(UInt8(ascii: "\""))
      buffer.append(name.utf8Start, count: nameCount)
      raw("\" : ")
      return
    }
    let lead: StaticString = ",\n                                        "
    let skip = isEmpty ? 1 : 0
    isEmpty = false
    let leadCount = 2 - skip + indentation
    let target = buffer.reserve(leadCount + 1 + nameCount + 4)
    ByteBuffer.copy(lead.utf8Start + skip, to: target, count: leadCount)
    target[leadCount] = UInt8(ascii: "\"")
    ByteBuffer.copy(name.utf8Start, to: target + leadCount + 1, count: nameCount)
    // `" : ` as one four-byte store.
    UnsafeMutableRawPointer(target + leadCount + 1 + nameCount).storeBytes(
      of: UInt32(0x203A_2022).littleEndian, as: UInt32.self)
  }

  /// Starts an array element: the separator, a new line and the indentation.
  mutating func element() {
    if !isEmpty { buffer.append(UInt8(ascii: ",")) }
    isEmpty = false
    newline(depth)
  }

  /// Writes text as it is, for the joints of a document written in pieces.
  func raw(_ text: StaticString) {
    buffer.append(text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// Writes a piece made earlier by another writer at this depth (see `continueContainer`),
  /// as the next part of the open container.
  mutating func fragment(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
    buffer.append(bytes.baseAddress!, count: bytes.count)
    isEmpty = false
  }

  /// Writes as if the container this writer starts in already had a member: for pieces
  /// that go after one (`,` before the next key).
  mutating func continueContainer() { isEmpty = false }

  private mutating func open(_ bracket: UInt8) {
    buffer.append(bracket)
    depth += 1
    isEmpty = true
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if !isEmpty { newline(depth) }
    buffer.append(bracket)
    // The container just closed is a member of its parent, which is therefore not empty.
    isEmpty = false
  }

  private mutating func newline(_ level: Int) {
    let indented: StaticString = "\n                                        "
    let count = 1 + level * 2
    if count <= indented.utf8CodeUnitCount {
      buffer.append(indented.utf8Start, count: count)
    } else {
      buffer.append(UInt8(ascii: "\n"))
      for _ in 0..<(level * 2) { buffer.append(0x20) }
    }
  }

  // MARK: Values

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
    var index = 0
    var clean = true
    // Sixteen bytes at a time (two words, one test), then the last sixteen (overlapping),
    // or for short text two overlapping words or the bytes one by one.
    while index + 16 <= count {
      let first = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let second = UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)
      if JSONWriter.escapeBits(first) | JSONWriter.escapeBits(second) != 0 {
        clean = false
        break
      }
      index += 16
    }
    if clean && index < count {
      if count >= 8 {
        let first = UnsafeRawPointer(base + max(0, count - 16)).loadUnaligned(as: UInt64.self)
        let second = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
        clean = JSONWriter.escapeBits(first) | JSONWriter.escapeBits(second) == 0
      } else {
        for offset in 0..<count where JSONWriter.needsEscape(base[offset]) {
          clean = false
          break
        }
      }
      if !clean { index = max(0, count - 16) }
    }
    if clean {
      let target = buffer.reserve(count + 2)
      target[0] = UInt8(ascii: "\"")
      ByteBuffer.copy(base, to: target + 1, count: count)
      target[count + 1] = UInt8(ascii: "\"")
      return
    }
    buffer.append(UInt8(ascii: "\""))
    // From the first word that needs escaping (everything before it is copied as it is).
    var start = 0
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

  private func escape(_ byte: UInt8) {
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

  mutating func int(_ value: Int) {
    guard value >= 0 else {
      buffer.append(UInt8(ascii: "-"))
      if value == Int.min {
        raw("9223372036854775808")
      } else {
        int(-value)
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
    value.withUnsafeBufferPointer { string(utf8: $0) }
  }

  /// An array of strings given as UTF-8.
  mutating func field(_ name: StaticString, _ values: UTF8List) {
    key(name)
    beginArray()
    values.forEach { value in
      element()
      string(utf8: value)
    }
    endArray()
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

/// A growable run of bytes appended with `memcpy`: cheaper per call than an Array, which
/// checks uniqueness and capacity through generic code on every append.
private final class ByteBuffer {
  private var start: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(UnsafeBufferPointer(start: start, count: count))
  }

  @inline(__always) func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    start[count] = byte
    count += 1
  }

  @inline(__always) func append(_ bytes: UnsafePointer<UInt8>, count extra: Int) {
    guard extra > 0 else { return }
    if count + extra > capacity { grow(to: count + extra) }
    Self.copy(bytes, to: start + count, count: extra)
    count += extra
  }

  /// Room for `extra` more bytes, counted as written: the caller fills all of them.
  @inline(__always) func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if count + extra > capacity { grow(to: count + extra) }
    let target = start + count
    count += extra
    return target
  }

  @inline(__always) static func copy(_ bytes: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count extra: Int) {
    guard extra > 0 else { return }
    let target = UnsafeMutableRawPointer(destination)
    let source = UnsafeRawPointer(bytes)
    // Keys, indentation and most values are a few bytes long: two overlapping loads and
    // stores copy them without a call to memmove (most of the writer's time went there).
    if extra >= 8 && extra <= 16 {
      let head = source.loadUnaligned(as: UInt64.self)
      let tail = source.loadUnaligned(fromByteOffset: extra - 8, as: UInt64.self)
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: extra - 8, as: UInt64.self)
    } else if extra >= 4 && extra < 8 {
      let head = source.loadUnaligned(as: UInt32.self)
      let tail = source.loadUnaligned(fromByteOffset: extra - 4, as: UInt32.self)
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: extra - 4, as: UInt32.self)
    } else if extra < 4 {
      // 1, 2 or 3 bytes: first, middle and last (some of them the same byte).
      target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
      target.storeBytes(of: source.load(fromByteOffset: extra >> 1, as: UInt8.self), toByteOffset: extra >> 1, as: UInt8.self)
      target.storeBytes(of: source.load(fromByteOffset: extra - 1, as: UInt8.self), toByteOffset: extra - 1, as: UInt8.self)
    } else {
      target.copyMemory(from: source, byteCount: extra)
    }
  }

  private func grow(to minimum: Int) {
    var newCapacity = capacity * 2
    while newCapacity < minimum { newCapacity *= 2 }
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    larger.update(from: start, count: count)
    start.deallocate()
    start = larger
    capacity = newCapacity
  }
}
