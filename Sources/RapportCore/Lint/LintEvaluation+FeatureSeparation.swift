import Foundation

extension LintEvaluation {
  /// How well one focus feature separates customer- from self-focused messages on its own.
  public struct FeatureSeparation: Sendable, Equatable {
    /// The feature.
    public var feature: FocusFeature
    /// ROC AUC of the feature's value alone (0.5 = no better than chance; below 0.5 = it points to the sender).
    public var auc: Double
    /// The share of messages (0–1) on which the feature is not zero.
    public var firing: Double
  }

  /// Each focus feature's separation on `items`, in `FocusFeature.allCases` order.
  public static func featureSeparation(_ items: [Scored]) -> [FeatureSeparation] {
    let customerItems = items.filter(\.message.customerFocused)
    let selfItems = items.filter { !$0.message.customerFocused }
    return FocusFeature.allCases.enumerated().map { index, feature in
      let customer = customerItems.map { $0.features[index] }
      let selfFocused = selfItems.map { $0.features[index] }
      let firing = Double(items.filter { $0.features[index] != 0 }.count) / Double(max(1, items.count))
      return FeatureSeparation(feature: feature, auc: auc(customer: customer, self: selfFocused), firing: firing)
    }
  }
}
