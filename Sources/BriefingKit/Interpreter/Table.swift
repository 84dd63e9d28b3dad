/// A plain-text table that fits a width: the widest flexible column is cut with `…`.
public struct Table: Sendable {
  public var headers: [String]
  public var rows: [[String]]
  /// Columns that may be shortened to fit, by index.
  public var flexible: Set<Int>

  public init(headers: [String], rows: [[String]], flexible: Set<Int> = []) {
    self.headers = headers
    self.rows = rows
    self.flexible = flexible
  }

  /// The table as lines no wider than `width` (as far as the fixed columns allow).
  public func rendered(width: Int) -> String {
    let all = [headers] + rows
    var widths = headers.indices.map { column in
      all.map { $0.indices.contains(column) ? Self.width(of: $0[column]) : 0 }.max() ?? 0
    }
    let total = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    var excess = total - width
    for column in flexible.sorted(by: { widths[$0] > widths[$1] }) where excess > 0 {
      let cut = min(excess, max(0, widths[column] - 12))
      widths[column] -= cut
      excess -= cut
    }
    return all.map { row in
      row.indices.map { column in
        let cell = Self.fit(row[column], to: widths[column])
        let isLast = column == row.count - 1
        return isLast
          ? cell : cell + String(repeating: " ", count: widths[column] - Self.width(of: cell))
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }

  /// Display width in columns: one per scalar, none for combining marks.
  static func width(of text: String) -> Int {
    text.unicodeScalars.reduce(0) { count, scalar in
      // ASCII has no combining marks: skip the property lookup for it.
      count
        + (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark ? 0 : 1)
    }
  }

  static func fit(_ text: String, to columns: Int) -> String {
    guard width(of: text) > columns else { return text }
    return String(text.prefix(max(0, columns - 1))) + "…"
  }
}
