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
  /// Where the text goes (shared by the writer's extensions in this module).
  let buffer: ByteBuffer
  /// How many containers are open (the indentation level of the next member).
  private(set) var depth: Int
  /// True until the innermost open container has a member.
  var isEmpty = true

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
  @inline(__always) mutating func fragment(_ piece: JSONPiece) {
    buffer.append(piece.bytes.baseAddress!, count: piece.bytes.count)
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

  mutating func newline(_ level: Int) { indent(level) }

  /// A new line and the indentation of `level`.
  func indent(_ level: Int) {
    let indented: StaticString = "\n                                        "
    let count = 1 + level * 2
    if count <= indented.utf8CodeUnitCount {
      buffer.append(indented.utf8Start, count: count)
    } else {
      buffer.append(UInt8(ascii: "\n"))
      for _ in 0..<(level * 2) { buffer.append(0x20) }
    }
  }
}
