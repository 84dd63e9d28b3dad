extension TopicTable.Entry {
  /// The topic's kind.
  var kind: TopicKind { TopicKind(slot: Int(packed & 7)) }

  /// Whether the topic has aliases or a role (a ``TopicTable/Extra``).
  var hasExtra: Bool { packed & 8 != 0 }

  /// The topic's mentions, nil when they did not fit beside its kind (the table keeps them).
  var packedMentions: Int? {
    let mentions = Int(packed >> 4)
    return mentions == Self.unpacked ? nil : mentions
  }

  /// The mentions that mark a topic whose count the table keeps apart.
  private static let unpacked = -(1 << 27)

  /// `kind`, `hasExtra` and `mentions` in 32 bits; nil when `mentions` needs more than 28.
  @inline(__always)
  static func pack(kind: TopicKind, mentions: Int, hasExtra: Bool) -> Int32? {
    guard mentions > unpacked, mentions < 1 << 27 else { return nil }
    return Int32(mentions) << 4 | (hasExtra ? 8 : 0) | Int32(kind.slot)
  }

  /// `kind` and `hasExtra` with the mark of mentions kept apart.
  static func pack(kind: TopicKind, hasExtra: Bool) -> Int32 {
    Int32(unpacked) << 4 | (hasExtra ? 8 : 0) | Int32(kind.slot)
  }
}
