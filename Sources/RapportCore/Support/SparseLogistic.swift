import Foundation

/// L2-regularised logistic regression over many 0/1 features of which each row holds a few
/// (a bag of words), fitted by cyclic coordinate descent: one Newton step per weight in turn,
/// the intercept between sweeps. Each class carries half the total row weight, as in
/// `LogisticRegression`. Deterministic: the same rows give the same weights, bit for bit.
enum SparseLogistic {
  /// The weights of `features` features for `rows` (each the sorted indices of the features
  /// it holds). The intercept is fitted but not returned: a row holding no known feature
  /// weighs nothing either way.
  static func fit(
    _ rows: [[Int32]], labels: [Bool], weights rowWeights: [Double], features: Int, l2: Double, sweeps: Int = 40
  ) -> [Double] {
    guard features > 0, !rows.isEmpty else { return [] }
    var positive = 0.0
    var negative = 0.0
    for i in rows.indices { if labels[i] { positive += rowWeights[i] } else { negative += rowWeights[i] } }
    guard positive > 0, negative > 0 else { return Array(repeating: 0, count: features) }
    let v = rows.indices.map { rowWeights[$0] / (labels[$0] ? 2 * positive : 2 * negative) }
    let y = labels.map { $0 ? 1.0 : 0.0 }
    var columns = [[Int32]](repeating: [], count: features)
    for (i, row) in rows.enumerated() { for j in row { columns[Int(j)].append(Int32(i)) } }
    var w = [Double](repeating: 0, count: features)
    var margin = [Double](repeating: 0, count: rows.count)
    var intercept = 0.0
    for _ in 0..<sweeps {
      var g = 0.0
      var h = 0.0
      for i in rows.indices {
        let p = 1 / (1 + exp(-margin[i]))
        g += v[i] * (p - y[i])
        h += v[i] * p * (1 - p)
      }
      let step = h > 0 ? max(-1, min(1, -g / h)) : 0
      intercept += step
      for i in rows.indices { margin[i] += step }
      for j in 0..<features where !columns[j].isEmpty {
        var gj = l2 * w[j]
        var hj = l2
        for i32 in columns[j] {
          let i = Int(i32)
          let p = 1 / (1 + exp(-margin[i]))
          gj += v[i] * (p - y[i])
          hj += v[i] * p * (1 - p)
        }
        let delta = max(-1, min(1, -gj / hj))
        guard delta != 0 else { continue }
        w[j] += delta
        for i32 in columns[j] { margin[Int(i32)] += delta }
      }
    }
    return w
  }
}
