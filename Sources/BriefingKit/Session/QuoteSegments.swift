/// A quote's segments as the session stores them: NULL for the usual single part from `start`
/// to `end`, else `start-end` pairs separated by commas (`1-9,25-36`).
enum QuoteSegments {
  static func encode(_ quote: Quote) -> String? {
    // Compared part by part: building `[start..<end]` to compare with cost an array per quote.
    if quote.segments.count == 1, quote.segments.first == quote.start..<quote.end { return nil }
    // Written as bytes: a string interpolated per pair and joined cost 15,000 instructions a
    // quote of a load.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(quote.segments.count * 12)
    for (index, segment) in quote.segments.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      JSONWriter.appendDecimal(segment.lowerBound, to: &bytes)
      bytes.append(UInt8(ascii: "-"))
      JSONWriter.appendDecimal(segment.upperBound, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The segments `text` lists, each inside `start..<end` and after the one before (a partial
  /// quote widened to its clause keeps its quoted words as segments inside it); a missing or
  /// damaged value gives the one part `start..<end`.
  static func decode(_ text: String?, start: Int, end: Int) -> [Range<Int>] {
    let whole = [start..<max(start, end)]
    guard var text else { return whole }
    return text.withUTF8 { pairs($0, start: start, end: end) } ?? whole
  }

  /// ``decode(_:start:end:)`` of a value's UTF-8 bytes (nil for NULL).
  static func decode(utf8: UnsafeBufferPointer<UInt8>?, start: Int, end: Int) -> [Range<Int>] {
    utf8.flatMap { pairs($0, start: start, end: end) } ?? [start..<max(start, end)]
  }

  /// The `start-end` pairs of a value made of digits, `-` and `,` (all that ``encode(_:)``
  /// writes), read on its bytes: splitting each value into substrings cost 7,000 instructions
  /// a quote of `quotes --json`. Nil for any other byte or a damaged value. The numbers of a
  /// pair are kept in locals, not an array: allocating one was most of the cost of a quote's
  /// segments in `quotes --json`.
  private static func pairs(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
    -> [Range<Int>]?
  {
    var segments: [Range<Int>] = []
    // The numbers read in the current pair: the first two, and how many in all.
    var first = 0
    var second = 0
    var bounds = 0
    var number = 0
    // False once the number being read has grown past `Int.max`.
    var isNumber = true
    var inNumber = false
    var pairLength = 0
    // A comma after the last byte ends the last pair.
    for index in 0...bytes.count {
      let byte: UInt8 = index < bytes.count ? bytes[index] : 0x2C
      if byte &- 0x30 < 10 {
        // A number too large for an Int is left out, as `Int(_:)` leaves it.
        let digit = Int(byte &- 0x30)
        if !inNumber {
          (number, isNumber) = (digit, true)
        } else if isNumber, let next = appending(digit, to: number) {
          number = next
        } else {
          isNumber = false
        }
        inNumber = true
        pairLength += 1
        continue
      }
      guard byte == 0x2C || byte == 0x2D else { return nil }
      if inNumber && isNumber {
        if bounds == 0 { first = number } else if bounds == 1 { second = number }
        bounds += 1
      }
      inNumber = false
      guard byte == 0x2C else {
        pairLength += 1
        continue
      }
      // An empty pair (`,,`) is skipped.
      guard pairLength > 0 else { continue }
      guard bounds == 2, first <= second, first >= (segments.last?.upperBound ?? start) else {
        return nil
      }
      segments.append(first..<second)
      bounds = 0
      pairLength = 0
    }
    guard let last = segments.last, last.upperBound <= end else { return nil }
    return segments
  }

  /// `value * 10 + digit`, or nil past `Int.max`.
  private static func appending(_ digit: Int, to value: Int) -> Int? {
    let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
    let (sum, carry) = tens.addingReportingOverflow(digit)
    return overflow || carry ? nil : sum
  }
}
