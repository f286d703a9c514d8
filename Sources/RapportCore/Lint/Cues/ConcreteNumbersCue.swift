/// Numbers in the text ("2 clinics", "40 minutes", "$180,000", "March 3"): specifics the reader
/// can check. The you-attitude asks the writer to refer to the reader's request, order or
/// situation specifically, with its numbers and dates (Locker, Business and Administrative
/// Communication, module 6; summarised by Van Noy, rvannoy.asp.radford.edu/rvn/306/You.htm:
/// "Not 'your order' but the 'desk chair you ordered'"; Drake, University of Idaho ENGL 313:
/// "technical numbers … specific dates"). Computed from the tokens, not phrases: a run of number
/// tokens joined by "-" or "." with seven digits or more is a telephone number and does not
/// count, nor does the "1" of "#1" (a claim), nor a number inside a calendar or time ask ("15
/// minutes", "spare 10 minutes": the sender's request, not the reader's situation). Counted per
/// sentence.
enum ConcreteNumbersCue {
  static let cue = DocumentedCue(
    feature: .concreteNumbers,
    phrases: [],
    fires: [
      "Your Dayton site added 40 drivers in May.", "Renewals slipped 3 times this quarter.",
      "The invoice came to $4,200.",
    ],
    silent: [
      "Call me at 201-555-0143.", "We're the #1 payroll tool.", "Your team ships every week.",
      "Do you have 15 minutes on Thursday?",
    ])
}
