import Foundation

/// A size in bytes as people write it on a command line ("5M", "512K", "2MB", "1 MiB",
/// "1048576") and as rapport says it back ("1 MiB", "512 KiB", "300 bytes").
/// K, M and G count in 1,024s, as `ls -h` and `du -h` do; a trailing "B" or "iB" is optional.
public enum ByteSize {
  /// The number of bytes `text` names, or nil when it names none (or overflows `Int`).
  public static func parse(_ text: String) -> Int? {
    var rest = Substring(text.trimmingCharacters(in: .whitespaces)).lowercased()[...]
    if rest.hasSuffix("ib") { rest = rest.dropLast(2) } else if rest.hasSuffix("b") { rest = rest.dropLast() }
    var shift = 0
    if let unit = rest.last, let power = ["k": 10, "m": 20, "g": 30][String(unit)] {
      shift = power
      rest = rest.dropLast()
    }
    let digits = rest.trimmingCharacters(in: .whitespaces)
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits), count >= 0 else { return nil }
    let (bytes, overflow) = count.multipliedReportingOverflow(by: 1 << shift)
    return overflow ? nil : bytes
  }

  /// `bytes` in the largest unit that divides it evenly: "1 MiB", "1.5 MiB" is not used
  /// (an exact figure is what a limit needs), so 1,572,864 reads "1536 KiB".
  public static func describe(_ bytes: Int) -> String {
    for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
      return "\(bytes >> shift) \(unit)"
    }
    return bytes == 1 ? "1 byte" : "\(bytes) bytes"
  }
}
