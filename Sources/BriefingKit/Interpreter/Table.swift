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
    // Each cell's width once: it sizes the columns, then tells which cells need cutting.
    let cellWidths = all.map { $0.map(Self.width(of:)) }
    var widths = headers.indices.map { column in
      cellWidths.map { $0.indices.contains(column) ? $0[column] : 0 }.max() ?? 0
    }
    let total = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    var excess = total - width
    for column in flexible.sorted(by: { widths[$0] > widths[$1] }) where excess > 0 {
      let cut = min(excess, max(0, widths[column] - 12))
      widths[column] -= cut
      excess -= cut
    }
    var text = ""
    for (number, row) in all.enumerated() {
      if number > 0 { text += "\n" }
      for column in row.indices {
        if column > 0 { text += "  " }
        var cell = row[column]
        var cellWidth = cellWidths[number][column]
        if cellWidth > widths[column] {
          cell = Self.fit(cell, to: widths[column])
          cellWidth = Self.width(of: cell)
        }
        text += cell
        if column < row.count - 1 {
          text += String(repeating: " ", count: max(0, widths[column] - cellWidth))
        }
      }
    }
    return text
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
