#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Collects `rapport lint`'s standard output and writes it in large blocks: bytes with one
/// `fwrite` per 64 KiB, not per file, and files' JSON objects (8-12 KB each) straight from
/// their writers, many per `writev`, without copying them into one buffer first.
struct LintOutputBuffer {
  private(set) var bytes: [UInt8] = []
  /// JSON objects to write after `bytes`, each after its separator; kept alive until written.
  private var objects: [(separator: StaticString, object: JSONWriter)] = []
  private var objectBytes = 0

  mutating func append(_ more: [UInt8]) {
    guard !more.isEmpty else { return }
    if !objects.isEmpty { flush() }
    bytes.append(contentsOf: more)
  }

  mutating func append(_ object: JSONWriter, after separator: StaticString) {
    objects.append((separator, object))
    objectBytes += object.count
  }

  mutating func flushIfLarge() { if bytes.count + objectBytes >= 1 << 16 { flush() } }

  /// Writes everything collected, in order.
  mutating func flush() {
    if !bytes.isEmpty {
      _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stdout) }
      bytes.removeAll(keepingCapacity: true)
    }
    fflush(stdout)
    guard !objects.isEmpty else { return }
    var pieces: [iovec] = []
    pieces.reserveCapacity(objects.count * 2)
    for (separator, object) in objects {
      pieces.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: separator.utf8Start), iov_len: separator.utf8CodeUnitCount))
      // The writer's storage stays put while `objects` holds the writer.
      object.withBytes { pieces.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count)) }
    }
    Self.writeAll(&pieces)
    objects.removeAll(keepingCapacity: true)
    objectBytes = 0
  }

  /// `writev` to standard output until every piece is written (or writing fails, as a closed
  /// pipe makes it: then the rest is dropped, as `fwrite` drops it).
  private static func writeAll(_ pieces: inout [iovec]) {
    pieces.withUnsafeMutableBufferPointer { all in
      var first = 0
      while first < all.count {
        // IOV_MAX on Linux.
        let count = Int32(min(all.count - first, 1024))
        var written = writev(1, all.baseAddress! + first, count)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        // Skip what was written, and move into a piece written in part.
        while first < all.count && written >= all[first].iov_len {
          written -= all[first].iov_len
          first += 1
        }
        if written > 0 {
          all[first].iov_base += written
          all[first].iov_len -= written
        }
      }
    }
  }
}
