/// Every playbook rapport knows: the built-ins, then the user's folders, where a file with
/// the same id overrides the earlier one. A broken file is reported and the rest still load.
public struct PlaybookCatalog: Sendable {
  /// The playbooks by id, sorted by id.
  public private(set) var playbooks: [Playbook] = []
  /// Problems in files that were skipped.
  public private(set) var diagnostics: [PlaybookDiagnostic] = []
  /// Ids whose built-in was replaced by a user file.
  public private(set) var overridden: Set<String> = []

  public init() {}

  /// The built-in files plus every folder that `paths` names.
  /// - Parameter bundled: the embedded `prompts/` files, as (file name, text).
  /// - Parameter only: read just the files for this id (a file's name is its id), which is
  ///   all a session needs.
  public static func load(bundled: [(name: String, text: String)], paths: Paths, only: String? = nil)
    -> PlaybookCatalog
  {
    var catalog = PlaybookCatalog()
    func wanted(_ name: String) -> Bool {
      (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
        && (only == nil || expectedID(forFile: name) == only)
    }
    for file in bundled where wanted(file.name) {
      catalog.add(text: file.text, file: "prompts/" + file.name, builtIn: true)
    }
    for directory in paths.playbookDirectories {
      for name in FileSystem.listDirectory(directory) ?? [] where wanted(name) {
        let path = directory + "/" + name
        do {
          // A FIFO or device named like a playbook would block the read forever.
          let bytes = try FileSystem.readBytes(path, limit: 1 << 20, regularOnly: true)
          switch PlaybookText.decode(bytes, file: path) {
          case .success(let text): catalog.add(text: text, file: path, builtIn: false)
          case .failure(let diagnostic): catalog.diagnostics.append(diagnostic)
          }
        } catch {
          catalog.diagnostics.append(
            PlaybookDiagnostic(
              file: path, line: 1, column: 1, message: error == .notRegular ? "\(error)" : "cannot read: \(error)"))
        }
      }
    }
    return catalog
  }

  /// The id a file must declare: its name without `.yaml`.
  public static func expectedID(forFile file: String) -> String {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    if name.hasSuffix(".yaml") { return String(name.dropLast(5)) }
    if name.hasSuffix(".yml") { return String(name.dropLast(4)) }
    return name
  }

  /// Adds one file's playbook, or its diagnostics.
  public mutating func add(text: String, file: String, builtIn: Bool) {
    switch PlaybookLoader.load(text: text, file: file, expectedID: Self.expectedID(forFile: file)) {
    case .success(let playbook):
      if let index = playbooks.firstIndex(where: { $0.id == playbook.id }) {
        if !builtIn { overridden.insert(playbook.id) }
        playbooks[index] = playbook
      } else {
        playbooks.append(playbook)
        playbooks.sort { $0.id < $1.id }
      }
    case .failure(let errors):
      diagnostics += errors.diagnostics
    }
  }

  /// The playbook called `id`.
  public func playbook(id: String) -> Playbook? { playbooks.first { $0.id == id } }

  public var ids: [String] { playbooks.map(\.id) }
}
