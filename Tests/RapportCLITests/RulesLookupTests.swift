import Testing

/// `rapport rules WORD` when WORD is no rule id: a category's name, or an id without its
/// category, gets told what to type (before, both got only "No rule 'focus'.").
@Suite("rapport rules with a word that is no rule id")
struct RulesLookupTests {
  @Test(arguments: [
    (["rules", "focus"], "No rule 'focus'. 'focus' is a category: `rapport rules --category focus` lists its rules."),
    (["rules", "opener-i-wanted"], "No rule 'opener-i-wanted'. Did you mean 'focus.opener-i-wanted'?"),
    (["rules", "focus.opener-i-wantd"], "No rule 'focus.opener-i-wantd'. Did you mean 'focus.opener-i-wanted'?"),
  ])
  func aCategoryOrAnUnqualifiedIDSaysWhatToType(arguments: [String], message: String) throws {
    let result = try runRapport(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func anIgnoreMarkerWithoutTheCategoryGetsTheSameHint() throws {
    let result = try runRapport(["lint", "--format", "line"], stdin: "rapport: ignore opener-i-wanted\nI wanted to reach out.\n")
    #expect(result.stderr.contains("<stdin>:1: no rule 'opener-i-wanted' to ignore. Did you mean 'focus.opener-i-wanted'?"))
  }
}
