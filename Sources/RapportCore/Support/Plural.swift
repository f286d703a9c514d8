/// "1 probe", "3 probes": a count with its noun in the right number.
public enum Plural {
  /// `count` and `noun`, with an "s" (or `plural`) unless the count is one.
  public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
  }
}
