/// Reads the items of a `*Data` word-list literal on its UTF-8 bytes, making no `String` per item.
///
/// An item ends at the separator (`|`, or a space for space-separated lists) or at a line
/// break. Spaces around an item are dropped and a run of spaces inside one reads as one space
/// (`" new  york|"` gives `new york`); empty items are skipped. The lexicons are built from
/// these bytes once per process, so reading them costs a pass over each literal.
///
/// ```swift
/// WordList.forEachItem(in: "uk|new  york") { print(String(decoding: $0, as: UTF8.self)) }
/// // uk
/// // new york
/// ```
enum WordList {
  static let bar = UInt8(ascii: "|")
  static let space = UInt8(ascii: " ")
  private static let newline = UInt8(ascii: "\n")

  /// Calls `body` with the bytes of each item of `list`, in order; the bytes are valid only
  /// during the call.
  static func forEachItem(
    in list: String, separator: UInt8 = bar, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    forEachItem(in: list, separator: separator) { item, _ in body(item) }
  }

  /// Calls `body` with each item of `list` (one group a line, items `|`-separated) and whether
  /// it is the first item of its line: the group's key.
  static func forEachGroupItem(
    in list: String, _ body: (_ item: UnsafeBufferPointer<UInt8>, _ isKey: Bool) -> Void
  ) {
    forEachItem(in: list, separator: bar, body)
  }

  private static func forEachItem(
    in list: String, separator: UInt8,
    _ body: (_ item: UnsafeBufferPointer<UInt8>, _ opensLine: Bool) -> Void
  ) {
    var list = list
    var collapsed: [UInt8] = []
    list.withUTF8 { bytes in
      var start = 0
      var opensLine = true
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != separator && bytes[end] != newline { end += 1 }
        if trimmed(bytes, start..<end, into: &collapsed, { body($0, opensLine) }) {
          opensLine = false
        }
        if end < bytes.count && bytes[end] == newline { opensLine = true }
        start = end + 1
      }
    }
  }

  /// Calls `body` with `range` of `bytes` without its outer spaces and with inner runs of
  /// spaces made one (copied into `collapsed` only when there is such a run); false when the
  /// item is empty.
  private static func trimmed(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into collapsed: inout [UInt8],
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) -> Bool {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && bytes[start] == space { start += 1 }
    while end > start && bytes[end - 1] == space { end -= 1 }
    guard start < end else { return false }
    var hasRun = false
    for index in start..<(end - 1) where bytes[index] == space && bytes[index + 1] == space {
      hasRun = true
      break
    }
    guard hasRun else {
      body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      return true
    }
    collapsed.removeAll(keepingCapacity: true)
    for index in start..<end where bytes[index] != space || bytes[index - 1] != space {
      collapsed.append(bytes[index])
    }
    collapsed.withUnsafeBufferPointer(body)
    return true
  }
}
