import Yams

/// Turns a playbook's YAML nodes into a `Playbook`, checking the schema as it goes.
struct PlaybookBuilder {
  var reader: YAMLReader
  var value: Playbook?
  private var declared: [String] = PlaybookVariable.builtInNames
  private var questionIDs: [String: Node] = [:]
  private var stageIDs: [String: Node] = [:]

  init(reader: YAMLReader) { self.reader = reader }

  static let topKeys = [
    "id", "title", "description", "method", "source", "variables", "ladder", "closing", "cues", "stages",
    "brief",
  ]
  static let briefKeys = ["title", "show", "from", "recap"]
  static let stageKeys = ["id", "title", "goal", "questions"]
  static let questionKeys = [
    "id", "ask", "prep", "debrief", "also_ask", "intent", "seeks", "dig", "follow_ups", "ladder",
  ]
  static let ladderKeys = ["min_probes", "max_probes", "stop_on", "park_after_unknowns"]
  static let variableKeys = ["name", "ask", "default"]

  func build(_ root: Node, expectedID: String?) -> PlaybookBuilder {
    var copy = self
    copy.value = copy.playbook(root, expectedID: expectedID)
    // A brief may only name questions the playbook asks (or rapport's closing ones).
    let known = Array(copy.questionIDs.keys) + ClosingQuestions.questions().map(\.id)
    for (ids, node) in copy.briefReferences {
      for id in ids where !known.contains(id) {
        copy.reader.error(node, "'from' names no question '\(Suggestion.echo(id))'.\(Suggestion.hint(for: id, in: known))")
      }
    }
    return copy
  }

  private mutating func playbook(_ root: Node, expectedID: String?) -> Playbook? {
    guard
      let fields = reader.fields(
        root, what: "the playbook", known: Self.topKeys,
        required: ["id", "title", "description", "method", "stages"])
    else { return nil }
    let id = reader.string(fields["id"]?.value, key: "id")
    if let id, let node = fields["id"]?.value {
      if !id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) || !id.allSatisfy(\.isASCII) {
        reader.error(node, "id '\(Suggestion.echo(id))' may hold only lowercase letters, digits and '-'")
      } else if let expectedID, id != expectedID {
        reader.error(node, "id '\(Suggestion.echo(id))' must match the file name '\(expectedID).yaml'")
      }
    }
    let title = reader.string(fields["title"]?.value, key: "title")
    let description = reader.string(fields["description"]?.value, key: "description")
    let method = reader.string(fields["method"]?.value, key: "method")
    let source = reader.string(fields["source"]?.value, key: "source")
    if let node = fields["variables"]?.value { variables(node) }
    let variableList = parsedVariables
    var ladder = LadderSettings()
    if let node = fields["ladder"]?.value {
      ladder = ladder.applying(self.ladder(node, key: "ladder"))
      check(ladder, at: node)
    }
    let closing = reader.bool(fields["closing"]?.value, key: "closing") ?? true
    let cues =
      fields["cues"].map { classLists($0.value, key: "cues", allowAnswer: false, checkBlanks: false) } ?? [:]
    var stages: [PlaybookStage] = []
    if let node = fields["stages"]?.value {
      if let list = node.sequence, !list.isEmpty {
        stages = list.compactMap { stage($0, ladder: ladder) }
      } else {
        reader.error(node, "'stages' should be a list with at least one stage")
      }
    }
    let brief = fields["brief"].map { self.brief($0.value) } ?? BriefSection.defaults
    guard let id, let title, let description, let method else { return nil }
    return Playbook(
      id: id, title: title, description: description, method: method, source: source,
      variables: variableList, ladder: ladder, closing: closing, cues: cues, stages: stages,
      brief: brief, origin: reader.file)
  }

  private var parsedVariables: [PlaybookVariable] = []

  /// `brief:` — a list of sections, each with a title and either `show: why|chains|notes`
  /// or `from: [question ids]`.
  private mutating func brief(_ node: Node) -> [BriefSection] {
    guard let list = node.sequence, !list.isEmpty else {
      reader.error(node, "'brief' should be a list of sections, each with a title and 'show' or 'from'")
      return BriefSection.defaults
    }
    var sections: [BriefSection] = []
    for item in list {
      guard
        let fields = reader.fields(item, what: "a brief section", known: Self.briefKeys, required: ["title"]),
        let title = reader.string(fields["title"]?.value, key: "title")
      else { continue }
      let recap = reader.bool(fields["recap"]?.value, key: "recap")
      if let show = fields["show"]?.value {
        let name = reader.string(show, key: "show") ?? ""
        switch name {
        case "why": sections.append(BriefSection(title: title, part: .why, recap: recap ?? false))
        case "chains": sections.append(BriefSection(title: title, part: .chains, recap: recap ?? false))
        case "notes": sections.append(BriefSection(title: title, part: .notes, recap: recap ?? false))
        default:
          let hint = Suggestion.hint(for: name, in: BriefSection.showNames)
          reader.error(show, "unknown 'show: \(Suggestion.echo(name))'.\(hint) Known: \(BriefSection.showNames.joined(separator: ", "))")
        }
      } else if let from = fields["from"]?.value, let ids = reader.strings(from, key: "from") {
        briefReferences.append((ids, from))
        sections.append(BriefSection(title: title, part: .answers(ids), recap: recap ?? true))
      } else {
        reader.error(item, "a brief section needs 'show: why|chains|notes' or 'from: [question ids]'")
      }
    }
    return sections
  }

  private var briefReferences: [([String], Node)] = []
  private mutating func variables(_ node: Node) {
    guard let list = node.sequence else {
      reader.error(node, "'variables' should be a list of blanks, each with name and ask")
      return
    }
    for item in list {
      guard
        let fields = reader.fields(
          item, what: "a variable", known: Self.variableKeys, required: ["name", "ask"]),
        let name = reader.string(fields["name"]?.value, key: "name")
      else { continue }
      if !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
        reader.error(fields["name"]?.value, "variable name '\(Suggestion.echo(name))' may hold only letters, digits and '_'")
      }
      if parsedVariables.contains(where: { $0.name == name }) {
        reader.error(fields["name"]?.value, "variable '\(Suggestion.echo(name))' is declared twice")
      }
      let ask = reader.string(fields["ask"]?.value, key: "ask") ?? ""
      let defaultValue = reader.string(fields["default"]?.value, key: "default")
      parsedVariables.append(PlaybookVariable(name: name, ask: ask, defaultValue: defaultValue))
      declared.append(name)
    }
  }

  private mutating func ladder(_ node: Node, key: String) -> LadderOverride? {
    if node.mapping == nil, node.scalar != nil {
      reader.error(node, "'\(key)' should hold min_probes, max_probes, stop_on or park_after_unknowns")
      return nil
    }
    guard let fields = reader.fields(node, what: "'\(key)'", known: Self.ladderKeys, required: []) else {
      return nil
    }
    var result = LadderOverride()
    result.minProbes = reader.int(fields["min_probes"]?.value, key: "min_probes", range: 0...10)
    result.maxProbes = reader.int(fields["max_probes"]?.value, key: "max_probes", range: 0...10)
    result.parkAfterUnknowns = reader.int(
      fields["park_after_unknowns"]?.value, key: "park_after_unknowns", range: 1...10)
    if let node = fields["stop_on"]?.value, let names = reader.strings(node, key: "stop_on") {
      var conditions: [StopCondition] = []
      for name in names {
        if let condition = StopCondition(rawValue: name) {
          conditions.append(condition)
        } else {
          unknownClass(name, at: node, key: "stop_on", known: StopCondition.allCases.map(\.rawValue))
        }
      }
      result.stopOn = conditions
    }
    return result
  }

  private mutating func check(_ ladder: LadderSettings, at node: Node) {
    if ladder.minProbes > ladder.maxProbes {
      reader.error(
        node, "min_probes (\(ladder.minProbes)) must not be more than max_probes (\(ladder.maxProbes))")
    }
  }

  private mutating func unknownClass(_ name: String, at node: Node, key: String, known: [String]) {
    let hint = Suggestion.hint(for: name, in: known)
    reader.error(node, "unknown class '\(Suggestion.echo(name))' in '\(key)'.\(hint) Known: \(known.joined(separator: ", "))")
  }

  private mutating func classLists(_ node: Node, key: String, allowAnswer: Bool, checkBlanks: Bool)
    -> [AnswerClass: [String]]
  {
    guard let mapping = node.mapping else {
      reader.error(node, "'\(key)' should map classes to lists, like `solution: [\"...\"]`")
      return [:]
    }
    var result: [AnswerClass: [String]] = [:]
    for (keyNode, value) in mapping {
      let name = keyNode.scalar?.string ?? ""
      guard let answerClass = AnswerClass(rawValue: name) else {
        unknownClass(name, at: keyNode, key: key, known: AnswerClass.allCases.map(\.rawValue))
        continue
      }
      let texts = reader.strings(value, key: "\(key).\(name)") ?? []
      if checkBlanks {
        let items = value.sequence.map(Array.init) ?? [value]
        for (text, item) in zip(texts, items) { blanks(text, at: item, allowAnswer: allowAnswer) }
      }
      result[answerClass] = texts
    }
    return result
  }

  private mutating func stage(_ node: Node, ladder: LadderSettings) -> PlaybookStage? {
    guard
      let fields = reader.fields(
        node, what: "a stage", known: Self.stageKeys, required: ["id", "goal", "questions"])
    else { return nil }
    let id = reader.string(fields["id"]?.value, key: "id")
    if let id, let idNode = fields["id"]?.value {
      if let first = stageIDs[id] {
        reader.error(idNode, "stage id '\(Suggestion.echo(id))' is used twice (first at line \(first.mark?.line ?? 0))")
      }
      stageIDs[id] = idNode
    }
    let title = reader.string(fields["title"]?.value, key: "title")
    let goal = reader.string(fields["goal"]?.value, key: "goal")
    var questions: [PlaybookQuestion] = []
    if let list = fields["questions"]?.value {
      if let items = list.sequence, !items.isEmpty {
        questions = items.compactMap { question($0, stageID: id ?? "", ladder: ladder) }
      } else {
        reader.error(list, "'questions' should be a list with at least one question")
      }
    }
    guard let id, let goal else { return nil }
    return PlaybookStage(id: id, title: title ?? id, goal: goal, questions: questions)
  }

  private mutating func question(_ node: Node, stageID: String, ladder: LadderSettings) -> PlaybookQuestion? {
    guard
      let fields = reader.fields(
        node, what: "a question", known: Self.questionKeys, required: ["id", "ask", "intent"])
    else { return nil }
    let id = reader.string(fields["id"]?.value, key: "id")
    if let id, let idNode = fields["id"]?.value {
      if let first = questionIDs[id] {
        reader.error(idNode, "question id '\(Suggestion.echo(id))' is used twice (first at line \(first.mark?.line ?? 0))")
      }
      questionIDs[id] = idNode
    }
    var texts: [String: String] = [:]
    for key in ["ask", "prep", "debrief"] {
      if let value = fields[key]?.value, let text = reader.string(value, key: key) {
        blanks(text, at: value, allowAnswer: false)
        texts[key] = text
      }
    }
    var alsoAsk: [String] = []
    if let value = fields["also_ask"]?.value {
      alsoAsk = reader.strings(value, key: "also_ask") ?? []
      let items = value.sequence.map(Array.init) ?? [value]
      for (text, item) in zip(alsoAsk, items) { blanks(text, at: item, allowAnswer: false) }
    }
    let intent = reader.string(fields["intent"]?.value, key: "intent")
    let dig = reader.bool(fields["dig"]?.value, key: "dig") ?? false
    let followUps =
      fields["follow_ups"].map {
        classLists($0.value, key: "follow_ups", allowAnswer: true, checkBlanks: true)
      } ?? [:]
    var override: LadderOverride?
    if let value = fields["ladder"]?.value {
      override = self.ladder(value, key: "ladder")
      check(ladder.applying(override), at: value)
    }
    var seeks: QuestionAim?
    if let value = fields["seeks"]?.value, let name = reader.string(value, key: "seeks") {
      seeks = QuestionAim(rawValue: name)
      if seeks == nil {
        let known = QuestionAim.allCases.map(\.rawValue)
        reader.error(
          value, "unknown 'seeks: \(Suggestion.echo(name))'.\(Suggestion.hint(for: name, in: known)) Known: \(known.joined(separator: ", "))")
      }
    }
    guard let id, let ask = texts["ask"], let intent else { return nil }
    return PlaybookQuestion(
      id: id, ask: ask, prep: texts["prep"], debrief: texts["debrief"], alsoAsk: alsoAsk,
      intent: intent, seeks: seeks, dig: dig, followUps: followUps, ladder: override, stageID: stageID)
  }

  /// Reports `{{name}}` blanks that are not declared.
  private mutating func blanks(_ text: String, at node: Node, allowAnswer: Bool) {
    for name in Blanks.names(in: text) {
      if name == "answer" {
        if !allowAnswer { reader.error(node, "{{answer}} can only be used inside follow_ups") }
        continue
      }
      if !declared.contains(name) {
        let at = position(of: "{{" + name, in: node)
        let hint =
          Suggestion.nearest(to: name, in: declared + (allowAnswer ? ["answer"] : [])).map {
            " Did you mean '{{\($0)}}'?"
          } ?? ""
        reader.diagnostics.append(
          reader.diagnostic(
            line: at.line, column: at.column,
            "unknown blank {{\(Suggestion.echo(name))}}.\(hint) Declare it under 'variables', or use account, contact or product"
          ))
      }
    }
  }

  /// The line and column of `needle` inside a one-line scalar (else the scalar's start).
  private func position(of needle: String, in node: Node) -> (line: Int, column: Int) {
    let line = node.mark?.line ?? 1
    let column = node.mark?.column ?? 1
    guard let scalar = node.scalar, !scalar.string.contains("\n"),
      [.plain, .singleQuoted, .doubleQuoted].contains(scalar.style),
      let range = scalar.string.range(of: needle)
    else { return (line, column) }
    let offset = scalar.string.unicodeScalars.distance(
      from: scalar.string.unicodeScalars.startIndex,
      to: range.lowerBound.samePosition(in: scalar.string.unicodeScalars)
        ?? scalar.string.unicodeScalars.startIndex)
    return (line, column + offset + (scalar.style == .plain ? 0 : 1))
  }
}
