/// A list of short texts kept as UTF-8 in one buffer: the items a score part counted. Made
/// for every draft linted as JSON and mostly written straight out as bytes, so it costs two
/// arrays instead of a `String` (and often an allocation) per item.
///
///     var list = UTF8List()
///     list.append("sender: ", bytes[range])
///     list.strings    // ["sender: I"]
public struct UTF8List: Sendable, Equatable {
  /// Every item's bytes, one after the other.
  public private(set) var bytes: [UInt8] = []
  /// Where each item ends in `bytes`.
  @usableFromInline private(set) var ends: [Int] = []

  public init() {}

  public init(_ strings: [String]) {
    reserveCapacity(items: strings.count, bytes: strings.reduce(0) { $0 + $1.utf8.count })
    for string in strings { append(string) }
  }

  public var count: Int { ends.count }
  public var isEmpty: Bool { ends.isEmpty }

  /// The items as strings.
  public var strings: [String] {
    var start = 0
    return ends.map { end in
      defer { start = end }
      return String(decoding: bytes[start..<end], as: UTF8.self)
    }
  }

  /// Calls `body` with each item's bytes, in order, without copying them. Inlinable, so the
  /// JSON writer's loop over the items has no call per item.
  @inlinable public func forEach(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    bytes.withUnsafeBufferPointer { all in
      var start = 0
      for end in ends {
        body(UnsafeBufferPointer(rebasing: all[start..<end]))
        start = end
      }
    }
  }

  /// A list written straight into memory sized beforehand: `fill` adds items through a
  /// `Filler` (at most `items` of them, `bytes` bytes in all), with no array bookkeeping per
  /// piece. For lists made for every draft.
  init(bytes capacity: Int, items: Int, _ fill: (inout Filler) -> Void) {
    var ends: [Int] = []
    bytes = [UInt8](unsafeUninitializedCapacity: capacity) { byteBuffer, byteCount in
      ends = [Int](unsafeUninitializedCapacity: items) { endBuffer, endCount in
        var filler = Filler(bytes: byteBuffer, ends: endBuffer)
        fill(&filler)
        byteCount = filler.count
        endCount = filler.items
      }
    }
    self.ends = ends
  }

  /// Adds items to a list made by `init(bytes:items:_:)`, within the room it was given.
  struct Filler {
    fileprivate let bytes: UnsafeMutableBufferPointer<UInt8>
    fileprivate let ends: UnsafeMutableBufferPointer<Int>
    fileprivate(set) var count = 0
    fileprivate(set) var items = 0

    fileprivate init(bytes: UnsafeMutableBufferPointer<UInt8>, ends: UnsafeMutableBufferPointer<Int>) {
      self.bytes = bytes
      self.ends = ends
    }

    /// Adds one item: `prefix` followed by `text`.
    mutating func append(_ prefix: StaticString, _ text: UnsafeBufferPointer<UInt8>) {
      write(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
      write(text)
      end()
    }

    /// Adds one item: `first`, `separator` and `second`.
    mutating func append(_ first: String, _ separator: StaticString, _ second: String) {
      write(first)
      write(UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
      write(second)
      end()
    }

    private mutating func write(_ text: String) {
      if text.utf8.withContiguousStorageIfAvailable({ write($0) }) != nil { return }
      var text = text
      text.withUTF8 { write($0) }
    }

    private mutating func write(_ piece: UnsafeBufferPointer<UInt8>) {
      guard let source = piece.baseAddress, piece.count > 0 else { return }
      precondition(count + piece.count <= bytes.count, "UTF8List: more bytes than its room")
      (bytes.baseAddress! + count).update(from: source, count: piece.count)
      count += piece.count
    }

    private mutating func end() {
      precondition(items < ends.count, "UTF8List: more items than its room")
      ends[items] = count
      items += 1
    }
  }

  /// Adds one item: `prefix` followed by `text`'s bytes.
  mutating func append(_ prefix: StaticString, _ text: ArraySlice<UInt8>) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    bytes.append(contentsOf: text)
    ends.append(bytes.count)
  }

  mutating func append(_ text: String) {
    bytes.appendUTF8(text)
    ends.append(bytes.count)
  }

  init(_ texts: [UTF8Text]) {
    reserveCapacity(items: texts.count, bytes: texts.reduce(0) { $0 + $1.bytes.count })
    for text in texts { append(text) }
  }

  /// Adds one item: `first`, `separator` and `second`.
  mutating func append(_ first: String, _ separator: StaticString, _ second: String) {
    bytes.appendUTF8(first)
    bytes.append(contentsOf: UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
    bytes.appendUTF8(second)
    ends.append(bytes.count)
  }

  mutating func append(_ text: UTF8Text) {
    bytes.append(contentsOf: text.bytes)
    ends.append(bytes.count)
  }

  mutating func reserveCapacity(items: Int, bytes count: Int) {
    ends.reserveCapacity(items)
    bytes.reserveCapacity(count)
  }
}
