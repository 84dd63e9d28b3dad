/// A cursor over scalars that reads the parts of a written date.
struct DateScanner {
  let scalars: [Unicode.Scalar]
  var index: Int

  /// `2026-02-02` or `2026/02/02` (anything may follow, such as `T10:00`).
  mutating func isoDate() -> DateMatch? {
    guard let (year, yearDigits) = number(), yearDigits == 4 else { return nil }
    guard let separator = peek(), separator == "-" || separator == "/" else { return nil }
    index += 1
    guard let (month, _) = number(), peek() == separator else { return nil }
    index += 1
    guard let (day, dayDigits) = number(), dayDigits <= 2 else { return nil }
    guard DateText.iso(year: year, month: month, day: day) != nil else { return nil }
    return DateMatch(year: year, month: month, day: day, length: 0)
  }

  /// `February 2, 2026`, `Feb. 2`, `Monday, February 2, 2026`.
  mutating func monthFirst() -> DateMatch? {
    skipWeekday()
    let saved = index
    guard let name = word(), let month = Self.months[name.lowercased()] else {
      index = saved
      return nil
    }
    skip(".")
    skipSpaces()
    guard let (day, digits) = number(), digits <= 2, (1...31).contains(day) else { return nil }
    skipOrdinalSuffix()
    let afterDay = index
    skip(",")
    skipSpaces()
    if let (year, yearDigits) = number(), yearDigits == 4 {
      return DateMatch(year: year, month: month, day: day, length: 0)
    }
    index = afterDay
    return DateMatch(year: nil, month: month, day: day, length: 0)
  }

  /// `2 February 2026`, `9. September 2026`, `3 апреля 2026`, `3 de abril de 2026`, `3 Feb`.
  mutating func dayFirst() -> DateMatch? {
    skipWeekday()
    guard let (day, digits) = number(), digits <= 2, (1...31).contains(day) else { return nil }
    skipOrdinalSuffix()
    skip(".")
    skipSpaces()
    skipWord("de")
    guard let name = word(), let month = Self.months[name.lowercased()] else { return nil }
    skip(".")
    let afterMonth = index
    skip(",")
    skipSpaces()
    skipWord("de")
    if let (year, yearDigits) = number(), yearDigits == 4 {
      return DateMatch(year: year, month: month, day: day, length: 0)
    }
    index = afterMonth
    return DateMatch(year: nil, month: month, day: day, length: 0)
  }

  private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func number() -> (Int, Int)? {
    var value = 0
    var digits = 0
    while index < scalars.count, scalars[index].isASCIIDigit, digits < 6 {
      value = value * 10 + Int(scalars[index].value - 0x30)
      digits += 1
      index += 1
    }
    return digits > 0 ? (value, digits) : nil
  }

  private mutating func word() -> String? {
    let start = index
    while index < scalars.count, scalars[index].isLetter, index - start < 20 { index += 1 }
    guard index > start else { return nil }
    // ASCII letters (the usual case) are written straight into a small string.
    if scalars[start..<index].allSatisfy({ $0.isASCII }) {
      return String(unsafeUninitializedCapacity: index - start) { bytes in
        for offset in 0..<(index - start) {
          bytes[offset] = UInt8(truncatingIfNeeded: scalars[start + offset].value)
        }
        return index - start
      }
    }
    return String(String.UnicodeScalarView(scalars[start..<index]))
  }

  private mutating func skip(_ scalar: Unicode.Scalar) {
    if peek() == scalar { index += 1 }
  }

  private mutating func skipSpaces() {
    while let next = peek(), next == " " || next == "\u{A0}" { index += 1 }
  }

  private mutating func skipWord(_ expected: String) {
    let saved = index
    if word()?.lowercased() == expected, peek() == " " {
      skipSpaces()
    } else {
      index = saved
    }
  }

  private mutating func skipWeekday() {
    let saved = index
    if let name = word(), Self.weekdays.contains(name.lowercased()) {
      skip(".")
      skip(",")
      skipSpaces()
    } else {
      index = saved
    }
  }

  private mutating func skipOrdinalSuffix() {
    let saved = index
    if let suffix = word(), ["st", "nd", "rd", "th", "er", "e", "º"].contains(suffix) { return }
    index = saved
  }
}
