extension TopicTable.Entry {
  /// The topic's kind.
  var kind: TopicKind { TopicKind(slot: Int(packed & 7)) }

  /// The topic's mentions, nil when they did not fit beside its kind (the table keeps them).
  var packedMentions: Int? {
    let mentions = Int(packed >> 3)
    return mentions == Self.unpacked ? nil : mentions
  }

  /// The mentions that mark a topic whose count the table keeps apart.
  private static let unpacked = -(1 << 28)

  /// `kind` and `mentions` in 32 bits; nil when `mentions` needs more than 29.
  static func pack(kind: TopicKind, mentions: Int) -> Int32? {
    guard mentions > unpacked, mentions < 1 << 28 else { return nil }
    return Int32(mentions) << 3 | Int32(kind.slot)
  }

  /// `kind` with the mark of mentions kept apart.
  static func pack(kind: TopicKind) -> Int32 {
    Int32(unpacked) << 3 | Int32(kind.slot)
  }
}
