/// Files embedded from a top-level folder ("prompts", "models"), as (name, text) pairs. The
/// quotes are embedded already parsed, as `bundledQuotes`, and the lint focus model also as
/// `bundledModels`.
public func bundledFiles(in folder: String) -> [(name: String, text: String)] {
  let prefix = folder + "/"
  return bundledFiles.compactMap { file in
    file.path.hasPrefix(prefix) ? (String(file.path.dropFirst(prefix.count)), file.text) : nil
  }
}
