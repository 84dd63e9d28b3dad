extension ArticleTopicsCodec {
  /// Appends the topics encoded in `bytes` to `table`, as topics of the article it started
  /// last, reading their strings straight from the bytes into the table's ids. Returns false,
  /// having appended nothing, when the bytes are not this encoding (damage), as ``decode(_:)``
  /// gives nil for them.
  @discardableResult
  static func decode(_ bytes: UnsafeRawBufferPointer, into table: inout TopicTable) -> Bool {
    let mark = table.mark
    var reader = ByteReader(bytes: bytes)
    guard reader.byte() == format, let count = reader.int(), count >= 0 else { return false }
    for _ in 0..<count {
      guard let name = reader.string(into: &table), let kind = reader.topicKind(),
        let score = reader.double(), let mentions = reader.int(),
        let aliasCount = reader.count()
      else {
        table.rollBack(to: mark)
        return false
      }
      for _ in 0..<aliasCount {
        guard let alias = reader.string(into: &table) else {
          table.rollBack(to: mark)
          return false
        }
        table.appendAlias(alias)
      }
      guard let role = reader.optionalString(into: &table) else {
        table.rollBack(to: mark)
        return false
      }
      table.append(name: name, kind: kind, score: score, mentions: mentions, role: role)
    }
    guard reader.isAtEnd else {
      table.rollBack(to: mark)
      return false
    }
    return true
  }
}

/// Reads over SQLite's buffer, with strings read as ids of a ``TopicTable``.
extension ByteReader where Bytes == UnsafeRawBufferPointer {
  /// The id in `table` of the string that comes next.
  mutating func string(into table: inout TopicTable) -> Int32? {
    guard let length = count() else { return nil }
    let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    offset += length
    return table.id(of: slice.assumingMemoryBound(to: UInt8.self))
  }

  /// An optional string's id, -1 for none; nil is damage.
  mutating func optionalString(into table: inout TopicTable) -> Int32? {
    switch int() {
    case 0?: return -1
    case 1?: return string(into: &table)
    default: return nil
    }
  }
}
