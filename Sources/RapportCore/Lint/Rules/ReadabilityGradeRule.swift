extension LintRule {
  /// `readability.grade`: Reading grade above the profile's band.
  static let readingGrade = LintRule(
    id: "readability.grade", severity: .suggestion,
    summary: "Reading grade above the profile's band.",
    message: "Reads at grade {grade}; aim for grade {band}.",
    suggestion: "Use shorter words and shorter sentences.",
    rationale: "Boomerang: 3rd-grade emails got 53% responses vs 39% at college level (fastcompany.com/3057096); Lavender: 70% of emails are 10th grade or above, and 5th grade gets 67% more replies. Formulas are hints, not verdicts (Lenzner, doi 10.1177/0049124113513436). Flesch–Kincaid grade = 0.39·words/sentences + 11.8·syllables/words − 15.59.",
    detector: .check(Check(readingGradeCheck)),
    triggers: [
      "Organizational transformation initiatives necessitate comprehensive consideration of interdepartmental communication methodologies and infrastructure.",
    ],
    passes: [
      "Your team grew fast. Your reps need help. Is that on your list?",
    ])

  /// Shorter drafts have no meaningful grade.
  static let gradeMinimumWords = 12

  static func readingGradeCheck(_ c: inout CheckContext) {
    let grade = c.metrics.readability.grade
    let band = c.profile.gradeBand
    // The band is shown in whole grades, so a grade that rounds to its top (5.1 for "3–5") is in it.
    if c.metrics.words >= gradeMinimumWords && grade.rounded() > band.upperBound {
      c.add(
        c.anchor.start, c.anchor.end, whole: true,
        ["grade": CheckContext.oneDecimal(grade), "band": "\(Int(band.lowerBound))–\(Int(band.upperBound))"])
    }
  }
}
