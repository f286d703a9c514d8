import Foundation

extension AnswerEvaluationSuite {
  /// One row per answer of both sets: set, id, group, cross-validation fold (as `folds` splits
  /// that set), label, kind, never-fit flag, every named cue's value (`LadderFeature.namedCues`: the word
  /// evidence is fitted, not read), the classes the
  /// classifier read (1 or 0 each, then a number and "don't know"), the class rule's decision
  /// and the text, tab-separated with a header line (for analysis outside rapport).
  public func cueTable() -> String {
    let classifier = AnswerClassifier()
    let reader = LadderCueReader(classifier: classifier)
    let header = ["set", "id", "group", "fold", "decision", "kind", "never_fit"] + LadderFeature.namedCues.map(\.rawValue)
      + AnswerClass.allCases.map { "class-" + $0.rawValue } + ["class-number", "class-dont-know", "class-rule"]
    var lines = [(header + ["fired", "text"]).joined(separator: "\t")]
    for (name, set) in [("written", written)] + (real.map { [("real", $0)] } ?? []) {
      let foldOf = Dictionary(
        uniqueKeysWithValues: set.folds(folds).enumerated().flatMap { index, fold in fold.map { ($0.id, index) } })
      for answer in set.answers {
        let classification = classifier.classify(answer.text)
        let cues = reader.read(answer.text, classification: classification)
        let fired = LadderFeature.namedCues.compactMap { feature in
          cues.fired[feature].map { feature.rawValue + "=" + $0.joined(separator: ",") }
        }.joined(separator: "; ")
        let classes = AnswerClass.allCases.map { classification.has($0) ? "1" : "0" }
          + [classification.hasNumber ? "1" : "0", classification.isDontKnow ? "1" : "0",
             Self.classRuleStops(classification) ? "stop" : "dig"]
        let text = answer.text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        lines.append(
          ([
            name, answer.id, answer.group, String(foldOf[answer.id] ?? 0), answer.stops ? "stop" : "dig", answer.kind,
            neverFit.contains(answer.id) ? "1" : "0",
          ] + LadderFeature.namedCues.map { String(cues[$0]) } + classes + [fired, text]).joined(separator: "\t"))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes `cueTable()` to `path`.
  public func writeCueTable(to path: String) throws(RapportError) {
    try FileSystem.writeShared(cueTable(), to: path, what: "the cue table")
  }
}
