/// A calendar date found in text, the year possibly missing (`December 3.` in a dateline).
struct DateMatch: Equatable, Sendable {
  var year: Int?
  var month: Int
  var day: Int
  /// How many scalars the date took up, from where matching started.
  var length: Int

  /// `YYYY-MM-DD`, or nil without a year.
  var iso: String? {
    guard let year else { return nil }
    return DateText.iso(year: year, month: month, day: day)
  }
}

/// Reads dates written as `2026-02-02`, `February 2, 2026`, `Feb. 2`, `2 February 2026`,
/// `9. September 2026`, `3 апреля 2026`, `3 de abril de 2026` and RFC 2822 (`Mon, 02 Feb 2026`).
enum DateText {
  /// `YYYY-MM-DD` for a valid date, else nil.
  static func iso(year: Int, month: Int, day: Int) -> String? {
    guard (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
      return nil
    }
    let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= lengths[month - 1] else { return nil }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))"
  }

  /// A metadata value (`2026-02-02T10:00:00Z`, `Feb 2, 2026`, …) as `YYYY-MM-DD`, or nil.
  static func normalise(_ value: String) -> String? {
    let scalars = Array(value.unicodeScalars.prefix(200))
    var start = 0
    while start < scalars.count {
      if let found = match(scalars, at: start), let iso = found.iso { return iso }
      // Try again after the next space or comma (skips weekdays and labels).
      while start < scalars.count, scalars[start].isLetter || scalars[start].isASCIIDigit {
        start += 1
      }
      start += 1
    }
    return nil
  }

  /// The first date with a year in the first `limit` scalars of `scalars`.
  static func firstFullDate(in scalars: [Unicode.Scalar], limit: Int = 3000) -> DateMatch? {
    var index = 0
    let end = min(scalars.count, limit)
    while index < end {
      let startsToken = index == 0 || !scalars[index - 1].isWordScalar
      if startsToken, scalars[index].isWordScalar, let found = match(scalars, at: index),
        found.year != nil
      {
        return found
      }
      index += 1
    }
    return nil
  }

  /// A date starting exactly at `start`, if any.
  static func match(_ scalars: [Unicode.Scalar], at start: Int) -> DateMatch? {
    var scanner = DateScanner(scalars: scalars, index: start)
    if let found = scanner.isoDate() { return found.with(length: scanner.index - start) }
    scanner.index = start
    if let found = scanner.monthFirst() { return found.with(length: scanner.index - start) }
    scanner.index = start
    if let found = scanner.dayFirst() { return found.with(length: scanner.index - start) }
    return nil
  }
}

extension DateMatch {
  fileprivate func with(length: Int) -> DateMatch {
    var copy = self
    copy.length = length
    return copy
  }
}
