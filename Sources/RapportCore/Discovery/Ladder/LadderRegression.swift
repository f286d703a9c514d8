import Foundation

/// L2-regularised logistic regression fitted with Newton's method: deterministic, no library,
/// fine for hundreds of rows and tens of columns.
enum LadderRegression {
  /// Weights for standardised `rows` (the intercept is not penalised).
  ///
  /// - Parameters:
  ///   - rows: one feature vector per example, already standardised.
  ///   - labels: true for the positive class (stop).
  ///   - lambda: the L2 penalty on the weights.
  ///   - balanced: weigh each class so both count as much in total.
  static func fit(rows: [[Double]], labels: [Bool], lambda: Double, balanced: Bool = true)
    -> (intercept: Double, weights: [Double])
  {
    let width = rows.first?.count ?? 0
    let positives = Double(labels.filter { $0 }.count)
    let negatives = Double(labels.count) - positives
    let sampleWeight: [Double] = labels.map { label in
      guard balanced, positives > 0, negatives > 0 else { return 1 }
      return Double(labels.count) / (2 * (label ? positives : negatives))
    }
    // beta[0] is the intercept.
    var beta = [Double](repeating: 0, count: width + 1)
    for _ in 0..<50 {
      var gradient = [Double](repeating: 0, count: width + 1)
      var hessian = [[Double]](repeating: [Double](repeating: 0, count: width + 1), count: width + 1)
      for (index, row) in rows.enumerated() {
        let x = [1] + row
        let logit = zip(beta, x).reduce(0) { $0 + $1.0 * $1.1 }
        let p = 1 / (1 + exp(-logit))
        let residual = (labels[index] ? 1 : 0) - p
        let curvature = max(p * (1 - p), 1e-9) * sampleWeight[index]
        for i in 0...width {
          gradient[i] += sampleWeight[index] * residual * x[i]
          for j in 0...width { hessian[i][j] += curvature * x[i] * x[j] }
        }
      }
      for i in 1..<(width + 1) {
        gradient[i] -= lambda * beta[i]
        hessian[i][i] += lambda
      }
      hessian[0][0] += 1e-9
      guard let step = solve(hessian, gradient) else { break }
      for i in beta.indices { beta[i] += step[i] }
      if step.map(abs).max() ?? 0 < 1e-10 { break }
    }
    return (beta[0], Array(beta.dropFirst()))
  }

  /// Solves `matrix × x = vector` by Gaussian elimination with partial pivoting.
  static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
    var a = matrix
    var b = vector
    let n = b.count
    for column in 0..<n {
      let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) }!
      guard abs(a[pivot][column]) > 1e-12 else { return nil }
      a.swapAt(column, pivot)
      b.swapAt(column, pivot)
      for row in (column + 1)..<n where a[row][column] != 0 {
        let factor = a[row][column] / a[column][column]
        for k in column..<n { a[row][k] -= factor * a[column][k] }
        b[row] -= factor * b[column]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = b[row]
      for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
      x[row] = sum / a[row][row]
    }
    return x
  }
}
