import Foundation
import PackagePlugin

/// Turns the package's top-level `quotes/`, `prompts/` and `models/` folders into Swift source,
/// so the built binary carries them and works from any directory.
@main
struct EmbedFiles: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    let folders = ["quotes", "prompts", "models"].map { root.appending(path: $0) }
      .filter { FileManager.default.fileExists(atPath: $0.path) }
    let inputs = folders.flatMap { listFiles(in: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding quotes/, prompts/ and models/",
        executable: try context.tool(named: "embed-files").url,
        arguments: [output.path] + folders.map(\.path),
        inputFiles: inputs + folders,
        outputFiles: [output])
    ]
  }

  private func listFiles(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().filter { !$0.hasPrefix(".") }.map { folder.appending(path: $0) }
  }
}
