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
  private var ends: [Int] = []

  public init() {}

  public init(_ strings: [String]) {
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

  /// Calls `body` with each item's bytes, in order, without copying them.
  public func forEach(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    bytes.withUnsafeBufferPointer { all in
      var start = 0
      for end in ends {
        body(UnsafeBufferPointer(rebasing: all[start..<end]))
        start = end
      }
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
