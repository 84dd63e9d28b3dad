/// An item the analyst pinned for the memo, kept in pin order.
public struct Pin: Sendable, Equatable, Hashable {
  /// What a pin refers to.
  public enum Kind: String, Sendable, CaseIterable {
    case quote, topic, article
  }

  public var kind: Kind
  /// The quote id, topic name or article id, as text.
  public var ref: String

  public init(kind: Kind, ref: String) {
    self.kind = kind
    self.ref = ref
  }
}
