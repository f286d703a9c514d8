/// A measured rule's own check: run once per draft over the whole analysis, it reports what
/// it finds through `CheckContext.add`. Each rule keeps its check and thresholds in its file.
public struct Check: Sendable {
  let run: @Sendable (inout CheckContext) -> Void

  init(_ run: @escaping @Sendable (inout CheckContext) -> Void) { self.run = run }
}
