import Foundation
import Testing

/// `rapport lint --format json` against its documentation: every field of the README's example
/// document (and every field its table names) is in a real run's output, with the same JSON type.
@Suite("rapport lint --format json schema")
struct LintJSONSchemaTests {
  /// Any JSON value, decoded strictly (a number is never a Bool, nor a Bool a number).
  enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let value = try? container.decode(Bool.self) {
        self = .bool(value)
      } else if let value = try? container.decode(Double.self) {
        self = .number(value)
      } else if let value = try? container.decode(String.self) {
        self = .string(value)
      } else if let value = try? container.decode([JSONValue].self) {
        self = .array(value)
      } else {
        self = .object(try container.decode([String: JSONValue].self))
      }
    }

    var kind: String {
      switch self {
      case .null: "null"
      case .bool: "bool"
      case .number: "number"
      case .string: "string"
      case .array: "array"
      case .object: "object"
      }
    }

    /// Every field path ("files[].findings[].span.start") with the kind of its value; an
    /// array's elements are merged.
    func fields(prefix: String = "") -> [String: String] {
      var result: [String: String] = [:]
      switch self {
      case .object(let members):
        for (key, value) in members {
          let path = prefix.isEmpty ? key : prefix + "." + key
          result[path] = value.kind
          result.merge(value.fields(prefix: path)) { first, _ in first }
        }
      case .array(let elements):
        for element in elements { result.merge(element.fields(prefix: prefix + "[]")) { first, _ in first } }
      default: break
      }
      return result
    }
  }

  static let readme: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
  }()

  /// The README's example document, with its "…" elisions taken out so that it parses.
  static func documentedExample() throws -> JSONValue {
    let afterFormat = try #require(readme.range(of: "`json`:\n\n```json\n"))
    let end = try #require(readme.range(of: "\n```", range: afterFormat.upperBound..<readme.endIndex))
    let example = String(readme[afterFormat.upperBound..<end.lowerBound]).replacingOccurrences(of: ", …", with: "")
    return try JSONDecoder().decode(JSONValue.self, from: Data(example.utf8))
  }

  /// One run whose output has every field: a file with a subject, findings and a repaired
  /// line, and a missing file for `errors`.
  static func realRun() throws -> (JSONValue, RunResult) {
    let folder = NSTemporaryDirectory() + "rapport-json-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var draft = Data(
      """
      Subject: Acme partnership

      Hi Sam,

      I wanted to reach out because we are the leading provider. Our platform is award-winning \
      and you will like it. Do you have 15 minutes this week?

      Best,
      Jo

      """.utf8)
    draft.append(contentsOf: [0xFF, 0x0A])
    try draft.write(to: URL(fileURLWithPath: folder + "/draft.txt"))
    // A config file, so that the output names it (`config`).
    try "profile: cold-email\n".write(toFile: folder + "/.rapport.yml", atomically: true, encoding: .utf8)
    let result = try runRapport(
      ["lint", "--format", "json", "--fail-under", "90", "draft.txt", "missing.txt"], currentDirectory: folder)
    return (try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8)), result)
  }

  @Test func everyFieldOfTheReadmeExampleIsInTheOutputWithItsType() throws {
    let documented = try Self.documentedExample().fields()
    #expect(documented.count > 40)
    let (output, result) = try Self.realRun()
    #expect(result.status == 2)
    let produced = output.fields()
    for (path, kind) in documented.sorted(by: { $0.key < $1.key }) {
      #expect(produced[path] == kind, "\(path): documented as \(kind), output has \(produced[path] ?? "nothing")")
    }
  }

  @Test func everyFieldTheReadmeTableNamesIsInTheExample() throws {
    let documented = try Self.documentedExample().fields()
    let names = Set(documented.keys.flatMap { $0.split(separator: ".").map { $0.replacingOccurrences(of: "[]", with: "") } })
    let start = try #require(Self.readme.range(of: "| `schema_version` |"))
    let table = Self.readme[start.lowerBound...].split(separator: "\n").prefix { $0.hasPrefix("|") }
    #expect(table.count >= 14)
    for row in table {
      let firstColumn = row.split(separator: "|").first ?? ""
      for piece in firstColumn.split(separator: "`").enumerated() where piece.offset % 2 == 1 {
        for word in piece.element.split(whereSeparator: { $0 == "." || $0 == "[" || $0 == "]" }) {
          #expect(names.contains(String(word)), "the table names `\(piece.element)`, the example lacks it")
        }
      }
    }
  }

  @Test func theValuesSayWhatHappened() throws {
    let (output, _) = try Self.realRun()
    guard case .object(let document) = output, case .array(let files)? = document["files"],
      case .object(let file)? = files.first, case .object(let score)? = file["score"],
      case .number(let total)? = score["total"], case .array(let errors)? = document["errors"]
    else {
      Issue.record("unexpected shape: \(output)")
      return
    }
    #expect(document["schema_version"] == .number(1))
    #expect(document["exit_status"] == .number(2))
    #expect(file["path"] == .string("draft.txt"))
    #expect(score["passed"] == .bool(false))
    #expect(score["fail_under"] == .number(90))
    #expect(errors.count == 1)
    #expect(total >= 0 && total < 90)
    guard case .array(let warnings)? = file["warnings"] else { return }
    #expect(warnings.count == 1)
  }

  @Test func stringsAreEscapedSoAnyTextRoundTrips() throws {
    let tricky = "Quote \" backslash \\ tab \t bell \u{07} formfeed \u{0C} é 👋🏽 / \u{2028} end?"
    let result = try runRapport(["lint", "--format", "json", "-"], stdin: "We are here. " + tricky + "\n")
    let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    let sentences = try #require(files.first?["sentences"] as? [[String: Any]])
    #expect(sentences.contains { ($0["text"] as? String)?.contains("bell \u{07} formfeed \u{0C} é 👋🏽 / \u{2028}") == true })
  }

  @Test func onlyInputErrorsIsStillAWholeDocument() throws {
    let result = try runRapport(["lint", "--format", "json", "/nonexistent/a.txt", "/nonexistent/b.txt"])
    #expect(result.status == 2)
    let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["files"] as? [Any])?.isEmpty == true)
    #expect((object["errors"] as? [[String: Any]])?.compactMap { $0["path"] as? String } == ["/nonexistent/a.txt", "/nonexistent/b.txt"])
    #expect(object["exit_status"] as? Int == 2)
  }
}
