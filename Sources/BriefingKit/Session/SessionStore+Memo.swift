import GRDB

extension SessionStore {
  /// Memo fields that have a value.
  public func fields() throws -> [String: String] {
    try read { db in
      var fields: [String: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT name, value FROM field") {
        fields[row["name"]] = row["value"]
      }
      return fields
    }
  }

  /// Sets a memo field, or removes it when `value` is nil.
  public func setField(_ name: String, to value: String?) throws {
    try write { db in
      if let value {
        try db.execute(
          sql: "INSERT OR REPLACE INTO field (name, value) VALUES (?, ?)", arguments: [name, value])
      } else {
        try db.execute(sql: "DELETE FROM field WHERE name = ?", arguments: [name])
      }
    }
  }

  /// Key judgments in the order they were added.
  public func notes() throws -> [MemoNote] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT text, confidence FROM note ORDER BY id").map { row in
        MemoNote(
          text: row["text"],
          confidence: (row["confidence"] as String?).flatMap(MemoNote.Confidence.init(rawValue:)))
      }
    }
  }

  /// Adds a key judgment at the end.
  public func addNote(_ note: MemoNote) throws {
    try write { db in
      try db.execute(
        sql: "INSERT INTO note (text, confidence) VALUES (?, ?)",
        arguments: [note.text, note.confidence?.rawValue])
    }
  }

  /// Removes the `number`th note (1-based); returns false when there is none.
  public func dropNote(number: Int) throws -> Bool {
    try write { db in
      guard number >= 1,
        let id = try Int.fetchOne(
          db, sql: "SELECT id FROM note ORDER BY id LIMIT 1 OFFSET ?", arguments: [number - 1])
      else { return false }
      try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [id])
      return true
    }
  }

  /// Pins in pin order.
  public func pins() throws -> [Pin] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT kind, ref FROM pin ORDER BY position").compactMap { row in
        Pin.Kind(rawValue: row["kind"]).map { Pin(kind: $0, ref: row["ref"]) }
      }
    }
  }

  /// Pins an item at the end; returns false when it was pinned already.
  public func addPin(_ pin: Pin) throws -> Bool {
    try write { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO pin (kind, ref) VALUES (?, ?)",
        arguments: [pin.kind.rawValue, pin.ref])
      return db.changesCount > 0
    }
  }

  /// Unpins an item; returns false when it was not pinned.
  public func removePin(_ pin: Pin) throws -> Bool {
    try write { db in
      try db.execute(
        sql: "DELETE FROM pin WHERE kind = ? AND ref = ?", arguments: [pin.kind.rawValue, pin.ref])
      return db.changesCount > 0
    }
  }
}
