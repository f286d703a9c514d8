/// A playbook file's bytes as text: binary data and invalid UTF-8 are reported at their
/// `file:line:col` instead of being parsed (or printed) as garbage.
public enum PlaybookText {
  /// The text of `bytes`, or a diagnostic at the first byte that is not UTF-8 text.
  public static func decode(_ bytes: [UInt8], file: String) -> Result<String, PlaybookDiagnostic> {
    var line = 1
    var column = 1
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var text = String.UnicodeScalarView()
    func problem(_ message: String) -> Result<String, PlaybookDiagnostic> {
      .failure(PlaybookDiagnostic(file: file, line: line, column: column, message: message))
    }
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar) || scalar.value == 0x7F {
          return problem(
            "control character \(hex(scalar.value)): this is not a text file; a playbook is plain YAML text")
        }
        text.append(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return .success(String(text))
      case .error:
        return problem("not valid UTF-8 text; save the file as UTF-8")
      }
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "0x" + String(repeating: "0", count: max(0, 2 - digits.count)) + digits
  }
}

extension PlaybookLoader {
  /// Parses a file's `bytes`: `load(text:…)` after checking they are UTF-8 text.
  public static func load(bytes: [UInt8], file: String, expectedID: String?) -> Result<Playbook, PlaybookErrors> {
    switch PlaybookText.decode(bytes, file: file) {
    case .success(let text): load(text: text, file: file, expectedID: expectedID)
    case .failure(let diagnostic): .failure(PlaybookErrors([diagnostic]))
    }
  }
}
