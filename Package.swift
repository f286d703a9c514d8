// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "rapport",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rapport", targets: ["rapport"]),
    .library(name: "RapportCore", targets: ["RapportCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // The quote file format (fortune files with attributions): read at build time by
    // embed-files and at run time for the user's own quote folders. No dependencies.
    .target(name: "QuoteFormat"),
    // Pure logic: quotes, lint, discovery, storage. No terminal I/O.
    .target(
      name: "RapportCore",
      dependencies: [
        // The fitted models (models/ladder.json, models/lint-focus.json), embedded at build time.
        "RapportResources",
        "QuoteFormat",
        .product(name: "Yams", package: "Yams"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    // The top-level quotes/, prompts/ and models/ folders, embedded at build time; the quotes
    // already parsed, so that `rapport quote` reads none at run time.
    .target(name: "RapportResources", dependencies: ["QuoteFormat"], plugins: ["EmbedFiles"]),
    .executableTarget(name: "embed-files", dependencies: ["QuoteFormat"]),
    .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
    // libedit, and the C shim for its variadic calls.
    // No pkg-config: its -L for the system folder would come before the release link's own
    // folder of static archives (scripts/static-libs), and histedit.h is on the default path.
    .systemLibrary(name: "CLibEdit", providers: [.apt(["libedit-dev"])]),
    .target(name: "CEditShim", dependencies: ["CLibEdit"]),
    // A small line editor behind a protocol; knows nothing about sales.
    .target(name: "LineEditor", dependencies: ["CEditShim", "CLibEdit"]),
    // The thin command-line front end.
    .executableTarget(
      name: "rapport",
      dependencies: [
        "RapportCore", "RapportResources", "LineEditor",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: [
        // Release: link libstdc++, libgcc, SQLite and libedit (with tinfo, bsd, md) into the
        // binary, so the loader neither maps them nor looks up their symbols at every start
        // (`rapport --version` 1.8 -> 1.5 ms CPU). `make build` links the static archives into
        // .build/static-libs (scripts/static-libs), searched before the system folders;
        // without them the shared libraries are used as before. Link with the toolchain's lld,
        // which places the functions a start-up runs side by side (scripts/link-order.txt,
        // made by scripts/link-order; peak memory of `rapport quote` 10.4 -> 7.7 MiB). Pack
        // the 88,000 relative relocations (glibc 2.36+): the loader reads 18 KB instead of
        // 2 MB at every start. And export only the symbols the shared libraries need (570,
        // not 9,700): the runtime's dladdr at start-up searches them all.
        .unsafeFlags(
          [
            "-L", Context.packageDirectory + "/.build/static-libs", "-Xclang-linker", "-static-libgcc",
            "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-Xlinker", "--no-export-dynamic",
            "-Xlinker", "--symbol-ordering-file=" + Context.packageDirectory + "/scripts/link-order.txt",
            "-Xlinker", "--no-warn-symbol-ordering",
          ],
          .when(platforms: [.linux], configuration: .release))
      ]),
    .testTarget(
      name: "RapportCoreTests", dependencies: ["RapportCore", "RapportResources", "QuoteFormat"],
      // Read by the evaluation test from the source tree, not bundled.
      exclude: ["Lint/Evaluation", "Discovery/Evaluation"]),
    .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
    .testTarget(
      name: "RapportCLITests", dependencies: ["rapport"],
      // The golden transcripts are read from the source tree by their test.
      exclude: ["Golden/Data"]),
  ]
)
