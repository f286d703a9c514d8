extension RecentQuotes {
  /// A random quote from `candidates` that was not shown recently, remembered as shown. Only
  /// the change is written: one line appended, nothing when it was the latest already. A
  /// failed write comes back beside the quote, which is still shown (a repeat becomes possible).
  public func pick(
    from candidates: [Quote], using generator: inout some RandomNumberGenerator
  ) -> (quote: Quote?, notRemembered: FileSystem.ReadError?) {
    let shown = load()
    guard let chosen = QuotePicker().pick(from: candidates, avoiding: shown, using: &generator) else {
      return (nil, nil)
    }
    guard shown.last != chosen.key else { return (chosen, nil) }
    do { try record(chosen.key, after: shown) } catch { return (chosen, error) }
    return (chosen, nil)
  }
}
