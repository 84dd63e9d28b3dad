/// A key judgment the analyst adds to the memo with `note`.
public struct MemoNote: Sendable, Equatable, Hashable, Codable {
  /// How sure the analyst is of a judgment.
  public enum Confidence: String, Sendable, Codable, CaseIterable {
    case high, moderate, low
  }

  public var text: String
  public var confidence: Confidence?

  public init(text: String, confidence: Confidence? = nil) {
    self.text = text
    self.confidence = confidence
  }
}
