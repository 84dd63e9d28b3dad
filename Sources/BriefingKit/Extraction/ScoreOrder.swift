/// Puts scored entries in rank order: higher scores first, equal scores by ascending index.
///
/// This is the order `sort { ($0.score, $1.index) > ($1.score, $0.index) }` gives, and the only
/// one when the indices differ, so the result is the same; a quicksort on the buffer with an
/// insertion sort for short ranges does it in about half the instructions of the standard
/// library's stable sort, which moves each pair through a generic merge.
enum ScoreOrder {
  typealias Entry = (score: Double, index: Int)

  /// Ranges this short are finished by insertion.
  private static let shortRange = 12

  /// Sorts `entries` best first.
  /// - Complexity: O(*n* log *n*); a range that keeps partitioning badly is handed to the
  ///   standard sort.
  static func sort(_ entries: inout [Entry]) {
    let count = entries.count
    guard count > 1 else { return }
    let depth = 2 * (Int.bitWidth - count.leadingZeroBitCount)
    entries.withUnsafeMutableBufferPointer { sort($0, from: 0, to: count, depth: depth) }
  }

  /// True when `first` goes before `second`.
  @inline(__always)
  static func precedes(_ first: Entry, _ second: Entry) -> Bool {
    first.score > second.score || (first.score == second.score && first.index < second.index)
  }

  private static func sort(
    _ items: UnsafeMutableBufferPointer<Entry>, from start: Int, to end: Int, depth: Int
  ) {
    var (low, high, depth) = (start, end, depth)
    while high - low > shortRange {
      guard depth > 0 else {
        var rest = UnsafeMutableBufferPointer(rebasing: items[low..<high])
        rest.sort(by: precedes)
        return
      }
      depth -= 1
      let (left, right) = partition(items, from: low, to: high)
      // The shorter side is sorted by recursion, the longer one by the loop.
      if right + 1 - low < high - left {
        sort(items, from: low, to: right + 1, depth: depth)
        low = left
      } else {
        sort(items, from: left, to: high, depth: depth)
        high = right + 1
      }
    }
    insertionSort(items, from: low, to: high)
  }

  /// Hoare partition of `low..<high` around its middle entry: entries up to `right` go before
  /// those from `left` on.
  @inline(__always)
  private static func partition(
    _ items: UnsafeMutableBufferPointer<Entry>, from low: Int, to high: Int
  ) -> (left: Int, right: Int) {
    let pivot = items[low + (high - low) / 2]
    var left = low
    var right = high - 1
    while left <= right {
      while precedes(items[left], pivot) { left += 1 }
      while precedes(pivot, items[right]) { right -= 1 }
      if left <= right {
        items.swapAt(left, right)
        left += 1
        right -= 1
      }
    }
    return (left, right)
  }

  private static func insertionSort(
    _ items: UnsafeMutableBufferPointer<Entry>, from low: Int, to high: Int
  ) {
    guard high - low > 1 else { return }
    for next in low + 1..<high {
      let item = items[next]
      var position = next
      while position > low, precedes(item, items[position - 1]) {
        items[position] = items[position - 1]
        position -= 1
      }
      items[position] = item
    }
  }
}
