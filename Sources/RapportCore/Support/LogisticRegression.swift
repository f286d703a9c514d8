import Foundation

/// L2-regularised logistic regression fitted by Newton's method on standardised features.
/// Deterministic: the same rows give the same weights, bit for bit.
public struct LogisticRegression: Sendable {
  public var means: [Double]
  public var deviations: [Double]
  /// Weights on the standardised features.
  public var weights: [Double]
  public var intercept: Double

  /// Fits `rows` (one feature vector each) to `labels` (true = positive class). Each class
  /// carries half the total weight, so the intercept does not learn the class balance;
  /// `l2` penalises the weights (not the intercept) as l2/2 × Σw².
  /// `weights` (default all 1) scale each row's say, e.g. less for a label that is a weak signal.
  /// `signs` (optional, one per feature: +1, −1 or 0) says which way a feature may push: a
  /// feature whose fitted weight comes out against its sign is left out (weight 0) and the rest
  /// refitted, worst offender first, so that every weight reads the way its name says.
  /// `centers` (optional, one per feature) fixes the value each feature is measured from, in
  /// place of its mean, and drops the intercept: a row whose every feature sits at its center
  /// gets logit 0 (probability ½); deviations are then taken around the centers.
  /// `penalties` (optional, one per feature, default all 1) multiplies `l2` for each feature:
  /// a feature with factor 10 is held ten times as firmly to 0.
  public static func fit(
    _ rows: [[Double]], labels: [Bool], weights rowWeights: [Double]? = nil, l2: Double, iterations: Int = 50,
    signs: [Int]? = nil, centers: [Double]? = nil, penalties: [Double]? = nil
  ) -> LogisticRegression {
    guard let signs else {
      return fitAll(
        rows, labels: labels, weights: rowWeights, l2: l2, iterations: iterations, centers: centers,
        penalties: penalties)
    }
    let d = rows.first?.count ?? 0
    var kept = Array(0..<d)
    while true {
      let sub = fitAll(
        rows.map { row in kept.map { row[$0] } }, labels: labels, weights: rowWeights, l2: l2, iterations: iterations,
        centers: centers.map { c in kept.map { c[$0] } }, penalties: penalties.map { p in kept.map { p[$0] } })
      let offender = kept.indices
        .filter { Double(signs[kept[$0]]) * sub.weights[$0] < 0 }
        .max { abs(sub.weights[$0]) < abs(sub.weights[$1]) }
      guard let offender else {
        let full = fitAll(rows, labels: labels, weights: rowWeights, l2: l2, iterations: 0, centers: centers)
        var weights = [Double](repeating: 0, count: d)
        for (position, feature) in kept.enumerated() { weights[feature] = sub.weights[position] }
        return LogisticRegression(
          means: full.means, deviations: full.deviations, weights: weights, intercept: sub.intercept)
      }
      kept.remove(at: offender)
    }
  }

  private static func fitAll(
    _ rows: [[Double]], labels: [Bool], weights rowWeights: [Double]?, l2: Double, iterations: Int,
    centers: [Double]? = nil, penalties: [Double]? = nil
  ) -> LogisticRegression {
    let rowWeights = rowWeights ?? [Double](repeating: 1, count: rows.count)
    let n = rows.count
    let d = rows.first?.count ?? 0
    var means = [Double](repeating: 0, count: d)
    var deviations = [Double](repeating: 1, count: d)
    for j in 0..<d {
      let column = rows.map { $0[j] }
      let mean = centers?[j] ?? column.reduce(0, +) / Double(max(1, n))
      let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, n))
      means[j] = mean
      // A feature that never varies in training is left unscaled (its value is always 0).
      deviations[j] = variance > 1e-12 ? variance.squareRoot() : 1
    }
    // Without an intercept the first column is 0, so its weight stays 0 and only the features decide.
    let bias = centers == nil ? 1.0 : 0.0
    // One flat row-major matrix, [bias, standardised features…] per row: the Newton loop below
    // runs over it through buffer pointers (the same sums in the same order as row arrays would).
    let width = d + 1
    var x = [Double](repeating: 0, count: n * width)
    for i in 0..<n {
      x[i * width] = bias
      for j in 0..<d { x[i * width + 1 + j] = (rows[i][j] - means[j]) / deviations[j] }
    }
    var positives = 0.0
    var negatives = 0.0
    for i in 0..<n { if labels[i] { positives += rowWeights[i] } else { negatives += rowWeights[i] } }
    let total = positives + negatives
    let sampleWeight = (0..<n).map { i in
      rowWeights[i] * (labels[i] ? total / (2 * max(1e-9, positives)) : total / (2 * max(1e-9, negatives)))
    }
    var beta = [Double](repeating: 0, count: d + 1)
    for _ in 0..<iterations {
      var gradient = [Double](repeating: 0, count: d + 1)
      var lower = [Double](repeating: 0, count: width * width)
      x.withUnsafeBufferPointer { x in
        gradient.withUnsafeMutableBufferPointer { gradient in
          lower.withUnsafeMutableBufferPointer { lower in
            beta.withUnsafeBufferPointer { beta in
              for i in 0..<n {
                let row = i * width
                var z = 0.0
                for j in 0...d { z += beta[j] * x[row + j] }
                let p = 1 / (1 + exp(-z))
                let residual = (labels[i] ? 1 : 0) - p
                let curvature = sampleWeight[i] * max(p * (1 - p), 1e-10)
                for j in 0...d {
                  let xj = x[row + j]
                  gradient[j] += sampleWeight[i] * residual * xj
                  for k in 0...j { lower[j * width + k] += curvature * xj * x[row + k] }
                }
              }
            }
          }
        }
      }
      var hessian = (0...d).map { j in Array(lower[(j * width)..<(j * width + width)]) }
      for j in 1..<(d + 1) {
        let penalty = l2 * (penalties?[j - 1] ?? 1)
        gradient[j] -= penalty * beta[j]
        hessian[j][j] += penalty
      }
      if bias == 0 { hessian[0][0] = 1 }
      for j in 0...d { for k in 0..<j { hessian[k][j] = hessian[j][k] } }
      guard let step = solve(hessian, gradient) else { break }
      var largest = 0.0
      for j in 0...d {
        beta[j] += step[j]
        largest = max(largest, abs(step[j]))
      }
      if largest < 1e-10 { break }
    }
    return LogisticRegression(means: means, deviations: deviations, weights: Array(beta.dropFirst()), intercept: beta[0])
  }

  /// The logit for one row of raw features.
  public func logit(_ row: [Double]) -> Double {
    var z = intercept
    for j in weights.indices { z += weights[j] * (row[j] - means[j]) / deviations[j] }
    return z
  }

  /// Solves a x = b for a symmetric positive definite a (Gaussian elimination with pivoting).
  static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
    let n = b.count
    var m = a
    var v = b
    for column in 0..<n {
      var pivot = column
      for row in (column + 1)..<max(column + 1, n) where abs(m[row][column]) > abs(m[pivot][column]) { pivot = row }
      guard abs(m[pivot][column]) > 1e-14 else { return nil }
      if pivot != column {
        m.swapAt(pivot, column)
        v.swapAt(pivot, column)
      }
      for row in (column + 1)..<max(column + 1, n) {
        let factor = m[row][column] / m[column][column]
        if factor == 0 { continue }
        for k in column..<n { m[row][k] -= factor * m[column][k] }
        v[row] -= factor * v[column]
      }
    }
    var out = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = v[row]
      for k in (row + 1)..<max(row + 1, n) { sum -= m[row][k] * out[k] }
      out[row] = sum / m[row][row]
    }
    return out
  }
}

/// Grouped k-fold cross-validation: items of one group (a source page, a before/after pair)
/// always share a fold.
public enum GroupedFolds {
  /// The fold of each item, 0..<k. Groups are placed largest first, each into the fold with
  /// the fewest items so far (ties: the lower fold); groups of one size are ordered by a
  /// hash of their name, so the split is fixed and owes nothing to the file's order.
  public static func assign(groups: [String], k: Int) -> [Int] {
    var sizes: [String: Int] = [:]
    for group in groups { sizes[group, default: 0] += 1 }
    let order = sizes.keys.sorted { a, b in
      sizes[a]! != sizes[b]! ? sizes[a]! > sizes[b]! : (hash(a), a) < (hash(b), b)
    }
    var load = [Int](repeating: 0, count: k)
    var foldOf: [String: Int] = [:]
    for group in order {
      let fold = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
      foldOf[group] = fold
      load[fold] += sizes[group]!
    }
    return groups.map { foldOf[$0]! }
  }

  private static func hash(_ text: String) -> UInt64 { WordHash.mix(WordHash.offset, text) }
}
