/// A piece of JSON text made once by a `JSONWriter` and written many times with
/// `JSONWriter.fragment`: the keys, indentation and constant values between the values of an
/// object written over and over. Never changed after it is made, so threads share it.
final class JSONPiece: @unchecked Sendable {
  let bytes: UnsafeMutableBufferPointer<UInt8>

  /// What `json` has written.
  init(_ json: JSONWriter) {
    bytes = json.withBytes { written in
      let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, written.count))
      _ = copy.initialize(from: written)
      return UnsafeMutableBufferPointer(rebasing: copy[0..<written.count])
    }
  }

  /// `,`, a new line, the indentation of `depth` and `"name" : `: a member after the first.
  convenience init(member name: StaticString, depth: Int) {
    var json = JSONWriter(depth: depth, capacity: 64)
    json.continueContainer()
    json.key(name)
    self.init(json)
  }

  deinit { bytes.deallocate() }
}
