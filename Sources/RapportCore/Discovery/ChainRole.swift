/// Which link of a chain an answer fills, by its deepest class.
enum Role: Hashable {
  case wants, soThat, measured, matters

  init?(_ reading: Classification) {
    if reading.has(.emotion) {
      self = .matters
    } else if reading.has(.outcome) && reading.hasNumber {
      self = .measured
    } else if reading.has(.solution) && !reading.has(.pain) {
      // "They need better forecasting": a request that names an outcome is still the request.
      self = .wants
    } else if reading.has(.pain) || reading.has(.outcome) {
      self = .soThat
    } else {
      return nil
    }
  }
}

extension Role {
  /// The answer that ended a reached thread and the link it fills: a measure fills "measured
  /// by"; a stake, feeling, loss, business risk or consequence fills "matters because"; a
  /// playbook that stops on a plain outcome or pain fills "so that". Nil when the thread did
  /// not reach a stop, or its last answer was a request with its own reason clause (that one
  /// is split between two links already).
  static func stopTurn(of thread: LadderThread, in turns: [Turn]) -> (turn: Int, role: Role)? {
    guard thread.status == .reached,
      let last = thread.turns.last(where: { turns[$0].words != nil && turns[$0].classification != nil }),
      let reading = turns[last].classification, !reading.isDontKnow,
      !(reading.has(.solution) && reading.reason != nil)
    else { return nil }
    let reason = thread.stopReason
    if reason.hasSuffix("outcome-number") { return (last, .measured) }
    if reason.hasSuffix(" outcome") || reason.hasSuffix(" pain") { return (last, .soThat) }
    return (last, .matters)
  }
}
