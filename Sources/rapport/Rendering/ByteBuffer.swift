/// A growable run of bytes appended with `memcpy`: cheaper per call than an Array, which
/// checks uniqueness and capacity through generic code on every append.
final class ByteBuffer {
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
    } else if extra <= 32 {
      // 17-32 bytes (most keys with their indentation): the first and last sixteen.
      let a = source.loadUnaligned(as: UInt64.self)
      let b = source.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      let c = source.loadUnaligned(fromByteOffset: extra - 16, as: UInt64.self)
      let d = source.loadUnaligned(fromByteOffset: extra - 8, as: UInt64.self)
      target.storeBytes(of: a, as: UInt64.self)
      target.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
      target.storeBytes(of: c, toByteOffset: extra - 16, as: UInt64.self)
      target.storeBytes(of: d, toByteOffset: extra - 8, as: UInt64.self)
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
