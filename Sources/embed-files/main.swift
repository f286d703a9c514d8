// Build tool: writes a Swift file holding the text of every file in the given folders, and
// the quotes of a folder named `quotes` already parsed (so the binary parses none at run time).
// A problem in a bundled quote file fails the build with its path and line. The fitted models
// of a folder named `models` (JSON) are embedded as numbers too, so no JSON is decoded at run time.
// Usage: embed-files OUTPUT.swift FOLDER...
import Foundation
import QuoteFormat

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: embed-files OUTPUT.swift FOLDER...\n".utf8))
  exit(2)
}

/// Escapes text as the body of a one-line Swift string literal.
func literal(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count + 16)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case "\0": out += "\\0"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out
}

/// A Swift expression for an optional string.
func optional(_ text: String?) -> String { text.map { "\"\(literal($0))\"" } ?? "nil" }

/// A Swift expression for exactly this Double. Not a decimal literal: the compiler reads those
/// through an 80-bit float on x86, and the double rounding can miss by one unit in the last
/// place (`-0.499889` compiles to -0.49988900000000003 while JSONDecoder reads -0.499889), so
/// the shipped model would differ from its file. The bit pattern is exact; the decimal follows
/// as a comment.
func number(_ value: Double) -> String {
  "Double(bitPattern: 0x\(String(value.bitPattern, radix: 16))) /* \(value) */"
}

/// A fitted focus model's JSON (see `FocusModel` in RapportCore) as a `BundledModel` literal.
func model(_ data: Data, name: String, path: String) -> String {
  guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
    let intercept = (object["intercept"] as? NSNumber)?.doubleValue,
    let features = object["features"] as? [[String: Any]],
    let training = object["training"] as? [String: Any]
  else {
    FileHandle.standardError.write(Data("\(path): not a model file (intercept, features, training)\n".utf8))
    exit(1)
  }
  let rows = features.map { feature -> String in
    let value = { (key: String) in number((feature[key] as? NSNumber)?.doubleValue ?? .nan) }
    return "      BundledModel.Feature(name: \"\(literal(feature["name"] as? String ?? ""))\", mean: \(value("mean")), "
      + "deviation: \(value("deviation")), weight: \(value("weight"))),"
  }
  let sets = (training["sets"] as? [String] ?? []).map { "\"\(literal($0))\"" }.joined(separator: ", ")
  let noise = (training["noiseWeight"] as? NSNumber).map { number($0.doubleValue) } ?? "nil"
  let setWeights = (training["setWeights"] as? [NSNumber]).map { "[" + $0.map { number($0.doubleValue) }.joined(separator: ", ") + "]" } ?? "nil"
  let prior = (training["positivePrior"] as? NSNumber).map { number($0.doubleValue) } ?? "nil"
  let cuePenalty = (training["cuePenalty"] as? NSNumber).map { number($0.doubleValue) } ?? "nil"
  let scale = (training["scale"] as? NSNumber).map { number($0.doubleValue) } ?? "nil"
  return """
        BundledModel(
          name: "\(literal(name))", model: "\(literal(object["model"] as? String ?? ""))", intercept: \(number(intercept)),
          features: [
      \(rows.joined(separator: "\n"))
          ],
          sets: [\(sets)], date: "\(literal(training["date"] as? String ?? ""))",
          l2: \(number((training["l2"] as? NSNumber)?.doubleValue ?? 0)), noiseWeight: \(noise), setWeights: \(setWeights),
          positivePrior: \(prior), cuePenalty: \(cuePenalty), scale: \(scale)),
    """
}

var entries: [String] = []
var models: [String] = []
var quotes: [String] = []
var problems: [QuoteDiagnostic] = []
let fm = FileManager.default
for folder in arguments.dropFirst() {
  let folderName = URL(fileURLWithPath: folder).lastPathComponent
  let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  for name in names where !name.hasPrefix(".") && !name.hasSuffix(".dat") {
    let path = folder + "/" + name
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
      let data = fm.contents(atPath: path)
    else { continue }
    if folderName == "quotes" {
      let parsed = FortuneParser().parse(
        Array(data), path: "quotes/" + name, topic: Quote.topic(ofFile: name))
      problems += parsed.diagnostics.map {
        QuoteDiagnostic(path: path, line: $0.line, severity: .error, message: $0.message)
      }
      for quote in parsed.quotes {
        quotes.append(
          "    Quote(text: \"\(literal(quote.text))\", author: \(optional(quote.author)), "
            + "source: \(optional(quote.source)), note: \(optional(quote.note)), isDoubtful: \(quote.isDoubtful), "
            + "topic: \"\(literal(quote.topic))\", origin: \"\(literal(quote.origin))\", key: \"\(literal(quote.key))\"),")
      }
      continue
    }
    if folderName == "models" && name.hasSuffix(".json") {
      models.append(model(data, name: name, path: path))
      continue
    }
    let text = String(decoding: data, as: UTF8.self)
    entries.append("    BundledFile(path: \"\(folderName)/\(literal(name))\", text: \"\(literal(text))\"),")
  }
}
if !problems.isEmpty {
  for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
  exit(1)
}

let source = """
  // Generated by the EmbedFiles plugin from the package's quotes/, prompts/ and models/ folders.
  // Do not edit: change the files in those folders instead.

  import QuoteFormat

  /// One file from the package's top-level data folders, embedded at build time.
  public struct BundledFile: Sendable {
    /// Path relative to the package root, e.g. "quotes/customers".
    public let path: String
    /// The file's text.
    public let text: String
  }

  /// Every file embedded from prompts/, sorted by path.
  public let bundledFiles: [BundledFile] = [
  \(entries.joined(separator: "\n"))
  ]

  /// The quotes of quotes/, parsed when rapport was built, in file order.
  public let bundledQuotes: [Quote] = [
  \(quotes.joined(separator: "\n"))
  ]

  /// A fitted model from models/ (a JSON file there), read when rapport was built.
  public struct BundledModel: Sendable {
    public struct Feature: Sendable {
      public let name: String
      public let mean: Double
      public let deviation: Double
      public let weight: Double
    }
    /// The file's name, e.g. "lint-focus.json".
    public let name: String
    public let model: String
    public let intercept: Double
    public let features: [Feature]
    public let sets: [String]
    public let date: String
    public let l2: Double
    public let noiseWeight: Double?
    public let setWeights: [Double]?
    public let positivePrior: Double?
    public let cuePenalty: Double?
    public let scale: Double?
  }

  /// The models of models/, sorted by file name.
  public let bundledModels: [BundledModel] = [
  \(models.joined(separator: "\n"))
  ]

  """
do {
  try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("embed-files: cannot write \(outputPath): \(error)\n".utf8))
  exit(1)
}
