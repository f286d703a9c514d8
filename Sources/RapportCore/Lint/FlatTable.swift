/// A small open-addressing hash table from `UInt64` keys to `Int32` values.
///
/// Keys are already hashes (word hashes, or trie node and word id packed together), so a
/// multiply-shift mix is enough; no `Hasher`, no reference counting on lookup.
struct FlatTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var used: [Bool]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = Array(repeating: 0, count: size)
    values = Array(repeating: -1, count: size)
    used = Array(repeating: false, count: size)
    mask = size - 1
  }

  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// The value for `key`, or -1.
  @inline(__always) func get(_ key: UInt64) -> Int32 {
    var index = slot(key)
    while used[index] {
      if keys[index] == key { return values[index] }
      index = (index + 1) & mask
    }
    return -1
  }

  mutating func set(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    var index = slot(key)
    while used[index] {
      if keys[index] == key {
        values[index] = value
        return
      }
      index = (index + 1) & mask
    }
    used[index] = true
    keys[index] = key
    values[index] = value
    count += 1
  }

  /// The same table in storage of its own: no buffer is shared with this one.
  func unshared() -> FlatTable {
    var copy = self
    copy.keys = keys.unshared()
    copy.values = values.unshared()
    copy.used = used.unshared()
    return copy
  }

  private mutating func grow() {
    var bigger = FlatTable(capacity: keys.count)
    for index in keys.indices where used[index] { bigger.set(keys[index], values[index]) }
    self = bigger
  }
}

extension Array {
  /// The same elements in a buffer of their own (a plain copy shares the buffer until one
  /// side writes), so that threads reading each copy never touch one reference count.
  func unshared() -> [Element] { withUnsafeBufferPointer { Array($0) } }
}
