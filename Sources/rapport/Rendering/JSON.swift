import Foundation

/// Pretty, key-sorted JSON for machine-readable output, with snake_case keys
/// (`playbook_id`, `created_at`) as `lint --format json` writes them: one convention for every
/// command. The keys of a dictionary (a session's playbook blanks) are data and stay as they are.
enum JSON {
  static func render(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
